"""The seven counts of the rapport, always in the same order and with the same labels."""

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from rapporteur_app.domain.tally import Tally


class TallyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "statements": self.tr("No. of statements"),
            "delegations": self.tr("Delegations"),
            "civil_society": self.tr("Civil society"),
            "osce_institutions": self.tr("OSCE institutions"),
            "international_organizations": self.tr("International organizations"),
            "media": self.tr("Media"),
            "rights_of_reply": self.tr("Rights of reply"),
        }
        layout = QFormLayout(self)
        self._values: dict[str, QLabel] = {}
        for key, text in labels.items():
            number = QLabel("0", self)
            number.setObjectName(f"tally_{key}")
            self._values[key] = number
            layout.addRow(text + ":", number)
        self.show_tally(Tally())

    def show_tally(self, tally: Tally) -> None:
        for key, number in tally.as_dict().items():
            self._values[key].setText(str(number))

    def value(self, key: str) -> int:
        return int(self._values[key].text())
