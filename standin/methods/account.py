"""The bot's own profile: getMe, commands, descriptions, names; getChat; close and logOut."""

from __future__ import annotations

import json
import re
from typing import Any

from standin.errors import bad_request
from standin.methods.registry import Context, Params, handles

_COMMAND = re.compile(r"[a-z0-9_]{1,32}")


@handles("getMe")
async def get_me(ctx: Context, params: Params) -> dict[str, Any]:
    """getMe."""
    return ctx.state.bot | {
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def commands_key(scope: dict[str, Any] | None, language_code: str | None) -> tuple[str, str]:
    """Where setMyCommands keeps a list: by scope and language, exactly as given."""
    scope_key = json.dumps(scope or {"type": "default"}, sort_keys=True)
    return scope_key, language_code or ""


@handles("setMyCommands")
async def set_my_commands(ctx: Context, params: Params) -> bool:
    """setMyCommands."""
    commands = params["commands"]
    if len(commands) > 100:
        raise bad_request("too many commands (at most 100)")
    for command in commands:
        if not _COMMAND.fullmatch(command["command"]):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(command["description"]) <= 256:
            raise bad_request("command description must be 1-256 characters")
    key = commands_key(params.get("scope"), params.get("language_code"))
    ctx.state.commands[key] = [dict(c) for c in commands]
    return True


@handles("getMyCommands")
async def get_my_commands(ctx: Context, params: Params) -> list[dict[str, Any]]:
    """getMyCommands."""
    key = commands_key(params.get("scope"), params.get("language_code"))
    return [dict(c) for c in ctx.state.commands.get(key, [])]


@handles("deleteMyCommands")
async def delete_my_commands(ctx: Context, params: Params) -> bool:
    """deleteMyCommands."""
    ctx.state.commands.pop(commands_key(params.get("scope"), params.get("language_code")), None)
    return True


def _profile_text(field: str, limit: int, setter: str, getter: str) -> None:
    async def set_text(ctx: Context, params: Params) -> bool:
        value = params.get(field, "")
        if len(value) > limit:
            raise bad_request(f"{field} is longer than {limit} characters")
        ctx.state.texts[field, params.get("language_code", "")] = value
        return True

    async def get_text(ctx: Context, params: Params) -> dict[str, str]:
        return {field: ctx.state.texts.get((field, params.get("language_code", "")), "")}

    set_text.__doc__, get_text.__doc__ = f"{setter}.", f"{getter}."
    handles(setter)(set_text)
    handles(getter)(get_text)


_profile_text("description", 512, "setMyDescription", "getMyDescription")
_profile_text("short_description", 120, "setMyShortDescription", "getMyShortDescription")
_profile_text("name", 64, "setMyName", "getMyName")


@handles("getChat")
async def get_chat(ctx: Context, params: Params) -> dict[str, Any]:
    """getChat: a ChatFullInfo built from what the stand-in knows."""
    chat = ctx.state.chat(params["chat_id"])
    return chat.data | {
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


@handles("close", "logOut")
async def close(ctx: Context, params: Params) -> bool:
    """close and logOut: accepted; the stand-in keeps serving (it has no other server)."""
    return True
