"""Rewrites a person would send: the fluency gate, the user's feeling words, nothing invented,
"Make it mine", the sentence-level entry point, and the figures on tests/data/rewrites.jsonl.

The set's "test" split is frozen: nothing was tuned on it; its figures are reported as they
came out, and its thresholds only guard against a regression.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rewrite_scores import METRICS, Score, check, generated, rows, score, suggestions

import nlp
from nlp.detect.judge import FINAL_KEY
from nlp.detect.pipeline import is_flagged, run_rules
from nlp.detect.textcat import MODEL_SPAN_ID
from nlp.rewrite import fluency, frames, grammar, texts
from nlp.rewrite.feelings import own_feeling
from nlp.rewrite.suggestions import SentenceFlag, rewrite

# Share of first suggestions that pass (placeholder, slot_with_facts: share that carry the
# slot, at most).
# Since learned blame is on (session 6), a draft the rules miss is rewritten from the
# sentences the model flags, not from a whole-draft flag with its labelled category: a jab in
# a sentence the model left alone stays ("Mate the kitchen is a tip."), and train's
# forbidden/stings went 0.92 -> 0.88 (bench/RESULTS.md, "Rewrites with learned blame").
THRESHOLDS: dict[str, dict[str, float]] = {
    "train": {
        "facts": 0.82,
        "forbidden": 0.87,
        "invented": 0.99,
        "stings": 0.87,
        "fluent": 0.99,
        "feelings": 0.98,
        "placeholder": 0.11,
        "slot_with_facts": 0.02,
        "clean": 0.99,
    },
    # tests/data/rewrites_dev.jsonl: written before any run, then tuned on (session 5).
    "dev": {
        "facts": 0.80,
        "forbidden": 0.87,
        "invented": 0.99,
        "stings": 0.87,
        "fluent": 0.99,
        "feelings": 0.99,
        "placeholder": 0.05,
        "slot_with_facts": 0.02,
        "clean": 0.99,
    },
    "test": {
        "facts": 0.70,
        "forbidden": 0.60,
        "invented": 0.90,
        "stings": 0.65,
        "fluent": 0.95,
        "feelings": 0.90,
        "placeholder": 0.15,
        "slot_with_facts": 0.05,
        "clean": 0.95,
    },
}


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


@pytest.fixture(scope="module")
def scores(analyzer: nlp.Analyzer) -> dict[str, Score]:
    return {split: score(analyzer, split) for split in THRESHOLDS}


def test_rewrite_set_has_what_the_issue_asks_for() -> None:
    train, test = rows("train"), rows("test")
    everything = train + test
    assert len(everything) >= 300
    assert sum(bool(r["reference"]) for r in everything) >= 100
    assert len(test) >= 100
    # A template's variants never straddle the split: the frozen part is really unseen.
    assert not {r["template"] for r in train} & {r["template"] for r in test}


def test_fresh_set_is_rated_one_line_per_draft() -> None:
    # Written before any run, rated by hand once (bench/RESULTS.md): never tuned on.
    fresh = rows("fresh")
    ratings_file = Path(__file__).parent / "data" / "fresh_rewrites_ratings.jsonl"
    ratings = [json.loads(line) for line in ratings_file.read_text("utf-8").splitlines()]
    assert len(fresh) == len(ratings) == 40
    assert [r["template"] for r in fresh] == [r["template"] for r in ratings]
    criteria = {"blame_removed", "facts_kept", "fluent", "nothing_invented", "placeholder"}
    assert all(criteria <= r.keys() for r in ratings)


@pytest.mark.parametrize(
    ("drafts", "ratings"),
    [
        ("fresh_rewrites.jsonl", "fresh_rewrites_ratings_strict_before.jsonl"),
        ("fresh_rewrites.jsonl", "fresh_rewrites_ratings_strict_after.jsonl"),
        ("fresh_rewrites_2.jsonl", "fresh_rewrites_2_ratings.jsonl"),
        ("fresh_rewrites_6.jsonl", "fresh_rewrites_6_ratings.jsonl"),
        ("fresh_rewrites_11.jsonl", "fresh_rewrites_11_ratings.jsonl"),
    ],
)
def test_hand_readings_rate_every_draft_once(drafts: str, ratings: str) -> None:
    # Team readings (bench/RESULTS.md): fresh_rewrites_2 was written before any run and run
    # once; never tune on it. fresh_rewrites_6 (session 9, 50 drafts): written blind and rated
    # by a reader who saw no code (main 640beb1's first suggestions); never tuned on.
    # fresh_rewrites_11 (session 13, 50 drafts): the same, main cb668d3's first suggestions
    # (identical to 15668ff's on all 50).
    data = Path(__file__).parent / "data"
    written = [json.loads(line) for line in (data / drafts).read_text("utf-8").splitlines()]
    rated = [json.loads(line) for line in (data / ratings).read_text("utf-8").splitlines()]
    assert len(written) == len(rated) >= 40
    assert [r["template"] for r in written] == [r["template"] for r in rated]
    criteria = {"blame_removed", "facts_kept", "fluent", "nothing_invented", "placeholder"}
    assert all(criteria <= r.keys() and r["note"] for r in rated)


@pytest.mark.parametrize(
    "name",
    [
        "fresh_rewrites_2",
        "fresh_rewrites_3",
        "fresh_rewrites_4",
        "fresh_rewrites_5",
        "fresh_rewrites_7",
        "fresh_rewrites_8",
        "fresh_rewrites_9",
        "fresh_rewrites_10",
        "fresh_rewrites_12",
        "fresh_rewrites_13",
        "fresh_rewrites_14",
        "fresh_rewrites_15",
        "fresh_rewrites_16",
        "fresh_rewrites_17",
        "fresh_rewrites_18",
        "fresh_rewrites_19",
        "fresh_rewrites_20",
        "fresh_rewrites_21",
        "fresh_rewrites_22",
        "fresh_rewrites_23",
        "fresh_rewrites_24",
    ],
)
def test_blind_ab_reading_covers_every_draft(name: str) -> None:
    """{name}_ab.jsonl: a reader who saw no code and no other rating compared two versions'
    first suggestions, not told which was which. Set 2: main before (c44e949) and after the
    minimal edit (bench/RESULTS.md, "Rewrites, a blind A/B reading"); set 3, written blind for
    session 5 and never tuned on: main before (d9fd317) and after that session (107ec24;
    bench/RESULTS.md, "Rewrites, set 3"). Sets 4 and 5, written blind for session 6, 50
    drafts each: main before (5dc91b0) and learned blame on (56bff52 for set 4, which was
    then read and tuned on; 238c01d for set 5, never tuned on; bench/RESULTS.md, "Rewrites
    with learned blame"). Set 7, written blind for session 10, 50 drafts: main before
    (11d82e2) and session 10's rewrites; the reader rated each version alone, in random order,
    and "preferred" is the one meeting more of the four criteria (bench/RESULTS.md, "Session
    10"). Its one false safety alarm is a row with no rewrite and nothing met. Set 8, written
    blind later in session 10 and rated the same way: main (11d82e2) and the rewrites at
    d840e57, before that session's detection changes. Set 9, written blind at the end of
    session 10: main 6ccfd44 and a trial not landed (ed96dda, branch s10-keep-facts); its
    one false safety alarm is a row with no rewrite and nothing met. Set 10, written blind in
    session 12: main 17dbc87 and that session's rewriter (branch s12-rw), the two differing
    on 2 of 50 drafts; the reader rated each suggestion alone, in random order, the same text
    once when both were equal (bench/RESULTS.md, "Session 12"). Set 12, written blind in
    session 13 after set 11 was read: main c1abee5 and that session's feeling and ask change
    (de2b9a6), differing on 7 of 50 drafts, rated the same way (bench/RESULTS.md,
    "Session 13"). Set 13, written blind in session 14 (half plain everyday texting): main
    1254229 and the first sting-head rewriter (branch s14-rw), differing on 12 of 50 drafts,
    rated the same way, then read (bench/RESULTS.md, "Session 14"). Sets 14 (50 drafts) and 15
    (60), written blind later in session 14: main 1254229 against the sting head's second
    (s14-rw 4c6f363) and third version (0834760), rated the same way, then read. Set 16 (60),
    written blind after the capitals change: main 59549e1 against it (s14-fmt 3eb2231). Set
    17 (60), written blind in session 15: main 8e49189 against the plain feeling, texting
    words and capitals (s15-rw), differing on 41 drafts; this reader counted a generic "Could
    we talk tonight?" as an invented request, so its nothing-invented figures run low. Set 18
    (60), written blind after set 17 was read: main 8e49189 against s15-rw 5b1bb59 (the user's
    own ask kept alone), differing on 48, rated the same way. Set 19 (60), written blind
    before session 15's last rewrite changes: main 8e49189 against s15-rw 8d983c9, differing
    on 45, rated the same way. Set 20 (50), written blind at the session's end: main 5b0e998
    against the implied feelings (s15-rw), differing on 3; its writer's brief named three
    hint phrases, so it measures main's final version more than the change. Sets 21-23 (60
    each), written blind in session 16: main 58c0a69 against the first suggestion without
    Tend's own ask (s16-noask) as it stood when each was written (bench/RESULTS.md,
    "Session 16"). Set 24 (60), written blind in session 17 in styles not asked for before
    (dictation run-ons, all caps, letters, patois and Singlish): main 8a00982 against s17-rw
    aa856e9, differing on 1 draft, so it measures where main stands (bench/RESULTS.md,
    "Session 17")."""
    data = Path(__file__).parent / "data"
    written = [
        json.loads(line) for line in (data / f"{name}.jsonl").read_text("utf-8").splitlines()
    ]
    rated = [
        json.loads(line) for line in (data / f"{name}_ab.jsonl").read_text("utf-8").splitlines()
    ]
    assert [r["template"] for r in written] == [r["template"] for r in rated]
    criteria = {"blame_removed", "facts_kept", "fluent", "nothing_invented", "would_send"}
    assert all(
        criteria <= r["old_rating"].keys() == r["new_rating"].keys()
        and r["preferred"] in {"old", "new", "same"}
        for r in rated
    )


def test_dev_reading_rates_each_late_draft_three_times() -> None:
    """tests/data/rewrites_dev_ratings.jsonl: dev-0470.., written before any run, read by
    hand for main before session 5 (d9fd317), before they were tuned on ("untuned") and
    after; a team reading, not a blind one (bench/RESULTS.md names the commits)."""
    data = Path(__file__).parent / "data"
    rated = [
        json.loads(line)
        for line in (data / "rewrites_dev_ratings.jsonl").read_text("utf-8").splitlines()
    ]
    late = [r["template"] for r in rows("dev") if r["template"] >= "dev-0470"]
    assert [r["template"] for r in rated] == late
    criteria = {"blame_removed", "facts_kept", "fluent", "nothing_invented"}
    assert all(criteria == r[k].keys() for r in rated for k in ("before", "untuned", "after"))


@pytest.mark.parametrize("metric", METRICS)
@pytest.mark.parametrize("split", ["train", "dev", "test"])
def test_rewrite_set_figures(split: str, metric: str, scores: dict[str, Score]) -> None:
    result = scores[split]
    rate, wanted = result.rate(metric), THRESHOLDS[split][metric]
    failures = "\n".join(result.failures[metric][:15])
    ok = rate <= wanted if metric in {"placeholder", "slot_with_facts"} else rate >= wanted
    assert ok, f"{result.line(split)}\n{metric} {rate:.1%} (want {wanted:.0%}):\n{failures}"


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been feeling hurt since Maybe if you went to bed earlier you wouldn't be so cranky.",
        "I've been feeling hurt when If you do this.",
        "I need you not to be not home by 10.",
        "I've been feeling hurt when you don't say sorry and in six years.",
        "Could you Stop leaving coffee cups all over the house?",
        "The dishes and the laundry.",
        "I've been feeling worn out when.",
        "I feel hurt when you're don't on time.",
        "I've been feeling unheard about a thought and that Audi because saying.",
        "I've been feeling unimportant when you've been, and whoever she is.",
        "I feel hurt when you're and you'd drive home.",
        "Could you got home off night shift?",
        # agreement lost when a clause was moved (session 12's reading of train rows)
        "I feel unimportant because her doesn't seem to matter.",
        "Could you watch telly than talk to me?",
        "You, can't keep anything to yourself.",
        "You do that to their partner.",
    ],
)
def test_fluency_gate_rejects_broken_english(sentence: str, analyzer: nlp.Analyzer) -> None:
    assert fluency.explain(sentence, analyzer._nlp.pipe), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been feeling worn out about the dishes. Could we talk about it tonight?",
        "I felt unimportant when you forgot Sarah's birthday on Friday, and it matters to me.",
        "I've been feeling like I'm not even there when you don't notice me.",
        "I need a little time first, then I'd like to talk about the holiday again.",
        "There's oil on the carpet and on Maisie's school coat.",
        "What you did is do the dishes.",
        "Could you have called?",
        "I asked her to come, and then I told him I was tired.",
        "You spend more time on your phone than with me.",
        "It took longer than I thought.",
        "You met their parents.",
        "I, for one, was hurt.",
        *(
            f.format(feeling="hurt", topic="the dishes")
            for f in (texts.SAFE_TOPIC, texts.SAFE_PLAIN)
        ),
    ],
)
def test_fluency_gate_passes_plain_english(sentence: str, analyzer: nlp.Analyzer) -> None:
    assert not fluency.explain(sentence, analyzer._nlp.pipe)


@pytest.mark.parametrize(
    ("draft", "broken"),
    [
        ("Maybe if you went to bed earlier you wouldn't be so cranky all the time.", "Maybe"),
        ("If you do this again, don't even bother coming home.", "If you"),
        ("If you're not home by 10 don't bother coming back.", "not to be not"),
        ("You never say sorry, not once in six years.", "and in six years"),
    ],
)
def test_rewrite_never_shows_the_issues_broken_outputs(
    draft: str, broken: str, analyzer: nlp.Analyzer
) -> None:
    for suggestion in analyzer.analyze(draft).suggestions:
        assert broken not in suggestion
        assert not fluency.explain(suggestion, analyzer._nlp.pipe), suggestion


# (draft, words the first suggestion keeps, words it never says): train rows of the rewrite
# set and of the blame corpora, and probes written for issue 15, whose first suggestion read
# wrong.
READ_WRONG = [
    # a rhetorical who-question said as a claim: "You do that to their partner."
    ("You left me alone at the party for two hours. Who does that to their partner?",
     ["two hours"], ["their partner", "you do that"]),
    # a shut-down rule's words a guard let through ("call me") read the flagged sentence as
    # nothing, and the suggestion asked for the moment the draft names
    ("You didn't call me back yesterday. Guess I'm not a priority.",
     ["call me back yesterday"], ["[what happened]", "priority"]),
    # a verdict kept inside the frame: "I feel unsupported when my family means nothing to you"
    ("You promised we'd visit my nan on Sunday and then went fishing. My family obviously "
     "means nothing to you.", ["my nan on Sunday", "fishing"], ["means nothing"]),
    # "you'd rather be with her" said as "You are with her."
    ("You spent the evening texting your ex. You'd rather be with her, clearly.",
     ["your ex"], ["you are with her", "be with her"]),
    # a fact beside the flagged sentence was cut as a sting ("It's 8:30." has two words)
    ("You said you'd be home at 6. It's 8:30. Don't bother with an excuse.",
     ["at 6", "8:30"], ["excuse"]),
    # "you never listen": "listen" was stripped as a filler ("listen, …"), leaving no act
    ("There's no point explaining anything to you, you never listen.",
     ["listen"], ["[what happened]", "never"]),
    # "you'd rather X than Y" read as an order: "Could you watch telly than talk to me?"
    ("you'd rather watch telly than talk to me", [], ["than", "Could you watch"]),
    ("You'd rather win an argument than have a wife.", [], ["than", "a wife"]),
    # a verdict on their priorities, said as how it seems: the plans stay
    ("Amma calls you every day and you drop everything. Our plans mean nothing.",
     ["Amma", "our plans"], ["mean nothing"]),
    # "you'd come last time" is a time, not a verdict that something "comes last"
    ("midwife appointment moved to 10:30. you said you'd come last time and then didnt, so "
     "i'm guessing you dont actually care but letting you know",
     ["10:30", "you said you'd come last time"], []),
    # a who-question that names its act ("wears that") is still said as the act
    ("You're a joke!! Who wears that to a funeral?!", ["wear that to a funeral"], ["joke"]),
    # a fragment joined on after a dash kept its capital ("— In March."): the gate below
    ("The boxes have been in the hallway since we moved in. In March.",
     ["the hallway", "in March"], []),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "kept", "never"), READ_WRONG)
def test_rewrite_reads_right_and_keeps_the_facts(
    draft: str, kept: list[str], never: list[str], analyzer: nlp.Analyzer
) -> None:
    suggestion = analyzer.analyze(draft).suggestions[0]
    for words in kept:
        assert words.lower() in suggestion.lower(), f"{draft!r} -> {suggestion!r}"
    for words in never:
        assert words.lower() not in suggestion.lower(), f"{draft!r} -> {suggestion!r}"
    written = " ".join(generated(draft, suggestion))
    assert not written or not fluency.explain(written, analyzer._nlp.pipe), suggestion
    assert not analyzer.analyze(suggestion).flagged, suggestion


@pytest.mark.parametrize(
    ("draft", "feeling"),
    [
        ("I'm exhausted and you never help with anything.", "exhausted"),
        ("You never notice me, it's like I'm not even there.", "like I'm not even there"),
        ("i feel so worn out lately, you never help", "worn out"),
        ("I feel taken for granted when you never thank me", "taken for granted"),
    ],
)
def test_rewrite_keeps_the_users_feeling_word(
    draft: str, feeling: str, analyzer: nlp.Analyzer
) -> None:
    analysis = analyzer.analyze(draft)
    assert analysis.suggestions[0].startswith(f"I feel {feeling} when you")
    assert analysis.mine is not None and analysis.mine.feelings[0] == feeling
    assert analysis.mine.own_feeling


@pytest.mark.parametrize(
    "draft", ["I'm not tired, you never help", "I feel like you don't care about me"]
)
def test_own_feeling_ignores_negations_and_guesses(draft: str, analyzer: nlp.Analyzer) -> None:
    assert own_feeling(analyzer._nlp(draft)) is None


def test_sarcastic_sentence_is_never_the_opener(analyzer: nlp.Analyzer) -> None:
    draft = "Wow, you actually did the dishes. Should I throw you a parade?"
    for suggestion in analyzer.analyze(draft).suggestions:
        assert suggestion.startswith(("I", "Can we talk"))
        assert "Wow" not in suggestion and "actually" not in suggestion
        assert "the dishes" in suggestion


@pytest.mark.parametrize(
    ("draft", "fact"),
    [
        ("I love how you always forget the shopping list when it's your turn.", "shopping list"),
        ("I love how you always 'forget' the shopping list when it's your turn.", "shopping list"),
        (
            "Funny how you always find time for golf but never for my parents, you say yes to them",
            "golf",
        ),
    ],
)
def test_sneering_lead_is_no_part_of_what_happened(
    draft: str, fact: str, analyzer: nlp.Analyzer
) -> None:
    # Session 9: the composed frames read "I love how you forget …" whole and wrote "I feel
    # unimportant when I love how you." (a blind reader saw the same glue on a fresh draft).
    suggestions = analyzer.analyze(draft).suggestions
    assert suggestions
    for suggestion in suggestions[:2]:
        lowered = suggestion.lower()
        assert "love how" not in lowered and "funny how" not in lowered, suggestion
    assert fact in suggestions[0], suggestions[0]


@pytest.mark.parametrize(
    ("draft", "invented"),
    [
        ("you always spend all our money on takeout", "phones"),
        ("you never empty the dishwasher", "share out the jobs"),
        ("you never text me back", "phones"),
        ("your always on your phone", "stretched thin"),
    ],
)
def test_rewrite_invents_nothing(draft: str, invented: str, analyzer: nlp.Analyzer) -> None:
    for suggestion in analyzer.analyze(draft).suggestions:
        assert invented not in suggestion


_ASKS = ("I'd like us to", "I'd really appreciate it if you could", "I need you", "Could we talk")


@pytest.mark.parametrize(
    "draft",
    [
        "you never empty the dishwasher",
        "You always forget my mum's birthday.",
        "Could you take the bins out for once?",
        "I'm exhausted and you never help with anything.",
        "If you're not home by 10 don't bother coming back.",
    ],
)
def test_alternatives_differ_in_approach(draft: str, analyzer: nlp.Analyzer) -> None:
    # First: the draft itself, lightly edited (the feeling, then a request). Direct: the ask
    # first, the reason after it, never padded. A question: asks how they see it (or, after
    # an ultimatum, what would help).
    gentle, direct, question = analyzer.analyze(draft).suggestions
    assert gentle.startswith(("I feel", "I've been feeling"))
    assert direct.startswith(_ASKS) and "I feel" in direct and "it matters to me" not in direct
    assert not direct.startswith("I've been feeling")
    assert question.endswith("how you see it.") or question.endswith("make that possible?")
    first_sentences = {s.split(". ")[0].split("? ")[0] for s in (gentle, direct, question)}
    assert len(first_sentences) >= 2


def test_defensive_fact_is_stood_by_not_apologised_for(analyzer: nlp.Analyzer) -> None:
    suggestion = analyzer.analyze("I work 50 hours a week, what more do you want from me?")
    assert suggestion.suggestions[0].startswith("I work 50 hours a week.")
    assert all("sorry I work" not in s for s in suggestion.suggestions)


def test_rewrite_takes_a_flagged_sentence_without_a_span(analyzer: nlp.Analyzer) -> None:
    # What a trained classifier hands over: a sentence range and a category, no rule span.
    language = analyzer._nlp
    text = "Thanks for the lovely evening. You left the car on empty and I was late for work."
    doc = language(text)
    # The rules flag nothing here; learned blame flags the second sentence on its own.
    assert all(s.id_ == MODEL_SPAN_ID for s in doc.spans.get(FINAL_KEY, []))
    start = text.index("You left")
    flags = [SentenceFlag(start, len(text), "blame")]
    written = rewrite(doc, [], parse=language.pipe, sentence_flags=flags)
    first = written.suggestions[0]
    # No feeling named, and "car" and "late" say none: the plain one, not a vivid guess.
    assert first.startswith("Thanks for the lovely evening. I felt frustrated when you left")
    assert "you left the car on empty" in first and "I was late for work" in first
    assert all(not is_flagged(run_rules(language, s)) for s in written.suggestions)
    written_by_tend = [" ".join(generated(text, s)) for s in written.suggestions]
    assert all(not fluency.explain(s, language.pipe) for s in written_by_tend)
    assert written.mine is not None and "you left the car on empty" in written.mine.observation


def test_sentence_flag_for_a_put_down_keeps_no_label(analyzer: nlp.Analyzer) -> None:
    language = analyzer._nlp
    text = "You're so useless with the bins."
    written = rewrite(
        language(text),
        [],
        parse=language.pipe,
        sentence_flags=[SentenceFlag(0, len(text), "labeling")],
    )
    assert written.suggestions
    assert all("useless" not in s for s in written.suggestions)
    assert any("the bins" in s for s in written.suggestions)


def test_make_it_mine_compositions_are_clean_and_fluent(analyzer: nlp.Analyzer) -> None:
    language = analyzer._nlp
    composed: list[str] = []
    for row in rows("train"):
        mine = analyzer.analyze(row["text"]).mine
        if mine is None:
            continue
        assert mine.asks[-1].label == "Just to be heard"
        assert len(mine.asks) <= 5 and all(len(a.label) <= 32 for a in mine.asks)
        composed += [nlp.compose_mine(mine, 0, a) for a in range(len(mine.asks))]
        composed += [nlp.compose_mine(mine, f, 0) for f in range(1, len(mine.feelings))]
    assert len(composed) > 500
    dirty = [c for c in composed if is_flagged(run_rules(language, c))]
    assert not dirty, dirty[:10]
    gate = fluency.fluent(composed, language.pipe)
    broken = [c for c, ok in zip(composed, gate, strict=True) if not ok]
    assert len(broken) <= len(composed) // 100, broken[:10]


def test_make_it_mine_placeholder_never_offered(analyzer: nlp.Analyzer) -> None:
    mine = analyzer.analyze("ugh you always do this!!").mine
    assert mine is not None and mine.observation == ""
    assert nlp.compose_mine(mine, 0, 0) == "I've been feeling hurt. Could we talk about it tonight?"


def test_check_flags_each_problem(analyzer: nlp.Analyzer) -> None:
    row = {
        "text": "you never do the dishes",
        "keep": ["the dishes"],
        "forbid": ["money"],
        "feelings": [],
    }
    assert check(analyzer, row, "I've been feeling hurt about money.") == {
        "facts": "lost ['the dishes']",
        "forbidden": "has ['money']",
        "invented": "has ['money']",
    }
    # The draft's own jab kept is a sting, not an invention.
    jab = {**row, "text": "you never do the dishes mate", "forbid": ["mate"]}
    assert check(analyzer, jab, "I've been feeling hurt about the dishes, mate.") == {
        "forbidden": "has ['mate']",
        "stings": "kept ['mate']",
    }
    assert suggestions(analyzer, {**row, "categories": ["absolute"]})


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("watned", "wanted"),
        ("calnedar", "calendar"),
        ("resturant", "restaurant"),
        ("dont", "dont"),  # never "donut"
        ("vaping", "vaping"),  # never "vamping"
        ("alot", "alot"),  # never "alto"
        ("wifey", "wifey"),
        ("footy", "footy"),
    ],
)
def test_respelled_fixes_one_typo_and_nothing_else(typed: str, meant: str) -> None:
    assert grammar.respelled(typed) == meant


def test_rewrite_words_keep_numbers_as_typed(analyzer: nlp.Analyzer) -> None:
    token = analyzer._nlp("we have three kids")[2]
    assert grammar.from_token(token, grammar.render_table()).text == "three"  # never "there"


@pytest.mark.parametrize(
    ("phrase", "when"),
    [("a week", True), ("the 18th", True), ("the 3rd", True), ("the dishes", False),
     ("Saturday", False), ("the 18th birthday", False)],
)  # fmt: skip
def test_a_date_is_when_not_what_a_feeling_is_about(phrase: str, when: bool) -> None:
    """ "I've been feeling frustrated about your flight and the 18th" read as garbled."""
    assert frames.span_of_time(phrase) is when
