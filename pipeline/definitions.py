"""The Dagster code location: `dagster dev` and `dagster asset materialize -m pipeline.definitions` load this."""
import dagster as dg

from pipeline.defs.assets import all_assets
from pipeline.defs.checks import all_checks
from pipeline.defs.resources import default_resources

pipeline_job = dg.define_asset_job("pipeline_job", selection=dg.AssetSelection.all())

defs = dg.Definitions(
    assets=all_assets,
    asset_checks=all_checks,
    jobs=[pipeline_job],
    resources=default_resources(),
)
