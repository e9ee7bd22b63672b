"""Slack's side of fenced posting: a 429 wait that keeps (or gives up) the posting lease, and the
Web API errors that mean Slack refuses a checklist for good."""

from __future__ import annotations

import random
import socket
from typing import Any
from urllib.error import URLError

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from bot.core.posting import PostingRefused, posting_now, wait_holding

_INVITE = "invite me with /invite @claimcheck, then try again."
_REINSTALL = "ask your Slack admin to reinstall claimcheck, then try again."
REFUSALS = {
    "not_in_channel": f"I am not in this channel: {_INVITE}",
    "channel_not_found": f"I cannot see this channel: {_INVITE}",
    "is_archived": "This channel is archived, so I cannot post the checklist in it.",
    "missing_scope": f"I lack a Slack permission I need to post here: {_REINSTALL}",
    "not_allowed_token_type": f"My Slack token cannot post here: {_REINSTALL}",
    "invalid_auth": f"My Slack token is not valid: {_REINSTALL}",
    "not_authed": f"My Slack token is missing: {_REINSTALL}",
    "token_revoked": f"My Slack token was revoked: {_REINSTALL}",
    "account_inactive": f"My Slack account is deactivated: {_REINSTALL}",
    "restricted_action": "This workspace does not let me post in this channel: ask your Slack admin.",
    "ekm_access_denied": "This workspace's key management does not let me post here: ask your Slack admin.",
}


def raise_if_refused(error: SlackApiError) -> None:
    """Raise the PostingRefused a Web API error stands for; return when it may pass (retry later)."""
    code = str((error.response or {}).get("error") or "")
    sentence = REFUSALS.get(code)
    if sentence:
        raise PostingRefused(sentence) from error


class FencedRateLimitHandler(RateLimitErrorRetryHandler):
    """Honours 429 Retry-After like slack_sdk's handler, but waits through `wait_holding`: inside a
    posting call the lease is renewed during the wait, and no retry is made once another poster took
    the checklist over (the 429 then surfaces and the poster stops)."""

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error  # type: ignore[misc]
        headers: dict[str, Any] = {k.lower(): v for k, v in response.headers.items()}
        value = headers.get("retry-after")
        try:
            seconds = float(str(value[0] if isinstance(value, list) else value))
        except (TypeError, ValueError, IndexError):
            seconds = 1.0
        if wait_holding(max(0.0, seconds) + random.random()):
            state.next_attempt_requested = True
            state.increment_current_attempt()


class FencedConnectionErrorRetryHandler(ConnectionErrorRetryHandler):
    """Retries dropped connections like slack_sdk's handler, except, inside a posting call, one that
    may have dropped after the message reached Slack (a reset, a disconnect): resending it blindly
    could post it twice, so the call fails and the next poster looks the message up first."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if posting_now() and not _never_sent(error):
            return False
        return super()._can_retry(state=state, request=request, response=response, error=error)


def _never_sent(error: Exception | None) -> bool:
    """A connection refused or a name not resolved: the request never left."""
    reason = error.reason if isinstance(error, URLError) else error
    return isinstance(reason, (ConnectionRefusedError, socket.gaierror))
