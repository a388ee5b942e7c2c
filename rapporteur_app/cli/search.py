"""search TEXT [--year Y] [--meeting ID] [--category C] [--organization ID]
[--addressee A] [--kind K] [--limit N] [--json]"""

import argparse

from rapporteur_app.cli.arguments import identifier, value
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.search import DEFAULT_LIMIT, SearchHit, SearchKind, SearchQuery
from rapporteur_app.domain.text import quoted

_MOST_RESULTS = 10_000


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 9999:
        raise InvalidInput(f"{quoted(text)} is not a year (1 to 9999).")
    return int(text)


def _limit(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= _MOST_RESULTS:
        raise InvalidInput(f"{quoted(text)} is not a number of results (1 to {_MOST_RESULTS}).")
    return int(text)


def _kind(text: str) -> SearchKind:
    try:
        return SearchKind(text.strip().lower())
    except ValueError:
        kinds = ", ".join(kind.value for kind in SearchKind)
        raise InvalidInput(f"{quoted(text)} is not a kind of text (one of {kinds}).") from None


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    search = commands.add_parser(
        "search",
        help="find words in every meeting's statements, recommendations, narratives,"
        " participants and organizations",
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help="the words to find (all of them)")
    search.add_argument("--year", type=value(_year), metavar="Y", help="meetings that start in Y")
    search.add_argument("--meeting", type=identifier, metavar="ID", help="this meeting only")
    search.add_argument("--category", type=value(Category.parse), metavar="CATEGORY")
    search.add_argument("--organization", type=identifier, metavar="ID",
                        help="spoken for, or made on behalf of, this organization")  # fmt: skip
    search.add_argument("--addressee", metavar="A", help="recommendations to A only")
    kinds = ", ".join(kind.value for kind in SearchKind)
    search.add_argument(
        "--kind", type=value(_kind), action="append", metavar="KIND",
        help=f"only this kind of text ({kinds}); may be repeated",
    )  # fmt: skip
    search.add_argument(
        "--limit", type=value(_limit), default=DEFAULT_LIMIT, metavar="N",
        help=f"at most N results, best first (default {DEFAULT_LIMIT})",
    )  # fmt: skip
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_search)


def _where(hit: SearchHit) -> str:
    parts: list[str] = []
    if hit.meeting_title:
        when = f" ({hit.meeting_start.isoformat()})" if hit.meeting_start else ""
        parts.append(hit.meeting_title + when)
    if hit.session_label:
        parts.append(hit.session_label)
    if hit.kind is SearchKind.STATEMENT and hit.statement_number is not None:
        parts.append(f"statement {hit.statement_number}")
    elif hit.kind is SearchKind.RECOMMENDATION and hit.statement_number is not None:
        parts.append(f"from statement {hit.statement_number}")
    return " · ".join(parts)


def _as_json(hit: SearchHit) -> dict[str, object]:
    return {
        "kind": hit.kind.value,
        "id": hit.row_id,
        "meeting": hit.meeting_id,
        "meeting_title": hit.meeting_title,
        "meeting_start": hit.meeting_start,
        "session": hit.session_id,
        "session_label": hit.session_label,
        "statement": hit.statement_id,
        "statement_number": hit.statement_number,
        "who": hit.who,
        "list": hit.list_name or None,
        "snippet": hit.snippet.text,
        "marks": [list(mark) for mark in hit.snippet.marks],
        "marked": hit.snippet.marked(),
        "score": round(hit.score, 6),
    }


def _search(args: argparse.Namespace) -> int:
    query = SearchQuery(
        " ".join(args.text),
        year=args.year,
        meeting_id=args.meeting,
        category=args.category,
        organization_id=args.organization,
        addressee=args.addressee,
        kinds=frozenset(args.kind or ()),
        limit=args.limit,
    ).checked()  # a query with no word is refused before the database is opened
    with services(args) as app:
        results = app.search.search(query)
    if args.json:
        print_json({"hits": [_as_json(hit) for hit in results.hits], "more": results.more})
        return 0
    if not results.hits:
        print("Nothing found.")
        return 0
    for number, hit in enumerate(results.hits, start=1):
        print(f"{number}. {hit.kind.value} {hit.row_id}: {_where(hit)}".rstrip(": "))
        if hit.who:
            print(f"   {hit.who}")
        print(f"   {hit.snippet.marked()}")
    if results.more:
        print(f"(more than {len(results.hits)} found: narrow the search or raise --limit)")
    return 0
