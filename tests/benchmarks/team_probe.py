"""PostgreSQL beside SQLite, in the same run: `python -m tests.benchmarks.team_probe [--smoke]`
(run by `./dev.sh bench` after the main benchmark; results in benchmark-results/).

For each engine (a SQLite file; a throw-away PostgreSQL server started by the
probe itself, as the tests do: tests/postgres_server.py): logging a statement
through the services (each one committed; p99), the tally of a session, the
consolidated report of the meeting as DOCX, and the throughput of twenty writer
processes logging into their own sessions of one meeting at once. The figures
are reported, not judged: they are there to compare the two engines.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.benchmarks.stats import Figure, timed

RESULTS = Path(__file__).resolve().parents[2] / "benchmark-results"

_WRITER = """
import sys, time
from pathlib import Path
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
location, session_id, count, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
services = Services.open(location)
print("ready", flush=True)
while not go.exists():
    time.sleep(0.002)
for i in range(count):
    services.statements.add(session_id, f"Speaker {i}", "Austria", Category.DELEGATION)
services.close()
print("done", flush=True)
"""


def _writers(location: str, sessions: list[int], each: int, folder: Path) -> float:
    """Statements per second of len(sessions) writer processes started together."""
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    go = folder / f"go-{time.monotonic_ns()}"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, location, str(session), str(each), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for session in sessions
    ]
    for writer in writers:  # every process opened, so that start-up is not measured
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr
    start = time.perf_counter()
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        if writer.returncode != 0:
            raise RuntimeError(f"a writer failed: {err[-500:]}")
    return len(sessions) * each / (time.perf_counter() - start)


def engine_figures(
    engine: str, location: str, folder: Path, statements: int, writers: int, repeats: int
) -> list[Figure]:
    from rapporteur_app.domain.kinds import Category
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.demo import add_demo_meeting

    services = Services.open(location)
    try:
        meeting = add_demo_meeting(
            services, sessions=3, statements_per_session=statements, frame=False
        )
        session_id = services.sessions.of_meeting(meeting.id)[0].id
        logging = Figure(
            f"logging a statement [{engine}]",
            f"StatementService.add, one committed unit of work each; {statements * 2} statements",
            "reported",
            timed(
                lambda: services.statements.add(
                    session_id, "Anna Smirnova", "Austria", Category.DELEGATION
                ),
                statements * 2,
            ),
        )
        logging.beside = [("p99 ms", f"{logging.percentile(0.99) * 1000:.2f}")]
        tally = Figure(
            f"tally of a session [{engine}]",
            "TallyService.for_session",
            "reported",
            timed(lambda: services.tally.for_session(session_id), max(20, repeats * 4)),
        )
        report = Figure(
            f"consolidated report DOCX [{engine}]",
            f"the demo meeting, 3 sessions of {statements} statements, in the running program",
            "reported",
            timed(
                lambda: services.documents.export_meeting(
                    meeting.id, fmt="docx", out=folder / f"{engine}.docx"
                ),
                repeats,
            ),
        )
        own = [
            services.sessions.add(meeting.id, f"Writer session {n}", "Parallel").id
            for n in range(writers)
        ]
    finally:
        services.close()
    rate = _writers(location, own, max(5, statements // 2), folder)
    throughput = Figure(
        f"{writers} writers at once [{engine}]",
        f"{writers} processes, each logging into its own session of one meeting",
        "reported",
        [rate],
        unit="statements/s",
    )
    return [logging, tally, report, throughput]


def figures(folder: Path, statements: int, writers: int, repeats: int) -> list[Figure]:
    from tests.postgres_server import start_server

    found = engine_figures(
        "sqlite", str(folder / "team.sqlite3"), folder, statements, writers, repeats
    )
    server = start_server()
    try:
        name = server.create_database()
        found += engine_figures(
            "postgresql", server.url(name), folder, statements, writers, repeats
        )
    finally:
        server.destroy()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="team_probe", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, few writers")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    statements, writers, repeats = (10, 3, 1) if args.smoke else (200, 20, 5)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())
        made = figures(Path(folder), statements, writers, repeats)
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 1),
        "figures": [f.as_dict() for f in made],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    name = "team-smoke" if args.smoke else "team"
    (args.out / f"{name}-latest.json").write_text(json.dumps(report, indent=1))
    from tests.benchmarks.run import table

    print(table(made))
    return 0


if __name__ == "__main__":
    sys.exit(main())
