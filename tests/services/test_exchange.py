"""The exchange file: a dump loads back as the same meeting; bad files write nothing."""

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import clean_line, clean_text
from rapporteur_app.services import exchange
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import demo_document


def _comparable(dump: dict[str, Any]) -> dict[str, Any]:
    """A dump without what a new copy must change: file time, statement ids, and the
    sessions' uids (a copy in the same database is another session: a new uid)."""
    data = json.loads(json.dumps(dump))
    data.pop("exported_at")
    for session in data["meeting"]["sessions"]:
        session.pop("uid", None)
        numbers = {s["id"]: n for n, s in enumerate(session["statements"], start=1)}
        for statement in session["statements"]:
            statement["id"] = numbers[statement["id"]]
            if statement["replying_to"] is not None:
                statement["replying_to"] = numbers[statement["replying_to"]]
        for rec in session["recommendations"]:
            if rec["from_statement"] is not None:
                rec["from_statement"] = numbers[rec["from_statement"]]
    return data


def test_a_dump_loads_back_as_the_same_meeting(services: Services, tmp_path: Path) -> None:
    original = services.exchange.load(demo_document(sessions=3, statements_per_session=9))
    first = services.exchange.dump(original.id)
    path = tmp_path / "meeting.json"
    exchange.write_file(first, path)
    copy = services.exchange.load(exchange.read_file(path))
    assert copy.id != original.id
    assert _comparable(services.exchange.dump(copy.id)) == _comparable(first)
    assert services.tally.for_meeting(copy.id) == services.tally.for_meeting(original.id)


def test_the_demo_document_follows_the_published_schema() -> None:
    exchange.check(demo_document())


def _count_rows(services: Services) -> int:
    return len(services.meetings.all())


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"version": 1, "meeting": {}}, "not a Rapporteur meeting file"),
        ({"format": "rapporteur-meeting", "version": 7, "meeting": {}}, "format version 7"),
        ({"format": "rapporteur-meeting", "version": 1}, "'meeting' is a required property"),
        (
            {
                "format": "rapporteur-meeting",
                "version": 1,
                "meeting": {
                    "title": "x",
                    "sessions": [
                        {
                            "label": "a",
                            "title": "b",
                            "statements": [
                                {"id": 1, "category": "delegation"},
                                {"id": 1, "category": "media"},
                            ],
                        }
                    ],
                },
            },
            "id 1 is used twice",
        ),
        (
            {
                "format": "rapporteur-meeting",
                "version": 1,
                "meeting": {
                    "title": "x",
                    "sessions": [
                        {
                            "label": "a",
                            "title": "b",
                            "statements": [{"id": 1, "category": "delegation"}],
                        },
                        {
                            "label": "c",
                            "title": "d",
                            "statements": [
                                {
                                    "id": 2,
                                    "category": "delegation",
                                    "kind": "right-of-reply",
                                    "replying_to": 1,
                                }
                            ],
                        },
                    ],
                },
            },
            "not in its session",
        ),
        (
            {
                "format": "rapporteur-meeting",
                "version": 1,
                "meeting": {"title": "x", "start": "2022-13-45", "sessions": []},
            },
            "is not a date",
        ),
        (
            {
                "format": "rapporteur-meeting",
                "version": 1,
                "meeting": {"title": "x", "sessions": [], "colour": "red"},
            },
            "Additional properties",
        ),
    ],
)
def test_bad_documents_are_refused_with_the_reason(
    services: Services, document: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.exchange.load(document)
    assert _count_rows(services) == 0


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"not valid JSON \(line 1"):
        exchange.read_file(broken)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"t": "Ö"}'.encode("latin-1"))
    with pytest.raises(InvalidInput, match="not a UTF-8 text file"):
        exchange.read_file(latin)
    with pytest.raises(InvalidInput, match="Cannot read"):
        exchange.read_file(tmp_path / "missing.json")


text_fields = st.text(max_size=80)


@given(title=text_fields, speaker=text_fields, notes=st.text(max_size=300), rec=text_fields)
def test_any_text_survives_the_round_trip_cleaned(
    services: Services, title: str, speaker: str, notes: str, rec: str
) -> None:
    document = {
        "format": "rapporteur-meeting",
        "version": 1,
        "meeting": {
            "title": title,
            "sessions": [
                {
                    "label": "WS 1",
                    "title": "T",
                    "statements": [
                        {
                            "id": 1,
                            "speaker": speaker,
                            "on_behalf_of": speaker,
                            "category": "civil-society",
                            "notes": notes,
                        }
                    ],
                    "recommendations": [{"addressee": "osce", "text": rec}],
                }
            ],
        },
    }
    if not clean_line(title) or not clean_text(rec).strip() or not title.strip():
        before = _count_rows(services)
        with pytest.raises(InvalidInput):
            services.exchange.load(document)
        assert _count_rows(services) == before
        return
    meeting = services.exchange.load(document)
    dumped = services.exchange.dump(meeting.id)["meeting"]
    assert dumped["title"] == clean_line(title)
    statement = dumped["sessions"][0]["statements"][0]
    assert statement["speaker"] == clean_line(speaker)
    assert statement["notes"] == clean_text(notes)
    assert dumped["sessions"][0]["recommendations"][0]["text"] == clean_text(rec).strip()
