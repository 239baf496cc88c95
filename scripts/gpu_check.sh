#!/usr/bin/env bash
# The trainer's CUDA check, one script, under 8 minutes on one GPU:
#   1. the gpu-marked tests (bf16 autocast step, fused AdamW, a one-process NCCL/DDP step,
#      save and resume on CUDA, export of a CUDA run);
#   2. the throughput benchmark: our step vs a plain open_clip step, ViT-B-32, batch 256,
#      5 events x 4 frames (samples/s and images/s ratios, MFU);
#   3. the demo on CUDA (role and attribute swaps with and without hard negatives);
# and every figure in one JSON file.
#
#   bash scripts/gpu_check.sh                   # on a GPU machine; writes benchmarks/results/gpu_check.json
#   bash scripts/gpu_check.sh --out FILE
#   bash scripts/gpu_check.sh --smoke --out F   # the script itself on the CPU: tiny sizes, gpu tests skipped
#   bash scripts/gpu_check.sh --demo-dir DIR    # the demo in DIR: a world and Parquet built there before
#                                               # (srlcap demo --out DIR, same seed) are reused, so the GPU
#                                               # machine needs no spaCy
#
# Without CUDA (and without --smoke) it stops at once with one line. A failing part does not
# stop the others; the JSON says which failed and the exit status is 1.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
out=benchmarks/results/gpu_check.json
smoke=false
demo_dir=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) [[ $# -ge 2 ]] || { echo "gpu_check.sh: --out needs a file name" >&2; exit 2; }; out=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    --demo-dir) [[ $# -ge 2 ]] || { echo "gpu_check.sh: --demo-dir needs a directory" >&2; exit 2; }; demo_dir=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "gpu_check.sh: unknown option $1 (known: --out FILE, --smoke, --demo-dir DIR)" >&2; exit 2 ;;
  esac
done
[[ -x $PY ]] || { echo "gpu_check.sh: no $PY: run bash scripts/setup.sh --all first (or set PYTHON)" >&2; exit 2; }
if ! $smoke && ! "$PY" -c "import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)" 2>/dev/null; then
  echo "gpu_check.sh: no CUDA device here (torch.cuda.is_available() is False); run it on a GPU machine, or --smoke to check the script on the CPU" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if $smoke; then
  bench=(--tiny --device cpu)
  demo=(--quick --steps 4)
else
  bench=(--model ViT-B-32 --batch 256 --events 5 --frames 4 --device cuda)
  demo=()
fi

timed() {  # timed NAME CMD...: run, keep its status and seconds in $work/NAME.{rc,s}
  local name=$1; shift
  local t0=$SECONDS
  echo "== $name: $*" >&2
  "$@"
  echo $? >"$work/$name.rc"
  echo $((SECONDS - t0)) >"$work/$name.s"
}

# --noconftest: tests/conftest.py loads spaCy for the caption tests, which the GPU tests do not need
timed tests "$PY" -m pytest -q -p no:cacheprovider --noconftest -m gpu tests/trainer/test_gpu.py --junitxml "$work/tests.xml"
timed throughput "$PY" benchmarks/train_throughput.py "${bench[@]}" --json "$work/throughput.json"
demo_dir=${demo_dir:-$work/demo}
timed demo "$PY" -m srlcap demo --out "$demo_dir" "${demo[@]}" -q

WORK=$work DEMO=$demo_dir OUT=$out SMOKE=$smoke "$PY" - <<'EOF'
import datetime, json, os, pathlib, sys
import xml.etree.ElementTree as ET

import open_clip
import torch

work, smoke = pathlib.Path(os.environ["WORK"]), os.environ["SMOKE"] == "true"


def part(name):
    return {"rc": int((work / f"{name}.rc").read_text()), "seconds": int((work / f"{name}.s").read_text())}


def read_json(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


tests = part("tests")
try:
    suite = ET.parse(work / "tests.xml").getroot()
    suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
    counts = {k: int(suite.get(k, 0)) for k in ("tests", "failures", "errors", "skipped")}
    tests["cases"] = {c.get("name"): ("failed" if c.find("failure") is not None or c.find("error") is not None
                                      else "skipped" if c.find("skipped") is not None else "passed")
                      for c in suite.iter("testcase")}
    tests.update(counts)
except (OSError, ET.ParseError):
    pass
throughput = part("throughput")
throughput["result"] = read_json(work / "throughput.json")
demo = part("demo")
summary = read_json(pathlib.Path(os.environ["DEMO"]) / "summary.json")
demo["comparison"] = summary.get("comparison") if summary else None
demo["settings"] = {k: summary[k] for k in ("train_clips", "test_clips", "steps", "timings")} if summary else None
cuda = torch.cuda.is_available()
report = {
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "smoke": smoke,
    "gpu": torch.cuda.get_device_name(0) if cuda else None,
    "torch": torch.__version__, "cuda": torch.version.cuda, "open_clip": open_clip.__version__,
    "tests": tests, "throughput": throughput, "demo": demo,
}
if throughput["result"]:
    r = throughput["result"]
    report["figures"] = {
        "ratio_samples_per_s": r["ratio_samples_per_s"], "ratio_images_per_s": r["ratio_images_per_s"],
        "mfu_ours": r["ours"]["mfu"], "mfu_plain": r["plain"]["mfu"], "target_ratio_samples_per_s": 0.9,
    }
report["ok"] = all(p["rc"] == 0 for p in (tests, throughput, demo))
out = pathlib.Path(os.environ["OUT"])
out.parent.mkdir(parents=True, exist_ok=True)
tmp = out.with_name(out.name + ".tmp")
tmp.write_text(json.dumps(report, indent=1) + "\n")
os.replace(tmp, out)
print(f"gpu_check: {'all parts passed' if report['ok'] else 'SOME PARTS FAILED'}; figures in {out}", file=sys.stderr)
sys.exit(0 if report["ok"] else 1)
EOF
