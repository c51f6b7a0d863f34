"""The nudge catalogue: the shipped data keeps its rules; pick_nudge never repeats in 30 days."""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from bot.nudges.catalogue import (
    REPEAT_WINDOW,
    THEMES,
    Catalogue,
    CatalogueError,
    Nudge,
    default_catalogue,
    parse_catalogue,
    pick_nudge,
)

START = datetime(2025, 1, 1, 18, 0, tzinfo=UTC)
NUDGES = default_catalogue().nudges
# Words that tell people what to do or judge them; a nudge invites instead.
BOSSY = re.compile(r"\b(should|must|have to|ought|fault|wrong with|selfish)\b", re.IGNORECASE)
# Every key ever shipped. A key may leave the catalogue only by moving to retired_keys, because
# users' history stores it; renaming one silently would make an old nudge look new.
SHIPPED_KEYS = frozenset(
    """
    talk-best-and-oddest talk-dream-trip talk-old-photo talk-teenage-song talk-evening-walk
    talk-small-win talk-cup-of-tea talk-how-we-met talk-learn-someday talk-childhood-meal
    phones-face-down phones-other-room phones-dinner-bowl phones-eyes-up phones-quiet-hour
    phones-off-the-bed phones-tell-me phones-in-the-bag phones-first-five phones-say-it-first
    thanks-specific-help thanks-unseen-task thanks-admired-quality thanks-in-company
    thanks-short-note thanks-made-me-laugh thanks-the-effort thanks-still-like
    thanks-midday-message thanks-home-better
    door-stop-and-hello door-long-hug door-smile-first door-say-their-name door-real-goodbye
    door-question-first door-proper-goodnight door-go-to-them door-hands-free door-first-minute
    ask-on-your-mind ask-looking-forward ask-hardest-part ask-childhood-place ask-quietly-proud
    ask-coming-up ask-changed-mind ask-lazy-saturday ask-how-it-went ask-their-friend
    feel-start-with-i feel-miss-our-time feel-one-word-day feel-tense-not-you
    feel-with-a-request feel-share-a-worry feel-good-ones-too feel-breath-first
    feel-tank-check feel-my-side
    repair-try-again repair-cool-down repair-my-part repair-gentle-touch repair-shared-joke
    repair-take-the-olive repair-still-sitting repair-their-side repair-do-over
    repair-thanks-patience
    bright-five-small bright-good-news bright-favourite-treat bright-not-looks
    bright-inside-joke bright-hold-hands bright-warm-start bright-quiet-count bright-plan-fun
    bright-let-one-slide
    """.split()  # noqa: SIM905 - a block of words is easier to review than 80 quoted strings
)


def _small_catalogue(per_theme: int = 2) -> Catalogue:
    return Catalogue(
        nudges=tuple(
            Nudge(key=f"{theme.replace('_', '-')}-{i}", theme=theme, text=f"Idea {i}.")
            for theme in THEMES
            for i in range(per_theme)
        )
    )


def _simulate(days: int, seed: int) -> list[tuple[datetime, Nudge]]:
    """One pick a day for `days` days, remembering each send like the history table would."""
    rng = random.Random(seed)
    recent: dict[str, datetime] = {}
    picks = []
    for day in range(days):
        now = START + timedelta(days=day)
        nudge = pick_nudge(recent, now, rng)
        recent[nudge.key] = now
        picks.append((now, nudge))
    return picks


def test_catalogue_has_at_least_64_nudges_and_8_per_theme() -> None:
    per_theme = Counter(n.theme for n in NUDGES)
    assert len(NUDGES) >= 64
    assert set(per_theme) == set(THEMES)
    assert min(per_theme.values()) >= 8


def test_catalogue_keeps_every_shipped_key_or_retires_it() -> None:
    cat = default_catalogue()
    active = {n.key for n in cat.nudges}
    assert SHIPPED_KEYS.issubset(active | cat.retired_keys)
    assert not active & cat.retired_keys


@pytest.mark.parametrize("nudge", NUDGES, ids=lambda n: n.key)
def test_catalogue_text_is_short_plain_and_kind(nudge: Nudge) -> None:
    without_quotes = re.sub(r"“[^”]*”", "“…”", nudge.text)
    sentences = re.split(r"(?<=[.!?])\s+", without_quotes)
    assert 1 <= len(sentences) <= 2, nudge.text
    assert len(nudge.text) <= 140
    assert not BOSSY.search(nudge.text), nudge.text
    assert not set("<>&") & set(nudge.text)
    assert nudge.text[0].isupper() and nudge.text[-1] in ".?!”"


def test_catalogue_texts_are_all_different() -> None:
    assert len({n.text.casefold() for n in NUDGES}) == len(NUDGES)


def test_catalogue_is_loaded_once_and_frozen() -> None:
    assert default_catalogue() is default_catalogue()
    with pytest.raises(dataclasses.FrozenInstanceError):
        NUDGES[0].text = "changed"  # type: ignore[misc]
    assert default_catalogue().get(NUDGES[0].key) == NUDGES[0]
    assert default_catalogue().get("no-such-key") is None


GOOD = {"key": "talk-one", "theme": "ten_minutes", "text": "Talk."}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ("not json", "not valid JSON"),
        ({"nudges": "x"}, "'nudges' list"),
        ({"nudges": []}, "no nudges"),
        ({"nudges": [GOOD, GOOD]}, "duplicate"),
        ({"nudges": [GOOD], "retired_keys": ["talk-one"]}, "retired"),
        ({"nudges": [GOOD], "retired_keys": "talk-one"}, "retired_keys"),
        ({"nudges": [{**GOOD, "theme": "chores"}]}, "unknown theme"),
        ({"nudges": [{**GOOD, "key": "Talk One"}]}, "lowercase"),
        ({"nudges": [{**GOOD, "text": " "}]}, "non-empty"),
        ({"nudges": [{**GOOD, "text": "A & B."}]}, "<, > or &"),
        ({"nudges": [{**GOOD, "text": "x" * 201}]}, "one short line"),
        ({"nudges": [{**GOOD, "extra": 1}]}, "exactly"),
    ],
)
def test_parse_catalogue_rejects_bad_data(data: object, problem: str) -> None:
    raw = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(CatalogueError, match=re.escape(problem)):
        parse_catalogue(raw)


def test_pick_nudge_never_repeats_within_30_days_over_a_year() -> None:
    picks = _simulate(days=365, seed=6)
    last_sent: dict[str, datetime] = {}
    for now, nudge in picks:
        if nudge.key in last_sent:
            assert now - last_sent[nudge.key] >= REPEAT_WINDOW, nudge.key
        last_sent[nudge.key] = now
    assert len(last_sent) == len(NUDGES)  # a year is long enough to meet every nudge


def test_pick_nudge_varies_themes_day_to_day() -> None:
    themes = [nudge.theme for _, nudge in _simulate(days=365, seed=7)]
    assert all(a != b for a, b in pairwise(themes))
    assert all(len(set(themes[i : i + 4])) == 4 for i in range(len(themes) - 3))


def test_pick_nudge_is_deterministic_for_a_seed() -> None:
    assert _simulate(days=40, seed=1) == _simulate(days=40, seed=1)
    assert _simulate(days=40, seed=1) != _simulate(days=40, seed=2)


def test_pick_nudge_follows_a_theme_wish() -> None:
    rng = random.Random(0)
    assert {pick_nudge({}, START, rng, theme="repair").theme for _ in range(20)} == {"repair"}


def test_pick_nudge_theme_wish_yields_to_the_repeat_window() -> None:
    recent = {n.key: START - timedelta(days=1) for n in NUDGES if n.theme == "repair"}
    nudge = pick_nudge(recent, START, random.Random(0), theme="repair")
    assert nudge.theme != "repair"
    assert nudge.key not in recent


def test_pick_nudge_never_returns_an_excluded_key() -> None:
    cat = _small_catalogue(per_theme=1)
    keep = cat.nudges[3]
    exclude = {n.key for n in cat.nudges} - {keep.key}
    assert pick_nudge({}, START, random.Random(0), exclude=exclude, catalogue=cat) == keep
    with pytest.raises(LookupError):
        pick_nudge({}, START, random.Random(0), exclude=exclude | {keep.key}, catalogue=cat)


@pytest.mark.parametrize(
    ("age", "available"),
    [(REPEAT_WINDOW, True), (REPEAT_WINDOW - timedelta(seconds=1), False), (timedelta(0), False)],
)
def test_pick_nudge_window_boundary(age: timedelta, available: bool) -> None:
    cat = Catalogue(nudges=(Nudge("a", "repair", "A."), Nudge("never-sent", "repair", "B.")))
    recent = {"a": START - age}
    picked = {
        pick_nudge(recent, START, random.Random(seed), catalogue=cat).key for seed in range(16)
    }
    assert picked == ({"a", "never-sent"} if available else {"never-sent"})


def test_pick_nudge_falls_back_to_least_recently_sent() -> None:
    recent = {n.key: START - timedelta(hours=i + 1) for i, n in enumerate(NUDGES)}
    oldest, second = NUDGES[-1], NUDGES[-2]
    assert pick_nudge(recent, START, random.Random(0)) == oldest
    assert pick_nudge(recent, START, random.Random(0), exclude={oldest.key}) == second


def test_pick_nudge_avoids_the_last_three_themes() -> None:
    cat = _small_catalogue(per_theme=3)
    by_theme = {t: cat.in_theme(t)[0].key for t in THEMES}
    recent = {
        by_theme["repair"]: START - timedelta(days=1),
        by_theme["greeting"]: START - timedelta(days=2),
        by_theme["phones_down"]: START - timedelta(days=3),
        by_theme["ten_minutes"]: START - timedelta(days=4),
        "retired-long-ago": START - timedelta(days=1),  # unknown keys are ignored
    }
    themes = {
        pick_nudge(recent, START, random.Random(seed), catalogue=cat).theme for seed in range(200)
    }
    assert themes == set(THEMES) - {"repair", "greeting", "phones_down"}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"now": datetime(2025, 1, 1)}, "aware"),
        ({"theme": "chores"}, "unknown nudge theme"),
    ],
)
def test_pick_nudge_rejects_bad_arguments(kwargs: dict[str, object], error: str) -> None:
    arguments: dict[str, object] = {"recent": {}, "now": START, "rng": random.Random(0)}
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=error):
        pick_nudge(**arguments)  # type: ignore[arg-type]
