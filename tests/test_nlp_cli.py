"""`python -m nlp`: readable, --json, --jsonl, --info."""

from __future__ import annotations

import io
import json

import pytest

import nlp
from nlp.__main__ import main


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


def run(argv: list[str], analyzer: nlp.Analyzer, stdin: str = "") -> str:
    out = io.StringIO()
    assert main(argv, stdin=io.StringIO(stdin), stdout=out, analyzer=analyzer) == 0
    return out.getvalue()


def test_cli_prints_a_readable_analysis(analyzer: nlp.Analyzer) -> None:
    text = run(["You never listen to me."], analyzer)
    assert (
        "absolute" in text
        and "suggestions:" in text
        and "1. I feel unheard when you don't listen to me." in text
    )


def test_cli_json_has_the_documented_keys(analyzer: nlp.Analyzer) -> None:
    data = json.loads(run(["--json", "You never listen to me."], analyzer))
    assert set(data) == {
        "flagged",
        "patterns",
        "suggestions",
        "safety",
        "check_in",
        "read_lightly",
    }
    assert data["flagged"] is True and data["safety"] is None


def test_cli_jsonl_answers_each_line_in_order(analyzer: nlp.Analyzer) -> None:
    lines = ["ok", "you never help", "i want to die", ""] * 20
    rows = [
        json.loads(line)
        for line in run(["--jsonl"], analyzer, "\n".join(lines) + "\n").splitlines()
    ]
    assert len(rows) == len(lines)
    assert [r["flagged"] for r in rows[:4]] == [False, True, True, False]
    assert rows[2]["safety"]["kind"] == "crisis" and rows[2]["suggestions"] == []


def test_cli_info_names_the_pipeline(analyzer: nlp.Analyzer) -> None:
    assert "tend_judge" in run(["--info"], analyzer)


def test_cli_without_a_draft_is_a_usage_error(analyzer: nlp.Analyzer) -> None:
    with pytest.raises(SystemExit):
        main([], stdout=io.StringIO(), analyzer=analyzer)
