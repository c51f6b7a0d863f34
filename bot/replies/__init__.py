"""Pure formatting: analysis results -> Telegram HTML text and inline keyboards."""
