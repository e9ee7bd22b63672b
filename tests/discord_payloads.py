"""Discord gateway and interaction payloads in the shapes Discord sends."""

from __future__ import annotations

import itertools
from typing import Any

from tests.fakediscord import APP_ID, message_object, user_object

_ids = itertools.count(800_000_000_000_000_000)
GUILD = "100000000000000001"
CHANNEL = "100000000000000010"


def snowflake() -> str:
    return str(next(_ids))


def member(user_id: str, name: str) -> dict[str, Any]:
    return {
        "user": user_object(user_id, name),
        "roles": [],
        "joined_at": "2025-01-01T00:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "nick": None,
        "avatar": None,
        "premium_since": None,
        "permissions": "2251799813685247",
    }


def _interaction(data: dict[str, Any], user: str, name: str, guild: str, channel: str, kind: int = 2) -> dict[str, Any]:
    if not guild:  # a direct message: a user instead of a member, a DM channel, no guild
        return {
            "id": snowflake(),
            "application_id": APP_ID,
            "type": kind,
            "token": f"itoken-{snowflake()}",
            "version": 1,
            "channel_id": channel,
            "user": user_object(user, name),
            "data": data,
            "channel": {"id": channel, "type": 1, "recipients": [user_object(user, name)], "flags": 0},
            "app_permissions": "2251799813685247",
            "locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"1": user},
            "context": 1,
            "attachment_size_limit": 10485760,
        }
    return {
        "id": snowflake(),
        "application_id": APP_ID,
        "type": kind,
        "token": f"itoken-{snowflake()}",
        "version": 1,
        "guild_id": guild,
        "channel_id": channel,
        "member": member(user, name),
        "data": data,
        "channel": {
            "id": channel,
            "type": 0,
            "guild_id": guild,
            "name": "factcheck",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "flags": 0,
        },
        "app_permissions": "2251799813685247",
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": guild},
        "context": 0,
        "attachment_size_limit": 10485760,
    }


def slash(
    sub: str,
    options: dict[str, str] | None = None,
    user: str = "501",
    name: str = "dana",
    guild: str = GUILD,
    channel: str = CHANNEL,
    permissions: int | None = None,
) -> dict[str, Any]:
    data = {
        "id": snowflake(),
        "name": "factcheck",
        "type": 1,
        "options": [
            {
                "name": sub,
                "type": 1,
                "options": [{"name": k, "type": 3, "value": v} for k, v in (options or {}).items()],
            }
        ],
    }
    interaction = _interaction(data, user, name, guild, channel)
    if permissions is not None:  # what the bot may do in this channel, as Discord computes it
        interaction["app_permissions"] = str(permissions)
    return interaction


def context_menu(
    text: str,
    user: str = "501",
    name: str = "dana",
    guild: str = GUILD,
    channel: str = CHANNEL,
    target: str | None = None,
) -> dict[str, Any]:
    target = target or snowflake()
    message = message_object(target, channel, text, user_object("777", "reporter"), "2026-11-25T09:00:00+00:00")
    data = {
        "id": snowflake(),
        "name": "Fact-check this message",
        "type": 3,
        "target_id": target,
        "resolved": {"messages": {target: message}},
    }
    return _interaction(data, user, name, guild, channel)


def reaction(
    emoji: str, message_id: str, channel_id: str, user: str, guild: str = GUILD, name: str | None = None
) -> dict[str, Any]:
    """A reaction event; with `name`, the member as Discord sends it on MESSAGE_REACTION_ADD."""
    extra = {"member": member(user, name)} if name else {}
    return {
        **extra,
        "user_id": user,
        "channel_id": channel_id,
        "message_id": message_id,
        "guild_id": guild,
        "emoji": {"id": None, "name": emoji},
        "burst": False,
        "type": 0,
        "message_author_id": "900000000000000001",
    }
