"""Turning bytes someone handed us into article text, or one clear sentence saying why not."""

from __future__ import annotations

import re
import unicodedata

from claims.errors import InputError

# Control characters (category Cc) other than tab, newline, form feed and carriage return mark binary data.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# what UTF-8 read as Latin-1 or Windows-1252 leaves behind: "â€™", "Ã©", "Â©", "â\x80\x99"
_MOJIBAKE = re.compile("[\x80-\x9f]|â€|Ã[\x80-\xbf]|Â[\xa0-\xbf]")


def decode_article(data: bytes, max_bytes: int, what: str = "The input") -> str:
    """The text of `data`, NFC-normalised, or an InputError a person can act on.

    Raises:
        InputError: empty, larger than `max_bytes`, binary, or not UTF-8.
    """
    if len(data) > max_bytes:
        raise InputError(
            f"{what} is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB "
            "(set input.max_bytes in config.yaml to change it)."
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:  # anywhere, not only in the first 8 KB: no store can keep a NUL in text
        raise InputError(f"{what} looks like binary data, not text.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} is not UTF-8 text (bad byte at position {exc.start}).") from None
    return check_text(text, what)


def check_text(text: str, what: str = "The input") -> str:
    """`text` normalised, after making sure there is something to check in it.

    The whole text is looked at (not its first 8 KB); a stray NUL is dropped, since PostgreSQL cannot
    store one in text and every store must keep the same text.
    """
    if not text.strip():
        raise InputError(f"{what} is empty: there is no text to check.")
    if _MOJIBAKE.search(text):
        text = _repaired(text)
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(f"{what} looks like binary data, not text.")
    return unicodedata.normalize("NFC", text.replace("\x00", "") if controls else text)


def _repaired(text: str) -> str:
    """Text whose encoding went wrong on the way (a page saved as UTF-8 and read as Latin-1), mended.

    ftfy only undoes what is clearly a wrong decoding; it is loaded when the text shows the signs.
    """
    import ftfy

    return ftfy.fix_encoding(text)
