"""Exports and dumps write regular files only, readable by the user alone; the dump
says it keeps anonymous names and has a redacted form; the log carries no user data,
stays private after a rollover, and a full log disk never breaks a command."""

import json
import logging
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from rapporteur_app.app import setup_logging
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.reliability.conftest import PYTHON, child_environment

SECRET = "Anna Weiß"


def _meeting(services: Services) -> tuple[int, int]:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(
        session.id, SECRET, "Survivors' Network", Category.CIVIL_SOCIETY, anonymous=True,
        anonymous_description="a survivor", notes=f"{SECRET} spoke of her case.",
    )  # fmt: skip
    services.recommendations.add(session.id, "osce", f"Listen to {SECRET}.")
    return meeting.id, session.id


def _exports(meeting_id: int, session_id: int, out: Path) -> list[list[str]]:
    return [
        ["dump", "--meeting", str(meeting_id), "--out", str(out)],
        ["statement", "export", "--session", str(session_id), "--format", "csv", "--out", str(out)],
        ["export", "--session", str(session_id), "--format", "pdf", "--out", str(out)],
    ]


@pytest.mark.parametrize("kind", ["symlink to a fifo", "fifo", "folder", "device"])
def test_exports_and_dumps_refuse_what_is_not_a_regular_file(
    services: Services,
    tmp_path: Path,
    kind: str,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    meeting_id, session_id = _meeting(services)
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "device":
        target = Path("/dev/null")
    else:
        os.mkfifo(tmp_path / "pipe")
        target.symlink_to(tmp_path / "pipe")
    before = target.lstat()
    for command in _exports(meeting_id, session_id, target):
        result = cli(*command)
        assert result.code == 2, (command, result.err)
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
        assert "not a regular file" in result.err or "is a folder" in result.err
        after = target.lstat()
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_a_symlink_is_followed_to_the_file_it_names(
    services: Services,
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    meeting_id, session_id = _meeting(services)
    real = tmp_path / "real.out"
    real.write_text("old")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    for command in _exports(meeting_id, session_id, link):
        result = cli(*command)
        assert result.code == 0, result.err
        assert link.is_symlink() and link.resolve() == real
        assert real.read_bytes() != b"old"


def test_dumps_and_exports_are_private_and_the_dump_says_what_it_keeps(
    services: Services,
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    meeting_id, session_id = _meeting(services)
    for index, command in enumerate(_exports(meeting_id, session_id, tmp_path / "x")):
        out = tmp_path / f"new-{index}"
        command[command.index(str(tmp_path / "x"))] = str(out)
        result = cli(*command)
        assert result.code == 0, result.err
        assert out.stat().st_mode & 0o777 == 0o600, command
        if command[0] == "dump":
            assert "keeps the names of 1 anonymous" in result.err
            assert "--redacted" in result.err
            assert SECRET in out.read_text("utf-8")
    redacted = tmp_path / "redacted.json"
    result = cli("dump", "--meeting", str(meeting_id), "--out", str(redacted), "--redacted")
    assert result.code == 0 and result.err == ""
    content = redacted.read_text("utf-8")
    assert SECRET not in content and "a survivor" in content
    assert json.loads(content)["meeting"]["sessions"][0]["statements"][0]["speaker"] == (
        "a survivor"
    )
    loaded = cli("load", str(redacted))
    assert loaded.code == 0, loaded.err


@pytest.mark.both_engines
def test_a_failed_write_logs_no_values(services: Services) -> None:
    """On both engines (on the test run's own PostgreSQL server too): a write
    that fails, logged with its traceback as an internal error is, leaves no value
    in the log: neither SQLAlchemy's parameters nor PostgreSQL's row details."""
    log_file = setup_logging()
    with pytest.raises(Exception) as failed, services.db.writing() as session:
        for _ in range(2):  # the second breaks the key (and on PostgreSQL, NOT NULL)
            session.execute(
                text("INSERT INTO meetings (id, title) VALUES (:id, :title)"),
                {"id": 1, "title": SECRET},
            )
    assert "hidden" in str(failed.value) or "parameters" not in str(failed.value)
    try:
        raise failed.value
    except Exception:
        logging.getLogger("rapporteur_app.cli").exception("internal error in statement")
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text("utf-8")
    assert "internal error in statement" in logged and type(failed.value).__name__ in logged
    assert SECRET not in logged


def test_every_log_file_is_private_after_a_rollover() -> None:
    path = setup_logging()
    log = logging.getLogger("rapporteur_app.test")
    for _ in range(2_300):
        log.info("%s", "x" * 1_000)  # past the 2 MB rollover
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = sorted(path.parent.glob("rapporteur.log*"))
    assert len(files) >= 2
    for file in files:
        assert file.stat().st_mode & 0o777 == 0o600, file.name


@pytest.mark.timeout(60)
def test_a_full_log_disk_never_breaks_a_command(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    result = subprocess.run(  # noqa: PLW1510 - the exit code is the point
        [PYTHON, "-m", "rapporteur_app", "--db", str(database), "meeting", "add", "--title", "M"],
        env=child_environment(RAPPORTEUR_LOG="/dev/full"),  # every write: "no space left"
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == "1"
