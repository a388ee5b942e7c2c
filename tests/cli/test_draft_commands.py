"""session draft and statement add --presentation: exit 0 / 2, one line on bad input."""

import json
from collections.abc import Callable

from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def _ok(result: CliResult) -> str:
    assert result.code == 0, result.err
    assert result.err == ""
    return result.out


def _session(cli: Cli) -> str:
    meeting = _ok(cli("meeting", "add", "--title", "SHDM")).strip()
    return _ok(
        cli("session", "add", "--meeting", meeting, "--label", "Working Session 1",
            "--title", "Child victims", "--moderator", "Valiant Richey, OSCE Co-ordinator")
    ).strip()  # fmt: skip


def test_session_draft_prints_the_draft_and_its_counts(cli: Cli) -> None:
    session = _session(cli)
    _ok(cli("statement", "add", "--session", session, "--speaker", "Valiant Richey",
            "--on-behalf-of", "OSCE", "--category", "osce-institution", "--presentation",
            "--notes", "Opened the floor to questions."))  # fmt: skip
    for org, notes in (("Austria", "Guardianship for every child."),
                       ("Malta", "Guardianship reforms were adopted."),
                       ("La Strada", "")):  # fmt: skip
        category = "civil-society" if org == "La Strada" else "delegation"
        _ok(cli("statement", "add", "--session", session, "--speaker", "X",
                "--on-behalf-of", org, "--category", category, "--notes", notes))  # fmt: skip
    text = _ok(cli("session", "draft", "--session", session))
    assert text.startswith("This session examined “Child victims”.")
    assert "Moderator Valiant Richey, the OSCE Co-ordinator, opened the floor to questions." in text
    assert "Delegations (2):" in text and "Also took the floor, without notes: La Strada." in text
    tally = json.loads(_ok(cli("tally", "--session", session, "--json")))
    assert tally["statements"] == 3  # the moderator's opening is not counted
    data = json.loads(_ok(cli("session", "draft", "--session", session, "--json",
                              "--language", "fr")))  # fmt: skip
    assert data["tally"] == tally
    assert data["text"].startswith("Cette séance a examiné le thème « Child victims ».")
    assert [p["role"] for p in data["panel"]] == ["moderator"]
    guardianship = [t for t in data["themes"] if t["phrase"].casefold() == "guardianship"]
    assert guardianship and guardianship[0]["statements"] == 2
    assert guardianship[0]["by_category"] == {"delegation": 2}


def test_session_draft_refuses_bad_input_in_one_line(cli: Cli) -> None:
    session = _session(cli)
    for args, words in (
        (("--session", "999"), "no session with id 999"),
        (("--session", "x"), "is not an id"),
        (("--session", session, "--language", "klingon"), "Unknown language 'klingon'"),
    ):
        result = cli("session", "draft", *args)
        assert result.code == 2 and result.out == ""
        assert words in result.err and len(result.err.strip().splitlines()) == 1
    both = cli("statement", "add", "--session", session, "--speaker", "A",
               "--on-behalf-of", "Austria", "--category", "delegation",
               "--presentation", "--right-of-reply")  # fmt: skip
    assert both.code == 2 and "not both" in both.err
