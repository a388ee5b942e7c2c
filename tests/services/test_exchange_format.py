"""The quick tests of a session's fields and of a recommendation (exchange_format.py)
never pass what the schema refuses: mutated sessions and recommendations, any JSON
in any field."""

from functools import cache
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapporteur_app.services import exchange
from rapporteur_app.services.exchange_format import recommendation_valid, session_fields_valid
from tests.services.test_exchange_stream import MUTATION, apply_mutations

SESSION: dict[str, Any] = {
    "uid": "b1", "rapport": {"state": "final", "version": 2, "finalized_at": "2026-01-01T10:00:00",
                             "author": "Ann"},
    "kind": "working-session", "label": "WS 1", "title": "Tolerance", "day": "2026-01-01",
    "start": "10:00", "end": "12:00:00", "room": "Neuer Saal", "moderator": "M",
    "rapporteur": "R", "background": "B", "narrative": "N", "documents": {"x": 1},
    "statement_limit_s": 180, "reply_limit_s": 60, "panel_limit_s": 600,
    "introducers": [{"name": "Ann", "function": "F", "organization": "O", "role": "keynote"}],
    "lists": {"findings": ["a", "b"], "priorities": []}, "statements": [],
    "recommendations": [{"addressee": "osce", "text": "Do more.", "from_statement": None,
                         "also_from_statements": [1, 2], "included": False}],
}  # fmt: skip


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = exchange.schema()
    return jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{name}"})


@pytest.fixture(scope="module")
def session_schema() -> jsonschema.Draft202012Validator:
    return _validator("session")


@pytest.fixture(scope="module")
def recommendation_schema() -> jsonschema.Draft202012Validator:
    return _validator("recommendation")


def test_the_sample_passes_both(
    session_schema: jsonschema.Draft202012Validator,
    recommendation_schema: jsonschema.Draft202012Validator,
) -> None:
    assert session_fields_valid(SESSION) and session_schema.is_valid(SESSION)
    recommendation = SESSION["recommendations"][0]
    assert recommendation_valid(recommendation) and recommendation_schema.is_valid(recommendation)


@settings(max_examples=500, deadline=None)
@given(plan=st.lists(MUTATION, min_size=1, max_size=3))
def test_the_quick_tests_never_pass_what_the_schema_refuses(
    plan: list[tuple[int, str, str, Any]],
) -> None:
    # The validators are not the test's arguments: Hypothesis would show their
    # whole schema with every example.
    session_schema, recommendation_schema = _validator("session"), _validator("recommendation")
    mutated = apply_mutations(SESSION, plan)
    if session_fields_valid(mutated):
        assert session_schema.is_valid(mutated), mutated
    recommendations = mutated.get("recommendations")
    for item in recommendations if isinstance(recommendations, list) else []:
        if recommendation_valid(item):
            assert recommendation_schema.is_valid(item), item
