"""Tend's side of Telegram: what adapts python-telegram-bot, and nothing a feature decides.

application.py  PTB's Application, with discreet mode settled around every update
client.py       the Bot API client (skips decoding the message a reply quotes)
request.py      the aiohttp transport; transport.py retries (never a sent-but-unanswered call)
polling.py      long polling that survives an update PTB cannot read, held in the inbox
webhook.py      the webhook server (with /healthz and the Mini App's routes)
inbox.py        every update held before it is acknowledged, answered exactly once
gates.py        before every handler: duplicates dropped, presses checked for the presser
errors.py       the one error handler; messages.py, fit.py, types.py: reply helpers, messages
                that always fit, handler types; scheduled.py: what scheduled sends share
health.py       `python -m bot healthcheck`; housekeeping.py, inbox_job.py: their jobs
"""
