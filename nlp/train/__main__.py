"""`python -m nlp.train MODEL`: retrain a model from the labelled data and print figures.

python -m nlp.train tune                 the encoder's top layers (safety and blame together)
                                         -> nlp/encoder/tuned.safetensors
                                         (needs torch, never part of Tend's install; then
                                         rebuild the encoder and retrain safety and blame)
python -m nlp.train safety               safety heads -> nlp/safety/heads.json (+ .ngrams.json)
python -m nlp.train blame                blame heads -> nlp/blame_heads.json (on by default)
python -m nlp.train textcat [--out DIR]  bag-of-words classifier -> nlp/models/textcat
python -m nlp.train stings               which sentences a rewrite leaves out of its words
                                         -> nlp/detect/sting_heads.json

textcat and blame take `--feedback FILE...`: 👎 examples users gave away (the file /privacy's
"Share my 👎 examples" makes; format in tests/data/FEEDBACK.md), read into the training split.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.train")
    parser.add_argument(
        "model",
        choices=["tune", "safety", "blame", "textcat", "stings"],
        help="which model to train",
    )
    parser.add_argument("--out", type=Path, help="where to write it (default: its home in nlp/)")
    parser.add_argument(
        "--feedback",
        type=Path,
        nargs="+",
        default=[],
        metavar="FILE",
        help="👎 example files users shared (tests/data/FEEDBACK.md): textcat and blame",
    )
    args = parser.parse_args(argv)
    if args.feedback and args.model == "safety":
        parser.error("--feedback is for textcat and blame (👎 verdicts are about blame)")
    report: dict[str, Any]
    if args.model == "tune":
        from nlp.train import tune

        report = tune.main() if args.out is None else tune.main(args.out)
    elif args.model == "safety":
        from nlp.train import safety

        report = safety.main() if args.out is None else safety.main(args.out)
    elif args.model == "stings":
        from nlp.train import stings

        report = stings.main() if args.out is None else stings.main(args.out)
    elif args.model == "blame":
        from nlp.train import blame

        report = blame.main(feedback=args.feedback)
    else:
        from nlp.detect.textcat import DEFAULT_PATH
        from nlp.train.textcat import train_textcat

        meta = train_textcat(args.out or DEFAULT_PATH, feedback=args.feedback)
        keys = ("thresholds", "cross_validation", "data_sha256", "feedback")
        report = {k: meta[k] for k in keys if k in meta}
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
