"""`python -m app` opens Vetted; `python -m app scan FILE...` checks files without a window."""

import sys


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in {"scan", "kb", "combine", "compare", "-h", "--help"}:
        from app.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from app.system_libraries import window_problem

    if problem := window_problem():  # before Qt loads, which would fail with a misleading hint
        print(problem, file=sys.stderr)
        return 1
    from app.gui import main as gui_main

    return gui_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
