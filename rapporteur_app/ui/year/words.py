"""The year's fixed words in the user's language: kinds of event, follow-up states."""

from PySide6.QtCore import QCoreApplication

from rapporteur_app.domain.year import EventKind, FollowUpState


def kind_names() -> dict[EventKind, str]:
    translate = QCoreApplication.translate
    return {
        EventKind.CONFERENCE: translate("YearWords", "Conference"),
        EventKind.MEETING: translate("YearWords", "Meeting"),
        EventKind.WORKSHOP: translate("YearWords", "Workshop"),
        EventKind.COUNTRY_VISIT: translate("YearWords", "Country visit"),
        EventKind.SIMULATION_EXERCISE: translate("YearWords", "Simulation exercise"),
        EventKind.OTHER: translate("YearWords", "Other event"),
    }


def state_names() -> dict[FollowUpState, str]:
    translate = QCoreApplication.translate
    return {
        FollowUpState.OPEN: translate("YearWords", "Open"),
        FollowUpState.IN_PROGRESS: translate("YearWords", "In progress"),
        FollowUpState.IMPLEMENTED: translate("YearWords", "Implemented"),
        FollowUpState.NOT_TAKEN_UP: translate("YearWords", "Not taken up"),
    }


def addressee_name(addressee: str) -> str:
    """A known addressee in the user's words; any other as the rapporteur wrote it."""
    translate = QCoreApplication.translate
    known = {
        "participating-states": translate("YearWords", "OSCE participating States"),
        "osce": translate("YearWords", "OSCE"),
        "odihr": translate("YearWords", "ODIHR"),
        "civil-society": translate("YearWords", "Civil society"),
        "partners": translate("YearWords", "Partners for Co-operation"),
    }
    return known.get(addressee, addressee)
