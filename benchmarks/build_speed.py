"""Build speed at VidSitu size, as a ratio to the unavoidable part.

Makes a VidSitu-sized annotation file (default 23,600 clips, 118,000 events) from the
bundled sample and the PropBank frames (clip ids renamed per copy), then:
  1. `srlcap build` of that file in its own process (as a user runs it), timed, with the
     peak memory (max RSS) of its largest process;
  2. in this process, the unavoidable part: load the spaCy pipeline, read the JSON, run
     the pipeline over the unique fillers, write the build's rows as Parquet.
Prints events per second, peak memory, the build's phases (from its progress lines)
and build time / unavoidable time.
Copies repeat filler strings, so a big --clips has fewer unique fillers per event than
real data (the parse is then a smaller part); --clips 1457 uses every clip once. The
ratio at each repetition is tabled in docs/scaling.md. --data times a real annotation
set instead (VidSitu's vidsitu_annotations folder with --split, or one vsann .json
file): the ratio depends on how often its fillers repeat, which only real data tells.

usage: python benchmarks/build_speed.py [--clips N | --data PATH [--split S]] [--no-negatives] [--workers N]
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from srlcap.analysis import load_pipeline
from srlcap.build import BUNDLED_SAMPLE
from srlcap.readers.vidsitu import vidsitu_paths

ROOT = Path(__file__).resolve().parents[1]
PROPBANK = ROOT.parent / "shared" / "realdata" / "propbank" / "vsann_dev.json"


def make_input(n_clips: int, path: Path) -> None:
    base = json.loads((BUNDLED_SAMPLE / "vseg_ann_files" / "vsann_train_lb.json").read_text())
    if PROPBANK.exists():
        base += json.loads(PROPBANK.read_text())
    out = []
    for i in range(n_clips):
        clip = json.loads(json.dumps(base[i % len(base)]))
        cid = f"v_bench{i:06d}_seg_0_10"
        for ev in clip.values():
            ev["vid_seg_int"], ev["vid_uid"] = cid, f"v_bench{i:06d}"
        out.append(clip)
    path.write_text(json.dumps(out))


def annotations_read(data: Path, split: str) -> list:
    """The annotations a build of ``data`` reads: a vsann .json file whole, or a
    vidsitu_annotations folder's split (its split file, where there is one, selects
    the clips)."""
    if data.is_dir():
        ann, split_file = vidsitu_paths(data, split)
        records = json.loads(ann.read_text())
        if split_file is not None:
            wanted = set(json.loads(split_file.read_text()))
            records = [r for r in records if r.get("Ev1", {}).get("vid_seg_int") in wanted]
        return records
    return json.loads(data.read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clips", type=int, default=None, help="clips of the made-up input (default 23600)")
    ap.add_argument("--data", type=Path, help="a real input instead: a vidsitu_annotations folder or a vsann .json file")
    ap.add_argument("--split", default="train", help="the split of a --data folder (default train)")
    ap.add_argument("--no-negatives", action="store_true")
    ap.add_argument("--workers", type=int, default=1, help="build processes (the unavoidable part stays one process)")
    args = ap.parse_args()
    if args.data is not None and args.clips is not None:
        ap.error("--clips makes up an input; --data names a real one: give one of them")
    if args.data is not None and not (args.data.is_dir() or args.data.suffix == ".json" and args.data.is_file()):
        ap.error(f"{args.data}: expected a vidsitu_annotations folder or a vsann .json file")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.parquet"
        if args.data is None:
            src, split = Path(tmp) / "vsann_bench.json", "bench"
            make_input(args.clips or 23600, src)
        else:
            src, split = args.data, args.split

        # the build, as a user runs it: its own process, pipeline loading included
        cmd = [sys.executable, "-m", "srlcap", "build", "--data-dir", str(src), "--split", split,
               "--out", str(out), "--workers", str(args.workers)]
        if args.no_negatives:
            cmd.append("--no-negatives")
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        t_build = time.perf_counter() - t0
        if done.returncode != 0:
            sys.stderr.write(done.stderr[-2000:])
            return done.returncode
        summary = done.stdout
        # the build's progress bars say each phase's seconds; the last update of each wins
        phases = {}
        for line in done.stderr.replace("\r", "\n").splitlines():
            m = re.match(r"(reading clips|analysing fillers|realising clips): .*\[([0-9.]+)s elapsed", line)
            if m:
                phases[m.group(1)] = float(m.group(2))
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        # the unavoidable part: load the pipeline, read the JSON, parse the unique
        # fillers once, write the same rows as Parquet
        t0 = time.perf_counter()
        nlp = load_pipeline()
        data = annotations_read(src, split)
        fillers = sorted({f for c in data for ev in c.values() for f in ev["Args"].values()})
        for _ in nlp.pipe(fillers, batch_size=512):
            pass
        t_read_nlp = time.perf_counter() - t0
        table = pq.read_table(out)
        t0 = time.perf_counter()
        pq.write_table(table, Path(tmp) / "rewrite.parquet", compression="zstd")
        t_write = time.perf_counter() - t0

    floor = t_read_nlp + t_write
    events = sum(len(c) for c in data)
    print(summary.strip())
    print(json.dumps({
        "input": str(args.data) if args.data is not None else "made up: sample + PropBank clips, repeated",
        "workers": args.workers, "clips": len(data), "events": events, "unique_fillers": len(fillers),
        # the ratio's main driver: the parse is paid per unique filler, realisation per event
        "unique_fillers_per_event": round(len(fillers) / events, 2),
        "build_s": round(t_build, 1), "unavoidable_s": round(floor, 1),
        "build_phases_s": {
            "reading clips (with --workers, parsing starts meanwhile)": phases.get("reading clips"),
            "analysing fillers (what is left after reading)": phases.get("analysing fillers"),
            "realising clips and negatives": phases.get("realising clips"),
            "the rest (start-up, verb lexicon, caches, final write)": round(t_build - sum(phases.values()), 1),
        },
        "events_per_s": round(events / t_build),
        "peak_rss_mib_largest_process": round(peak),
        "ratio_build_to_unavoidable": round(t_build / floor, 2),
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
