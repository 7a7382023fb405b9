"""Command-line interface: audit posts, one file, stdin or a JSONL archive.

Exit codes: 0 nothing at warning or above, 1 something was, 2 usage or input
error.  Errors are a single line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Iterator, TextIO

from . import AREAS, RULES, __version__, check
from .engine.runner import resolve_selection

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


class InputError(Exception):
    """A problem with what the user gave us; reported as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line instead of usage + message
        raise InputError(f"{message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="python -m checkers",
        description="Say which social-media guidance for mental-health professionals applies to a post.",
        epilog="Exit status: 0 nothing at warning or above, 1 something was, 2 usage or input error.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="files to check; '-' or nothing reads stdin")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text", help="output format")
    p.add_argument("--input", choices=("text", "jsonl"), default="text",
                   help="'jsonl': each line is {\"id\": ..., \"text\": ...} (an archive of posts)")
    p.add_argument("--select", action="append", metavar="IDS", help="only these areas or rule ids (comma-separated)")
    p.add_argument("--ignore", action="append", metavar="IDS", help="skip these areas or rule ids (comma-separated)")
    p.add_argument("--list-rules", action="store_true", help="print the rule catalogue and exit")
    p.add_argument("--version", action="version", version=f"checkers {__version__}")
    return p


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{where}: not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None


def _read_whole(name: str) -> str:
    if name == "-":
        return _decode(sys.stdin.buffer.read(), "<stdin>")
    try:
        with open(name, "rb") as fh:
            return _decode(fh.read(), name)
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None


def _open_lines(name: str):
    if name == "-":
        return sys.stdin.buffer
    try:
        return open(name, "rb")
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _excerpt(text: str, start: int, end: int, width: int = 50) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    snippet = (("…" if a else "") + text[a:start] + "[" + text[start:end] + "]" + text[end:b] + ("…" if b < len(text) else ""))
    return " ".join(snippet.split())


def format_text(label: str, report) -> str:
    if not report.findings:
        return f"{label}: no guidance flagged\n"
    lines = []
    for f in report.findings:
        line, col = _line_col(report.text, f.start)
        lines.append(f"{label}:{line}:{col}: {f.severity} [{f.rule}] {f.message}")
        lines.append(f"    > {_excerpt(report.text, f.start, f.end)}")
        lines.append(f"    instead: {f.suggestion}")
        lines.append(f"    see: {f.reference} | {f.doc}")
    return "\n".join(lines) + "\n"


def _list_rules(out: TextIO, fmt: str) -> None:
    if fmt == "text":
        for area in AREAS:
            out.write(f"{area}\n")
            for r in RULES:
                if r.area == area:
                    out.write(f"  {r.id:<38} {r.severity:<8} {r.title}\n")
    elif fmt == "json":
        json.dump([r.to_dict() for r in RULES], out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for r in RULES:
            out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")


def _archive_posts(name: str) -> Iterator[tuple[int, object, str | None, str | None]]:
    """Yield (line_no, id, text, error) for each non-blank line of a JSONL archive."""
    fh = _open_lines(name)
    try:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield n, None, None, "not valid UTF-8"
                continue
            except json.JSONDecodeError as e:
                yield n, None, None, f"invalid JSON ({e.msg})"
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield n, None, None, 'expected an object with a string "text" field'
                continue
            yield n, record.get("id"), record["text"], None
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def run(argv: list[str] | None, out: TextIO, err: TextIO) -> int:
    args = build_parser().parse_args(argv)
    if args.list_rules:
        _list_rules(out, args.format)
        return EXIT_CLEAN
    rules = resolve_selection(RULES, args.select, args.ignore)
    select = [r.id for r in rules]
    names = args.files or ["-"]
    found = bad = False
    collected = []  # only for --format json, which is one document by nature

    def emit(label, id_, report):
        nonlocal found
        found = found or any(f.applies for f in report.findings)
        record = {"id": id_, **report.to_dict()} if id_ is not None or args.input == "jsonl" else {"file": label, **report.to_dict()}
        if args.format == "text":
            out.write(format_text(label, report))
        elif args.format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            collected.append(record)

    for name in names:
        if args.input == "jsonl":
            for n, id_, text, error in _archive_posts(name):
                if error:
                    bad = True
                    where = "<stdin>" if name == "-" else name
                    err.write(f"checkers: error: {where}:{n}: {error}\n")
                    if args.format == "jsonl":
                        out.write(json.dumps({"line": n, "error": error}) + "\n")
                    continue
                label = f"{'<stdin>' if name == '-' else name}#{id_ if id_ is not None else n}"
                emit(label, id_ if id_ is not None else n, check(text, select=select))
                out.flush() if args.format != "json" else None
        else:
            text = _read_whole(name)
            emit("<stdin>" if name == "-" else name, None, check(text, select=select))
    if args.format == "json":
        json.dump(collected, out, indent=2, ensure_ascii=False)
        out.write("\n")
    if bad:
        return EXIT_ERROR
    return EXIT_FOUND if found else EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv, sys.stdout, sys.stderr)
    except InputError as e:
        sys.stderr.write(f"checkers: error: {e}\n")
        return EXIT_ERROR
    except ValueError as e:  # unknown rule or area id
        sys.stderr.write(f"checkers: error: {e}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN
