"""The command line files organizations through the same resolver as the console."""

import json
from collections.abc import Callable

from rapporteur_app.services.app_services import Services
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def _id(result: CliResult) -> int:
    assert result.code == 0, result.err
    return int(result.out.strip())


def test_statement_add_needs_no_category_for_a_known_organization(
    cli: Cli, services: Services
) -> None:
    meeting = _id(cli("meeting", "add", "--title", "HDM"))
    session = _id(
        cli("session", "add", "--meeting", str(meeting), "--label", "WS 1", "--title", "T")
    )
    # Logged from the console as "Austria" …
    services.statements.add(session, "E. Gruber", "Austria")
    # … and from the command line in Russian, with no --category: one organization.
    _id(cli("statement", "add", "--session", str(session), "--speaker", "О. Петрова",
            "--on-behalf-of", "Австрия"))  # fmt: skip
    listed = json.loads(cli("statement", "list", "--session", str(session), "--json").out)
    assert [(s["on_behalf_of"], s["category"]) for s in listed] == [
        ("Austria", "delegation"), ("Austria", "delegation"),
    ]  # fmt: skip
    assert len({s.organization_id for s in services.statements.of_session(session)}) == 1
    refused = cli("statement", "add", "--session", str(session), "--speaker", "X",
                  "--on-behalf-of", "Some New NGO")  # fmt: skip
    assert refused.code == 2 and "give its category" in refused.err
    assert len(services.statements.of_session(session)) == 2
