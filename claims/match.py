"""Finding the published fact-checks that already cover a claim.

Pure: no network, database or chat code. Build a `MatchIndex` once over the fact-checks (schema.org
ClaimReview records read into `ReviewText`), then call `search` for every claim.

How it ranks: BM25 over words (claimReviewed, headline and description weighted as fields, light
stemming, stopwords dropped) picks 50 candidates; each is scored by BM25 as a share of what the
claim's own terms could score, plus the cosine of character 4-gram TF-IDF vectors (which forgives
inflection, spelling and hashtags run together); the best 20 are re-ranked by the cosine of a
general-purpose sentence embedding (`claims.match_dense`: WordLlama's token table, shipped in its
wheel; the claim without its signature against the review's three fields) and by the share of the
claim's adjacent word pairs the review holds ('office of the former president'). A pasted tweet's signature
("— Jane Doe (@JaneDoe) March 4, 2020") counts in full in the n-grams and pairs, but its words weigh
less in BM25 (`w_signature`): who posted and when is evidence, not the claim. Names and figures can be
added to the re-ranking (`MatchOptions.w_names`, `w_figures`); they are off because they lowered MAP
on the tuning sets. Every statistic (IDF, lengths) comes from the records indexed; nothing is learned
from a benchmark, and no record's date or position is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from claims.match_build import Built, build, dropped
from claims.match_dense import ReviewVectors, encoder
from claims.match_sparse import Floats, Ints, Rows, positions
from claims.match_text import NAME, STOPWORDS, ReviewText, clean, signed, stem, words

__all__ = [
    "MATCH_THRESHOLD",
    "STOPWORDS",
    "Match",
    "MatchIndex",
    "MatchOptions",
    "ReviewText",
    "clean",
    "words",
]

# A match scoring at least this is close enough to show an editor. Chosen on the CheckThat! 2022 train
# and dev tweets (`python bench/match.py threshold`): at 0.38 the best match is shown for 44.5 claims in
# a hundred, 0.5 of them wrong; of a hundred claims whose fact-check was taken out of the archive, 2.4
# still showed something. The sentence embeddings' cosine (high even between unrelated texts) raised
# every score: before it, 0.36 gave 45.2, 0.7 and 2.6 (and 0.35, before a tweet's signature weighed
# less, 46, 0.9 and 2.7).
MATCH_THRESHOLD = 0.38


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
        w_signature: how much a word of a tweet's signature (its author's name and the date, as an
            embedded tweet ends) weighs in BM25 against a word of the text (1).
        w_dense: the share of the cosine between the claim's and the review's sentence embeddings
            (`claims.match_dense`), added for the `rerank_depth` best candidates; 0 turns it off, and
            it is left out where the encoder's package is not installed.
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
    w_signature: float = 0.75
    w_dense: float = 0.12


# --- the index ----------------------------------------------------------------------------------


class MatchIndex:
    """Published fact-checks, indexed for `search`. Build once with `MatchIndex.build`, search many times.

    Searching does not change the index, so threads may share one.

    Example:
        >>> index = MatchIndex.build([ReviewText("r1", "The moon is made of cheese.")])
        >>> index.search("Is the moon really made of cheese?")[0].id
        'r1'
    """

    def __init__(self, built: Built, options: MatchOptions) -> None:
        self.reviews = built.reviews
        self.options = options
        self._n = len(self.reviews)
        self._word_ids = built.words
        self._term_ids = built.term_ids
        self._stem_ids = built.stem_ids
        self._coder, self._gram_keys = built.coder, built.gram_keys
        self._word_term = built.word_term
        self._grams_of_word = built.word_grams
        self._pair_base = 1 << max(1, (len(self._stem_ids) - 1).bit_length())
        self._pairs_by_doc = self._phrase_index(built.pairs)
        self._bm25_by_term = self._bm25(built.terms)
        self._grams_by_doc, self._gram_idf = built.gram_vectors, built.gram_idf
        # the sentence encoder is loaded with the index (once per process, about 0.1 s), so that the first
        # search is as quick as the next; the reviews are embedded only as searches meet them
        model = encoder() if options.w_dense else None
        self._dense = ReviewVectors(self.reviews, model) if model is not None else None

    def _phrase_index(self, pairs: tuple[Ints, Ints, Ints]) -> tuple[Ints, Ints]:
        """Each document's adjacent word pairs (stemmed, stopwords kept) as integer keys (first stem id
        * base + second), for the phrase re-ranking: (document offsets, keys)."""
        indptr, first, second = pairs
        return indptr, first * self._pair_base + second

    def _bm25(self, terms: tuple[Ints, Ints, Floats]) -> Rows:
        """The document side of each BM25 weight (saturated tf times idf), by term; sets `_idf`."""
        o, n, nt = self.options, self._n, max(len(self._term_ids), 1)
        ids, docs, tf = terms
        df = np.bincount(ids, minlength=nt)
        self._idf: Floats = np.log(1 + (n - df + 0.5) / (df + 0.5))
        lengths = np.bincount(docs, weights=tf, minlength=n)
        norm = o.bm25_k1 * (1 - o.bm25_b + o.bm25_b * lengths / max(float(lengths.mean()) if n else 1.0, 1e-9))
        weight = self._idf[ids] * tf * (o.bm25_k1 + 1) / (tf + norm[docs])
        return Rows.of(ids, docs, weight, nt)

    @classmethod
    def build(cls, records: Iterable[ReviewText], options: MatchOptions | None = None) -> MatchIndex:
        """An index over `records` (any iterable of `ReviewText`).

        Args:
            records: the fact-checks; their `id`s are what `search` returns.
            options: the matcher's settings; the defaults are the measured best.
        """
        o = options or MatchOptions()
        return cls(build(records, o.field_weights, o.char_ngrams), o)

    def __len__(self) -> int:
        return self._n

    def _dense_scores(self, text: str, docs: Ints) -> Floats | None:
        """The cosine (at least 0) between the claim's text (its signature left out: who posted and when
        say nothing of its meaning) and each review of `docs`; None when there is no dense score."""
        vectors = self._dense
        if vectors is None:
            return None
        query = vectors.model.embed([text])[0]
        if not query.any():  # no token: the claim is only a link or a signature
            return None
        cosines: Floats = np.maximum(vectors.of(docs) @ query, 0.0).astype(np.float64)
        return cosines

    def _term(self, word: str) -> int:
        """The id of a claim's word as a search term; -1 for a stopword or a term no review has."""
        return -1 if dropped(word) else self._term_ids.get(stem(word), -1)

    def _pairs(self, ws: list[str]) -> tuple[npt.NDArray[np.int64], int]:
        """The keys of the claim's adjacent word pairs that the archive knows, and how many pairs it has."""
        ids = [self._stem_ids.get(stem(w), -1) for w in ws]
        pairs = set(zip(ids, ids[1:], strict=False))
        keys = [a * self._pair_base + b for a, b in pairs if a >= 0 and b >= 0]
        return np.array(sorted(keys), dtype=np.int64), len(pairs)

    def _pairs_held(self, docs: Ints, keys: npt.NDArray[np.int64]) -> Floats:
        """For each document, how many of `keys` its word pairs include."""
        if not len(keys):
            return np.zeros(len(docs))
        indptr, pair_keys = self._pairs_by_doc
        at, lens = positions(indptr, docs)
        held = pair_keys[at]
        hits = keys[np.minimum(np.searchsorted(keys, held), len(keys) - 1)] == held  # keys are sorted
        return np.bincount(np.repeat(np.arange(len(docs)), lens), weights=hits, minlength=len(docs)).astype(np.float64)

    def _word_grams(self, word: str) -> Ints:
        """The ids of the character n-grams of a word the archive does not hold that the archive knows."""
        keys = np.array(self._coder.word_keys(f" {word} "), dtype=np.int64)
        at = np.minimum(np.searchsorted(self._gram_keys, keys), max(len(self._gram_keys) - 1, 0))
        return at[self._gram_keys[at] == keys] if len(self._gram_keys) else np.zeros(0, np.int64)

    def _query(self, ws: list[str], light: int) -> tuple[Ints, Floats, Ints, Floats]:
        """The claim's term ids and their weights (`w_signature` for a term only in the words from
        position `light` on, a tweet's signature; 1 for the others), and its character n-gram ids with
        their unit-length TF-IDF weights."""
        known = [(j, i) for j, i in enumerate(map(self._word_ids.get, ws)) if i is not None]
        unknown = [(j, w) for j, w in enumerate(ws) if w not in self._word_ids]
        wids = np.array([i for _, i in known], dtype=np.int64)
        found = np.concatenate([self._word_term[wids], np.array([self._term(w) for _, w in unknown], np.int64)])
        in_text = np.array([j < light for j, _ in known] + [j < light for j, _ in unknown], dtype=bool)
        terms = np.unique(found[found >= 0])
        weights = np.where(np.isin(terms, found[in_text]), 1.0, self.options.w_signature)
        at, _ = positions(self._grams_of_word.indptr, wids)
        grams = [self._grams_of_word.indices[at].astype(np.int64)]
        grams += [self._word_grams(w) for _, w in unknown]
        ids, counts = np.unique(np.concatenate(grams), return_counts=True)
        vals = np.log1p(counts) * self._gram_idf[ids]
        return terms.astype(np.int64), weights, ids, vals / (float(np.sqrt((vals * vals).sum())) or 1.0)

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
        text, signature = signed(claim)
        ws = words(text)
        light = len(ws)
        ws += words(signature)
        terms, term_weights, gram_ids, gram_weights = self._query(ws, light)
        if not len(terms) and not len(gram_ids):
            return []
        bm = self._bm25_by_term.sum_rows(terms, self._n, term_weights)
        c = min(o.candidates, self._n)
        cands = np.argpartition(-bm, c - 1)[:c] if self._n > c else np.arange(self._n)
        query_grams = np.zeros(len(self._gram_keys))
        query_grams[gram_ids] = gram_weights
        char = self._grams_by_doc.dot_rows(cands, query_grams)
        # BM25 as the share of what the claim's terms could score (each once and in full, in a document of
        # average length), so that a score means the same from one claim to the next
        best = float(self._idf[terms].sum()) or 1.0
        score = o.w_bm25 * np.minimum(bm[cands] / best, 1.0) + o.w_char * char
        total = o.w_bm25 + o.w_char
        order = np.argsort(-score, kind="stable")[: max(k, o.rerank_depth)]
        final = score[order]
        # re-ranking of the best few: what the claim means (sentence embeddings), shared phrases (pairs of
        # adjacent words, stopwords included, so 'office of the former president' counts), and optionally
        # names and figures
        dense = self._dense_scores(text, cands[order])
        if dense is not None:
            final = final + o.w_dense * dense
            total += o.w_dense
        keys, n_pairs = self._pairs(ws) if o.w_phrases else (np.zeros(0, np.int64), 0)
        if n_pairs:
            final = final + o.w_phrases * self._pairs_held(cands[order], keys) / n_pairs
            total += o.w_phrases
        names = {w.lower() for w in NAME.findall(clean(claim))} - STOPWORDS if o.w_names else set()
        figures = {w for w in ws if w[0].isdigit()} if o.w_figures else set()
        if names or figures:
            for j, i in enumerate(order):
                held = set(words("\n".join(self.reviews[int(cands[i])].fields())))
                if names:
                    final[j] += o.w_names * len(names & held) / len(names)
                if figures:
                    final[j] += o.w_figures * len(figures & held) / len(figures)
            total += (o.w_names if names else 0.0) + (o.w_figures if figures else 0.0)
        if dense is not None or n_pairs or names or figures:
            resort = np.argsort(-final, kind="stable")
            order, final = order[resort], final[resort]
        return [
            Match(self.reviews[int(cands[i])].id, round(float(f) / total, 4))
            for i, f in zip(order[:k], final[:k], strict=True)
        ]
