"""A local stand-in for the Telegram Bot API, for tests and the offline demo.

``async with StandIn() as api:`` serves the Bot API on 127.0.0.1 (point PTB's ``base_url`` at
``api.base_url``), validates every call against the vendored official spec (``api.json``,
MIT, see ``API_LICENSE``), and simulates the people who talk to the bot.
"""

from standin.dispatch import Call
from standin.faults import Fault, Faults
from standin.server import StandIn
from standin.state import StoredFile
from standin.users import SimChannel, SimGroup, SimUser
from standin.views import BotMessage, CallbackAnswer
from standin.webhook import Delivery

__all__ = [
    "BotMessage",
    "Call",
    "CallbackAnswer",
    "Delivery",
    "Fault",
    "Faults",
    "SimChannel",
    "SimGroup",
    "SimUser",
    "StandIn",
    "StoredFile",
]
