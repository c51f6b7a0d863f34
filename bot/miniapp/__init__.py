"""Tend's Telegram Mini App: /history's chart and the settings as a page inside Telegram.

The chat stays complete on its own; the Mini App is a nicer view of the same data, read and
changed through the same services (each feature's service.py). It exists only when
MINIAPP_URL is set.
"""
