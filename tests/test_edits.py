"""The edit plan behind both adapters' editors: bursts coalesce, one edit per message per interval."""

from __future__ import annotations

from bot.core.edits import EditPlan, RateBudget

KEY = ("T1", 1, 7)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_one_edit_and_a_mark_during_an_edit_in_flight_waits_a_whole_interval() -> None:
    clock = Clock()
    plan = EditPlan(1.0, clock)
    for _ in range(50):
        plan.mark(KEY)
    ready, _ = plan.take_due()
    assert ready == [KEY]  # fifty marks, one edit
    plan.sending(KEY)
    clock.now += 0.3
    plan.mark(KEY)  # a reaction while the edit is in flight
    clock.now += 0.4
    plan.sent(KEY, "v1")  # it lands 0.7 s after it went out
    assert KEY not in plan.take_due()[0]
    clock.now += 0.9
    assert KEY not in plan.take_due()[0]  # 1.6 s after the start, but only 0.9 s after it landed
    clock.now += 0.2
    assert KEY in plan.take_due()[0]


def test_an_unchanged_rendering_is_no_edit_and_the_message_is_checked_once_more_after_an_edit() -> None:
    clock = Clock()
    plan = EditPlan(1.0, clock)
    plan.posted(KEY, "as posted")
    assert not plan.needs_edit(KEY, "as posted") and plan.needs_edit(KEY, "verified")
    plan.sent(KEY, "verified")
    assert not plan.idle()  # looked at once more, one interval later (another process may have edited it)
    clock.now += 1.0
    assert plan.take_due()[0] == [KEY] and plan.idle()


def test_a_message_found_unchanged_is_looked_at_again_one_interval_later_not_per_reaction() -> None:
    """A burst of reactions that leaves the parent's progress as it was: the editor renders it, finds
    nothing to change, and the next reaction waits one interval (it rendered the whole checklist from
    the store after every reaction), yet is still looked at: the last state wins."""
    clock = Clock()
    plan = EditPlan(1.0, clock)
    plan.posted(KEY, "3/12 resolved")
    plan.mark(KEY)
    assert plan.take_due()[0] == [KEY] and not plan.needs_edit(KEY, "3/12 resolved")
    clock.now += 0.1
    plan.mark(KEY)  # the next reaction
    assert plan.take_due()[0] == []
    clock.now += 0.9
    assert plan.take_due()[0] == [KEY] and plan.needs_edit(KEY, "4/12 resolved")


def test_the_workspace_budget_spreads_a_burst_over_the_minute() -> None:
    clock = Clock()
    budget = RateBudget(per_minute=60, burst=5, clock=clock)
    waits = [budget.reserve("T1") for _ in range(8)]
    assert waits[:5] == [0.0] * 5 and waits[5] > 0 and waits[7] > waits[6]
    assert budget.reserve("T2") == 0.0  # another workspace has its own budget
