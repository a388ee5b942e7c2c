"""The panel's own speakers: the moderator and the session's introducers,
panellists and keynote speakers, in the order the agenda gives them.

They can be given the floor and have their presentation logged like a
statement (kind 'presentation': timed against the session's panellist limit,
with notes), but they are not statements from the floor and are never counted
in the tally.
"""

from dataclasses import dataclass

from rapporteur_app.domain.model import Session

MODERATOR_ROLE = "moderator"


@dataclass(frozen=True, slots=True)
class PanelSpeaker:
    role: str
    """'moderator', or an introducer's role: 'introducer', 'panellist', 'keynote'."""
    name: str
    function: str = ""
    organization: str = ""

    @property
    def display(self) -> str:
        """'Name (function, organization)', or the name alone."""
        details = ", ".join(part for part in (self.function, self.organization) if part)
        return f"{self.name} ({details})" if details else self.name


def panel_speakers(session: Session) -> tuple[PanelSpeaker, ...]:
    """The moderator first (from 'Name, function'), then the introducers in agenda order."""
    speakers: list[PanelSpeaker] = []
    name, _, function = session.moderator.partition(",")
    if name.strip():
        speakers.append(PanelSpeaker(MODERATOR_ROLE, " ".join(name.split()), function.strip()))
    speakers.extend(
        PanelSpeaker(i.role.value, i.name, i.function, i.organization) for i in session.introducers
    )
    return tuple(speakers)
