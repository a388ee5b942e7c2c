"""`load --progress` and `dump --progress` say on stderr how many statements are
written, session by session, ending with all of them; without it (and not on a
terminal) stderr stays quiet, and stdout holds the new meeting's id alone either
way. A well-formed file is read as it is written, never whole, and not checked by
the whole-document check at all; a malformed one is refused with nothing written."""

import json
from pathlib import Path

import pytest

from rapporteur_app.services import exchange_check, exchange_file


def _file(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    assert cli("meeting", "add", "--title", "Human Dimension Meeting").code == 0
    for label in ("WS 1", "WS 2"):
        assert cli("session", "add", "--meeting", "1", "--label", label, "--title", "T").code == 0
    for session, count in (("1", 3), ("2", 2)):
        for _ in range(count):
            added = cli("statement", "add", "--session", session, "--speaker", "Anna",
                        "--on-behalf-of", "Norway", "--category", "delegation")  # fmt: skip
            assert added.code == 0, added.err
    out = tmp_path / "meeting.json"
    assert cli("dump", "--meeting", "1", "--out", str(out)).code == 0
    return out


def test_progress_is_said_on_stderr_when_asked(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = _file(cli, tmp_path)
    checks: list[int] = []
    # Patched where the load looks them up (exchange_load's fallback calls
    # exchange_check.check and exchange_file.read_file).
    real_check = exchange_check.check
    monkeypatch.setattr(exchange_check, "check", lambda data: (checks.append(1), real_check(data)))
    reads: list[int] = []
    real_read = exchange_file.read_file
    monkeypatch.setattr(exchange_file, "read_file", lambda p: (reads.append(1), real_read(p))[1])
    loaded = cli("load", "--progress", str(path))
    assert loaded.code == 0, loaded.err
    assert loaded.out.strip().isdigit()
    lines = [line for line in loaded.err.splitlines() if line.startswith("Loading:")]
    assert len(lines) == 2
    assert lines[0].startswith("Loading: 3 statements written (")
    assert lines[1] == "Loading: 5 statements written (100% of the file read)"
    assert checks == [] and reads == []  # streamed: never read whole, never checked whole

    quiet = cli("load", str(path))
    assert quiet.code == 0 and quiet.out.strip().isdigit()
    assert "Loading" not in quiet.err


def test_a_malformed_file_is_still_refused_with_progress_asked(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _file(cli, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meeting"]["sessions"][0]["statements"][0]["category"] = "aliens"
    path.write_text(json.dumps(data), encoding="utf-8")
    refused = cli("load", "--progress", str(path))
    assert refused.code != 0
    assert "malformed" in refused.err
    assert cli("meeting", "list").out.count("Human Dimension Meeting") == 1  # nothing written


def test_dump_says_its_progress_when_asked(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _file(cli, tmp_path)
    again = tmp_path / "again.json"
    dumped = cli("dump", "--meeting", "1", "--out", str(again), "--progress")
    assert dumped.code == 0, dumped.err
    lines = [line for line in dumped.err.splitlines() if line.startswith("Dumping:")]
    assert lines == [
        "Dumping: 3 of 5 statements written",
        "Dumping: 5 of 5 statements written",
    ]
    assert (
        json.loads(again.read_text("utf-8"))["meeting"]
        == json.loads(path.read_text("utf-8"))["meeting"]
    )
    quiet = cli("dump", "--meeting", "1", "--out", str(again))
    assert quiet.code == 0 and "Dumping" not in quiet.err
