"""`srlcap build`: annotations -> frames -> filler analysis -> captions -> negatives -> Parquet.

Everything before the write is checked first: a strict build that meets bad input stops
with a message naming the file and record and writes nothing; a ``lenient`` build skips
the record, counts it, and lists it in ``<out>.skipped.jsonl``.
"""
from __future__ import annotations

import gc
import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import srlcap.parallel as parallel
from srlcap.analysis import Analyser, is_written_prose
from srlcap.errors import InputError, SrlcapError
from srlcap.flags import Flags
from srlcap.frames import Clip
from srlcap.grammar import Realiser, load_grammar
from srlcap.negatives import NegativeFactory
from srlcap.progress import progress
from srlcap.provenance import UNKNOWN_LICENSE, card_path, card_text, command_line, input_record, is_card, read_meta
from srlcap.readers import read_jsonl, read_vidsitu, read_vsann_file, vidsitu_paths
from srlcap.resources import DATASETS
from srlcap.rows import CHUNK_CLIPS, realise_chunk
from srlcap.schema import NEGATIVE_KINDS, SCHEMA_VERSION, schema_with_metadata
from srlcap.version import __version__
from srlcap.writer import ParquetSink, atomic_write_text, check_output, is_srlcap_parquet

BUNDLED_SAMPLE = DATASETS / "vidsitu_sample" / "vidsitu_annotations"


@dataclass
class BuildOptions:
    data: Path = BUNDLED_SAMPLE  # a vidsitu_annotations folder, a vsann_*.json file, or a .jsonl file
    split: str = "train"
    out: Path | None = None
    force: bool = False  # replace an output srlcap did not write
    grammar: Path | None = None
    seed: int = 0
    lenient: bool = False
    kinds: tuple[str, ...] | None = None  # None: the grammar's enabled kinds
    per_kind: int | None = None  # None: the grammar's per_kind
    verb_lexicon: Path | None = None  # extra verbs for verb negatives (TOML)
    workers: int = 1  # processes for parsing and realisation
    num_shards: int = 1
    shard_index: int = 0
    exclude: Path | None = None  # JSON Lines of flagged negatives to leave out (the gallery's download)
    license: str | None = None  # the data's licence, for the dataset card
    quiet: bool = False
    debias: bool = True  # leave out negative texts a blind text-only model rejects (srlcap.debias)
    nlp: object = None  # a loaded spaCy pipeline (tests share one)

    @property
    def debiasing(self) -> bool:
        """Whether the build runs the debias pass: asked for, and with negatives to pass
        (a captions-only build would read and rewrite its whole output for nothing)."""
        return self.debias and self.per_kind != 0


@dataclass
class BuildSummary:
    out: Path
    clips: int = 0
    events: int = 0
    rows: int = 0
    skipped: list = field(default_factory=list)  # (record, reason)
    negatives: Counter = field(default_factory=Counter)
    debiased: Counter = field(default_factory=Counter)  # kind -> negatives dropped as text-only give-aways
    verbs: int = 0
    fillers: int = 0
    excluded: int = 0  # flagged negatives left out
    unmatched: int = 0  # flags that matched no negative of this build
    card: Path | None = None
    flags: Flags | None = field(default=None, repr=False)  # --exclude, applied by the last pass

    def lines(self) -> list[str]:
        out = [
            f"wrote {self.out}" + (f" and its dataset card {self.card.name}" if self.card else ""),
            f"  {self.clips} clips, {self.events} events, {self.rows} rows, {self.verbs} verb senses, "
            f"{self.fillers} unique fillers",
        ]
        if self.negatives:
            out.append("  negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(self.negatives.items())))
        if sum(self.debiased.values()):
            out.append("  dropped as text-only give-aways in every style (see `srlcap audit`): "
                       + ", ".join(f"{k} {v}" for k, v in sorted(self.debiased.items()) if v))
        if self.excluded or self.unmatched:
            out.append(f"  left out {self.excluded} flagged negatives"
                       + (f"; {self.unmatched} flags matched none of this build" if self.unmatched else ""))
        if self.skipped:
            out.append(f"  skipped {len(self.skipped)} records (see {skipped_path(self.out)})")
        return out


def skipped_path(out: Path) -> Path:
    return out.with_name(out.stem + ".skipped.jsonl")


def default_out(split: str) -> Path:
    return Path("out") / f"srlcap_{split}.parquet"


def read_clips(opts: BuildOptions, grammar, parsing=None) -> tuple[list[Clip], list[InputError]]:
    """Every clip of the split, and the records skipped (lenient). ``parsing``: a
    parallel.Parsing that gets each clip's fillers as soon as the clip is read."""
    data = Path(opts.data)
    if data.is_dir():
        records = read_vidsitu(data, opts.split, grammar.argm_kinds)
    elif data.suffix == ".jsonl":
        records = read_jsonl(data, opts.split, grammar.argm_kinds)
    elif data.suffix == ".json":
        records = read_vsann_file(data, opts.split, grammar.argm_kinds)
    elif not data.exists():
        raise InputError(data, None, "no such file or folder")
    else:
        raise InputError(data, None, "expected a vidsitu_annotations folder, a vsann .json file or a .jsonl file")
    clips, errors = [], []
    with progress("reading clips", None, opts.quiet, unit="clip") as bar:
        for rec in records:
            bar.update()
            if isinstance(rec, InputError):
                if not opts.lenient:
                    raise rec
                errors.append(rec)
            else:
                clips.append(rec)
                if parsing is not None:
                    parsing.add(r.filler for e in rec.events for r in e.roles)
    return clips, errors


def shard_of(clips: list[Clip], num_shards: int, shard_index: int) -> list[Clip]:
    """A deterministic slice: contiguous runs, so concatenated shards keep input order."""
    if num_shards < 1 or not 0 <= shard_index < num_shards:
        raise SrlcapError(f"--shard-index must be in 0..{num_shards - 1} (got {shard_index})")
    n = len(clips)
    lo, hi = n * shard_index // num_shards, n * (shard_index + 1) // num_shards
    return clips[lo:hi]


def build(opts: BuildOptions) -> BuildSummary:
    """Build to ``opts.out`` (a Parquet file, its dataset card beside it)."""
    out = Path(opts.out) if opts.out else default_out(opts.split)
    check_output(out, opts.force, is_srlcap_parquet)
    check_output(card_path(out), opts.force, is_card)
    summary = BuildSummary(out=out)
    # With the debias pass the realised rows are a stage file that the pass rewrites
    # into ``out``: a build killed at any point leaves no output (and no stale one
    # replaced by half a result).
    sinks = []

    def open_sink(meta):
        sinks.append(ParquetSink(out, meta, stage="undebiased" if opts.debiasing else None))
        return sinks[0]

    with _Collector() as collector:
        _build(opts, collector, summary, open_sink)
    if opts.debiasing:
        try:
            _debias(sinks[0].tmp, out, opts, summary)
        finally:
            sinks[0].tmp.unlink(missing_ok=True)
    report = skipped_path(out)
    if summary.skipped:
        atomic_write_text(report, "".join(json.dumps({"record": r, "reason": why}) + "\n" for r, why in summary.skipped))
    elif report.exists():
        report.unlink()  # a stale report from an earlier run would mislead
    summary.card = card_path(out)
    # the file's own metadata: the provenance and what the debias pass recorded
    negatives = dict(sorted(summary.negatives.items()))
    atomic_write_text(summary.card, card_text(out, read_meta(out), summary.rows, summary.clips, negatives))
    return summary


def build_in_memory(opts: BuildOptions) -> tuple["pa.Table", BuildSummary]:
    """The rows of a build as one Arrow table (its schema carries the provenance), no file."""
    sink = _TableSink()
    summary = BuildSummary(out=None)
    with _Collector() as collector:
        _build(opts, collector, summary, sink.open)
    if not opts.debiasing:
        return sink.table, summary
    with tempfile.TemporaryDirectory(prefix="srlcap-") as tmp:  # the pass works on files
        raw, kept = Path(tmp) / "undebiased.parquet", Path(tmp) / "kept.parquet"
        pq.write_table(sink.table, raw)
        _debias(raw, kept, opts, summary)
        return pq.read_table(kept), summary


def _debias(raw: Path, out: Path, opts: BuildOptions, summary: BuildSummary) -> None:
    """Write ``raw`` to ``out`` without the negative texts a blind text-only model
    rejects most confidently (srlcap.debias), and count the negatives left with none in
    ``summary``. Flagged negatives
    (``--exclude``) are left out after the pass, so it decides as it would without them
    and the flags remove exactly what the gallery showed."""
    from srlcap.debias import debias_file

    flags, excluded = summary.flags, Counter()

    def exclude(rows):
        excluded.update(flags.apply_rows(rows))

    with progress("debiasing negatives", 1, opts.quiet, unit="file") as bar:
        for kind, figures in debias_file(raw, opts.seed, out=out, then=exclude if flags else None).items():
            summary.negatives[kind] -= figures["dropped"]
            summary.debiased[kind] = figures["dropped"]
        bar.update(1)
    summary.negatives.subtract(excluded)
    summary.excluded += sum(excluded.values())
    if flags is not None:
        summary.unmatched = flags.unmatched()


class _TableSink:
    def open(self, meta):
        self.schema = schema_with_metadata(meta)
        self.batches = []
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def write_batch(self, batch) -> None:
        self.batches.append(pa.RecordBatch.from_arrays(batch.columns, schema=self.schema))

    @property
    def table(self) -> "pa.Table":
        return pa.Table.from_batches(self.batches, schema=self.schema)


def input_files(opts: BuildOptions) -> list[Path]:
    """The files a build reads, for its provenance."""
    data = Path(opts.data)
    files = [p for p in vidsitu_paths(data, opts.split) if p is not None] if data.is_dir() else [data]
    return files + [Path(p) for p in (opts.verb_lexicon, opts.exclude) if p is not None]


def provenance(opts: BuildOptions, grammar, factory: NegativeFactory) -> dict[str, str]:
    """The build's provenance (``srlcap.provenance``), as Parquet metadata strings."""
    kinds = [k for k in NEGATIVE_KINDS if factory.counts.get(k)]
    per_kind = 0 if not kinds else (opts.per_kind if opts.per_kind is not None else grammar.per_kind)
    bundled = Path(opts.data).resolve() == BUNDLED_SAMPLE.resolve()
    sharded = opts.num_shards > 1
    command = command_line([
        ("--data-dir", None if bundled else Path(opts.data)), ("--split", opts.split), ("--seed", opts.seed),
        ("--grammar", Path(opts.grammar) if opts.grammar else None),
        ("--kinds", ",".join(opts.kinds) if opts.kinds is not None else None),
        ("--negatives-per-kind", opts.per_kind), ("--verb-lexicon", opts.verb_lexicon and Path(opts.verb_lexicon)),
        ("--lenient", opts.lenient), ("--num-shards", sharded and opts.num_shards),
        ("--shard-index", sharded and str(opts.shard_index)), ("--exclude", opts.exclude and Path(opts.exclude)),
        ("--license", opts.license), ("--no-debias", not opts.debias),
    ])
    return {
        "srlcap_version": __version__, "split": opts.split, "grammar": grammar.name, "grammar_sha256": grammar.sha256,
        "seed": str(opts.seed), "kinds": ",".join(kinds), "per_kind": str(per_kind),
        "shard_index": str(opts.shard_index), "num_shards": str(opts.num_shards),
        "inputs": input_record(input_files(opts)), "command": command,
        "license": opts.license or UNKNOWN_LICENSE, "schema_version": SCHEMA_VERSION,
    }


def _build(opts: BuildOptions, collector: "_Collector", summary: BuildSummary, open_sink) -> dict[str, str]:
    """Build into ``open_sink(metadata)``'s sink; fills ``summary``, returns the metadata."""
    grammar = load_grammar(opts.grammar)
    if opts.workers < 1:
        raise SrlcapError("--workers must be at least 1")
    shard_of([], opts.num_shards, opts.shard_index)  # bad shard options fail before any work
    flags = Flags.read(opts.exclude) if opts.exclude else None
    # Every unique filler is parsed once, over the whole split (not the shard), so the
    # verb lexicon learnt below is the same for every shard and shards concatenate to
    # the single-machine output. The grammar's ArgM alternatives are parsed too, so no
    # worker has to load spaCy again later.
    alternatives = set().union(*grammar.lexicon.argm_alternatives.values())
    if opts.workers > 1:
        with parallel.Parsing(grammar, opts.workers) as parsing:
            clips, errors = read_clips(opts, grammar, parsing)
            parsing.add(sorted(alternatives))
            fillers = {r.filler for c in clips for e in c.events for r in e.roles}
            with progress("analysing fillers", len(parsing.seen), opts.quiet, unit="filler") as bar:
                analyser = Analyser(grammar, nlp=opts.nlp or _LazyPipeline())
                analyser.cache.update(parsing.results(bar))
    else:
        clips, errors = read_clips(opts, grammar)
        fillers = {r.filler for c in clips for e in c.events for r in e.roles}
        with progress("analysing fillers", len(fillers | alternatives), opts.quiet, unit="filler") as bar:
            analyser = Analyser(grammar, nlp=opts.nlp)
            analyser.analyse_all(fillers | alternatives, progress=bar)
    analyser.written = is_written_prose(r for c in clips for e in c.events for r in e.roles)
    summary.skipped = [(str(e), e.reason) for e in errors]
    summary.fillers = len(fillers)
    realiser = Realiser(grammar, analyser)
    factory = NegativeFactory(grammar, realiser, analyser, seed=opts.seed, kinds=opts.kinds, per_kind=opts.per_kind,
                              verb_lexicon=opts.verb_lexicon)
    factory.learn(clips)

    clips = shard_of(clips, opts.num_shards, opts.shard_index)
    factory.warm(clips)
    meta = provenance(opts, grammar, factory)
    verbs: set = set()
    collector.settle()
    with open_sink(meta) as sink, progress("realising clips", len(clips), opts.quiet, unit="clip") as bar:
        if opts.workers > 1:
            chunks = parallel.realise(clips, realiser, factory, opts.workers, CHUNK_CLIPS)
        else:
            chunks = (realise_chunk(clips[i:i + CHUNK_CLIPS], realiser, factory)
                      for i in range(0, len(clips), CHUNK_CLIPS))
        for chunk in chunks:
            bar.update(chunk.clips + len(chunk.errors))
            for clip, reason in chunk.errors:
                err = InputError(clip.source, clip.record, f"cannot be realised: {reason}")
                if not opts.lenient:
                    raise err from None
                summary.skipped.append((str(err), err.reason))
            if flags is not None and not opts.debiasing:  # else the debias pass applies them
                summary.excluded += flags.apply(chunk)
            if chunk.batch is not None:
                sink.write_batch(chunk.batch)
            summary.negatives.update(chunk.negatives)
            verbs |= chunk.verbs
            summary.clips += chunk.clips
            summary.events += chunk.events
            summary.rows += chunk.batch.num_rows if chunk.batch is not None else 0
    summary.verbs = len(verbs)
    summary.flags = flags
    if flags is not None:
        summary.unmatched = flags.unmatched()
    return meta


class _Collector:
    """Python's cyclic garbage collector, arranged for a build. Reading and analysis
    make millions of objects that live to the end and no garbage cycles, yet the
    collector walks them again and again as they grow (half the reading time): it is
    paused. Once they are made they are frozen (moved out of its sight) and it resumes
    for realisation, where it then sees only new rows, and where forked workers would
    otherwise touch, so copy, every shared page."""

    def __enter__(self):
        self.enabled, self.first = gc.isenabled(), gc.get_freeze_count() == 0
        gc.disable()
        return self

    def settle(self) -> None:
        gc.freeze()
        # Realisation's caches (plans, clauses, verdicts) grow to the end, and each full
        # collection walked them all again: ten of them on PropBank's dev frames, a tenth
        # of realising. A full collection now waits for ten times as many younger ones;
        # what it would free is the few cycles rows leave.
        self.threshold = gc.get_threshold()
        gc.set_threshold(self.threshold[0], self.threshold[1], max(self.threshold[2], 100))
        if self.enabled:
            gc.enable()

    def __exit__(self, *exc):
        if self.first:  # a caller's own frozen objects are not ours to thaw
            gc.unfreeze()
        if getattr(self, "threshold", None) is not None:
            gc.set_threshold(*self.threshold)
        (gc.enable if self.enabled else gc.disable)()
        return False


class _LazyPipeline:
    """Stands in for spaCy in a parent whose workers did the parsing: a filler that
    was not analysed up front (a negative's new ArgM filler) loads it on first use."""

    def __init__(self):
        self._nlp = None

    def __call__(self, text):
        if self._nlp is None:
            from srlcap.analysis import load_pipeline

            self._nlp = load_pipeline()
        return self._nlp(text)
