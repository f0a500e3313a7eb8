"""Benchmarks: extraction throughput on one core, and the whole scale-out pipeline on a synthetic corpus."""
from __future__ import annotations

import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def extraction_only(folder: Path, repeat: int) -> dict:
    """Articles per second for extraction alone (and for reading) on one core."""
    from pipeline.extract import extract_article
    from pipeline.ingest.reader import read_folder

    articles = [a for _, r in read_folder(folder) for a, _ in r.articles]
    if not articles:
        raise SystemExit(f"no articles in {folder}")
    t0 = time.perf_counter()
    for _ in range(repeat):
        for a in articles:
            extract_article(a.article_id, a.body, a.published_date, a.language, a.title)
    dt = time.perf_counter() - t0
    t1 = time.perf_counter()
    rounds = max(1, repeat // 10)
    for _ in range(rounds):
        list(read_folder(folder))
    read_dt = (time.perf_counter() - t1) / rounds
    n = repeat * len(articles)
    return {
        "articles": n,
        "extraction_seconds": round(dt, 3),
        "extraction_articles_per_second_one_core": round(n / dt, 1),
        "ingest_articles_per_second_one_core": round(len(articles) / read_dt, 1),
    }


def run_scaled(articles: Path, database: Path, instance_dir: Path) -> tuple[float, dict, dict]:
    """Run the scale-out job with the multiprocess executor (one process per step, every core), in a
    fresh process: the executor's forkserver keeps the environment it started with. Returns the wall
    time, each step's (start, end), and the run's memory peaks (see `_run_scaled_here`)."""
    import subprocess
    import sys

    env = {**os.environ, "PIPELINE_ARTICLES_DIR": str(articles), "PIPELINE_DUCKDB_PATH": str(database)}
    proc = subprocess.run([sys.executable, "-m", "pipeline.bench", str(instance_dir)], env=env,
                          capture_output=True, text=True, timeout=24 * 3600)
    if proc.returncode != 0:
        errors = [line for line in proc.stderr.splitlines() if "Error" in line or "Exception" in line]
        raise RuntimeError("scaled run failed:\n" + "\n".join(errors[-12:]))
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return out["wall"], {k: tuple(v) for k, v in out["spans"].items()}, out["memory"]


def _status_mb(pid: int | str, field: str) -> float:
    """A memory field of /proc/<pid>/status in MB (0 if the process is gone or there is no /proc)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _pss_mb(pid: int) -> float:
    """A process's proportional share of resident memory: pages shared between processes (the forkserver's
    preloaded modules in every step it forks) are split among them, so a sum over processes is honest."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return _status_mb(pid, "VmRSS:")


def _own_peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM). Unlike getrusage's ru_maxrss it does not inherit the
    peak of the process that started it (Linux carries that across fork and exec)."""
    return _status_mb("self", "VmHWM:") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    children.setdefault(int(fh.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [], [root]
    while frontier:
        below = children.get(frontier.pop(), [])
        found.extend(below)
        frontier.extend(below)
    return found


class _TreeMemory:
    """Samples this process and all its descendants (the executor's forkserver and the step processes it
    forks) every 0.2 s: the largest high-water mark of any one process, and the largest sum of proportional
    resident memory (PSS) over all of them at once."""

    def __init__(self) -> None:
        import threading

        self.largest = _own_peak_rss_mb()
        self.total = 0.0
        self.by_pid: dict[int, float] = {}  # each process's high-water mark, to tell which step it was
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        pids = [os.getpid(), *_descendants(os.getpid())] if os.path.isdir("/proc") else [os.getpid()]
        for p in pids:
            peak = _status_mb(p, "VmHWM:")
            self.by_pid[p] = max(self.by_pid.get(p, 0.0), peak)
            self.largest = max(self.largest, peak)
        self.total = max(self.total, sum(_pss_mb(p) for p in pids))

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def __enter__(self) -> "_TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def _run_scaled_here(instance_dir: Path) -> dict:
    import dagster as dg
    from dagster import DagsterInstance

    from pipeline.definitions_scaled import get_scaled_job

    instance_dir.mkdir(parents=True, exist_ok=True)
    with DagsterInstance.local_temp(str(instance_dir)) as instance:
        with _TreeMemory() as memory:
            started = time.perf_counter()
            result = dg.execute_job(dg.reconstructable(get_scaled_job), instance=instance, raise_on_error=False)
            wall = time.perf_counter() - started
        steps: dict[str, list[float]] = {}
        step_peak: dict[str, float] = {}
        for entry in instance.all_logs(result.run_id):
            event = entry.dagster_event
            if event and event.step_key and event.event_type_value in ("STEP_START", "STEP_SUCCESS", "STEP_FAILURE"):
                steps.setdefault(event.step_key, []).append(entry.timestamp)
            if event and event.step_key and event.pid:
                step_peak[event.step_key] = max(step_peak.get(event.step_key, 0.0), memory.by_pid.get(event.pid, 0.0))
        if not result.success:
            raise SystemExit("; ".join(e.message for e in result.all_events if e.is_failure)[:3000])
    return {"wall": wall, "spans": {k: (min(v), max(v)) for k, v in steps.items()},
            "memory": {"largest_process_mb": memory.largest, "all_processes_mb": memory.total, "steps_mb": step_peak}}


def _stage(spans: dict, prefix: str) -> float:
    chosen = [v for k, v in spans.items() if k.startswith(prefix)]
    return max(e for _, e in chosen) - min(s for s, _ in chosen) if chosen else 0.0


_STAGES = {"staging": "staged_shard_", "load": "staged_tables", "derived_tables": "derived_tables", "exports": "exports", "report": "report"}


def _stage_peaks(*memories: dict) -> dict[str, float]:
    """The largest high-water mark of any process of each stage, over the given runs."""
    return {stage: round(max((mb for m in memories for k, mb in m["steps_mb"].items() if k.startswith(prefix)), default=0.0), 1)
            for stage, prefix in _STAGES.items()}


def full(n_articles: int, seed: int, work: Path | None = None) -> dict:
    """Generate a corpus of n articles, run the scale-out pipeline through Dagster, and measure it."""
    from pipeline.corpus import generate_corpus, sentence_pool
    from pipeline.definitions_scaled import defs  # noqa: F401 - import cost is part of the fixed cost below

    work = work or REPO / "data" / "bench"
    # every step caps DuckDB at this; with 1200MB each step process stays under 2 GB at a million articles
    os.environ.setdefault("PIPELINE_DUCKDB_MEMORY", "1200MB")
    corpus = work / f"corpus-{n_articles}-{seed}"
    pool = sentence_pool([REPO / "seeds", REPO.parent / "shared" / "devset" / "articles"])
    t = time.perf_counter()
    if not corpus.exists():
        stats = generate_corpus(corpus, n_articles, seed, pool)
        (corpus.parent / f"{corpus.name}.json").write_text(json.dumps(stats.__dict__))
    gen_seconds = time.perf_counter() - t
    run_dir = Path(tempfile.mkdtemp(prefix="bench-", dir=work))
    try:
        empty = run_dir / "empty"
        empty.mkdir()
        fixed, _, _ = run_scaled(empty, run_dir / "fixed" / "warehouse.duckdb", run_dir / "instance")

        db = run_dir / "data" / "warehouse.duckdb"
        wall, spans, peak_full = run_scaled(corpus, db, run_dir / "instance")
        staging, loading, derived, export, report = (_stage(spans, prefix) for prefix in _STAGES.values())

        import duckdb

        from pipeline.warehouse import cap_memory, derived_sql

        with duckdb.connect(str(db), read_only=True) as conn:
            cap_memory(conn)
            n_loaded = conn.execute("select count(*) from articles").fetchall()[0][0]
            n_figures = conn.execute("select count(*) from figures").fetchall()[0][0]
            t = time.perf_counter()
            for name in ("exchange_claims", "exchange_events", "reported_terms", "discrepancies", "agreement_fulfilment"):
                sql = derived_sql(name).strip().rstrip(";")
                conn.execute(f"select count(*) from ({sql})").fetchall()
            sql_only = time.perf_counter() - t

        extra = max(1, n_articles // 100)
        generate_corpus(corpus / "incremental", extra, seed + 1, pool, name_prefix="inc")
        try:
            inc_wall, inc_spans, peak_incremental = run_scaled(corpus, db, run_dir / "instance")
        finally:
            shutil.rmtree(corpus / "incremental", ignore_errors=True)

        sample = [p for p in sorted(corpus.rglob("*.txt"))[:400]]
        sample_dir = run_dir / "sample"
        sample_dir.mkdir()
        for p in sample:
            shutil.copy(p, sample_dir / p.name)
        one_core = extraction_only(sample_dir, 3)

        return {
            "articles_requested": n_articles,
            "articles_loaded": n_loaded,
            "figures": n_figures,
            "cores": os.cpu_count(),
            "duckdb_memory_limit": os.environ["PIPELINE_DUCKDB_MEMORY"],
            "corpus_generation_seconds": round(gen_seconds, 1),
            "dagster_fixed_cost_seconds": round(fixed, 2),
            "end_to_end_seconds": round(wall, 2),
            "end_to_end_articles_per_second": round(n_articles / wall, 1),
            "staging_seconds": round(staging, 2),
            "ingest_and_extract_articles_per_second": round(n_articles / staging, 1) if staging else None,
            "extraction_articles_per_second_one_core": one_core["extraction_articles_per_second_one_core"],
            "load_seconds": round(loading, 2),
            "derived_tables_seconds": round(derived, 2),
            "derived_sql_only_seconds": round(sql_only, 2),
            "exports_seconds": round(export, 2),
            "report_seconds": round(report, 2),
            "incremental_articles_added": extra,
            "incremental_seconds": round(inc_wall, 2),
            "incremental_beyond_fixed_cost_seconds": round(inc_wall - fixed, 2),
            "incremental_staging_seconds": round(_stage(inc_spans, _STAGES["staging"]), 2),
            "incremental_load_seconds": round(_stage(inc_spans, _STAGES["load"]), 2),
            "incremental_derived_tables_seconds": round(_stage(inc_spans, _STAGES["derived_tables"]), 2),
            "incremental_exports_and_report_seconds": round(_stage(inc_spans, _STAGES["exports"]) + _stage(inc_spans, _STAGES["report"]), 2),
            # the pipeline's processes, sampled through the full and the incremental run
            "peak_rss_mb_pipeline": round(max(peak_full["largest_process_mb"], peak_incremental["largest_process_mb"]), 1),
            "peak_rss_mb_by_stage": _stage_peaks(peak_full, peak_incremental),
            "peak_pss_mb_pipeline_all_processes": round(max(peak_full["all_processes_mb"], peak_incremental["all_processes_mb"]), 1),
            # this benchmark process, which also runs the derived SQL alone against the database
            "peak_rss_mb_benchmark_process": round(_own_peak_rss_mb(), 1),
            "database_mb": round(db.stat().st_size / 1e6, 1),
        }
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


def print_table(result: dict) -> None:
    width = max(map(len, result))
    for key, value in result.items():
        print(f"  {key:<{width}}  {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    import sys

    print(json.dumps(_run_scaled_here(Path(sys.argv[1]))))
