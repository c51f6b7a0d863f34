"""Build the Tend pipeline: the English model (or the blank fallback) plus Tend's components.

    tok2vec tagger parser attribute_ruler lemmatizer     (trained model, NER excluded)
    tend_texting        texting spellings -> norms
    tend_safety_ruler   safety.jsonl candidates          (spaCy span_ruler)
    tend_safety         the gate: crisis / violence
    tend_ruler          coaching pattern candidates      (spaCy span_ruler)
    tend_judge          quotes, guards, checks -> doc.spans["tend"]
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp import lexicon
from nlp.judge import CANDIDATES_KEY, COACH_FILES, FINAL_KEY
from nlp.model import load_language
from nlp.results import ModelInfo
from nlp.safety import SAFETY_FILE, SAFETY_KEY
from nlp.texting import add_special_cases

# Importing the modules above registered the tend_* factories.
TEND_PIPES = ("tend_texting", "tend_safety_ruler", "tend_safety", "tend_ruler", "tend_judge")


def build(model: str | None = None, *, allow_fallback: bool = True) -> tuple[Language, ModelInfo]:
    """The loaded pipeline and a description of it. Slow (about a second): call once."""
    nlp, installed = load_language(model, allow_fallback=allow_fallback)
    add_special_cases(nlp)
    nlp.add_pipe("tend_texting")
    safety_ruler = nlp.add_pipe(
        "span_ruler", name="tend_safety_ruler", config={"spans_key": SAFETY_KEY, "validate": True}
    )
    safety_ruler.add_patterns(lexicon.ruler_patterns(SAFETY_FILE))
    nlp.add_pipe("tend_safety")
    ruler = nlp.add_pipe(
        "span_ruler", name="tend_ruler", config={"spans_key": CANDIDATES_KEY, "validate": True}
    )
    ruler.add_patterns([p for name in COACH_FILES for p in lexicon.ruler_patterns(name)])
    nlp.add_pipe("tend_judge")
    info = ModelInfo(
        model=installed.name if installed else "blank",
        version=installed.version if installed else spacy.__version__,
        trained=installed is not None,
        verified=installed is not None,
        pipeline=tuple(nlp.pipe_names),
        spacy_version=spacy.__version__,
    )
    return nlp, info


def run_rules(nlp: Language, text: str) -> Doc:
    """Tokenizer + Tend's components only: no tagger or parser, about 0.1 ms.

    Detection is lexical, so this flags everything the full pipeline flags; the analyzer
    uses it to check its own suggestions without parsing them.
    """
    doc = nlp.make_doc(text)
    for name in TEND_PIPES:
        doc = nlp.get_pipe(name)(doc)
    return doc


def is_flagged(doc: Doc) -> bool:
    return doc._.tend_safety is not None or bool(doc.spans.get(FINAL_KEY))
