"""Rewrites: the frame per category, grammar, facts kept, and every suggestion clean."""

from __future__ import annotations

import re

import pytest

import nlp
from nlp.detect.pipeline import is_flagged, run_rules
from nlp.rewrite import texts


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


def first(analyzer: nlp.Analyzer, draft: str) -> str:
    suggestions = analyzer.analyze(draft).suggestions
    assert suggestions, draft
    return suggestions[0]


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "you never do the dishes",
            "I feel frustrated when you don't do the dishes.",
        ),
        (
            "You always forget my birthday.",
            "I feel frustrated when you forget my birthday.",
        ),
        (
            "ur always on ur phone at dinner smh",
            "I feel frustrated when you're on your phone at dinner.",
        ),
        (
            "you need to clean the kitchen",
            "I've been feeling frustrated. Could you clean the kitchen?",
        ),
    ],
)
def test_first_suggestion_uses_the_feeling_frame(
    draft: str, expected: str, analyzer: nlp.Analyzer
) -> None:
    assert first(analyzer, draft) == expected


@pytest.mark.parametrize(
    ("draft", "feeling"),
    [
        # No feeling named: the plain word, whatever the topic, label or category would have
        # suggested (blind readers marked those guesses invented; frames.feeling).
        ("you're so selfish, you spent the rent money on that xbox", "frustrated"),
        ("you never help when I talk about my day", "frustrated"),
        # Said in other words by the draft itself (texts.IMPLIED_FEELINGS).
        ("you never listen when I talk about my day", "unheard"),
        ("you clearly don't care that the bins went out late again", "unimportant"),
        ("I'm always the one who books the vet. you forgot Rex's jab", "frustrated"),
        ("so I'm the only one who remembers bin day now? the bins sat out all week", "worn out"),
        ("you need to text me when you're going to be late", "frustrated"),
        # Named: the user's own word.
        ("i'm so lonely lately, you're always at the pub", "lonely"),
        ("honestly I'm gutted, you forgot my birthday again", "gutted"),
    ],
)
def test_the_feeling_is_the_users_or_the_plain_one(
    draft: str, feeling: str, analyzer: nlp.Analyzer
) -> None:
    suggestion = first(analyzer, draft)
    assert feeling in suggestion, suggestion
    others = {"worn out", "unheard", "unimportant", "lonely", "worried", "unsupported"}
    assert not (others - {feeling}) & set(re.findall(r"feel(?:ing)? ([a-z]+(?: out)?)", suggestion))


@pytest.mark.parametrize(
    ("draft", "phrase"),
    [
        ("you never listened to me", "you didn't listen to me"),
        ("ur never on time", "you're not on time"),
        ("you'll never understand me", "you won't understand me"),
        ("why cant you ever just say sorry", "you can't say sorry"),
        ("why do you never put your plate in the sink?", "you don't put your plate in the sink"),
        ("not once this week have you walked the dog", "you haven't walked the dog this week"),
        ("you made me miss my train", "I missed my train"),
        ("you made me late by hiding my keys", "I was late because you hid"),
        ("you should have called", "I wish you'd called"),
        ("you shouldn't have said that to my mum", "I wish you hadn't said that to my mum"),
        ("if you lie to me again we're done", "Could you please not lie to me?"),
        ("if you dont stop gaming all night im moving out", "Could you stop gaming all night?"),
        ("all you ever do is play video games", "you spend so much time playing video games"),
        ("every time we argue you bring up my ex", "when we argue and you bring up my ex"),
        ("you just want me to do everything around the house", "I end up doing so much"),
        ("you'd better not forget our anniversary", "Could you remember our anniversary?"),
    ],
)
def test_rewrite_grammar(draft: str, phrase: str, analyzer: nlp.Analyzer) -> None:
    assert phrase in first(analyzer, draft)


def test_no_concrete_moment_gets_the_slot(analyzer: nlp.Analyzer) -> None:
    suggestions = analyzer.analyze("ugh you always do this!!").suggestions
    assert all(nlp.SLOT in s for s in suggestions)
    assert nlp.SLOT == "[what happened]"


def test_concrete_draft_gets_no_slot(analyzer: nlp.Analyzer) -> None:
    assert all(nlp.SLOT not in s for s in analyzer.analyze("you never do the dishes").suggestions)


def test_rewrite_offers_alternatives_of_different_tone(analyzer: nlp.Analyzer) -> None:
    suggestions = analyzer.analyze("you're always on your phone at dinner").suggestions
    assert len(suggestions) == 3 and len(set(suggestions)) == 3
    gentle, direct, question = suggestions
    assert gentle.startswith("I feel frustrated when you're on your phone at dinner.")
    assert direct.startswith("I'd like us to") and "I feel frustrated" in direct
    assert question.startswith("Can we talk?") and question.endswith("how you see it.")


def test_clean_sentences_are_kept_as_written(analyzer: nlp.Analyzer) -> None:
    draft = "hey! you never help with the kids. anyway, dinner at 7?"
    for suggestion in analyzer.analyze(draft).suggestions:
        assert suggestion.endswith("Anyway, dinner at 7?")
        assert "never" not in suggestion


def test_fixing_reflects_and_asks_ideas_or_ear(analyzer: nlp.Analyzer) -> None:
    suggestions = analyzer.analyze(
        "babe if ur exhausted have you tried just going to bed earlier"
    ).suggestions
    assert all(s.startswith("It sounds like you're exhausted.") for s in suggestions)
    assert "ideas" in suggestions[0] and "listen" in suggestions[0]
    assert "going to bed earlier" in suggestions[0]


def test_stonewalling_asks_for_a_pause_and_invents_no_time(analyzer: nlp.Analyzer) -> None:
    suggestions = analyzer.analyze("whatever. i'm done talking about the holiday").suggestions
    assert "pause" in suggestions[0] and "the holiday" in suggestions[0]
    assert not any(re.search(r"\d|minutes|regret|evening", s) for s in suggestions)
    assert all(s.startswith("I") for s in suggestions)


def test_threat_keeps_the_need_without_an_ultimatum(analyzer: nlp.Analyzer) -> None:
    # The first suggestion asks in the user's words ("Could you get a job?"), the
    # alternatives say the need ("I need you to get a job").
    for suggestion in analyzer.analyze("either you get a job or i'm out").suggestions:
        assert re.search(r"(Could you|I need you to) get a job", suggestion), suggestion
        assert not re.search(
            r"\b(or else|if you|leave|leaving|i.m out|done|over)\b", suggestion.lower()
        )


def test_defensiveness_owns_a_part(analyzer: nlp.Analyzer) -> None:
    suggestions = analyzer.analyze("i only yelled because you kept interrupting me").suggestions
    assert suggestions[0].startswith("I'm sorry I yelled.")
    assert "you kept interrupting me" in suggestions[0]


def test_suggestions_never_keep_labels(analyzer: nlp.Analyzer) -> None:
    for suggestion in analyzer.analyze(
        "ur so lazy, the laundry has been sitting there for 3 days"
    ).suggestions:
        lower = suggestion.lower()
        assert "lazy" not in lower and "the laundry has been sitting there" in lower


@pytest.mark.parametrize(
    "frame",
    [
        texts.GENTLE.format(feeling="hurt", observation=texts.CONNECT_SLOT, request="Can we talk?"),
        *(texts.REQUEST_WE.format(t.request) for t in (*texts.TOPICS, texts.DEFAULT_TOPIC)),
        texts.PAUSE.format(about=""),
        texts.PAUSE_FLOODED.format(about=""),
        texts.PAUSE_SHORT.format(about=""),
        texts.LIMIT,
        texts.NEED_VAGUE,
        f"{texts.OWN_GENERIC} {texts.OWN_CLOSE}",
        f"{texts.OWN_DIRECT} {texts.OWN_DIRECT_CLOSE}",
        texts.OWN_SHORT,
        f"{texts.REFLECT.format(texts.DEFAULT_REFLECTION)} {texts.FIX_ASK}",
        texts.FIX_HERE.format(""),
        texts.FIX_SHORT.format(""),
        *texts.SAFE_FALLBACKS,
    ],
)
def test_frames_are_clean(frame: str, analyzer: nlp.Analyzer) -> None:
    assert not analyzer.analyze(frame).flagged, frame


def test_rule_check_agrees_with_full_analysis_on_suggestions(analyzer: nlp.Analyzer) -> None:
    drafts = [
        "you never listen to me",
        "whatever",
        "have you tried meditating?",
        "ITS NOT MY FAULT",
    ]
    for draft in drafts:
        for suggestion in analyzer.analyze(draft).suggestions:
            lexical = is_flagged(run_rules(analyzer._nlp, suggestion))
            assert not lexical and not analyzer.analyze(suggestion).flagged
