"""The bag-of-words classifier: training is deterministic, the model matches its data, it loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

import nlp
from nlp.detect.judge import CLEARED_KEY, FINAL_KEY
from nlp.detect.textcat import (
    DEFAULT_PATH,
    FLAGGED,
    MODEL_SPAN_ID,
    SentenceScores,
    TextcatFinder,
    TextcatResult,
    categories_of,
    flagged_sentences,
    load_textcat,
    metadata_path,
)
from nlp.results import CATEGORIES
from nlp.train.textcat import (
    CORPUS_FILES,
    DATA_DIR,
    LABELS,
    data_digest,
    fit,
    read_rows,
    train_textcat,
)

_TINY = [
    ("you never listen to me", True, ["absolute"]),
    ("you always forget the bins", True, ["absolute"]),
    ("you are so lazy", True, ["labeling"]),
    ("if you go out tonight we are done", True, ["threat"]),
    ("thanks for dinner, it was lovely", False, []),
    ("can you pick up milk on the way home", False, []),
    ("i love how you always make me laugh", False, []),
    ("the train is late again", False, []),
]


def _write_tiny_corpus(folder: Path) -> list[Path]:
    path = folder / "tiny.jsonl"
    lines = [
        json.dumps(
            {"text": t, "flagged": f, "categories": c, "template": f"t{i % 5}", "split": "train"}
        )
        for i, (t, f, c) in enumerate(_TINY * 3)
    ]
    held_out = {"text": "held out", "flagged": True, "categories": [], "template": "x"}
    lines.append(json.dumps({**held_out, "split": "test"}))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return [path]


def test_textcat_reads_only_the_training_split(tmp_path: Path) -> None:
    rows = read_rows(_write_tiny_corpus(tmp_path))
    assert len(rows) == len(_TINY) * 3
    assert all(row.text != "held out" for row in rows)
    assert rows[0].labels == {"absolute", FLAGGED}


def test_textcat_training_is_deterministic(tmp_path: Path) -> None:
    rows = read_rows(_write_tiny_corpus(tmp_path))
    first, second = fit(rows, epochs=2), fit(rows, epochs=2)
    text = "you never help"
    assert first(text).cats == second(text).cats


def test_textcat_trains_writes_and_loads(tmp_path: Path) -> None:
    paths = _write_tiny_corpus(tmp_path)
    out = tmp_path / "model" / "textcat"
    meta = train_textcat(out, paths)
    written = json.loads(metadata_path(out).read_text("utf-8"))
    assert written == meta
    assert written["data_sha256"] == data_digest(paths)
    assert set(written["thresholds"]) == set(LABELS)
    model = load_textcat(out)
    draft = "thanks for dinner. you never listen to me!"
    result = model(draft)
    assert set(result.scores) == set(LABELS)
    assert [draft[s.start : s.end] for s in result.sentences] == [
        "thanks for dinner.",
        "you never listen to me!",
    ]
    assert result.labels == model.labels_of(result.scores)


@pytest.mark.skipif(not DEFAULT_PATH.is_dir(), reason="no committed classifier")
def test_textcat_committed_model_matches_its_training_data() -> None:
    meta = json.loads(metadata_path(DEFAULT_PATH).read_text("utf-8"))
    assert meta["data_sha256"] == data_digest([DATA_DIR / name for name in CORPUS_FILES]), (
        "the corpus changed since the classifier was trained: run `python -m nlp.train textcat`"
    )


def _scores(every: float, some: dict[str, float]) -> dict[str, float]:
    scores: dict[str, float] = dict.fromkeys(CATEGORIES, every)
    return scores | some


def _result(sentences: list[tuple[int, int, float]], draft: float) -> TextcatResult:
    """Scores with "flagged" set per sentence (threshold 0.5) and "demand" just over its own."""
    thresholds = _scores(0.5, {FLAGGED: 0.5})
    rows = []
    for start, end, flagged in sentences:
        scores = _scores(0.1, {"demand": 0.6, FLAGGED: flagged})
        labels = frozenset(k for k, v in scores.items() if v >= thresholds[k])
        rows.append(SentenceScores(start, end, scores, labels))
    combined = {FLAGGED: max([draft, *(r.scores[FLAGGED] for r in rows)])}
    return TextcatResult(
        combined, frozenset({FLAGGED} if combined[FLAGGED] >= 0.5 else ()), tuple(rows)
    )


@pytest.mark.parametrize(
    ("sentences", "draft", "chosen"),
    [
        ([(0, 5, 0.9), (6, 10, 0.2)], 0.3, [0]),
        ([(0, 5, 0.9), (6, 10, 0.7)], 0.3, [0, 1]),
        ([(0, 5, 0.3), (6, 10, 0.4)], 0.8, [1]),
        ([(0, 5, 0.3), (6, 10, 0.4)], 0.4, []),
    ],
)
def test_textcat_flag_points_at_its_sentences(
    sentences: list[tuple[int, int, float]], draft: float, chosen: list[int]
) -> None:
    result = _result(sentences, draft)
    assert flagged_sentences(result) == [result.sentences[n] for n in chosen]


def test_textcat_categories_most_confident_first_or_the_closest() -> None:
    thresholds = _scores(0.5, {})
    scores = _scores(0.1, {"threat": 0.9, "demand": 0.6, "blame": 0.55})
    assert categories_of(scores, thresholds) == ["threat", "demand"]
    assert categories_of(_scores(0.1, {"blame": 0.3}), thresholds) == ["blame"]


class _FixedScorer:
    """A classifier that flags one character range."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.thresholds = _scores(0.5, {FLAGGED: 0.5})

    def __call__(self, text: str) -> TextcatResult:
        return _result([(self.start, self.end, 0.9)], 0.9)


def test_textcat_finder_adds_a_sentence_no_rule_covers() -> None:
    from nlp.detect import pipeline  # noqa: F401  (registers the Doc extensions)

    language = spacy.blank("en")
    doc = language.make_doc("thanks for dinner. bins. tonight. not tomorrow.")
    doc.spans[FINAL_KEY] = []
    found = TextcatFinder(_FixedScorer(19, 47))(doc)
    spans = list(found.spans[FINAL_KEY])
    assert [(s.text, s.label_, s.id_) for s in spans] == [
        ("bins. tonight. not tomorrow.", "demand", MODEL_SPAN_ID)
    ]


def test_textcat_finder_leaves_rule_matches_and_guards_alone() -> None:
    from nlp.detect import pipeline  # noqa: F401  (registers the Doc extensions)

    language = spacy.blank("en")
    doc = language.make_doc("you never listen. thanks for dinner.")
    rule = Span(doc, 0, 2, label="absolute", span_id="never")
    doc.spans[FINAL_KEY] = [rule]
    doc.spans[CLEARED_KEY] = [Span(doc, 4, 6, label="guard")]
    for start, end in [(0, 17), (18, 36)]:
        spans = list(TextcatFinder(_FixedScorer(start, end))(doc).spans[FINAL_KEY])
        assert [(s.text, s.id_) for s in spans] == [("you never", "never")]


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.Analyzer(textcat=True)


@pytest.mark.skipif(not DEFAULT_PATH.is_dir(), reason="no committed classifier")
def test_textcat_model_only_finding_is_a_sentence_with_a_rewrite(analyzer: nlp.Analyzer) -> None:
    draft = "Got the tickets. Just go to bed earlier then."
    rules_only = nlp.Analyzer(learned_blame=False).analyze(draft)
    result = analyzer.analyze(draft)
    assert not rules_only.flagged
    assert result.flagged
    assert {p.text for p in result.patterns} == {"Just go to bed earlier then."}
    assert result.suggestions


def test_textcat_scores_a_batch_with_empty_texts_as_it_scores_each_alone() -> None:
    # thinc's n-gram layer failed on a batch mixing empty and non-empty docs; learned blame
    # batches every draft and sentence of an analyze_many call, "" included.
    textcat = load_textcat()
    texts = ["", "you never listen", " ", "", "thanks for dinner"]
    batched = textcat.score_texts(texts)
    alone = [textcat.score_texts([text])[0] for text in texts]
    for got, want in zip(batched, alone, strict=True):
        assert got == pytest.approx(want)
