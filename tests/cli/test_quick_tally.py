"""`tally` answers from the kept counts through sqlite3 alone (no SQLAlchemy imported)
with the same counts and the same refusals as the full path; `--help` imports no store."""

import json
import os
import subprocess
import sys
from pathlib import Path

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.kept_tally import quick_tally

ROOT = Path(__file__).resolve().parents[2]


def _meeting(path: Path) -> tuple[int, int]:
    services = Services.open(path)
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    first = services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    services.statements.add(session.id, "", "ODIHR", Category.OSCE_INSTITUTION)
    services.statements.add(session.id, "Ivan", "Ruritania", Category.DELEGATION,
                            kind=StatementKind.RIGHT_OF_REPLY, replying_to=first.id)  # fmt: skip
    other = services.sessions.add(meeting.id, "WS 2", "T")
    services.floor.count_only(other.id, Category.MEDIA)
    services.close()
    return meeting.id, session.id


def _imports(*args: str) -> tuple[str, set[str]]:
    """Run the command in a fresh process; its output and the modules it imported."""
    code = (
        "import atexit, json, sys; from rapporteur_app.app import main;"
        " atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr));"
        " sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False,
        env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout, set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_the_quick_tally_is_the_full_tally(db_path: Path) -> None:
    meeting_id, session_id = _meeting(db_path)
    services = Services.open(db_path)
    try:
        assert quick_tally(str(db_path), session_id=session_id) == services.tally.for_session(
            session_id
        )
        assert quick_tally(str(db_path), meeting_id=meeting_id) == services.tally.for_meeting(
            meeting_id
        )
    finally:
        services.close()
    # What the quick read cannot answer goes to the full path, which names the problem.
    assert quick_tally(str(db_path), session_id=999) is None
    assert quick_tally(str(db_path), meeting_id=999) is None
    assert quick_tally(str(db_path.with_name("missing.sqlite3")), session_id=1) is None
    assert quick_tally("postgresql+psycopg://nobody@/nothing", session_id=1) is None


def test_tally_and_help_import_no_sqlalchemy(db_path: Path) -> None:
    _meeting(db_path)
    out, modules = _imports("--db", str(db_path), "tally", "--session", "1", "--json")
    assert json.loads(out)["statements"] == 2 and json.loads(out)["rights_of_reply"] == 1
    assert not any(m.startswith("sqlalchemy") for m in modules)
    # Nor what only writing documents or drafts needs (babel's dates, the draft's rules).
    later = ("babel", "rapporteur_app.domain.draft", "rapporteur_app.domain.dates")
    assert not any(m.startswith(later) for m in modules)
    _out, modules = _imports("--help")
    assert not any(m.startswith(("sqlalchemy", "rapporteur_app.store", *later)) for m in modules)


def test_an_unknown_session_is_still_refused_in_words(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("meeting", "add", "--title", "M").code == 0
    result = cli("tally", "--session", "42")
    assert result.code == 2 and "no session with id 42" in result.err
