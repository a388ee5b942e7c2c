"""The draft narrative's cost: `python -m tests.benchmarks.draft_probe [--smoke]`
(run by `./dev.sh bench` after the main benchmark; results in benchmark-results/).

Figures: the draft of a 100-statement session (target under 0.5 s, the second
draft of a running program: the Rapport tab's case), of a 1,000-statement
session (reported), the first draft in a fresh process (importing YAKE and
simplemma and loading the lemma dictionaries: what `session draft` pays once),
and the themes' cost per statement. The sessions are the demo generator's, with
their panel and notes, loaded through the exchange service.
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
_TARGET_100_S = 0.5

_COLD = """
import sys, time
from rapporteur_app.services.app_services import Services
services = Services.open(sys.argv[1])
start = time.perf_counter()
services.drafts.draft(int(sys.argv[2]))
print(time.perf_counter() - start, flush=True)
"""


def _session(folder: Path, statements: int) -> tuple[Path, int]:
    """A demo working session with ``statements`` statements from the floor: the demo's
    first hundred, copied (without their times: a day has no room for a thousand)."""
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.demo import demo_document

    document = demo_document(sessions=1, statements_per_session=min(statements, 100), frame=False)
    session = document["meeting"]["sessions"][0]
    panel = [s for s in session["statements"] if s["kind"] == "presentation"]
    floor = [s for s in session["statements"] if s["kind"] == "statement"]
    copies = [
        {**s, "id": 10_000 + number, "start": None, "end": None}
        for number, s in enumerate(floor[n % len(floor)] for n in range(statements - len(floor)))
    ]
    session["statements"] = panel + floor + copies
    session["recommendations"] = []
    path = folder / f"draft-{statements}.sqlite3"
    services = Services.open(path)
    try:
        meeting = services.exchange.load(document)
        return path, services.sessions.of_meeting(meeting.id)[0].id
    finally:
        services.close()


def _cold(path: Path, session_id: int, repeats: int) -> list[float]:
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    samples = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", _COLD, str(path), str(session_id)],
            capture_output=True, text=True, check=True, env=environment, timeout=120,
        )  # fmt: skip
        samples.append(float(done.stdout.strip()))
    return samples


def figures(folder: Path, sizes: tuple[int, int], repeats: int) -> list[Figure]:
    from rapporteur_app.domain.draft.themes import Note, find_themes
    from rapporteur_app.domain.kinds import StatementKind
    from rapporteur_app.services.app_services import Services

    small, large = sizes
    found: list[Figure] = []
    for count in (small, large):
        path, session_id = _session(folder, count)
        services = Services.open(path)
        try:
            services.drafts.draft(session_id)  # the dictionaries, as a running program has them
            figure = Figure(
                f"draft of a {count}-statement session",
                "DraftService.draft in English, the second draft of the process (median)",
                f"< {_TARGET_100_S} s" if count == small else "reported",
                timed(lambda: services.drafts.draft(session_id), repeats),  # noqa: B023
            )
            if count == small:
                figure.passed = figure.median < _TARGET_100_S
            found.append(figure)
            notes = [
                Note(s.id, s.category, s.notes)
                for s in services.statements.of_session(session_id)
                if s.kind is StatementKind.STATEMENT and s.notes
            ]
            themes = timed(lambda: find_themes(notes), repeats)  # noqa: B023
            per_statement = Figure(
                f"themes per statement ({count} statements)",
                "find_themes on the session's notes, divided by the number of notes",
                "reported",
                [sample / max(1, len(notes)) for sample in themes],
            )
            found.append(per_statement)
        finally:
            services.close()
        if count == small:
            cold = Figure(
                f"first draft in a new process ({count} statements)",
                "a fresh Python: imports YAKE and simplemma, loads the English dictionary",
                "reported",
                _cold(path, session_id, max(1, repeats // 2)),
            )
            found.append(cold)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="draft_probe", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    sizes, repeats = ((10, 30), 1) if args.smoke else ((100, 1000), 5)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())
        made = figures(Path(folder), sizes, repeats)
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 1),
        "figures": [f.as_dict() for f in made],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    name = "draft-smoke" if args.smoke else "draft"
    (args.out / f"{name}-latest.json").write_text(json.dumps(report, indent=1))
    from tests.benchmarks.run import table

    print(table(made))
    return 0


if __name__ == "__main__":
    sys.exit(main())
