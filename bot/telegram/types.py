"""Type names shared by handler modules."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import TendContext

Callback = Callable[[Update, TendContext], Coroutine[Any, Any, None]]
CallbackHandlers = list[BaseHandler[Update, TendContext, None]]
