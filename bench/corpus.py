"""The checklist on whole news articles: the corpus's dev and test parts scored against their golds.

    python bench/corpus.py            # both parts, one aggregate line each
    python bench/corpus.py dev -v     # one part, with every article's findings

Each part is a folder of `*.gold.yaml` under bench/corpus/ (their flattened and whole-page variants are
golds in the same folders), scored by ../shared/eval/score_corpus.py with the installed `claimcheck
extract`. A benchmark: it reports, it asserts nothing. The test part is for reporting only: read its
aggregate, never its articles or findings, and never change the engine because of it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score_corpus.py"
PARTS = ("dev", "test")


def claimcheck() -> list[str]:
    binary = ROOT / ".venv" / "bin" / "claimcheck"
    return [str(binary)] if binary.exists() else [sys.executable, "-m", "bot.cli"]


def score(part: str, verbose: bool = False) -> str:
    """The scorer's aggregate line for one part (all its output with `verbose`, dev only)."""
    folder = ROOT / "bench" / "corpus" / part
    if not any(folder.glob("*.gold.yaml")):
        return f"{part}: no golds in {folder}"
    quiet = [] if verbose and part == "dev" else ["--quiet"]
    run = subprocess.run(
        [sys.executable, str(SCORER), *quiet, str(folder), "--", *claimcheck(), "extract", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    lines = run.stdout.strip().splitlines()
    if not lines:
        return f"{part}: the scorer printed nothing ({run.stderr.strip()[-200:]})"
    if verbose and part == "dev":
        return run.stdout.rstrip()
    return f"{part}: {lines[-1]}"


def main(argv: list[str]) -> int:
    if not SCORER.is_file():
        print(f"skipped: {SCORER} is absent (the shared evaluation folder is not beside this project)")
        return 0
    verbose = "-v" in argv
    parts = [a for a in argv[1:] if a in PARTS] or list(PARTS)
    for part in parts:
        print(score(part, verbose), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
