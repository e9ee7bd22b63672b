"""A general-purpose sentence embedding for claim matching: WordLlama's `l2_supercat` (256 dimensions).

The model is a table of token embeddings (distilled from large language models' input embeddings by
its authors, on general text; nothing here is fitted to a benchmark) and a Llama tokenizer: a text's
vector is the mean of its tokens' rows. Both files ship inside the `wordllama` wheel, so nothing is
downloaded; they are read straight from the installed package without importing it (its import sets
up logging and pulls in the training code). Loading takes about 0.1 s of CPU and happens once per
process, when the first match index is built (importing this module loads nothing).

Pure: no network, database or chat code. Where `wordllama` or `tokenizers` is not installed,
`encoder()` is None and matching goes on without the dense score.
"""

from __future__ import annotations

import functools
import importlib.util
import threading
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from claims.match_text import WORD, ReviewText, clean

Vectors = npt.NDArray[np.float32]

_WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
_TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"


class StaticEncoder:
    """Texts to unit-length vectors: the mean of the tokens' embeddings, normalised.

    Example:
        >>> e = encoder()
        >>> e is None or e.embed(["the moon"]).shape == (1, e.dim)
        True
    """

    def __init__(self, table: npt.NDArray[np.floating[Any]], tokenizer: Any) -> None:
        # widened once from float16 as shipped (32 MB instead of 16): summing rows then needs no copy
        self._table = np.ascontiguousarray(table, dtype=np.float32)
        self._tokenizer = tokenizer
        self.dim = int(table.shape[1])

    @classmethod
    def from_package(cls, folder: Path) -> StaticEncoder:
        """The encoder whose files lie in `folder` (the installed `wordllama` package)."""
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        table = load_file(str(folder / _WEIGHTS))["embedding.weight"]
        return cls(table, Tokenizer.from_file(str(folder / _TOKENIZER)))

    def embed(self, texts: list[str]) -> Vectors:
        """One unit-length row per text (cleaned as matching cleans it); a text without a word (letters
        or digits: punctuation alone says nothing) is all zeros."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        cleaned = [clean(t) for t in texts]
        cleaned = [t if WORD.search(t) else "" for t in cleaned]
        encoded = self._tokenizer.encode_batch(cleaned, add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encoded), dtype=np.int64, count=len(encoded))
        ids = np.fromiter((i for e in encoded for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
        np.clip(ids, 0, len(self._table) - 1, out=ids)
        sums = np.zeros((len(texts), self.dim), np.float32)
        filled = lengths > 0
        if ids.size:
            starts = (np.cumsum(lengths) - lengths)[filled]
            sums[filled] = np.add.reduceat(self._table[ids], starts, axis=0)
        # the mean's length does not matter for a cosine: the sum is normalised directly
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        unit: Vectors = sums / np.maximum(norms, 1e-12)
        return unit


@functools.cache
def encoder() -> StaticEncoder | None:
    """The process's one encoder, loaded on first use; None when its package is not installed."""
    spec = importlib.util.find_spec("wordllama")  # finds the folder without running the package
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in map(Path, folders):
        if (folder / _WEIGHTS).is_file() and (folder / _TOKENIZER).is_file():
            try:
                return StaticEncoder.from_package(folder)
            except ImportError:  # tokenizers or safetensors missing: matching stays lexical
                return None
    return None


class ReviewVectors:
    """The reviews' vectors (claim, headline and description as one text), embedded when a search
    first needs them and kept: a search re-ranks a few dozen candidates, so most of a large archive
    is never embedded (the whole Snopes archive would take about 1 s of CPU; one claim's new
    candidates take about 1 ms). Kept by review rather than in one array as large as the archive,
    whose first writes here and there would fault in much of its memory.

    Safe to share between threads: embedding is done under a lock, and a vector is stored whole.
    """

    def __init__(self, reviews: list[ReviewText], model: StaticEncoder) -> None:
        self._reviews = reviews
        self.model = model
        self._kept: dict[int, Vectors] = {}
        self._lock = threading.Lock()

    def embedded(self) -> int:
        """How many reviews have been embedded so far."""
        return len(self._kept)

    def of(self, docs: npt.NDArray[np.int64]) -> Vectors:
        """The vectors of reviews `docs` (positions in the archive), embedding those not yet embedded."""
        wanted = docs.tolist()
        if any(d not in self._kept for d in wanted):
            with self._lock:
                missing = sorted({d for d in wanted if d not in self._kept})
                texts = [" ".join(self._reviews[d].fields()) for d in missing]
                self._kept.update(zip(missing, self.model.embed(texts), strict=True))
        if not wanted:
            return np.zeros((0, self.model.dim), np.float32)
        return np.stack([self._kept[d] for d in wanted])
