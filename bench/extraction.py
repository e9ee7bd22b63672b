"""Main-text extraction on the 181 pages of the Zyte article-extraction benchmark.

    python bench/extraction.py [--limit N]

Reads ../shared/eval/data/article-extraction (never copied into the project). Prints precision,
recall and F1 of word 4-gram shingles of the extracted body against the ground truth (the benchmark's
own measure, recomputed here), and pages per second.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "data" / "article-extraction"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


def prf(extracted: str, truth: str) -> tuple[float, float]:
    got, want = shingles(extracted), shingles(truth)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = common / sum(want.values()) if want else 1.0
    return precision, recall


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"{DATA} is absent: nothing to measure")
        return 0
    from bot.links.page import page_text
    from claims import ClaimCheckError

    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    items = sorted(truth.items())[: args.limit]
    precisions, recalls = [], []
    start = time.perf_counter()
    for item_id, expected in items:
        html = gzip.decompress((DATA / "html" / f"{item_id}.html.gz").read_bytes())
        try:
            text = page_text(html, expected.get("url")).body
        except ClaimCheckError:
            text = ""
        p, r = prf(text, expected["articleBody"])
        precisions.append(p)
        recalls.append(r)
    seconds = time.perf_counter() - start
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall)
    print(
        f"article-extraction: {len(items)} pages  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
        f"{len(items) / seconds:.1f} pages/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
