"""Imported once by the multiprocess executor's forkserver, before it forks a process for each step:
the staging steps then start with the language model loaded instead of loading it each (0.7 s apiece)."""
from pipeline.ingest.metadata import warm_up

warm_up()
