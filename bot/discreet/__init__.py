"""Discreet mode: the trail an update leaves in a chat, and deleting it after the user's delay.

No handler takes part. The transport records every message Tend sends or edits into the
update's trail (`trail`), services that read the user's settings pass on the delay they read,
and the application schedules whatever the update left when it is done (`service`); the draft
path's reply commit schedules the draft and the reply itself. The deletions job (`deletions`)
deletes what is due, and schedules what was sent outside any update.
"""
