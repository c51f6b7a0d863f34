"""The reply to a draft check: marked draft, one line per pattern, a rewrite to copy, buttons."""

from __future__ import annotations

import html
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

import nlp
from bot.drafts import callbacks
from bot.drafts.safety import check_in_line
from bot.nudges.texts import FIXING_HINT
from bot.telegram.fit import TELEGRAM_LIMIT, fit, fits, telegram_length
from nlp import vocabulary

# Room left for the draft excerpt once explanations and the rewrite are in place.
MAX_EXCERPT = 1200
# When the whole reply would not fit: the excerpt shrinks to this, and the rewrite keeps at
# least this much.
SHORT_EXCERPT = 300
MIN_REWRITE = 500
CONTEXT_CHARS = 60
MAX_PATTERN_LINES = 6

# No praise for an unflagged draft: Tend can miss things (a cruel line it has no rule or
# example for, or a disclosure), so it says only what it found — nothing — and leaves the
# judgement with the person who knows their partner.
CLEAN_REPLIES = (
    "I didn't find phrasing here that usually lands as blame. You know your partner best: "
    "trust your own read on how it will feel to them.",
    "Nothing in this draft matched what I look for. I can miss things, and you know your "
    "partner best.",
    "I found nothing to flag in this one. Whether it's the right message is your call: you "
    "know them best.",
)
SLOT_PROMPT = (
    "<i>To make it concrete, reply to this message with the moment you mean (for example: "
    '"on Sunday, when dinner went cold") and I\'ll fold it in. Not needed? Just send your '
    "next draft — I'll check it as usual.</i>"
)
EDITED_PREFIX = "<i>Checked again after your edit.</i>\n\n"
DISCREET_NOTE = "<i>Discreet mode: this draft and my reply will be deleted in {delay}.</i>"

BUTTON_ANOTHER = "Another way"
BUTTON_WHY = "Why?"
BUTTON_USE = "✓ I'll use this"
BUTTON_HELPFUL = "👍 Helpful"
BUTTON_NOT_BLAMING = "👎 Not blaming"
BUTTON_MINE = "✍️ Make it mine"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _merged_spans(patterns: Sequence[nlp.Pattern], length: int) -> list[tuple[int, int]]:
    spans = sorted((max(0, p.start), min(length, p.end)) for p in patterns if p.end > p.start)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def marked_draft(text: str, patterns: Sequence[nlp.Pattern], *, limit: int = MAX_EXCERPT) -> str:
    """The draft as HTML with flagged words underlined; long drafts shrink to excerpts."""
    spans = _merged_spans(patterns, len(text))
    if len(text) <= limit or not spans:
        windows = [(0, len(text))]
    else:
        windows = []
        for start, end in spans:
            lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
    parts: list[str] = []
    used = 0
    for lo, hi in windows:
        if used >= limit:
            break
        hi = min(hi, lo + (limit - used))
        pieces, pos = [], lo
        for start, end in spans:
            if end <= lo or start >= hi:
                continue
            start, end = max(start, lo), min(end, hi)
            pieces.append(_esc(text[pos:start]))
            pieces.append(f"<u><b>{_esc(text[start:end])}</b></u>")
            pos = end
        pieces.append(_esc(text[pos:hi]))
        prefix = "… " if lo > 0 else ""
        suffix = " …" if hi < len(text) else ""
        parts.append(prefix + "".join(pieces).strip() + suffix)
        used += hi - lo
    return "\n".join(parts)


def pattern_lines(patterns: Sequence[nlp.Pattern]) -> list[str]:
    """One short line per pattern (same words and category said once)."""
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for p in patterns:
        key = (p.category, p.text.lower())
        if key in seen:
            continue
        seen.add(key)
        lines.append(
            f"• “{_esc(p.text)}” — <i>{vocabulary.label(p.category)}</i>: {_esc(p.explanation)}"
        )
    if len(lines) > MAX_PATTERN_LINES:
        extra = len(lines) - MAX_PATTERN_LINES
        lines = [*lines[:MAX_PATTERN_LINES], f"• …and {extra} more."]
    return lines


def format_flagged(
    text: str, analysis: nlp.Analysis, *, index: int = 0, discreet_delay: str | None = None
) -> str:
    """The full reply for a flagged draft, showing suggestion number `index`."""
    categories = [p.category for p in analysis.patterns]
    suggestion = analysis.suggestions[index % len(analysis.suggestions)]
    total = len(analysis.suggestions)
    blocks = [
        f"<b>{vocabulary.most_serious(categories).headline}</b>",
        "<blockquote>" + marked_draft(text, analysis.patterns) + "</blockquote>",
        "\n".join(pattern_lines(analysis.patterns)),
        f"<b>Another way to say it</b> ({index % total + 1} of {total}):",
        f"<pre>{_esc(suggestion)}</pre>",
    ]
    if nlp.SLOT in suggestion:
        blocks.append(SLOT_PROMPT)
    if "fixing" in categories:
        blocks.append(f"<i>{_esc(FIXING_HINT)}</i>")
    if analysis.check_in is not None:
        blocks.append(check_in_line(analysis.check_in))
    if discreet_delay:
        blocks.append(DISCREET_NOTE.format(delay=discreet_delay))
    reply = "\n\n".join(blocks)
    if fits(reply):
        return reply
    # A long draft (its rewrite is about as long): quote less of it, then trim the rewrite on
    # a word boundary, so that what follows it (the slot prompt, discreet mode's note) stays.
    short = marked_draft(text, analysis.patterns, limit=SHORT_EXCERPT)
    blocks[1] = "<blockquote>" + short + "</blockquote>"
    reply = "\n\n".join(blocks)
    if not fits(reply):
        others = telegram_length(reply) - telegram_length(blocks[4])
        blocks[4] = fit(blocks[4], max(MIN_REWRITE, TELEGRAM_LIMIT - others))
        reply = fit("\n\n".join(blocks))
    return reply


def format_clean(
    seed: int, *, check_in: nlp.CheckIn | None = None, discreet_delay: str | None = None
) -> str:
    """A short, plain note that nothing was found (never praise), with a check-in line when
    the draft may hint at danger."""
    reply = CLEAN_REPLIES[seed % len(CLEAN_REPLIES)]
    if check_in is not None:
        reply += "\n\n" + check_in_line(check_in)
    if discreet_delay:
        reply += "\n\n" + DISCREET_NOTE.format(delay=discreet_delay)
    return reply


def format_filled(suggestion: str) -> str:
    """The rewrite once the user's concrete moment is folded in."""
    return f"<b>Here it is with your moment in:</b>\n\n<pre>{_esc(suggestion)}</pre>"


def draft_keyboard(check_id: int, *, index: int, total: int) -> InlineKeyboardMarkup:
    """Buttons under a flagged-draft reply."""
    first_row = [InlineKeyboardButton(BUTTON_WHY, callback_data=callbacks.why(check_id))]
    if total > 1:
        nxt = (index + 1) % total
        first_row.insert(
            0, InlineKeyboardButton(BUTTON_ANOTHER, callback_data=callbacks.another(check_id, nxt))
        )
    mine_row = [InlineKeyboardButton(BUTTON_MINE, callback_data=callbacks.mine(check_id))]
    return InlineKeyboardMarkup(
        [
            first_row,
            mine_row,
            [InlineKeyboardButton(BUTTON_USE, callback_data=callbacks.use(check_id, index))],
            [
                InlineKeyboardButton(
                    BUTTON_HELPFUL, callback_data=callbacks.feedback(check_id, "helpful")
                ),
                InlineKeyboardButton(
                    BUTTON_NOT_BLAMING, callback_data=callbacks.feedback(check_id, "not_blaming")
                ),
            ],
        ]
    )
