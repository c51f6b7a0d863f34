"""/start, /help, the menu, media Tend cannot read, group chats, and unknown commands or buttons."""
