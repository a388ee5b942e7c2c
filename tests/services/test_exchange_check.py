"""The quick check of an exchange file refuses exactly what jsonschema refuses, in the
same words: mutated files (a value replaced by any JSON, a key taken out or added,
anywhere in the document) get the same verdict from both paths."""

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services import exchange, exchange_check, exchange_format
from rapporteur_app.services.app_services import Services

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False, width=16)
    | st.sampled_from(["", "delegation", "right-of-reply", "10:00", "10:00:00", "10:0",
                       "10:00\n", "2026-01-01", "x" * 2001]) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=2),
    max_leaves=4,
)  # fmt: skip


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "m.sqlite3", backup=False)
        meeting = services.meetings.add("M")
        session = services.sessions.add(meeting.id, "WS 1", "T")
        first = services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
        services.statements.add(session.id, "Ivan", "Ruritania", Category.DELEGATION,
                                kind=StatementKind.RIGHT_OF_REPLY, replying_to=first.id,
                                notes="Replied.", anonymous=True)  # fmt: skip
        services.floor.count_only(session.id, Category.MEDIA)
        services.recommendations.add(session.id, "osce", "Do more.", statement_id=first.id)
        data = services.exchange.dump(meeting.id)
        services.close()
    return data


def _verdict(check: Any, data: dict[str, Any]) -> str | None:
    try:
        check(data)
    except InvalidInput as error:
        return str(error)
    return None


def _full(data: dict[str, Any]) -> None:
    """The path every file took before the quick one: all of it through jsonschema."""
    if data.get("format") != exchange.FORMAT:
        raise InvalidInput("This file is not a Rapporteur meeting file (its 'format' is missing).")
    exchange_check.check_schema(data)
    exchange_check._check_links(data)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*path, index))
    return found


@settings(max_examples=300)
@given(data=st.data())
def test_quick_and_full_checks_agree_on_mutated_files(
    document: dict[str, Any], data: st.DataObject
) -> None:
    mutated = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(mutated) if p]
        # Most mutations where the statements are: that is what the quick path tests itself.
        inside = [p for p in paths if "statements" in p] or paths
        path = data.draw(st.sampled_from(inside if data.draw(st.booleans()) else paths))
        parent: Any = mutated
        for step in path[:-1]:
            parent = parent[step]
        how = data.draw(st.sampled_from(["replace", "remove", "add"]))
        if how == "replace":
            parent[path[-1]] = data.draw(JSON)
        elif how == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["speaker", "kind", "extra", "start", "id"]))] = (
                data.draw(JSON)
            )
    assert _verdict(exchange.check, mutated) == _verdict(_full, mutated)


def test_the_quick_test_of_a_statement_never_passes_what_the_schema_refuses() -> None:
    import jsonschema

    schema = exchange.schema()
    statement_schema = {**schema, "$ref": "#/$defs/statement"}
    for key in ("required", "properties", "additionalProperties", "type"):
        statement_schema.pop(key, None)
    validator = jsonschema.Draft202012Validator(statement_schema)
    samples: list[object] = [
        {"id": 1, "category": "media"},
        {"id": 1.0, "category": "media"},
        {"id": True, "category": "media"},
        {"id": 1, "category": "media", "start": "10:00\n"},
        {"id": 1, "category": "media", "start": "1:00"},
        {"id": 1, "category": "media", "speaker": "x" * 2001},
        {"id": 1, "category": "media", "anonymous": 1},
        {"id": 1, "category": "media", "replying_to": None, "kind": "right-of-reply"},
        {"id": 1, "category": "Media"},
        {"id": 1},
        [],
    ]
    for sample in samples:
        if exchange_format.statement_valid(sample):
            assert validator.is_valid(sample), sample
