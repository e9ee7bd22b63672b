"""Building the matcher's index in two steps, so that a large archive can be indexed on several cores.

`index_part` does all the work of one slice of the fact-checks that needs no other slice: tokenising,
stemming, counting each review's terms, word pairs and character n-grams, each under the slice's own
ids. `merge` joins the slices (in order) under shared ids and computes what needs them all: the
vocabulary, IDF, document lengths and the weights. One slice of everything is the plain case.
Pure: no process or thread is started here; a caller may build the parts wherever it likes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

import numpy as np
import numpy.typing as npt

from claims.match_sparse import Floats, Ints, Rows, positions, summed
from claims.match_text import STOPWORDS, WORD, ReviewText, clean, stem

Small = npt.NDArray[np.int32]

# a made-up word that no real text holds separates the documents of a block tokenised in one call
_BREAK = "qzxbreakqzx"
_BREAK_JOIN = f"\n{_BREAK}\n"
_BLOCK = 4096  # reviews tokenised by one regex call: far fewer calls, while few word strings live at once
_GRAM_BLOCK = 8192  # reviews whose character n-grams are counted together (bounds the memory)
_FIELDS = tuple(attrgetter(name) for name in ("claim", "headline", "description"))  # as ReviewText.fields


def dropped(word: str) -> bool:
    """Whether a word is no search term: a stopword, or one letter."""
    return word in STOPWORDS or (len(word) < 2 and not word.isdigit())


def grams(padded: str, lo: int, hi: int) -> list[str]:
    """The character n-grams of a word padded with a space on each side, of sizes `lo` to `hi`."""
    if lo == hi:
        return [padded[i : i + lo] for i in range(len(padded) - lo + 1)]
    return [padded[i : i + size] for size in range(lo, hi + 1) for i in range(len(padded) - size + 1)]


class _Ids(dict[str, int]):
    """Ids handed out in order of first sight (`ids[name]` gives the name one if it has none yet)."""

    def __missing__(self, name: str) -> int:
        got = self[name] = len(self)
        return got

    @classmethod
    def of(cls, names: list[str]) -> _Ids:
        """Ids for `names` in order of first sight (in bulk: far faster than one `__missing__` a name)."""
        ids = cls.fromkeys(names, 0)
        ids.update(zip(ids, range(len(ids)), strict=True))
        return ids

    def extended(self, names: list[str]) -> Ints:
        """The ids of distinct `names`, the new ones numbered after the known, in order."""
        new = [name for name in names if name not in self]
        self.update(zip(new, range(len(self), len(self) + len(new)), strict=True))
        return np.fromiter(map(self.__getitem__, names), dtype=np.int64, count=len(names))


class _WordIds(dict[str, int]):
    """Word ids handed out in order of first sight; the separator is -1."""

    def __init__(self) -> None:
        super().__init__({_BREAK: -1})

    def __missing__(self, word: str) -> int:
        got = self[word] = len(self) - 1
        return got


@dataclass(frozen=True)
class IndexPart:
    """What one slice of reviews contributes to an index, under the slice's own ids.

    `words`, `stems` and `grams` are the slice's vocabularies (a word's position is its local id);
    `word_stem[w]` is word w's stem, `is_term[w]` whether it is a search term (no stopword);
    `word_grams` holds each word's character n-grams. By review
    (compact, as parts travel between processes): `terms`, the field-weighted count of each search
    term (by stem id, stopwords left out); `pairs`, the distinct adjacent stem pairs (offsets, first
    stem, second stem); `gram_counts`, the field-weighted count of each n-gram.
    """

    reviews: list[ReviewText]
    words: list[str]
    stems: list[str]
    word_stem: Ints
    is_term: npt.NDArray[np.bool_]
    word_grams: Rows
    grams: list[str]
    terms: Rows
    pairs: tuple[Ints, Small, Small]
    gram_counts: Rows


def _tokens(reviews: list[ReviewText], field: int, ids: _WordIds) -> tuple[Ints, Ints]:
    """The word ids of one field of every review, in order, and the review each belongs to."""
    wid_parts, doc_parts = [], []
    for start in range(0, len(reviews), _BLOCK):
        block = reviews[start : start + _BLOCK]
        ws = WORD.findall(_BREAK_JOIN.join([clean(text) for text in map(_FIELDS[field], block)]).lower())
        wids = np.fromiter(map(ids.__getitem__, ws), dtype=np.int64, count=len(ws))
        docs = np.cumsum(wids == -1) + start
        keep = wids >= 0
        wid_parts.append(wids[keep])
        doc_parts.append(docs[keep])
    empty = np.zeros(0, np.int64)
    return np.concatenate(wid_parts or [empty]), np.concatenate(doc_parts or [empty])


def _pairs(fields: list[tuple[Ints, Ints]], word_stem: Ints, n_stems: int, n: int) -> tuple[Ints, Small, Small]:
    """The distinct adjacent stems (first, second) of a field's words: each review's offset, firsts, seconds."""
    base = max(n_stems, 1)
    if n * base * base < 1 << 62:  # one integer a pair (review, first, second), sorted in place
        both = np.concatenate([
            ((wdocs[1:] * base + word_stem[wids[:-1]]) * base + word_stem[wids[1:]])[wdocs[1:] == wdocs[:-1]]
            for wids, wdocs in fields
        ])
        both.sort()
        both = both[np.concatenate([[True], both[1:] != both[:-1]])] if len(both) else both
        first, second = both // base % base, both % base
        return _offsets(both // (base * base), n), first.astype(np.int32), second.astype(np.int32)
    firsts, seconds, docs = [], [], []  # too many reviews and stems for one integer: sort on three
    for wids, wdocs in fields:
        same = wdocs[1:] == wdocs[:-1]
        firsts.append(word_stem[wids[:-1]][same])
        seconds.append(word_stem[wids[1:]][same])
        docs.append(wdocs[1:][same])
    a, b, d = np.concatenate(firsts), np.concatenate(seconds), np.concatenate(docs)
    order = np.lexsort((b, a, d))
    a, b, d = a[order], b[order], d[order]
    first = np.ones(len(d), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1]) | (d[1:] != d[:-1])
    return _offsets(d[first], n), a[first].astype(np.int32), b[first].astype(np.int32)


def _offsets(docs: Ints, n: int) -> Ints:
    """Where each of `n` reviews starts in entries sorted by review (and where the last ends)."""
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n), out=indptr[1:])
    return indptr


def _field_counts(keys: npt.NDArray[np.integer], field_weights: Floats) -> tuple[Ints, Floats]:
    """The distinct keys and their weighted counts, from keys that carry their field in the two low bits
    (key * 4 + field): a plain sort of the values, several times faster than sorting with their weights."""
    if not len(keys):
        return np.zeros(0, np.int64), np.zeros(0)
    keys = np.sort(keys)
    weights = field_weights[keys & 3]
    keys >>= 2
    first = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    return keys[first].astype(np.int64), np.add.reduceat(weights, first)


def _term_counts(
    fields: list[tuple[Ints, Ints]],
    word_stem: Ints,
    is_term: npt.NDArray[np.bool_],
    n: int,
    n_stems: int,
    field_weights: Floats,
) -> Rows:
    """Each review's search terms (by stem) and their field-weighted counts."""
    keys = []
    for f, (wids, docs) in enumerate(fields):
        kept = is_term[wids]
        keys.append((docs[kept] * n_stems + word_stem[wids[kept]]) * 4 + f)
    found, tf = _field_counts(np.concatenate(keys), field_weights)
    return Rows.of(found // n_stems, found % n_stems, tf, n)


def _gram_counts(fields: list[tuple[Ints, Ints]], word_grams: Rows, n: int, field_weights: Floats) -> Rows:
    """Each review's character n-grams and their field-weighted counts: a block of reviews at a time,
    small enough for 32-bit keys (this is the largest matrix, about 250 entries a review)."""
    n_grams = max(int(word_grams.indices.max()) + 1 if len(word_grams.indices) else 1, 1)
    block = max(1, min(_GRAM_BLOCK, ((1 << 31) - 1) // (4 * n_grams)))
    lens, grams_found, tfs = [], [], []
    for start in range(0, n, block):
        end = min(n, start + block)
        keys = []
        for f, (wids, docs) in enumerate(fields):
            a, b = np.searchsorted(docs, [start, end])
            at, per_word = positions(word_grams.indptr, wids[a:b])
            local = np.repeat((docs[a:b] - start).astype(np.int32), per_word)
            keys.append((local * n_grams + word_grams.indices[at]) * 4 + f)
        found, tf = _field_counts(np.concatenate(keys), field_weights)
        lens.append(np.bincount(found // n_grams, minlength=end - start))
        grams_found.append((found % n_grams).astype(np.int32))
        tfs.append(tf.astype(np.float32))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.concatenate(lens or [np.zeros(0, np.int64)]), out=indptr[1:])
    found_grams = np.concatenate(grams_found or [np.zeros(0, np.int32)])
    return Rows(indptr, found_grams, np.concatenate(tfs or [np.zeros(0, np.float32)]))


def index_part(
    reviews: list[ReviewText], field_weights: tuple[float, float, float], char_ngrams: tuple[int, int]
) -> IndexPart:
    """The per-review work of indexing `reviews`: see `IndexPart`."""
    n = len(reviews)
    ids = _WordIds()
    fields = [_tokens(reviews, f, ids) for f in range(3)]
    del ids[_BREAK]
    words = list(ids)  # in id order
    stems = list(map(stem, words))
    stem_ids = _Ids.of(stems)
    word_stem = np.fromiter(map(stem_ids.__getitem__, stems), dtype=np.int64, count=len(words))
    is_term = np.fromiter((not dropped(w) for w in words), dtype=bool, count=len(words))
    pairs = _pairs(fields, word_stem, len(stem_ids), n)
    weights = np.array([*field_weights, 0.0], dtype=np.float64)
    terms = _term_counts(fields, word_stem, is_term, n, max(len(stem_ids), 1), weights)
    lo, hi = char_ngrams
    gram_lists = [grams(f" {w} ", lo, hi) for w in words]
    flat = [g for gs in gram_lists for g in gs]
    gram_ids = _Ids.of(flat)
    cols = np.fromiter(map(gram_ids.__getitem__, flat), dtype=np.int64, count=len(flat))
    indptr = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum([len(gs) for gs in gram_lists], out=indptr[1:])
    word_grams = Rows(indptr, cols.astype(np.int32), np.ones(len(cols), dtype=np.float32))
    return IndexPart(
        reviews=reviews,
        words=words,
        stems=list(stem_ids),
        word_stem=word_stem,
        is_term=is_term,
        word_grams=word_grams,
        grams=list(gram_ids),
        terms=terms,
        pairs=pairs,
        gram_counts=_gram_counts(fields, word_grams, n, weights),
    )


@dataclass(frozen=True)
class Merged:
    """The slices joined: shared vocabularies (dicts to ids), each word's search term and n-grams
    (over the shared word ids), and the per-review entries with reviews numbered across all slices."""

    reviews: list[ReviewText]
    word_ids: dict[str, int]
    stem_ids: dict[str, int]
    term_ids: dict[str, int]
    gram_ids: dict[str, int]
    word_term: Ints
    word_grams: Rows
    terms: tuple[Ints, Ints, Floats]
    pairs: tuple[Ints, Ints, Ints]
    gram_counts: Rows


def merge(parts: Iterable[IndexPart]) -> Merged:
    """The parts (slices of the reviews, in order) under shared ids."""
    word_ids, stem_ids, term_ids, gram_ids = _Ids(), _Ids(), _Ids(), _Ids()
    reviews: list[ReviewText] = []
    word_term, gram_rows, gram_lens = [], [], []
    terms, pairs, gram_counts = [], [], []
    for part in parts:
        start, known = len(reviews), len(word_ids)
        reviews.extend(part.reviews)
        to_word = word_ids.extended(part.words)
        to_stem = stem_ids.extended(part.stems)
        to_gram = gram_ids.extended(part.grams)
        new = np.flatnonzero(to_word >= known)  # the part's words first seen here, in order of their ids
        # a search term is a stem of a word that is no stopword, numbered as first seen
        term_stems = np.unique(part.word_stem[part.is_term])
        to_term = np.full(len(part.stems), -1, dtype=np.int64)
        in_order = part.word_stem[new][part.is_term[new]]  # new terms are numbered in word order
        term_ids.extended(list(dict.fromkeys(part.stems[s] for s in in_order.tolist())))
        to_term[term_stems] = [term_ids[part.stems[s]] for s in term_stems.tolist()]
        word_term.append(np.where(part.is_term[new], to_term[part.word_stem[new]], -1))
        at, lens = positions(part.word_grams.indptr, new)
        gram_rows.append(to_gram[part.word_grams.indices[at]])
        gram_lens.append(lens)
        terms.append((_reviews_of(part.terms.indptr, start), to_term[part.terms.indices], part.terms.data))
        offsets, first, second = part.pairs
        pairs.append((_reviews_of(offsets, start), to_stem[first], to_stem[second]))
        gram_counts.append(part.gram_counts.renumbered(to_gram.astype(np.int32)))
    indptr = np.zeros(len(word_ids) + 1, dtype=np.int64)
    np.cumsum(_joined(gram_lens), out=indptr[1:])
    cols = _joined(gram_rows).astype(np.int32)
    return Merged(
        reviews=reviews,
        word_ids=word_ids,
        stem_ids=stem_ids,
        term_ids=term_ids,
        gram_ids=gram_ids,
        word_term=_joined(word_term),
        word_grams=Rows(indptr, cols, np.ones(len(cols), dtype=np.float32)),
        terms=_stacked(terms),
        pairs=_stacked(pairs),
        gram_counts=Rows.stacked(gram_counts),
    )


def _reviews_of(indptr: Ints, start: int) -> Ints:
    """The review (numbered from `start`) of each entry of a matrix by review."""
    return np.repeat(np.arange(start, start + len(indptr) - 1, dtype=np.int64), np.diff(indptr))


def _joined(arrays: list[Ints]) -> Ints:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)


def _stacked(triples: list[tuple[Ints, Ints, Floats]]) -> tuple[Ints, Ints, Floats]:
    if not triples:
        return _empty_triple()
    return (
        np.concatenate([t[0] for t in triples]),
        np.concatenate([t[1] for t in triples]),
        np.concatenate([t[2] for t in triples]),
    )


def _empty_triple() -> tuple[Ints, Ints, Floats]:
    return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
