"""The Slack ack process: checks, keeps and acknowledges events, and passes them to the serving process.

`AckFront` (bot/chat/slack/http.py) starts this process and watches it; `main` is its body. The
process answers Slack's requests with `SlackAsgi` and talks to the serving process over a socket
pair: new events and Bolt requests go down it, done marks and Bolt's answers come back.
"""

from __future__ import annotations

import asyncio
import ctypes
import itertools
import json
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import Any

from bot.chat.slack.frames import FRAME, frame, receive_exactly
from bot.chat.slack.http import (
    BACKLOG_BYTES,
    DISPATCH_SECONDS,
    STOP_SECONDS,
    Answer,
    Refused,
    SlackAsgi,
    TeamCheck,
)
from bot.chat.slack.inbox import InboxKeeper, Job
from bot.store import Store

log = logging.getLogger(__name__)


class HandlerLine:
    """The ack process's end of the line to the serving process: new events go down it, and so do
    requests for Bolt; their answers and the events' done marks come back."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self.mark_done: Callable[[str, str], None] = lambda workspace, event_id: None  # the keeper's
        self._writer: asyncio.StreamWriter | None = None
        self._replies: dict[int, asyncio.Future[Answer]] = {}
        self._numbers = itertools.count()
        self.gone = asyncio.Event()  # the serving process closed the line (it stops, or it died)

    async def open(self) -> None:
        reader, self._writer = await asyncio.open_connection(sock=self._sock)
        self._reading = asyncio.create_task(self._read(reader))

    def hand_over(self, job: Job, reaction: bool) -> None:
        """Send a kept event to be handled (called on the loop). Unsent, it comes due after its hold."""
        if self._writer is None or self._writer.transport.get_write_buffer_size() > BACKLOG_BYTES:
            return
        (workspace, event_id), body, attempts = job
        self._writer.write(frame(["event", workspace, event_id, body, attempts, reaction]))

    async def dispatch(self, body: str, query: str, headers: dict[str, str]) -> Answer:
        if self._writer is None or self.gone.is_set():
            raise Refused(503, "the bot is restarting")
        number = next(self._numbers)
        self._replies[number] = answer = asyncio.get_running_loop().create_future()
        self._writer.write(frame(["dispatch", number, body, query, headers]))
        try:
            return await asyncio.wait_for(answer, DISPATCH_SECONDS)
        except TimeoutError:
            raise Refused(503, "the bot did not answer in time") from None
        finally:
            self._replies.pop(number, None)

    def say_done(self) -> None:
        """No more events or requests from here: the serving process may finish and close the line."""
        if self._writer is not None and not self.gone.is_set():
            self._writer.write(frame(["bye"]))

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                (size,) = FRAME.unpack(await reader.readexactly(FRAME.size))
                message = json.loads(await reader.readexactly(size))
                if message[0] == "done":
                    self.mark_done(message[1], message[2])
                elif message[0] == "reply" and (answer := self._replies.get(message[1])) and not answer.done():
                    answer.set_result((int(message[2]), message[3], message[4]))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the serving process closed the line
        finally:
            self.gone.set()
            for answer in self._replies.values():
                if not answer.done():
                    answer.set_exception(Refused(503, "the bot is restarting"))


def _die_with_parent() -> None:
    """On Linux, a SIGTERM to this process when the process that started it dies (even by SIGKILL)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def main(fd: int, log_settings: Callable[[str, str], None] | None = None) -> int:
    """The ack process's body: read its settings from the line, then serve until SIGTERM or until the
    serving process closes the line; finish the requests under way, write the last done marks.

    `log_settings(level, format)` sets logging up the way the command line does (the caller's, so this
    adapter does not reach up into it)."""
    import uvicorn

    from bot.chat.slack.sender import web_client

    _die_with_parent()
    if log_settings is not None:
        log_settings(os.environ.get("CLAIMCHECK_LOG_LEVEL", "INFO"), os.environ.get("CLAIMCHECK_LOG_FORMAT", "text"))
    sock = socket.socket(fileno=fd)
    size = FRAME.unpack(receive_exactly(sock, FRAME.size))[0]
    settings = json.loads(receive_exactly(sock, size))[1]
    store = Store.open(settings["database"], migrate=False)  # the serving process migrated it
    keeper: InboxKeeper | None = None
    try:
        line = HandlerLine(sock)
        keeper = InboxKeeper(store, line.hand_over).start()
        line.mark_done = keeper.done
        client = web_client(settings["token"], settings["api_url"], settings["api_timeout"])
        app = SlackAsgi(
            store,
            line.dispatch,
            signing_secret=settings["secret"],
            inbox=keeper,
            team=TeamCheck(client),
            started=line.open,
        )
        server = uvicorn.Server(server_config(app, settings["host"], int(settings["port"])))
        # uvicorn raises the SIGTERM it caught again once it has stopped: heard here, it only stops
        signal.signal(signal.SIGTERM, lambda *_: setattr(server, "should_exit", True))
        asyncio.run(_serve_until_stopped(server, line))
    finally:
        if keeper is not None:
            keeper.stop()  # the done marks that came last
        store.close()
    return 0


async def _serve_until_stopped(server: Any, line: HandlerLine) -> None:
    async def stop_when_the_line_goes() -> None:
        await line.gone.wait()
        server.should_exit = True

    watch = asyncio.create_task(stop_when_the_line_goes())
    await server.serve()
    line.say_done()
    try:  # the serving process sends its last done marks, then closes the line
        await asyncio.wait_for(line.gone.wait(), 2 * STOP_SECONDS + 5)
    except TimeoutError:
        log.warning("the serving process did not close the line; stopping anyway")
    watch.cancel()


def server_config(app: SlackAsgi, host: str, port: int) -> Any:
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        # a connection that says nothing is closed; a slow body is cut by SlackAsgi
        timeout_keep_alive=5,
        # h11's bound on a request's head (httptools buffers any size; see README)
        h11_max_incomplete_event_size=64 * 1024,
        http="h11",
        limit_concurrency=500,
        timeout_graceful_shutdown=STOP_SECONDS,
    )


