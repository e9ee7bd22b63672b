"""Shared fixtures: where ../shared is, and fresh configs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seed" / "aleppo.txt").is_file():
        pytest.skip(f"{SHARED} is absent: the example article and scorers live there")
    return SHARED
