"""Sparse matrices for claim matching, in plain numpy.

scipy.sparse would do, but importing it costs about 0.3 s, more than `claimcheck match` spends on
building the whole index of 14,000 fact-checks; the few operations matching needs fit here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
# ids kept in 32 or 8 bits where they fit (the index's word and text numbers, its fields)
SmallInts = npt.NDArray[np.signedinteger[Any]]
Floats = npt.NDArray[np.float64]


def spans(starts: Ints, lens: Ints) -> Ints:
    """The positions start, start + 1, ... start + len - 1 of every (start, len), one after the other."""
    total = int(lens.sum())
    return np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(total)


def positions(indptr: Ints, rows: Ints) -> tuple[Ints, Ints]:
    """The positions in a compressed-rows matrix's `indices`/`data` of the given rows, and how many each has."""
    starts, lens = indptr[rows], indptr[rows + 1] - indptr[rows]
    return spans(starts, lens), lens


@dataclass(frozen=True)
class Rows:
    """A sparse matrix in compressed rows, read with plain numpy. Weights are float32 to halve the memory."""

    indptr: Ints
    indices: npt.NDArray[np.int32]
    data: npt.NDArray[np.float32]

    @classmethod
    def of(cls, rows: Ints, cols: Ints, data: npt.NDArray[np.floating], n_rows: int) -> Rows:
        """The matrix of entries (row, col, value) given sorted by row (within a row, in any order)."""
        indptr = np.zeros(n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
        return cls(indptr, cols.astype(np.int32), data.astype(np.float32))

    def sum_rows(self, rows: Ints, size: int, scale: Floats | None = None) -> Floats:
        """The sum of the given rows (each times its `scale`, if given), as a dense vector of `size` columns."""
        # a query has a few dozen terms: slicing each row beats building an index of every position
        bounds = [(int(self.indptr[r]), int(self.indptr[r + 1])) for r in rows]
        if not bounds:
            return np.zeros(size)
        cols = np.concatenate([self.indices[a:b] for a, b in bounds])
        weights = np.concatenate([self.data[a:b] for a, b in bounds])
        if scale is not None:
            weights = weights * np.repeat(scale, [b - a for a, b in bounds])
        return np.bincount(cols, weights=weights, minlength=size).astype(np.float64, copy=False)

    def dot_rows(self, rows: Ints, dense: Floats) -> Floats:
        """Each given row's dot product with the dense vector."""
        at, lens = positions(self.indptr, rows)
        products = self.data[at] * dense[self.indices[at]]
        sums = np.bincount(np.repeat(np.arange(len(rows)), lens), weights=products, minlength=len(rows))
        return sums.astype(np.float64, copy=False)
