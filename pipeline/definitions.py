"""The Dagster code location: `dagster dev` and `dagster asset materialize -m pipeline.definitions` load this."""
import dagster as dg

from pipeline.defs.assets import all_assets
from pipeline.defs.automation import articles_folder_sensor, daily_schedule, pipeline_job
from pipeline.defs.resources import default_resources

defs = dg.Definitions(
    assets=all_assets,
    jobs=[pipeline_job],
    sensors=[articles_folder_sensor],
    schedules=[daily_schedule],
    resources=default_resources(),
)
