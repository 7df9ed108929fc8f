#!/usr/bin/env bash
# One entry point for contributors: `bash dev.sh app` starts Vetted on the sample inventory,
# `bash dev.sh test` runs lint and every test. Both set up what they need on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")"

setup() {
  # Qt's runtime libraries; root on Debian installs them, elsewhere they are assumed present.
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ] && ! ldconfig -p | grep -q libxkbcommon-x11; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 \
      libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
      libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 fonts-dejavu-core >/dev/null
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
