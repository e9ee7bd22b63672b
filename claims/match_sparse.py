"""Sparse matrices for claim matching, in plain numpy.

scipy.sparse would do, but importing it costs about 0.3 s, more than `claimcheck match` spends on
building the whole index of 14,000 fact-checks; the few operations matching needs fit here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def summed(keys: Ints, weights: npt.NDArray[np.floating]) -> tuple[Ints, Floats]:
    """The distinct `keys`, sorted, and the sum of the `weights` of each."""
    if not len(keys):
        return keys, np.zeros(0)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    first = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
    return ordered[first], np.add.reduceat(weights[order].astype(np.float64, copy=False), first)


def positions(indptr: Ints, rows: Ints) -> tuple[Ints, Ints]:
    """The positions in a compressed-rows matrix's `indices`/`data` of the given rows, and how many each has."""
    starts, lens = indptr[rows], indptr[rows + 1] - indptr[rows]
    total = int(lens.sum())
    offsets = np.repeat(starts - np.cumsum(lens) + lens, lens)
    return offsets + np.arange(total), lens


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

    @classmethod
    def stacked(cls, parts: list[Rows]) -> Rows:
        """The rows of `parts`, one after the other."""
        if len(parts) == 1:
            return parts[0]
        ends = np.cumsum([0] + [int(p.indptr[-1]) for p in parts])
        indptr = np.concatenate([[0]] + [p.indptr[1:] + end for p, end in zip(parts, ends[:-1], strict=True)])
        return cls(
            indptr.astype(np.int64),
            np.concatenate([p.indices for p in parts] or [np.zeros(0, np.int32)]),
            np.concatenate([p.data for p in parts] or [np.zeros(0, np.float32)]),
        )

    def renumbered(self, new_ids: npt.NDArray[np.int32]) -> Rows:
        """The same matrix with column c renamed `new_ids[c]`."""
        if np.array_equal(new_ids, np.arange(len(new_ids))):
            return self  # the first part of an index keeps its ids
        return Rows(self.indptr, new_ids[self.indices], self.data)

    def row_of(self, start: int, stop: int) -> Ints:
        """The row of each entry from position `start` to `stop`."""
        return np.searchsorted(self.indptr, np.arange(start, stop), side="right") - 1

    def transposed(self, n_cols: int) -> Rows:
        """The same matrix by columns (each column's rows in increasing order)."""
        rows = np.repeat(np.arange(len(self.indptr) - 1, dtype=np.int64), np.diff(self.indptr))
        order = np.argsort(self.indices, kind="stable")
        return Rows.of(self.indices[order].astype(np.int64), rows[order], self.data[order], n_cols)

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
        at, lens = positions(self.indptr, rows)
        products = self.data[at] * dense[self.indices[at]]
        sums = np.bincount(np.repeat(np.arange(len(rows)), lens), weights=products, minlength=len(rows))
        return sums.astype(np.float64, copy=False)
