"""Hypothesis drives the command line with any text and any id: never a traceback,
every exit is 0 or 2, and a command that failed changed nothing."""

from hypothesis import given, settings
from hypothesis import strategies as st

TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
IDS = st.one_of(st.integers(-5, 10).map(str), TEXT)
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
    result = cli(*command)
    assert result.code in (0, 2), result.err
    assert "Traceback" not in result.err + result.out
    if result.code == 2:
        assert result.err.strip(), "a refusal says why"
        assert snapshot() == before
