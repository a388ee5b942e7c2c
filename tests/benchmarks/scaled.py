"""The measures taken at every size (1,000, 100,000 and 1,000,000 statements): the
first meaningful paint, opening, the tallies, the command line, logging by key."""

import statistics
import sys
from pathlib import Path

from sqlalchemy import delete, insert

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import Base
from tests.benchmarks.keys import FLOOR_KEYS, BareCommits, BareTarget, ConsoleTarget, KeyTimes
from tests.benchmarks.measures import _environment, _median, _until_painted, _whole_process
from tests.benchmarks.probes import BARE_WINDOW
from tests.benchmarks.scale import Scale
from tests.benchmarks.stats import Figure, timed

PYTHON = sys.executable
# A busy session's list of speakers: the floor's keys are timed with as many waiting.
LONG_QUEUE = 60


def first_paint(scales: list[Scale], repeats: int) -> list[Figure]:
    """Whole process until the meetings are listed and the chosen session's console is
    filled and painted, against a bare QMainWindow painted, interleaved, at each size.

    The machine's pace moves over minutes, and one size's samples come minutes apart:
    each start of ours is judged against the bare windows started just before and just
    after it (their mean), and the median of those paired ratios is the figure's ratio.
    The ratio of the medians is shown beside it."""
    # bare[i] is started just before the i-th start of ours, bare[i + 1] just after it.
    bare: list[float] = []
    runs: dict[tuple[int, int], list[float]] = {}
    paired: dict[tuple[int, int], list[int]] = {}  # each start of ours: its bare's index
    # Beside it: until the services are made and the session read again through them
    # (the window painted first from the sqlite3 module's read; store/first_fill.py).
    ready: dict[tuple[int, int], list[float]] = {}
    plans = []
    for scale in scales:
        for size, session_id in scale.sessions.items():
            if size >= 1000 or size == max(scale.sessions):
                plans.append((scale, size, session_id))
    for _ in range(repeats):
        for scale, size, session_id in plans:
            bare.append(_until_painted([PYTHON, "-c", BARE_WINDOW], _environment()))
            command = [
                PYTHON,
                "-m",
                "rapporteur_app",
                "--db",
                str(scale.path),
                "gui",
                "--session",
                str(session_id),
            ]
            key = (scale.total, size)
            runs.setdefault(key, []).append(
                _until_painted(command, _environment(RAPPORTEUR_EXIT_WHEN_SHOWN="data"))
            )
            paired.setdefault(key, []).append(len(bare) - 1)
            ready.setdefault(key, []).append(
                _until_painted(command, _environment(RAPPORTEUR_EXIT_WHEN_SHOWN="ready"))
            )
    if plans and repeats:
        bare.append(_until_painted([PYTHON, "-c", BARE_WINDOW], _environment()))
    reference = _median(bare)
    figures = []
    for key, samples in runs.items():
        total, size = key
        figure = Figure(
            f"first meaningful paint, {total:,} statements, session of {size:,}",
            "whole process `gui --session ID` until the meetings are listed, the session's "
            "console filled and the window painted; against a bare QMainWindow painted, "
            "interleaved: each start against the bare windows just before and after it",
            "at most 2x the bare window",
            samples=samples,
        )
        ratios = [
            sample / ((bare[i] + bare[i + 1]) / 2)
            for sample, i in zip(samples, paired[key], strict=True)
        ]
        ratio = statistics.median(ratios)
        figure.beside = [
            ("bare window median ms", f"{reference * 1000:.0f}"),
            ("ratio", f"{ratio:.2f}"),
            ("paired ratios, min-max", f"{min(ratios):.2f}-{max(ratios):.2f}"),
            ("ratio of the medians", f"{figure.median / reference:.2f}"),
            ("services ready, median ms", f"{_median(ready[key]) * 1000:.0f}"),
        ]
        figure.passed = ratio <= 2.0
        figures.append(figure)
    return figures


def opening(scales: list[Scale], repeats: int) -> list[Figure]:
    figures = []
    for scale in scales:
        figure = Figure(
            f"opening, {scale.total:,} statements ({scale.path.stat().st_size / 2**20:,.0f} MB)",
            "in the program: Database.open (checks, schema version) and close; no backup due",
            "independent of the file's size",
        )
        Database.open(scale.path, backup=False).close()
        figure.samples = timed(
            lambda s=scale: Database.open(s.path, backup=False).close(), max(5, repeats)
        )
        figures.append(figure)
    smallest, largest = figures[0], figures[-1]
    ratio = largest.median / smallest.median
    largest.beside = [("ratio to the smallest", f"{ratio:.2f}")]
    largest.passed = ratio <= 1.5
    return figures


def tallies(scales: list[Scale], repeats: int) -> list[Figure]:
    figures = []
    for scale in scales:
        services = Services.open(scale.path, backup=False)
        try:
            figure = Figure(
                f"tally of a meeting, {scale.total:,} statements",
                "the seven counts of the whole meeting, from the counts the store keeps",
                "at most 5 ms",
            )
            figure.samples = timed(
                lambda s=services, m=scale.meeting_id: s.tally.for_meeting(m), max(10, repeats)
            )
            figure.passed = figure.median <= 0.005
            figures.append(figure)
            session_id = scale.sessions[max(scale.sessions)]
            session = Figure(
                f"tally of a session of {max(scale.sessions):,}, {scale.total:,} statements",
                "the seven counts of one session",
                "at most 5 ms",
            )
            session.samples = timed(
                lambda s=services, sid=session_id: s.tally.for_session(sid), max(20, repeats)
            )
            session.passed = session.median <= 0.005
            figures.append(session)
        finally:
            services.close()
    return figures


def command_line(small: Scale, large: Scale, repeats: int) -> list[Figure]:
    """Whole processes, interleaved: `python -c pass`, --help, tally on a small and on
    the largest database."""
    plans = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "--help": [PYTHON, "-m", "rapporteur_app", "--help"],
        "tally small": [
            PYTHON,
            "-m",
            "rapporteur_app",
            "--db",
            str(small.path),
            "tally",
            "--session",
            str(small.sessions[min(small.sessions)]),
        ],
        "tally large": [
            PYTHON,
            "-m",
            "rapporteur_app",
            "--db",
            str(large.path),
            "tally",
            "--session",
            str(large.sessions[min(large.sessions)]),
        ],
    }
    samples: dict[str, list[float]] = {name: [] for name in plans}
    for _ in range(max(5, repeats)):
        for name, command in plans.items():
            samples[name].append(_whole_process(command, _environment()))
    bare = _median(samples["python -c pass"])
    figures = []
    for name, what in (
        ("--help", "rapporteur-app --help"),
        ("tally small", f"tally --session on {small.total:,} statements"),
        ("tally large", f"tally --session on {large.total:,} statements"),
    ):
        figure = Figure(
            what,
            "whole process, interleaved with `python -c pass`",
            "at most 0.25 s and 8x python -c pass",
            samples=samples[name],
        )
        ratio = figure.median / bare
        figure.beside = [
            ("python -c pass median ms", f"{bare * 1000:.0f}"),
            ("ratio", f"{ratio:.1f}"),
        ]
        figure.passed = figure.median <= 0.25 and ratio <= 8
        figures.append(figure)
    small_tally, large_tally = figures[1], figures[2]
    large_tally.beside.append(
        ("ratio to the small database", f"{large_tally.median / small_tally.median:.2f}")
    )
    return figures


def logging_by_key(scale: Scale, keys: int, rounds: int = 4) -> list[Figure]:
    """Ctrl+1 into the console on sessions of each size, and a bare QTableView of as many
    rows appending one per key, in alternating blocks."""
    services = Services.open(scale.path, backup=False)
    figures = []
    medians = {}
    # The disk's own tail in the same minutes, on the same disk: a bare commit per key.
    commits = BareCommits(scale.path.with_name("bare-commits.sqlite3"))
    all_commits: list[float] = []
    ordered = sorted(scale.sessions.items())
    floor_size = ordered[len(ordered) // 2][0]  # a named speaker's keys: the middle size
    try:
        for size, session_id in ordered:
            ours = ConsoleTarget(services, session_id)
            bare = BareTarget(size)
            durable: list[float] = []
            returned: list[float] = []
            painted: list[float] = []
            bare_painted: list[float] = []
            bare_commits: list[float] = []
            for _ in range(rounds):
                block = ours.press(keys // rounds)
                durable += block.durable
                returned += block.returned
                painted += block.painted
                bare_painted += bare.press(keys // rounds).painted
                bare_commits += commits.commit(keys // rounds)
            floor: dict[str, KeyTimes] = {}
            crowded: dict[str, KeyTimes] = {}
            if size == floor_size:
                # The floor's keys with nobody else waiting, then with a list of speakers
                # as long as a busy session's, in alternating blocks.
                for _ in range(rounds):
                    for kept_times, waiting in ((floor, 0), (crowded, LONG_QUEUE)):
                        _set_waiting(services, session_id, waiting)
                        pressed = ours.press_floor(max(1, keys // rounds // 4))
                        for name, times in pressed.items():
                            kept = kept_times.setdefault(name, KeyTimes())
                            kept.durable += times.durable
                            kept.returned += times.returned
                    bare_commits += commits.commit(keys // rounds // 4)
                _set_waiting(services, session_id, 0)
            ours.close()
            bare.close()
            all_commits += bare_commits
            key_durable = Figure(
                f"key -> durable, session of {size:,} ({scale.total:,} in the database)",
                "a real Ctrl+1 through Qt's shortcuts into the shown console until the "
                "COMMIT of its unit of work returned (the row on disk, synchronous=FULL)",
                "99th percentile at most 5 ms",
                samples=durable,
            )
            p99 = key_durable.percentile(0.99)
            disk = Figure("", "", "", samples=bare_commits).percentile(0.99)
            key_durable.beside = [
                ("p99 ms", f"{p99 * 1000:.2f}"),
                ("until the handler returned, p99 ms", _p99_ms(returned)),
                ("bare sqlite3 commit p99 ms, same blocks", f"{disk * 1000:.2f}"),
            ]
            key_durable.passed = p99 <= 0.005
            key_painted = Figure(
                f"key -> repainted, session of {size:,}",
                "the same key until the log's viewport has painted, events processed; "
                "against a bare QTableView of as many rows appending one row per key, "
                "in alternating blocks",
                "at most 1.5x the bare table",
                samples=painted,
            )
            ratio = key_painted.median / statistics.median(bare_painted)
            key_painted.beside = [
                ("bare table median ms", f"{statistics.median(bare_painted) * 1000:.2f}"),
                ("ratio", f"{ratio:.2f}"),
                ("p99 ms", f"{key_painted.percentile(0.99) * 1000:.2f}"),
            ]
            key_painted.passed = ratio <= 1.5
            medians[size] = key_durable.median
            figures += [key_durable, key_painted]
            for name, times in floor.items():
                named = Figure(
                    f"key -> durable, {name}, session of {size:,}",
                    "a real key into the shown console (Enter on the quick-entry line, F5, "
                    "F6 through Qt's shortcuts) until its unit of work's COMMIT returned",
                    "99th percentile at most 5 ms (as Ctrl+1: F5 logs the statement)",
                    samples=times.durable,
                )
                p99 = named.percentile(0.99)
                named.beside = [
                    ("p99 ms", f"{p99 * 1000:.2f}"),
                    ("until the handler returned, p99 ms", _p99_ms(times.returned)),
                ]
                named.passed = p99 <= 0.005
                figures.append(named)
            for name, times in crowded.items():
                if name not in FLOOR_KEYS[:2]:
                    continue  # F6 reads nothing of the queue
                short = statistics.median(floor[name].durable)
                long = Figure(
                    f"same cost, {name}, {LONG_QUEUE} waiting against none",
                    "key -> durable as above, the median with that many speakers in the "
                    "queue over the median with none, in alternating blocks",
                    "within noise (at most 1.3x)",
                    samples=[statistics.median(times.durable) / short],
                    unit="x",
                )
                long.beside = [
                    ("p99 ms", _p99_ms(times.durable)),
                    ("until the handler returned, median ms",
                     f"{statistics.median(times.returned) * 1000:.2f}"),
                    ("none waiting, median ms", f"{short * 1000:.2f}"),
                ]  # fmt: skip
                long.passed = long.median <= 1.3
                figures.append(long)
    finally:
        services.close()
        commits.close()
    disk = Figure(
        "bare sqlite3 commit beside the keys",
        "BEGIN IMMEDIATE, one insert, COMMIT (WAL, synchronous=FULL) on the same disk, "
        "a block after each block of keys",
        "reference",
        samples=all_commits,
    )
    disk.beside = [("p99 ms", f"{disk.percentile(0.99) * 1000:.2f}")]
    figures.append(disk)
    smallest, largest = min(medians), max(medians)
    same = Figure(
        f"same cost, session of {largest:,} against {smallest:,}",
        "median key -> durable in the largest session over the smallest",
        "within noise (at most 1.3x)",
        samples=[medians[largest] / medians[smallest]],
        unit="x",
    )
    same.passed = same.median <= 1.3
    figures.append(same)
    return figures


def _set_waiting(services: Services, session_id: int, waiting: int) -> None:
    """The session's queue emptied, then ``waiting`` speakers put in it at once (the
    floor's keys then take one from its head and add one at its end, so it keeps its
    length)."""
    table = Base.metadata.tables["queue_entries"]
    with services.db.engine.begin() as connection:
        connection.execute(delete(table).where(table.c.session_id == session_id))
        if waiting:
            connection.execute(insert(table), [
                {"session_id": session_id, "position": n, "speaker_name": f"Waiting {n}",
                 "on_behalf_of": "France", "category": Category.DELEGATION.value,
                 "kind": StatementKind.STATEMENT.value, "anonymous": False}
                for n in range(1, waiting + 1)
            ])  # fmt: skip


def _p99_ms(samples: list[float]) -> str:
    return f"{Figure('', '', '', samples=samples).percentile(0.99) * 1000:.2f}"


def size_of(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:,.0f} MB"
