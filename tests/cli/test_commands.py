"""Every command of the foundation, with its bad-input paths (exit 2, one line, nothing written)."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def ok(result: CliResult) -> str:
    assert result.code == 0, result.err
    assert result.err == ""
    return result.out


def new_id(result: CliResult) -> int:
    return int(ok(result).strip())


@pytest.fixture
def meeting(cli: Cli) -> int:
    return new_id(
        cli(
            "meeting",
            "add",
            "--title",
            "SHDM on Trafficked Persons",
            "--venue",
            "Vienna",
            "--start",
            "2022-07-18",
            "--end",
            "2022-07-19",
        )
    )


@pytest.fixture
def session(cli: Cli, meeting: int) -> int:
    return new_id(
        cli(
            "session",
            "add",
            "--meeting",
            str(meeting),
            "--label",
            "Working Session 1",
            "--title",
            "Identification",
            "--day",
            "2022-07-18",
            "--start",
            "10:00",
            "--end",
            "13:00",
            "--moderator",
            "Ms. Richey",
            "--rapporteur",
            "Mr. Novák, Delegation of Czechia",
        )
    )


def test_a_session_logged_from_the_command_line(cli: Cli, meeting: int, session: int) -> None:
    first = new_id(
        cli(
            "statement",
            "add",
            "--session",
            str(session),
            "--speaker",
            "Ms. Олена",
            "--on-behalf-of",
            "Ukraine",
            "--category",
            "delegation",
            "--start",
            "10:01:00",
            "--end",
            "10:04:10",
            "--notes",
            "Called for NRMs.",
        )
    )
    new_id(
        cli(
            "statement",
            "add",
            "--session",
            str(session),
            "--speaker",
            "Ms. Hoff",
            "--on-behalf-of",
            "La Strada International",
            "--category",
            "civil-society",
        )
    )
    new_id(
        cli(
            "statement",
            "add",
            "--session",
            str(session),
            "--speaker",
            "Anonymous",
            "--on-behalf-of",
            "Survivors' Voices",
            "--category",
            "civil-society",
            "--anonymous",
        )
    )
    reply = new_id(
        cli(
            "statement",
            "add",
            "--session",
            str(session),
            "--speaker",
            "Mr. D",
            "--on-behalf-of",
            "Russian Federation",
            "--category",
            "delegation",
            "--right-of-reply",
            "--replying-to",
            str(first),
        )
    )
    new_id(
        cli(
            "recommendation",
            "add",
            "--session",
            str(session),
            "--to",
            "participating-states",
            "--text",
            "Fund national referral mechanisms.",
            "--from",
            str(first),
        )
    )

    tally = json.loads(ok(cli("tally", "--session", str(session), "--json")))
    assert tally == {
        "statements": 3,
        "delegations": 1,
        "civil_society": 2,
        "osce_institutions": 0,
        "international_organizations": 0,
        "media": 0,
        "rights_of_reply": 1,
    }
    assert json.loads(ok(cli("tally", "--meeting", str(meeting), "--json"))) == tally
    assert ok(cli("tally", "--session", str(session))).splitlines() == [
        "No. of statements: 3",
        "Delegations: 1",
        "Civil society: 2",
        "OSCE institutions: 0",
        "International organizations: 0",
        "Media: 0",
        "Rights of reply: 1",
    ]

    listed = json.loads(ok(cli("statement", "list", "--session", str(session), "--json")))
    assert [s["number"] for s in listed] == [1, 2, 3, 4]
    assert listed[0]["speaker"] == "Ms. Олена" and listed[0]["duration_s"] == 190
    assert listed[2]["anonymous"] is True
    assert listed[3] | {"id": 0} == listed[3] | {
        "id": 0,
        "kind": "right-of-reply",
        "replying_to": first,
    }
    assert reply == listed[3]["id"]
    assert "Ms. Олена" in ok(cli("statement", "list", "--session", str(session)))


def test_meetings_and_sessions_are_listed(cli: Cli, meeting: int, session: int) -> None:
    meetings = json.loads(ok(cli("meeting", "list", "--json")))
    assert meetings == [
        {
            "id": meeting,
            "title": "SHDM on Trafficked Persons",
            "venue": "Vienna",
            "start": "2022-07-18",
            "end": "2022-07-19",
        }
    ]
    sessions = json.loads(ok(cli("session", "list", "--meeting", str(meeting), "--json")))
    assert sessions[0]["label"] == "Working Session 1"
    assert sessions[0]["kind"] == "working-session"
    assert sessions[0]["start"] == "10:00" and sessions[0]["rapporteur"].startswith("Mr. Novák")
    assert "Working Session 1" in ok(cli("session", "list", "--meeting", str(meeting)))
    assert "SHDM" in ok(cli("meeting", "list"))


def test_dump_and_load_give_back_the_same_meeting(
    cli: Cli, meeting: int, session: int, tmp_path: Path
) -> None:
    new_id(
        cli(
            "statement",
            "add",
            "--session",
            str(session),
            "--speaker",
            "A",
            "--on-behalf-of",
            "Austria",
            "--category",
            "delegation",
        )
    )
    out = tmp_path / "meeting.json"
    ok(cli("dump", "--meeting", str(meeting), "--out", str(out)))
    copy = new_id(cli("load", str(out)))
    assert copy != meeting
    original = json.loads(ok(cli("tally", "--meeting", str(meeting), "--json")))
    assert json.loads(ok(cli("tally", "--meeting", str(copy), "--json"))) == original


BAD_INPUTS: list[tuple[list[str], str]] = [
    (["meeting", "add", "--title", "   "], "meeting title must not be empty"),
    (["meeting", "add", "--title", "X", "--start", "18.07.2022"], "not a date"),
    (["meeting", "add", "--title", "X", "--start", "2022-07-19", "--end", "2022-07-18"], "ends"),
    (
        [
            "session",
            "add",
            "--meeting",
            "{meeting}",
            "--label",
            "L",
            "--title",
            "T",
            "--kind",
            "plenary",
        ],
        "Unknown session kind 'plenary'",
    ),
    (
        [
            "session",
            "add",
            "--meeting",
            "{meeting}",
            "--label",
            "L",
            "--title",
            "T",
            "--start",
            "10:70",
        ],
        "not a time",
    ),
    (
        ["session", "add", "--meeting", "999", "--label", "L", "--title", "T"],
        "no meeting with id 999",
    ),
    (["session", "add", "--meeting", "abc", "--label", "L", "--title", "T"], "not an id"),
    (["session", "list", "--meeting", "999"], "no meeting with id 999"),
    (
        [
            "statement",
            "add",
            "--session",
            "{session}",
            "--speaker",
            "A",
            "--on-behalf-of",
            "B",
            "--category",
            "ngo",
        ],
        "Unknown category 'ngo'",
    ),
    (
        [
            "statement",
            "add",
            "--session",
            "999",
            "--speaker",
            "A",
            "--on-behalf-of",
            "B",
            "--category",
            "media",
        ],
        "no session with id 999",
    ),
    (
        [
            "statement",
            "add",
            "--session",
            "{session}",
            "--speaker",
            "A",
            "--on-behalf-of",
            "B",
            "--category",
            "media",
            "--replying-to",
            "{statement}",
        ],
        "--replying-to goes with",
    ),
    (
        [
            "statement",
            "add",
            "--session",
            "{other}",
            "--speaker",
            "A",
            "--on-behalf-of",
            "B",
            "--category",
            "delegation",
            "--right-of-reply",
            "--replying-to",
            "{statement}",
        ],
        "another session",
    ),
    (
        [
            "statement",
            "add",
            "--session",
            "{session}",
            "--speaker",
            " ",
            "--on-behalf-of",
            "B",
            "--category",
            "media",
        ],
        "speaker must not be empty",
    ),
    (
        [
            "statement",
            "add",
            "--session",
            "{session}",
            "--speaker",
            "A",
            "--on-behalf-of",
            "B",
            "--category",
            "media",
            "--start",
            "10:05:00",
            "--end",
            "10:00:00",
        ],
        "before it starts",
    ),
    (
        ["recommendation", "add", "--session", "{session}", "--to", "osce", "--text", " "],
        "text must not be empty",
    ),
    (
        [
            "recommendation",
            "add",
            "--session",
            "{session}",
            "--to",
            "osce",
            "--text",
            "T",
            "--from",
            "999",
        ],
        "no statement with id 999",
    ),
    (["tally", "--session", "999"], "no session with id 999"),
    (["tally", "--session", "1", "--meeting", "1"], "not allowed with argument"),
    (["dump", "--meeting", "999", "--out", "{tmp}/x.json"], "no meeting with id 999"),
    (["load", "{tmp}/missing.json"], "Cannot read"),
    (["meeting", "remove"], "invalid choice"),
]


@pytest.mark.parametrize(("words", "message"), BAD_INPUTS)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    cli: Cli,
    meeting: int,
    session: int,
    snapshot: Callable[[], list[str]],
    tmp_path: Path,
    words: list[str],
    message: str,
) -> None:
    statement = new_id(
        cli(
            "statement",
            "add",
            "--session",
            str(session),
            "--speaker",
            "A",
            "--on-behalf-of",
            "Austria",
            "--category",
            "delegation",
        )
    )
    other = new_id(
        cli("session", "add", "--meeting", str(meeting), "--label", "WS 2", "--title", "Other")
    )
    values = {
        "meeting": meeting,
        "session": session,
        "statement": statement,
        "other": other,
        "tmp": tmp_path,
    }
    args = [w.format(**values) for w in words]
    before = snapshot()
    result = cli(*args)
    assert result.code == 2
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("rapporteur-app")
    assert message in lines[0]
    assert "Traceback" not in result.err
    assert snapshot() == before
    assert not (tmp_path / "x.json").exists()


def test_the_console_script_and_python_m_both_run(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    script = Path(sys.executable).with_name("rapporteur-app")
    by_script = subprocess.run(
        [str(script), "meeting", "add", "--title", "Default DB"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert by_script.returncode == 0, by_script.stderr
    assert (tmp_path / "data" / "rapporteur-app" / "rapporteur.sqlite3").exists()
    by_module = subprocess.run(
        [sys.executable, "-m", "rapporteur_app", "meeting", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert by_module.returncode == 0, by_module.stderr
    assert [m["title"] for m in json.loads(by_module.stdout)] == ["Default DB"]
    usage = subprocess.run(
        [sys.executable, "-m", "rapporteur_app", "frobnicate"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert usage.returncode == 2 and len(usage.stderr.splitlines()) == 1


def test_a_home_folder_of_nobody_is_one_clear_message(cli) -> None:  # type: ignore[no-untyped-def]
    """Found by hypothesis: '~0' made Path.expanduser raise, shown as an internal error."""
    assert cli("meeting", "add", "--title", "M").code == 0
    assert cli("session", "add", "--meeting", "1", "--label", "WS 1", "--title", "T").code == 0
    for args in (
        ("backup", "restore", "~0"),
        ("session", "set-narrative", "--session", "1", "--file", "~nobody-here/x.txt"),
        ("export", "--meeting", "1", "--format", "pdf", "--out", "~nobody-here/x.pdf"),
    ):
        result = cli(*args)
        assert result.code == 2, (args, result.err)
        # On a PostgreSQL server there are no backup files to look for at all.
        assert "home folder of a user" in result.err or "kept for SQLite files" in result.err
