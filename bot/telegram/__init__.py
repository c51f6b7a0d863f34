"""Tend's side of Telegram: the application, the Bot API client and its HTTP transport, polling
and the webhook, health, the gates every update passes, and the error handler."""
