"""The weekly chart: a real PNG of the right size, drawn headless and thread-safely."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from matplotlib import image as mpimg
from matplotlib.colors import to_rgb

from bot.history.chart import (
    BACKGROUND,
    BAR,
    LINE,
    SIZE_PX,
    render_weekly_chart,
    shown_weeks,
    top_patterns,
)
from bot.history.stats import CATEGORIES, WeekCounts
from bot.history.texts import CHART_EMPTY_DETAIL, CHART_TITLE

FIRST_MONDAY = date(2026, 9, 7)


def _weeks(per_week: dict[str, int], n: int = 12, checked: int = 20) -> list[WeekCounts]:
    """n weeks; week i has `count + i % 3` drafts for each category (0 stays 0)."""
    return [
        WeekCounts(
            FIRST_MONDAY + timedelta(weeks=i),
            checked,
            min(checked, 10 - i // 2),
            tuple((k, v + i % 3) for k, v in per_week.items() if v),
        )
        for i in range(n)
    ]


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _pixels(png: bytes) -> np.ndarray:
    return mpimg.imread(io.BytesIO(png), format="png")


def _has_colour(pixels: np.ndarray, colour: str) -> bool:
    target = np.array(to_rgb(colour))
    return bool((np.abs(pixels[..., :3] - target).max(axis=-1) < 0.01).sum() > 500)


@pytest.mark.parametrize(
    "per_week",
    [{"blame": 3}, {"absolute": 2, "contempt": 1, "blame": 4}, dict.fromkeys(CATEGORIES, 1)],
    ids=["one", "three", "all"],
)
def test_render_weekly_chart_is_a_square_phone_sized_png(per_week: dict[str, int]) -> None:
    png = render_weekly_chart(_weeks(per_week), title=CHART_TITLE)
    assert _png_size(png) == (SIZE_PX, SIZE_PX)
    pixels = _pixels(png)
    assert pixels.shape[:2] == (SIZE_PX, SIZE_PX)
    assert pixels[..., :3].std() > 0.05  # not a blank canvas


def test_render_weekly_chart_draws_checked_bars_and_the_flagged_line_on_a_solid_card() -> None:
    pixels = _pixels(render_weekly_chart(_weeks({"blame": 3, "absolute": 1}), title="t"))
    assert _has_colour(pixels, BAR) and _has_colour(pixels, LINE)
    # Opaque everywhere, and the card colour at the corners: never lost in a dark chat.
    assert pixels.shape[2] == 3 or float(pixels[..., 3].min()) == 1.0
    assert np.allclose(pixels[5, 5, :3], to_rgb(BACKGROUND), atol=0.01)


def test_top_patterns_names_the_two_seen_most_in_the_bots_words() -> None:
    weeks = _weeks({"absolute": 5, "blame": 3, "stonewalling": 1})
    assert [label for label, _ in top_patterns(weeks)] == ["always/never", "blame"]


def test_shown_weeks_start_at_the_first_checked_week_but_keep_four() -> None:
    empty = [WeekCounts(FIRST_MONDAY + timedelta(weeks=i)) for i in range(11)]
    first = WeekCounts(FIRST_MONDAY + timedelta(weeks=11), 3, 1, (("blame", 1),))
    assert shown_weeks([*empty, first])[-1] == first
    assert len(shown_weeks([*empty, first])) == 4
    assert len(shown_weeks(_weeks({"blame": 1}))) == 12


def test_render_weekly_chart_empty_state_says_what_will_appear() -> None:
    png = render_weekly_chart(_weeks({}, checked=0), title=CHART_TITLE)
    assert _png_size(png) == (SIZE_PX, SIZE_PX)
    pixels = _pixels(png)
    assert not _has_colour(pixels, BAR) and not _has_colour(pixels, LINE)
    assert pixels[..., :3].std() > 0.02  # the title and the explanation are drawn
    assert "second week" in CHART_EMPTY_DETAIL and "bar" in CHART_EMPTY_DETAIL


def test_render_weekly_chart_rejects_no_weeks() -> None:
    with pytest.raises(ValueError, match="weeks"):
        render_weekly_chart([], title=CHART_TITLE)


def test_render_weekly_chart_is_deterministic_across_threads() -> None:
    weeks = _weeks({"blame": 3, "demand": 2, "contempt": 1})
    expected = render_weekly_chart(weeks, title=CHART_TITLE)
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda _: render_weekly_chart(weeks, title=CHART_TITLE), range(3)))
    assert results == [expected] * 3


def test_render_weekly_chart_imports_matplotlib_lazily_and_never_pyplot() -> None:
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from bot.history import chart, stats\n"
        "assert 'matplotlib' not in sys.modules, 'imported at start-up'\n"
        "chart.render_weekly_chart([stats.WeekCounts(date(2026, 11, 23))], title='t')\n"
        "assert 'matplotlib' in sys.modules\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot touched'\n"
    )
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120, cwd=root)


def test_warm_up_renders_without_data() -> None:
    from bot.history.chart import warm_up

    warm_up()  # must not raise on an empty history
