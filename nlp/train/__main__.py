"""`python -m nlp.train safety|blame`: retrain a model from the labelled data and print figures."""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.train")
    parser.add_argument("model", choices=["safety", "blame"], help="which model to train")
    args = parser.parse_args(argv)
    if args.model == "safety":
        from nlp.train import safety

        report = safety.main()
    else:
        from nlp.train import blame

        report = blame.main()
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
