"""organizations list | merge"""

import argparse

from rapporteur_app.cli.arguments import identifier, value
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table
from rapporteur_app.domain.kinds import Category


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser(
        "organizations", help="the reference lists and the organizations met so far"
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="list organizations: the 57 participating States, the 11 Partners, OSCE "
        "structures and international organizations shipped with the program, then the others",
    )
    listing.add_argument(
        "--category", type=value(Category.parse), metavar="|".join(c.value for c in Category)
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    merge = actions.add_parser(
        "merge", help="two spellings of one organization: keep the first, fold the second into it"
    )
    merge.add_argument("--keep", type=identifier, required=True, metavar="ID")
    merge.add_argument("--other", type=identifier, required=True, metavar="ID")
    merge.set_defaults(handler=_merge)


def _list(args: argparse.Namespace) -> int:
    with services(args) as app:
        listings = app.organizations.listing(args.category)
    if args.json:
        print_json([o.as_dict() for o in listings])
        return 0
    print_table(
        ["id", "name", "category", "group", "acronym"],
        [[str(o.id or ""), o.name, o.category.value, o.group, o.acronym] for o in listings],
    )
    return 0


def _merge(args: argparse.Namespace) -> int:
    with services(args) as app:
        kept = app.organizations.merge(args.keep, args.other)
    print(kept.id)
    return 0
