"""The benchmark: `./dev.sh bench` (full size, a few minutes) or `--smoke` (tiny, CI).

Prints a table and writes it as JSON in benchmark-results/. Every comparison is
a ratio of two figures measured in the same run: the machines are shared and
noisy, so absolute times alone prove little.
"""

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import exchange_probe, measures, scale, scaled, typing_probe
from tests.benchmarks.data import (
    FULL,
    SMOKE,
    Size,
    large_meeting,
    long_meeting,
    many_statements,
)
from tests.benchmarks.stats import Figure

RESULTS = Path(__file__).resolve().parents[2] / "benchmark-results"


def _isolate(folder: Path) -> None:
    """Backups and logs of the benchmark's databases go to its own folder, not the user's."""
    for variable, name in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                           ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):  # fmt: skip
        os.environ[variable] = str(folder / name)


def run(size: Size, folder: Path) -> list[Figure]:
    if size.cached:
        os.environ.setdefault("RAPPORTEUR_BENCH_CACHE", str(scale.cache_dir()))
    _isolate(folder)
    from PySide6.QtWidgets import QApplication

    from rapporteur_app.services.app_services import Services

    app = QApplication.instance() or QApplication([])
    large = folder / "large.sqlite3"
    meeting_id, sessions = large_meeting(large, size)
    big = folder / "many.sqlite3"
    big_meeting, big_sessions, total = many_statements(big, size)
    figures: list[Figure] = [measures.start_up(large, size)]
    services = Services.open(large)
    try:
        figures.append(measures.ready(services, sessions[len(sessions) // 2], size))
        figures.extend(measures.exports(services, sessions[0], meeting_id, size))
    finally:
        services.close()
    long = folder / "long.sqlite3"
    long_id = long_meeting(long, size)
    services = Services.open(long)
    try:
        figures.extend(measures.long_consolidated(services, long_id, size))
    finally:
        services.close()
    crowded = Services.open(big)
    try:
        figures.extend(measures.logging_statement(crowded, big_sessions[0], size, total))
        figures.extend(measures.tallies(crowded, big_sessions[0], big_meeting, size, total))
        figures.append(typing_probe.typing_gaps(crowded, big_sessions[-1], size))
    finally:
        crowded.close()
    figures.append(measures.whole_process_pdf(large, meeting_id, size))
    figures.append(measures.memory(large, sessions[0]))
    services = Services.open(large)
    try:
        figures.append(
            exchange_probe.load_per_statement(services, large, meeting_id, size.repeats, folder)
        )
    finally:
        services.close()
    scales = []
    for total, logging_sizes in size.scales:
        cached = size.cached and total == max(t for t, _ in size.scales)
        scales.append(scale.scale(folder, total, logging_sizes, cached))
    figures.extend(scaled.opening(scales, size.repeats))
    figures.extend(scaled.tallies(scales, size.repeats))
    figures.extend(scaled.command_line(scales[0], scales[-1], size.repeats))
    # Seven rounds at full size: with three (until round 10) one size's samples spread
    # from 371 to 564 ms in a run, and a median of three swings with one slow start.
    paint_rounds = size.repeats + 2 if size.repeats > 1 else 1
    figures.extend(scaled.first_paint(scales, paint_rounds))
    figures.extend(scaled.logging_by_key(scales[-1], size.keys))
    largest = scales[-1]
    figures.extend(exchange_probe.at_scale(largest.path, largest.meeting_id, largest.total, folder))
    del app
    return figures


def machine() -> dict[str, str]:
    import PySide6

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        memory = "?"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "system": platform.platform(),
        "python": platform.python_version(),
        "qt": PySide6.__version__,
    }


def table(figures: list[Figure]) -> str:
    lines = [
        "| what | figure | beside it (same run) | target | met |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in figures:
        beside = "; ".join(f"{k}: {v}" for k, v in f.beside)
        met = "-" if f.passed is None else ("yes" if f.passed else "**no**")
        lines.append(f"| {f.what} | {f.text()} | {beside} | {f.target} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument(
        "--smoke", action="store_true", help="tiny sizes: checks every figure is made"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    size = SMOKE if args.smoke else FULL
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        figures = run(size, Path(folder))
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "size": size.__dict__,
        "machine": machine(),
        "seconds": round(time.perf_counter() - started, 1),
        "figures": [f.as_dict() for f in figures],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    name = "smoke" if args.smoke else "full"
    (args.out / f"{name}-{report['when'].replace(':', '')}.json").write_text(
        json.dumps(report, indent=1)
    )
    (args.out / f"{name}-latest.json").write_text(json.dumps(report, indent=1))
    print(table(figures))
    print(f"\n{report['machine']}\n{report['seconds']} s; JSON in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
