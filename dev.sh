#!/usr/bin/env bash
# One entry point for contributors: `bash dev.sh app` starts Vetted on the sample inventory,
# `bash dev.sh test` runs lint and every test. Both set up what they need on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")"

setup() {
  # Qt's runtime libraries: root on Debian installs the packages of those missing, decided library by
  # library (app/system_libraries.py, which the app also uses to name a missing one); elsewhere they
  # are assumed present. Nothing missing: no apt-get at all (0.3 s).
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    missing=$(python3 -m app.system_libraries)
    if [ -n "$missing" ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      # shellcheck disable=SC2086  # one package a word
      apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
  fi
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  .venv/bin/python -m pip install -q -e '.[test]'
}

case "${1:-}" in
  app)
    setup
    exec .venv/bin/python -m app resources/sample-inventory.xlsx ;;
  test)
    setup
    .venv/bin/ruff check app tests benchmarks packaging
    .venv/bin/ruff format --check app tests benchmarks packaging
    QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "${@:2}" ;;
  *)
    echo "usage: bash dev.sh app | test" >&2; exit 2 ;;
esac
