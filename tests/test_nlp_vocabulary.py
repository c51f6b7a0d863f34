"""The category vocabulary (nlp/patterns/categories.json) and the pattern ids code relies on."""

from __future__ import annotations

import ast
import importlib
from importlib import resources
from pathlib import Path
from typing import get_args

import pytest

from nlp import lexicon, vocabulary
from nlp.results import CATEGORIES, Category

NLP_DIR = Path(vocabulary.__file__).parent


def test_vocabulary_ids_are_the_category_type_in_order() -> None:
    assert tuple(c.id for c in vocabulary.categories()) == CATEGORIES == get_args(Category)


def test_vocabulary_severity_ranks_every_category_once() -> None:
    ranks = sorted(c.severity for c in vocabulary.categories())
    assert ranks == list(range(1, len(CATEGORIES) + 1))


@pytest.mark.parametrize("entry", vocabulary.categories(), ids=lambda c: c.id)
def test_vocabulary_entry_is_complete(entry: vocabulary.CategoryInfo) -> None:
    for text in (entry.label, entry.plural, entry.headline, entry.explanation, entry.why):
        assert text.strip() and text == text.strip()
    assert resources.files("nlp.patterns").joinpath(entry.pattern_file).is_file()
    assert {p["label"] for p in lexicon.load_jsonl(entry.pattern_file)} == {entry.id}
    # Only always/never names the flagged word; other explanations must not leave a slot.
    assert ("{word}" in entry.explanation) == (entry.id == "absolute")


@pytest.mark.parametrize(
    ("category", "label", "plural"),
    [("labeling", "a label", "labels"), ("stonewalling", "shutting down", "shutting down")],
)
def test_vocabulary_names_a_category(category: str, label: str, plural: str) -> None:
    assert (vocabulary.label(category), vocabulary.plural(category)) == (label, plural)


def test_vocabulary_unknown_id_reads_as_words() -> None:
    assert vocabulary.label("new_kind") == "new kind"
    assert vocabulary.info("new_kind") is None


@pytest.mark.parametrize(
    ("present", "expected"),
    [(["absolute", "threat"], "threat"), (["fixing", "demand"], "demand"), ([], "absolute")],
)
def test_vocabulary_most_serious(present: list[str], expected: str) -> None:
    assert vocabulary.most_serious(present).id == expected


def _pattern_ids() -> set[str]:
    files = resources.files("nlp.patterns").iterdir()
    return {
        entry["id"]
        for f in files
        if f.name.endswith(".jsonl")
        for entry in lexicon.load_jsonl(f.name)
        if "id" in entry
    }


def _is_id_reference(node: ast.AST) -> bool:
    """`ids` (a set of pattern ids) or `something.id_` (a span's pattern id)."""
    return (isinstance(node, ast.Name) and node.id == "ids") or (
        isinstance(node, ast.Attribute) and node.attr == "id_"
    )


def _named_ids(module: str) -> dict[str, int]:
    """String literals the module compares with pattern ids, by line.

    Covers `span.id_ == "x"`, `"x" in ids`, `ids & {"x", "y"}`, `span.id_ in SOME_SET` and
    `ids <= SOME_SET`, where SOME_SET (here or in another module) is resolved by importing it.
    """
    mod = importlib.import_module(module)
    tree = ast.parse(Path(mod.__file__ or "").read_text("utf-8"))
    found: dict[str, int] = {}

    def collect(node: ast.AST) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.setdefault(node.value, node.lineno)
        elif isinstance(node, ast.Set | ast.Tuple | ast.List):
            for item in node.elts:
                collect(item)
        elif isinstance(node, ast.Name | ast.Attribute):
            owner = mod
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                owner = getattr(mod, node.value.id, mod)
            value = getattr(owner, node.id if isinstance(node, ast.Name) else node.attr, None)
            if isinstance(value, frozenset | set):
                for item in value:
                    found.setdefault(item, node.lineno)

    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_id_reference(side) for side in sides):
                for side in sides:
                    if not _is_id_reference(side):
                        collect(side)
        elif (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.BitAnd | ast.Sub)
            and (_is_id_reference(node.left) or _is_id_reference(node.right))
        ):
            collect(node.right if _is_id_reference(node.left) else node.left)
    return found


REWRITE_MODULES = sorted(
    ".".join(("nlp", *p.relative_to(NLP_DIR).with_suffix("").parts))
    for p in (*NLP_DIR.glob("*.py"), *NLP_DIR.glob("detect/*.py"), *NLP_DIR.glob("rewrite/*.py"))
    if p.stem not in {"__init__", "__main__"}
    and (".id_" in (source := p.read_text("utf-8")) or " ids" in source)
)


def test_rewrite_modules_found() -> None:
    assert {
        "nlp.rewrite.categories",
        "nlp.rewrite.motives",
        "nlp.rewrite.responses",
        "nlp.rewrite.suggestions",
    } <= set(REWRITE_MODULES)


@pytest.mark.parametrize("module", REWRITE_MODULES)
def test_every_pattern_id_named_in_code_exists(module: str) -> None:
    named = _named_ids(module)
    missing = {name: line for name, line in named.items() if name not in _pattern_ids()}
    assert not missing, f"{module} names pattern ids no pattern file has: {missing}"
