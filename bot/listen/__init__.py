"""/listen: the listen-without-fixing card, reminders before a talk, and the daily reminder."""
