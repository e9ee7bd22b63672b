"""Speed and memory of claim matching at the size of a large store (a benchmark: it reports, asserts nothing).

    python bench/match.py [ARCHIVE] [--size 100000]

ARCHIVE is JSON Lines of ClaimReview (default: the CheckThat! Snopes archive in ../shared). Its texts
are recombined in memory into SIZE synthetic fact-checks (each one's claim, headline and description
spliced from two or three real ones, so the vocabulary and lengths stay realistic while no two
records are copies). Reported: seconds to build the index, milliseconds to match one checklist of
30 claims (median of 20 runs, after one warm-up), and the process's peak memory (max RSS), before
and after building.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "eval" / "data" / "claim-matching" / "archive.jsonl.gz"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def splice(a: str, b: str) -> str:
    """The first half of `a`'s words followed by the second half of `b`'s."""
    wa, wb = a.split(), b.split()
    return " ".join(wa[: len(wa) // 2] + wb[len(wb) // 2 :])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", default=str(DEFAULT))
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    from bot.cli_match import read_archive
    from claims.match import MatchIndex, ReviewText

    real = list(read_archive(args.archive))
    rng = random.Random(16)
    synthetic = []
    for i in range(args.size):
        a, b, c = rng.choice(real), rng.choice(real), rng.choice(real)
        synthetic.append(
            ReviewText(f"synthetic-{i}", splice(a.claim, b.claim), splice(b.headline, c.headline), c.description)
        )
    # a checklist: 30 claims as an article would state them (real claims, reworded by dropping words)
    claims = [" ".join(w for j, w in enumerate(r.claim.split()) if j % 4 != 3) for r in rng.sample(real, 30)]
    before = peak_mb()
    start = time.perf_counter()
    index = MatchIndex.build(synthetic)
    build = time.perf_counter() - start
    after = peak_mb()
    for claim in claims:
        index.search(claim)
    times = []
    for _ in range(20):
        start = time.perf_counter()
        for claim in claims:
            index.search(claim)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"{len(index):,} reviews: build {build:.1f} s; one checklist of 30 claims {statistics.median(times):.0f} ms "
        f"(median of 20, min {min(times):.0f}); peak memory {before:.0f} MB with the records in memory, "
        f"{after:.0f} MB after building"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
