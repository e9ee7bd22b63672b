"""The workflow service on SQLite (a benchmark: it reports numbers, it asserts nothing).

    python bench/workflow.py [--articles 10000]
    python bench/workflow.py --desk [--database URL]   (the desk's mixed events; see desk_rates)

- reaction events per second through Workflow.react (each one stored, then the claim re-derived);
- milliseconds to build and render the report of a 50-claim checklist;
- claim memory: milliseconds to match a new article's claims against ARTICLES stored articles of
  30 claims each (the store is filled once, straight through SQL, to keep the run short).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import create_app  # noqa: E402
from bot.config import load_config  # noqa: E402
from bot.core import reports  # noqa: E402
from bot.core.posting import post_checklist  # noqa: E402
from bot.core.service import Place  # noqa: E402
from bot.store import terms_of, text_hash  # noqa: E402
from bot.store.schema import checklists, claim_terms, claims, term_counts  # noqa: E402
from tests.helpers import RecordingSender  # noqa: E402

PLACE = Place("slack", "T1", "C1")
WORDS = (
    "army rebels government ministry council election ceasefire province border hospital shelling troops "
    "minister parliament budget inflation vaccine outbreak refugees convoy airport harbour strike protest "
    "tariff exports unemployment drought floods earthquake court verdict sanctions pipeline reactor"
).split()


NAMES = [
    f"{a}{b}{c}"
    for a in (
        "Kar",
        "Vel",
        "Mor",
        "Tan",
        "Sol",
        "Bri",
        "Dun",
        "Ash",
        "Len",
        "Ori",
        "Pav",
        "Quin",
        "Ros",
        "Sev",
        "Tor",
        "Ulm",
        "Var",
        "Wen",
        "Yar",
        "Zel",
    )
    for b in ("a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "eo")
    for c in (
        "nov",
        "ski",
        "ton",
        "berg",
        "ley",
        "dal",
        "mir",
        "vik",
        "ra",
        "sen",
        "ard",
        "ez",
        "ic",
        "ova",
        "stad",
        "holm",
        "ford",
        "wick",
        "ana",
        "ino",
    )
]
_ZIPF = list(accumulate(1 / (rank + 1) for rank in range(len(NAMES))))


def name(rng: random.Random) -> str:
    return rng.choices(NAMES, cum_weights=_ZIPF)[0]


def sentence(rng: random.Random) -> str:
    """A claim with common words and, as real claims have, a few names."""
    picked = rng.sample(WORDS, 4) + [name(rng), name(rng)]
    return (
        f"The {picked[0]} said {rng.randint(2, 900)} {picked[1]} were killed near the {picked[2]} "
        f"after the {picked[3]} and the {picked[4]} clashed over the {picked[5]} on Tuesday."
    )


def fifty_claims() -> str:
    """An article with exactly 50 claims (distinct names keep the duplicate check from merging them)."""
    lines = [
        f"{NAMES[n]} said {n + 3} people were killed in {NAMES[-1 - n]} after {NAMES[n + 100]} shelled "
        f"the {WORDS[n % len(WORDS)]} on Tuesday."
        for n in range(50)
    ]
    return "Fifty Claims\n\n" + "\n\n".join(lines)


def fill(app, articles: int, per_article: int = 30) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    now = datetime.now(UTC)
    with app.store.database.write() as db:
        for a in range(articles):
            checklist_id = db.execute(
                checklists.insert()
                .values(
                    workspace="T1",
                    platform="slack",
                    channel="C1",
                    title=f"Article {a}",
                    url=None,
                    text_hash=text_hash(str(a)),
                    submitted_by="U1",
                    submitted_at=now,
                    posted_at=now,
                )
                .returning(checklists.c.id)
            ).scalar_one()
            rows = [
                {
                    "workspace": "T1",
                    "checklist_id": checklist_id,
                    "number": n + 1,
                    "text": sentence(rng),
                    "type": "casualties",
                    "score": 0.9,
                    "quantities": [],
                    "attribution": None,
                    "start": 0,
                    "end": 1,
                    "memory": None,
                }
                for n in range(per_article)
            ]
            ids = db.execute(claims.insert().returning(claims.c.id, claims.c.text), rows).all()
            terms = [{"workspace": "T1", "term": t, "claim_id": i} for i, text in ids for t in terms_of(text)]
            db.execute(claim_terms.insert(), terms)
        counts: dict[str, int] = {}
        for row in db.execute(claim_terms.select().with_only_columns(claim_terms.c.term)):
            counts[row[0]] = counts.get(row[0], 0) + 1
        db.execute(term_counts.delete())
        db.execute(term_counts.insert(), [{"workspace": "T1", "term": t, "claims": n} for t, n in counts.items()])


def reaction_rate(app, text: str, name: str, count: int = 1000) -> None:  # type: ignore[no-untyped-def]
    """1,000 reactions spread over one checklist's claims, three times; the median rate is printed."""
    rates = []
    for _ in range(3):  # three fresh checklists; the median damps the noise of a shared machine
        checklist = app.workflow.submit(text, "U1", PLACE)
        post_checklist(app.workflow, checklist, RecordingSender(), poster="bench")
        start = time.perf_counter()
        t0 = datetime(2026, 1, 1, tzinfo=UTC)
        for i in range(count):
            app.workflow.react(
                who=f"U{i % 7}",
                emoji=["white_check_mark", "x", "mag"][i % 3],
                place=PLACE,
                message_id=f"{checklist.id}.{1 + i % len(checklist.claims)}",
                added=i % 5 != 4,
                when=t0 + timedelta(seconds=i),
                event_key=f"bench-{checklist.id}-{i}",
            )
        rates.append(count / (time.perf_counter() - start))
    print(
        f"reactions, {name} ({len(checklist.claims)} claims, ~{count // len(checklist.claims)} events each): "
        f"{statistics.median(rates):.0f} events/s through Workflow.react on SQLite "
        f"(median of 3 rounds; rounds {', '.join(f'{r:.0f}' for r in rates)})"
    )


def desk_round(app, mixed: bool, count: int = 1000) -> float:  # type: ignore[no-untyped-def]
    """Events per second over a fresh 50-claim checklist: reactions only, or takes, notes and reactions
    mixed (one in four a 🙋 take or its release, one in four a note, every other note with a link)."""
    from bot.core.desk import Desk

    desk = Desk(app.workflow, run_later=lambda job: None)  # titles are read off the caller's path anyway
    checklist = app.workflow.submit(fifty_claims(), "U1", PLACE)
    post_checklist(app.workflow, checklist, RecordingSender(), poster="bench")
    claims = len(checklist.claims)
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    start = time.perf_counter()
    for i in range(count):
        message_id = f"{checklist.id}.{1 + i % claims}"
        when = t0 + timedelta(seconds=i)
        if mixed and i % 4 == 0:
            desk.take_by_reaction(PLACE, f"U{i % 7}", message_id, i % 8 == 0, when, f"take-{checklist.id}-{i}")
        elif mixed and i % 4 == 1:
            link = f" https://example.org/source/{i}" if i % 8 == 1 else ""
            desk.note(PLACE, f"U{i % 7}", 1 + i % claims, f"checked against the record{link}",
                      checklist_id=checklist.id, when=when, key=f"note-{checklist.id}-{i}")  # fmt: skip
        else:
            app.workflow.react(
                who=f"U{i % 7}",
                emoji=["white_check_mark", "x", "mag"][i % 3],
                place=PLACE,
                message_id=message_id,
                added=i % 5 != 4,
                when=when,
                event_key=f"bench-{checklist.id}-{i}",
            )
    return count / (time.perf_counter() - start)


def desk_rates(database: str | None) -> None:
    """The desk's events beside today's reactions, on SQLite and (given a URL) PostgreSQL: the median of 5
    rounds of each, alternated so that a busy machine slows both alike."""
    stores = [("SQLite", f"sqlite:///{tempfile.mkdtemp()}/desk.sqlite3")]
    if database:
        stores.append(("PostgreSQL", database))
    for name, url in stores:
        app = create_app(load_config(environ={}), database_url=url)
        rounds = [(desk_round(app, mixed=False), desk_round(app, mixed=True)) for _ in range(5)]  # alternated
        reactions = statistics.median(r for r, _ in rounds)
        mixed = statistics.median(m for _, m in rounds)
        print(
            f"{name}, 1,000 events over a 50-claim checklist: reactions only {reactions:.0f} events/s; "
            f"takes, notes and reactions mixed {mixed:.0f} events/s ({mixed / reactions - 1:+.0%})"
        )
        app.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--desk", action="store_true", help="the desk's mixed events (takes, notes, reactions)")
    parser.add_argument("--database", help="with --desk: a PostgreSQL URL to measure beside SQLite")
    args = parser.parse_args()
    if args.desk:
        desk_rates(args.database)
        return 0
    folder = tempfile.mkdtemp()
    config = load_config(environ={})
    app = create_app(config, database_url=f"sqlite:///{folder}/bench.sqlite3")
    article = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text(encoding="utf-8")
    for name, text in (("example article", article), ("50-claim article", fifty_claims())):
        reaction_rate(app, text, name)

    fifty = app.workflow.submit(fifty_claims(), "U1", PLACE)
    assert len(fifty.claims) == 50, len(fifty.claims)
    times = []
    for _ in range(30):
        begin = time.perf_counter()
        reports.as_text(reports.build_report(app.workflow.checklist("T1", fifty.id)))
        times.append((time.perf_counter() - begin) * 1000)
    print(
        f"report of a 50-claim checklist: {statistics.median(times):.1f} ms median (read from the store and rendered)"
    )

    fill(app, args.articles)
    rng = random.Random(99)
    matching = []
    for _ in range(5):
        new = [sentence(rng) for _ in range(30)]
        begin = time.perf_counter()
        app.workflow.remember("T1", [_claim(text) for text in new])
        matching.append((time.perf_counter() - begin) * 1000)
    print(
        f"claim memory: {statistics.median(matching):.0f} ms median to match a 30-claim article against "
        f"{args.articles} stored articles ({args.articles * 30} claims)"
    )
    app.close()
    return 0


def _claim(text: str):  # type: ignore[no-untyped-def]
    from claims import Claim

    return Claim(text=text, type="casualties", start=0, end=len(text), score=0.9)


if __name__ == "__main__":
    sys.exit(main())
