"""Slack over HTTP (the Events API) as an ASGI app for a production server (uvicorn).

Bolt verifies each request's signature; dispatch runs in a worker thread so the event loop keeps
accepting (and acking) other requests. /healthz says the process is up, /readyz that the store answers.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt import App as BoltApp
from slack_bolt.request import BoltRequest
from sqlalchemy import text

from bot.store import Store

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
MAX_BODY = 1_000_000  # Slack's payloads are far smaller; anything bigger is not from Slack


class SlackAsgi:
    def __init__(self, bolt: BoltApp, store: Store, path: str = "/slack/events") -> None:
        self.bolt = bolt
        self.store = store
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        if method == "GET" and path == "/healthz":
            await _respond(send, 200, {"status": "ok"})
        elif method == "GET" and path == "/readyz":
            ready = await asyncio.to_thread(self._store_answers)
            await _respond(send, 200 if ready else 503, {"status": "ready" if ready else "store unavailable"})
        elif method == "POST" and path == self.path:
            body = await _read_body(receive)
            if body is None:
                await _respond(send, 413, {"error": "request too large"})
                return
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            request = BoltRequest(
                body=body.decode("utf-8", "replace"), query=scope.get("query_string", b"").decode(), headers=headers
            )
            response = await asyncio.to_thread(self.bolt.dispatch, request)
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status,
                    "headers": [(k.encode(), v.encode()) for k, values in response.headers.items() for v in values],
                }
            )
            await send({"type": "http.response.body", "body": (response.body or "").encode()})
        else:
            await _respond(send, 404, {"error": "not found"})

    def _store_answers(self) -> bool:
        try:
            with self.store.database.read() as db:
                db.execute(text("SELECT 1"))
            return True
        except Exception:  # readiness is a yes or no; the reason is in the store's own log
            return False


async def _read_body(receive: Receive) -> bytes | None:
    chunks = bytearray()
    while True:
        message = await receive()
        chunks.extend(message.get("body", b""))
        if len(chunks) > MAX_BODY:
            return None
        if not message.get("more_body", False):
            return bytes(chunks)


async def _respond(send: Send, status: int, data: dict[str, Any]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(data).encode()})
