"""`vetted combine` and `vetted compare`: the organisation view and a site's progress, with no window."""

import argparse
import sys
from pathlib import Path

from app.core.language import QT_TRANSLATE_NOOP, as_said, current_language, say, words

COMMANDS = ("combine", "compare")


def add_rollup_commands(commands: argparse._SubParsersAction, add_lang_option) -> None:
    combine = commands.add_parser("combine", help="combine many site projects (read-only) into one organisation report")
    combine.add_argument("paths", nargs="+", type=Path, metavar="DIR|FILE", help="folders of .vetted files, or files")
    combine.add_argument("--report", type=Path, metavar="ORG.xlsx", help="write the organisation Excel report")
    combine.add_argument("--csv", type=Path, metavar="ORG.csv", help="write one CSV row a project")
    combine.add_argument("--pdf", type=Path, metavar="ORG.pdf", help="write a PDF summary for management")
    combine.add_argument(
        "--recheck",
        action="store_true",
        help="check projects from another knowledge base again with this Vetted's (in memory; files are not changed)",
    )
    compare = commands.add_parser("compare", help="what changed at a site between an earlier project and now")
    compare.add_argument("old", type=Path, metavar="OLD", help="the earlier snapshot (.vetted)")
    compare.add_argument("new", type=Path, metavar="NEW", help="the current project (.vetted)")
    compare.add_argument("--report", type=Path, metavar="OUT.xlsx", help="also write the progress as an Excel file")
    for parser in (combine, compare):
        add_lang_option(parser)


def run_rollup(args: argparse.Namespace) -> int:
    """Run `combine` or `compare`; a problem is one sentence on stderr and exit status 2."""
    from app.core.export.output import ExportError
    from app.core.rollup.compare import CompareError

    try:
        return _combine(args) if args.command == "combine" else _compare(args)
    except (ExportError, CompareError) as error:
        _error(str(error))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `vetted combine sites/ | head`
        sys.stdout = None
        return 0


def _print(text: str) -> None:
    sys.stdout.write(text)


def _t(value: str) -> str:
    """A name from the files, safe to print: no control character reaches the terminal."""
    from app.cli import neutralise

    return neutralise(value)


def _error(sentence: str) -> None:
    from app.cli import neutralise

    sys.stdout.flush()
    print(neutralise(f"vetted: {sentence}"), file=sys.stderr)


def _combine(args: argparse.Namespace) -> int:
    from app.core.kb.knowledge import load
    from app.core.rollup.combine import combine
    from app.core.rollup.site_file import project_files

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        _error(say("Cli", QT_TRANSLATE_NOOP("Cli", "{path} does not exist."), path=str(missing[0])))
        return 2
    if not project_files(args.paths):
        paths = ", ".join(map(str, args.paths))
        _error(say("Cli", QT_TRANSLATE_NOOP("Cli", "there is no .vetted project in {paths}."), paths=paths))
        return 2
    org = combine(args.paths, load(), recheck=args.recheck)
    _print(org_text(org))
    if not org.sites:
        _error(as_said("Cli", QT_TRANSLATE_NOOP("Cli", "no project could be combined.")))
        return 2
    if args.report:
        from app.core.rollup.org_xlsx import write_org_xlsx

        write_org_xlsx(org, args.report)
    if args.csv:
        from app.core.rollup.org_csv import write_org_csv

        write_org_csv(org, args.csv)
    if args.pdf:
        from app.ui.rollup_pdf import write_org_pdf  # Qt is loaded only when a PDF is asked for

        write_org_pdf(org, args.pdf)
    return 0


def org_text(org) -> str:
    """What `vetted combine` prints, in the process's language."""
    from app.core.pricing.money import format_money
    from app.core.rollup.combine import checked_with

    lang = current_language()
    money = lambda amount: format_money(amount, org.currency, lang)  # noqa: E731
    counts, overall = org.counts(), org.totals.overall
    if len(org.sites) == 1:
        projects = as_said("Cli", QT_TRANSLATE_NOOP("Cli", "1 project"))
    else:
        projects = say("Cli", QT_TRANSLATE_NOOP("Cli", "{count} projects"), count=len(org.sites))
    if org.skipped:
        projects = say(
            "Cli", QT_TRANSLATE_NOOP("Cli", "{projects} ({count} skipped)"), projects=projects, count=len(org.skipped)
        )
    lines = [
        say(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "Combined {projects}: {devices} devices, {flagged} flagged, {review} to review, {decided} decided.",
            ),
            projects=projects,
            devices=counts["devices"],
            flagged=counts["flagged"],
            review=counts["review"],
            decided=counts["decided"],
        ),
        say(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "To replace: {devices} devices, about {typical} ({low} to {high})."),
            devices=overall.devices,
            typical=money(overall.cost.typical),
            low=money(overall.cost.low),
            high=money(overall.cost.high),
        ),
    ]
    if org.sites:
        lines += ["", as_said("Cli", QT_TRANSLATE_NOOP("Cli", "By site:"))]
        site_line = as_said(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli", "  {project}{where}: {flagged} flagged, {decided} decided, {replacing} to replace, {cost}"
            ),
        )
        older = as_said("Cli", QT_TRANSLATE_NOOP("Cli", "; knowledge base {checked}"))
        number = words(lang).number
        for site in org.sites:
            where = f" ({_t(site.sites)})" if site.sites and site.sites != site.project else ""
            lines.append(
                site_line.format(
                    project=_t(site.project),
                    where=where,
                    flagged=number(site.flagged),
                    decided=number(site.decided),
                    replacing=number(site.replacing),
                    cost=money(site.estimate.typical),
                )
                + ("" if site.kb_status == "current" else older.format(checked=_t(checked_with(site, lang))))
            )
    if org.totals.by_vendor:
        lines += ["", as_said("Cli", QT_TRANSLATE_NOOP("Cli", "By vendor:"))]
        vendor_line = as_said("Cli", QT_TRANSLATE_NOOP("Cli", "  {vendor}: {devices}, {cost}"))
        lines += [
            vendor_line.format(vendor=_t(name), devices=words(lang).number(s.devices), cost=money(s.cost.typical))
            for name, s in org.totals.by_vendor.items()
        ]
    if org.older:
        if len(org.older) == 1:
            template = QT_TRANSLATE_NOOP(
                "Cli",
                "1 project was checked with another knowledge base; --recheck checks them again with this "
                "Vetted's, without changing the files.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Cli",
                "{count} projects were checked with another knowledge base; --recheck checks them again with this "
                "Vetted's, without changing the files.",
            )
        lines += ["", say("Cli", template, count=len(org.older))]
    if org.skipped:
        lines += ["", as_said("Cli", QT_TRANSLATE_NOOP("Cli", "Skipped:"))]
        skipped_line = as_said("Cli", QT_TRANSLATE_NOOP("Cli", "  {file}: {reason}"))
        lines += [skipped_line.format(file=_t(s.path.name), reason=_t(s.reason)) for s in org.skipped]
    return "\n".join(lines) + "\n"


def _compare(args: argparse.Namespace) -> int:
    from app.core.rollup.compare import compare

    for path in (args.old, args.new):
        if not path.is_file():
            _error(say("Cli", QT_TRANSLATE_NOOP("Cli", "{path} is not a file."), path=str(path)))
            return 2
    comparison = compare(args.old, args.new)
    lines = [comparison.summary(), comparison.details()]
    if comparison.warning:
        lines.append(_t(comparison.warning))
    _print("\n".join(lines) + "\n")
    if args.report:
        from app.core.rollup.compare_xlsx import write_compare_xlsx

        write_compare_xlsx(comparison, args.report)
    return 0
