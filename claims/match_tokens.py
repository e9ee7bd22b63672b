"""The words of many texts at once, found with numpy instead of one Python string per word.

`tokenise(blocks)` gives what `[words(t) for block in blocks for t in block]` gives (the same words:
runs of `\\w` characters of each cleaned, lowercased text), as arrays: a word id and a text number
per word, and the vocabulary. The texts of a block are joined into one array of code points; a word
is a run of word characters, known by a polynomial hash of its characters (mod 2**64, computed for
all words with two prefix sums). Every word is then compared with the first word of the same hash,
character by character, so a collision can never merge two words (the block is read the slow way
instead). Only the block's distinct words become Python strings.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from claims.match_sparse import Ints
from claims.match_text import WORD, clean

Small = npt.NDArray[np.int32]

_AHEAD = 2  # blocks found before their words are numbered (bounds the memory)
_P = 0x100000001B3  # the hash's base (odd, so it has an inverse mod 2**64)
_P_INVERSE = pow(_P, -1, 1 << 64)
_ASCII_WORD = np.array([WORD.fullmatch(chr(c)) is not None for c in range(128)], dtype=bool)


class Vocabulary(dict[str, int]):
    """Word ids handed out in order of first sight (`vocabulary[word]` gives a new word the next id)."""

    def __missing__(self, word: str) -> int:
        got = self[word] = len(self)
        return got


class _Powers:
    """P**i and P**-i mod 2**64 for i up to a length, grown as needed (by one thread at a time)."""

    def __init__(self) -> None:
        self.up = self.down = np.ones(1, dtype=np.uint64)
        self._lock = threading.Lock()

    def upto(self, size: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
        with self._lock:
            if len(self.up) < size:
                up, down = (np.full(size, base, dtype=np.uint64) for base in (_P, _P_INVERSE))
                up[0] = down[0] = 1
                np.cumprod(up, out=up)  # unsigned: wraps around mod 2**64
                np.cumprod(down, out=down)
                self.up, self.down = up, down
            return self.up, self.down


def _is_word(points: npt.NDArray[np.uint32], ascii_only: bool, known: dict[int, bool]) -> npt.NDArray[np.bool_]:
    """Which code points are word characters (as `\\w` reads them)."""
    word = _ASCII_WORD[np.minimum(points, 127)]
    if not ascii_only:
        wide = np.flatnonzero(points > 127)
        distinct, inverse = np.unique(points[wide], return_inverse=True)
        for c in distinct.tolist():
            if c not in known:
                known[c] = WORD.fullmatch(chr(c)) is not None
        word[wide] = np.array([known[c] for c in distinct.tolist()], dtype=bool)[inverse]
    return word


@dataclass(frozen=True)
class _Block:
    """A block of texts joined, its words found and grouped by their characters: `first[k]` is the k-th
    distinct word's first occurrence (in order of first sight), `same[i]` the distinct word of word i;
    `same` is None when two different words had one hash."""

    count: int
    joined: str
    starts: Ints
    ends: Ints
    text_of: Ints
    first: Ints
    same: Ints | None


def _block(texts: list[str], powers: _Powers, known: dict[int, bool]) -> _Block:
    """The words of a block of texts (cleaned and lowercased here), found in arrays: see `_Block`."""
    texts = list(map(prepared, texts))
    joined = "\n" + "\n".join(texts) + "\n"
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    word = _is_word(points, joined.isascii(), known)
    edges = np.diff(word.view(np.int8))
    starts, ends = np.flatnonzero(edges == 1) + 1, np.flatnonzero(edges == -1) + 1
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    text_of = np.searchsorted(np.cumsum(lengths), starts, side="right")
    if not len(starts):
        return _Block(len(texts), joined, starts, ends, text_of, starts, starts)
    up, down = powers.upto(len(points) + 1)
    prefix = np.empty(len(points) + 1, dtype=np.uint64)
    prefix[0] = 0
    np.multiply(points, up[: len(points)], out=prefix[1:])
    np.cumsum(prefix[1:], out=prefix[1:])
    hashes = (prefix[ends] - prefix[starts]) * down[starts]  # sum of c_i * P**(i - start): same word, same hash
    _, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
    lengths = ends - starts
    shift = starts[first[inverse]] - starts  # from each word to the first word of its hash
    at = np.flatnonzero(word)  # every word's characters, word after word
    if not (
        np.array_equal(lengths, lengths[first[inverse]])
        and np.array_equal(points[at], points[at + np.repeat(shift, lengths)])
    ):
        return _Block(len(texts), joined, starts, ends, text_of, np.arange(len(starts)), None)
    order = np.argsort(first)  # the distinct words in order of first sight
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return _Block(len(texts), joined, starts, ends, text_of, first[order], rank[inverse])


def _ids(block: _Block, vocabulary: Vocabulary) -> Small:
    """The vocabulary's ids of a block's words (new words are added)."""
    firsts = zip(block.starts[block.first].tolist(), block.ends[block.first].tolist(), strict=True)
    words = [block.joined[a:b] for a, b in firsts]
    new = dict.fromkeys([w for w in words if w not in vocabulary])  # numbered at once, in order
    vocabulary.update(zip(new, range(len(vocabulary), len(vocabulary) + len(new)), strict=True))
    ids = np.fromiter(map(vocabulary.__getitem__, words), dtype=np.int32, count=len(words))
    return ids if block.same is None else ids[block.same]


def _found(blocks: Iterable[list[str]]) -> Iterator[_Block]:
    """The blocks of texts, found by two threads: while this thread reads the next block (and its texts
    are read from wherever they come) and hands out the ids of a found block's words, numpy, which lets
    go of the interpreter, finds the words of the blocks before. At most `_AHEAD` blocks wait found."""
    powers, known = _Powers(), dict[int, bool]()
    with ThreadPoolExecutor(2) as pool:
        waiting: deque[Future[_Block]] = deque()
        for block in blocks:
            waiting.append(pool.submit(_block, block, powers, known))
            if len(waiting) > _AHEAD:
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()


def prepared(text: str) -> str:
    """A text as it is tokenised: cleaned and lowercased (as `words` reads it)."""
    return clean(text).lower()


def tokenise(blocks: Iterable[list[str]]) -> tuple[Vocabulary, Small, Small]:
    """The words of texts that come in blocks (each text cleaned and lowercased here): the vocabulary
    (word -> id, in order of first sight), the id of every word of every text in order, and the text
    each belongs to (numbered across the blocks; both in 32 bits). A block of a few thousand texts is
    the right size.

    Example:
        >>> vocabulary, ids, text_of = tokenise([["The cat", "the dog!"], ["a cat"]])
        >>> list(vocabulary), ids.tolist(), text_of.tolist()
        (['the', 'cat', 'dog', 'a'], [0, 1, 0, 2, 3, 1], [0, 0, 1, 1, 2, 2])
    """
    vocabulary = Vocabulary()
    id_parts, text_parts, start = [], [], 0
    for block in _found(blocks):
        id_parts.append(_ids(block, vocabulary))
        text_parts.append((block.text_of + start).astype(np.int32))
        start += block.count
    empty = np.zeros(0, dtype=np.int32)
    return vocabulary, np.concatenate(id_parts or [empty]), np.concatenate(text_parts or [empty])
