"""The year view driven through its widgets: opened with its key from the main window,
the year's meetings and events listed with kind, dates and place (no tally cells for a
visit or a workshop), a meeting opened from it; statistics shown and exported; the
follow-up changed in place, noted and linked; the annual report written and exported."""

import csv
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.year import EventKind, FollowUpState
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.changes import ServerNotices, change_source_for
from rapporteur_app.ui.change_hub import ChangeHub
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.year import year_view
from rapporteur_app.ui.year.event_dialog import EventDialog
from rapporteur_app.ui.year.year_view import YearView
from tests.services.year_builder import Year, build_year


@pytest.fixture
def year(services: Services) -> Year:
    return build_year(services)


@pytest.fixture
def view(qtbot: QtBot, services: Services, year: Year) -> Iterator[YearView]:
    dialog = YearView(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""), raising=True
    )


def _cells(table: object, columns: int) -> list[list[str]]:
    rows = []
    for row in range(table.rowCount()):  # type: ignore[attr-defined]
        item = [table.item(row, c) for c in range(columns)]  # type: ignore[attr-defined]
        rows.append([i.text() if i is not None else "" for i in item])
    return rows


def test_the_key_opens_the_year_and_a_meeting_opens_from_it(
    qtbot: QtBot, services: Services, year: Year, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    shown: list[YearView] = []

    def run(dialog: YearView) -> int:
        shown.append(dialog)
        assert dialog.current_year() == 2017  # the newest year first
        dialog.year.setCurrentIndex(dialog.year.findData(2016))
        rows = _cells(dialog.events, 6)
        assert [r[1:] for r in rows] == [
            ["Alliance against Trafficking in Persons Conference", "Conference", "Vienna",
             "2", "7"],
            ["Country visit to Armenia", "Country visit", "Yerevan", "", ""],
            ["Workshop on government procurement", "Workshop", "London", "", ""],
            ["Supplementary Human Dimension Meeting", "Meeting", "Vienna", "1", "2"],
        ]  # fmt: skip
        dialog.events.selectRow(3)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(year_view.YearView, "exec", run)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert len(shown) == 1
    first = services.sessions.of_meeting(year.meeting)[0]
    assert window.session_id == first.id
    # An event without sessions is chosen in the list and says why nothing opens.
    window.show_meeting(year.visit)
    assert window.meetings.currentItem().text(0) == "Country visit to Armenia"
    assert "has no sessions" in window.heading.text()


def test_a_new_event_needs_no_sessions(qtbot: QtBot, services: Services, view: YearView) -> None:
    dialog = EventDialog(services, 2016, view)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.WORKSHOP.value))
    dialog.title.setText("Workshop in Berlin")
    dialog.place.setText("Berlin")
    dialog.first_day.setText("2016-09-12")
    dialog.last_day.setText("2016-09-11")
    dialog.add()
    assert dialog.added is None and dialog.problem.text()  # ends before it starts
    dialog.last_day.setText("")
    dialog.add()
    assert dialog.added is not None and dialog.added.kind is EventKind.WORKSHOP
    view.year.setCurrentIndex(view.year.findData(2016))
    assert "Workshop in Berlin" in [r[1] for r in _cells(view.events, 6)]


def test_statistics_are_shown_for_chosen_meetings_and_exported(
    services: Services, view: YearView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.year.setCurrentIndex(view.year.findData(2016))
    tab = view.statistics
    rows = _cells(tab.by_meeting, 10)
    assert rows[0][0] == "Alliance against Trafficking in Persons Conference"
    assert rows[0][3:] == ["7", "3", "2", "1", "1", "0", "1"]
    assert rows[-1][0] == "Total" and rows[-1][3:] == ["9", "4", "2", "1", "1", "1", "1"]
    # No row of zeros for the country visit or the workshop, nothing to tick for them.
    assert [r[0] for r in rows[:-1]] == ["Alliance against Trafficking in Persons Conference",
                                          "Supplementary Human Dimension Meeting"]  # fmt: skip
    assert tab.chosen.count() == 2
    assert tab.chart.pixmap() is not None and not tab.chart.pixmap().isNull()
    # Leave the conference out: only the September meeting is counted.
    tab.chosen.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert _cells(tab.by_meeting, 10)[-1][3:] == ["2", "1", "0", "0", "0", "1", "0"]
    _save_as(monkeypatch, tmp_path / "by-meeting.csv")
    written = tab.export_current()
    assert written is not None
    with Path(written).open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:4] == ["Meeting", "Start", "Kind", "Statements"]
    assert table[-1][3] == "2"
    tab.tables.setCurrentIndex(1)
    _save_as(monkeypatch, tmp_path / "speakers.xlsx")
    written = tab.export_current()
    assert written is not None
    sheet = openpyxl.load_workbook(written).active
    assert [c.value for c in sheet[1]] == [
        "Delegation or organization", "Category", "Statements", "Rights of reply"
    ]  # fmt: skip
    assert {sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)} == {
        "Austria", "Media Union"
    }  # fmt: skip


def test_follow_up_is_changed_in_place_noted_and_linked(
    services: Services, year: Year, view: YearView, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    view.year.setCurrentIndex(view.year.findData(2016))
    tab = view.follow_up
    # The links are looked for when the tab is on screen, not when the view opens.
    assert tab.proposals == []
    view.tabs.setCurrentWidget(tab)
    ids = [r.recommendation_id for r in tab.rows]
    row = ids.index(year.april_states)
    # The state's cell opens a list of the states; the one chosen is saved at once.
    tab.table.editItem(tab.table.item(row, 3))
    state = tab.table.findChild(QComboBox, "follow-up-state-editor")
    assert isinstance(state, QComboBox)
    state.setCurrentIndex(state.findData(FollowUpState.IMPLEMENTED.value))
    state.activated.emit(state.currentIndex())
    assert services.follow_up.get(year.april_states).state is FollowUpState.IMPLEMENTED
    assert tab.table.item(row, 3).text() == "Implemented"
    tab.table.item(row, 4).setText("THB Unit")
    _save_as(monkeypatch, tmp_path / "at-once.csv")
    at_once = tab.export()
    assert at_once is not None
    assert "Implemented" in Path(at_once).read_text(encoding="utf-8-sig")
    assert services.follow_up.get(year.april_states).office == "THB Unit"
    tab.table.selectRow(row)
    tab.note_day.setText("2016-11-30")
    tab.note_text.setText("Three States replied")
    tab.add_note()
    assert [n.text for n in services.follow_up.get(year.april_states).notes] == [
        "Three States replied"
    ]
    assert tab.notes.count() == 1
    assert [(p.later_id, p.earlier_id) for p in tab.proposals] == [
        (year.september_states, year.april_states)
    ]
    tab.proposal_list.setCurrentRow(0)
    tab.confirm_button.click()
    assert services.follow_up.get(year.september_states).earlier_id == year.april_states
    assert tab.proposals == []
    tab.addressee.setCurrentIndex(tab.addressee.findData("osce"))
    assert [r.recommendation_id for r in tab.rows] == [year.april_osce]
    _save_as(monkeypatch, tmp_path / "follow-up.csv")
    tab.addressee.setCurrentIndex(0)
    written = tab.export()
    assert written is not None
    with Path(written).open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    line = next(r for r in table if r[0] == str(year.april_states))
    assert line[5:9] == ["Implemented", "THB Unit", "2016-11-30", "Three States replied"]
    linked = next(r for r in table if r[0] == str(year.september_states))
    assert linked[9] == "Alliance against Trafficking in Persons Conference"


def test_the_annual_report_is_written_in_the_view_and_exported(
    qtbot: QtBot, services: Services, view: YearView, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    view.year.setCurrentIndex(view.year.findData(2016))
    tab = view.report
    tab.fields["author"].setText("Ambassador Madina Jarbussynova")
    tab.function.setPlainText("OSCE Special Representative")
    tab.fields["place"].setText("Vienna")
    tab.fields["issued"].setText("2016-12-15")
    tab.text.setMarkup("In 2016 my Office **continued** its work.^[A note.]")
    tab.save()
    tab.new_section()
    tab.heading.setText("Plans for 2017")
    tab.text.setMarkup("- Simulation exercises\n- Country visits")
    tab.checks["follow_up_table"].setChecked(True)
    _save_as(monkeypatch, tmp_path / "report.docx")
    written = tab.export("docx")
    assert written is not None
    # Written off the GUI thread: the tab says so when the file is there.
    qtbot.waitUntil(lambda: tab.written is not None, timeout=60_000)
    assert str(tab.written) == written and "Written" in tab.problem.text()
    saved = services.annual_reports.settings(2016)
    assert [s.heading for s in saved.sections] == ["", "Plans for 2017"]
    assert saved.issued is not None and saved.follow_up_table
    paragraphs = docx.Document(written).paragraphs
    texts = [p.text for p in paragraphs]
    assert "Ambassador Madina Jarbussynova," in texts
    assert "Vienna, 15 December 2016" in texts
    assert "In 2016 my Office continued its work.¹" in texts and "¹ A note." in texts
    assert "Plans for 2017" in texts and "Country visits" in texts
    assert "Follow-up of recommendations" in texts
    bold = next(p for p in paragraphs if p.text.startswith("In 2016"))
    assert [r.text for r in bold.runs if r.bold] == ["continued"]
    # A wrong date is said and the rest is kept.
    tab.fields["issued"].setText("31.02.2016")
    tab.save()
    assert tab.problem.text()
    assert services.annual_reports.settings(2016).issued == saved.issued


def test_the_agenda_editor_sets_a_meetings_kind(qtbot: QtBot, services: Services) -> None:
    from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor

    meeting = services.meetings.add("Simulation-based training", "Vicenza")
    editor = AgendaEditor(services, meeting.id)
    qtbot.addWidget(editor)
    kind = editor.meeting_form.kind
    assert kind.currentData() == EventKind.MEETING.value
    kind.setCurrentIndex(kind.findData(EventKind.SIMULATION_EXERCISE.value))
    assert services.meetings.get(meeting.id).kind is EventKind.SIMULATION_EXERCISE


def _command(db_location: str, *words: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "rapporteur_app", "--db", db_location, *words],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_the_year_follows_what_another_program_changes(
    qtbot: QtBot, services: Services, year: Year, db_location: str
) -> None:
    """A colleague logs a statement and adds an event from the command line while the
    view is open: both show, and what the user chose (the year, the meeting selected,
    a meeting left out of the statistics) stays chosen."""
    hub = ChangeHub(change_source_for(services.db))
    source = hub.source
    if isinstance(source, ServerNotices):
        assert source.wait_listening()
    view = YearView(services, None, hub)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.year.setCurrentIndex(view.year.findData(2016))
    view.events.selectRow(3)  # the September meeting
    view.statistics.chosen.item(1).setCheckState(Qt.CheckState.Unchecked)
    counted = _cells(view.statistics.by_meeting, 10)[-1][3]
    session = services.sessions.of_meeting(year.conference)[0]
    _command(db_location, "statement", "add", "--session", str(session.id), "--speaker",
             "Ingrid", "--on-behalf-of", "Norway", "--category", "delegation")  # fmt: skip
    qtbot.waitUntil(lambda: _cells(view.events, 6)[0][5] == "8", timeout=3000)
    assert view.current_year() == 2016
    assert view.chosen_meeting() == year.meeting
    assert view.statistics.chosen.item(1).checkState() == Qt.CheckState.Unchecked
    assert _cells(view.statistics.by_meeting, 10)[-1][3] == str(int(counted) + 1)
    _command(db_location, "meeting", "add", "--title", "Workshop in Berlin", "--venue",
             "Berlin", "--start", "2016-11-02", "--kind", "workshop")  # fmt: skip
    qtbot.waitUntil(lambda: "Workshop in Berlin" in [r[1] for r in _cells(view.events, 6)],
                    timeout=3000)  # fmt: skip
    assert view.chosen_meeting() == year.meeting
    view.close()
    hub.close()
