"""A whole working session typed into the real program in a real X window.

Xvfb and xdotool: real key events through X, Qt's shortcut map and the focused
widget. Thirty entries as a rapporteur types them — speakers queued while
someone speaks and Esc back to the notes, a new organization's category by one
key, a right of reply, one-key counts (one undone), a recommendation from the
notes, a right of reply answered by another (a chain), a joint statement, a
speaker who asks not to be named and speaks again later — then the database,
the console, the Statements tab, the Rapport tab, the projector and the
exported rapport must all agree, no view names her, and Ctrl+Q closes the
program with the projector open.
"""

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from tests.realwindow import RealWindow, missing_tools, real_window

pytestmark = [
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}"),
    pytest.mark.timeout(300),
]

# She asks not to be named the first time she speaks; typed by name the second time.
SURVIVOR_TYPED = "Ms. Aigerim N. (Survivors Voices Network)"
# One statement on behalf of several, in the quick entry's syntax.
JOINT_TYPED = "European Union + Albania, Montenegro"
# (typed in the quick entry, the category key if the program asks, the notes typed)
SPEAKERS = [
    ("Austria", "", "Referral mechanisms work."),
    ("Anna Petrova, Germany", "", "Funding for NGOs."),
    ("France", "", "Labour exploitation rising."),
    ("La Strada International", "2", "Hotlines need staff."),
    ("Fondation Lumiere pour les Droits", "2", "Survivors first."),
    ("Italy", "", "Prosecutions doubled."),
    ("Norway", "", "Supply chains law."),
    ("UNHCR", "", "Refugees at risk."),
    ("Spain", "", "Training of judges."),
    ("Armenia", "", "Border cooperation."),
    ("Poland", "", "Child victims."),
    ("Sweden", "", "Demand reduction."),
    ("Ireland", "", "Data collection."),
    ("Finland", "", "Compensation funds."),
    ("Portugal", "", "Awareness campaigns."),
    ("Greece", "", "Reception centres."),
    ("Malta", "", "Maritime routes."),
    ("Denmark", "", "Online recruitment."),
    (JOINT_TYPED, "", "Joint action plan."),
    (SURVIVOR_TYPED, "2", "Listen to us."),
    ("Latvia", "", "Victim identification."),
    ("Lithuania", "", "Cross-border cases."),
    ("Switzerland", "", "Care standards."),
    ("Canada", "", "Indigenous women."),
    ("Kazakhstan", "", "Labour migration."),
    ("Mongolia", "", "Regional action plan."),
    (SURVIVOR_TYPED, "", "Again: listen."),
]
REPLY_TO = "Armenia"
REPLY_BY = "Azerbaijan"
SURVIVOR_NAME = "Aigerim"
SURVIVOR = "a survivor of trafficking"
LOGGED = len(SPEAKERS) + 2 + 3  # the speakers, two rights of reply, three counts
RECOMMENDATION = "States should fund shelters for every victim."
RECOMMENDED_BY = "Sweden"


def _views(window: RealWindow, report: Path) -> dict[str, object]:
    """What the program's views show now (it writes them on SIGUSR1)."""
    report.unlink(missing_ok=True)
    os.kill(window.process.pid, signal.SIGUSR1)
    window.wait_until(report.exists, 10, "the view report")
    return json.loads(report.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _views_when(window: RealWindow, report: Path, done: Any, timeout_s: float = 15) -> Any:
    deadline = time.monotonic() + timeout_s
    while True:
        seen = _views(window, report)
        if done(seen) or time.monotonic() > deadline:
            return seen
        time.sleep(0.3)


def _session(db_path: Path) -> int:
    services = Services.open(db_path)
    try:
        meeting = services.meetings.add("Alliance against Trafficking in Persons")
        return services.sessions.add(meeting.id, "Working Session 1", "Prevention").id
    finally:
        services.close()


def test_a_session_typed_in_the_real_window(tmp_path: Path, db_path: Path) -> None:
    session_id = _session(db_path)
    report = tmp_path / "views.json"
    # The export's dialog opens in an empty folder of its own, as the one it remembers,
    # and the user types a file's name there. (A whole path typed key by key under load
    # once lost a letter to the dialog's completer, its popup opening on the way.)
    folder = tmp_path / "exports"
    folder.mkdir()
    settings.put(settings.EXPORT_FOLDER, str(folder))
    exported = folder / "rapport-ws1.docx"
    with real_window(
        ["--db", str(db_path), "gui", "--session", str(session_id)],
        # The title names the database once it is open (the window shows before).
        window_name=db_path.name,
        extra_env={"RAPPORTEUR_VIEW_REPORT": str(report)},
    ) as window:
        time.sleep(1.0)
        _type_the_session(window)
        # X may still hold keys the program has not read: ask until it has them all.
        seen = _views_when(window, report, lambda v: len(v["console"]["log"]) == LOGGED)
        console = seen["console"]
        assert isinstance(console, dict)
        assert console["focus"] == "notes", console["focus"]

        # The other tabs, through the Session menu, as a user opens them.
        window.key("alt+s", "s")
        statements_tab = _views(window, report)["statements_tab"]
        window.key("alt+s", "r")
        time.sleep(0.5)
        rapport_tab = _views(window, report)["rapport_tab"]
        window.key("alt+s", "c")
        time.sleep(0.5)
        projector = _views(window, report)["projector"]

        # Export the rapport as a user does: Session > Export the rapport as DOCX…
        window.key("alt+s", "d")
        # A person types the file's name once the dialog is there (a fixed 1.5 s was not
        # always enough on a loaded machine).
        dialog = window.wait_for_window("Export the rapport", 30)
        time.sleep(0.5)
        window.focus(dialog)
        window.key("ctrl+a")
        window.type(exported.name)
        window.key("Return")
        window.wait_until(exported.exists, 20, "the exported rapport")
        time.sleep(1.0)
        # The export ends with a message saying where the file went: closed with Esc.
        window.key("Escape")
        time.sleep(0.5)
        window.focus()
        window.key("ctrl+q")
        window.wait_until(lambda: window.process.poll() is not None, 15, "the program closed")
        assert window.process.returncode == 0, window.process.communicate()

    services = Services.open(db_path)
    try:
        _all_agree(services, session_id, console, statements_tab, rapport_tab, projector, exported)
    finally:
        services.close()


def _queue(window: RealWindow, typed: str, category_key: str) -> None:
    window.key("ctrl+l")
    window.type(typed)
    window.key("Return")
    if category_key:  # a new organization: its category, one key
        window.key(category_key)


def _type_the_session(window: RealWindow) -> None:
    _queue(window, *SPEAKERS[0][:2])
    window.key("F5")
    # The projector open all along, as a moderator has it: it never takes the keys.
    window.key("ctrl+p")
    for number, (typed, _key, notes) in enumerate(SPEAKERS):
        window.type(notes)
        if number % 8 == 3:
            # A menu opened and closed (a letter it does not take types nothing).
            window.key("alt+s", "Escape", "Escape", "alt+m", "Escape", "Escape")
        if typed == RECOMMENDED_BY:
            window.type(" ")
            window.key("Return")
            window.type(RECOMMENDATION)
            window.key("ctrl+m", "1")
        if typed == SURVIVOR_TYPED and number < len(SPEAKERS) - 1:
            # On the floor she asks not to be named: Ctrl+Shift+N, how to describe her.
            window.key("ctrl+shift+n")
            window.type(SURVIVOR)
            window.key("Return", "Escape")
        if typed == REPLY_TO:
            # A right of reply asked while Armenia speaks, answering Armenia.
            window.key("ctrl+shift+r")
            window.type(REPLY_BY)
            window.key("Return", "Escape")
            window.type(" More.")
            window.key("F5")  # the reply gets the floor
            window.type("Reply.")
            # Armenia answers the reply while it is on the floor: a reply to a reply.
            window.key("ctrl+shift+r")
            window.type(REPLY_TO)
            window.key("Return", "Escape")
            window.type(" Noted.")
            window.key("F5")
            window.type("Counter-reply.")
        if number + 1 < len(SPEAKERS):
            # The next one asks for the floor meanwhile: queue, Esc, type on, F5.
            _queue(window, *SPEAKERS[number + 1][:2])
            window.key("Escape")
            window.type(" End.")
            window.key("F5")
    # Three one-key counts, one more by mistake undone, then the end.
    window.key("ctrl+2", "ctrl+2", "ctrl+5", "ctrl+3", "ctrl+z", "F6")


def _all_agree(
    services: Services, session_id: int, console: object, statements_tab: object,
    rapport_tab: object, projector: object, exported: Path,
) -> None:  # fmt: skip
    assert isinstance(console, dict) and isinstance(statements_tab, dict)
    assert isinstance(rapport_tab, dict) and isinstance(projector, dict)
    logged = services.statements.of_session(session_id)
    tally = services.tally.for_session(session_id).as_dict()
    assert len(logged) == len(SPEAKERS) + 2 + 3 == LOGGED
    assert tally["statements"] == len(SPEAKERS) + 3
    assert tally["rights_of_reply"] == 2
    assert tally["media"] == 1 and tally["osce_institutions"] == 0
    # Each speaker's notes went to their own statement, the Esc-and-type-on included.
    by_name = {s.on_behalf_of: s for s in logged if s.kind is StatementKind.STATEMENT}
    assert by_name["Austria"].notes == "Referral mechanisms work. End."
    assert by_name[REPLY_TO].notes == "Border cooperation. More."
    assert by_name[RECOMMENDED_BY].notes == f"Demand reduction. \n{RECOMMENDATION} End."
    assert by_name["Mongolia"].notes == "Regional action plan. End."
    assert by_name["Fondation Lumiere pour les Droits"].category is Category.CIVIL_SOCIETY
    reply, counter = (s for s in logged if s.kind is StatementKind.RIGHT_OF_REPLY)
    assert (reply.on_behalf_of, reply.replying_to_id) == (REPLY_BY, by_name[REPLY_TO].id)
    assert reply.notes == "Reply. Noted."
    # The reply to the reply answers the reply, not the statement before it.
    assert (counter.on_behalf_of, counter.replying_to_id) == (REPLY_TO, reply.id)
    assert counter.notes == "Counter-reply. End."
    # The joint statement: one statement, in the lead's category, co-signatories kept.
    joint = by_name["European Union"]
    assert joint.cosignatories == ("Albania", "Montenegro")
    assert joint.category is Category.DELEGATION and joint.notes == "Joint action plan. End."
    # She spoke twice and is described, not named, both times.
    hers = [s for s in logged if s.on_behalf_of == "Survivors Voices Network"]
    assert [(s.anonymous, s.anonymous_description) for s in hers] == [(True, SURVIVOR)] * 2
    assert [s.notes for s in hers] == ["Listen to us. End.", "Again: listen."]
    recommendations = services.recommendations.of_session(session_id)
    assert [(r.addressee, r.text, r.statement_id) for r in recommendations] == [
        ("participating-states", RECOMMENDATION, by_name[RECOMMENDED_BY].id)
    ]
    assert services.floor.on_floor(session_id) is None

    # The console, the Statements tab, the projector and the database agree.
    assert [row[7] for row in console["log"]] == [s.id for s in logged]
    assert [row[6] for row in console["log"]] == [s.notes for s in logged]
    assert console["tally"] == tally
    assert statements_tab == {"rows": len(logged), "tally": tally}
    assert projector["visible"] is True and projector["tally"] == tally
    # The Rapport tab: the counts, the recommendation, and no stale warning.
    preview = str(rapport_tab["preview"])
    assert str(tally["statements"]) in preview and RECOMMENDATION in preview
    assert "still on the floor" not in str(rapport_tab["warnings"])
    assert any(RECOMMENDATION in text for text in rapport_tab["recommendations"])
    # The exported rapport says the same.
    text = "\n".join(p.text for p in Document(str(exported)).paragraphs)
    cells = [c.text for t in Document(str(exported)).tables for r in t.rows for c in r.cells]
    assert RECOMMENDATION in text + "\n".join(cells)
    assert SURVIVOR_NAME not in text + "\n".join(cells)
    assert SURVIVOR_NAME not in json.dumps(projector)
    assert str(tally["statements"]) in cells + text.split()
