"""Discreet mode: the trail an update leaves in a chat, and deleting it after the user's delay."""
