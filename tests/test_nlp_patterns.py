"""Detection on drafts written for these tests (not from tests/data): categories, traps, spans."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest

import nlp
from nlp.detect.judge import FINAL_KEY
from nlp.detect.pipeline import run_rules
from nlp.rewrite import texts
from nlp.surface import view


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


@pytest.mark.parametrize(
    ("draft", "category"),
    [
        ("you never call me back", "absolute"),
        ("u always leave ur clothes on the floor", "absolute"),
        ("Why do you ALWAYS have to be late?", "absolute"),
        ("YOU NEVER LISTEN", "absolute"),
        ("u nvr listen", "absolute"),
        ("every time i talk you look at your phone", "absolute"),
        ("for once can you be on time", "absolute"),
        ("its all ur fault we missed the bus", "blame"),
        ("you make me so mad", "blame"),
        ("because of you im late again", "blame"),
        ("you ruined everything", "blame"),
        ("you dont care about me at all", "mind_reading"),
        ("you just want to be right", "mind_reading"),
        ("you obviously don't want to be here", "mind_reading"),
        ("you're so lazy", "labeling"),
        ("ur being so annoying rn", "labeling"),
        ("what the hell is wrong with you", "contempt"),
        ("grow up ffs", "contempt"),
        ("you're such an idiot", "contempt"),
        ("you'd better clean this up", "demand"),
        ("you need to stop yelling at me", "demand"),
        ("u shoulda called", "demand"),
        ("its not my fault!!", "defensiveness"),
        ("yeah well you forgot too", "defensiveness"),
        ("whatever.", "stonewalling"),
        ("fine. do whatever u want", "stonewalling"),
        ("leave me alone", "stonewalling"),
        ("if you go out tonight we're done", "threat"),
        ("one more time and i'm leaving", "threat"),
        ("keep ignoring me and see what happens", "threat"),
        ("have you tried just talking to him?", "fixing"),
        ("you should just quit that job", "fixing"),
        ("just ignore them babe", "fixing"),
    ],
)
def test_analyzer_flags_category(draft: str, category: str, analyzer: nlp.Analyzer) -> None:
    analysis = analyzer.analyze(draft)
    assert category in analysis.categories, [(p.category, p.text) for p in analysis.patterns]


@pytest.mark.parametrize(
    "draft",
    [
        "you always make me feel so loved ❤️",
        "you never fail to surprise me",
        "i always lose my phone lol",
        "never mind i found it",
        "you never know lol",
        "you have to try the new cafe",
        "you need to see this",
        "whatever you think is best",
        "could you pick up milk?",
        "i'm leaving work now",
        "i feel hurt when plans change, could we talk?",
        "ok",
        "👍",
        "",
        "   \n\t ",
        "my mom always says 'you never know'",
        "you should totally come!",
        "you made me breakfast, thank you",
        "its not your fault babe",
        "can you grab me a coffee?",
        "do you have to work late tomorrow?",
        "you're the best",
        "i should have left earlier",
        "have you tried the new pizza place?",
        "every time i see you i smile",
        "you'll never guess what happened",
        "you better believe it",
        "i'm out of milk, can you get some",
        "what about you? how was your day",
        "you'd better take a jacket it's cold",
        "just ignore my last text lol wrong chat",
        "forget it, i found my charger",
        "every time i see a dog i think of you",
        "all the time in the world for you",
        "if you don't mind, can you take the bins out?",
        "i'm done with work finally, heading home",
        "whatever you want to do tonight is fine with me",
        "why do you always look so cute in the morning",
    ],
)
def test_analyzer_leaves_innocent_text_alone(draft: str, analyzer: nlp.Analyzer) -> None:
    analysis = analyzer.analyze(draft)
    assert not analysis.flagged, [(p.category, p.text) for p in analysis.patterns]
    assert analysis.suggestions == () and analysis.safety is None


@pytest.mark.parametrize(
    ("draft", "kind"),
    [
        ("i just want to die", "crisis"),
        ("been thinking about ending it all", "crisis"),
        ("i DONT WANT TO LIVE ANYMORE", "crisis"),
        ("he hit me last night", "violence"),
        ("she said she'd hurt me if i left", "violence"),
        ("im scared to go home tonight", "violence"),
        ("you never listen and i want to kill myself", "crisis"),
    ],
)
def test_safety_gate_flags_disclosures(draft: str, kind: str, analyzer: nlp.Analyzer) -> None:
    analysis = analyzer.analyze(draft)
    assert analysis.safety is not None and analysis.safety.kind == kind
    assert analysis.flagged and analysis.patterns == () and analysis.suggestions == ()
    concern = analysis.safety
    assert draft[concern.start : concern.end] == concern.text


@pytest.mark.parametrize(
    "draft",
    [
        "this traffic is killing me",
        "i could kill for a pizza rn",
        "you're killing it babe",
        "my phone died sorry",
        "i hurt myself at the gym lol",
        "hit me up later",
        "he hit me with a great idea",
        "i broke my phone again ugh",
        "afraid to speak up in meetings tbh",
        # A clear false alarm of session 7's encoder; passes again since session 8's tuning.
        "feed the cat when i'm gone",
    ],
)
def test_safety_gate_ignores_idioms(draft: str, analyzer: nlp.Analyzer) -> None:
    assert analyzer.analyze(draft).safety is None


def test_pattern_offsets_point_into_the_draft(analyzer: nlp.Analyzer) -> None:
    draft = "Hey.  You NEVER help, and honestly ur so lazy 🙄 whatever"
    analysis = analyzer.analyze(draft)
    assert {"absolute", "labeling", "stonewalling"} <= set(analysis.categories)
    for pattern in analysis.patterns:
        assert draft[pattern.start : pattern.end] == pattern.text


def test_threat_pattern_covers_condition_and_consequence(analyzer: nlp.Analyzer) -> None:
    draft = "if you dont stop gaming all night im moving out"
    (pattern,) = analyzer.analyze(draft).patterns
    assert pattern.category == "threat" and pattern.text == draft


def test_absolute_explanation_names_the_word(analyzer: nlp.Analyzer) -> None:
    (pattern,) = analyzer.analyze("you never listen").patterns
    assert pattern.explanation.startswith("“Never”")


def test_explanations_talk_about_the_draft_not_the_person() -> None:
    for explanation in texts.EXPLANATIONS.values():
        lowered = explanation.lower()
        assert "you are" not in lowered and "you're" not in lowered, explanation


def test_quoted_speech_is_not_aimed_at_the_partner(analyzer: nlp.Analyzer) -> None:
    assert not analyzer.analyze("the teacher wrote 'you need to focus more' lol").flagged
    assert analyzer.analyze("you need to focus more").flagged


def test_reported_speech_needs_someone_else_reporting(analyzer: nlp.Analyzer) -> None:
    # "they say you never forget …" reports others; the capital of "I" names no one else, so a
    # run-on with "I … like three of them …" is the user speaking, and the label is theirs.
    draft = "so I found like three of them and I don't know what to believe honestly you're a liar"
    assert any(p.category == "labeling" for p in analyzer.analyze(draft).patterns)
    assert not analyzer.analyze("they say you never forget how to ride a bike").flagged
    # A new clause after the reporting verb ends what was reported (a voice text, run on):
    # "called me" was a phone call, and "you always do this" is the user's own.
    run_on = "coach just called me he's sitting there alone you always do this when you get busy"
    assert any(p.category == "absolute" for p in analyzer.analyze(run_on).patterns)
    assert not analyzer.analyze("my mum said she thinks you never listen to me").flagged


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        ("You left at 6 without a word. that's so inconsiderate", True),
        ("you forgot again. it's just lazy of you", True),
        ("you said it's lazy journalism", False),  # the word names a thing
        ("you read it? it is so lazy of the council", False),  # someone else's act
    ],
)
def test_a_label_for_the_act_is_labeling(draft: str, flagged: bool, analyzer: nlp.Analyzer) -> None:
    found = [p for p in analyzer.analyze(draft).patterns if p.category == "labeling"]
    assert bool(found) == flagged, (draft, found)


def test_importing_nlp_loads_no_spacy() -> None:
    code = "import sys, nlp; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_rules_alone_detect_what_the_full_pipeline_detects(analyzer: nlp.Analyzer) -> None:
    """The rules never read tags or the parse (that lets rewrites be re-checked cheaply), and
    learned blame only adds to them: every rule match stays, and what it adds covers whole
    sentences no rule match touches."""
    texts = _texts("drafts.jsonl", "safety.jsonl")
    for text in texts:
        seen = view(text)
        doc = run_rules(analyzer._nlp, seen.text)
        rules = tuple(
            (s.label_, *seen.original(s.start_char, s.end_char)) for s in doc.spans[FINAL_KEY]
        )
        full = analyzer.analyze(text)
        found = [(p.category, p.start, p.end) for p in full.patterns]
        assert set(rules) <= set(found), text
        added = [(start, end) for c, start, end in found if (c, start, end) not in rules]
        assert not any(a < e and s < b for a, b in added for _, s, e in rules), text
        assert (doc._.tend_safety is None) == (full.safety is None), text


def test_ruler_finds_what_a_full_doc_matcher_finds(analyzer: nlp.Analyzer) -> None:
    """tend_ruler runs a Matcher only around an anchor word and only where a pattern's
    required words are all present; the matches must be exactly a plain Matcher's over the
    whole Doc. Drafts, shouted, and joined in pairs as suggestion re-checks join them."""
    from spacy.matcher import Matcher

    from nlp import lexicon
    from nlp.detect.judge import COACH_FILES
    from nlp.detect.pipeline import PARAGRAPH
    from nlp.detect.ruler import Ruler
    from nlp.safety import SAFETY_FILE

    drafts = _texts("drafts.jsonl", "safety.jsonl")
    texts = [
        *drafts,
        *(t.upper() for t in drafts[::5]),
        *map(PARAGRAPH.join, zip(drafts, drafts[7:], strict=False)),
    ]
    pipeline = analyzer._nlp
    for name, files in (("tend_coach_ruler", COACH_FILES), ("tend_safety_ruler", (SAFETY_FILE,))):
        plain = Matcher(pipeline.vocab)
        for entry in (e for file in files for e in lexicon.ruler_patterns(file)):
            plain.add(f"{entry['label']}|{entry['id']}", [entry["pattern"]])
        ruler = cast("Ruler", pipeline.get_pipe(name))
        for text in texts:
            with pipeline.memory_zone():
                doc = pipeline.get_pipe("tend_texting")(pipeline.make_doc(text))
                want = sorted((s, e, pipeline.vocab.strings[k]) for k, s, e in plain(doc))
                got = sorted(
                    (s.start, s.end, f"{s.label_}|{s.id_}")
                    for s in ruler(doc).spans[ruler.spans_key]
                )
                assert got == want, (name, text)


def test_attribute_lookup_finds_what_the_attribute_rulers_matcher_finds(
    analyzer: nlp.Analyzer,
) -> None:
    """The model's attribute ruler finds its matches by lookup (nlp/detect/attributes.py);
    they must be exactly its Matcher's, in its order, on drafts as parsed (shouted too, and
    the spellings its two-token rules fix) and on sentences parsed alone, as the fluency
    gate parses them."""
    from spacy.pipeline import AttributeRuler

    from nlp.detect.attributes import AttributeLookup
    from nlp.rewrite import fluency

    drafts = _texts("drafts.jsonl", "safety.jsonl")
    odd = ["it ain't fair y'all, we're gonna go", "c'mon, let's go, gotta run", "There's no way."]
    odd += [" ", "", "\n\n"]
    written = [s for text in drafts[::3] for s in fluency.sentences(text)]
    texts = [*drafts, *(t.upper() for t in drafts[::5]), *odd, *written]
    pipeline = analyzer._nlp
    ruler = cast("AttributeRuler", pipeline.get_pipe("attribute_ruler"))
    assert isinstance(getattr(ruler.match, "__self__", None), AttributeLookup)  # in use
    lookup = AttributeLookup(ruler)
    with pipeline.select_pipes(enable=["tok2vec", "tagger", "parser"]), pipeline.memory_zone():
        for doc in pipeline.pipe(texts):
            assert lookup.match(doc) == AttributeRuler.match(ruler, doc), doc.text


def test_attribute_lookup_sets_what_the_attribute_ruler_sets(analyzer: nlp.Analyzer) -> None:
    """The lookup applies the matches without a Span per match (nlp/detect/attributes.py):
    every token must end with the attributes the ruler's own `set_annotations` gives it."""
    from spacy.attrs import LEMMA, MORPH, NORM, POS, TAG
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

    from nlp.detect.attributes import AttributeLookup
    from nlp.rewrite import fluency

    drafts = _texts("drafts.jsonl", "safety.jsonl")
    odd = ["it ain't fair y'all, we're gonna go", "c'mon, let's go, gotta run", "There's no way."]
    written = [s for text in drafts[::3] for s in fluency.sentences(text)]
    texts = [*drafts[::2], *(t.upper() for t in drafts[::7]), *odd, " ", "", *written[::2]]
    pipeline = analyzer._nlp
    ruler = cast("AttributeRuler", pipeline.get_pipe("attribute_ruler"))
    assert isinstance(getattr(ruler.set_annotations, "__self__", None), AttributeLookup)
    columns = [POS, TAG, MORPH, LEMMA, NORM]
    with pipeline.select_pipes(enable=["tok2vec", "tagger", "parser"]), pipeline.memory_zone():
        for parsed in pipeline.pipe(texts):
            data = parsed.to_bytes()
            want, got = Doc(pipeline.vocab).from_bytes(data), Doc(pipeline.vocab).from_bytes(data)
            matches = ruler.match(parsed)
            AttributeRuler.set_annotations(ruler, want, matches)  # type: ignore[no-untyped-call]
            ruler.set_annotations(got, matches)  # type: ignore[no-untyped-call]
            assert (got.to_array(columns) == want.to_array(columns)).all(), parsed.text
            assert [str(t.morph) for t in got] == [str(t.morph) for t in want], parsed.text


def test_attribute_ruler_with_a_pattern_the_lookup_cannot_read_keeps_its_matcher() -> None:
    """An operator ("OP") is the Matcher's to read: such a ruler is left as spaCy made it."""
    import spacy
    from spacy.pipeline import AttributeRuler

    from nlp.detect.attributes import use_lookup

    quantified = cast("AttributeRuler", spacy.blank("en").add_pipe("attribute_ruler"))
    quantified.add([[{"LOWER": "so"}, {"LOWER": "so", "OP": "+"}]], {"LEMMA": "so"})
    assert not use_lookup(quantified)
    assert "match" not in vars(quantified)  # the class's own, with its Matcher
    assert "set_annotations" not in vars(quantified)
    plain = cast("AttributeRuler", spacy.blank("en").add_pipe("attribute_ruler"))
    plain.add([[{"LOWER": "ok"}]], {"LEMMA": "okay"})
    assert use_lookup(plain)
    assert "match" in vars(plain) and "set_annotations" in vars(plain)


def _texts(*names: str) -> list[str]:
    """The drafts of labelled files under tests/data, in file order."""
    data = Path(__file__).parent / "data"
    return [
        json.loads(line)["text"]
        for name in names
        for line in (data / name).read_text("utf-8").splitlines()
        if line.strip()
    ]
