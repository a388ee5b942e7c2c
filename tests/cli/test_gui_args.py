"""The GUI's own words are recognised without building the whole command line."""

import pytest

from rapporteur_app.cli.gui_args import GuiRequest, gui_request


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([], GuiRequest()),
        (["--db", "x.sqlite3"], GuiRequest("x.sqlite3")),
        (["--db=x.sqlite3", "gui"], GuiRequest("x.sqlite3")),
        (["gui", "--session", "4"], GuiRequest(None, 4)),
        (["gui", "--demo"], GuiRequest(None, None, True)),
        (["--db", "x", "gui", "--demo", "--session", "2"], GuiRequest("x", 2, True)),
        (["gui", "--session", "0"], None),
        (["gui", "--session", "abc"], None),
        (["gui", "--help"], None),
        (["meeting", "list"], None),
        (["--version"], None),
    ],
)
def test_gui_words(words: list[str], expected: GuiRequest | None) -> None:
    assert gui_request(words) == expected
