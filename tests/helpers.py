"""What several test files (and the benchmarks) share: a recording sender, local servers, ports."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bot.core.service import ChecklistView, ClaimView
from claims import extract_claims

ROOT = Path(__file__).resolve().parents[1]


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


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that keeps its access log out of the test output."""

    def log_message(self, *args: object) -> None:
        pass


def loopback_server(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """A threading server on `host`, a port the system picks, whose threads never hold up the test's exit."""
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    return server


def respond(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
) -> None:
    """Write one whole response: status, type, length, any extra headers, body."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


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


class SlackWorker:
    """`claimcheck serve slack --http` as its own process on a free loopback port, started and healthy."""

    def __init__(self, api_url: str, database: str, folder: Path, **slack: float) -> None:
        from tests.slack_payloads import SECRET, TOKEN

        self.port = free_port()
        config = folder / f"config-{self.port}.yaml"
        settings = "".join(f"  {key}: {value}\n" for key, value in slack.items())
        config.write_text(f"slack:\n{settings}" if settings else "")
        env = {
            **os.environ,
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": api_url,
            "CLAIMCHECK_DATABASE_URL": database,
        }
        command = [
            sys.executable,
            "-m",
            "bot.cli",
            "--config",
            str(config),
            "serve",
            "slack",
            "--http",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        self.process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # the log is read as it comes: a full pipe would freeze the worker at its next log line
        self.log: list[str] = []
        self._reader = threading.Thread(target=self._read_log, name=f"worker-{self.port}-log", daemon=True)
        self._reader.start()
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise AssertionError(self.log_text()[-2000:]) from None
                time.sleep(0.1)
        raise AssertionError("the worker did not start")

    def log_text(self) -> str:
        """What the worker logged so far; once it stopped, everything."""
        if self.process.poll() is not None:
            self._reader.join(timeout=5)
        return "".join(self.log)

    def _read_log(self) -> None:
        assert self.process.stderr is not None
        for line in iter(self.process.stderr.readline, b""):
            self.log.append(line.decode("utf-8", "replace"))

    def send(self, body: str, content_type: str = "application/json") -> tuple[int, str]:
        """POST a signed request as Slack would; (status, body)."""
        from tests.slack_payloads import signed_headers

        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/slack/events",
            data=body.encode(),
            method="POST",
            headers=signed_headers(body, content_type),
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return int(response.status), response.read().decode()
        except urllib.error.HTTPError as error:
            return int(error.code), error.read().decode()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def example_claim_count() -> int:
    """How many claims the engine finds in the bundled example: the tests follow the engine, not a number."""
    root = Path(__file__).resolve().parent.parent
    return len(extract_claims((root / "examples" / "article.txt").read_text(encoding="utf-8")))


class StoreProxy:
    """A TCP forwarder to PostgreSQL on loopback that can be cut (every connection dropped, new ones
    refused) and restored on the same port: the database going away and coming back, from outside."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self.listener: socket.socket | None = None
        self.open: list[socket.socket] = []
        self.lock = threading.Lock()
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self.lock:
            assert self.listener is not None
            try:
                self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread; close alone would not
            except OSError:
                pass
            self.listener.close()
            for sock in self.open:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self.open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, sink):  # one side gone: the whole connection is gone
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@contextmanager
def fresh_postgres(prefix: str) -> Iterator[str]:
    """The URL of a PostgreSQL database of its own for one test, dropped after it. Skips, saying why,
    when CLAIMCHECK_TEST_POSTGRES_URL is not set or no server answers there."""
    import pytest
    from sqlalchemy import create_engine, text

    base = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL", "")
    if not base:
        pytest.skip("CLAIMCHECK_TEST_POSTGRES_URL is not set: no PostgreSQL to test against")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
    except Exception as exc:  # no server answering is a skip, not a failure
        admin.dispose()
        pytest.skip(f"PostgreSQL at CLAIMCHECK_TEST_POSTGRES_URL does not answer ({type(exc).__name__})")
    try:
        yield base.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


_DESCRIBED_THEN_NAMED = re.compile(r"(?:[Tt]he|[Aa]n?)(?:\s[a-z’'-]+)+\s\((.+)\)")


def read_as(attribution: str | None) -> str | None:
    """Whom a source was read as: "the bureau (Australian Bureau of Statistics)" -> the bureau's name (a
    source the sentence describes goes out in its own words first; tests of whom it stands for read the name)."""
    if attribution is None:
        return None
    m = _DESCRIBED_THEN_NAMED.fullmatch(attribution)
    return m.group(1) if m else attribution
