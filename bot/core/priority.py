"""What to check first: the engine's check-worthiness, the type's weight, figures attributed to a named
source, and the desk's beat (bot/defaults.yaml, workflow.type_weights and workflow.beat)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.config import WorkflowConfig

_WORD = re.compile(r"\w+")


def claim_priority(
    score: float,
    claim_type: str,
    attribution: str | None,
    quantities: Sequence[Any],
    text: str,
    config: WorkflowConfig,
) -> float:
    weight = score + dict(config.type_weights).get(claim_type, 0.0)
    if attribution and quantities:
        weight += 0.5
    if config.beat:
        words = set(_WORD.findall(text.lower()))
        weight += sum(w for word, w in config.beat if word.lower() in words)
    return round(weight, 4)
