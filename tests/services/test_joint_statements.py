"""Joint statements: one speaker, a lead and co-signatories, counted once in the lead's
category; every co-signatory kept by the log, the exports, the exchange and the report."""

import copy
import csv
import json
from pathlib import Path
from typing import Any

import pytest

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("Human Dimension Meeting")
    return services.sessions.add(meeting.id, "Working Session 1", "Tolerance").id


def test_counted_once_in_the_leads_category_each_name_resolved(
    services: Services, session_id: int
) -> None:
    joint = services.statements.add(
        session_id, "Anna Berg", "ЕС", cosignatories=["Albania", "Черногория", "albania", "EU"]
    )
    # The lead and each co-signatory through the one resolver; the lead and repeats dropped.
    assert (joint.on_behalf_of, joint.cosignatories, joint.category) == (
        "European Union", ("Albania", "Montenegro"), Category.DELEGATION,
    )  # fmt: skip
    ngos = services.statements.add(
        session_id, "", "La Strada International", Category.CIVIL_SOCIETY,
        cosignatories=["KOK e.V.", "Anti-Slavery International"],
    )  # fmt: skip
    assert ngos.cosignatories == ("KOK e.V.", "Anti-Slavery International")
    tally = services.tally.for_session(session_id)
    assert (tally.statements, tally.delegations, tally.civil_society) == (2, 1, 1)
    stored = {o.name: o for o in services.organizations.stored()}
    # An unknown co-signatory is filed in the lead's category.
    assert stored["KOK e.V."].category is Category.CIVIL_SOCIETY
    assert stored["Montenegro"].reference_key == "state.me"
    assert services.statements.get(joint.id).cosignatories == ("Albania", "Montenegro")
    changed = services.statements.update(joint.id, cosignatories=["Serbia"])
    assert changed.cosignatories == ("Serbia",)


def test_undo_of_a_deletion_brings_the_cosignatories_back(
    services: Services, session_id: int
) -> None:
    joint = services.statements.add(session_id, "", "European Union", cosignatories=["Albania"])
    removed = services.statements.remove(joint.id)
    assert services.statements.of_session(session_id) == []
    back = services.statements.restore(removed)
    assert back.cosignatories == ("Albania",)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_statement_export_keeps_every_cosignatory(
    services: Services, session_id: int, tmp_path: Path, fmt: str
) -> None:
    services.statements.add(session_id, "", "European Union",
                            cosignatories=["Albania", "Montenegro", "North Macedonia"])  # fmt: skip
    out = services.documents.export_statements(session_id, fmt=fmt, out=tmp_path / f"s.{fmt}")
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as f:
            header, row = list(csv.reader(f))
    else:
        from openpyxl import load_workbook

        book = load_workbook(out, read_only=True)
        try:
            sheet = book.active
            assert sheet is not None
            header, row = ([str(c or "") for c in r] for r in sheet.iter_rows(values_only=True))
        finally:
            book.close()  # read-only workbooks keep the file open until closed
    assert row[header.index("Co-signatories")] == "Albania; Montenegro; North Macedonia"
    assert row[header.index("On behalf of")] == "European Union"


def test_the_exchange_format_keeps_them_and_an_older_file_still_loads(
    services: Services, session_id: int
) -> None:
    services.statements.add(session_id, "", "European Union", cosignatories=["Albania"])
    meeting_id = services.sessions.get(session_id).meeting_id
    dumped = services.exchange.dump(meeting_id)
    assert dumped["version"] == 3
    statement = dumped["meeting"]["sessions"][0]["statements"][0]
    assert statement["cosignatories"] == ["Albania"]
    copied = services.exchange.load(json.loads(json.dumps(dumped)))
    session = services.sessions.of_meeting(copied.id)[0]
    assert services.statements.of_session(session.id)[0].cosignatories == ("Albania",)
    # A file of format 1 (no co-signatories) loads as it did.
    older: dict[str, Any] = copy.deepcopy(dumped)
    older["version"] = 1
    del older["meeting"]["sessions"][0]["statements"][0]["cosignatories"]
    for field in ("uid", "rapport"):  # format 3's, unknown to a format-1 file
        del older["meeting"]["sessions"][0][field]
    loaded = services.exchange.load(older)
    session = services.sessions.of_meeting(loaded.id)[0]
    assert services.statements.of_session(session.id)[0].cosignatories == ()
    # … and format 1 knows no co-signatories: such a file is refused, naming the place.
    older["meeting"]["sessions"][0]["statements"][0]["cosignatories"] = ["Albania"]
    with pytest.raises(InvalidInput, match=r"statements\[0\]"):
        services.exchange.load(older)


def test_the_consolidated_reports_data_keep_every_cosignatory(
    services: Services, session_id: int
) -> None:
    services.statements.add(session_id, "", "Austria")
    services.statements.add(session_id, "", "European Union", cosignatories=["Albania", "Serbia"])
    meeting_id = services.sessions.get(session_id).meeting_id
    report = services.documents.consolidated(meeting_id)
    assert report.rapports[0].joint_statements == (("European Union", ("Albania", "Serbia")),)
    assert report.total.delegations == 2


def test_the_command_line_logs_a_joint_statement(cli: Any, session_id: int) -> None:
    done = cli(
        "statement", "add", "--session", str(session_id), "--speaker", "A. Berg",
        "--on-behalf-of", "European Union", "--with", "Albania", "--with", "Черногория",
    )  # fmt: skip
    assert done.code == 0, done.err
    listed = json.loads(cli("statement", "list", "--session", str(session_id), "--json").out)
    assert [(s["on_behalf_of"], s["cosignatories"], s["category"]) for s in listed] == [
        ("European Union", ["Albania", "Montenegro"], "delegation")
    ]
