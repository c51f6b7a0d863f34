"""The README's "What it looks like" shows what Tend says today.

It had drifted: the first suggestion it quoted was one Tend stopped giving sessions ago.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import nlp

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


def test_readme_example_is_what_tend_says(analyzer: nlp.Analyzer) -> None:
    text = README.read_text("utf-8")
    draft = re.search(r"^> \*\*You:\*\* (.+)$", text, re.MULTILINE)
    shown = re.search(r"\(1 of 3\):\n> `([^`]+)`", text)
    assert draft is not None and shown is not None, "the README's example moved"
    analysis = analyzer.analyze(draft.group(1))
    assert analysis.flagged
    assert analysis.suggestions[0] == shown.group(1)
