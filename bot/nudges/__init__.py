"""Daily nudges and listen-without-fixing reminders: the pure core (no database, no Telegram).

catalogue   the nudges (data in nudges.json) and pick_nudge
schedule    next_due and the daylight-saving policy, grace and pause rules
timezones   parse_time, parse_timezone, zone_from_name
listen      parse_reminder for one-time "remind me before a talk"
texts       every user-facing string for /nudges and /listen
"""
