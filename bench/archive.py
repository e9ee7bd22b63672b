"""The archive of published fact-checks at the size of a large newsroom's (a benchmark: it reports,
asserts nothing).

    python bench/archive.py [--size 100000] [--database URL]

1. Synthesises SIZE ClaimReview records into a temporary schema.org DataFeed file (JSON, streamed
   by the importer) and a JSON Lines .gz file, and runs `claimcheck archive import` on each in its
   own process: seconds, records per second and that process's peak memory (max RSS). The DataFeed
   is imported into a fresh store; the JSON Lines file (the same records) again on top of it, which
   is the cost of a re-import where nothing changed.
2. Matches one checklist of 30 claims against the stored reviews the way the bot does
   (`PublishedChecks.notes`: the matcher's index over the store, the threshold, the reviews read
   back, figures compared): the index build once, then the median of 20 checklists.

The records' texts come from the CheckThat! Snopes archive in ../shared when it is there (each one's
claim and headline spliced from two real ones, so vocabulary and lengths stay realistic and no two
records are copies), else from a word list made here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SNOPES = ROOT.parent / "shared" / "eval" / "data" / "claim-matching" / "archive.jsonl.gz"
PUBLISHERS = ["Snopes", "PolitiFact", "AFP Fact Check", "Full Fact", "FactCheck.org", "Reuters", "Maldita", "Correctiv"]
RATINGS = ["False", "Mostly false", "Misleading", "True", "Half true", "Missing context"]


def texts(rng: random.Random) -> list[tuple[str, str]]:
    """(claim, headline) pairs to splice: real fact-checks' when available, else made-up sentences."""
    if SNOPES.is_file():
        with gzip.open(SNOPES, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        return [(r["claimReviewed"], r.get("headline") or r.get("name") or "") for r in rows if r.get("claimReviewed")]
    words = ["".join(rng.choice("abcdefghijklmnoprstuvwy") for _ in range(rng.randint(3, 9))) for _ in range(30000)]
    weights = [1 / (i + 10) for i in range(len(words))]
    return [
        (" ".join(rng.choices(words, weights, k=rng.randint(8, 25))), " ".join(rng.choices(words, weights, k=8)))
        for _ in range(5000)
    ]


def splice(a: str, b: str) -> str:
    wa, wb = a.split(), b.split()
    return " ".join(wa[: len(wa) // 2] + wb[len(wb) // 2 :])


def records(size: int, rng: random.Random, pool: list[tuple[str, str]]) -> list[dict[str, object]]:
    out = []
    for i in range(size):
        (ca, ha), (cb, hb) = rng.choice(pool), rng.choice(pool)
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"https://factcheck.example/{i}",
                "claimReviewed": splice(ca, cb),
                "headline": splice(ha, hb),
                "datePublished": f"{rng.randint(2014, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "author": {"@type": "Organization", "name": rng.choice(PUBLISHERS)},
                "reviewRating": {"@type": "Rating", "alternateName": rng.choice(RATINGS)},
                "inLanguage": "en",
            }
        )
    return out


def timed_import(path: Path, database: str) -> tuple[float, float, str]:
    """(seconds, peak MB of the importing process, its summary line)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT, "archive", "import", "--database", database, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stderr)
    return seconds, float(done.stderr.strip().splitlines()[-1]), done.stdout.strip()


# `claimcheck archive import`, then its own peak memory (MB) on the last line of standard error
_IMPORT = (
    "import resource, sys; from bot.cli.main import main; code = main(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr); sys.exit(code)"
)


def write_files(size: int, folder: Path) -> None:
    """The DataFeed and JSON Lines files (run in a process of its own, so that the importing processes
    this one starts do not inherit its memory in their peak)."""
    rng = random.Random(16)
    synthetic = records(size, rng, texts(rng))
    with (folder / "feed.json").open("w", encoding="utf-8") as handle:
        json.dump(
            {
                "@context": "https://schema.org",
                "@type": "DataFeed",
                "dataFeedElement": [{"@type": "DataFeedItem", "item": [r]} for r in synthetic],
            },
            handle,
        )
    with gzip.open(folder / "reviews.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in synthetic)


def main() -> int:
    if sys.argv[1:2] == ["--write-files"]:
        write_files(int(sys.argv[2]), Path(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--database", help="a database URL (default: a SQLite file in a temporary folder)")
    args = parser.parse_args()
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        database = args.database or f"sqlite:///{base / 'archive.sqlite3'}"
        subprocess.run([sys.executable, __file__, "--write-files", str(args.size), folder], check=True)
        feed_path, lines_path = base / "feed.json", base / "reviews.jsonl.gz"
        size_mb = feed_path.stat().st_size / 1e6
        for label, path in (("DataFeed JSON, fresh store", feed_path), ("JSON Lines .gz, re-import", lines_path)):
            seconds, peak, line = timed_import(path, database)
            print(
                f"import {label} ({path.stat().st_size / 1e6:.0f} MB): {seconds:.1f} s, "
                f"{args.size / seconds:,.0f} records/s, peak memory of the importing process {peak:.0f} MB"
            )
            print(f"  {line.split(': ', 1)[1]}")
        print(f"(the DataFeed file is {size_mb:.0f} MB; the importer streams it)")

        from bot.core.published import PublishedChecks
        from bot.store import Store
        from claims import extract_claims

        store = Store.open(database)
        checks = PublishedChecks(store)
        start = time.perf_counter()
        checks.refresh()
        build = time.perf_counter() - start
        # a checklist: 30 claims as an article states them (stored claims, reworded by dropping words)
        chosen = [r.claim for _, r in store.archive.reviews() if rng.random() < 0.001][:30]
        article = "\n\n".join(" ".join(w for j, w in enumerate(c.split()) if j % 4 != 3) + "." for c in chosen)
        claims = extract_claims(article)[:30]
        while len(claims) < 30:
            claims += claims[: 30 - len(claims)]
        checks.notes(claims)
        times, cpu = [], []
        for _ in range(20):
            start, start_cpu = time.perf_counter(), time.process_time()
            shown = checks.notes(claims)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        store.close()
        print(
            f"{len(checks.current() or []):,} stored reviews: index built in {build:.1f} s; one checklist of "
            f"{len(claims)} claims {statistics.median(times):.0f} ms (median of 20, min {min(times):.0f}; CPU time "
            f"{statistics.median(cpu):.0f} ms, which a loaded host does not inflate), "
            f"{sum(1 for s in shown if s)} shown; peak memory of this process "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
