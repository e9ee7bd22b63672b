"""Matching claims against published fact-checks: the ranking, the threshold and the `match` command."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import match as cli_match
from claims.match import MATCH_THRESHOLD, Match, MatchIndex, MatchOptions, ReviewText, clean, words

# Made-up fact-checks about made-up events, written for these tests.
REVIEWS = [
    ReviewText(
        "fc-lake",
        "The mayor of Brindleton ordered Lake Oswin drained to build a parking garage.",
        "Did Brindleton's Mayor Order a Lake Drained for Parking?",
        "A viral post claims the town will empty its lake for a garage.",
        rating="False",
        publisher="Example Checks",
    ),
    ReviewText(
        "fc-bridge-1990",
        "The Harlow Street bridge collapsed in 1990, injuring 14 people.",
        "Did the Harlow Street Bridge Collapse in 1990?",
        "An old photograph resurfaced with a claim about a bridge collapse.",
    ),
    ReviewText(
        "fc-bridge-2004",
        "The Harlow Street bridge collapsed in 2004, injuring 40 people.",
        "Did the Harlow Street Bridge Collapse in 2004?",
        "An old photograph resurfaced with a claim about a bridge collapse.",
    ),
    ReviewText(
        "fc-vaccine-chips",
        "Flu vaccines distributed in Corvania contain tracking microchips.",
        "Do Corvanian Flu Shots Contain Microchips?",
        "Health officials in Corvania denied the rumour about vaccines.",
    ),
    ReviewText(
        "fc-penguins",
        "Emperor penguins were spotted nesting on a beach in Portugal.",
        "Were Emperor Penguins Seen Nesting in Portugal?",
        "A photograph of penguins on a sunny beach spread on social media.",
    ),
    ReviewText(
        "fc-senator-quote",
        "Senator Dana Whitcombe said that teachers should carry rifles in class.",
        "Did Senator Whitcombe Say Teachers Should Carry Rifles?",
        "A quote attributed to the senator circulated after a debate.",
    ),
    ReviewText(
        "fc-governor-quote",
        "Governor Ellis Prane said that teachers should be paid less than janitors.",
        "Did Governor Prane Say Teachers Should Be Paid Less?",
        "A quote attributed to the governor circulated after a debate.",
    ),
]


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return MatchIndex.build(REVIEWS)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # paraphrases, with the noise a pasted post carries
        ("BREAKING: Brindleton mayor wants to drain Lake Oswin for a car park!! https://t.co/abc123", "fc-lake"),
        ("RT @newsbot: microchips found in the flu vaccine shipped to #Corvania", "fc-vaccine-chips"),
        ("penguins nesting on the beaches of portugal?? pic.twitter.com/xyz", "fc-penguins"),
        ("#DanaWhitcombe wants rifles carried by teachers in classrooms", "fc-senator-quote"),
    ],
)
def test_the_paraphrase_ranks_first(index: MatchIndex, claim: str, expected: str) -> None:
    found = index.search(claim)
    assert found[0].id == expected
    assert found[0].score >= MATCH_THRESHOLD


def test_results_are_best_first_with_scores_in_range(index: MatchIndex) -> None:
    found = index.search("teachers should carry rifles, the senator said", k=3)
    assert len(found) == 3
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert all(0.0 <= m.score <= 1.0 for m in found)
    assert all(isinstance(m, Match) for m in found)


@pytest.mark.parametrize(("year", "expected"), [("1990", "fc-bridge-1990"), ("2004", "fc-bridge-2004")])
def test_figures_decide_between_reviews_that_differ_only_by_them(index: MatchIndex, year: str, expected: str) -> None:
    assert index.search(f"Remember when the Harlow Street bridge fell down in {year}?")[0].id == expected


def test_names_and_figures_rerank_when_switched_on() -> None:
    # two reviews with the same words but for the name and the figure; the claim shares the words of the
    # wrong one except for its name and figure
    reviews = [
        ReviewText("a", "Mayor Quill promised 300 new buses for the city center route network."),
        ReviewText("b", "Mayor Thorne promised 500 new buses."),
    ]
    claim = "Thorne promised 500 new buses for the city center route network"
    plain = MatchIndex.build(reviews, MatchOptions(w_names=0.0, w_figures=0.0)).search(claim)
    reranked = MatchIndex.build(reviews, MatchOptions(w_names=1.0, w_figures=1.0)).search(claim)
    assert plain[0].id == "a"
    assert reranked[0].id == "b"


@pytest.mark.parametrize(
    "claim",
    [
        "The stock market closed higher on Tuesday after a quiet session.",
        "Our recipe for lemon cake needs three eggs and a cup of sugar.",
    ],
)
def test_the_threshold_keeps_an_unrelated_claim_out(index: MatchIndex, claim: str) -> None:
    found = index.search(claim)
    assert all(m.score < MATCH_THRESHOLD for m in found)


def test_a_claim_with_no_known_word_gets_nothing(index: MatchIndex) -> None:
    assert index.search("") == []
    assert index.search("🙂 🙂 !!!") == []
    assert MatchIndex.build([]).search("anything") == []


def test_a_tweets_signature_is_told_apart_and_its_handle_left_out() -> None:
    from claims.match_text import signed

    tweet = "Penguins nest in Portugal! pic.twitter.com/x — Jane Doe (@JaneDoe) March 4, 2020"
    assert signed(tweet) == ("Penguins nest in Portugal! pic.twitter.com/x", "Jane Doe (@JaneDoe) March 4, 2020")
    assert signed("Ask @JaneDoe (@JaneDoe) about it") == ("Ask @JaneDoe (@JaneDoe) about it", "")
    assert words(signed(tweet)[1]) == ["jane", "doe", "march", "4", "2020"]  # the name once, not twice
    assert words("Ask @JaneDoe about it") == ["ask", "jane", "doe", "about", "it"]  # a handle in the text stays


def test_the_words_of_a_signature_weigh_less_than_the_words_of_the_text() -> None:
    # one review shares the tweet's text, the other only its author's name and its date
    reviews = [
        ReviewText("name", "Dana Whitcombe opened a bakery on Harlow Street in March 2020."),
        ReviewText("text", "The old bridge is safe to cross, engineers said."),
    ]
    tweet = "That old bridge is safe to cross — Dana Whitcombe (@DanaW) March 4, 2020"
    default = {m.id: m.score for m in MatchIndex.build(reviews).search(tweet)}
    counted_in_full = {m.id: m.score for m in MatchIndex.build(reviews, MatchOptions(w_signature=1.0)).search(tweet)}
    assert default["text"] == counted_in_full["text"]  # the review of the text scores as before
    assert default["name"] < counted_in_full["name"]  # the review of the name and date less


def test_cleaning_drops_links_and_splits_hashtags_and_handles() -> None:
    text = clean("RT @JaneDoe: #FakeNews about https://example.com/a?b=1 and www.example.org")
    assert "http" not in text and "www" not in text and "#" not in text and "@" not in text
    assert words(text) == ["jane", "doe", "fake", "news", "about", "and"]


# --- the command ----------------------------------------------------------------------------------


def _claimreview(review: ReviewText, **extra: object) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": review.id,
        "claimReviewed": review.claim,
        "headline": review.headline,
        "description": review.description,
        "author": {"@type": "Organization", "name": "Example Checks"},
        **extra,
    }


def _write_archive(path: Path) -> Path:
    lines = [json.dumps(_claimreview(r)) for r in REVIEWS]
    # one review known only by its url, and one line that is not a ClaimReview with a claim
    lines.append(
        json.dumps({"@type": "ClaimReview", "url": "https://checks.example/owls", "claimReviewed": "Owls can swim."})
    )
    lines.append(json.dumps({"@type": "ClaimReview", "identifier": "no-claim"}))
    data = ("\n".join(lines) + "\n").encode()
    if path.suffix == ".gz":
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", ["archive.jsonl", "archive.jsonl.gz"])
def test_match_writes_one_json_line_per_claim(tmp_path: Path, name: str) -> None:
    archive = _write_archive(tmp_path / name)
    stdin = io.StringIO("Brindleton's mayor will drain the lake for parking\n\nCan owls swim?\n")
    out = io.StringIO()
    assert cli_match.run(str(archive), stdin, out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 3
    assert lines[0]["matches"][0]["id"] == "fc-lake"
    assert len(lines[0]["matches"]) == 5
    assert set(lines[0]["matches"][0]) == {"id", "score"}
    assert lines[1] == {"matches": []}
    assert lines[2]["matches"][0]["id"] == "https://checks.example/owls"


def test_match_runs_as_a_module(tmp_path: Path) -> None:
    archive = _write_archive(tmp_path / "archive.jsonl.gz")
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "match", "--archive", str(archive)],
        input=b"Were emperor penguins nesting in Portugal?\n",
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["matches"][0]["id"] == "fc-penguins"


def test_the_claimcheck_command_has_a_match_subcommand(tmp_path: Path) -> None:
    from bot.cli.main import build_parser

    args = build_parser().parse_args(["match", "--archive", str(_write_archive(tmp_path / "a.jsonl"))])
    out = io.StringIO()
    assert args.run(args, None, out, io.StringIO("Do flu shots in Corvania hold microchips?\n")) == 0
    assert json.loads(out.getvalue())["matches"][0]["id"] == "fc-vaccine-chips"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (None, "missing.jsonl", "no such file"),
        (b'{"identifier": "x", "claimReviewed": "ok"}\nthis is not json\n', "bad.jsonl", "line 2: not JSON"),
        (b'{"identifier": "x"}\n', "plain.jsonl.gz", "not gzip"),
        (gzip.compress(b'{"identifier": "x", "claimReviewed": "ok"}\n')[:-12], "cut.jsonl.gz", "gzip"),
        (b"\xff\xfe\x00binary", "binary.jsonl", "UTF-8"),
    ],
)
def test_a_bad_archive_is_one_line_and_exit_2(tmp_path: Path, content: bytes | None, name: str, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "match", "--archive", str(path)],
        input=b"a claim\n",
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 2
    err = run.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert message in err
    assert run.stdout == b""


def test_a_byte_order_mark_and_a_stray_byte_on_input_are_tolerated(tmp_path: Path) -> None:
    archive = tmp_path / "bom.jsonl"
    archive.write_bytes(b"\xef\xbb\xbf" + json.dumps(_claimreview(REVIEWS[4])).encode() + b"\n")
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "match", "--archive", str(archive)],
        input=b"penguins nesting in Portugal \xe9\n",
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["matches"][0]["id"] == "fc-penguins"


# -- building the index -------------------------------------------------------------------------

CLAIMS = [
    "Brindleton's mayor will drain the lake for parking",
    "penguins nesting on the beaches of portugal??",
    "the Harlow Street bridge fell down in 2004",
    "a senator wants teachers to carry rifles",
    "Can owls swim?",
    "completely unrelated words about nothing",
]


def _answers(index: MatchIndex) -> list[list[tuple[str, float]]]:
    return [[(m.id, m.score) for m in index.search(claim, 5)] for claim in CLAIMS]


TEXTS = [
    "İstanbul's ÉCOLE naïve café—x ’tis “quoted” 🙂emoji🙂 snake_case ǅungla ﬁne",
    "",
    "   ",
    "a",
    "RT @JaneDoe: #FakeNews about https://example.com/a?b=1 and www.example.org",
    "ß STRASSE straße",
    "١٢٣ arabic digits, 日本語のテキスト",
    "The Harlow Street bridge collapsed in 1990, injuring 14 people.",
    "the harlow street BRIDGE\ncollapsed\tin 2004",
]


def test_the_archive_is_read_word_for_word_as_a_claim_is() -> None:
    from claims.match_tokens import tokenise

    texts = TEXTS * 3 + [r.description for r in REVIEWS]
    vocabulary, ids, text_of = tokenise([texts[:5], texts[5:]])
    words_of: list[list[str]] = [[] for _ in texts]
    names = list(vocabulary)
    for i, t in zip(ids.tolist(), text_of.tolist(), strict=True):
        words_of[t].append(names[i])
    assert words_of == [words(text) for text in texts]
    assert names[:4] == ["i", "stanbul", "s", "école"]  # in order of first sight ('İ' lowercases to two)


def test_words_with_one_hash_are_still_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    from claims import match_tokens

    class Collide(match_tokens._Powers):  # every power 0: every word has the hash 0
        def upto(self, size: int) -> tuple[object, object]:
            zeros = np.zeros(size, dtype=np.uint64)
            return zeros, zeros

    np = pytest.importorskip("numpy")
    monkeypatch.setattr(match_tokens, "_Powers", Collide)
    vocabulary, ids, _ = match_tokens.tokenise([TEXTS[i : i + 2] for i in range(0, len(TEXTS), 2)])
    names = list(vocabulary)
    assert [names[i] for i in ids.tolist()] == [w for text in TEXTS for w in words(text)]


def test_a_claims_unknown_words_meet_the_archives_character_grams() -> None:
    # the n-grams of a word the archive lacks are computed at search time; those of a known word were
    # counted when the index was built: both must number the same n-gram alike
    from claims.match_build import _word_grams

    known = sorted({w for r in REVIEWS for text in r.fields() for w in words(text)})
    for sizes in [(4, 4), (3, 5), (2, 16)]:  # (2, 16): more characters than codes, some share one
        rows, coder, keys = _word_grams(known, sizes)
        for i, word in enumerate(known):
            counted = sorted(keys[rows.indices[rows.indptr[i] : rows.indptr[i + 1]]].tolist())
            assert sorted(coder.word_keys(f" {word} ")) == counted, (sizes, word)


def test_an_unknown_word_finds_its_review_through_its_character_grams() -> None:
    index = MatchIndex.build(REVIEWS)
    assert index.search("microchipping corvanians")[0].id == "fc-vaccine-chips"


def test_a_review_without_a_single_word_is_indexed_and_scores_nothing() -> None:
    index = MatchIndex.build([*REVIEWS, ReviewText("fc-empty", "?!", "…")])  # the last: its row is empty
    assert len(index) == len(REVIEWS) + 1
    assert all(m.score == 0 for claim in CLAIMS for m in index.search(claim, 10) if m.id == "fc-empty")


def test_the_command_answers_the_same_where_the_c_library_is_not_glibc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctypes

    archive = str(_write_archive(tmp_path / "archive.jsonl"))
    answers = []
    for glibc in (True, False):
        if not glibc:  # no libc.so.6 to tune: the build runs as it is
            monkeypatch.setattr(ctypes, "CDLL", lambda name: (_ for _ in ()).throw(OSError(name)))
        out = io.StringIO()
        assert cli_match.run(archive, io.StringIO("\n".join(CLAIMS) + "\n"), out) == 0
        answers.append(out.getvalue())
    assert answers[0] == answers[1]


def test_an_empty_archive_matches_nothing(tmp_path: Path) -> None:
    archive = tmp_path / "empty.jsonl"
    archive.write_text("\n", encoding="utf-8")
    out = io.StringIO()
    assert cli_match.run(str(archive), io.StringIO("a claim\n"), out) == 0
    assert json.loads(out.getvalue()) == {"matches": []}


def _many_reviews(tmp_path: Path, bad_line: bool = False) -> Path:
    """The test reviews among 200 made-up fillers, in a file read as several chunks."""
    fillers = [
        ReviewText(f"fc-filler-{i}", f"Town {i} voted to rename its main square after a {w} in {1900 + i}.")
        for i, w in enumerate(["poet", "dog", "storm", "baker", "train"] * 40)
    ]
    long = ReviewText("fc-long", "A very long review " + "and so on " * 1000, "Long?")  # longer than a chunk
    lines = [json.dumps(_claimreview(r)) for r in [*fillers[:100], *REVIEWS, long, *fillers[100:]]]
    if bad_line:
        lines.append("this is not json")
    path = tmp_path / "many.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return path


def test_an_archive_read_in_many_chunks_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_match, "_CHUNK_BYTES", 4000)  # a dozen chunks, lines cut across them
    archive = str(_many_reviews(tmp_path))
    assert len(list(cli_match._chunks(archive))) > 3
    records = list(cli_match.read_archive(archive))
    assert len(records) == 200 + len(REVIEWS) + 1
    assert [r.id for r in records[99:102]] == ["fc-filler-99", "fc-lake", "fc-bridge-1990"]
    out = io.StringIO()
    assert cli_match.run(archive, io.StringIO("\n".join(CLAIMS) + "\n"), out) == 0
    expected = _answers(MatchIndex.build(records))
    assert [[(m["id"], m["score"]) for m in json.loads(line)["matches"]] for line in out.getvalue().splitlines()] == [
        [(i, s) for i, s in answer] for answer in expected
    ]
    assert expected[0][0][0] == "fc-lake"


def test_a_bad_line_in_a_later_chunk_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_match, "_CHUNK_BYTES", 4000)
    archive = str(_many_reviews(tmp_path, bad_line=True))
    out = io.StringIO()
    assert cli_match.run(archive, io.StringIO("a claim\n"), out) == 2
    assert out.getvalue() == ""
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"line {200 + len(REVIEWS) + 2}: not JSON" in err


def test_reading_for_matching_leaves_out_what_the_import_leaves_out() -> None:
    from bot.archive.claimreview import to_review, to_review_text

    good = _claimreview(REVIEWS[0], url="https://checks.example/lake", datePublished="2021-03-02")
    cases = [
        good,
        {**good, "@type": "WebPage"},
        {**good, "@type": ["schema:ClaimReview"]},
        {**good, "claimReviewed": "  "},
        {**good, "claimReviewed": "  The mayor\u00a0of Brindleton \n said  so "},
        {**good, "datePublished": "last Tuesday"},
        {k: v for k, v in good.items() if k not in ("identifier", "url")},
    ]
    for obj in cases:
        review, text = to_review(obj), to_review_text(obj)
        if isinstance(review, str):
            assert text == review
        else:
            assert not isinstance(text, str)
            assert (text.id, text.claim, text.headline, text.description, text.date, text.url) == (
                review.key,
                review.claim,
                review.headline or "",
                review.description or "",
                review.published,
                review.url,
            )
    assert to_review_text(cases[4]).claim == "The mayor of Brindleton said so"  # type: ignore[union-attr]


def test_word_pairs_are_counted_once_per_review_and_never_across_two_texts() -> None:
    from claims.match_build import _pairs

    np = pytest.importorskip("numpy")
    # texts 0-1 belong to review 0 ("0 1 2 0 1" and "0 1"), text 2 to review 1 ("0 1 3"), text 3 to
    # review 2 ("0 1 2 0"), text 4 to review 3 ("3": no pair); the stems of words 1 and 3 are the same
    wids = np.array([0, 1, 2, 0, 1, 0, 1, 0, 1, 3, 0, 1, 2, 0, 3], dtype=np.int64)
    texts = np.array([0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4], dtype=np.int64)
    docs = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3], dtype=np.int64)
    word_stem = np.array([0, 1, 2, 1], dtype=np.int64)
    offsets, first, second = _pairs(wids, texts, docs, word_stem, 3, 4)
    assert offsets.tolist() == [0, 3, 5, 8, 8]  # review 0: three distinct pairs, 1: two, 2: three, 3: none
    pairs = list(zip(first.tolist(), second.tolist(), strict=True))
    assert pairs == [(0, 1), (1, 2), (2, 0), (0, 1), (1, 1), (0, 1), (1, 2), (2, 0)]
