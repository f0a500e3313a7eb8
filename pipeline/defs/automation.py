"""Automation: a sensor that asks for a run when article files appear or change, and a daily schedule."""
import hashlib
import json

import dagster as dg

from pipeline.defs.resources import ArticlesFolder
from pipeline.ingest.reader import SourceFile, discover

pipeline_job = dg.define_asset_job("pipeline_job", selection=dg.AssetSelection.all(), description="Ingest, extract and rebuild every table.")


def _fingerprints(folder: ArticlesFolder, previous: dict[str, list]) -> dict[str, list]:
    """path → [size, mtime_ns, sha256]; files whose size and mtime are unchanged are not hashed again."""
    out: dict[str, list] = {}
    for item in discover(folder.root()):
        if not isinstance(item, SourceFile):
            continue
        st = item.abs_path.stat()
        old = previous.get(item.rel_path)
        if old and old[0] == st.st_size and old[1] == st.st_mtime_ns:
            out[item.rel_path] = old
            continue
        digest = hashlib.sha256(item.abs_path.read_bytes()).hexdigest() if st.st_size <= 50 * 1024 * 1024 else f"size:{st.st_size}"
        out[item.rel_path] = [st.st_size, st.st_mtime_ns, digest]
    return out


@dg.sensor(job=pipeline_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Requests a run for each new or changed article file (run key: path and content hash).")
def articles_folder_sensor(context: dg.SensorEvaluationContext, articles_folder: ArticlesFolder):
    previous = json.loads(context.cursor) if context.cursor else {}
    current = _fingerprints(articles_folder, previous)
    changed = sorted(p for p, fp in current.items() if p not in previous or previous[p][2] != fp[2])
    for path in changed:
        # one run key per file version: a file seen before with the same content never runs twice
        yield dg.RunRequest(run_key=f"{path}@{current[path][2][:16]}", tags={"articles/changed_file": path})
    removed = sorted(set(previous) - set(current))
    if removed:
        yield dg.RunRequest(run_key="removed:" + hashlib.sha256("\n".join(removed).encode()).hexdigest()[:16],
                            tags={"articles/removed_files": str(len(removed))})
    context.update_cursor(json.dumps(current, sort_keys=True))


daily_schedule = dg.ScheduleDefinition(
    name="daily_pipeline",
    job=pipeline_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Runs the whole pipeline every day at 06:00 UTC (unchanged files are skipped).",
)
