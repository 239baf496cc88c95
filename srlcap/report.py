"""The HTML gallery of an srlcap Parquet file (`srlcap report`; see
``srlcap.commands.report`` for what it shows).

Data sit in small script files under DIR/data/ and are loaded one page of clips at a
time, so a VidSitu-sized file (140,000 rows) stays fast. The output directory is written
whole or not at all.
"""
from __future__ import annotations

import html
import json
import os
import re
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from srlcap import schema, video
from srlcap.errors import SrlcapError
from srlcap.progress import progress
from srlcap.textdiff import segments
from srlcap.writer import check_output_dir, staged_dir

#: Clips (cards) shown on one page of the gallery.
PAGE_SIZE = 50
#: Clips per data file; a page loads only the files its clips are in.
CHUNK_CARDS = 250
#: Written last into every report; its presence marks a directory we may replace.
MANIFEST = "report.json"
_COLUMNS = ("clip_id", "ann_idx", "event", "event_idx", "split", "verb", "verb_id",
            "relation", "start_s", "end_s", "roles", *schema.STYLES, "negatives")
_TOP_VERBS = 25
_LENGTH_BIN = 4  # words per bar of the caption-length histogram
_LENGTH_BINS = 16  # the last bar collects everything longer


def default_out(path) -> str:
    p = Path(path)
    return str(p.with_name(p.stem + "-report"))


@dataclass
class Summary:
    """What went into a report; also written to DIR/report.json."""

    source: str
    schema_version: str
    rows: int = 0
    cards: int = 0  # (clip, annotation) pairs
    clips: int = 0  # distinct clip ids
    negatives: int = 0
    files: int = 0
    bytes: int = 0
    splits: dict = field(default_factory=dict)  # split -> {"clips": n, "annotations": n}
    kinds: dict = field(default_factory=dict)  # kind -> negatives
    frames: dict | None = None  # thumbnails found and missing, with --frames

    def manifest(self) -> dict:
        out = {
            "source": self.source, "schema_version": self.schema_version, "rows": self.rows,
            "clips": self.clips, "annotations": self.cards, "negatives": self.negatives,
            "splits": self.splits, "negative_kinds": self.kinds,
        }
        if self.frames is not None:
            out["frames"] = self.frames
        return out


# ---------------------------------------------------------------------------- reading


def _open(path) -> tuple[pq.ParquetFile, str]:
    pf = schema.open_parquet(path, _COLUMNS)
    return pf, schema.check_version(pf.schema_arrow, str(path))


def _encode_negative(positive: str, negative: str) -> list:
    """A negative as pieces against its positive: "text" is changed (highlighted),
    [offset, length] is copied from the positive, ["text"] is unchanged text.

    Negatives share most of their words with the positive, so this is several times
    smaller than the plain text and carries the highlighting with it.
    """
    out: list = []
    hint = 0
    for text, changed in segments(positive or "", negative or ""):
        if changed:
            out.append(text)
            continue
        at = positive.find(text, hint) if len(text) > 6 else -1
        if at < 0 and len(text) > 6:
            at = positive.find(text)
        if at >= 0:
            out.append([at, len(text)])
            hint = at + len(text)
        else:
            out.append([text])
    return out


def _seconds(value) -> float | None:
    return None if value is None else round(float(value), 3)


class _Collector:
    """Turns rows into compact cards (one per clip annotation) and counts for the charts.

    Each card also keeps its own counts (negatives per kind, event rows per verb,
    caption-length bins), so that the page can redraw the charts for any filter."""

    def __init__(self, source: str, version: str, frames: "_Frames | None" = None):
        self.frames = frames
        self.summary = Summary(source=source, schema_version=version)
        self.cards: dict[tuple[str, int], dict] = {}
        self.kind_counts: Counter = Counter()
        self.verb_counts: Counter = Counter()
        self.lengths = {style: Counter() for style in schema.STYLES}
        self.clip_lengths = {style: [0, 0] for style in schema.STYLES}  # words, rows

    def add_batch(self, batch: pa.RecordBatch) -> None:
        cols = {name: batch.column(name).to_pylist() for name in _COLUMNS}
        styles = [cols[s] for s in schema.STYLES]
        for i in range(batch.num_rows):
            clip_id, ann, split = cols["clip_id"][i], cols["ann_idx"][i], cols["split"][i]
            card = self.cards.get((clip_id, ann))
            if card is None:
                card = self.cards[(clip_id, ann)] = {
                    "split": split, "rows": [], "verbs": Counter(), "kinds": Counter(), "words": {clip_id.lower(): None},
                    "captions": [], "lens": [[] for _ in schema.STYLES]}
            captions = [col[i] or "" for col in styles]
            negs = []
            for neg in cols["negatives"][i] or ():
                kind = neg["kind"] or "?"
                self.kind_counts[kind] += 1
                card["kinds"][kind] += 1
                # null: not a negative in that style (kept null, so a flag names it exactly)
                negs.append([kind, neg["detail"] or "",
                             *(None if neg[s] is None else _encode_negative(pos, neg[s])
                               for s, pos in zip(schema.STYLES, captions))])
            roles = [[r["type"], r["name"], r["filler"], r["entity"]] for r in cols["roles"][i] or ()]
            event, verb, verb_id, relation = (cols[c][i] for c in ("event", "verb", "verb_id", "relation"))
            event_idx = cols["event_idx"][i]
            start, end = _seconds(cols["start_s"][i]), _seconds(cols["end_s"][i])
            frame = self.frames.url(clip_id, ann, event, start, end) if self.frames else None
            # kept as JSON text: far smaller in memory than the nested lists
            card["rows"].append(((event_idx == 0, event_idx, event), _js([
                event, verb, verb_id, relation, start, end, roles, captions, negs, frame])))
            if event != schema.CLIP_EVENT:  # clip captions are told from the same clauses
                card["captions"].extend(c.lower() for c in captions)
            words = card["words"]
            for w in (verb, verb_id, relation, *(r[2] for r in roles)):
                if w:
                    words[w.lower()] = None
            self.summary.rows += 1
            if event == schema.CLIP_EVENT:
                for style, text in zip(schema.STYLES, captions):
                    acc = self.clip_lengths[style]
                    acc[0] += len(text.split())
                    acc[1] += 1
            else:
                if verb:
                    self.verb_counts[verb] += 1
                    card["verbs"][verb] += 1
                for s_no, (style, text) in enumerate(zip(schema.STYLES, captions)):
                    b = min(len(text.split()) // _LENGTH_BIN, _LENGTH_BINS - 1)
                    self.lengths[style][b] += 1
                    card["lens"][s_no].append(b)

    def finish(self) -> list[tuple[tuple[str, int], dict]]:
        """Cards in display order (split, clip id, annotation); rows Ev1..Ev5, then clip."""
        s = self.summary
        s.negatives = sum(self.kind_counts.values())
        s.cards = len(self.cards)
        s.clips = len({clip for clip, _ in self.cards})
        ordered = sorted(self.cards.items(), key=lambda kv: (kv[1]["split"], kv[0]))
        cards = Counter(card["split"] for _, card in ordered)
        clips = Counter(split for split, _ in {(card["split"], key[0]) for key, card in ordered})
        s.splits = {split: {"clips": clips[split], "annotations": cards[split]} for split in sorted(cards)}
        s.kinds = {k: self.kind_counts[k] for k in self.kinds()}
        for _, card in ordered:
            card["rows"].sort(key=lambda r: r[0])
        return ordered

    def kinds(self) -> list[str]:
        known = [k for k in schema.NEGATIVE_KINDS if k in self.kind_counts]
        return known + sorted(k for k in self.kind_counts if k not in schema.NEGATIVE_KINDS)


# ---------------------------------------------------------------------------- writing


def _js(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _index(ordered, kinds: list[str], page_size: int) -> dict:
    """The per-clip index the page filters on, column-wise; card data stay in chunks."""
    splits = sorted({card["split"] for _, card in ordered})
    verbs = sorted({verb for _, card in ordered for verb in card["verbs"]})
    split_no = {s: i for i, s in enumerate(splits)}
    verb_no = {v: i for i, v in enumerate(verbs)}
    kind_no = {k: i for i, k in enumerate(kinds)}
    # verbs and kinds of a card with their counts (event rows per verb, negatives per
    # kind), length bins per style, row count: what the charts are redrawn from
    cards = {"id": [], "ann": [], "split": [], "verbs": [], "verbN": [], "kinds": [], "kindN": [], "rows": [],
             "lens": [], "video": [], "text": []}
    for (clip_id, ann), card in ordered:
        cards["id"].append(clip_id)
        cards["ann"].append(ann)
        cards["split"].append(split_no[card["split"]])
        vs = sorted(card["verbs"], key=verb_no.get)
        cards["verbs"].append([verb_no[v] for v in vs])
        cards["verbN"].append([card["verbs"][v] for v in vs])
        ks = sorted(card["kinds"], key=kind_no.get)
        cards["kinds"].append([kind_no[k] for k in ks])
        cards["kindN"].append([card["kinds"][k] for k in ks])
        cards["rows"].append(len(card["rows"]))
        cards["lens"].append(card["lens"])
        cards["video"].append(video.segment(clip_id).youtube)
        cards["text"].append("\n".join(card["words"]))
    return {
        "styles": list(schema.STYLES), "splits": splits, "verbs": verbs, "kinds": kinds,
        "pageSize": page_size, "chunkSize": CHUNK_CARDS, "cards": cards,
        "lengthBin": _LENGTH_BIN, "lengthBins": _LENGTH_BINS, "topVerbs": _TOP_VERBS,
    }


def _captions_js(ordered) -> str:
    """Every card's event captions (lower case, every style), loaded only when the user
    first searches. Clip captions are left out: they retell the event clauses, and would
    double the file."""
    return "window.SRLCAP_CAPTIONS=" + _js(["\n".join(card["captions"]) for _, card in ordered]) + ";\n"


class _Frames:
    """Frame thumbnails of a report: each row's middle frame, found under ``folder`` by
    the export's frames template, linked by a path relative to the report (frames are
    not copied: a VidSitu-sized folder is far bigger than the report)."""

    def __init__(self, folder, template: str | None, out: Path):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise SrlcapError(f"{folder}: no such folder (--frames)")
        self.template = video.FramesTemplate(template)
        self.out = out.resolve()
        self.found = self.missing = 0

    def url(self, clip_id: str, ann: int, event: str, start, end) -> str | None:
        if start is None or end is None:
            return None
        t = video.frame_times(start, end, None)[0]
        path = self.folder / self.template.path(clip_id, ann, event, t)
        if not path.is_file():
            self.missing += 1
            return None
        self.found += 1
        rel = os.path.relpath(path.resolve(), self.out)
        return urllib.parse.quote(Path(rel).as_posix())


def _chunk_name(n: int) -> str:
    return f"data/chunk-{n:05d}.js"


def _asset(name: str) -> str:
    return resources.files("srlcap").joinpath("report_assets", name).read_text(encoding="utf-8")


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace {{NAME}} markers in one pass, so inserted text is never re-scanned."""
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)


def write_report(path, out, *, title: str | None = None, page_size: int = PAGE_SIZE,
                 force: bool = False, quiet: bool = True, frames=None, frames_template: str | None = None) -> Summary:
    """Read ``path`` and write the gallery to directory ``out`` (atomically).

    ``frames``: a folder of frame images (found by ``frames_template``, as for `srlcap
    export`) to show as thumbnails. Progress goes to stderr unless ``quiet``.
    """
    if page_size < 1:
        raise SrlcapError(f"--page-size must be at least 1, not {page_size}")
    out = Path(out)
    check_output_dir(out, force, Path(path), lambda d: (d / MANIFEST).is_file())
    frame_finder = _Frames(frames, frames_template, out) if frames is not None else None
    pf, version = _open(path)
    collector = _Collector(Path(path).name, version, frame_finder)
    with progress("reading rows", total=pf.metadata.num_rows, quiet=quiet, unit="row") as bar:
        for batch in pf.iter_batches(batch_size=4096, columns=list(_COLUMNS)):
            collector.add_batch(batch)
            bar.update(batch.num_rows)
    ordered = collector.finish()
    summary = collector.summary
    kinds = collector.kinds()
    if frame_finder is not None:
        summary.frames = {"found": frame_finder.found, "missing": frame_finder.missing}

    with staged_dir(out) as tmp:
        (tmp / "data").mkdir()
        files: list[Path] = []

        def write(rel: str, text: str) -> None:
            target = tmp / rel
            target.write_text(text, encoding="utf-8", newline="\n")
            files.append(target)

        write("data/index.js", "window.SRLCAP_INDEX=" + _js(_index(ordered, kinds, page_size)) + ";\n")
        write("data/captions.js", _captions_js(ordered))
        for n, start in enumerate(range(0, len(ordered), CHUNK_CARDS)):
            cards = ",".join(f'[{_js(clip_id)},{ann},{_js(card["split"])},[{",".join(r for _, r in card["rows"])}]]'
                             for (clip_id, ann), card in ordered[start:start + CHUNK_CARDS])
            write(_chunk_name(n), f"srlcapChunk({n},[{cards}]);\n")
        name = title or Path(path).name
        write("index.html", _fill(_asset("index.html"), {
            "TITLE": html.escape(name),
            "CSS": _asset("gallery.css"),
            "SUMMARY": _summary_html(collector, kinds),
            "JS": _asset("gallery.js"),
        }))
        summary.files = len(files) + 1
        summary.bytes = sum(f.stat().st_size for f in files)
        manifest = json.dumps(summary.manifest(), indent=2, ensure_ascii=False) + "\n"
        summary.bytes += len(manifest.encode())
        (tmp / MANIFEST).write_text(manifest, encoding="utf-8")
    return summary


# ---------------------------------------------------------------------------- summary


def _summary_html(c: _Collector, kinds: list[str]) -> str:
    s = c.summary
    stats = [("clips", f"{s.clips:,}"), ("annotations", f"{s.cards:,}"), ("rows", f"{s.rows:,}"),
             ("negatives", f"{s.negatives:,}")]
    live = {"clips", "annotations", "rows", "negatives"}  # the page keeps these to the filters
    for split, n in s.splits.items():
        several = f" <small>({n['annotations']:,} annotations)</small>" if n["annotations"] != n["clips"] else ""
        stats.append((f"{split} clips", f"{n['clips']:,}{several}"))
    for style, (words, rows) in c.clip_lengths.items():
        if rows:
            stats.append((f"{style} clip caption", f"{words / rows:.0f} words"))
    dl = "".join(f"<div><dt>{html.escape(k)}</dt><dd" + (f' id="stat-{k}"' if k in live else "") + f">{v}</dd></div>"
                 for k, v in stats)
    kind_bars = _bar_chart("Negatives per kind", [(k, c.kind_counts[k]) for k in kinds],
                           classes=[f"k{i % 10}" for i in range(len(kinds))])
    top = sorted(c.verb_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP_VERBS]
    verb_title = f"Verb frequency (top {len(top)} of {len(c.verb_counts):,}, event rows)"
    verb_bars = _bar_chart(verb_title, top)
    hists = [_histogram(f"Caption length, {style} (words per event caption)", c.lengths[style])
             for style in schema.STYLES]
    return (f'<dl class="stats">{dl}</dl>\n<div class="charts" id="charts">{kind_bars}{verb_bars}'
            + "".join(hists) + "</div>")


def _bar_chart(title: str, items: list[tuple[str, int]], classes: list[str] | None = None) -> str:
    """A horizontal bar chart as inline SVG, one bar per (label, value)."""
    label_w, bar_w, value_w, bar_h, gap, top = 130, 240, 64, 16, 4, 8
    width = label_w + bar_w + value_w
    height = top + len(items) * (bar_h + gap) + 4
    most = max((v for _, v in items), default=0) or 1
    parts = []
    for i, (label, value) in enumerate(items):
        y = top + i * (bar_h + gap)
        w = max(1, round(bar_w * value / most)) if value else 0
        cls = f"bar {classes[i]}" if classes else "bar"
        text = html.escape(label if len(label) <= 20 else label[:19] + "…")
        parts.append(
            f'<text class="label" x="{label_w - 6}" y="{y + bar_h - 4}" text-anchor="end">{text}'
            f"<title>{html.escape(label)}</title></text>"
            f'<rect class="{cls}" x="{label_w}" y="{y}" width="{w}" height="{bar_h}" rx="2"/>'
            f'<text class="value" x="{label_w + w + 4}" y="{y + bar_h - 4}">{value:,}</text>')
    if not items:
        parts.append(f'<text class="label" x="8" y="{top + bar_h}">none</text>')
        height = top + bar_h + gap + 4
    return (f'<figure class="chart"><figcaption>{html.escape(title)}</figcaption>'
            f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{html.escape(title)}">{"".join(parts)}</svg></figure>')


def _histogram(title: str, bins: Counter) -> str:
    """Column chart of caption lengths, bins of _LENGTH_BIN words, last bin open-ended."""
    n_bins = _LENGTH_BINS
    col_w, gap, plot_h, left, top, bottom = 22, 3, 150, 8, 16, 34
    width = left + n_bins * (col_w + gap) + 8
    height = top + plot_h + bottom
    most = max(bins.values(), default=0) or 1
    parts = []
    for b in range(n_bins):
        count = bins.get(b, 0)
        h = round(plot_h * count / most)
        x = left + b * (col_w + gap)
        lo = b * _LENGTH_BIN
        label = f"{lo}+" if b == n_bins - 1 else f"{lo}"
        rng = f"{lo}+ words" if b == n_bins - 1 else f"{lo}–{lo + _LENGTH_BIN - 1} words"
        parts.append(
            f'<rect class="bar" x="{x}" y="{top + plot_h - h}" width="{col_w}" height="{h}">'
            f"<title>{rng}: {count:,}</title></rect>"
            f'<text class="tick" x="{x + col_w / 2:g}" y="{top + plot_h + 14}" '
            f'text-anchor="middle">{label}</text>')
        if count:
            parts.append(f'<text class="count" x="{x + col_w / 2:g}" y="{top + plot_h - h - 3}" '
                         f'text-anchor="middle">{_short(count)}</text>')
    parts.append(f'<text class="tick" x="{width / 2:g}" y="{height - 4}" text-anchor="middle">'
                 f"words</text>")
    return (f'<figure class="chart"><figcaption>{html.escape(title)}</figcaption>'
            f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{html.escape(title)}">{"".join(parts)}</svg></figure>')


def _short(n: int) -> str:
    if n >= 10_000:
        return f"{n / 1000:.0f}k"
    if n >= 1000:
        return f"{n / 1000:.1f}k"
    return str(n)
