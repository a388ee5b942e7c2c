"""rapporteur-app search: people's output, JSON, filters, and bad input in one line."""

import json

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import CliResult


def _new_id(result: CliResult) -> int:
    assert result.code == 0, result.err
    return int(result.out.strip())


def _meetings(cli) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids: dict[str, int] = {}
    for name, title, start, notes, to, text in (
        ("a", "Konferenz in Wien", "2022-03-01", "Die Straße der Pressefreiheit",
         "osce", "Schützt die Größe der Straße"),
        ("b", "Совещание в Варшаве", "2023-10-02", "Выборы и наблюдатели; Ёлкино",
         "participating States", "Наблюдать за выборами"),
    ):  # fmt: skip
        meeting = _new_id(cli("meeting", "add", "--title", title, "--start", start))
        session = _new_id(cli("session", "add", "--meeting", str(meeting), "--label", "1",
                              "--title", "Eröffnung"))  # fmt: skip
        statement = _new_id(cli("statement", "add", "--session", str(session), "--speaker",
                                "Ms A", "--on-behalf-of", "Austria", "--category", "delegation",
                                "--notes", notes))  # fmt: skip
        recommendation = cli("recommendation", "add", "--session", str(session), "--to", to,
                             "--text", text, "--from", str(statement))  # fmt: skip
        assert recommendation.code == 0, recommendation.err
        ids[name], ids[f"{name}_statement"] = meeting, statement
    return ids


def test_search_prints_where_each_hit_is(cli) -> None:  # type: ignore[no-untyped-def]
    ids = _meetings(cli)
    result = cli("search", "strasse")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("1. ") and "Konferenz in Wien (2022-03-01) · 1 Eröffnung" in lines[0]
    assert "[Straße]" in result.out and "[Größe]" not in result.out
    found = json.loads(cli("search", "ЕЛКИНО", "--json").out)
    assert [(h["kind"], h["id"], h["meeting"]) for h in found["hits"]] == [
        ("statement", ids["b_statement"], ids["b"])
    ]
    assert found["hits"][0]["marked"] == "Выборы и наблюдатели; [Ёлкино]"
    assert found["more"] is False


def test_the_filters_of_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    ids = _meetings(cli)

    def kinds(*args: str) -> list[tuple[str, int | None]]:
        result = cli("search", *args, "--json")
        assert result.code == 0, result.err
        return sorted((h["kind"], h["meeting"]) for h in json.loads(result.out)["hits"])

    assert kinds("eröffnung") == [("session", ids["a"]), ("session", ids["b"])]
    assert kinds("eroffnung", "--year", "2023") == [("session", ids["b"])]
    assert kinds("eroffnung", "--meeting", str(ids["a"])) == [("session", ids["a"])]
    assert kinds("выбор", "--addressee", "pS") == [("recommendation", ids["b"])]
    assert kinds("выбор", "--kind", "statement") == [("statement", ids["b"])]
    assert cli("search", "nowhere").out == "Nothing found.\n"


def test_bad_input_is_one_line_and_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    for args in (("--", '"*()'), ("x", "--year", "twenty"), ("x", "--meeting", "0"),
                 ("x", "--kind", "novel"), ("x", "--limit", "0"), ("--", "-"),
                 ("x", "--category", "aliens")):  # fmt: skip
        result = cli("search", *args)
        assert result.code == 2, (args, result)
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40))
def test_any_text_searches_or_says_why_not(cli, text: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("search", "--", text)
    assert result.code in (0, 2), result
    if result.code == 2:
        assert "Type a word" in result.err and len(result.err.strip().splitlines()) == 1
