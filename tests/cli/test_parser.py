"""The parser built for one command's words is the whole parser for those words:
the table of commands is what each module registers, and the same words parse to
the same values (or the same error) either way."""

import argparse
import importlib

import pytest

from rapporteur_app.cli.parser import COMMAND_MODULES, Parser, build_parser, command_word


def _registered(module: str) -> set[str]:
    parser = Parser(prog="x")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    importlib.import_module(f"rapporteur_app.cli.{module}").register(commands)
    return set(commands.choices)


def test_the_table_is_what_each_module_registers() -> None:
    for module in set(COMMAND_MODULES.values()):
        named = {word for word, owner in COMMAND_MODULES.items() if owner == module}
        assert _registered(module) == named, module
    whole = build_parser()
    subparsers = next(a for a in whole._actions if isinstance(a, argparse._SubParsersAction))
    assert set(subparsers.choices) == {*COMMAND_MODULES, "gui"}


@pytest.mark.parametrize(
    ("words", "command"),
    [
        (["export", "--meeting", "1"], "export"),
        (["--db", "x.sqlite3", "export"], "export"),
        (["--db=x.sqlite3", "tally", "--session", "2"], "tally"),
        (["--db", "export", "tally"], "tally"),  # a file named export
        (["--help"], None),
        (["-h", "export"], None),
        (["--version"], None),
        (["expor"], None),
        (["--db"], None),
        ([], None),
        (["gui"], None),
    ],
)
def test_the_command_word(words: list[str], command: str | None) -> None:
    assert command_word(words) == command


WORDS = [
    ["--db", "f.sqlite3", "export", "--meeting", "3", "--format", "pdf", "--out", "r.pdf"],
    ["export", "--session", "2", "--format", "docx", "--out", "r.docx", "--language", "ru"],
    ["agenda", "export", "--meeting", "1", "--format", "pdf", "--out", "a.pdf"],
    ["tally", "--meeting", "1"],
    ["dump", "--meeting", "1", "--out", "m.json"],
    ["statement", "list", "--session", "4"],
    ["year", "report", "--year", "2026", "--format", "docx", "--out", "y.docx"],
    ["search", "Ukraine"],
]


def _parsed(words: list[str], parser: argparse.ArgumentParser) -> dict[str, object]:
    values = vars(parser.parse_args(words))
    # The handlers are the same functions either way.
    return {k: (v.__qualname__ if callable(v) else v) for k, v in values.items()}


@pytest.mark.parametrize("words", WORDS)
def test_one_commands_parser_parses_as_the_whole(words: list[str]) -> None:
    assert command_word(words) is not None
    assert _parsed(words, build_parser(words)) == _parsed(words, build_parser())


@pytest.mark.parametrize(
    "words",
    [
        ["export", "--meeting", "x", "--format", "pdf", "--out", "r.pdf"],
        ["export", "--meeting", "1", "--format", "odt", "--out", "r.odt"],
        ["tally"],
        ["export", "--help"],
    ],
)
def test_one_commands_parser_refuses_and_helps_as_the_whole(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    said = []
    for parser in (build_parser(words), build_parser()):
        with pytest.raises(SystemExit) as raised:
            parser.parse_args(words)
        captured = capsys.readouterr()
        said.append((raised.value.code, captured.out, captured.err))
    assert said[0] == said[1]
