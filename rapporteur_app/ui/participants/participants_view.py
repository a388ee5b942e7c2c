"""Participants and organizations of a meeting, to set up before it and tidy up after:
people added on the fly are corrected, two spellings of one person or one
organization are merged."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.participants.organizations_tab import OrganizationsTab
from rapporteur_app.ui.participants.people_tab import PeopleTab


class ParticipantsView(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Participants and organizations"))
        self.resize(1000, 640)
        self.people = PeopleTab(services, meeting_id, self)
        self.organizations = OrganizationsTab(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.organizations, self.tr("&Organizations"))
        # A merge or a rename in one tab shows in the other.
        self.tabs.currentChanged.connect(self._refresh_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            # Return in a field adds or saves that field; it must not press a button.
            button.setAutoDefault(False)
            button.setDefault(False)
        settings.keep_geometry(self, "participants-view")
        name_controls(self)

    def _refresh_current(self, index: int) -> None:
        view = self.tabs.widget(index)
        if isinstance(view, PeopleTab | OrganizationsTab):
            view.reload()
