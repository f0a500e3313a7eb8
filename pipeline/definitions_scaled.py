"""The scale-out code location: `dagster dev -m pipeline.definitions_scaled` (same tables, sharded staging)."""
import dagster as dg

from pipeline.defs.resources import default_resources
from pipeline.defs.scaled import scaled_assets, scaled_job

defs = dg.Definitions(
    assets=scaled_assets,
    jobs=[scaled_job],
    resources=default_resources(),
    # one process per step, as many at once as there are cores; swap for the Celery, Docker or
    # Kubernetes executor in a deployment without changing the assets
    # forkserver with the pipeline and the language model preloaded: each step forks a warm process
    # instead of importing Dagster and the pipeline and loading the model again (seconds per step)
    executor=dg.multiprocess_executor.configured({
        "max_concurrent": 0,
        "start_method": {"forkserver": {"preload_modules": ["pipeline.definitions_scaled", "pipeline.defs.warm"]}},
    }),
)


def get_scaled_job():
    """For `dg.reconstructable`: the job the benchmark runs with the multiprocess executor."""
    return defs.resolve_job_def("scaled_pipeline_job")
