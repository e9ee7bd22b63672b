"""One deadline for a whole fetch, enforced by shutting its sockets down when it passes.

urllib3's timeouts apply to each socket operation: a server that sends one byte a second (of the
status line, the headers, or an endless gzip header) never trips them. A timer that shuts the
connection's socket down does: the blocked read returns at once, whatever is reading.
"""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from urllib3.connection import HTTPConnection, HTTPSConnection

from bot.links.addresses import Resolver
from bot.links.errors import FetchError


class _Deadline:
    """One deadline for a whole fetch. Sockets it watches are shut down when it passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def message(self) -> str:
        return f"The page took longer than {self.seconds:g} seconds."

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0 or self.expired:
            raise FetchError(self.message())
        return remaining

    def watch(self, sock: socket.socket) -> None:
        """Shut `sock` down when the deadline passes: a read blocked on it then returns at once."""
        with self._lock:
            self._sockets.append(sock)
            if self._timer is None:
                self._timer = threading.Timer(max(0.0, self.end - time.monotonic()), self._expire)
                self._timer.daemon = True
                self._timer.start()
            elif self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _WatchedHTTP(HTTPConnection):
    def __init__(self, *args: object, deadline: _Deadline, **kwargs: object) -> None:
        self._deadline = deadline
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        self._deadline.watch(sock)
        return sock


class _WatchedHTTPS(HTTPSConnection):
    def __init__(self, *args: object, deadline: _Deadline, **kwargs: object) -> None:
        self._deadline = deadline
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        self._deadline.watch(sock)
        return sock


# resolving a name has no timeout of its own: it runs here, and the fetch stops waiting at the deadline
_RESOLVERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="resolve")


def _resolve_within(resolver: Resolver, host: str, port: int, deadline: _Deadline) -> list[str]:
    future = _RESOLVERS.submit(resolver, host, port)
    try:
        return future.result(timeout=deadline.left())
    except TimeoutError:
        future.cancel()
        raise FetchError(deadline.message()) from None
