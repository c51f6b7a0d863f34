"""Write tests/data/public/topical_chat.jsonl from a copy of Amazon's Topical-Chat.

    python scripts/topical_chat.py DIR   # DIR holds conversations/{test,valid}_{freq,rare}.json

Topical-Chat (github.com/alexa/Topical-Chat) is crowd-workers' everyday chit-chat under the
Community Data License Agreement - Sharing 1.0, which puts no condition on the models trained
from it (section 3.5) and lets the turns be republished under the same agreement (the licence
text sits next to the file). Tend uses its turns as everyday negatives: messages that are
neither blame nor a disclosure. Deterministic: the same copy gives the same file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from nlp.train.data import DATA_DIR, split_of

SOURCE_FILES = ("test_freq", "test_rare", "valid_freq", "valid_rare")
OUT = DATA_DIR / "public" / "topical_chat.jsonl"
TURNS = 6000
SEED = 13


def main(source: Path) -> int:
    turns: list[tuple[str, str]] = []
    for name in SOURCE_FILES:
        conversations = json.loads((source / "conversations" / f"{name}.json").read_text())
        for conversation_id in sorted(conversations):
            for turn in conversations[conversation_id]["content"]:
                text = " ".join(turn["message"].split())
                if text:
                    turns.append((conversation_id, text))
    random.Random(SEED).shuffle(turns)
    with OUT.open("w", encoding="utf-8") as out:
        for conversation_id, text in sorted(turns[:TURNS]):
            # A conversation is the template: turns of one chat never straddle the split.
            template = f"topical-chat-{conversation_id}"
            row = {
                "text": text,
                "flagged": False,
                "categories": [],
                "situation": "chit_chat",
                "style": "crowd_chat",
                "form": "everyday_public",
                "template": template,
                "split": split_of(template),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
