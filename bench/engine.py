"""Speed and memory of the claim engine (a benchmark: it reports numbers, it asserts nothing).

    python bench/engine.py

- extract: median milliseconds for the example article, in-process, after warm-up, and the
  ratio of that time to the sentence splitter's alone on the same text;
- peak memory (max RSS) of a `claimcheck extract` process on the example article;
- classify: sentences per second of `claimcheck classify` as a whole process (start-up included)
  over the ct24-train sentences, read from ../shared (skipped when absent).
"""

from __future__ import annotations

import csv
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def example() -> Path:
    seed = SHARED / "seed" / "aleppo.txt"
    return seed if seed.is_file() else ROOT / "examples" / "article.txt"


def median_ms(call, repeat: int = 200) -> float:  # type: ignore[no-untyped-def]
    for _ in range(20):
        call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    from claims import EngineConfig, extract_claims
    from claims.segment import sentence_spans

    path = example()
    text = path.read_text(encoding="utf-8")
    config = EngineConfig.default()
    extract = median_ms(lambda: extract_claims(text, config))
    split = median_ms(lambda: sentence_spans(text, 0, len(text), config))
    print(f"extract {path.name}: {extract:.2f} ms median; splitter alone {split:.2f} ms; ratio {extract / split:.1f}x")

    binary = ROOT / ".venv" / "bin" / "claimcheck"
    command = [str(binary)] if binary.exists() else [sys.executable, "-m", "bot.cli"]
    subprocess.run([*command, "extract", "--format", "json", str(path)], check=True, capture_output=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"claimcheck extract peak memory: {peak:.0f} MB (max RSS)")

    data = SHARED / "eval" / "data" / "checkthat2024_task1_en" / "CT24_checkworthy_english_train.tsv"
    if data.is_file():
        with data.open(encoding="utf-8", newline="") as handle:
            rows = [
                " ".join(r["Text"].split()) or "."
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            ]
        start = time.perf_counter()
        run = subprocess.run([*command, "classify"], input="\n".join(rows) + "\n", capture_output=True, text=True)
        seconds = time.perf_counter() - start
        answers = len(run.stdout.splitlines())
        print(
            f"classify ct24-train: {answers} sentences in {seconds:.2f} s = {answers / seconds:.0f} sentences/s "
            "(whole process)"
        )
    else:
        print("classify: ../shared is absent, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
