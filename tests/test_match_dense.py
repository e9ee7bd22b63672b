"""The sentence embedding that matching adds to its word ranking (claims/match_dense.py): read from the
installed `wordllama` wheel with no network, loaded with the first index, reviews embedded only as
searches meet them, optional, and safe to share between threads."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

import claims.match as match_module
from claims.match import MatchIndex, MatchOptions, ReviewText
from claims.match_dense import ReviewVectors, StaticEncoder, encoder

ROOT = Path(__file__).resolve().parents[1]

# Made-up fact-checks, written for these tests.
REVIEWS = [
    ReviewText("fc-moon", "The moon is made of cheese.", "Is the Moon Made of Cheese?", "A post about the moon."),
    ReviewText("fc-tax", "Income tax rates rose sharply in Varnholm in 2019.", "Did Varnholm Raise Taxes?", ""),
    ReviewText("fc-flood", "A flood swept through the village of Oskby last spring.", "Was Oskby Flooded?", ""),
    ReviewText("fc-dog", "A dog was elected mayor of a small town in Elvania.", "Did a Dog Become Mayor?", ""),
    ReviewText("fc-empty", "?!", "…"),
]
CLAIMS = ["the moon is cheese", "Varnholm taxes went up in 2019", "a dog became mayor", "flooding in Oskby"]


@pytest.fixture(scope="module")
def model() -> StaticEncoder:
    found = encoder()
    assert found is not None, "wordllama (a dependency in pyproject.toml) is not installed"
    return found


def test_the_model_loads_from_the_wheel_without_the_network(model: StaticEncoder) -> None:
    # the files lie inside the installed package; a download would fail here (and is never tried)
    assert model.dim == 256
    assert encoder() is model  # loaded once per process


def test_vectors_are_unit_length_and_a_text_without_a_word_is_zero(model: StaticEncoder) -> None:
    vectors = model.embed(["The moon is made of cheese.", "?! …", "", "Tax rates rose."])
    assert vectors.shape == (4, 256)
    assert np.allclose(np.linalg.norm(vectors[[0, 3]], axis=1), 1.0, atol=1e-5)
    assert not vectors[1].any() and not vectors[2].any()
    assert model.embed([]).shape == (0, 256)


def test_a_paraphrase_is_closer_than_an_unrelated_sentence(model: StaticEncoder) -> None:
    claim, paraphrase, unrelated = model.embed(
        ["Doctors warn that coffee causes heart attacks.", "Physicians say coffee triggers heart attacks.",
         "The harbour was closed by a strike of dock workers."]
    )
    assert claim @ paraphrase > claim @ unrelated


def test_reviews_are_embedded_only_when_a_search_needs_them(model: StaticEncoder) -> None:
    vectors = ReviewVectors(REVIEWS, model)
    got = vectors.of(np.array([1, 3], dtype=np.int64))
    assert vectors.embedded() == 2
    whole = model.embed([" ".join(REVIEWS[i].fields()) for i in (1, 3)])
    assert np.allclose(got, whole)
    index = MatchIndex.build(REVIEWS)
    assert index._dense is not None and index._dense.embedded() == 0  # an index never searched embeds nothing


def test_the_dense_score_is_optional_and_counted_in_the_score(monkeypatch: pytest.MonkeyPatch) -> None:
    lexical = MatchIndex.build(REVIEWS, MatchOptions(w_dense=0.0))
    monkeypatch.setattr(match_module, "encoder", lambda: None)  # as where wordllama is not installed
    missing = MatchIndex.build(REVIEWS)
    for claim in CLAIMS:
        assert missing.search(claim) == lexical.search(claim)
    monkeypatch.undo()
    dense = MatchIndex.build(REVIEWS)
    for claim in CLAIMS:
        with_dense, without = dense.search(claim), lexical.search(claim)
        assert with_dense[0].id == without[0].id
        assert all(0.0 <= m.score <= 1.0 for m in with_dense)
        assert with_dense[0].score != without[0].score
    assert all(m.score == 0 for claim in CLAIMS for m in dense.search(claim, 10) if m.id == "fc-empty")


def test_threads_sharing_an_index_find_what_one_thread_finds() -> None:
    claims = CLAIMS * 25
    alone = [MatchIndex.build(REVIEWS).search(c) for c in claims]
    shared = MatchIndex.build(REVIEWS)
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(shared.search, claims)) == alone


def test_starting_the_bot_loads_no_model_and_building_an_index_does() -> None:
    code = (
        "import sys, bot.cli, claims.match\n"
        "print('tokenizers' in sys.modules, 'safetensors' in sys.modules)\n"
        "claims.match.MatchIndex.build([claims.match.ReviewText('r', 'the moon')])\n"
        "print('tokenizers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False", "True"]
