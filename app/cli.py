"""`vetted scan FILE...`: check inventories from the command line, with no window (`vetted kb`: app/cli_kb.py)."""

import argparse
import gc
import json
import sys
from pathlib import Path

from app import cli_kb
from app.cli_rollup import COMMANDS as ROLLUP_COMMANDS
from app.cli_rollup import add_rollup_commands, run_rollup
from app.core.domain import Device, Match, Verdict
from app.core.importing.errors import InventoryError
from app.core.kb.knowledge import KnowledgeBase, load
from app.core.scan import Summary, scan
from app.core.where import Where

_SOURCE_KEYS = ("id", "title", "kind", "jurisdiction", "date", "url")
_DEVICE_KEYS = ("sheet", "row", "manufacturer", "model", "serial", "mac")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vetted",
        description="Find equipment from banned or restricted vendors. With no command, `vetted [FILE]` opens "
        "the window (FILE: a .vetted project to open, or a spreadsheet to import).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    scan_parser = commands.add_parser("scan", help="check inventory files and print what is flagged")
    scan_parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
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
    cli_kb.add_commands(commands)
    add_rollup_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # A console that cannot show a character (Windows' cp1252 and a Chinese brand name) gets a '?'.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    if args.command == "kb":
        return cli_kb.run(args)
    if args.command in ROLLUP_COMMANDS:
        return run_rollup(args)
    try:
        return _scan(args)
    except InventoryError as error:
        print(f"vetted: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `vetted scan big.xlsx | head`: the reader has what it wanted
        sys.stdout = None
        return 0


def _scan(args: argparse.Namespace) -> int:
    # A scan makes a few objects per row and no reference cycles worth collecting; the cyclic collector
    # would only walk the growing heap again and again (a third of a 100,000-row scan's time).
    gc.disable()
    try:
        where = Where.parse(args.where, args.sector)
    except ValueError as error:
        raise InventoryError(str(error)) from None
    kb = load()
    summary = Summary()
    results = scan(args.files, kb, args.sheet, summary, where)
    exports = args.report or args.csv or args.pdf
    if exports:
        results = list(results)  # read again by the exports once the summary is printed
    if args.json:
        _write_json(results, summary, sys.stdout)
    else:
        worth_a_look = [(d, m) for d, m in results if m.verdict in (Verdict.FLAGGED, Verdict.REVIEW)]
        sys.stdout.write(_report(summary, worth_a_look))
    return _export(args, results, kb, where) if exports else 0


def _write_json(results, summary: Summary, out) -> None:
    """One JSON object, streamed: a device's own fields, then its match's part, encoded once per match."""
    encoded: dict[int, str] = {}
    out.write('{"devices": [')
    for count, (device, match) in enumerate(results):
        tail = encoded.get(id(match))
        if tail is None:
            tail = encoded[id(match)] = json.dumps(_match_json(match), ensure_ascii=False)[1:]
        head = json.dumps({k: getattr(device, k) for k in _DEVICE_KEYS}, ensure_ascii=False)[:-1]
        out.write(f"{',' if count else ''}\n{head}, {tail}")
    out.write(f'\n], "summary": {json.dumps(summary.as_dict(), ensure_ascii=False)}}}\n')


def _match_json(match: Match) -> dict[str, object]:
    return {
        "verdict": match.verdict.value,
        "vendor": match.vendor_name,
        "explanation": match.explanation,
        "evidence": [e.as_dict() for e in match.evidence],
        "sources": [{k: getattr(s, k) for k in _SOURCE_KEYS} for s in match.sources],
    }


def _report(summary: Summary, worth_a_look: list[tuple[Device, Match]]) -> str:
    counts, vendors = summary.by_verdict, summary.by_vendor
    lines = [
        f"{summary.devices} devices: {counts[Verdict.FLAGGED]} flagged, {counts[Verdict.REVIEW]} to review, "
        f"{counts[Verdict.CLEAR]} clear, {counts[Verdict.UNKNOWN]} unknown.",
    ]
    if vendors:
        lines.append(
            "Flagged or to review, by vendor: " + ", ".join(f"{name} {n}" for name, n in vendors.most_common()) + "."
        )
    if summary.skipped_sheets:
        lines.append("Skipped (no device columns): " + "; ".join(summary.skipped_sheets) + ".")
    groups: dict[Verdict, list[str]] = {Verdict.FLAGGED: [], Verdict.REVIEW: []}
    for device, match in worth_a_look:
        groups[match.verdict].append(f"  {device.sheet} row {device.row}: {_label(device)} — {match.explanation}")
    for verdict, group in groups.items():
        if group:
            lines += ["", f"{verdict.value.upper()} ({len(group)})", *group]
    return "\n".join(lines) + "\n"


def _label(device: Device) -> str:
    return " ".join(filter(None, (device.manufacturer, device.model, device.mac))) or "(no make or model)"


def _export(args: argparse.Namespace, results: list[tuple[Device, Match]], kb: KnowledgeBase, where: Where) -> int:
    """--report, --csv, --pdf: estimates at the default prices; a file that cannot be written is exit 2."""
    # Imported here so that a scan without exports does not load the spreadsheet writers.
    from app.core.export.csv_report import write_csv
    from app.core.export.output import ExportError
    from app.core.export.report import Report, cited_sources, devices_from_scan
    from app.core.export.xlsx_report import write_xlsx
    from app.core.pricing.price_book import default_price_book

    devices = devices_from_scan(results)
    report = Report(
        ", ".join(path.name for path in args.files),
        devices,
        default_price_book(),
        cited_sources(kb, devices, where),
        where=where,
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
        print(f"vetted: {error}", file=sys.stderr)
        return 2
    return 0
