"""/history: a person's own patterns over the weeks, the weekly summary and the therapy hint.

handlers.py         /history, its buttons and the weekly summary's typed settings
service.py          load what /history shows; remember a therapy hint when one is shown
counts.py           the reads: a user's history as counts per local day
settings.py         the /history switches (weekly summary day and time, therapy hint)
weekly_schedule.py  when the weekly summary goes out, and planning the next one
weekly_summary.py   sending it: claim the due ones, write them, settle each send
job.py              the weekly summaries' repeating job (claim, send, mark)
days.py stats.py records.py summary.py chart.py therapy.py texts.py
                    the pure part (no Telegram, no database): local days and their counts,
                    adding them up, counting records held in memory the same way, the
                    wording, the chart (matplotlib, imported only when a chart is drawn) and
                    when to mention couples therapy
"""
