"""The journal of changes kept while the server is away (services/journal.py): in order,
durable line by line, folded, and resumed after what was written when a drain stops."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput, ServerAway
from rapporteur_app.services.journal import Entry, Journal


class Server:
    """Stands for the server: applies entries, or is away from the ``away_at``-th on."""

    def __init__(self) -> None:
        self.applied: list[Entry] = []
        self.away_at: int | None = None

    def apply(self, entry: Entry) -> None:
        if self.away_at is not None and len(self.applied) >= self.away_at:
            raise ServerAway("The database server cannot be reached")
        if entry.get("refuse"):
            raise InvalidInput("There is no statement 9.")
        self.applied.append(entry)


def _notes(statement: int, text: str) -> Entry:
    return {"op": "notes", "statement": statement, "notes": text}


def test_changes_are_written_in_order_and_a_stopped_drain_resumes_after_what_it_wrote(
    tmp_path: Path,
) -> None:
    server = Server()
    journal = Journal(tmp_path / "waiting.jsonl", server.apply)
    kept = [
        _notes(1, "A"),
        {"op": "statement", "speaker": "Ingrid"},
        _notes(1, "A, then B"),  # the first save of statement 1 is folded into this one
        _notes(2, "C"),
        {"op": "statement", "speaker": "Boris"},
    ]
    for entry in kept:
        journal.keep(entry)
    journal.close()
    assert journal.waiting == 5
    server.away_at = 2
    assert journal.write_waiting() is False
    assert server.applied == [kept[1], kept[2]]
    # Another program (the writer was killed) opens the same journal.
    again = Journal(tmp_path / "waiting.jsonl", server.apply)
    assert again.waiting == 2
    server.away_at = None
    assert again.write_waiting() is True
    assert server.applied == [kept[1], kept[2], kept[3], kept[4]]
    assert again.waiting == 0 and not (tmp_path / "waiting.jsonl").exists()


def test_a_torn_last_line_is_left_out_and_a_refused_change_is_set_aside(tmp_path: Path) -> None:
    server = Server()
    path = tmp_path / "waiting.jsonl"
    journal = Journal(path, server.apply)
    journal.keep({"op": "notes", "statement": 9, "notes": "gone", "refuse": True})
    journal.keep(_notes(1, "kept"))
    journal.close()
    with path.open("a") as file:
        file.write('{"op": "notes", "statem')  # the program was killed as it wrote
    again = Journal(path, server.apply)
    assert again.waiting == 2
    assert again.write_waiting() is True
    assert server.applied == [_notes(1, "kept")]
    refused = (tmp_path / "waiting.refused.jsonl").read_text()
    assert '"gone"' in refused and "There is no statement 9." in refused


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_typed_comes_back_as_it_was(tmp_path_factory: object, texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("journal")  # type: ignore[attr-defined]
    server = Server()
    journal = Journal(folder / "waiting.jsonl", server.apply)
    for number, text in enumerate(texts):
        journal.keep(_notes(number, text))
    journal.close()
    assert journal.write_waiting() is True
    assert [e["notes"] for e in server.applied] == texts
