"""Hypothesis drives the command line with any text and any id: never a traceback,
every exit is 0 or 2, and a command that failed changed nothing."""

from hypothesis import given, settings
from hypothesis import strategies as st

TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
IDS = st.one_of(st.integers(-5, 10).map(str), TEXT, st.just("9" * 5000))
# --db and --out values that once made internal errors: names too long, not URLs,
# URLs of drivers that are not installed.
PLACES = st.one_of(
    TEXT,
    st.sampled_from(
        [
            "://",
            "mysql://u@h/db",
            "nonsense+x://h/db",
            "sqlite://",
            "a" * 300,
            "a" * 300 + "/db.sqlite3",
            "/dev/null",
            "/dev/full",
            "no/such/folder/db",
        ]
    ),
)
# What a file given to `load` may hold: deep nesting, huge numbers, any text.
LOADED = st.one_of(
    st.integers(1, 50_000).map(lambda n: "[" * n + "]" * n),
    st.just('{"format": "rapporteur-meeting", "version": ' + "9" * 5000 + "}"),
    st.just(
        '{"format": "rapporteur-meeting", "version": 1, "meeting": {"title": "x", '
        '"sessions": [{"statements": [{"id": ' + "9" * 5000 + "}]}]}}"
    ),
    TEXT,
)
COMMANDS = st.one_of(
    st.tuples(st.just("meeting"), st.just("add"), st.just("--title"), TEXT,
              st.just("--start"), TEXT),
    st.tuples(st.just("session"), st.just("add"), st.just("--meeting"), IDS, st.just("--label"),
              TEXT, st.just("--title"), TEXT, st.just("--start"), TEXT),
    st.tuples(st.just("statement"), st.just("add"), st.just("--session"), IDS,
              st.just("--speaker"), TEXT, st.just("--on-behalf-of"), TEXT,
              st.just("--category"), TEXT),
    st.tuples(st.just("recommendation"), st.just("add"), st.just("--session"), IDS,
              st.just("--to"), TEXT, st.just("--text"), TEXT),
    st.tuples(st.just("tally"), st.just("--session"), IDS),
    st.tuples(st.just("export"), st.just("--session"), IDS, st.just("--format"),
              st.sampled_from(["pdf", "docx", "odt", ""]), st.just("--out"), TEXT),
    st.tuples(st.just("statement"), st.just("list"), st.just("--session"), IDS),
    st.tuples(st.just("participants"), st.just("import"), st.just("--meeting"), IDS, TEXT),
    st.tuples(st.just("backup"), st.just("restore"), TEXT),
    st.tuples(st.just("--db"), PLACES, st.just("meeting"), st.just("list")),
    st.tuples(st.just("dump"), st.just("--meeting"), IDS, st.just("--out"), PLACES),
    st.tuples(st.just("load"), st.just("@file"), LOADED),
    st.tuples(st.just("search"), st.just("--"), TEXT),
    st.tuples(st.just("search"), st.just("--year"), TEXT, st.just("--meeting"), IDS,
              st.just("--addressee"), TEXT, st.just("--kind"), TEXT, st.just("x")),
    st.tuples(TEXT, TEXT),
)  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(command=COMMANDS)
def test_any_command_line(cli, snapshot, tmp_path, monkeypatch, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    # An --out of any text writes where the test stands: stand in a scratch folder.
    monkeypatch.chdir(tmp_path)
    if cli("meeting", "list").out.strip() == "":
        assert cli("meeting", "add", "--title", "Fixed meeting").code == 0
        assert cli("session", "add", "--meeting", "1", "--label", "WS 1", "--title", "T").code == 0
    before = snapshot()
    if command[:2] == ("load", "@file"):
        loaded = tmp_path / "loaded.json"
        loaded.write_text(command[2], encoding="utf-8")
        command = ("load", str(loaded))
    result = cli(*command)
    assert result.code in (0, 2), result.err
    assert "Traceback" not in result.err + result.out
    if result.code == 2:
        assert result.err.strip(), "a refusal says why"
        assert snapshot() == before
