"""Reading a file someone named, or standard input, without trusting it to be small or to be a file.

Every read is capped before it is made: the size is checked on the file itself, then at most one byte
more than the cap is read (a file can grow between the two). Only regular files are read: a FIFO
would block forever and a device (/dev/zero) never ends.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from claims import InputError


def _too_large(what: str, size: float, max_bytes: int) -> InputError:
    return InputError(
        f"{what} is {'over ' if size > max_bytes + 0.5 else ''}{size / 1e6:.1f} MB; the limit is "
        f"{max_bytes / 1e6:.1f} MB (set input.max_bytes in config.yaml to change it)."
    )


def read_file(name: str, max_bytes: int, what: str | None = None) -> bytes:
    """The bytes of the regular file `name`, at most `max_bytes`, or an InputError saying why not."""
    what = what or name
    path = Path(name).expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file.") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror or type(exc).__name__}).") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name} is not a regular file (a pipe or a device); give a file, or - for standard input.")
    if info.st_size > max_bytes:
        raise _too_large(what, info.st_size, max_bytes)
    try:
        # O_NONBLOCK: should the name have become a FIFO since the check, opening it does not block
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(f"{name} is not a regular file (a pipe or a device).")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror or type(exc).__name__}).") from None
    if len(data) > max_bytes:
        raise _too_large(what, len(data), max_bytes)
    return data


def read_stream(stream: BinaryIO, max_bytes: int, what: str = "Standard input") -> bytes:
    """At most `max_bytes` of `stream` (standard input), or an InputError when there is more."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(what, len(data), max_bytes)
    return data
