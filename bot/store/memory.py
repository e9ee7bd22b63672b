"""Claim memory: every stored claim indexed by its words, so a claim seen before can be found again."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import Connection, exists, func, select

from bot.store.database import Database
from bot.store.rows import Candidate
from bot.store.schema import checklists, claim_terms, claims, posting_refusals, term_counts

_TERM = re.compile(r"[a-z][a-z'-]{3,}")
_STOP_TERMS = frozenset(
    "that this with from have been were they their there which would about after said says also than "
    "into over more most some such only other what when where while will could should because according "
    "since before being these those then them very just".split()
)


def terms_of(text: str) -> list[str]:
    """The words claim memory indexes a claim by (no numbers: a changed figure must still match)."""
    return sorted({t for t in _TERM.findall(text.lower()) if t not in _STOP_TERMS and len(t) <= 64})


class ClaimMemory:
    def __init__(self, database: Database) -> None:
        self._db = database

    def index(self, db: Connection, workspace: str, claim_id: int, claim_text: str) -> None:
        """Index a new claim's words inside the transaction that stores it."""
        words = terms_of(claim_text)
        if not words:
            return
        db.execute(claim_terms.insert(), [{"workspace": workspace, "term": t, "claim_id": claim_id} for t in words])
        db.execute(
            self._db.insert(term_counts).on_conflict_do_update(
                index_elements=["workspace", "term"], set_={"claims": term_counts.c.claims + 1}
            ),
            [{"workspace": workspace, "term": t, "claims": 1} for t in words],
        )

    def memory_candidates(
        self,
        workspace: str,
        claim_texts: Sequence[str],
        rare_terms: int = 4,
        limit: int = 25,
        max_postings: int = 2000,
    ) -> list[list[Candidate]]:
        """For each text, the earlier claims that share at least two of its rarest words, in one transaction.

        Each candidate is (claim id, checklist id, text, title, quantities).
        """
        words_of = [terms_of(text) for text in claim_texts]
        every_word = sorted({w for words in words_of for w in words})
        found: list[list[Candidate]] = [[] for _ in claim_texts]
        if not every_word:
            return found
        with self._db.read() as db:
            counts = dict(
                db.execute(
                    select(term_counts.c.term, term_counts.c.claims).where(
                        term_counts.c.workspace == workspace, term_counts.c.term.in_(every_word)
                    )
                ).all()
            )
            for index, words in enumerate(words_of):
                # a word that thousands of claims share ("government") singles nothing out: skip it
                known = sorted((counts[w], w) for w in words if w in counts and counts[w] <= max_postings)
                chosen = [w for _, w in known[:rare_terms]]
                if len(chosen) >= 2:
                    found[index] = self._sharing(db, workspace, chosen, limit)
        return found

    def _sharing(self, db: Connection, workspace: str, chosen: list[str], limit: int) -> list[Candidate]:
        hits = func.count().label("hits")
        shared = (
            select(claim_terms.c.claim_id, hits)
            .where(claim_terms.c.workspace == workspace, claim_terms.c.term.in_(chosen))
            .group_by(claim_terms.c.claim_id)
            .having(func.count() >= 2)
            .order_by(hits.desc())
            .limit(limit)
            .subquery()
        )
        query = (
            select(claims.c.id, claims.c.checklist_id, claims.c.text, checklists.c.title, claims.c.quantities)
            .join(shared, shared.c.claim_id == claims.c.id)
            .join(checklists, checklists.c.id == claims.c.checklist_id)
            # a checklist the platform refused was never seen by anyone: it is nobody's memory
            .where(
                ~exists().where(
                    posting_refusals.c.workspace == checklists.c.workspace,
                    posting_refusals.c.checklist_id == checklists.c.id,
                )
            )
        )
        return [(int(r[0]), int(r[1]), str(r[2]), r[3], list(r[4] or [])) for r in db.execute(query).all()]
