"""The safety gate on the frozen test split of the safety corpus (never trained or tuned on).

Floors are the figures measured when the gate last changed (see bench/RESULTS.md), not
targets: a change that loses reach fails here with the drafts it lost, one per line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import nlp
from nlp.train.data import read_rows

DATA = Path(__file__).parent / "data"
ROWS: list[dict[str, Any]] = [
    row
    for name in ("safety_disclosures.jsonl", "safety_nearmiss.jsonl")
    for row in read_rows(DATA / name)
    if row["split"] == "test"
]
# Measured on the test split (see bench/RESULTS.md, "Safety"); raise them when reach grows.
FLOORS = {
    # kind: (share of clear disclosures answered with the support reply,
    #        share of clear disclosures given at least a check-in)
    # Since one encoder pass per draft (2026-12-06 afternoon): crisis support 0.338 -> 0.394,
    # at least a check-in 0.620 -> 0.577 (three drafts fewer; bench/RESULTS.md, "Safety").
    # With Topical-Chat's everyday talk among the negatives and the blind round's train rows
    # (2026-12-06 evening): crisis 0.394/0.577 -> 0.423/0.648, violence 0.447/0.936 ->
    # 0.660/0.947 (bench/RESULTS.md, "Safety, evening"). With the second blind round's train
    # rows and the plan cues (2026-12-06, late): crisis 0.423/0.648 -> 0.423/0.606, violence
    # 0.660/0.947 -> 0.617/0.957 here, up on the four other frozen sets (bench/RESULTS.md,
    # "Safety, late"). With the encoder's top layers tuned on the safety data (session 7):
    # crisis 0.423/0.606 -> 0.507/0.676, violence 0.617/0.957 -> 0.798/0.968
    # (bench/RESULTS.md, "Safety, session 7"). Tuned on safety and blame together, three
    # layers (session 8): crisis 0.507/0.676 -> 0.535/0.732, violence 0.798/0.968 ->
    # 0.787/0.979 (one draft fewer gets the support reply; "Session 8"). With session 12's
    # plan and harm cues (nlp/safety/cues.py): crisis 0.535/0.761 -> 0.577/0.761.
    "crisis": (0.57, 0.76),
    "violence": (0.78, 0.97),
}
MAX_NEAR_MISS_CLEAR_ALARMS = 3


def level(analysis: nlp.Analysis, kind: str) -> str:
    if analysis.safety is not None and analysis.safety.kind == kind:
        return "clear"
    if analysis.safety is not None or analysis.check_in is not None:
        return "possible"
    return "none"


@pytest.fixture(scope="module")
def results() -> dict[str, nlp.Analysis]:
    analyses = nlp.default_analyzer().analyze_many([row["text"] for row in ROWS])
    return {row["text"]: a for row, a in zip(ROWS, analyses, strict=True)}


def _listing(texts: list[str]) -> str:
    return "".join(f"\n  {t}" for t in texts)


def _short_of_floors(
    rows: list[dict[str, Any]],
    results: dict[str, nlp.Analysis],
    kind: str,
    floors: tuple[float, float],
) -> str | None:
    """Why the clear disclosures of `kind` fall short of (support reply, at least a check-in)
    floors, with the drafts missed entirely; None when they do not."""
    clear = [r["text"] for r in rows if r["kind"] == kind and r["level"] == "clear"]
    levels = {text: level(results[text], kind) for text in clear}
    supported = sum(v == "clear" for v in levels.values()) / len(clear)
    reached = sum(v != "none" for v in levels.values()) / len(clear)
    floor_clear, floor_any = floors
    if supported >= floor_clear and reached >= floor_any:
        return None
    missed = [t for t, v in levels.items() if v == "none"]
    return (
        f"{kind}: support reply for {supported:.3f} (floor {floor_clear}), at least a check-in "
        f"for {reached:.3f} (floor {floor_any}); missed entirely:{_listing(missed)}"
    )


def _near_miss_alarms(rows: list[dict[str, Any]], results: dict[str, nlp.Analysis]) -> list[str]:
    return [
        f"{r['text']} -> {results[r['text']].safety}"
        for r in rows
        if r["level"] == "none" and results[r["text"]].safety is not None
    ]


@pytest.mark.parametrize("kind", ["crisis", "violence"])
def test_safety_test_split_reach(kind: str, results: dict[str, nlp.Analysis]) -> None:
    problem = _short_of_floors(ROWS, results, kind, FLOORS[kind])
    assert problem is None, problem


def test_safety_test_split_near_misses_rarely_alarm(results: dict[str, nlp.Analysis]) -> None:
    alarms = _near_miss_alarms(ROWS, results)
    assert len(alarms) <= MAX_NEAR_MISS_CLEAR_ALARMS, f"near-misses alarmed:{_listing(alarms)}"


def test_safety_clear_disclosure_never_gets_a_rewrite(results: dict[str, nlp.Analysis]) -> None:
    rewritten = [t for t, a in results.items() if a.safety is not None and a.suggestions]
    assert not rewritten, f"a disclosure got a rewrite:{_listing(rewritten)}"
    both = [t for t, a in results.items() if a.safety is not None and a.check_in is not None]
    assert not both, f"clear and possible at once:{_listing(both)}"


# The blind rounds' frozen test splits, written by people who never saw the rules; floors as
# measured when their train halves were trained on. Round 1 (tests/data/safety_blind_*.jsonl,
# 2026-12-06 evening); round 2 (safety_blind2.jsonl, safety_blind3.jsonl, 2026-12-06 late),
# measured with the heads trained on both rounds and the plan cues (nlp/safety/cues.py):
# round 1 crisis 0.422/0.689 -> 0.437/0.696, violence 0.574/0.787 -> 0.574/0.836,
# near-miss clear alarms 9 -> 11 (the cues' price: "need new razor blades" and a "scheduled"
# meeting that "put me out of my misery"; bench/RESULTS.md, "Safety, late"). With the
# encoder's top layers tuned (session 7): round 1 crisis 0.437/0.696 -> 0.504/0.815, violence
# 0.574/0.836 -> 0.623/0.852, near-miss clear alarms 11 -> 12; round 2 crisis 0.446/0.717 ->
# 0.543/0.783, violence 0.721/0.884 -> 0.814/0.930, alarms 7 -> 8 (the trade, "Safety,
# session 7"; the extra alarms were printed by this test, not tuned on). Tuned on safety and
# blame together (session 8): round 1 crisis 0.607/0.837, violence 0.623/0.918, alarms 10;
# round 2 crisis 0.630/0.815, violence 0.814/0.953, alarms 8 -> 9 (not read; "Session 8").
# With session 12's plan and harm cues: round 1 violence 0.639 -> 0.656, round 2 crisis 0.630
# -> 0.641, round 4 violence 0.304 (0.326 before a bare "tracker" cue was narrowed to one on
# or in "my" things); no near-miss alarm more on any of them.
BLIND_SETS: dict[str, tuple[tuple[str, ...], dict[str, tuple[float, float]], int]] = {
    "blind": (
        ("safety_blind_crisis.jsonl", "safety_blind_violence.jsonl"),
        {"crisis": (0.60, 0.83), "violence": (0.65, 0.91)},
        12,
    ),
    "blind2": (
        ("safety_blind2.jsonl", "safety_blind3.jsonl"),
        {"crisis": (0.64, 0.81), "violence": (0.81, 0.95)},
        9,
    ),
    # The fourth blind round (session 11; two writers, violence and crisis with near-misses):
    # not trained on (a trial that did, bench/RESULTS.md "Session 11", did not ship). Measured
    # when added, test split: crisis 0.712/0.942, violence 0.304/0.696, alarms 3 of 99.
    "blind4": (
        ("safety_blind4.jsonl",),
        {"crisis": (0.69, 0.92), "violence": (0.30, 0.67)},
        3,
    ),
    # Goodbyes and absence, both sides (session 8; crisis only): never trained on.
    # Measured when added: crisis 0.892/1.000, near-miss clear alarms 2 of 61.
    "departures": (("safety_departures.jsonl",), {"crisis": (0.86, 0.97)}, 2),
}


def blind_rows(name: str) -> list[dict[str, Any]]:
    files = BLIND_SETS[name][0]
    return [row for f in files for row in read_rows(DATA / f) if row["split"] == "test"]


@pytest.fixture(scope="module", params=sorted(BLIND_SETS))
def blind(
    request: pytest.FixtureRequest,
) -> tuple[str, list[dict[str, Any]], dict[str, nlp.Analysis]]:
    name = str(request.param)
    rows = blind_rows(name)
    analyses = nlp.default_analyzer().analyze_many([row["text"] for row in rows])
    return name, rows, {row["text"]: a for row, a in zip(rows, analyses, strict=True)}


def test_safety_blind_split_reach(
    blind: tuple[str, list[dict[str, Any]], dict[str, nlp.Analysis]],
) -> None:
    name, rows, results = blind
    problems = [
        problem
        for kind, floors in BLIND_SETS[name][1].items()
        if (problem := _short_of_floors(rows, results, kind, floors)) is not None
    ]
    assert not problems, f"{name}: " + "\n".join(problems)


def test_safety_blind_split_near_misses_rarely_alarm(
    blind: tuple[str, list[dict[str, Any]], dict[str, nlp.Analysis]],
) -> None:
    name, rows, results = blind
    alarms = _near_miss_alarms(rows, results)
    assert len(alarms) <= BLIND_SETS[name][2], f"{name}: near-misses alarmed:{_listing(alarms)}"
