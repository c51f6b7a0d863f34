"""Fine-tune the encoder's top layers for safety and blame: `python -m nlp.train tune`
(needs torch).

Why: logistic heads on the frozen all-MiniLM-L6-v2 vectors reached few of the clear crisis
disclosures nobody on the team wrote at the alarm budget (bench/RESULTS.md, "Safety"): the
general-purpose vectors do not separate disclosures from the near-misses that share their
words. Training the last TUNED_LAYERS layers on the labelled disclosures and near-misses
does better on every frozen set ("Safety, session 7"); the rest of the model, the tokenizer
and the run-time graph stay as they are. One encoder serves both models, so the layers are
tuned on both tasks at once: each row is a safety row (crisis, violence) or a blame row
(flagged and the ten categories), and its loss counts only its own task's outputs (tuned on
safety alone, the blame heads lost recall on the vectors made for safety).

What it writes: `nlp/encoder/tuned.safetensors`, those layers' weights (float16, upstream
tensor names, the sha256 of the data they were trained on in the metadata). At set-up,
nlp/encoder/files.py lays them over the verified upstream weights before building the graph.

Which rows: the "train" split of the safety and blame data only, less the templates
`tuning_holds_out` keeps back (one in five, by hash): the heads' thresholds are chosen on
those (nlp/train/safety.py, nlp/train/blame.py), because rows the encoder was tuned on sit
further from the boundary than any new draft will. Of the public everyday chit-chat (most of
the blame rows, and short), one template in EVERYDAY_SHARE is used: enough to keep everyday
talk away from blame at a third of the cost.

Torch is never part of Tend's install: `pip install torch==2.13.0` (CPU) into a training
environment. Deterministic on a given machine: fixed seeds, deterministic kernels, two threads.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.detect.blame_model import LABELS as BLAME_LABELS
from nlp.results import SAFETY_KINDS

TUNED_FILE = Path(__file__).resolve().parents[1] / "encoder" / "tuned.safetensors"
TUNED_LAYERS = 3
LAYERS, HIDDEN, HEADS = 6, 384, 12
EPOCHS = 3
LEARNING_RATE = 5e-5
HEAD_LEARNING_RATE = 1e-3
BATCH = 32
MAX_PIECES = 128
SEED = 0
HOLD_OUT_SHARE = 5  # one template in five is kept back from tuning
EVERYDAY_SHARE = 3  # one public everyday template in three is tuned on
# The head reads the unit-length vector scaled up, so a logistic output can reach the
# confident ends without the layers having to stretch the vector's norm (pooling normalises).
SCALE = 20.0


METADATA_KEY = "tend"


def trained_on(path: Path = TUNED_FILE) -> str:
    """The sha256 of the data the tuned layers in `path` were trained on (their metadata)."""
    from safetensors import safe_open

    with safe_open(str(path), framework="numpy") as opened:
        metadata: dict[str, str] = opened.metadata()
    return str(json.loads(metadata[METADATA_KEY])["data_sha256"])


# Upstream names of an encoder layer's parts -> the torch module's (see _bert).
_LOCAL = {
    "attention.self.query": "q",
    "attention.self.key": "k",
    "attention.self.value": "v",
    "attention.output.dense": "o",
    "attention.output.LayerNorm": "norm1",
    "intermediate.dense": "up",
    "output.dense": "down",
    "output.LayerNorm": "norm2",
}


def tuning_holds_out(template: str) -> bool:
    """Whether a train-split template is kept back from tuning (for the heads' thresholds)."""
    digest = int(hashlib.sha256(("tune|" + template).encode()).hexdigest(), 16)
    return digest % HOLD_OUT_SHARE == 0


def _tunes_on_everyday(template: str) -> bool:
    """Whether a public everyday template is among the one in EVERYDAY_SHARE tuned on."""
    digest = int(hashlib.sha256(("everyday|" + template).encode()).hexdigest(), 16)
    return digest % EVERYDAY_SHARE == 0


@dataclass(frozen=True, slots=True)
class TuningRow:
    text: str
    template: str
    targets: tuple[float, ...]
    """One per output (OUTPUTS); only the row's own task's count (`task`)."""
    task: slice


SAFETY_OUTPUTS = slice(0, len(SAFETY_KINDS))
BLAME_OUTPUTS = slice(len(SAFETY_KINDS), len(SAFETY_KINDS) + len(BLAME_LABELS))
OUTPUTS = len(SAFETY_KINDS) + len(BLAME_LABELS)


def training_files() -> list[Path]:
    """Every file the tuned layers are trained on (their hash is in the tuned file). The read
    sets (nlp/train/blame.py, READ_SET_FILES) are left out: they are measured, not trained on
    (a `read_sets=True` trial trains the heads only, never these layers)."""
    from nlp.train import blame, safety

    return [*safety.training_files(), *blame.training_files(read_sets=False)]


def tuning_rows() -> list[TuningRow]:
    """The train-split rows of both tasks that are not kept back (see the module's note)."""
    from nlp.train import blame, safety
    from nlp.train.textcat import PUBLIC_NAME

    padding = (0.0,)
    rows: list[TuningRow] = []
    for s in safety.load_rows():
        if s.split == "train" and not tuning_holds_out(s.template):
            wanted = tuple(float(s.kind == k and s.level == "clear") for k in SAFETY_KINDS)
            rows.append(
                TuningRow(s.text, s.template, wanted + padding * len(BLAME_LABELS), SAFETY_OUTPUTS)
            )
    for b in blame.load_rows(read_sets=False):
        if b.split != "train" or tuning_holds_out(b.template):
            continue
        if b.source == PUBLIC_NAME and not _tunes_on_everyday(b.template):
            continue
        wanted = tuple(float(v) for v in blame.label_vector(b))
        rows.append(
            TuningRow(b.text, b.template, padding * len(SAFETY_KINDS) + wanted, BLAME_OUTPUTS)
        )
    return rows


def tuned_names(layers: Iterable[int]) -> list[str]:
    """Upstream tensor names of the tuned layers."""
    return [
        f"encoder.layer.{i}.{part}.{p}"
        for i in layers
        for part in _LOCAL
        for p in ("weight", "bias")
    ]


def main(out: Path = TUNED_FILE) -> dict[str, Any]:
    try:
        import torch
    except ImportError as missing:
        raise SystemExit(
            "tuning needs torch, which Tend never installs: "
            "`pip install torch==2.13.0` into a training environment"
        ) from missing
    from safetensors.numpy import save_file
    from tokenizers import Tokenizer

    from nlp.encoder.files import package_zip, read_verified
    from nlp.encoder.graph import weights_from_safetensors
    from nlp.surface import view
    from nlp.train.data import data_sha256

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(2)

    rows = tuning_rows()
    targets = np.array([r.targets for r in rows], dtype=np.float32)
    own = np.zeros_like(targets)
    for n, r in enumerate(rows):
        own[n, r.task] = 1.0
    upstream = read_verified(package_zip())
    weights = weights_from_safetensors(upstream["model.safetensors"])
    tokenizer = Tokenizer.from_str(upstream["tokenizer.json"].decode())
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_PIECES)
    pieces = [e.ids for e in tokenizer.encode_batch([view(r.text).text for r in rows])]

    model = _bert(torch, weights)
    first_tuned = LAYERS - TUNED_LAYERS
    # The frozen layers' output never changes: computed once, then only the top is trained.
    lower: list[Any] = [None] * len(rows)
    with torch.no_grad():
        for batch, ids, mask in _batches(torch, pieces, range(len(rows)), 64):
            states = model.run(model.embed(ids), mask, 0, first_tuned)
            for j, i in enumerate(batch):
                lower[i] = states[j, : len(pieces[i])].clone()

    top = torch.nn.ModuleList(model.layers[first_tuned:])
    head = torch.nn.Linear(HIDDEN, OUTPUTS)
    positives = targets.sum(axis=0)
    counted = own.sum(axis=0)
    # Square root of the class balance: a middle way between ignoring it (a thousand positives
    # against ten thousand negatives) and weighting it fully; the two were not compared.
    pos_weight = torch.tensor(np.sqrt((counted - positives) / positives), dtype=torch.float32)
    loss_of = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")

    def loss_on(batch: Sequence[int], logits: Any) -> Any:
        """Each row's mean loss over its own task's outputs, averaged over the rows: a blame
        row (eleven outputs) weighs as much as a safety row (two)."""
        mask = torch.from_numpy(own[batch])
        per_output = loss_of(logits, torch.from_numpy(targets[batch])) * mask
        return (per_output.sum(1) / mask.sum(1)).mean()

    optimiser = torch.optim.AdamW(
        [
            {"params": top.parameters(), "lr": LEARNING_RATE},
            {"params": head.parameters(), "lr": HEAD_LEARNING_RATE},
        ],
        weight_decay=0.01,
    )

    def top_vectors(batch: Sequence[int], mask: Any) -> Any:
        states = torch.zeros(len(batch), mask.shape[1], HIDDEN)
        for j, i in enumerate(batch):
            states[j, : len(pieces[i])] = lower[i]
        return _pool(torch, model.run(states, mask, first_tuned, LAYERS), mask)

    losses: list[float] = []
    for _ in range(EPOCHS):
        top.train()
        total = 0.0
        for batch, _ids, mask in _batches(torch, pieces, range(len(rows)), BATCH, shuffle=True):
            loss = loss_on(batch, head(top_vectors(batch, mask) * SCALE))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += float(loss.detach()) * len(batch)
        losses.append(round(total / len(rows), 5))

    state = model.state_dict()
    names = tuned_names(range(first_tuned, LAYERS))
    tensors = {name: state[_local(name)].numpy().astype(np.float16) for name in names}
    data_hash = data_sha256(training_files())
    # One metadata entry, sorted JSON: safetensors writes several entries in hash-map order,
    # which made two identical tunings differ byte for byte.
    meta = {"data_sha256": data_hash, "epochs": EPOCHS, "layers": list(range(first_tuned, LAYERS))}
    save_file(tensors, str(out), metadata={METADATA_KEY: json.dumps(meta, sort_keys=True)})
    return {
        "rows": len(rows),
        "safety_rows": sum(r.task == SAFETY_OUTPUTS for r in rows),
        "positives": dict(zip((*SAFETY_KINDS, *BLAME_LABELS), positives.tolist(), strict=True)),
        "losses": losses,
        "data": data_hash,
    }


def _local(name: str) -> str:
    """The torch module's name for an upstream tensor name of an encoder layer."""
    _, _, layer, rest = name.split(".", 3)
    part, kind = rest.rsplit(".", 1)
    return f"layers.{layer}.{_LOCAL[part]}.{kind}"


def _bert(torch: Any, weights: dict[str, npt.NDArray[np.float32]]) -> Any:
    """all-MiniLM-L6-v2 as a torch module (the same arithmetic as nlp/encoder/graph.py)."""
    nn = torch.nn
    module: Any = nn.Module

    class Layer(module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
            self.norm1 = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.up = nn.Linear(HIDDEN, 4 * HIDDEN)
            self.down = nn.Linear(4 * HIDDEN, HIDDEN)
            self.norm2 = nn.LayerNorm(HIDDEN, eps=1e-12)

        def forward(self, x: Any, bias: Any) -> Any:
            b, t, _ = x.shape
            width = HIDDEN // HEADS

            def heads(y: Any) -> Any:
                return y.view(b, t, HEADS, width).transpose(1, 2)

            q, k, v = heads(self.q(x)), heads(self.k(x)), heads(self.v(x))
            attention = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(width) + bias, dim=-1)
            context = (attention @ v).transpose(1, 2).reshape(b, t, HIDDEN)
            x = self.norm1(x + self.o(context))
            return self.norm2(x + self.down(nn.functional.gelu(self.up(x))))

    class Bert(module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding(weights["embeddings.word_embeddings.weight"].shape[0], HIDDEN)
            self.position = nn.Embedding(512, HIDDEN)
            self.token_type = nn.Embedding(2, HIDDEN)
            self.norm = nn.LayerNorm(HIDDEN, eps=1e-12)
            self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

        def embed(self, ids: Any) -> Any:
            positions = self.position(torch.arange(ids.shape[1]))[None]
            return self.norm(self.word(ids) + positions + self.token_type.weight[0])

        def run(self, x: Any, mask: Any, start: int, stop: int) -> Any:
            bias = ((1.0 - mask.float()) * -1e9)[:, None, None, :]
            for layer in self.layers[start:stop]:
                x = layer(x, bias)
            return x

    model = Bert()
    state = {
        "word.weight": weights["embeddings.word_embeddings.weight"],
        "position.weight": weights["embeddings.position_embeddings.weight"],
        "token_type.weight": weights["embeddings.token_type_embeddings.weight"],
        "norm.weight": weights["embeddings.LayerNorm.weight"],
        "norm.bias": weights["embeddings.LayerNorm.bias"],
    }
    for name in tuned_names(range(LAYERS)):
        state[_local(name)] = weights[name]
    model.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in state.items()})
    for parameter in model.parameters():
        parameter.requires_grad = False
    for parameter in model.layers[LAYERS - TUNED_LAYERS :].parameters():
        parameter.requires_grad = True
    return model.eval()


def _pool(torch: Any, states: Any, mask: Any) -> Any:
    weights = mask.float()[..., None]
    mean = (states * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(mean, dim=-1)


def _batches(
    torch: Any, pieces: Sequence[list[int]], index: Sequence[int], size: int, shuffle: bool = False
) -> Iterator[tuple[list[int], Any, Any]]:
    """Batches of similar length (little padding), in a seeded random order when training."""
    ordered = sorted(index, key=lambda i: (len(pieces[i]), i))
    chunks = [ordered[s : s + size] for s in range(0, len(ordered), size)]
    if shuffle:
        random.shuffle(chunks)
    for chunk in chunks:
        width = max(len(pieces[i]) for i in chunk)
        ids = torch.zeros(len(chunk), width, dtype=torch.long)
        mask = torch.zeros(len(chunk), width, dtype=torch.long)
        for j, i in enumerate(chunk):
            ids[j, : len(pieces[i])] = torch.tensor(pieces[i])
            mask[j, : len(pieces[i])] = 1
        yield chunk, ids, mask
