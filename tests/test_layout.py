"""Page furniture, teaser tails, duplicates, offsets: the article as pasted, not as we wish it were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import EngineConfig, extract_article, extract_claims

PASTED = """Port Strike Enters Second Week as Talks Stall

Dock workers say pay offers have not kept pace with inflation.

Share on FacebookShare on Facebook
Containers stacked at the harbour on March 4, 2024.
Containers stacked at the harbour on March 4, 2024.Credit: Lena Park, Reuters

About 4,000 dock workers walked off the job on Monday, halting traffic at the country's busiest port.

The union said its members had rejected a 3 percent pay offer, well below inflation of 6.2 percent.

"We will stay out as long as it takes," union leader Tomas Berg told reporters outside the gates.

Subscribe to our newsletter:
From $2 a week for the first month
Already a subscriber? Log in

A fisherman mends nets in the harbour at dawn in May 2023.

Ten Places to Eat Oysters This Summer, Ranked by Our Critics

Sunset over the old lighthouse.

Why Housing Prices Could Double in the Next 20 Years
"""


def test_furniture_and_teasers_never_reach_the_checklist() -> None:
    article = extract_article(PASTED)
    texts = " ".join(c.text for c in article.claims)
    assert article.title == "Port Strike Enters Second Week as Talks Stall"
    for furniture in [
        "Share on",
        "Credit:",
        "Subscribe",
        "$2 a week",
        "Log in",
        "Oysters",
        "lighthouse",
        "fisherman",
        "Housing Prices",
    ]:
        assert furniture not in texts
    assert any("4,000 dock workers" in c.text for c in article.claims)
    assert any(c.attribution == "Tomas Berg" for c in article.claims)


def test_a_caption_pasted_twice_is_one_claim() -> None:
    article = extract_article(PASTED)
    assert sum("Containers stacked" in c.text for c in article.claims) <= 1


def test_an_article_without_furniture_keeps_its_last_paragraph() -> None:
    text = (
        "Flood Defences Fail in Three Towns\n\nThe river rose 4 metres overnight, officials said.\n\n"
        "Emergency crews evacuated 1,200 residents from the town of Marle on Tuesday.\n"
    )
    claims = extract_claims(text)
    assert any("1,200 residents" in c.text for c in claims)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_claims_whose_offsets_slice_the_input(text: str) -> None:
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.score <= 1.0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The army said 12 soldiers were killed on Friday.",
                "Share on Facebook",
                "\n",
                "\n\n",
                "LOG IN",
                '"We will rebuild," Mayor Ana Ruiz said.',
                "Prices Soar as Drought Bites",
                "about 75 percent of voters",
                "Credit: AP",
                "x" * 50,
                "?",
                "“",
                "$",
                "1,000,000",
                "he added.",
            ]
        ),
        max_size=40,
    )
)
def test_article_like_mixtures_never_break_offsets(parts: list[str]) -> None:
    text = " ".join(parts)
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.text


def test_a_newsroom_can_add_a_claim_type_without_code() -> None:
    config = EngineConfig.from_mapping(
        {
            "types": [
                {"name": "economy", "weight": 0.9, "words": ["inflation", "gdp"]},
                {"name": "statement", "weight": 0.6, "attributed": True},
            ]
        }
    )
    claims = extract_claims("Inflation reached its highest level since the spring, the central bank said.", config)
    assert [c.type for c in claims] == ["economy"]


def test_the_example_article_meets_the_fact_checkers_gold(shared: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "extract", "--format", "json", str(shared / "seed" / "aleppo.txt")],
        capture_output=True,
        text=True,
        check=True,
    )
    score = subprocess.run(
        [sys.executable, str(shared / "eval" / "score_article.py"), str(shared / "seed" / "aleppo.gold.yaml")],
        input=run.stdout,
        capture_output=True,
        text=True,
    )
    assert score.returncode == 0, score.stdout
    assert score.stdout.strip().splitlines()[-1].endswith("PASS")
    gold = yaml.safe_load((shared / "seed" / "aleppo.gold.yaml").read_text(encoding="utf-8"))
    assert len([c for c in gold["claims"] if c.get("must")]) == 14


def test_alike_sentences_with_different_figures_stay_two_claims() -> None:
    text = (
        "Police said 5 people were killed in Arlen after the bridge collapsed on Tuesday.\n\n"
        "Police said 6 people were killed in Borlen after the bridge collapsed on Tuesday.\n"
    )
    assert len(extract_claims(text)) == 2


# -- the folder tree is the architecture diagram; these keep it true -------------------------------
ROOT = Path(__file__).resolve().parent.parent
# each part of the code, and the parts it may import from (claims/ is the pure engine: nothing from bot)
ALLOWED_IMPORTS = {
    "claims": {"claims"},
    "bot.store": {"claims", "bot.store"},
    "bot.core": {"claims", "bot.config", "bot.store", "bot.core"},
    "bot.links": {"claims", "bot.config", "bot.core", "bot.links"},
    "bot.archive": {"claims", "bot.config", "bot.core", "bot.links", "bot.store", "bot.archive"},
    "bot.app": {"claims", "bot.config", "bot.core", "bot.links", "bot.store", "bot.archive"},
    "bot.chat": {"claims", "bot.config", "bot.app", "bot.core", "bot.store"},
    "bot.cli": {"claims", "bot"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] in ("bot", "claims")}


def _part(module: str) -> str | None:
    for part in sorted(ALLOWED_IMPORTS, key=len, reverse=True):
        if module == part or module.startswith(part + "."):
            return part
    return None


def _within(name: str, allowed: str) -> bool:
    return name == allowed or name.startswith(allowed + ".")


def test_every_part_imports_only_the_parts_below_it() -> None:
    wrong = []
    for path in sorted([*ROOT.glob("claims/**/*.py"), *ROOT.glob("bot/**/*.py")]):
        module = _module_name(path)
        part = _part(module)
        if part is None or "migrations" in module:
            continue
        for name in _imports(path):
            own_platform = ".".join(module.split(".")[:3]) if part == "bot.chat" else None
            if own_platform and _within(name, own_platform):
                continue  # a chat adapter's own modules
            if not any(_within(name, allowed) for allowed in ALLOWED_IMPORTS[part]):
                wrong.append(f"{module} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_no_file_in_bot_is_a_wall_of_code() -> None:
    import ast

    too_big = []
    for path in sorted(ROOT.glob("bot/**/*.py")):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 400:
            too_big.append(f"{path.relative_to(ROOT)}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef) and node.end_lineno and node.end_lineno - node.lineno >= 250:
                too_big.append(f"{path.relative_to(ROOT)}: class {node.name} {node.end_lineno - node.lineno + 1} lines")
    assert not too_big, "\n".join(too_big)
