"""What an `export` of a PDF does as a whole process, held by structure (never by the
clock): the modules it imports, and the collector's thresholds it leaves behind."""

import gc
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rapporteur_app.app import main
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting

ROOT = Path(__file__).resolve().parents[2]


def _meeting(path: Path) -> int:
    services = Services.open(path)
    try:
        meeting = add_demo_meeting(
            services, sessions=2, statements_per_session=8, recommendations_per_session=2,
            frame=False,
        )  # fmt: skip
        return meeting.id
    finally:
        services.close()


def _imports(*args: str) -> set[str]:
    """Run the command in a fresh process; the modules it imported."""
    code = (
        "import atexit, json, sys; from rapporteur_app.app import main;"
        " atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr));"
        " sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False,
        env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def _packages(modules: set[str], *names: str) -> list[str]:
    """The modules of those top-level packages among ``modules``."""
    return sorted(m for m in modules if m.split(".")[0] in names)


def test_a_pdf_export_imports_neither_the_window_nor_the_docx_writer(db_path: Path) -> None:
    meeting_id = _meeting(db_path)
    for document in ("consolidated", "highlights"):
        out = db_path.with_name(f"{document}.pdf")
        modules = _imports(
            "--db", str(db_path), "export", "--meeting", str(meeting_id), "--format", "pdf",
            "--document", document, "--out", str(out),
        )  # fmt: skip
        assert out.read_bytes().startswith(b"%PDF")
        # python-docx (the page header's value lives apart from the DOCX template), Qt,
        # and what only other commands need: the exchange format's schema, the sheets.
        assert _packages(modules, "docx", "PySide6", "jsonschema", "openpyxl", "alembic") == []
        assert "rapporteur_app.cli.year" not in modules
        assert "rapporteur_app.services.app_services" not in modules
        assert _packages(modules, "rapidfuzz") == []
        if document == "consolidated":
            # The consolidated report of a file at the newest schema is read through
            # sqlite3 alone (services/quick_export.py): no SQLAlchemy at all.
            assert _packages(modules, "sqlalchemy") == []
        else:
            # Through the services: the documents' alone, and nothing of SQLAlchemy's
            # PostgreSQL dialect (its drivers' modules) on a SQLite file.
            assert "sqlalchemy.orm" in modules
            assert [m for m in modules if m.startswith("sqlalchemy.dialects.postgresql")] == []


def test_an_older_file_is_migrated_then_exported_by_the_full_path(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "reliability" / "fixtures" / "schema-0023.sqlite3", old)
    out = tmp_path / "old.pdf"
    modules = _imports("--db", str(old), "export", "--meeting", "1", "--format", "pdf",
                       "--out", str(out))  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")
    assert "alembic" in modules  # migrated to the newest schema first, as always
    quick = tmp_path / "quick.pdf"
    assert _packages(_imports("--db", str(old), "export", "--meeting", "1", "--format", "pdf",
                              "--out", str(quick)), "sqlalchemy") == []  # fmt: skip


def test_the_command_writes_what_the_services_write(
    db_location: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """On a SQLite file read through sqlite3, on a server through the services: the
    same bytes and the same warning as the services' own export."""
    from reportlab import rl_config

    from rapporteur_app.domain.kinds import Category
    from rapporteur_app.services.mentions import mentions_warning, possible_mentions

    monkeypatch.setattr(rl_config, "invariant", 1)
    services = Services.open(db_location)
    try:
        meeting = add_demo_meeting(
            services, sessions=3, statements_per_session=6, recommendations_per_session=2,
            frame=False,
        )  # fmt: skip
        session = services.sessions.of_meeting(meeting.id)[0]
        services.statements.add(session.id, "Anna Petrova", "Romania", Category.DELEGATION,
                                anonymous=True, cosignatories=["Moldova"])  # fmt: skip
        services.sessions.set_narrative(session.id, "Petrovoj agreed with Anna Petrova.")
        words = possible_mentions(services.db, meeting_id=meeting.id)
        assert words
        for language in ("en", "ru"):
            expected = services.documents.export_meeting(
                meeting.id, fmt="pdf", out=tmp_path / f"services-{language}.pdf",
                language=language,
            )  # fmt: skip
            out = tmp_path / f"command-{language}.pdf"
            capsys.readouterr()
            code = main(["--db", db_location, "export", "--meeting", str(meeting.id),
                         "--format", "pdf", "--language", language, "--out", str(out)])  # fmt: skip
            captured = capsys.readouterr()
            assert code == 0
            assert captured.out.strip() == str(out)
            assert captured.err == f"rapporteur-app: warning: {mentions_warning(words)}\n"
            assert out.read_bytes() == expected.read_bytes()
    finally:
        services.close()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_command_leaves_the_collectors_thresholds_as_it_found_them(
    db_path: Path, fmt: str
) -> None:
    meeting_id = _meeting(db_path)
    before = gc.get_threshold()
    out = db_path.with_name(f"report.{fmt}")
    code = main(["--db", str(db_path), "export", "--meeting", str(meeting_id), "--format",
                 fmt, "--out", str(out)])  # fmt: skip
    assert code == 0 and out.exists()
    assert gc.get_threshold() == before


def test_only_a_command_that_is_the_whole_process_freezes_its_objects(db_path: Path) -> None:
    meeting_id = _meeting(db_path)
    words = ["--db", str(db_path), "export", "--meeting", str(meeting_id), "--format", "pdf"]
    assert main([*words, "--out", str(db_path.with_name("a.pdf"))]) == 0
    assert gc.get_freeze_count() == 0  # called with its words, as the tests call it
    # As the installed command (no words given: sys.argv), shutdown's collection is
    # spared the objects the command made and kept.
    code = (
        "import atexit, gc, sys; from rapporteur_app.app import main;"
        " atexit.register(lambda: print(gc.get_freeze_count(), file=sys.stderr));"
        " sys.exit(main())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *words, "--out", str(db_path.with_name("b.pdf"))],
        capture_output=True, text=True, check=False, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert int(done.stderr.strip().splitlines()[-1]) > 10_000


def test_an_export_opens_every_service_on_a_server_and_the_documents_on_a_file(
    db_location: str, tmp_path: Path
) -> None:
    """On a server, opening the services first sends what this computer kept while the
    server was away (the document has it); on a SQLite file there is nothing to send."""
    import argparse

    from rapporteur_app.cli.context import document_services
    from rapporteur_app.services.document_access import DocumentAccess

    services = Services.open(db_location)
    try:
        meeting = add_demo_meeting(
            services, sessions=1, statements_per_session=2, recommendations_per_session=1,
            frame=False,
        )  # fmt: skip
    finally:
        services.close()
    args = argparse.Namespace(db=db_location, command="export", action=None)
    with document_services(args) as opened:
        on_server = opened.db.path is None
        assert isinstance(opened, Services if on_server else DocumentAccess)
        out = opened.documents.export_meeting(meeting.id, fmt="pdf", out=tmp_path / "m.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_a_whole_process_export_runs_without_the_collector(db_path: Path) -> None:
    """No collection once the command is running (counted from the PDF writer's import,
    inside the command), and the collector on again after it; called with its words,
    as the tests call it, the collector is left on throughout."""
    meeting_id = _meeting(db_path)
    words = ["--db", str(db_path), "export", "--meeting", str(meeting_id), "--format", "pdf"]
    code = (
        "import atexit, gc, sys; from rapporteur_app.app import main\n"
        "seen = []\n"
        "def count(phase, info):\n"
        "    if phase == 'start' and 'rapporteur_app.export.pdf_writer' in sys.modules:\n"
        "        seen.append(info['generation'])\n"
        "gc.callbacks.append(count)\n"
        "atexit.register(lambda: print(len(seen), gc.isenabled(), file=sys.stderr))\n"
        "sys.exit(main())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *words, "--out", str(db_path.with_name("c.pdf"))],
        capture_output=True, text=True, check=False, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "0 True"
    assert main([*words, "--out", str(db_path.with_name("d.pdf"))]) == 0
    assert gc.isenabled()
