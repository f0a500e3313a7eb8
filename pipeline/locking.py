"""One writer at a time: an advisory lock file beside the DuckDB file that says who holds it.

Readers share the lock (DuckDB lets several processes open a file read-only at once, never while one
writes): a run's exports and report read at the same time, and a writer waits for both."""
from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from contextlib import contextmanager
from pathlib import Path


class WarehouseBusy(RuntimeError):
    """Another process is writing this warehouse."""


_HELD: dict[Path, int] = {}


def _acquire(fh, wait_seconds: float, shared: bool = False) -> bool:
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fh.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.2)  # locks this process holds, with nesting depth (a run's assets reuse the run's lock)


def _lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


@contextmanager
def writer_lock(db: Path, job: str, wait_seconds: float = 0.0, shared: bool = False):
    """Hold the warehouse's writer lock for the duration; if another process holds it, wait up to
    `wait_seconds` (steps of one run queue behind each other), then fail naming the holder.
    `shared`: for a reader, which only other readers may hold the lock with (it names no holder: the
    file names the last writer, whom a reader does not replace).

    The lock is an flock on a sidecar file, so it is released by the kernel when the holder dies
    (a killed run never leaves a stale lock behind)."""
    path = _lock_path(db.resolve())
    if _HELD.get(path):
        _HELD[path] += 1
        try:
            yield
        finally:
            _HELD[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+")
    if not _acquire(fh, wait_seconds, shared):
        fh.seek(0)
        try:
            holder = json.loads(fh.read() or "{}")
        except ValueError:
            holder = {}
        fh.close()
        since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(holder["since"])) if "since" in holder else "?"
        if not holder:  # only readers hold it (they name no one)
            raise WarehouseBusy(
                f"The warehouse {db} is being read by another process (a run's exports or report, or another reader). "
                "DuckDB lets no one write while it is read: wait for it to finish and run again."
            ) from None
        raise WarehouseBusy(
            f"The warehouse {db} is being written by {holder.get('job', 'another process')} "
            f"(pid {holder.get('pid', '?')} on {holder.get('host', '?')}, since {since}). "
            "DuckDB allows one writer: wait for it to finish and run again."
        ) from None
    try:
        if not shared:
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps({"job": job, "pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}))
            fh.flush()
        _HELD[path] = 1
        yield
    finally:
        _HELD.pop(path, None)
        if not shared:
            fh.seek(0)
            fh.truncate()
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()
