"""Quick tests of the exchange format's statements, session fields and recommendations.

Each passes only what the schema (resources/schemas/meeting-exchange-v3.schema.json,
``$defs/statement``, ``$defs/session`` without its statements and
``$defs/recommendation``) passes: a value it does not pass goes to jsonschema, which
has the last word. jsonschema costs some 5 ms a session and 1 ms a recommendation,
as much as a hundred statements' writing, and a load of a million statements would
pay it a million times. ``tests/services/test_exchange_format.py`` and
``tests/services/test_exchange_check.py`` hold the tests to the schema.
"""

from __future__ import annotations

import re

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.exchange_load_clock import plain_clock

_DATE = re.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_TIME = re.compile("^[0-9]{2}:[0-9]{2}(:[0-9]{2})?$")
LINE_MAX, TEXT_MAX = 2000, 1_000_000

_SESSION_KINDS = frozenset(("opening", "working-session", "panel", "working-group",
                            "side-event", "closing", "item"))  # fmt: skip
_ROLES = frozenset(("introducer", "panellist", "keynote"))
_LISTS = frozenset(("questions-for-discussion", "questions-raised", "priorities", "findings"))
_LINES = ("room", "moderator", "rapporteur")
_TEXTS = ("background", "narrative")
_LIMITS = ("statement_limit_s", "reply_limit_s", "panel_limit_s")
_SESSION_KEYS = frozenset(("kind", "label", "title", "day", "start", "end", *_LINES, *_TEXTS,
                           "documents", *_LIMITS, "introducers", "lists", "statements",
                           "recommendations", "uid", "rapport"))  # fmt: skip
_RECOMMENDATION_KEYS = frozenset(
    ("addressee", "text", "from_statement", "also_from_statements", "included")
)


def _string(value: object, longest: int, shortest: int = 0) -> bool:
    return type(value) is str and shortest <= len(value) <= longest


def _pattern_or_none(value: object, pattern: re.Pattern[str]) -> bool:
    return value is None or (type(value) is str and pattern.search(value) is not None)


def _introducer(item: object) -> bool:
    if type(item) is not dict or not {"name", "function", "organization", "role"}.issuperset(item):
        return False
    return (
        _string(item.get("name"), LINE_MAX, 1)
        and all(_string(item[k], LINE_MAX) for k in ("function", "organization") if k in item)
        and ("role" not in item or (type(item["role"]) is str and item["role"] in _ROLES))
    )


def _lists(value: object) -> bool:
    return (
        type(value) is dict
        and _LISTS.issuperset(value)
        and all(
            type(items) is list and all(_string(text, TEXT_MAX) for text in items)
            for items in value.values()
        )
    )


def _rapport(value: object) -> bool:
    if type(value) is not dict or not {"state", "version", "finalized_at", "author"}.issuperset(
        value
    ):
        return False
    version = value.get("version")
    return (
        value.get("state") in ("draft", "final")
        and type(version) is int
        and 0 <= version <= 1_000_000
        and ("finalized_at" not in value or _string(value["finalized_at"], 64))
        and ("author" not in value or _string(value["author"], LINE_MAX))
    )


def session_fields_valid(fields: object) -> bool:
    """A session's fields (its statements left out, or an empty list) pass the schema."""
    if type(fields) is not dict or not _SESSION_KEYS.issuperset(fields):
        return False
    get = fields.get
    if not (_string(get("label"), LINE_MAX, 1) and _string(get("title"), LINE_MAX, 1)):
        return False
    if "kind" in fields and not (type(get("kind")) is str and get("kind") in _SESSION_KINDS):
        return False
    if "day" in fields and not _pattern_or_none(get("day"), _DATE):
        return False
    if any(k in fields and not _pattern_or_none(fields[k], _TIME) for k in ("start", "end")):
        return False
    if any(k in fields and not _string(fields[k], LINE_MAX) for k in _LINES):
        return False
    if any(k in fields and not _string(fields[k], TEXT_MAX) for k in _TEXTS):
        return False
    if "documents" in fields and type(get("documents")) is not dict:
        return False
    for key in _LIMITS:
        if key in fields:
            value = fields[key]
            if type(value) is not int or not 1 <= value <= 86400:
                return False
    introducers = get("introducers", [])
    if type(introducers) is not list or not all(map(_introducer, introducers)):
        return False
    if "lists" in fields and not _lists(get("lists")):
        return False
    if "statements" in fields and get("statements") != []:
        return False
    recommendations = get("recommendations", [])
    if type(recommendations) is not list or not all(map(recommendation_valid, recommendations)):
        return False
    if "uid" in fields and not _string(get("uid"), 64, 1):
        return False
    return "rapport" not in fields or _rapport(get("rapport"))


def recommendation_valid(item: object) -> bool:
    """One recommendation passes the schema."""
    if type(item) is not dict or not _RECOMMENDATION_KEYS.issuperset(item):
        return False
    get = item.get
    source = get("from_statement")
    also = get("also_from_statements", [])
    return (
        _string(get("addressee"), LINE_MAX, 1)
        and _string(get("text"), TEXT_MAX, 1)
        and (source is None or type(source) is int)
        and type(also) is list
        and all(type(other) is int for other in also)
        and ("included" not in item or type(get("included")) is bool)
    )


# The statement of the schema ($defs/statement), tested by hand: a statement that
# passes here passes the schema (tests hold it); a doubtful one goes to jsonschema.
_CATEGORIES = frozenset(c.value for c in Category)
_KINDS = frozenset(k.value for k in StatementKind)


def statement_valid(item: object) -> bool:
    """Whether ``item`` passes the schema's statement, tested by hand: each member once
    (a load of a million statements calls this a million times)."""
    if type(item) is not dict:
        return False
    if item.keys() == _EVERY_MEMBER:
        return _every_member_valid(item)
    return _members_valid(item)


def _members_valid(item: dict[str, object]) -> bool:
    """:func:`statement_valid` of a statement of any members, one at a time."""
    category = item.get("category")
    if type(item.get("id")) is not int or type(category) is not str:
        return False
    if category not in _CATEGORIES:
        return False
    for key, value in item.items():
        longest = _STRINGS.get(key)
        if longest is not None:
            if type(value) is not str or len(value) > longest:
                return False
        elif key in {"start", "end"}:
            if value is not None and (
                type(value) is not str
                or (plain_clock(value) is None and _TIME.search(value) is None)
            ):
                return False
        elif key == "kind":
            if type(value) is not str or value not in _KINDS:
                return False
        elif key == "anonymous":
            if type(value) is not bool:
                return False
        elif key == "replying_to":
            if value is not None and type(value) is not int:
                return False
        elif key == "cosignatories":
            if not _names(value):
                return False
        elif key not in {"id", "category"}:
            return False
    return True


# The members a dump writes in every statement. A statement with these members and no
# other (nearly all) is tested without a loop over its members: each member's test in
# one expression, the same tests as the loop's (tests hold the two alike).
_EVERY_MEMBER = frozenset(("id", "speaker", "on_behalf_of", "category", "kind", "replying_to",
                           "start", "end", "notes", "anonymous", "anonymous_description",
                           "cosignatories"))  # fmt: skip


def _every_member_valid(item: dict[str, object]) -> bool:
    category, kind = item["category"], item["kind"]
    speaker, on_behalf_of = item["speaker"], item["on_behalf_of"]
    description, notes = item["anonymous_description"], item["notes"]
    start, end, reply = item["start"], item["end"], item["replying_to"]
    names = item["cosignatories"]
    return (
        type(item["id"]) is int
        and type(category) is str
        and category in _CATEGORIES
        and type(kind) is str
        and kind in _KINDS
        and type(speaker) is str
        and len(speaker) <= LINE_MAX
        and type(on_behalf_of) is str
        and len(on_behalf_of) <= LINE_MAX
        and type(description) is str
        and len(description) <= LINE_MAX
        and type(notes) is str
        and len(notes) <= TEXT_MAX
        and type(item["anonymous"]) is bool
        and (reply is None or type(reply) is int)
        and (start is None or _clock(start))
        and (end is None or _clock(end))
        and ((type(names) is list and not names) or _names(names))
    )


def _clock(value: object) -> bool:
    return type(value) is str and (
        plain_clock(value) is not None or _TIME.search(value) is not None
    )


# The string members of a statement and their longest length.
_STRINGS = {"speaker": LINE_MAX, "on_behalf_of": LINE_MAX, "anonymous_description": LINE_MAX,
            "notes": TEXT_MAX}  # fmt: skip


def _names(value: object) -> bool:
    return (
        type(value) is list
        and len(value) <= 500
        and all(_string(name, LINE_MAX, 1) for name in value)
    )
