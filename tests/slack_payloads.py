"""Slack payloads as Slack sends them, signed with the app's signing secret."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"


def signed_headers(body: str, content_type: str, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "content-type": content_type,
        "x-slack-request-timestamp": ts,
        "x-slack-signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body),
    }


def event_envelope(event: dict[str, Any], event_id: str, team: str = "T1") -> str:
    return json.dumps(
        {
            "token": "legacy",
            "team_id": team,
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": team, "user_id": "UBOT", "is_bot": True}],
        }
    )


def message_event(text: str, channel: str = "C1", user: str = "UDANA", ts: str = "1699999999.000100") -> dict[str, Any]:
    return {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": "channel",
    }


def reaction_event(
    reaction: str, item_ts: str, user: str, added: bool = True, channel: str = "C1", event_ts: str | None = None
) -> dict[str, Any]:
    return {
        "type": "reaction_added" if added else "reaction_removed",
        "user": user,
        "reaction": reaction,
        "item_user": "UBOT",
        "item": {"type": "message", "channel": channel, "ts": item_ts},
        "event_ts": event_ts or f"{time.time():.6f}",
    }


def slash_command(
    text: str,
    user: str = "UDANA",
    channel: str = "C1",
    team: str = "T1",
    trigger: str = "13345224609.738474920.8088930838d88f008e0",
    response_url: str = "https://hooks.slack.invalid/commands/1/2/3",
) -> str:
    return urlencode(
        {
            "token": "legacy",
            "team_id": team,
            "team_domain": "news",
            "channel_id": channel,
            "channel_name": "factcheck",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/factcheck",
            "text": text,
            "api_app_id": "A1",
            "response_url": response_url,
            "trigger_id": trigger,
        }
    )


def message_shortcut(
    text: str,
    message_ts: str,
    user: str = "UDANA",
    channel: str = "C1",
    team: str = "T1",
    response_url: str = "https://hooks.slack.invalid/actions/1/2/3",
    trigger: str | None = None,
) -> str:
    payload = {
        "type": "message_action",
        "callback_id": "fact_check_message",
        "trigger_id": trigger or f"trig-{message_ts}",
        "team": {"id": team, "domain": "news"},
        "channel": {"id": channel, "name": "factcheck"},
        "user": {"id": user, "name": user.lower()},
        "message_ts": message_ts,
        "message": {"type": "message", "user": "UOTHER", "text": text, "ts": message_ts},
        "response_url": response_url,
    }
    return urlencode({"payload": json.dumps(payload)})


def mention_event(text: str, channel: str = "C1", user: str = "UDANA", ts: str = "1699999999.000100") -> dict[str, Any]:
    """The app_mention Slack sends beside the message event when a message mentions the bot."""
    mention = f"<@UBOT> {text}"
    return {"type": "app_mention", "channel": channel, "user": user, "text": mention, "ts": ts, "event_ts": ts}
