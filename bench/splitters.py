"""Compare sentence splitters on speed and on the abbreviations news copy is full of.

    python bench/splitters.py [ARTICLE]

Prints, per candidate: how many of the hand-written abbreviation cases it splits right, and its
median time over ARTICLE (default ../shared/seed/aleppo.txt, else a bundled example).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Each case: a text and the sentences a copy editor would cut it into.
CASES: list[tuple[str, list[str]]] = [
    (
        "The U.S. Senate voted 52 to 48 on Tuesday. The bill now goes to the House.",
        ["The U.S. Senate voted 52 to 48 on Tuesday.", "The bill now goes to the House."],
    ),
    (
        "Dr. Amal Haddad said 40 patients were treated. She called it a disaster.",
        ["Dr. Amal Haddad said 40 patients were treated.", "She called it a disaster."],
    ),
    (
        "The Prime Minister spoke outside No. 10 on Friday. Reporters waited for hours.",
        ["The Prime Minister spoke outside No. 10 on Friday.", "Reporters waited for hours."],
    ),
    (
        "Mr. Lee and Mrs. Park met at 3 p.m. in Seoul. They signed the deal.",
        ["Mr. Lee and Mrs. Park met at 3 p.m. in Seoul.", "They signed the deal."],
    ),
    (
        "Unemployment fell to 3.9 percent in Jan. 2019, the lowest since 2000. Wages rose.",
        ["Unemployment fell to 3.9 percent in Jan. 2019, the lowest since 2000.", "Wages rose."],
    ),
    ('"We will not back down," the mayor said. "Not now."', ['"We will not back down," the mayor said.', '"Not now."']),
    (
        "The company, Acme Inc., lost $2.8 billion. Its shares fell 12%.",
        ["The company, Acme Inc., lost $2.8 billion.", "Its shares fell 12%."],
    ),
    (
        "Gen. Mark Ruiz said the U.N. mission would end. Troops leave in May.",
        ["Gen. Mark Ruiz said the U.N. mission would end.", "Troops leave in May."],
    ),
]


def candidates() -> dict[str, Callable[[str], list[str]]]:
    found: dict[str, Callable[[str], list[str]]] = {}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = lambda t: [s.strip() for s in seg.segment(t)]
    except ImportError:
        pass
    try:
        from syntok import segmenter

        def syntok_split(text: str) -> list[str]:
            out = []
            for para in segmenter.analyze(text):
                for sent in para:
                    out.append("".join(tok.spacing + tok.value for tok in sent).strip())
            return out

        found["syntok"] = syntok_split
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = lambda t: blingfire.text_to_sentences(t).split("\n")
    except ImportError:
        pass
    try:
        import punkt

        plain = punkt.tokenizer_for("english")
        found["punkt"] = lambda t: list(plain.tokenize(t))
        # the same model with the package's curated non-breaking prefixes ("No. 10", "e.g.")
        prefixed = punkt.tokenizer_for("english", line_breaks="paragraph", prefixes=True)
        found["punkt+pfx"] = lambda t: list(prefixed.tokenize(t))
    except Exception:  # an optional candidate that fails to load is simply left out
        pass
    return found


def main() -> int:
    source = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "../shared/seed/aleppo.txt"
    )
    if not source.exists():
        source = Path(__file__).resolve().parents[1] / "examples/article.txt"
    text = source.read_text(encoding="utf-8")
    print(f"{'splitter':10} {'cases right':>11} {'median ms':>10}  ({source.name}, {len(text)} chars)")
    for name, split in candidates().items():
        right = sum(split(t) == want for t, want in CASES)
        times = []
        for _ in range(30):
            start = time.perf_counter()
            split(text)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{name:10} {right:>5}/{len(CASES):<5} {statistics.median(times):>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
