"""Speed and memory of claim matching at the size of a large store, and the choice of its threshold
(a benchmark: it reports, asserts nothing).

    python bench/match.py [ARCHIVE] [--size 100000]
    python bench/match.py stages
    python bench/match.py threshold

ARCHIVE is JSON Lines of ClaimReview (default: the CheckThat! Snopes archive in ../shared). Its texts
are recombined in memory into SIZE synthetic fact-checks (each one's claim, headline and description
spliced from two or three real ones, so the vocabulary and lengths stay realistic while no two
records are copies). Reported: seconds to build the index, milliseconds to match one checklist of
30 claims (median of 20 runs; the first run alone, which embeds the candidates it meets; and an
earlier checklist, the process's first, which also loads the sentence encoder), and the process's
peak memory (max RSS), before and after building.

`stages` times what `claimcheck match` spends on the archive in this process: importing the command,
reading the archive, indexing it (wall and CPU seconds, the CPU of both threads counted) and
matching the dev-test tweets; the machine's load is printed beside them, since other processes on
the same cores change every figure.

`threshold` reads the CheckThat! claim-matching sets in ../shared (tuning allowed) and prints, for a
range of thresholds, how many claims in a hundred get their best match shown, how many of those are
right and wrong, and how many claims with no fact-check in the archive (simulated by indexing the
archive without every review the sets ask for) would still show one.
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


def threshold() -> int:
    import json

    from bot.cli.match import read_archive
    from claims.match import MATCH_THRESHOLD, MatchIndex

    data = DEFAULT.parent
    sets = {
        name: [json.loads(line) for line in (data / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        for name in ("train", "dev", "devtest")
    }
    reviews = list(read_archive(str(DEFAULT)))
    asked = {doc for rows in sets.values() for row in rows for doc in row["relevant"]}
    full, without = MatchIndex.build(reviews), MatchIndex.build([r for r in reviews if r.id not in asked])
    for group in (("train", "dev"), ("devtest",)):
        rows = [row for name in group for row in sets[name]]
        best, right, other = [], [], []
        for row in rows:
            claim = " ".join(row["text"].split())
            found, none = full.search(claim, 1), without.search(claim, 1)
            best.append(found[0].score if found else 0.0)
            right.append(bool(found) and found[0].id in row["relevant"])
            other.append(none[0].score if none else 0.0)
        print(f"{' + '.join(group)} ({len(rows)} claims), per hundred claims:")
        for t in (0.25, 0.3, 0.35, 0.36, 0.37, 0.38, 0.39, 0.4, 0.45, 0.5):
            shown = [s >= t for s in best]
            ok = sum(s and r for s, r in zip(shown, right, strict=True))
            wrong = sum(s and not r for s, r in zip(shown, right, strict=True))
            false = sum(s >= t for s in other)
            mark = "  <- MATCH_THRESHOLD" if abs(t - MATCH_THRESHOLD) < 1e-9 else ""
            print(
                f"  {t:.2f}: shown {100 * sum(shown) / len(rows):5.1f}, right {100 * ok / len(rows):5.1f}, "
                f"wrong {100 * wrong / len(rows):4.1f}; with no fact-check in the archive, shown "
                f"{100 * false / len(rows):4.1f}{mark}"
            )
    return 0


def _cpu() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def stages() -> int:
    import gc
    import json
    import os

    start, cpu = time.perf_counter(), _cpu()
    from bot.cli.match import read_archive
    from claims.match import MatchIndex

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  import the command: {time.perf_counter() - start:.2f} s wall, {_cpu() - cpu:.2f} s CPU")
    gc.disable()  # as the command does while it reads and builds
    start, cpu = time.perf_counter(), _cpu()
    reviews = list(read_archive(str(DEFAULT)))
    print(f"  read {len(reviews):,} reviews: {time.perf_counter() - start:.2f} s wall, {_cpu() - cpu:.2f} s CPU")
    start, cpu = time.perf_counter(), _cpu()
    index = MatchIndex.build(reviews)
    print(f"  index them: {time.perf_counter() - start:.2f} s wall, {_cpu() - cpu:.2f} s CPU (every thread's)")
    gc.enable()
    rows = (DEFAULT.parent / "devtest.jsonl").read_text(encoding="utf-8").splitlines()
    claims = [" ".join(json.loads(row)["text"].split()) for row in rows]
    start, cpu = time.perf_counter(), _cpu()
    for claim in claims:
        index.search(claim)
    print(f"  match {len(claims)} claims: {time.perf_counter() - start:.2f} s wall, {_cpu() - cpu:.2f} s CPU")
    return 0


def main() -> int:
    if sys.argv[1:2] == ["threshold"]:
        return threshold()
    if sys.argv[1:2] == ["stages"]:
        return stages()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", default=str(DEFAULT))
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    from bot.cli.match import read_archive
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
    def checklist() -> list[str]:
        return [" ".join(w for j, w in enumerate(r.claim.split()) if j % 4 != 3) for r in rng.sample(real, 30)]

    claims, warm_up = checklist(), checklist()
    before = peak_mb()
    start = time.perf_counter()
    index = MatchIndex.build(synthetic)
    build = time.perf_counter() - start
    after = peak_mb()
    start = time.perf_counter()
    for claim in warm_up:  # loads the sentence encoder
        index.search(claim)
    loading = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    for claim in claims:  # the first time: its candidates are embedded as they are met
        index.search(claim)
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(20):
        start = time.perf_counter()
        for claim in claims:
            index.search(claim)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"{len(index):,} reviews: build {build:.1f} s; one checklist of 30 claims {statistics.median(times):.0f} ms "
        f"(median of 20, min {min(times):.0f}; the first time {first:.0f}; the first checklist of all, "
        f"loading the encoder, {loading:.0f}); peak memory {before:.0f} MB with the records in memory, "
        f"{after:.0f} MB after building"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
