"""`vetted scan FILE...`: check inventories from the command line, with no window (`vetted kb`: app/cli_kb.py)."""

import argparse
import gc
import json
import os
import re
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

import orjson

from app import cli_kb
from app.cli_rollup import COMMANDS as ROLLUP_COMMANDS
from app.cli_rollup import add_rollup_commands, run_rollup
from app.core.domain import Device, Match, Verdict
from app.core.importing.errors import InventoryError, display_name
from app.core.kb.knowledge import KnowledgeBase, KnowledgeBaseError, load
from app.core.language import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    as_said,
    current_language,
    language_from_environment,
    say,
    set_language,
)
from app.core.scan import Summary, scan
from app.core.where import Where

JSON_VERSION = 3

# Characters that would move the cursor, recolour the terminal or reverse the text around them: C0 and C1
# controls, bidirectional marks, overrides and isolates, zero-width and line/paragraph separators, BOM.
_OTHER_UNSAFE = "\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
_UNSAFE_TEXT = re.compile("[\x00-\x1f" + _OTHER_UNSAFE + "]")
_UNSAFE_JSON = re.compile("[\x00-\x09\x0b-\x1f" + _OTHER_UNSAFE + "]")  # line breaks kept


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vetted",
        description="Find equipment from banned or restricted vendors. With no command, `vetted [FILE]` opens "
        "the window (FILE: a .vetted project to open, or a spreadsheet to import).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    scan_parser = commands.add_parser("scan", help="check inventory files and print what is flagged")
    scan_parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="an inventory to check: .xlsx, .xlsm, .xls, .ods, CSV or text, or an export of SADP, NetBox, "
        "Snipe-IT, nmap XML, DHCP leases or arp",
    )
    scan_parser.add_argument("--json", action="store_true", help="print one JSON object instead of a summary")
    scan_parser.add_argument("--sheet", metavar="NAME", help="read only this sheet of a workbook")
    scan_parser.add_argument("--report", type=Path, metavar="OUT.xlsx", help="also write an Excel report with costs")
    scan_parser.add_argument("--csv", type=Path, metavar="OUT.csv", help="also write every device to a CSV file")
    scan_parser.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write a PDF summary with costs")
    scan_parser.add_argument(
        "--where",
        default="",
        metavar="PLACE",
        help="where you are, to lead with the rules in force there: a country (US, CA, UK…) or a state or "
        "province (US-TX, CA-QC)",
    )
    scan_parser.add_argument(
        "--sector", default="", choices=("public", "private"), help="a public body or a private organisation"
    )
    add_lang_option(scan_parser)
    cli_kb.add_commands(commands, add_lang_option)
    add_rollup_commands(commands, add_lang_option)
    return parser


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        default=None,
        help="the language of the messages and reports (default: the locale's, French when LANG or LC_ALL "
        "starts with fr)",
    )


def neutralise(text: str, json_lines: bool = False) -> str:
    """Text safe to print: each control character shows as `\\uXXXX` instead of acting on the terminal.

    Everything the command prints goes through here. In JSON text (`json_lines`: line breaks there are
    the ones between records, as encoders escape those inside strings) the escape is JSON's own, so the
    document still means the same thing.
    """
    pattern = _UNSAFE_JSON if json_lines else _UNSAFE_TEXT
    return pattern.sub(_escape, text) if pattern.search(text) else text


def _escape(found: re.Match) -> str:
    return f"\\u{ord(found[0]):04x}"


def _fail(message: str) -> int:
    sys.stdout.flush()
    print(f"vetted: {neutralise(str(message))}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Every message from here on (errors raised deep in the core too) is said in this language; the one
    # before comes back on return, for a caller in the same process (the tests).
    previous = current_language()
    set_language(getattr(args, "lang", None) or language_from_environment())
    try:
        return _run(args)
    finally:
        set_language(previous)


def _run(args: argparse.Namespace) -> int:
    # A console that cannot show a character (Windows' cp1252 and a Chinese brand name) gets a '?'.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    command = {"kb": cli_kb.run, **dict.fromkeys(ROLLUP_COMMANDS, run_rollup)}.get(args.command, _scan)
    try:  # every command ends the same way: a closed pipe quietly, any fault in one sentence
        return command(args)
    except (InventoryError, KnowledgeBaseError) as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `vetted scan big.xlsx | head`: the reader has what it wanted
        sys.stdout = None
        return 0
    except OSError as error:  # standard output or the temporary folder full or gone
        reason = (error.strerror or type(error).__name__).lower()
        return _fail(
            say("Cli", QT_TRANSLATE_NOOP("Cli", "Vetted could not write its output ({reason})."), reason=reason)
        )
    except Exception as error:  # a fault in Vetted itself: still one sentence, details on request
        if os.environ.get("VETTED_DEBUG"):
            traceback.print_exc()
        detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
        what = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
        return _fail(
            say(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "Vetted stopped because of an unexpected problem ({what}); set VETTED_DEBUG=1 for details."
                ),
                what=what,
            )
        )


def _scan(args: argparse.Namespace) -> int:
    # A scan makes a few objects per row and no reference cycles worth collecting; the cyclic collector
    # would only walk the growing heap again and again (a third of a 100,000-row scan's time).
    gc.disable()
    try:
        where = Where.parse(args.where, args.sector)
    except ValueError as error:
        raise InventoryError(error.args[0] if error.args else str(error)) from None
    kb = load()
    summary = Summary()
    lang = current_language()
    results = scan(args.files, kb, args.sheet, summary, where, lang)
    exports = args.report or args.csv or args.pdf
    if exports:
        results = list(results)  # read again by the exports once the summary is printed
    if args.json:
        _write_json(results, summary, sys.stdout)
    else:
        _write_summary(results, summary, sys.stdout)
    return _export(args, results, kb, where, lang) if exports else 0


def _write_json(results, summary: Summary, out) -> None:
    """One JSON document (README, "JSON output"), or nothing: devices are encoded as they are read into a
    temporary file, and standard output gets the whole document only once every file has been read."""
    refs: dict[int, tuple[str, str]] = {}  # id(match) -> (reference, verdict); identical devices share a match
    by_value: dict[Match, str] = {}  # the same match made twice (the matcher's cache forgot it) shares one too
    matches: dict[str, Match] = {}
    with tempfile.TemporaryFile() as spool:
        batch: list[dict] = []
        for device, match in results:
            shared = refs.get(id(match))
            if shared is None:
                ref = by_value.get(match)
                if ref is None:
                    ref = by_value[match] = f"m{len(matches) + 1}"
                    matches[ref] = match
                shared = refs[id(match)] = (ref, match.verdict.value)  # `matches` keeps the object, and its id
            batch.append(
                {
                    "sheet": device.sheet,
                    "row": device.row,
                    "manufacturer": device.manufacturer,
                    "model": device.model,
                    "serial": device.serial,
                    "mac": device.mac,
                    "file": len(summary.files) - 1,
                    "verdict": shared[1],
                    "match": shared[0],
                }
            )
            if len(batch) == 4096:
                _spill_records(spool, batch)
        _spill_records(spool, batch)
        head = {
            "version": JSON_VERSION,
            "files": summary.files,
            "sources": _sources_json(matches.values()),
            "matches": {ref: _match_json(match) for ref, match in matches.items()},
        }
        # Whole: from here on nothing can fail but the writing itself.
        out.flush()
        sink = getattr(out, "buffer", None)
        parts = [neutralise(_dumps(head)[:-1], json_lines=True), ', "devices": [\n']
        _write(out, sink, "".join(parts))
        _copy_out(spool, out, "utf-8")
        _write(out, sink, neutralise(f'\n], "summary": {_dumps(summary.as_dict())}}}\n', json_lines=True))
        out.flush()


def _spill_records(spool, batch: list[dict]) -> None:
    """Encode device records, one a line, into the temporary file (see _write_json)."""
    if batch:
        try:
            # One call for the batch (a call a record costs several times more); a record starts a line. A quote
            # inside a string is always escaped, so '},{"sheet":' is found only between two records.
            text = orjson.dumps(batch)[1:-1].replace(b'},{"sheet":', b'},\n{"sheet":')
        except orjson.JSONEncodeError:  # text orjson refuses (a lone surrogate): the standard encoder, as ASCII
            text = ",\n".join(map(json.dumps, batch)).encode()
        # orjson escapes the C0 controls; plain ASCII without DEL has nothing else to escape (see neutralise).
        if not text.isascii() or b"\x7f" in text:
            text = neutralise(text.decode(), json_lines=True).encode()
        spool.write(text if spool.tell() == 0 else b",\n" + text)
        batch.clear()


def _write(out, sink, text: str) -> None:
    if sink is not None:
        sink.write(text.encode("utf-8"))
    else:
        out.write(text)


def _dumps(value: object) -> str:
    """JSON text of plain dicts, lists and strings: orjson, a quarter faster for a whole scan than json."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:  # text orjson refuses (a lone surrogate): the standard encoder takes it
        return json.dumps(value, ensure_ascii=False)


def _match_json(match: Match) -> dict[str, object]:
    """What identical devices share: the evidence and the sources (by id) behind their verdict."""
    return {
        "verdict": match.verdict.value,
        "vendor": match.vendor_name,
        "explanation": match.explanation,
        "evidence": [e.as_dict() for e in match.evidence],
        "sources": [s.id for s in match.sources],
    }


def _sources_json(matches) -> dict[str, dict[str, str]]:
    """Every source cited by a verdict, once, by id."""
    cited = {}
    for match in matches:
        for source in match.sources:
            cited.setdefault(source.id, source)
    return {source_id: source.as_dict() for source_id, source in sorted(cited.items())}


def _write_summary(results, summary: Summary, out) -> None:
    """The counts, then every flagged and every to-review device, a line each. The counts need the whole
    file and come first, so the device lines wait in temporary files as they are made, not in memory:
    a scan of millions of rows stays as small as the rows it holds at once."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    with tempfile.TemporaryFile() as flagged, tempfile.TemporaryFile() as review:
        spools = {Verdict.FLAGGED: flagged, Verdict.REVIEW: review}
        lines: dict[Verdict, list[str]] = {Verdict.FLAGGED: [], Verdict.REVIEW: []}
        counts = dict.fromkeys(spools, 0)
        line = as_said("Cli", QT_TRANSLATE_NOOP("Cli", "  {sheet} row {row}: {device} — {explanation}"))
        safe: dict[str, str] = {}  # sheet names and explanations made safe once: they repeat down the rows
        for device, match in results:
            waiting = lines.get(match.verdict)
            if waiting is not None:
                sheet, explanation = device.sheet, match.explanation
                waiting.append(
                    line.format(
                        sheet=safe.get(sheet) or safe.setdefault(sheet, neutralise(sheet)),
                        row=device.row,
                        device=neutralise(_label(device)),
                        explanation=safe.get(explanation) or safe.setdefault(explanation, neutralise(explanation)),
                    )
                )
                if len(waiting) == 4096:
                    counts[match.verdict] += _spill_lines(spools[match.verdict], waiting, encoding)
        for verdict, waiting in lines.items():
            counts[verdict] += _spill_lines(spools[verdict], waiting, encoding)
        out.write(_report(summary))
        for verdict, spool in spools.items():
            if counts[verdict]:
                out.write(f"\n{say('Cli', _HEADINGS[verdict], count=counts[verdict])}\n")
                _copy_out(spool, out, encoding)
        out.flush()


def _copy_out(spool, out, encoding: str) -> None:
    """What a temporary file holds, to the output's bytes after what was written to it as text (or decoded,
    to a text-only stream such as a test's StringIO)."""
    out.flush()
    spool.seek(0)
    if sink := getattr(out, "buffer", None):
        shutil.copyfileobj(spool, sink, 2**20)
    else:
        out.write(spool.read().decode(encoding))


def _spill_lines(spool, lines: list[str], encoding: str) -> int:
    """Write waiting lines to their temporary file, encoded as the output will be; how many there were.
    (A character the output cannot show becomes '?', as the console stream's own errors='replace' does.)"""
    if lines:
        spool.write(("\n".join(lines) + "\n").encode(encoding, "replace"))
    count = len(lines)
    lines.clear()
    return count


def _report(summary: Summary) -> str:
    """The summary's head: the counts, the vendors and the sheets skipped."""
    counts, vendors = summary.by_verdict, summary.by_vendor
    template = (
        QT_TRANSLATE_NOOP("Cli", "1 device: {flagged} flagged, {review} to review, {clear} clear, {unknown} unknown.")
        if summary.devices == 1
        else QT_TRANSLATE_NOOP(
            "Cli", "{devices} devices: {flagged} flagged, {review} to review, {clear} clear, {unknown} unknown."
        )
    )
    head = [
        say(
            "Cli",
            template,
            devices=_plain(summary.devices),
            flagged=_plain(counts[Verdict.FLAGGED]),
            review=_plain(counts[Verdict.REVIEW]),
            clear=_plain(counts[Verdict.CLEAR]),
            unknown=_plain(counts[Verdict.UNKNOWN]),
        )
    ]
    if vendors:
        by_vendor = ", ".join(f"{name} {n}" for name, n in vendors.most_common())
        head.append(
            say("Cli", QT_TRANSLATE_NOOP("Cli", "Flagged or to review, by vendor: {vendors}."), vendors=by_vendor)
        )
    if summary.skipped_sheets:
        sheets = "; ".join(summary.skipped_sheets)
        head.append(say("Cli", QT_TRANSLATE_NOOP("Cli", "Skipped (no device columns): {sheets}."), sheets=sheets))
    return "\n".join(neutralise(line) for line in head) + "\n"


_HEADINGS = {
    Verdict.FLAGGED: QT_TRANSLATE_NOOP("Cli", "FLAGGED ({count})"),
    Verdict.REVIEW: QT_TRANSLATE_NOOP("Cli", "REVIEW ({count})"),
}


def _plain(count: int) -> str:
    """A count as the summary has always printed it: digits only, in both languages."""
    return str(count)


def _label(device: Device) -> str:
    return " ".join(filter(None, (device.manufacturer, device.model, device.mac))) or as_said(
        "Cli", QT_TRANSLATE_NOOP("Cli", "(no make or model)")
    )


def _export(
    args: argparse.Namespace, results: list[tuple[Device, Match]], kb: KnowledgeBase, where: Where, lang: str
) -> int:
    """--report, --csv, --pdf: estimates at the default prices; a file that cannot be written is exit 2."""
    # Imported here so that a scan without exports does not load the spreadsheet writers.
    from app.core.export.csv_report import write_csv
    from app.core.export.output import ExportError
    from app.core.export.report import Report, cited_sources, devices_from_scan
    from app.core.export.xlsx_report import write_xlsx
    from app.core.pricing.price_book import default_price_book

    devices = devices_from_scan(results)
    report = Report(
        ", ".join(display_name(path) for path in args.files),
        devices,
        default_price_book(),
        cited_sources(kb, devices, where),
        where=where,
        lang=lang,
    )
    try:
        if args.report:
            write_xlsx(report, args.report)
        if args.csv:
            write_csv(report, args.csv)
        if args.pdf:
            from app.ui.report_pdf import write_pdf  # Qt is loaded only when a PDF is asked for

            write_pdf(report, args.pdf)
    except ExportError as error:
        return _fail(str(error))
    return 0
