"""Finding the published fact-checks that already cover a claim.

Pure: no network, database or chat code. Build a `MatchIndex` once over the fact-checks (schema.org
ClaimReview records read into `ReviewText`), then call `search` for every claim.

How it ranks: BM25 over words (claimReviewed, headline and description weighted as fields, light
stemming, stopwords dropped) picks 50 candidates; each is scored by BM25 as a share of what the
claim's own terms could score, plus the cosine of character 4-gram TF-IDF vectors (which forgives
inflection, spelling and hashtags run together); the best 20 are re-ranked by the share of the claim's
adjacent word pairs the review holds ('office of the former president'). Names and figures can be
added to the re-ranking (`MatchOptions.w_names`, `w_figures`); they are off because they lowered MAP
on the tuning sets. Every statistic (IDF, lengths) comes from the records indexed; nothing is learned
from a benchmark, and no record's date or position is read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

__all__ = ["MATCH_THRESHOLD", "Match", "MatchIndex", "MatchOptions", "ReviewText"]

# A match scoring at least this is close enough to show an editor. Chosen on the CheckThat! 2022 train
# and dev tweets (`python bench/match.py threshold`): at 0.35 the best match is shown for 46 claims in
# a hundred, 0.9 of them wrong; of a hundred claims whose fact-check was taken out of the archive, 2.7
# still showed something.
MATCH_THRESHOLD = 0.35


@dataclass(frozen=True)
class ReviewText:
    """The texts of one published fact-check that matching reads, and what an editor is shown."""

    id: str
    claim: str
    headline: str = ""
    description: str = ""
    rating: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None

    def fields(self) -> tuple[str, str, str]:
        """The texts matching reads: the claim, the headline and the description."""
        return self.claim, self.headline, self.description


@dataclass(frozen=True)
class Match:
    """A fact-check found for a claim: its `ReviewText.id` and a score in [0, 1], higher is closer."""

    id: str
    score: float


@dataclass(frozen=True)
class MatchOptions:
    """Settings of the matcher. The defaults were chosen by measuring MAP@5 on the CheckThat! 2022
    claim-matching train, dev and dev-test sets (tweets against Snopes fact-checks).

    Attributes:
        field_weights: how much a word counts in the claimReviewed, the headline and the description.
        bm25_k1, bm25_b: BM25's term saturation and length normalisation.
        char_ngrams: the sizes of the character n-grams taken inside each (space-padded) word.
        candidates: how many fact-checks the word ranking hands to the full score.
        w_bm25, w_char, w_phrases, w_names, w_figures: the share of each signal in the score: word
            BM25 (as a fraction of what the claim's own terms could score), character n-gram cosine,
            and the fractions of the claim's word pairs, names and figures that the fact-check holds
            (the last three count only when the claim has some).
        rerank_depth: how many of the best candidates the pairs, names and figures re-rank.
    """

    field_weights: tuple[float, float, float] = (1.0, 1.0, 0.5)
    bm25_k1: float = 1.2
    bm25_b: float = 0.75
    char_ngrams: tuple[int, int] = (4, 4)
    candidates: int = 50
    w_bm25: float = 0.5
    w_char: float = 0.5
    w_phrases: float = 0.2
    w_names: float = 0.0
    w_figures: float = 0.0
    rerank_depth: int = 20


# --- text normalisation -------------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|\b\S+\.(?:com|org|net|ly|co)/\S*", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w']*(?:[A-Z]|[a-z]{2})[\w']*")
_HANDLE = re.compile(r"@(\w+)")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")
_RT = re.compile(r"^\s*RT\b:?", re.M)
_WORD = re.compile(r"\w+")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can can't could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's
    hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's
    me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over
    own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs
    them themselves then there there's these they they'd they'll they're they've this those through to too
    under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
    where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've
    your yours yourself yourselves just also will says said say s t via rt amp don didn doesn isn wasn aren
    weren won couldn shouldn wouldn hasn haven hadn ll ve re d m""".split()
)


_BREAK = "qzxbreakqzx"
_BLOCK = 4096
_BREAK_JOIN = f"\n{_BREAK}\n"


def clean(text: str) -> str:
    """`text` without links, @handles, '#' or a leading 'RT'; hashtags split into words."""
    # cheap tests first: most fact-check texts are plain ASCII without links, and the archive is large
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    if "/" in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _HANDLE.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    if "#" in text:
        text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    if "RT" in text:
        text = _RT.sub(" ", text)
    return text


def words(text: str) -> list[str]:
    """The lowercase words (runs of letters and digits) of `text` after `clean`."""
    return _WORD.findall(clean(text).lower())


def _stem(word: str) -> str:
    """A light suffix stripper (plural, -ing, -ed), so that 'vaccines' meets 'vaccine'."""
    if len(word) <= 3 or word[0].isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# --- the index ----------------------------------------------------------------------------------

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class _Rows:
    """A sparse matrix in compressed rows, read with plain numpy (scipy's per-call checks cost more
    than the arithmetic at the sizes one search touches). Weights are float32 to halve the memory."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int32]
    data: npt.NDArray[np.float32]

    @classmethod
    def of(cls, m: sp.csr_matrix) -> _Rows:
        return cls(
            m.indptr.astype(np.int64), m.indices.astype(np.int32, copy=False), m.data.astype(np.float32, copy=False)
        )

    def select(self, rows: Ints) -> tuple[Ints, Ints]:
        """The positions in `indices`/`data` of the given rows, and how many each row has."""
        starts, lens = self.indptr[rows], self.indptr[rows + 1] - self.indptr[rows]
        total = int(lens.sum())
        offsets = np.repeat(starts - np.cumsum(lens) + lens, lens)
        return offsets + np.arange(total), lens

    def sum_rows(self, rows: Ints, size: int) -> Floats:
        """The sum of the given rows, as a dense vector of `size` columns."""
        # a query has a few dozen terms: slicing each row beats building an index of every position
        bounds = [(int(self.indptr[r]), int(self.indptr[r + 1])) for r in rows]
        if not bounds:
            return np.zeros(size)
        cols = np.concatenate([self.indices[a:b] for a, b in bounds])
        weights = np.concatenate([self.data[a:b] for a, b in bounds])
        return np.bincount(cols, weights=weights, minlength=size).astype(np.float64, copy=False)

    def dot_rows(self, rows: Ints, dense: Floats) -> Floats:
        """Each given row's dot product with the dense vector."""
        at, lens = self.select(rows)
        products = self.data[at] * dense[self.indices[at]]
        sums = np.bincount(np.repeat(np.arange(len(rows)), lens), weights=products, minlength=len(rows))
        return sums.astype(np.float64, copy=False)


class MatchIndex:
    """Published fact-checks, indexed for `search`. Build once with `MatchIndex.build`, search many times.

    Searching does not change the index, so threads may share one.

    Example:
        >>> index = MatchIndex.build([ReviewText("r1", "The moon is made of cheese.")])
        >>> index.search("Is the moon really made of cheese?")[0].id
        'r1'
    """

    def __init__(self, reviews: Sequence[ReviewText], options: MatchOptions) -> None:
        self.reviews = list(reviews)
        self.options = o = options
        n = self._n = len(self.reviews)
        # the fields of a block of reviews are tokenised in one regex call over their joined texts
        # (one call instead of thousands; blocks keep the word strings few at a time); a made-up word
        # that no real text holds separates the documents
        word_ids = self._word_ids = {_BREAK: -1}
        parts: list[list[tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]]] = [[], [], []]
        for start in range(0, n, _BLOCK):
            block = self.reviews[start : start + _BLOCK]
            for f in range(3):
                ws = _WORD.findall(_BREAK_JOIN.join([clean(r.fields()[f]) for r in block]).lower())
                new = [w for w in dict.fromkeys(ws) if w not in word_ids]
                word_ids.update(zip(new, range(len(word_ids) - 1, len(word_ids) - 1 + len(new)), strict=True))
                wids = np.fromiter(map(word_ids.__getitem__, ws), dtype=np.int32, count=len(ws))
                docs = (np.cumsum(wids == -1) + start).astype(np.int32)
                keep = wids >= 0
                parts[f].append((wids[keep], docs[keep]))
        fields = [
            (
                np.concatenate([w for w, _ in p] or [np.zeros(0, np.int32)]),
                np.concatenate([d for _, d in p] or [np.zeros(0, np.int32)]),
            )
            for p in parts
        ]
        del word_ids[_BREAK]
        nw = len(word_ids)
        # each word's search term (stopwords dropped, light stemming) and character n-grams
        self._term_ids: dict[str, int] = {}
        self._word_term = np.fromiter((self._term(w, grow=True) for w in word_ids), dtype=np.int64, count=nw)
        # adjacent word pairs (stemmed, stopwords kept) of each document, as sorted integer keys
        # (first stem id * base + second), for the phrase re-ranking
        self._stem_ids: dict[str, int] = {}
        word_stem = np.fromiter(
            (self._stem_ids.setdefault(_stem(w), len(self._stem_ids)) for w in word_ids), dtype=np.int64, count=nw
        )
        base = self._pair_base = 1 << max(1, (len(self._stem_ids) - 1).bit_length())
        span = base * base
        if n * span < 1 << 62:  # one integer per pair: document * span + pair, sorted in place
            both = np.concatenate(
                [
                    ((docs[1:].astype(np.int64) * span) + word_stem[wids[:-1]] * base + word_stem[wids[1:]])[
                        docs[1:] == docs[:-1]
                    ]
                    for wids, docs in fields
                ]
            )
            both.sort()
            both = both[np.concatenate([[True], both[1:] != both[:-1]])] if len(both) else both
            pair_docs, pair_keys = both // span, both % span
            del both
        else:  # too many documents and words for one integer: sort on two
            keys, key_docs = [], []
            for wids, docs in fields:
                same = docs[1:] == docs[:-1]
                keys.append((word_stem[wids[:-1]] * base + word_stem[wids[1:]])[same])
                key_docs.append(docs[1:][same].astype(np.int64))
            pair_keys, pair_docs = np.concatenate(keys), np.concatenate(key_docs)
            order = np.lexsort((pair_keys, pair_docs))
            pair_keys, pair_docs = pair_keys[order], pair_docs[order]
            first = np.ones(len(pair_keys), dtype=bool)
            first[1:] = (pair_keys[1:] != pair_keys[:-1]) | (pair_docs[1:] != pair_docs[:-1])
            pair_keys, pair_docs = pair_keys[first], pair_docs[first]
        self._pairs_by_doc = (np.concatenate([[0], np.cumsum(np.bincount(pair_docs, minlength=n))]), pair_keys)
        del pair_docs
        gram_lists = [self._word_grams(w) for w in word_ids]
        all_grams = [g for grams in gram_lists for g in grams]
        gram_ids = self._gram_ids = dict.fromkeys(all_grams, 0)
        gram_ids.update(zip(gram_ids, range(len(gram_ids)), strict=True))
        gram_cols = np.fromiter(map(gram_ids.__getitem__, all_grams), dtype=np.int64, count=len(all_grams))
        gram_rows = np.repeat(np.arange(nw), [len(g) for g in gram_lists])
        nt, ng = len(self._term_ids), len(gram_ids)
        has_term = self._word_term >= 0
        to_terms = sp.csr_matrix(
            (np.ones(int(has_term.sum())), (np.flatnonzero(has_term), self._word_term[has_term])), shape=(nw, nt)
        )
        to_grams = sp.csr_matrix((np.ones(len(gram_rows), dtype=np.float32), (gram_rows, gram_cols)), shape=(nw, ng))
        self._grams_of_word = _Rows.of(to_grams)
        # document-by-word counts, each field's words counted with the field's weight
        data = np.concatenate(
            [np.full(len(c), w, dtype=np.float32) for (c, _), w in zip(fields, o.field_weights, strict=True)]
        )
        counts = sp.csr_matrix(
            (data, (np.concatenate([d for _, d in fields]), np.concatenate([c for c, _ in fields]))), shape=(n, nw)
        )
        # BM25: the document side of each weight (saturated tf times idf) is computed once, here
        tf = sp.csr_matrix(counts @ to_terms)
        df = np.bincount(tf.indices, minlength=nt)
        self._idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        norm = o.bm25_k1 * (1 - o.bm25_b + o.bm25_b * lengths / max(float(lengths.mean()) if n else 1.0, 1e-9))
        tf.data = self._idf[tf.indices] * tf.data * (o.bm25_k1 + 1) / (tf.data + np.repeat(norm, np.diff(tf.indptr)))
        self._bm25_by_term = _Rows.of(tf.T.tocsr())
        # character n-grams: sublinear tf times idf, each document L2-normalised; done in place, in
        # float32, as this is the largest matrix (about 250 entries a review)
        g = sp.csr_matrix(counts @ to_grams)
        del counts
        self._gram_idf = np.log((1 + n) / (1 + np.bincount(g.indices, minlength=ng))) + 1
        data = g.data.astype(np.float32)
        np.log1p(data, out=data)
        data *= self._gram_idf.astype(np.float32)[g.indices]
        lens = np.diff(g.indptr)
        row_len = np.add.reduceat(data * data, g.indptr[:-1]) if len(data) else np.zeros(n, dtype=np.float32)
        row_len[lens == 0] = 1
        data /= np.repeat(np.sqrt(row_len), lens)
        self._grams_by_doc = _Rows(g.indptr.astype(np.int64), g.indices.astype(np.int32, copy=False), data)
        del g

    @classmethod
    def build(cls, records: Iterable[ReviewText], options: MatchOptions | None = None) -> MatchIndex:
        """An index over `records` (any iterable of `ReviewText`).

        Args:
            records: the fact-checks; their `id`s are what `search` returns.
            options: the matcher's settings; the defaults are the measured best.
        """
        return cls(list(records), options or MatchOptions())

    def __len__(self) -> int:
        return self._n

    def _term(self, word: str, grow: bool) -> int:
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            return -1
        t = _stem(word)
        got = self._term_ids.get(t)
        if got is None:
            if not grow:
                return -1
            got = self._term_ids[t] = len(self._term_ids)
        return got

    def _pairs(self, ws: list[str]) -> tuple[npt.NDArray[np.int64], int]:
        """The keys of the claim's adjacent word pairs that the archive knows, and how many pairs it has."""
        ids = [self._stem_ids.get(_stem(w), -1) for w in ws]
        pairs = set(zip(ids, ids[1:], strict=False))
        keys = [a * self._pair_base + b for a, b in pairs if a >= 0 and b >= 0]
        return np.array(sorted(keys), dtype=np.int64), len(pairs)

    def _pairs_held(self, docs: Ints, keys: npt.NDArray[np.int64]) -> Floats:
        """For each document, how many of `keys` its word pairs include."""
        indptr, pair_keys = self._pairs_by_doc
        starts, lens = indptr[docs], indptr[docs + 1] - indptr[docs]
        at = np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(int(lens.sum()))
        hits = np.isin(pair_keys[at], keys)
        return np.bincount(np.repeat(np.arange(len(docs)), lens), weights=hits, minlength=len(docs)).astype(np.float64)

    def _word_grams(self, word: str) -> list[str]:
        lo, hi = self.options.char_ngrams
        padded = f" {word} "
        return [padded[i : i + size] for size in range(lo, hi + 1) for i in range(len(padded) - size + 1)]

    def _query(self, ws: list[str]) -> tuple[Ints, Ints, Floats]:
        """The claim's term ids, and its character n-gram ids with their unit-length TF-IDF weights."""
        known = [i for i in map(self._word_ids.get, ws) if i is not None]
        unknown = [w for w in ws if w not in self._word_ids]
        wids = np.array(known, dtype=np.int64)
        terms = self._word_term[wids]
        terms = np.unique(np.concatenate([terms[terms >= 0], [self._term(w, grow=False) for w in unknown]]))
        terms = terms[terms >= 0].astype(np.int64)
        at, _ = self._grams_of_word.select(wids)
        grams = [self._grams_of_word.indices[at].astype(np.int64)]
        weights = [self._grams_of_word.data[at].astype(np.float64)]
        for w in unknown:
            found = [i for i in map(self._gram_ids.get, self._word_grams(w)) if i is not None]
            grams.append(np.array(found, dtype=np.int64))
            weights.append(np.ones(len(found), dtype=np.float64))
        ids, inverse = np.unique(np.concatenate(grams), return_inverse=True)
        vals = np.log1p(np.bincount(inverse, weights=np.concatenate(weights), minlength=len(ids)))
        vals *= self._gram_idf[ids]
        return terms, ids, vals / (float(np.sqrt((vals * vals).sum())) or 1.0)

    def search(self, claim: str, k: int = 5) -> list[Match]:
        """The `k` fact-checks closest to `claim`, best first.

        Args:
            claim: the claim as written (a sentence, a tweet: links, handles and hashtags are cleaned).
            k: how many to return at most.

        Returns:
            Up to `k` matches, best first, each with a score in [0, 1]; `MATCH_THRESHOLD` tells
            which are close enough to show. A claim with no word the archive knows gets none.
        """
        if not self._n or k <= 0:
            return []
        o = self.options
        ws = words(claim)
        terms, gram_ids, gram_weights = self._query(ws)
        if not len(terms) and not len(gram_ids):
            return []
        bm = self._bm25_by_term.sum_rows(terms, self._n)
        c = min(o.candidates, self._n)
        cands = np.argpartition(-bm, c - 1)[:c] if self._n > c else np.arange(self._n)
        dense = np.zeros(len(self._gram_ids))
        dense[gram_ids] = gram_weights
        char = self._grams_by_doc.dot_rows(cands, dense)
        # BM25 as the share of what the claim's terms could score (each once, in a document of average
        # length), so that a score means the same from one claim to the next
        best = float(self._idf[terms].sum()) or 1.0
        score = o.w_bm25 * np.minimum(bm[cands] / best, 1.0) + o.w_char * char
        total = o.w_bm25 + o.w_char
        order = np.argsort(-score, kind="stable")[: max(k, o.rerank_depth)]
        final = score[order]
        # re-ranking of the best few: shared phrases (pairs of adjacent words, stopwords included, so
        # 'office of the former president' counts), and optionally names and figures
        keys, n_pairs = self._pairs(ws) if o.w_phrases else (np.zeros(0, np.int64), 0)
        if n_pairs:
            final = final + o.w_phrases * self._pairs_held(cands[order], keys) / n_pairs
            total += o.w_phrases
        names = {w.lower() for w in _NAME.findall(clean(claim))} - STOPWORDS if o.w_names else set()
        figures = {w for w in ws if w[0].isdigit()} if o.w_figures else set()
        if names or figures:
            for j, i in enumerate(order):
                held = set(words("\n".join(self.reviews[int(cands[i])].fields())))
                if names:
                    final[j] += o.w_names * len(names & held) / len(names)
                if figures:
                    final[j] += o.w_figures * len(figures & held) / len(figures)
            total += (o.w_names if names else 0.0) + (o.w_figures if figures else 0.0)
        if n_pairs or names or figures:
            resort = np.argsort(-final, kind="stable")
            order, final = order[resort], final[resort]
        return [
            Match(self.reviews[int(cands[i])].id, round(float(f) / total, 4))
            for i, f in zip(order[:k], final[:k], strict=True)
        ]
