"""The checks the streaming load (:mod:`exchange_load`) makes as the file is read,
piece by piece: the document's and each session's fields, a session's
recommendations, the statement ids met so far, and where a recommendation's
statements are.

A piece that fails them is not refused here: the load raises :class:`Doubt`, rolls
back and reads the file whole (:func:`exchange_check.check` then names the
problem). Apart from the load itself so that its loop reads as what it writes.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_left
from functools import cache
from typing import Any

from rapporteur_app.services.exchange_file import Json, schema
from rapporteur_app.services.exchange_format import recommendation_valid, session_fields_valid
from rapporteur_app.services.exchange_reader import Doubt


@cache
def _validators() -> tuple[Any, Any, Any]:
    """(the document with its sessions left out, one session with its statements left
    out, a session's recommendations): together, the schema that :func:`exchange_check.check`
    runs on its skeleton."""
    import jsonschema

    whole = schema()
    head = json.loads(json.dumps(whole))
    head["$defs"]["meeting"]["properties"]["sessions"] = {"type": "array"}
    defs = whole["$defs"]
    session = {"$defs": defs, "$ref": "#/$defs/session"}
    recommendations = {"$defs": defs, **defs["session"]["properties"]["recommendations"]}
    head_check, session_check, recommendations_check = (
        jsonschema.Draft202012Validator(part) for part in (head, session, recommendations)
    )
    return head_check, session_check, recommendations_check


def head_valid(document: Json) -> bool:
    """The document with its sessions left out passes the schema."""
    return bool(_validators()[0].is_valid(document))


def session_valid(fields: Json) -> bool:
    return session_fields_valid(fields) or bool(_validators()[1].is_valid(fields))


def recommendations_valid(items: object) -> bool:
    quick = type(items) is list and all(map(recommendation_valid, items))
    return quick or bool(_validators()[2].is_valid(items))


class StatementIds:
    """The statement ids met so far, in little memory: a dump gives them rising, and
    rising ids are kept in an array of machine integers (8 bytes each; a set of a
    million Python ints is some 60 MB); the others in a set."""

    def __init__(self) -> None:
        self._rising = array("q")
        self._others: set[int] = set()

    def first_time(self, number: int) -> bool:
        rising = self._rising
        if _SMALLEST <= number <= _LARGEST and (not rising or number > rising[-1]):
            if number in self._others:
                return False
            rising.append(number)
            return True
        at = bisect_left(rising, number)
        if (at < len(rising) and rising[at] == number) or number in self._others:
            return False
        self._others.add(number)
        return True


_SMALLEST, _LARGEST = -(2**63), 2**63 - 1


def check_sources(tail: Json, new_ids: dict[int, int]) -> None:
    """A session's recommendations come from its own statements (``new_ids``), read
    before them; else a doubt, and the whole-document check words the refusal."""
    for recommendation in tail.get("recommendations", []):
        source = recommendation.get("from_statement")
        if source is not None and source not in new_ids:
            raise Doubt("a recommendation from another session")
        if any(other not in new_ids for other in recommendation.get("also_from_statements", [])):
            raise Doubt("a recommendation also heard in another session")
