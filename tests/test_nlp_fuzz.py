"""analyze() never raises and stays bounded in time on arbitrary Unicode."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import nlp

# Control, zero-width, right-to-left and emoji characters, mixed with words that trigger rules.
SPECIALS = "\u0000\u0007\t\n\r\u200b\u200c\u200d\u2060\ufeff\u202e\u200f\u061c\ud800\udfff"
WORDS = ["you", "never", "always", "u", "ur", "so", "lazy", "whatever", "if", "i'm", "leaving",
         "kill", "myself", "'", '"', "👍", "🙄", "❤️", "שלום", "مرحبا", ".", "?", "again", "AGAIN",
         "lol", "😂", "<b>", "</b>", "*", "**", "_", "~~", "EVERY", "single", "TIME"]  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=10_000),
    st.text(alphabet=st.sampled_from(SPECIALS), max_size=500),
    st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=1500).map(" ".join),
).map(lambda s: s[:10_000])


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


@settings(
    max_examples=60,
    deadline=5_000,  # milliseconds per draft: generous, a slow case still fails
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(text=TEXT)
@example(text="U& YOu.A0?")  # a sentence with no word in it ended on "?" (session 17)
def test_analyze_never_raises_on_arbitrary_unicode(text: str, analyzer: nlp.Analyzer) -> None:
    analysis = analyzer.analyze(text)
    assert analysis.flagged == bool(analysis.patterns or analysis.safety)
    for pattern in analysis.patterns:
        assert text[pattern.start : pattern.end] == pattern.text
    assert len(analysis.suggestions) <= 3


@pytest.mark.parametrize("text", ["you never \ud800 listen", "\udfff" * 40, "ur so lazy\ud83d"])
def test_analyze_takes_lone_surrogates(text: str, analyzer: nlp.Analyzer) -> None:
    """Telegram text can carry half a surrogate pair; spaCy cannot encode it."""
    analysis = analyzer.analyze(text)
    for pattern in analysis.patterns:
        assert text[pattern.start : pattern.end] == pattern.text
    assert all(s.encode("utf-8") for s in analysis.suggestions)
