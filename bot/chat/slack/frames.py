"""The line between the Slack ack process and the serving process: each JSON message after its length."""

from __future__ import annotations

import json
import socket
import struct
from typing import Any

FRAME = struct.Struct(">I")


def frame(message: list[Any]) -> bytes:
    data = json.dumps(message, separators=(",", ":")).encode()
    return FRAME.pack(len(data)) + data


def receive_exactly(sock: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the line closed")
        data.extend(chunk)
    return bytes(data)
