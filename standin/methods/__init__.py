"""Bot API method handlers; importing the package fills :data:`HANDLERS`."""

from standin.methods import account, media, messages, polling
from standin.methods.registry import HANDLERS, Context, Handler

__all__ = ["HANDLERS", "Context", "Handler", "account", "media", "messages", "polling"]
