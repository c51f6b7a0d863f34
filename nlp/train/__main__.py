"""`python -m nlp.train textcat [--out DIR]`: train the classifier, deterministically."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nlp.textcat import DEFAULT_PATH


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m nlp.train")
    parser.add_argument("model", choices=["textcat"])
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH, help="model directory")
    args = parser.parse_args()
    from nlp.train.textcat import train_textcat

    meta = train_textcat(args.out)
    print(json.dumps({k: meta[k] for k in ("thresholds", "cross_validation", "data_sha256")}))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
