"""Wall time of whole commands, each run in a new process (shared by the benchmark scripts)."""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path


def timed(command: list[str], cwd: Path, runs: int, env: dict[str, str] | None = None) -> list[float]:
    """Milliseconds of ``runs`` runs of ``command`` after one warm-up; stops if it fails."""
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env)
        times.append((time.perf_counter() - start) * 1000)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(command)} a échoué : {proc.stderr.decode()}")
    return times


def row(label: str, times: list[float], width: int = 50) -> str:
    return (f"{label:<{width}} {statistics.median(times):7.1f} ms {min(times):5.1f} ms "
            f"{max(times):5.1f} ms")
