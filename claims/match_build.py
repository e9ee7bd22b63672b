"""Building the matcher's index: every review's words, search terms, word pairs and character n-grams,
counted in bulk with numpy (array sorts, no Python loop over a review's words).

`build` returns plain arrays and the vocabularies a query is read with; `MatchIndex` weighs the terms
(BM25 needs its settings). The records are read while their words are found (`tokenise` finds a
block's words in a second thread while this one reads the next block).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

import numpy as np
import numpy.typing as npt

from claims.match_sparse import Floats, Ints, Rows, SmallInts, positions, spans
from claims.match_text import STOPWORDS, ReviewText, stem
from claims.match_tokens import tokenise

_BLOCK = 1500  # reviews tokenised at a time (a few thousand texts, arrays of a few megabytes)
_GRAM_BLOCK = 4096  # reviews whose character n-grams are counted together (bounds the memory)
_SLICE = 1 << 20  # entries of the n-gram matrix weighted at a time


def dropped(word: str) -> bool:
    """Whether a word is no search term: a stopword, or one letter."""
    return word in STOPWORDS or (len(word) < 2 and not word.isdigit())


class GramCoder:
    """Character n-grams as integers: each character a digit (its code, from 1), each n-gram the number
    its digits write in base `radix`, so that n-grams of different sizes never share a number.

    Made from the characters of the indexed words (`GramCoder.of`); an archive with more distinct
    characters than a 64-bit integer has digits for (tens of thousands) gives its rarest ones one code.
    """

    def __init__(self, code: dict[str, int], radix: int, sizes: tuple[int, int]) -> None:
        self.code, self.radix, self.sizes = code, radix, sizes

    @classmethod
    def of(cls, chars: npt.NDArray[np.uint32], sizes: tuple[int, int]) -> tuple[GramCoder, Ints]:
        """A coder for the characters `chars` (code points) and the code of each."""
        uses = np.bincount(chars)  # by code point: a table, cheaper than sorting the characters
        alphabet = np.flatnonzero(uses)
        limit = int(2 ** (63 / max(sizes[1], 1))) - 1  # the most codes with (limit + 1) ** size < 2 ** 63
        code_of = np.arange(1, len(alphabet) + 1, dtype=np.int64)
        if len(alphabet) > limit:  # the rarest characters share the last code
            by_use = np.argsort(-uses[alphabet], kind="stable")
            code_of[by_use] = np.minimum(np.arange(1, len(alphabet) + 1), limit)
        table = np.zeros(len(uses), dtype=np.int64)
        table[alphabet] = code_of
        code = dict(zip(map(chr, alphabet.tolist()), code_of.tolist(), strict=True))
        return cls(code, min(len(alphabet), limit) + 1, sizes), table[chars]

    def keys(self, codes: Ints, starts: Ints, size: int) -> Ints:
        """The numbers of the n-grams of `size` characters starting at `starts` in `codes`."""
        key = codes[starts]
        for i in range(1, size):
            key = key * self.radix + codes[starts + i]
        return key

    def word_keys(self, padded: str) -> list[int]:
        """The numbers of a padded word's n-grams whose characters are all known (others match nothing)."""
        codes = [self.code.get(ch, 0) for ch in padded]
        found = []
        for size in range(self.sizes[0], self.sizes[1] + 1):
            for at in range(len(codes) - size + 1):
                window = codes[at : at + size]
                if all(window):
                    key = 0
                    for c in window:
                        key = key * self.radix + c
                    found.append(key)
        return found


@dataclass(frozen=True)
class Built:
    """What `build` counted over the reviews, under one set of ids.

    `words` maps each word (as `words()` reads it) to its id; `word_term` and `word_grams` give each
    word's search-term id (-1 for a stopword) and n-gram ids.
    `stem_ids` and `term_ids` map a stem to its id as a stem (for pairs) and as a search term;
    `gram_keys` are the n-grams' numbers (see `GramCoder`), sorted: a gram's id is its position.
    `terms` holds each search term's field-weighted count in each review (term, review, count; by term),
    `pairs` each review's distinct adjacent stem pairs (offsets by review, first stems, second stems),
    `gram_vectors` each review's n-grams weighted (sublinear field-weighted count times idf, each
    review's vector of unit length) and `gram_idf` each n-gram's idf.
    """

    reviews: list[ReviewText]
    words: dict[str, int]
    stem_ids: dict[str, int]
    term_ids: dict[str, int]
    word_term: Ints
    word_grams: Rows
    coder: GramCoder
    gram_keys: Ints
    terms: tuple[Ints, Ints, Floats]
    pairs: tuple[Ints, Ints, Ints]
    gram_vectors: Rows
    gram_idf: Floats


def _offsets(rows: Ints, n: int) -> Ints:
    """Where each of `n` rows starts in entries sorted by row (and where the last ends)."""
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return indptr


def _field_counts(keys: Ints, field_weights: Floats) -> tuple[Ints, Floats]:
    """The distinct keys and their weighted counts, from keys that carry their field in the two low bits
    (key * 4 + field): a plain sort of the values, several times faster than sorting with their weights."""
    if not len(keys):
        return np.zeros(0, np.int64), np.zeros(0)
    if int(keys.max()) < 1 << 31:
        keys = keys.astype(np.int32)  # sorts in less time
    keys.sort()
    weights = field_weights[keys & 3]
    keys >>= 2
    first = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    return keys[first].astype(np.int64, copy=False), np.add.reduceat(weights, first)


def _sort_each(keys: npt.NDArray[np.integer], ends: Ints) -> None:
    """Sort each review's keys in place (review r's end where `ends[r]` says).

    A few hundred values sort in a microsecond, in the processor's cache, where one sort of them all
    (with the review in each key) takes several times as long in all."""
    start = 0
    for end in ends.tolist():
        keys[start:end].sort()
        start = end


def _groups(keys: npt.NDArray[np.integer], ends: Ints) -> tuple[Ints, Ints]:
    """The runs of equal keys within each review, of keys sorted within each review: how many runs the
    reviews before each hold (and all hold), and where each run starts."""
    new = np.ones(len(keys), dtype=bool)
    new[1:] = keys[1:] != keys[:-1]
    new[ends[ends < len(keys)]] = True  # a review's first key starts a run, whatever the last one was
    return np.concatenate([[0], np.cumsum(new)])[np.concatenate([[0], ends])], np.flatnonzero(new)


def _pairs(
    wids: SmallInts, texts: SmallInts, docs: SmallInts, word_stem: Ints, n_stems: int, n: int
) -> tuple[Ints, Ints, Ints]:
    """The distinct adjacent stems (first, second) within each text, by review: offsets, firsts, seconds."""
    base = max(n_stems, 1)
    same = texts[1:] == texts[:-1]
    keys = word_stem[wids[:-1]][same] * base + word_stem[wids[1:]][same]
    ends = np.searchsorted(docs[1:][same], np.arange(n), "right")
    _sort_each(keys, ends)
    offsets, first = _groups(keys, ends)
    return offsets, keys[first] // base, keys[first] % base


def _word_grams(words: list[str], sizes: tuple[int, int]) -> tuple[Rows, GramCoder, Ints]:
    """Each word's character n-grams (taken inside the word padded with a space on each side), their
    coder and their sorted numbers: all words at once, in arrays."""
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 2
    chars = np.frombuffer("".join([f" {w} " for w in words]).encode("utf-32-le"), dtype=np.uint32)
    coder, codes = GramCoder.of(chars, sizes)
    starts = np.cumsum(lengths) - lengths
    key_parts, word_parts = [], []
    for size in range(sizes[0], sizes[1] + 1):
        count = np.maximum(lengths - size + 1, 0)
        key_parts.append(coder.keys(codes, spans(starts, count), size))
        word_parts.append(np.repeat(np.arange(len(words)), count))
    keys, owner = np.concatenate(key_parts), np.concatenate(word_parts)
    if len(key_parts) > 1:
        order = np.argsort(owner, kind="stable")
        keys, owner = keys[order], owner[order]
    gram_keys, gram_ids = np.unique(keys, return_inverse=True)
    rows = Rows(_offsets(owner, len(words)), gram_ids.astype(np.int32), np.ones(len(keys), dtype=np.float32))
    return rows, coder, gram_keys


def _gram_counts(wids: Ints, docs: Ints, fields: Ints, word_grams: Rows, n: int, weights: Floats) -> Rows:
    """Each review's character n-grams and their field-weighted counts (the largest matrix: about 110
    entries a review, of about 170 n-grams met), `_GRAM_BLOCK` reviews at a time (bounds the memory)."""
    weights32 = weights.astype(np.float32)
    indptr, grams, tfs = [np.zeros(1, np.int64)], [], []
    for start in range(0, n, _GRAM_BLOCK):
        stop = min(n, start + _GRAM_BLOCK)
        a, b = np.searchsorted(docs, [start, stop])
        at, per_word = positions(word_grams.indptr, wids[a:b])
        keys = np.repeat(fields[a:b].astype(np.int32), per_word)
        keys += word_grams.indices[at] * 4
        words_before = np.searchsorted(docs[a:b], np.arange(start, stop), "right")  # of each review's end
        ends = np.concatenate([[0], np.cumsum(per_word)])[words_before]
        _sort_each(keys, ends)
        weight = weights32[keys & 3]
        keys >>= 2
        offsets, first = _groups(keys, ends)
        indptr.append(offsets[1:] + indptr[-1][-1])
        grams.append(keys[first])
        tfs.append(np.add.reduceat(weight, first) if len(first) else np.zeros(0, np.float32))
    return Rows(
        np.concatenate(indptr),
        np.concatenate(grams or [np.zeros(0, np.int32)]),
        np.concatenate(tfs or [np.zeros(0, np.float32)]),
    )


def _char_vectors(counts: Rows, n: int, n_grams: int) -> tuple[Rows, Floats]:
    """Each review's character n-grams (sublinear tf times idf, L2-normalised), and the grams' idf.
    In float32 and in place over the counts (which are not needed again), as this is the largest
    matrix (about 110 entries a review)."""
    ng, size = max(n_grams, 1), len(counts.data)
    slices = [(at, min(at + _SLICE, size)) for at in range(0, size, _SLICE)]
    df = np.zeros(ng)
    for a, b in slices:  # in slices: no temporary as large as the matrix (bincount copies to int64)
        df += np.bincount(counts.indices[a:b], minlength=ng)
    idf = np.log((1 + n) / (1 + df)) + 1
    weight = np.log1p(counts.data, out=counts.data)
    idf32 = idf.astype(np.float32)
    rows = np.repeat(np.arange(n, dtype=np.int32), np.diff(counts.indptr))
    row_len = np.zeros(n)
    for a, b in slices:
        weight[a:b] *= idf32[counts.indices[a:b]]
        row_len += np.bincount(rows[a:b], weights=np.square(weight[a:b]), minlength=n)
    row_len[row_len == 0] = 1
    scale = (1 / np.sqrt(row_len)).astype(np.float32)
    for a, b in slices:
        weight[a:b] *= scale[rows[a:b]]
    return Rows(counts.indptr, counts.indices, weight), idf


def _char_side(
    words: list[str], wids: SmallInts, docs: SmallInts, fields: SmallInts, n: int, weights: Floats,
    sizes: tuple[int, int],
) -> tuple[Rows, GramCoder, Ints, Rows, Floats]:
    """The words' n-grams, their coder and numbers, and the reviews' n-gram vectors and idf."""
    word_grams, coder, gram_keys = _word_grams(words, sizes)
    counts = _gram_counts(wids, docs, fields, word_grams, n, weights)
    vectors, idf = _char_vectors(counts, n, len(gram_keys))
    return word_grams, coder, gram_keys, vectors, idf


def _texts(records: Iterable[ReviewText], reviews: list[ReviewText]) -> Iterator[list[str]]:
    """The texts of `records` in blocks of `_BLOCK` reviews, each review's three fields in turn; each
    record is kept in `reviews` as it is read."""
    it = iter(records)
    while batch := list(islice(it, _BLOCK)):
        reviews.extend(batch)
        yield [text for r in batch for text in (r.claim, r.headline, r.description)]


def build(
    records: Iterable[ReviewText], field_weights: tuple[float, float, float], char_ngrams: tuple[int, int]
) -> Built:
    """Count the words, terms, pairs and n-grams of the reviews `records`: see `Built`. The records are
    read as they are tokenised, so the reading of the last overlaps the tokenising of the first."""
    reviews: list[ReviewText] = []
    ids, wids, text_of = tokenise(_texts(records, reviews))
    n = len(reviews)
    words = list(ids)  # in id order
    docs, fields = text_of // 3, (text_of % 3).astype(np.int8)
    weights = np.array([*field_weights, 0.0], dtype=np.float64)
    char_side = _char_side(words, wids, docs, fields, n, weights, char_ngrams)
    word_grams, coder, gram_keys, gram_vectors, gram_idf = char_side
    stems = list(map(stem, words))
    stem_ids = dict.fromkeys(stems, 0)
    stem_ids.update(zip(stem_ids, range(len(stem_ids)), strict=True))
    word_stem = np.fromiter(map(stem_ids.__getitem__, stems), dtype=np.int64, count=len(words))
    # a search term is the stem of a word that is no stopword, numbered as first seen
    term_ids: dict[str, int] = {}
    word_term = np.fromiter(
        (-1 if dropped(w) else term_ids.setdefault(s, len(term_ids)) for w, s in zip(words, stems, strict=True)),
        dtype=np.int64,
        count=len(words),
    )
    term_of = word_term[wids]
    kept = term_of >= 0
    found, tf = _field_counts((term_of[kept] * max(n, 1) + docs[kept]) * 4 + fields[kept], weights)
    pairs = _pairs(wids, text_of, docs, word_stem, len(stem_ids), n)
    return Built(
        reviews=reviews,
        words=ids,
        stem_ids=stem_ids,
        term_ids=term_ids,
        word_term=word_term,
        word_grams=word_grams,
        coder=coder,
        gram_keys=gram_keys,
        terms=(found // max(n, 1), found % max(n, 1), tf),
        pairs=pairs,
        gram_vectors=gram_vectors,
        gram_idf=gram_idf,
    )
