"""recommendation add | list | accept-addressee | merge-duplicates"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table
from rapporteur_app.domain.kinds import KNOWN_ADDRESSEES

if TYPE_CHECKING:  # the review's module is imported when a review is asked for
    from rapporteur_app.domain.draft.review import RecommendationReview


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "recommendation", help="add, list and tidy the recommendations made in a session"
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a recommendation; prints its id")
    add.add_argument("--session", type=identifier, required=True, metavar="ID")
    add.add_argument(
        "--to",
        required=True,
        metavar="ADDRESSEE",
        help=f"{', '.join(KNOWN_ADDRESSEES)}, or any other text (shown as written)",
    )
    add.add_argument("--text", required=True)
    add.add_argument(
        "--from",
        dest="source",
        type=identifier,
        metavar="STATEMENT_ID",
        help="the statement it was made in",
    )
    add.set_defaults(handler=_add)

    listing = actions.add_parser(
        "list",
        help="a session's recommendations with who made each, the addressee their words "
        "propose and the groups of near-duplicates (nothing is changed)",
    )
    listing.add_argument("--session", type=identifier, required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    accept = actions.add_parser(
        "accept-addressee", help="give a recommendation the addressee its words propose"
    )
    accept.add_argument("--id", type=identifier, required=True, metavar="ID")
    accept.set_defaults(handler=_accept)

    merge = actions.add_parser(
        "merge-duplicates",
        help="keep one recommendation's wording; the others go, every source statement stays",
    )
    merge.add_argument("--keep", type=identifier, required=True, metavar="ID")
    merge.add_argument(
        "--other", type=identifier, required=True, action="append", metavar="ID",
        help="a duplicate to merge into it (repeat for several)",
    )  # fmt: skip
    merge.set_defaults(handler=_merge)


def _add(args: argparse.Namespace) -> int:
    with services(args) as app:
        recommendation = app.recommendations.add(
            args.session, args.to, args.text, statement_id=args.source
        )
    print(recommendation.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    with services(args) as app:
        review = app.recommendation_review.review(args.session)
    if args.json:
        print_json(_review_json(review))
        return 0
    group_of = {rid: n for n, group in enumerate(review.duplicate_groups, start=1) for rid in group}
    print_table(
        ["id", "to", "proposed", "duplicates", "made by", "text"],
        [
            (
                item.recommendation.id,
                item.recommendation.addressee,
                item.proposal.addressee if item.proposal else "",
                f"group {group_of[item.recommendation.id]}"
                if item.recommendation.id in group_of
                else "",
                item.made_by,
                item.recommendation.text,
            )
            for item in review.items
        ],
    )
    return 0


def _review_json(review: RecommendationReview) -> dict[str, object]:
    return {
        "recommendations": [
            {
                "id": item.recommendation.id,
                "addressee": item.recommendation.addressee,
                "text": item.recommendation.text,
                "included": item.recommendation.included,
                "from_statements": [
                    {"statement_id": s.statement_id, "who": s.who} for s in item.sources
                ],
                "proposed_addressee": (
                    None
                    if item.proposal is None
                    else {"addressee": item.proposal.addressee, "because": item.proposal.because}
                ),
            }
            for item in review.items
        ],
        "duplicate_groups": [list(group) for group in review.duplicate_groups],
    }


def _accept(args: argparse.Namespace) -> int:
    with services(args) as app:
        recommendation = app.recommendation_review.accept_addressee(args.id)
    print(recommendation.addressee)
    return 0


def _merge(args: argparse.Namespace) -> int:
    with services(args) as app:
        kept = app.recommendation_review.merge_duplicates(args.keep, args.other)
    print(kept.id)
    return 0
