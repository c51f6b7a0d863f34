"""The learned blame heads (nlp/detect/blame_model.py): provenance, placement, figures."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import nlp
from nlp.detect.blame_model import (
    FLAGGED,
    HEADS_FILE,
    LABELS,
    judge_sentences,
    owns_a_feeling,
)
from nlp.encoder.files import GRAPH_SHA256
from nlp.encoder.heads import Heads, load_heads
from nlp.rewrite.texts import EXPLANATIONS
from nlp.train import blame
from nlp.train.data import data_sha256
from nlp.train.textcat import BLIND_FILES, SHORT_FILES, UNSEEN_BLIND_FILES

# Measured on the frozen test split (1,110 drafts), 2026-12-06, both views (heads and the
# classifier, geometric mean), as the training run printed it: model alone P 0.954 R 0.631
# CR 0.367; rules + model P 0.925 R 0.690 CR 0.459 (rules alone P 0.831 R 0.200 CR 0.161).
# The int8 encoder's embeddings move a little with what else is in the batch, so the floor
# sits a few points under the measurement, and a retrain that loses ground fails.
# Recall floors lowered by 0.01 in session 7: on the encoder tuned for safety the heads lost
# a little blame recall (combined 0.675 -> 0.657; bench/RESULTS.md, "Safety, session 7").
# Session 8, the encoder tuned on blame too, and the blind rounds' test splits beside the
# frozen one (writers who never saw the rules; round 1's train rows are trained on):
# frozen model P 0.953 R 0.719 CR 0.461, combined P 0.918 R 0.753 CR 0.521; blind round 1 model
# 0.890/0.490/0.283, combined 0.849/0.534/0.319; blind round 2 (never trained on) model
# 0.949/0.557/0.411, combined 0.896/0.626/0.472 (bench/RESULTS.md, "Session 8").
TEST_FLOOR = {
    "frozen": {
        "model": {"precision": 0.93, "recall": 0.69, "category_recall": 0.43},
        "combined": {"precision": 0.90, "recall": 0.73, "category_recall": 0.49},
    },
    "blind round 1": {
        "model": {"precision": 0.86, "recall": 0.46, "category_recall": 0.25},
        "combined": {"precision": 0.82, "recall": 0.51, "category_recall": 0.29},
    },
    "blind round 2": {
        "model": {"precision": 0.92, "recall": 0.53, "category_recall": 0.38},
        "combined": {"precision": 0.87, "recall": 0.60, "category_recall": 0.44},
    },
    # Short everyday turns (session 9, never trained on; 392 test rows, 91 blaming): model
    # 0.867/0.571/0.464, combined 0.788/0.736/0.564 (its precision is its false-flag measure).
    "short turns": {
        "model": {"precision": 0.84, "recall": 0.54, "category_recall": 0.43},
        "combined": {"precision": 0.76, "recall": 0.70, "category_recall": 0.53},
    },
}


# Which files each set's test rows come from: the frozen split and the first blind round are
# among the training files; the second blind round and the short turns are never trained on.
_SET_FILES = {
    "frozen": blame.CORPUS_FILES,
    "blind round 1": BLIND_FILES,
    "blind round 2": UNSEEN_BLIND_FILES,
    "short turns": SHORT_FILES,
}


def _test_rows(name: str) -> list[blame.Row]:
    return [r for f in _SET_FILES[name] for r in blame.file_rows(f) if r.split == "test"]


@pytest.fixture(scope="module")
def heads() -> Heads:
    return load_heads(HEADS_FILE)


def test_blame_heads_data_hash_matches_the_training_files(heads: Heads) -> None:
    assert heads.data_sha256 == data_sha256(blame.training_files()), (
        "the blame training data changed: retrain with `python -m nlp.train blame`"
    )


def test_blame_heads_encoder_hash_matches_the_pinned_graph(heads: Heads) -> None:
    assert heads.encoder_sha256 == GRAPH_SHA256


def test_blame_heads_name_flagged_and_every_category(heads: Heads) -> None:
    assert heads.labels == LABELS
    assert heads.weights.shape == (len(LABELS), 384)
    assert 0.0 <= heads.threshold(FLAGGED, "flag") <= 1.0


def _scores(rows: list[list[float]]) -> np.ndarray:
    """Score rows with only the flagged column and the "blame" column set."""
    out = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
    for n, (flagged, blame_score) in enumerate(rows):
        out[n, 0], out[n, LABELS.index("blame")] = flagged, blame_score
    return out


THRESHOLDS = {label: 0.5 for label in LABELS}


@pytest.mark.parametrize(
    ("rows", "covered", "cleared", "owned", "expected"),
    [
        # draft, sentence 1, sentence 2: the second sentence is the flagged one
        ([[0.9, 0.9], [0.1, 0.0], [0.9, 0.9]], [False, False], [False, False], [False] * 2, [1]),
        # the sentence a rule already covers is left to the rule
        ([[0.9, 0.9], [0.1, 0.0], [0.9, 0.9]], [False, True], [False, False], [False] * 2, []),
        # a guard cleared it
        ([[0.9, 0.9], [0.1, 0.0], [0.9, 0.9]], [False, False], [False, True], [False] * 2, []),
        # it owns a feeling or a need ("I feel worn out when …")
        ([[0.9, 0.9], [0.1, 0.0], [0.9, 0.9]], [False, False], [False, False], [False, True], []),
        # only the draft as a whole scores: its best sentence carries the flag
        ([[0.9, 0.9], [0.2, 0.0], [0.4, 0.9]], [False, False], [False, False], [False] * 2, [1]),
        ([[0.2, 0.9], [0.2, 0.0], [0.4, 0.9]], [False, False], [False, False], [False] * 2, []),
    ],
)
def test_judge_sentences_points_at_the_sentence(
    rows: list[list[float]],
    covered: list[bool],
    cleared: list[bool],
    owned: list[bool],
    expected: list[int],
) -> None:
    verdicts = judge_sentences(
        _scores(rows), THRESHOLDS, covered=covered, cleared=cleared, owned=owned
    )
    assert [v.sentence for v in verdicts] == expected
    assert all(v.categories == ("blame",) for v in verdicts)


# Rules do not match these sentences; the trained heads flag them (checked below).
MODEL_ONLY = (
    "Thanks for cooking tonight. <b>You get a kick out of spending money we don't have.</b>"
)
MODEL_ONLY_SENTENCE = "You get a kick out of spending money we don't have."


@pytest.fixture(scope="module")
def learned() -> nlp.Analyzer:
    """The heads without the bag-of-words classifier, so what they flag is theirs."""
    return nlp.Analyzer(allow_fallback=False, learned_blame=True, textcat=False)


def test_learned_blame_is_on_by_default_and_can_be_switched_off() -> None:
    assert "tend_blame_model" in nlp.default_analyzer().info.pipeline
    assert nlp.analyze(MODEL_ONLY).flagged
    rules = nlp.Analyzer(learned_blame=False)
    assert "tend_blame_model" not in rules.info.pipeline
    assert not rules.analyze(MODEL_ONLY).flagged


def test_model_only_flag_points_at_its_sentence_in_the_original_text(
    learned: nlp.Analyzer,
) -> None:
    assert "tend_blame_model" in learned.info.pipeline
    analysis = learned.analyze(MODEL_ONLY)
    assert analysis.flagged
    # One pattern per category the heads give the sentence (at most two), all over it.
    assert analysis.patterns
    for pattern in analysis.patterns:
        assert MODEL_ONLY[pattern.start : pattern.end] == pattern.text == MODEL_ONLY_SENTENCE
        assert pattern.start == MODEL_ONLY.index(MODEL_ONLY_SENTENCE)
        assert pattern.explanation in EXPLANATIONS.values()
        assert pattern.learned


@pytest.fixture(scope="module", params=sorted(TEST_FLOOR))
def test_figures(heads: Heads, request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    from nlp.detect.textcat import load_textcat

    name = str(request.param)
    rows = _test_rows(name)
    reads = blame.read_drafts([r.text for r in rows])
    scorer = load_textcat()
    view = str(heads.meta["view"])
    scores = [
        blame.view_scores(view, heads.scores(read.matrix), blame.textcat_matrix(scorer, read))
        for read in reads
    ]
    thresholds = {label: heads.threshold(label, "flag") for label in LABELS}
    guards = bool(heads.meta["respect_guards"])
    return name, {
        view: blame.figures(
            rows,
            [
                blame.decide(
                    r, s, thresholds, use_rules=rules, use_model=model, respect_guards=guards
                )
                for r, s in zip(reads, scores, strict=True)
            ],
        )
        for view, rules, model in (("model", False, True), ("combined", True, True))
    }


def test_blame_heads_were_trained_beside_the_committed_classifier(heads: Heads) -> None:
    from nlp.detect.textcat import load_textcat

    if heads.meta.get("view") == "both":
        data = load_textcat().meta["data_sha256"]["all"]
        assert heads.meta["textcat_sha256"] == data, (
            "the classifier was retrained after the heads: run `python -m nlp.train blame`"
        )


@pytest.mark.parametrize("view", ["model", "combined"])
def test_blame_test_split_figures_hold_their_floor(
    view: str, test_figures: tuple[str, dict[str, Any]]
) -> None:
    name, figures = test_figures
    measured = figures[view]
    short = [
        f"{figure} {measured[figure]} < {floor}"
        for figure, floor in TEST_FLOOR[name][view].items()
        if measured[figure] < floor
    ]
    assert not short, f"{name}, {view}: " + "; ".join(short)


def test_blame_model_skipping_the_encoder_never_changes_its_findings() -> None:
    """With both views, the encoder pass is skipped only when the classifier shows it
    cannot change the verdict."""
    from nlp.detect.blame_model import BlameModel
    from nlp.detect.judge import FINAL_KEY
    from nlp.train.data import DATA_DIR, read_rows

    analyzer = nlp.Analyzer(allow_fallback=False, learned_blame=True)
    pipeline = analyzer._nlp
    model = pipeline.get_pipe("tend_blame_model")
    assert isinstance(model, BlameModel)
    texts = [
        row["text"]
        for name in ("corpus_blaming_a.jsonl", "corpus_innocent.jsonl", "corpus_everyday.jsonl")
        for n, row in enumerate(read_rows(DATA_DIR / name))
        if n % 11 == 0
    ]
    skipped = 0

    def found(doc: Any) -> list[tuple[int, int, str, str]]:
        return [(s.start, s.end, s.label_, s.id_) for s in doc.spans.get(FINAL_KEY, [])]

    with pipeline.select_pipes(disable=["tend_blame_model"]):
        quick_docs = list(pipeline.pipe(texts))
        full_docs = list(pipeline.pipe(texts))
    for quick, full in zip(quick_docs, full_docs, strict=True):
        model.find(quick)
        skipped += quick._.tend_embedding is None
        assert found(quick) == found(model.find(full, read_always=True)), quick.text
    if model.view == "both":
        assert skipped > len(texts) // 4


def test_blame_model_batched_and_warmed_reads_change_no_verdict() -> None:
    """`analyze_many` has the classifier read a whole batch's texts in one call, and the
    classifier's vocabulary is made at load (nlp/detect/textcat.py): every finding, safety
    concern and check-in is the one the model gives reading draft by draft with a classifier
    loaded cold, as it did before either change."""
    import json

    import spacy

    from nlp.detect.blame_model import BlameModel
    from nlp.detect.judge import FINAL_KEY
    from nlp.detect.textcat import DEFAULT_PATH, Textcat, metadata_path
    from nlp.train.data import DATA_DIR, read_rows

    analyzer = nlp.Analyzer(allow_fallback=False, learned_blame=True)
    pipeline = analyzer._nlp
    model = pipeline.get_pipe("tend_blame_model")
    assert isinstance(model, BlameModel)
    meta = json.loads(metadata_path(DEFAULT_PATH).read_text("utf-8"))
    cold = Textcat(spacy.load(DEFAULT_PATH), meta["thresholds"], meta)
    one_at_a_time = BlameModel(model.heads, cold if model.textcat is not None else None)
    texts = [
        row["text"]
        for name in (
            "corpus_blaming_b.jsonl",
            "corpus_blind_c.jsonl",
            "corpus_everyday.jsonl",
            "safety_more.jsonl",
        )
        for n, row in enumerate(read_rows(DATA_DIR / name))
        if n % 9 == 0
    ][:400]

    def verdict(doc: Any) -> tuple[object, ...]:
        spans = [(s.start, s.end, s.label_, s.id_) for s in doc.spans.get(FINAL_KEY, [])]
        return spans, repr(doc._.tend_safety), repr(doc._.tend_check_in)

    with pipeline.select_pipes(disable=["tend_blame_model"]):
        before = [verdict(one_at_a_time.find(doc)) for doc in pipeline.pipe(texts)]
    after = [verdict(doc) for doc in pipeline.pipe(texts, batch_size=64)]
    assert len(texts) >= 300
    assert sum(bool(spans) for spans, _, _ in before) > len(texts) // 4
    for text, old, new in zip(texts, before, after, strict=True):
        assert new == old, text
    some = texts[::10]
    assert analyzer.analyze_many(some) == [analyzer.analyze(text) for text in some]


def _read(rules: list[frozenset[str]], cleared: list[bool], owned: list[bool]) -> blame.Read:
    from nlp.detect.blame_model import SentenceRows

    count = len(rules)
    rows = SentenceRows(
        np.zeros((count + 1, 384), dtype=np.float32),
        [(n, n + 1) for n in range(count)],
        rules,
        cleared,
        owned,
    )
    categories = frozenset().union(*rules)
    return blame.Read(rows, ("",) * (count + 1), bool(categories), categories)


@pytest.mark.parametrize("seed", range(40))
def test_model_reach_is_the_highest_threshold_judge_sentences_flags_at(seed: int) -> None:
    """Threshold choice reads `_model_reach` instead of calling judge_sentences per threshold."""
    rng = np.random.default_rng(seed)
    count = int(rng.integers(1, 4))
    scores = rng.random((count + 1, len(LABELS))).astype(np.float32)
    rules = [frozenset({"blame"}) if rng.random() < 0.3 else frozenset() for _ in range(count)]
    cleared = [bool(rng.random() < 0.2) for _ in range(count)]
    owned = [bool(rng.random() < 0.2) for _ in range(count)]
    read = _read(rules, cleared, owned)
    reach = blame._model_reach(read, scores, use_rules=True)
    for t in np.linspace(0.0, 1.0, 101):
        thresholds = {**THRESHOLDS, FLAGGED: float(t)}
        flags = judge_sentences(
            scores, thresholds, covered=[bool(r) for r in rules], cleared=cleared, owned=owned
        )
        assert bool(flags) == (reach >= t), (t, reach)


def test_everyday_turns_are_read_as_short_messages_too() -> None:
    from nlp.train.textcat import pieces

    assert pieces({"text": "Yes. I loved that film! Did you see it?"}) == [
        "Yes.",
        "I loved that film!",
        "Did you see it?",
    ]
    assert pieces({"text": "Just one sentence here"}) == []


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("I feel worn out when you don't do the dishes.", True),
        ("I've been feeling lonely since you started nights.", True),
        ("Im feeling a bit low about the weekend", True),
        ("I need you to call if you're going to be late.", True),
        ("I'd really appreciate a hand with the bins.", True),
        ("It sounds like you're exhausted.", True),
        ("Could we talk tonight?", True),
        ("I'd like us to agree on how we both handle the cat from now on.", True),
        ("Could you take the photo down?", True),
        ("I feel like I'm not even there when you don't notice me.", True),
        ("I feel like a lodger in my own home.", True),
        ("I feel as if I'm talking to a wall.", True),
        ("I feel like you never listen to me.", False),
        ("I feel as if you don't care.", False),
        ("I feel that you don't care.", False),
        ("You never call when you're late.", False),
        ("I hate that you always do this.", False),
    ],
)
def test_owns_a_feeling_reads_the_sentence_opening(sentence: str, owned: bool) -> None:
    import spacy

    doc = spacy.blank("en")(sentence)
    assert owns_a_feeling(doc[:]) is owned


def test_learned_blame_leaves_an_i_statement_to_the_rules(learned: nlp.Analyzer) -> None:
    """The model read "… when you don't do the dishes" as blame, Tend's own suggestions
    included; an owned feeling is not flagged by the model alone, and a jab inside one still is
    by the rules."""
    assert not learned.analyze("I feel worn out when you don't do the dishes.").flagged
    assert "absolute" in learned.analyze("I feel like you never do the dishes.").categories


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thanks for cooking tonight. You get a kick out of spending money we don't have.", True),
        ("I feel worn out when you don't do the dishes. Could we talk about it tonight?", False),
        ("You said you'd be home by 7. I've been feeling uneasy about it. Could we talk?", False),
    ],
)
def test_blame_model_reads_a_suggestion_as_a_draft_like_the_analyzer(
    text: str, flagged: bool, learned: nlp.Analyzer
) -> None:
    """How Tend checks its own suggestions without a parse: the same verdict as sending the
    text as a draft (whose rules match nothing here)."""
    from nlp.analyzer import _sentences
    from nlp.detect.blame_model import BlameModel
    from nlp.encoder.component import EncoderComponent

    model = learned._nlp.get_pipe("tend_blame_model")
    encoder = learned._nlp.get_pipe("tend_encoder")
    assert isinstance(model, BlameModel) and isinstance(encoder, EncoderComponent)
    analysis = learned.analyze(text)
    assert all(p.learned for p in analysis.patterns)
    assert model.flags_as_draft(text, _sentences(text), encoder.encoder) is flagged
    assert analysis.flagged is flagged
