"""The seven counts of the rapport, always in the same order and with the same labels."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QWidget

from rapporteur_app.domain.tally import Tally


def tally_labels() -> dict[str, str]:
    """The seven counts' labels, in the rapport's order (the console, the Statements
    tab and the projector show the same)."""
    return {
        "statements": QCoreApplication.translate("TallyView", "No. of statements"),
        "delegations": QCoreApplication.translate("TallyView", "Delegations"),
        "civil_society": QCoreApplication.translate("TallyView", "Civil society"),
        "osce_institutions": QCoreApplication.translate("TallyView", "OSCE institutions"),
        "international_organizations": QCoreApplication.translate(
            "TallyView", "International organizations"
        ),
        "media": QCoreApplication.translate("TallyView", "Media"),
        "rights_of_reply": QCoreApplication.translate("TallyView", "Rights of reply"),
    }


class TallyView(QWidget):
    """``compact``: one row of large counts under their labels, for the console,
    where the moderator reads it at a glance; otherwise a form, one count a line."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        labels = tally_labels()
        self._values: dict[str, QLabel] = {}
        for key in labels:
            number = QLabel("0", self)
            number.setObjectName(f"tally_{key}")
            self._values[key] = number
        if compact:
            grid = QGridLayout(self)
            grid.setContentsMargins(0, 4, 0, 4)
            for column, (key, text) in enumerate(labels.items()):
                caption = QLabel(text, self)
                number = self._values[key]
                font = number.font()
                font.setPointSizeF(font.pointSizeF() * 1.8)
                font.setBold(True)
                number.setFont(font)
                grid.addWidget(number, 0, column)
                grid.addWidget(caption, 1, column)
        else:
            form = QFormLayout(self)
            for key, text in labels.items():
                form.addRow(text + ":", self._values[key])
        self.show_tally(Tally())

    def show_tally(self, tally: Tally) -> None:
        for key, number in tally.as_dict().items():
            self._values[key].setText(str(number))

    def value(self, key: str) -> int:
        return int(self._values[key].text())
