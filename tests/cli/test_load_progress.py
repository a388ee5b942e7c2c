"""`load --progress` says on stderr how many statements are written, session by
session, ending with all of them; without it (and not on a terminal) stderr stays
quiet, and stdout holds the new meeting's id alone either way. The file is checked
once, before the database is opened."""

import json
from pathlib import Path

import pytest

from rapporteur_app.services import exchange


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
    real_check = exchange.check
    monkeypatch.setattr(exchange, "check", lambda data: (checks.append(1), real_check(data)))
    loaded = cli("load", "--progress", str(path))
    assert loaded.code == 0, loaded.err
    assert loaded.out.strip().isdigit()
    lines = [line for line in loaded.err.splitlines() if line.startswith("Loading:")]
    assert lines == [
        "Loading: 3 of 5 statements written",
        "Loading: 5 of 5 statements written",
    ]
    assert checks == [1]  # checked once, not again inside the service

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
    assert "Loading" not in refused.err and "malformed" in refused.err
