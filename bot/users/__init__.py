"""Users: their settings, time zones, and the conversation's loose ends (Tend's open question,
mutes)."""
