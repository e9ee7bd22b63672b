"""A small standard-library web server on loopback, port 0, for fetch tests: pages and faults."""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.helpers import QuietHandler, loopback_server, respond
from tests.helpers import serving as in_thread

Route = Callable[[BaseHTTPRequestHandler], None]


class Web:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []  # (path, Host header)
        web = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                web.requests.append((self.path, self.headers.get("Host", "")))
                route = web.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404)
                    return
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should on a fault

        if ":" in host:  # IPv6 loopback

            class Server6(ThreadingHTTPServer):
                address_family = socket.AF_INET6
                daemon_threads = True

            self.server = Server6((host, 0), Handler)
        else:
            self.server = loopback_server(Handler, host)
        self.port = self.server.server_address[1]
        self.host = host

    def url(self, path: str, host: str | None = None) -> str:
        host = host or self.host
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}{path}"

    def page(
        self,
        path: str,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            respond(handler, status, body, content_type, headers)

        self.routes[path] = route

    def redirect(self, path: str, location: str) -> None:
        self.page(path, b"", status=302, headers={"Location": location})

    def drip(self, path: str, seconds: int = 30) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.end_headers()
            for _ in range(seconds):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(1)

        self.routes[path] = route

    def huge(self, path: str, megabytes: int = 100) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Length", str(megabytes * 1_000_000))
            handler.end_headers()
            block = b"<p>" + b"a" * 9993 + b"</p>\n"
            for _ in range(megabytes * 100):
                handler.wfile.write(block)

        self.routes[path] = route

    def gzip_bomb(self, path: str, megabytes: int = 200) -> None:
        body = gzip.compress(b"\0" * (megabytes * 1_000_000), compresslevel=9)

        def route(handler: BaseHTTPRequestHandler) -> None:
            respond(handler, 200, body, "text/html", {"Content-Encoding": "gzip"})

        self.routes[path] = route

    def drip_headers(self, path: str, seconds: int = 60) -> None:
        """The status line and headers one byte a second: every read gets a byte before any read timeout."""

        def route(handler: BaseHTTPRequestHandler) -> None:
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Slow: " + b"a" * seconds + b"\r\n\r\n"
            for byte in head[:seconds]:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(1)

        self.routes[path] = route

    def endless_gzip_header(self, path: str, seconds: int = 60) -> None:
        """Content-Encoding gzip, then a gzip header whose file name never ends, one byte a second."""

        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.send_header("Content-Encoding", "gzip")
            handler.end_headers()
            handler.wfile.write(b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\x03")  # FNAME set: a name follows
            handler.wfile.flush()
            for _ in range(seconds):
                handler.wfile.write(b"a")
                handler.wfile.flush()
                time.sleep(1)

        self.routes[path] = route


@contextmanager
def serving(host: str = "127.0.0.1") -> Iterator[Web]:
    web = Web(host)
    with in_thread(web.server):
        yield web
