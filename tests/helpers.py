"""What several test files (and the benchmarks) share: a recording sender, local servers, ports."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer

from bot.service import ChecklistView, ClaimView


class RecordingSender:
    """A chat that accepts every message: ids are "checklist.number" (0 for the parent) in channel C1."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        self.sent.append("parent")
        return "C1", f"{checklist.id}.0"

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        self.sent.append(f"claim {claim.number}")
        return "C1", f"{checklist.id}.{claim.number}"

    def recover(
        self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]
    ) -> dict[int | None, tuple[str, str]]:
        return {}


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[ThreadingHTTPServer]:
    """Run a standard-library server in a thread for the duration of the block."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
