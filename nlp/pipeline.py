"""Build the Tend pipeline: the English model (or the blank fallback) plus Tend's components.

tok2vec tagger parser attribute_ruler lemmatizer     (trained model, NER excluded)
tend_texting        texting spellings -> norms
tend_safety_ruler   safety.jsonl candidates          (tend_ruler: gated Matchers)
tend_safety         the gate: crisis / violence
tend_coach_ruler    coaching pattern candidates      (tend_ruler)
tend_judge          quotes, guards, checks -> doc.spans["tend"]
"""

from __future__ import annotations

from spacy import about as spacy_about
from spacy.language import Language
from spacy.tokens import Doc

from nlp import lexicon, texts
from nlp import ruler as _ruler  # noqa: F401  (registers the tend_ruler factory)
from nlp.judge import CANDIDATES_KEY, COACH_FILES, FINAL_KEY
from nlp.model import load_language
from nlp.results import ModelInfo
from nlp.safety import SAFETY_FILE, SAFETY_KEY
from nlp.texting import add_special_cases

# Importing the modules above registered the tend_* factories.
PARAGRAPH = "\n\n"
TEND_PIPES = ("tend_texting", "tend_safety_ruler", "tend_safety", "tend_coach_ruler", "tend_judge")


def build(model: str | None = None, *, allow_fallback: bool = True) -> tuple[Language, ModelInfo]:
    """The loaded pipeline and a description of it. Slow (about a second): call once."""
    nlp, installed = load_language(model, allow_fallback=allow_fallback)
    add_special_cases(nlp)
    nlp.add_pipe("tend_texting")
    nlp.add_pipe(
        "tend_ruler",
        name="tend_safety_ruler",
        config={"files": [SAFETY_FILE], "spans_key": SAFETY_KEY},
    )
    nlp.add_pipe("tend_safety")
    nlp.add_pipe(
        "tend_ruler",
        name="tend_coach_ruler",
        config={"files": list(COACH_FILES), "spans_key": CANDIDATES_KEY},
    )
    nlp.add_pipe("tend_judge")
    _warm_tokenizer(nlp)
    info = ModelInfo(
        model=installed.name if installed else "blank",
        version=installed.version if installed else spacy_about.__version__,
        trained=installed is not None,
        verified=installed is not None,
        pipeline=tuple(nlp.pipe_names),
        spacy_version=spacy_about.__version__,
    )
    return nlp, info


def _warm_tokenizer(nlp: Language) -> None:
    """Tokenize Tend's own wording once, outside any memory zone.

    Analyses run inside `memory_zone()`, where nothing new is cached; warming the tokenizer
    with the suggestion frames and lexicon words keeps re-checking suggestions cheap.
    """
    phrases: list[str] = [value for value in vars(texts).values() if isinstance(value, str)]
    phrases += [t.request for t in texts.TOPICS] + [t.feeling for t in texts.TOPICS]
    phrases += [*texts.REFLECTIONS.values(), *texts.LABEL_FEELINGS.values(), *texts.SAFE_FALLBACKS]
    phrases += [
        " ".join(sorted(lexicon.words(name)))
        for name in lexicon.load_json("lexicon.json")
        if name != "_doc"
    ]
    for phrase in phrases:
        nlp.make_doc(phrase)


def run_rules(nlp: Language, text: str) -> Doc:
    """Tokenizer + Tend's components only: no tagger or parser, about 0.1 ms.

    Detection is lexical, so this flags everything the full pipeline flags on the same
    text (the analyzer reads a draft through `nlp.surface.view` first); the analyzer uses
    it to check its own suggestions without parsing them.
    """
    doc = nlp.make_doc(text)
    for name in TEND_PIPES:
        doc = nlp.get_pipe(name)(doc)
    return doc


def is_flagged(doc: Doc) -> bool:
    return doc._.tend_safety is not None or bool(doc.spans.get(FINAL_KEY))


def flagged_ranges(nlp: Language, texts: list[str]) -> list[bool]:
    """For each text, whether the rules flag it, checked in one pass over all of them."""
    if not texts:
        return []
    doc = run_rules(nlp, PARAGRAPH.join(texts))
    if doc._.tend_safety is not None:
        # Only the most urgent concern is kept on a Doc: check one by one to place it.
        return [is_flagged(run_rules(nlp, text)) for text in texts]
    bounds, start = [], 0
    for text in texts:
        bounds.append((start, start + len(text)))
        start += len(text) + len(PARAGRAPH)
    spans = list(doc.spans.get(FINAL_KEY, []))
    return [any(lo <= s.start_char < hi for s in spans) for lo, hi in bounds]
