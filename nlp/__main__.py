"""Command line: `python -m nlp "draft"`, `--json`, `--jsonl`, `--info`, `--verify-model`.

python -m nlp "You never listen to me."     readable analysis
python -m nlp --json "You never listen."    one JSON object
python -m nlp --jsonl < drafts.txt          one JSON object per input line, in order
python -m nlp --info                        which pipeline and model are in use
python -m nlp --verify-model                hash the model and encoder files (no model load)
python -m nlp --build-encoder               build the sentence encoder from its verified weights

`--model NAME_OR_DIR` picks another installed model package or a model directory.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from nlp.encoder.files import EncoderIntegrityError, EncoderMissingError, build, check_built
from nlp.model import find_model, verify
from nlp.results import Analysis

if TYPE_CHECKING:
    from nlp.analyzer import Analyzer

JSONL_BATCH = 64


def main(
    argv: Sequence[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    analyzer: Analyzer | None = None,
) -> int:
    """Run the command line; `stdin`, `stdout` and a ready `analyzer` can be passed in."""
    args = _parser().parse_args(argv)
    out = stdout or sys.stdout
    if args.verify_model:
        return verify_model(out, args.model)
    if args.build_encoder:
        return build_encoder(out)
    if analyzer is None:
        from nlp.analyzer import Analyzer

        analyzer = Analyzer(args.model)
    if args.info:
        out.write(analyzer.info.describe() + "\n")
        return 0
    if args.jsonl:
        source = stdin or sys.stdin
        batch: list[str] = []
        for line in source:
            batch.append(line.rstrip("\r\n"))
            if len(batch) == JSONL_BATCH:
                _write_jsonl(analyzer.analyze_many(batch), out)
                batch = []
        _write_jsonl(analyzer.analyze_many(batch), out)
        return 0
    if args.text is None:
        _parser().error("give a draft to analyse, or one of --jsonl, --info, --verify-model")
    analysis = analyzer.analyze(args.text)
    if args.json:
        out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(readable(analysis))
    return 0


def verify_model(out: TextIO, model: str | None = None) -> int:
    """One line; exit 0 when verified or simply absent (fallback), 1 on a mismatch."""
    installed = find_model(model)
    if installed is None:
        out.write("no trained English model installed: Tend will use the blank-pipeline fallback\n")
        return 0
    result = verify(installed)
    out.write(result.describe() + "\n")
    encoder = check_built()
    out.write(encoder.describe() + "\n")
    return 0 if result.ok and encoder.ok else 1


def build_encoder(out: TextIO) -> int:
    """Build the encoder once (a no-op when the built files already match their hashes)."""
    try:
        result = build()
    except (EncoderMissingError, EncoderIntegrityError) as error:
        out.write(f"encoder NOT built: {error}\n")
        return 1
    out.write(result.describe() + "\n")
    return 0


def readable(analysis: Analysis) -> str:
    if analysis.safety is not None:
        return (
            f"safety concern: {analysis.safety.kind} (“{analysis.safety.text}”)\n"
            "no rewrite is offered; the bot answers with support instead.\n"
        )
    if not analysis.flagged:
        return "nothing flagged: this draft reads fine.\n"
    lines = ["flagged:"]
    lines += [
        f"  {p.category}: “{p.text}” [{p.start}:{p.end}]\n    {p.explanation}"
        for p in analysis.patterns
    ]
    lines.append("suggestions:")
    lines += [f"  {n}. {s}" for n, s in enumerate(analysis.suggestions, 1)]
    return "\n".join(lines) + "\n"


def _write_jsonl(results: list[Analysis], out: TextIO) -> None:
    for analysis in results:
        out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    out.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m nlp", description="Check a draft before you send it."
    )
    parser.add_argument("text", nargs="?", help="the draft to analyse")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument("--jsonl", action="store_true", help="read drafts from stdin, one per line")
    mode.add_argument("--info", action="store_true", help="say which pipeline and model are in use")
    parser.add_argument("--model", help="model package or directory (default: the pinned one)")
    mode.add_argument(
        "--verify-model", action="store_true", help="check model files against official hashes"
    )
    mode.add_argument(
        "--build-encoder", action="store_true", help="build the sentence encoder (set-up step)"
    )
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
