"""`load` and `dump` measured: per statement against bare SQL, and the largest scale
database dumped and loaded back in child processes with their peak memory.

Per statement: the large meeting's file loaded by the running program (read as it
is written, one transaction), each load interleaved with a bare ``sqlite3``
``executemany`` of the same rows into the same table (the program's triggers in
place, rolled back), so a shared machine's load falls on both alike.

At scale: a child process dumps the scale database's meeting (a million statements
in the full run) to a file, another loads that file into a copy of the database;
each prints its wall time, CPU time and VmHWM (its own peak resident memory).
"""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from rapporteur_app.services.app_services import Services
from tests.benchmarks.stats import Figure

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, os, resource, sys, time
from pathlib import Path
from rapporteur_app.services.app_services import Services
mode, database, meeting, file = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
services = Services.open(database)
start, cpu = time.perf_counter(), time.process_time()
if mode == "dump":
    count = services.exchange.dump_file(meeting, file).statements
else:
    loaded = services.exchange.load_file(file)
    count = 0
wall, cpu = time.perf_counter() - start, time.process_time() - cpu
services.close()
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
print(json.dumps({"wall": wall, "cpu": cpu, "peak_kib": peak, "statements": count}), flush=True)
"""

_BARE = (
    "INSERT INTO statements (session_id, position, speaker_name, on_behalf_of, category,"
    " kind, start_time, end_time, notes, anonymous, anonymous_description, created_at,"
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _bare_rows(path: Path, meeting_id: int) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT s.session_id, s.position, s.speaker_name, s.on_behalf_of, s.category,"
            " s.kind, s.start_time, s.end_time, s.notes, s.anonymous, s.anonymous_description,"
            " s.created_at, s.updated_at FROM statements s JOIN sessions ON sessions.id ="
            " s.session_id WHERE sessions.meeting_id = ? ORDER BY s.id",
            (meeting_id,),
        ).fetchall()


def _bare_seconds(path: Path, rows: list[tuple[object, ...]]) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        start = time.perf_counter()
        connection.executemany(_BARE, rows)
        seconds = time.perf_counter() - start
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    return seconds


def load_per_statement(
    services: Services, path: Path, meeting_id: int, repeats: int, folder: Path
) -> Figure:
    file = folder / "large-meeting.json"
    count = services.exchange.dump_file(meeting_id, file).statements
    rows = _bare_rows(path, meeting_id)
    figure = Figure(
        "load, per statement",
        f"exchange load of the large meeting's file ({count:,} statements) in the running"
        " program, divided by its statements (was 1.3 ms a statement); interleaved with a"
        " bare sqlite3 executemany of the same rows, triggers in place, rolled back",
        "at most 65 us (20x faster than 1.3 ms)",
        unit="us",
    )
    bare: list[float] = []
    for _ in range(max(3, repeats)):
        start = time.perf_counter()
        loaded = services.exchange.load_file(file)
        figure.samples.append((time.perf_counter() - start) / count * 1e6)
        services.meetings.delete(loaded.id)
        bare.append(_bare_seconds(path, rows) / count * 1e6)
    bare.sort()
    ratios = sorted(s / b for s, b in zip(figure.samples, bare, strict=False))
    figure.beside = [
        ("bare sqlite3 executemany", f"median {bare[len(bare) // 2]:.1f} us"),
        ("ratio", f"{ratios[len(ratios) // 2]:.2f}x"),
        ("load average", " ".join(f"{x:.1f}" for x in os.getloadavg())),
    ]
    figure.passed = figure.median <= 65
    return figure


def _child(mode: str, database: Path, meeting_id: int, file: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(database), str(meeting_id), str(file)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def at_scale(database: Path, meeting_id: int, total: int, folder: Path) -> list[Figure]:
    """The scale database's meeting dumped, then loaded back into the same database."""
    file = folder / "scale-meeting.json"
    dumped = _child("dump", database, meeting_id, file)
    loaded = _child("load", database, meeting_id, file)
    load_average = " ".join(f"{x:.1f}" for x in os.getloadavg())
    figures = []
    for what, result, target, limit in (
        (f"dump of {total:,} statements", dumped, "under 300 MiB", None),
        (f"load of {total:,} statements", loaded, "under 2 minutes, under 300 MiB", 120.0),
    ):
        peak = result["peak_kib"] / 1024
        figure = Figure(
            what,
            "a child process: the scale database's meeting to its file (dump) and the file"
            " back into the database (load); wall time, its CPU time and VmHWM",
            target,
            samples=[result["wall"]],
            beside=[
                ("CPU", f"{result['cpu']:.1f} s"),
                ("peak memory (VmHWM)", f"{peak:.0f} MiB"),
                ("file", f"{file.stat().st_size / 2**20:,.0f} MB"),
                ("per statement", f"{result['wall'] / total * 1e6:.0f} us"),
                ("load average", load_average),
            ],
        )
        figure.passed = peak < 300 and (limit is None or result["wall"] < limit)
        figures.append(figure)
    return figures
