"""session set-narrative, export and agenda export, as a user types them."""

from pathlib import Path

import docx
import pytest

from rapporteur_app.domain.rich_text import inline_plain
from tests.export.conftest import Sample, assert_in_order, docx_lines, pdf_text


def test_set_narrative_from_a_file(cli, sample: Sample, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "narrative.txt"
    text.write_text("\ufeffFirst paragraph,\nstill the first.\n\n\nSecond: <b> & «quotes»\n")
    result = cli(
        "session", "set-narrative", "--session", str(sample.session_id), "--file", str(text)
    )
    assert result.code == 0, result.err
    narrative = services.documents.rapport(sample.session_id).narrative
    assert tuple(inline_plain(p.runs) for p in narrative) == (  # type: ignore[union-attr]
        "First paragraph, still the first.",
        "Second: <b> & «quotes»",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfe\x00bad", "is not UTF-8 text"), (None, "does not exist")],
)
def test_set_narrative_refuses_a_bad_file(  # type: ignore[no-untyped-def]
    cli, sample: Sample, snapshot, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "narrative.txt"
    if content is not None:
        path.write_bytes(content)
    before = snapshot()
    result = cli(
        "session", "set-narrative", "--session", str(sample.session_id), "--file", str(path)
    )
    assert result.code == 2
    assert message in result.err and result.err.count("\n") == 1
    assert snapshot() == before


def test_export_defaults_to_the_rapport_and_the_consolidated_report(  # type: ignore[no-untyped-def]
    cli, sample: Sample, tmp_path: Path
) -> None:
    rapport = tmp_path / "ws14.docx"
    result = cli(
        "export", "--session", str(sample.session_id), "--format", "docx", "--out", str(rapport)
    )
    assert result.code == 0, result.err
    assert (
        docx_lines(rapport)[0] == "Working Session 14: Protecting the rights of trafficked persons"
    )
    report = tmp_path / "meeting.pdf"
    result = cli(
        "export", "--meeting", str(sample.meeting_id), "--format", "pdf", "--out", str(report),
        "--language", "ru",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert_in_order(pdf_text(report), ["Сводный доклад", "Выступления по заседаниям", "Итого"])


def test_agenda_export(cli, sample: Sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "agenda.docx"
    result = cli("agenda", "export", "--meeting", str(sample.meeting_id), "--format", "docx",
                 "--out", str(out), "--language", "fr")  # fmt: skip
    assert result.code == 0, result.err
    assert "ORDRE DU JOUR ANNOTÉ" in [p.text for p in docx.Document(str(out)).paragraphs]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--session", "999", "--format", "pdf"], "999"),
        (["--meeting", "1", "--document", "rapport", "--format", "pdf"], "use --session"),
        (["--session", "1", "--format", "odt"], "Unknown format 'odt': choose one of docx, pdf."),
        (["--session", "1", "--format", "pdf", "--language", "xx"], "Unknown language 'xx'"),
    ],
)
def test_export_refuses_in_one_line(  # type: ignore[no-untyped-def]
    cli, sample: Sample, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "out.pdf"
    result = cli("export", *args, "--out", str(out))
    assert result.code == 2
    assert message in result.err and result.err.count("\n") == 1
    assert not out.exists()


def test_export_to_a_missing_folder(cli, sample: Sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "no" / "such" / "rapport.pdf"
    result = cli(
        "export", "--session", str(sample.session_id), "--format", "pdf", "--out", str(out)
    )
    assert result.code == 2
    assert "does not exist" in result.err


def test_document_settings_from_the_command_line(
    cli, sample: Sample, services, snapshot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    annex = tmp_path / "annex.txt"
    annex.write_text("Relevant commitments include the *Action Plan* (2003).\n", encoding="utf-8")
    result = cli(
        "document", "settings", "--meeting", str(sample.meeting_id),
        "--set", "symbol=PC.SHDM.GAL/3/22", "--set", "day-dates=no",
        "--set", "issuer=Organization for Security and Co-operation in Europe\\nODIHR",
        "--file", f"annex={annex}",
    )  # fmt: skip
    assert result.code == 0, result.err
    settings = services.meetings.document_settings(sample.meeting_id)
    assert settings.symbol == "PC.SHDM.GAL/3/22" and settings.day_dates is False
    assert settings.issuer == "Organization for Security and Co-operation in Europe\nODIHR"
    assert settings.annex == "Relevant commitments include the *Action Plan* (2003)."
    lines = services.documents.agenda(sample.meeting_id).document("x").text_lines()
    assert lines[:2] == ["Organization for Security and Co-operation in Europe", "ODIHR"]
    assert "Day 1" in lines and lines[-1].startswith("Relevant commitments include the Action Plan")
    result = cli("document", "settings", "--session", str(sample.group_id),
                 "--set", "participants=OSCE field missions & ODIHR")  # fmt: skip
    assert result.code == 0, result.err
    conclusions = services.documents.working_group(sample.group_id).document("x").text_lines()
    assert "Participants: OSCE field missions & ODIHR" in conclusions
    before = snapshot()
    for wrong in (["--set", "colour=red"], ["--set", "day_dates=perhaps"], ["--set", "symbol"]):
        result = cli("document", "settings", "--meeting", str(sample.meeting_id), *wrong)
        assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert snapshot() == before
