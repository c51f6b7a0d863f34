"""Build the Tend pipeline: the English model (or the blank fallback) plus Tend's components.

tok2vec tagger parser attribute_ruler   (trained model; NER and lemmatizer excluded; the
                    attribute ruler finds its matches by lookup, nlp/detect/attributes.py)
tend_texting        texting spellings -> norms
tend_encoder        sentence embeddings of the draft and each sentence (nlp/encoder/)
tend_safety_ruler   safety.jsonl candidates          (tend_ruler: gated Matchers)
tend_safety_model   learned crisis / violence scores (nlp/safety/model.py)
tend_safety         the gate: rules + scores -> clear concern or a check-in
tend_coach_ruler    coaching pattern candidates      (tend_ruler)
tend_judge          quotes, guards, checks -> doc.spans["tend"]
tend_textcat        trained classifier: sentences no rule covers (opt-in, nlp/detect/textcat.py)
tend_blame_model    learned blame, heads + classifier (on by default, nlp/detect/blame_model.py)
"""

from __future__ import annotations

import logging

from spacy import about as spacy_about
from spacy.language import Language
from spacy.tokens import Doc

from nlp import lexicon
from nlp.detect import attributes
from nlp.detect import blame_model as _blame_model
from nlp.detect import ruler as _ruler  # noqa: F401  (registers the tend_ruler factory)
from nlp.detect import textcat as _textcat
from nlp.detect.judge import CANDIDATES_KEY, COACH_FILES, FINAL_KEY
from nlp.detect.texting import add_special_cases
from nlp.encoder import component as _encoder  # noqa: F401  (registers tend_encoder)
from nlp.encoder.files import EncoderCheck, EncoderMissingError, missing_built
from nlp.encoder.files import encoder_dir as default_encoder_dir
from nlp.model import load_language
from nlp.results import ModelInfo
from nlp.rewrite import texts
from nlp.safety import SAFETY_FILE, SAFETY_KEY
from nlp.safety import model as _safety_model

log = logging.getLogger(__name__)

# Importing the modules above registered the tend_* factories.
PARAGRAPH = "\n\n"
# What `run_rules` runs: the lexical components. The learned ones need sentences and an
# encoder pass, which suggestion re-checks do without.
TEND_PIPES = ("tend_texting", "tend_safety_ruler", "tend_coach_ruler", "tend_safety", "tend_judge")


def build(
    model: str | None = None,
    *,
    allow_fallback: bool = True,
    encoder_dir: str | None = None,
    learned_blame: bool = True,
    textcat: bool = False,
) -> tuple[Language, ModelInfo]:
    """The loaded pipeline and a description of it. Slow (about two seconds): call once.

    The learned checks need the encoder built by scripts/setup. Without it, `allow_fallback`
    runs the rules alone (logged as an error: safety recall drops); otherwise it raises.
    A changed encoder file always raises.

    `learned_blame` adds learned blame after the judge (nlp/detect/blame_model.py): the
    encoder's heads and the bag-of-words classifier together, a sentence scored by the
    geometric mean of the two; it adds findings and never removes a rule's. On by default:
    on the frozen test split rules and model reach recall 0.675 (rules alone 0.208) at
    precision 0.928, on the blind sets 0.41 and 0.54 (rules alone 0.13 and 0.28); everyday
    Topical-Chat test turns stay quiet (model alone 0.0%); bench/RESULTS.md "Blame, on by
    default".

    `textcat` adds the bag-of-words classifier alone after the judge (nlp/detect/textcat.py): a
    sentence no rule covers and no guard cleared, scored over its cross-validated threshold,
    becomes a finding. Off by default, and weaker than `learned_blame` on every set measured
    (DailyDialog 2.3%, test recall 0.62).
    """
    nlp, installed = load_language(model, allow_fallback=allow_fallback)
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if ruler is not None and not attributes.use_lookup(ruler):
        log.info("nlp: the attribute ruler has patterns the lookup does not read; Matcher kept")
    add_special_cases(nlp)
    nlp.add_pipe("tend_texting")
    learned = _add_learned(nlp, encoder_dir, allow_fallback=allow_fallback)
    nlp.add_pipe(
        "tend_ruler",
        name="tend_safety_ruler",
        config={"files": [SAFETY_FILE], "spans_key": SAFETY_KEY},
    )
    if learned:
        nlp.add_pipe("tend_safety_model")
    # The coach rules' candidates come before the gate: it reads them (gate.py, "ultimatum").
    nlp.add_pipe(
        "tend_ruler",
        name="tend_coach_ruler",
        config={"files": list(COACH_FILES), "spans_key": CANDIDATES_KEY},
    )
    nlp.add_pipe("tend_safety")
    nlp.add_pipe("tend_judge")
    if textcat and _textcat.DEFAULT_PATH.is_dir():
        nlp.add_pipe("tend_textcat")
    models = (_blame_model.HEADS_FILE.is_file(), _textcat.DEFAULT_PATH.is_dir())
    if learned_blame and "tend_encoder" in nlp.pipe_names and all(models):
        nlp.add_pipe("tend_blame_model")
    _warm_tokenizer(nlp)
    info = ModelInfo(
        model=installed.name if installed else "blank",
        version=installed.version if installed else spacy_about.__version__,
        trained=installed is not None,
        verified=installed is not None,
        pipeline=tuple(nlp.pipe_names),
        spacy_version=spacy_about.__version__,
        learned=learned,
    )
    return nlp, info


def _add_learned(nlp: Language, encoder_dir: str | None, *, allow_fallback: bool) -> bool:
    """Add the encoder when it is built; say whether the learned checks run. Its files are
    hashed once, by the Encoder the component builds (a changed file always raises)."""
    from pathlib import Path

    directory = Path(encoder_dir) if encoder_dir else default_encoder_dir()
    missing = missing_built(directory)
    if missing:
        problem = EncoderCheck(directory, mismatched=(), missing=missing).describe()
        if not allow_fallback:
            raise EncoderMissingError(problem + " (run scripts/setup)")
        log.error("nlp: %s; the learned checks are OFF, rules only", problem)
        return False
    nlp.add_pipe("tend_encoder", config={"directory": encoder_dir})
    heads = _safety_model.HEADS_FILE
    return heads.is_file() and _safety_model.ngrams_file(heads).is_file()


def _warm_tokenizer(nlp: Language) -> None:
    """Tokenize Tend's own wording once, outside any memory zone.

    Analyses run inside `memory_zone()`, where nothing new is cached; warming the tokenizer
    with the suggestion frames and lexicon words keeps re-checking suggestions cheap.
    """
    phrases: list[str] = [value for value in vars(texts).values() if isinstance(value, str)]
    phrases += [t.request for t in texts.TOPICS]
    phrases += [*texts.REFLECTIONS.values(), *texts.SAFE_FALLBACKS]
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


def rule_id(nlp: Language, text: str, category: str) -> str | None:
    """The id of the rule that flags `text` (a check's flagged words) under `category`, read
    with the rules alone; None when no rule of that category matches the words on their own
    (a flag the classifier raised, or a rule that needs the sentence around them)."""
    doc = run_rules(nlp, text)
    # A rule the judge kept first; else a candidate it set aside without its context.
    for key in (FINAL_KEY, CANDIDATES_KEY):
        spans = [s for s in doc.spans.get(key, ()) if s.label_ == category and s.id_]
        if spans:
            return str(max(spans, key=lambda s: (len(s), -s.start)).id_)
    return None


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
