"""The sentence encoder: pinned files, a graph faithful to upstream, and the spaCy component."""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

import nlp
from nlp.encoder import files
from nlp.encoder.heads import load_heads
from nlp.encoder.runtime import Encoder
from nlp.safety.model import HEADS_FILE
from nlp.train import safety as safety_training
from nlp.train import tune
from nlp.train.data import data_sha256, read_rows, split_of

DATA = Path(__file__).parent / "data"
REFERENCE = json.loads((DATA / "encoder_reference.json").read_text("utf-8"))
REFERENCE_TEXTS = [row["text"] for row in REFERENCE["rows"]]
REFERENCE_VECTORS = np.array([row["embedding"] for row in REFERENCE["rows"]], dtype=np.float32)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder()


def test_encoder_files_match_their_pins() -> None:
    assert files.check_built().ok, files.check_built().describe()


@functools.cache
def _upstream_files() -> dict[str, bytes]:
    """The verified upstream files, read (and hashed, 90 MB) once for the tests below."""
    return files.read_verified(files.package_zip())


def _fp32_vectors(weights: dict[str, npt.NDArray[np.float32]]) -> npt.NDArray[np.float32]:
    """The reference texts through an fp32 graph of `weights`, padded in one batch."""
    import onnxruntime
    from tokenizers import Tokenizer

    from nlp.encoder.graph import build_graph

    upstream = _upstream_files()
    session = onnxruntime.InferenceSession(
        build_graph(weights).SerializeToString(), providers=["CPUExecutionProvider"]
    )
    tokenizer = Tokenizer.from_str(upstream["tokenizer.json"].decode())
    tokenizer.enable_padding(pad_id=0)
    encoded = tokenizer.encode_batch(REFERENCE_TEXTS)
    ids = np.array([e.ids for e in encoded], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
    (vectors,) = session.run(["embedding"], {"input_ids": ids, "attention_mask": mask})
    return np.asarray(vectors, dtype=np.float32)


def _upstream_weights() -> dict[str, npt.NDArray[np.float32]]:
    from nlp.encoder.graph import weights_from_safetensors

    return weights_from_safetensors(_upstream_files()["model.safetensors"])


def test_encoder_int8_close_to_its_fp32_graph(encoder: Encoder) -> None:
    """Quantisation keeps the tuned encoder's vectors (the fp32 graph of the same weights)."""
    fp32 = _fp32_vectors(files.tuned_weights(_upstream_weights()))
    cosines = (encoder.embed(REFERENCE_TEXTS) * fp32).sum(axis=1)
    worst = REFERENCE_TEXTS[int(cosines.argmin())]
    assert cosines.min() >= 0.95, f"int8 drifted on {worst!r}: cosine {cosines.min():.3f}"
    assert cosines.mean() >= 0.98


def test_encoder_tuned_layers_only_move_the_top() -> None:
    """The tuned file replaces the top layers' tensors and nothing else; the rest is upstream."""
    from safetensors.numpy import load

    tuned = load(files.TUNED_FILE.read_bytes())
    layers = {int(name.split(".")[2]) for name in tuned}
    assert layers == set(range(6 - tune.TUNED_LAYERS, 6))
    assert sorted(tuned) == sorted(tune.tuned_names(sorted(layers)))


def test_encoder_tuned_layers_trained_on_the_data_in_the_repo() -> None:
    """Fails when the safety or blame data changed and `python -m nlp.train tune` was not
    rerun."""
    assert tune.trained_on() == data_sha256(tune.training_files()), (
        "tests/data changed since the encoder was tuned: run python -m nlp.train tune, "
        "rebuild the encoder and retrain the heads"
    )


def test_encoder_tampered_tuned_layers_are_refused(tmp_path: Path) -> None:
    tampered = tmp_path / "tuned.safetensors"
    data = bytearray(files.TUNED_FILE.read_bytes())
    data[-1] ^= 0xFF
    tampered.write_bytes(bytes(data))
    with pytest.raises(files.EncoderIntegrityError):
        files.tuned_weights(_upstream_weights(), tampered)


@pytest.mark.parametrize("held_out", [True, False])
def test_tuning_holds_out_about_a_fifth_of_templates(held_out: bool) -> None:
    templates = [f"template-{n}" for n in range(2000)]
    share = sum(tune.tuning_holds_out(t) == held_out for t in templates) / len(templates)
    assert abs(share - (0.2 if held_out else 0.8)) < 0.03


def test_tuning_rows_are_train_rows_not_kept_back() -> None:
    """The tuned layers never see a test row, nor the train rows whose scores choose the
    heads' thresholds (nlp/train/safety.py and blame.py read them as unseen)."""
    from nlp.train import blame as blame_training

    rows = tune.tuning_rows()
    labelled = [(r.text, r.template, r.split) for r in safety_training.load_rows()]
    labelled += [(r.text, r.template, r.split) for r in blame_training.load_rows()]
    unseen = {
        (text, template)
        for text, template, split in labelled
        if split != "train" or tune.tuning_holds_out(template)
    }
    assert {r.task.start for r in rows} == {0, tune.BLAME_OUTPUTS.start}
    assert not [r.text for r in rows if (r.text, r.template) in unseen]


@pytest.mark.slow
def test_encoder_fp32_graph_equals_upstream() -> None:
    """The graph written from the weights is BERT exactly: fp32 matches sentence-transformers."""
    vectors = _fp32_vectors(_upstream_weights())
    assert (vectors * REFERENCE_VECTORS).sum(axis=1).min() >= 0.9999


def test_encoder_embeddings_are_unit_length_and_ordered(encoder: Encoder) -> None:
    texts = ["ok", "You never listen to me.", "ok"]
    vectors = encoder.embed(texts)
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.allclose(vectors[0], vectors[2], atol=1e-6)
    assert encoder.embed([]).shape == (0, 384)


def test_encoder_tampered_graph_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "encoder"
    shutil.copytree(files.encoder_dir(), copy)
    graph = copy / files.GRAPH_FILE
    data = bytearray(graph.read_bytes())
    data[len(data) // 2] ^= 0xFF
    graph.write_bytes(bytes(data))
    with pytest.raises(files.EncoderIntegrityError):
        Encoder(copy)


def test_encoder_missing_means_rules_only_or_an_error(tmp_path: Path) -> None:
    from nlp.detect.pipeline import build

    with pytest.raises(files.EncoderMissingError):
        build(allow_fallback=False, encoder_dir=str(tmp_path))
    _, info = build(allow_fallback=True, encoder_dir=str(tmp_path))
    assert not info.learned


def test_analyzer_runs_the_learned_checks() -> None:
    info = nlp.default_analyzer().info
    assert info.learned
    assert "tend_encoder" in info.pipeline and "tend_safety_model" in info.pipeline


def test_safety_heads_trained_on_the_data_in_the_repo() -> None:
    """Fails when the labelled data changed and `python -m nlp.train safety` was not rerun."""
    heads = load_heads(HEADS_FILE)
    assert heads.data_sha256 == data_sha256(safety_training.training_files()), (
        "tests/data changed since the safety heads were trained: run python -m nlp.train safety"
    )
    assert heads.encoder_sha256 == files.GRAPH_SHA256
    for kind in heads.labels:
        assert heads.threshold(kind, "possible") <= heads.threshold(kind, "clear")


@pytest.mark.parametrize(
    "name",
    [
        "safety_disclosures.jsonl",
        "safety_nearmiss.jsonl",
        "safety_more.jsonl",
        "corpus_blaming_a.jsonl",
        "corpus_blaming_b.jsonl",
        "corpus_innocent.jsonl",
        "rewrites.jsonl",
        "public/topical_chat.jsonl",
        "safety_blind_crisis.jsonl",
        "safety_blind_violence.jsonl",
        "safety_blind2.jsonl",
        "corpus_blind_a.jsonl",
        "corpus_blind_b.jsonl",
        "corpus_blind_c.jsonl",
        "corpus_blind_d.jsonl",
        "safety_blind3.jsonl",
        "corpus_blind_e.jsonl",
        "corpus_blind_f.jsonl",
        "corpus_blind_g.jsonl",
        "safety_departures.jsonl",
        "corpus_short_h.jsonl",
        "corpus_short_i.jsonl",
        "corpus_short_j.jsonl",
        "safety_blind4.jsonl",
    ],
)
def test_corpus_split_is_frozen_by_template(name: str) -> None:
    """Every row's split is the hash rule's, so near-copies never straddle train and test."""
    rows = list(read_rows(DATA / name))
    wrong = [r["template"] for r in rows if r["split"] != split_of(r["template"])]
    assert not wrong, f"{name}: rows whose split is not the template rule's: {wrong[:5]}"
    test_share = sum(r["split"] == "test" for r in rows) / len(rows)
    assert test_share >= 0.2, f"{name}: only {test_share:.0%} of rows are test"


def test_encoder_same_text_same_embedding_in_any_batch(encoder: Encoder) -> None:
    """A draft is judged the same alone and among others (int8 scales are per run)."""
    alone = encoder.embed(["i dont want to be here anymore"])[0]
    crowd = encoder.embed(["ok", "i dont want to be here anymore", "x" * 300])[1]
    assert np.array_equal(alone, crowd)


def test_encoder_read_short_draft_is_one_pass_with_embed_s_vector(encoder: Encoder) -> None:
    text = "some days i just dont want to be here anymore. anyway, dinner at 7?"
    spans = [(0, 46), (47, len(text))]
    before = encoder.runs
    reading = encoder.read(text, spans)
    assert encoder.runs == before + 1
    assert np.array_equal(reading.draft, encoder.embed([text])[0])
    assert len(reading.sentences) == 2
    for vector in reading.sentences:
        assert vector is not None
        assert np.isclose(np.linalg.norm(vector), 1.0, atol=1e-4)


def test_encoder_read_long_draft_reaches_its_last_sentence(encoder: Encoder) -> None:
    """Past 128 word pieces a draft is read in windows of whole sentences, so a disclosure
    at the end of a long everyday message still gets a vector of its own."""
    chores = "we still need to sort the car insurance, the bins and the kids' lunches this week."
    last = "i have the pills saved up and i'm done."
    text = " ".join([chores] * 12 + [last])
    spans = [(n * (len(chores) + 1), n * (len(chores) + 1) + len(chores)) for n in range(12)]
    spans.append((len(text) - len(last), len(text)))
    before = encoder.runs
    reading = encoder.read(text, spans)
    assert 1 < encoder.runs - before <= 4
    assert all(vector is not None for vector in reading.sentences)
    alone = encoder.embed([last])[0]
    assert reading.sentences[-1] is not None
    assert float(reading.sentences[-1] @ alone) >= 0.9


def test_encoder_component_runs_once_per_draft_and_only_when_read() -> None:
    from nlp.encoder.component import EncoderComponent, stacked

    analyzer = nlp.default_analyzer()
    pipeline = analyzer._nlp
    component = pipeline.get_pipe("tend_encoder")
    assert isinstance(component, EncoderComponent)
    encoder = component.encoder
    with pipeline.select_pipes(enable=["tok2vec", "parser", "tend_encoder"]):
        doc = pipeline("Can you get milk? I left my keys at work. Back at 6.")
    before = encoder.runs
    matrix, ranges = stacked(doc)
    assert encoder.runs == before + 1
    assert matrix.shape == (4, 384) and len(ranges) == 4
    stacked(doc)
    assert encoder.runs == before + 1


def test_safety_model_skipping_the_encoder_never_changes_its_hits() -> None:
    """The encoder pass is skipped only when the n-grams show it cannot raise a hit."""
    from nlp.safety.model import SafetyModel

    analyzer = nlp.default_analyzer()
    pipeline = analyzer._nlp
    model = pipeline.get_pipe("tend_safety_model")
    assert isinstance(model, SafetyModel)
    texts = [
        row["text"]
        for name in ("safety_disclosures.jsonl", "safety_nearmiss.jsonl", "corpus_innocent.jsonl")
        for n, row in enumerate(read_rows(DATA / name))
        if n % 7 == 0
    ]
    skipped = 0
    with pipeline.select_pipes(enable=["tok2vec", "parser", "tend_encoder"]):
        for doc in pipeline.pipe(texts):
            quick = model.hits(doc)
            skipped += doc._.tend_embedding is None
            assert quick == model.hits(doc, read_always=True), doc.text
    assert skipped > len(texts) // 4
