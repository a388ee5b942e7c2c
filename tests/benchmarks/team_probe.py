"""PostgreSQL beside SQLite, in the same run: `python -m tests.benchmarks.team_probe [--smoke]`
(run by `./dev.sh bench` after the main benchmark; results in benchmark-results/).

For each engine (a SQLite file; a throw-away PostgreSQL server started by the
probe itself, as the tests do: tests/postgres_server.py): logging a statement
through the services (each one committed; p99), the tally of a session, the
consolidated report of the meeting as DOCX, and the throughput of twenty writer
processes logging into their own sessions of one meeting at once. The two engines
are measured interleaved, round by round, so a shared machine's load falls on
both alike; the load average is written beside the figures. The figures are
reported, not judged: they are there to compare the two engines.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tests.benchmarks.stats import Figure, timed

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services

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
from rapporteur_app.domain.errors import StoreError
refused = 0
for i in range(count):
    try:
        services.statements.add(session_id, f"Speaker {i}", "Austria", Category.DELEGATION)
    except StoreError:  # waited longer than the busy timeout: counted, not hidden
        refused += 1
services.close()
print("done", count - refused, refused, flush=True)
"""


def _writers(location: str, sessions: list[int], each: int, folder: Path) -> tuple[float, int]:
    """Statements per second of len(sessions) writer processes started together, and how
    many statements were refused (a writer that waited longer than the busy timeout)."""
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
    logged = refused = 0
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        if writer.returncode != 0:
            raise RuntimeError(f"a writer failed: {err[-500:]}")
        _, ok, no = out.split()
        logged, refused = logged + int(ok), refused + int(no)
    return logged / (time.perf_counter() - start), refused


ENGINES = ("sqlite", "postgresql")


@dataclass
class _Engine:
    """One engine's database with the demo meeting, and what the probe measures on it."""

    name: str
    location: str
    services: "Services"
    meeting_id: int
    session_id: int
    writer_sessions: list[int]
    samples: dict[str, list[float]] = field(default_factory=dict)

    def add(self, what: str, samples: list[float]) -> None:
        self.samples.setdefault(what, []).extend(samples)


def _open(name: str, location: str, statements: int, writers: int) -> _Engine:
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.demo import add_demo_meeting

    services = Services.open(location)
    meeting = add_demo_meeting(services, sessions=3, statements_per_session=statements, frame=False)
    session_id = services.sessions.of_meeting(meeting.id)[0].id
    own = [
        services.sessions.add(meeting.id, f"Writer session {n}", "Parallel").id
        for n in range(writers)
    ]
    return _Engine(name, location, services, meeting.id, session_id, own)


def _measure_round(engine: _Engine, folder: Path, logs: int, tallies: int, reports: int) -> None:
    from rapporteur_app.domain.kinds import Category

    services = engine.services
    engine.add(
        "log",
        timed(
            lambda: services.statements.add(
                engine.session_id, "Anna Smirnova", "Austria", Category.DELEGATION
            ),
            logs,
        ),
    )
    engine.add("tally", timed(lambda: services.tally.for_session(engine.session_id), tallies))
    engine.add(
        "report",
        timed(
            lambda: services.documents.export_meeting(
                engine.meeting_id, fmt="docx", out=folder / f"{engine.name}.docx"
            ),
            reports,
        ),
    )


def _figures_of(
    engine: _Engine, statements: int, writers: int, each: int, rounds: int
) -> list[Figure]:
    name = engine.name
    logging = Figure(
        f"logging a statement [{name}]",
        f"StatementService.add, one committed unit of work each, into a session of "
        f"{statements}+ statements",
        "reported",
        engine.samples["log"],
    )
    logging.beside = [("p99 ms", f"{logging.percentile(0.99) * 1000:.2f}")]
    return [
        logging,
        Figure(
            f"tally of a session [{name}]",
            "TallyService.for_session",
            "reported",
            engine.samples["tally"],
        ),
        Figure(
            f"consolidated report DOCX [{name}]",
            f"the demo meeting, 3 sessions of {statements} statements, in the running program",
            "reported",
            engine.samples["report"],
        ),
        Figure(
            f"{writers} writers at once [{name}]",
            f"{writers} processes, each logging {each} statements into its own session of "
            "one meeting; one sample per round",
            "reported",
            engine.samples["writers"],
            unit="statements/s",
            beside=[
                (
                    "refused (waited past the busy timeout)",
                    f"{int(sum(engine.samples['refused']))} of {writers * each * rounds}",
                )
            ],
        ),
    ]


def figures(
    folder: Path, statements: int, writers: int, repeats: int, rounds: int = 4
) -> list[Figure]:
    """Both engines measured in the same run, interleaved: each round measures SQLite
    and PostgreSQL one after the other (the first of the two alternating), so that the
    load of a shared machine falls on both alike instead of on whichever ran second."""
    from tests.postgres_server import start_server

    server = start_server()
    engines: list[_Engine] = []
    try:
        name = server.create_database()
        locations = {"sqlite": str(folder / "team.sqlite3"), "postgresql": server.url(name)}
        engines = [_open(e, locations[e], statements, writers) for e in ENGINES]
        logs = max(1, statements * 2 // rounds)
        tallies = max(5, repeats)
        reports = max(1, -(-repeats // rounds))
        for number in range(rounds):
            for engine in engines if number % 2 == 0 else engines[::-1]:
                _measure_round(engine, folder, logs, tallies, reports)
        for engine in engines:
            engine.services.close()
        each = max(5, statements // 2)
        for number in range(max(2, rounds // 2)):  # the writer rounds
            for engine in engines if number % 2 == 0 else engines[::-1]:
                rate, refused = _writers(engine.location, engine.writer_sessions, each, folder)
                engine.add("writers", [rate])
                engine.add("refused", [float(refused)])
        writer_rounds = max(2, rounds // 2)
        return [
            f
            for engine in engines
            for f in _figures_of(engine, statements, writers, each, writer_rounds)
        ]
    finally:
        server.destroy()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="team_probe", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, few writers")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    # 120 a session: the demo's clock of a longer afternoon session runs past midnight
    # (its statements then "end before they start" and the demo will not load).
    statements, writers, repeats = (10, 3, 1) if args.smoke else (120, 20, 5)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())
        made = figures(Path(folder), statements, writers, repeats)
    load = os.getloadavg()
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 1),
        # A shared machine: the figures are worth what its load at the time allowed.
        "load_average_1_5_15": [round(x, 2) for x in load],
        "cpus": os.cpu_count(),
        "figures": [f.as_dict() for f in made],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    name = "team-smoke" if args.smoke else "team"
    (args.out / f"{name}-latest.json").write_text(json.dumps(report, indent=1))
    from tests.benchmarks.run import table

    print(table(made))
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
