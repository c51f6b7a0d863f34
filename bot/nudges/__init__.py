"""/nudges: a small idea for connection each day, at the user's local time.

handlers.py   /nudges, its settings screen and buttons, typed answers to its questions
service.py    the settings a user changes, and the buttons under a sent nudge
plans.py      the sending job's steps: plan due schedules, claim deliveries, record outcomes
job.py        the repeating job: plan, claim, send, mark (restart-safe)
keyboards.py  the keyboards of nudges, the settings screen and the /listen card
texts.py      every user-facing string for /nudges and /listen
catalogue.py  the nudges (data in nudges.json) and pick_nudge       } the pure core: no
schedule.py   next_due, Frequency, daylight saving, grace and pauses } database, no Telegram
"""
