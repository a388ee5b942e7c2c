"""A year of an office, built through the services: a conference and a meeting with
sessions, statements and recommendations repeated across them, a country visit and
a workshop without sessions, and an event of the next year."""

from dataclasses import dataclass
from datetime import date

from rapporteur_app.domain.kinds import CATEGORY_ORDER, StatementKind
from rapporteur_app.domain.year import EventKind
from rapporteur_app.services.app_services import Services

D, C, O, I, M = CATEGORY_ORDER  # noqa: E741 (the five categories' initials)


@dataclass
class Year:
    conference: int
    meeting: int
    visit: int
    workshop: int
    # recommendation ids
    april_states: int
    april_osce: int
    september_states: int
    september_new: int


def build_year(services: Services) -> Year:
    conference = services.meetings.add(
        "Alliance against Trafficking in Persons Conference", "Vienna",
        date(2016, 4, 11), date(2016, 4, 12), kind=EventKind.CONFERENCE,
    )  # fmt: skip
    ws1 = services.sessions.add(conference.id, "Panel 1", "Forced criminality")
    ws2 = services.sessions.add(conference.id, "Panel 2", "Non-punishment")
    for who, org, cat in [("A", "Austria", D), ("B", "Austria", D), ("C", "La Strada", C),
                          ("D", "UNODC", I)]:  # fmt: skip
        services.statements.add(ws1.id, who, org, cat)
    services.statements.add(ws2.id, "E", "Germany", D)
    services.statements.add(ws2.id, "F", "ODIHR", O)
    services.statements.add(ws2.id, "G", "Germany", D, kind=StatementKind.RIGHT_OF_REPLY)
    services.statements.add(ws2.id, "Anna", "", C, anonymous=True)
    services.statements.add(ws2.id, "Panellist", "IOM", I, kind=StatementKind.PRESENTATION)
    april_states = services.recommendations.add(
        ws1.id, "participating-states", "Apply the non-punishment principle in law and practice"
    )
    april_osce = services.recommendations.add(
        ws2.id, "osce", "Train judges on trafficking for forced criminality"
    )
    services.recommendations.add(ws2.id, "osce", "Left out of the rapport", included=False)
    visit = services.meetings.add(
        "Country visit to Armenia", "Yerevan", date(2016, 6, 6), date(2016, 6, 9),
        kind=EventKind.COUNTRY_VISIT,
    )  # fmt: skip
    workshop = services.meetings.add(
        "Workshop on government procurement", "London", date(2016, 9, 20),
        kind=EventKind.WORKSHOP,
    )  # fmt: skip
    meeting = services.meetings.add(
        "Supplementary Human Dimension Meeting", "Vienna", date(2016, 9, 26), date(2016, 9, 27)
    )
    ws3 = services.sessions.add(meeting.id, "Working Session 1", "Victims' rights")
    services.statements.add(ws3.id, "H", "Austria", D)
    services.statements.add(ws3.id, "J", "Media Union", M)
    september_states = services.recommendations.add(
        ws3.id, "participating-states", "apply the non punishment principle in practice and in law"
    )
    september_new = services.recommendations.add(
        ws3.id, "odihr", "Publish a handbook on simulation-based training"
    )
    services.meetings.add("Next year's conference", "Vienna", date(2017, 4, 3))
    return Year(conference.id, meeting.id, visit.id, workshop.id, april_states.id,
                april_osce.id, september_states.id, september_new.id)  # fmt: skip
