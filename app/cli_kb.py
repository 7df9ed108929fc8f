"""`vetted kb pack|update|undo|info|keygen`: the knowledge base from the command line.

`pack` builds a signed update file from db/ (maintainers, with the private key); `update FILE` verifies one,
says what changes and applies it; `undo` goes back to the base in use before; `info` says which base is in
use. Refusals are one sentence on stderr and exit status 2.
"""

import argparse
import shutil
import sys
from pathlib import Path

from app.core.kb.paths import UPDATE_SUFFIX as SUFFIX
from app.core.language import QT_TRANSLATE_NOOP, as_said, current_language, say

# The commands import the knowledge-base modules when they run: `cryptography` alone takes ~0.1 s to import,
# which every `vetted scan` would otherwise pay for building the parser.

_SHOWN_LINES = 15


def add_commands(commands, add_lang_option) -> None:
    """Register `kb` and its subcommands on the main parser's subparsers."""
    kb = commands.add_parser("kb", help="the vendor knowledge base: info, signed updates, undo")
    actions = kb.add_subparsers(dest="kb_command", required=True)
    info = actions.add_parser("info", help="version, date, sources, MAC registry and local additions")
    update = actions.add_parser("update", help="verify a signed update file, show what changes and apply it")
    update.add_argument("file", type=Path, metavar="FILE")
    update.add_argument("--project", type=Path, metavar="P.vetted", help="also count verdicts that would change")
    update.add_argument("--check", action="store_true", help="verify and show the changes, but apply nothing")
    undo = actions.add_parser("undo", help="go back to the knowledge base in use before the last update")
    pack_parser = actions.add_parser("pack", help="build a signed update file from db/ (maintainers)")
    pack_parser.add_argument("--key", type=Path, metavar="PRIVATE.pem", help="default: $VETTED_KB_SIGNING_KEY")
    pack_parser.add_argument("--version", help="default: the date and time, 2025.06.01.1530")
    pack_parser.add_argument("--out", type=Path, metavar=f"FILE{SUFFIX}")
    keygen = actions.add_parser("keygen", help="make a signing key pair and print the public key (maintainers)")
    keygen.add_argument("private_key", type=Path, metavar="PRIVATE.pem")
    for parser in (info, update, undo):
        parser.add_argument("--data-dir", type=Path, help="default: Vetted's per-user data folder")
    for parser in (info, update, undo, pack_parser, keygen):
        add_lang_option(parser)


def run(args: argparse.Namespace) -> int:
    from app.core.kb.update import UpdateError

    try:
        return _COMMANDS[args.kb_command](args)
    except UpdateError as error:
        print(f"vetted: {error}", file=sys.stderr)
        return 2


def _data_dir(args: argparse.Namespace) -> Path:
    from app.core.kb.installed import default_data_dir

    return args.data_dir or default_data_dir()


def _info(args: argparse.Namespace) -> int:
    from app.core.kb.installed import describe, load_installed

    data_dir = _data_dir(args)
    kb = load_installed(data_dir)
    lines = describe(kb, data_dir, current_language())
    colon = as_said("Cli", QT_TRANSLATE_NOOP("Cli", "{label}:"))
    width = max(len(colon.format(label=label)) for label, _ in lines)
    for label, value in lines:
        print(f"{colon.format(label=label):<{width}} {value}")
    if kb.overlay_problem:
        print(say("Cli", QT_TRANSLATE_NOOP("Cli", "Local facts left out: {reason}"), reason=str(kb.overlay_problem)))
    return 0


def _update(args: argparse.Namespace) -> int:
    from app.core.kb.installed import load_installed
    from app.core.kb.overlay import read_facts, with_overlay
    from app.core.kb.update import apply_update, diff_bases, open_payload, read_update

    data_dir = _data_dir(args)
    update = read_update(args.file, data_dir)
    manifest = update.manifest
    print(
        say(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli", "{name}: knowledge base {version} of {date}, signed by Vetted's key (in use now: {current})."
            ),
            name=args.file.name,
            version=manifest.version,
            date=manifest.date,
            current=update.current_version,
        )
    )
    current = load_installed(data_dir)
    new_base, path = open_payload(update)
    try:
        changes = diff_bases(current.path, path)
        print(say("Cli", QT_TRANSLATE_NOOP("Cli", "Changes: {changes}."), changes=changes.summary()))
        for sign, lines in (("+", changes.added), ("-", changes.removed), ("~", changes.changed)):
            for line in lines[:_SHOWN_LINES]:
                print(f"  {sign} {line}")
            if len(lines) > _SHOWN_LINES:
                more = say("Cli", QT_TRANSLATE_NOOP("Cli", "… and {count} more"), count=len(lines) - _SHOWN_LINES)
                print(f"  {sign} {more}")
        if args.project:
            print(_project_changes(args.project, with_overlay(new_base, read_facts(data_dir))))
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)
    if args.check:
        print(as_said("Cli", QT_TRANSLATE_NOOP("Cli", "Checked only: nothing applied.")))
        return 0
    apply_update(data_dir, update)
    print(
        say(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "Applied. `vetted kb undo` goes back to {version}."),
            version=update.current_version,
        )
    )
    return 0


def _project_changes(project_path: Path, kb) -> str:
    from app.core.kb.installed import verdict_changes
    from app.core.kb.update import UpdateError
    from app.core.matching import Matcher
    from app.core.store.project import Project, ProjectError
    from app.core.where import Where

    try:
        project = Project(project_path)
    except ProjectError as error:
        raise UpdateError(error) from None
    try:
        where = Where.from_setting(project.setting("where"))  # as the project's verdicts were decided
        changed = verdict_changes(project.devices(), Matcher(kb, where))
    finally:
        project.close()
    if changed == 1:
        template = QT_TRANSLATE_NOOP(
            "Cli", "In {name}: 1 device would change verdict (open it and check all devices again)."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Cli", "In {name}: {count} devices would change verdict (open it and check all devices again)."
        )
    return say("Cli", template, name=project_path.name, count=changed)


def _undo(args: argparse.Namespace) -> int:
    from app.core.kb.update import undo_update

    version = undo_update(_data_dir(args))
    print(say("Cli", QT_TRANSLATE_NOOP("Cli", "Undone: knowledge base {version} is in use again."), version=version))
    return 0


def _pack(args: argparse.Namespace) -> int:
    from app.core.kb.update import UpdateError, pack, read_private_key

    key = read_private_key(args.key)
    out = args.out or Path(f"vetted-kb{SUFFIX}")
    try:
        manifest = pack(out, key, args.version)
    except ValueError as error:  # the build refuses a broken db/
        if isinstance(error, UpdateError):
            raise
        raise UpdateError(str(error)) from None
    print(f"Wrote {out}: knowledge base {manifest.version}, {manifest.sources} sources, signed by key {manifest.key}.")
    return 0


def _keygen(args: argparse.Namespace) -> int:
    from app.core.kb.update import UpdateError, generate_key

    try:
        public = generate_key(args.private_key)
    except FileExistsError:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Errors", "{path} already exists; Vetted will not overwrite a key."),
            path=str(args.private_key),
        ) from None
    print(f"Private key: {args.private_key} (keep it out of the repository).")
    print(f"Public key, for TRUSTED_PUBLIC_KEY in app/core/kb/update.py: {public}")
    return 0


_COMMANDS = {"info": _info, "update": _update, "undo": _undo, "pack": _pack, "keygen": _keygen}
