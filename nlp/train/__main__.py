"""`python -m nlp.train MODEL`: retrain a model from the labelled data and print figures.

python -m nlp.train safety               safety heads -> nlp/safety/heads.json (+ .ngrams.json)
python -m nlp.train blame                blame heads -> nlp/blame_heads.json (off by default)
python -m nlp.train textcat [--out DIR]  bag-of-words classifier -> nlp/models/textcat
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
        "model", choices=["safety", "blame", "textcat"], help="which model to train"
    )
    parser.add_argument("--out", type=Path, help="where to write it (default: its home in nlp/)")
    args = parser.parse_args(argv)
    report: dict[str, Any]
    if args.model == "safety":
        from nlp.train import safety

        report = safety.main() if args.out is None else safety.main(args.out)
    elif args.model == "blame":
        from nlp.train import blame

        report = blame.main()
    else:
        from nlp.detect.textcat import DEFAULT_PATH
        from nlp.train.textcat import train_textcat

        meta = train_textcat(args.out or DEFAULT_PATH)
        report = {k: meta[k] for k in ("thresholds", "cross_validation", "data_sha256")}
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
