"""What an `export` of a PDF does as a whole process, held by structure (never by the
clock): the modules it imports, and the collector's thresholds it leaves behind."""

import gc
import json
import os
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
    out = db_path.with_name("report.pdf")
    modules = _imports(
        "--db", str(db_path), "export", "--meeting", str(meeting_id), "--format", "pdf",
        "--out", str(out),
    )  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")
    # python-docx (the page header's value lives apart from the DOCX template), Qt, and
    # what only other commands need: the exchange format's schema, the spreadsheets.
    assert _packages(modules, "docx", "PySide6", "jsonschema", "openpyxl", "alembic") == []
    # On a SQLite file, nothing of SQLAlchemy's PostgreSQL dialect (its drivers' modules),
    # nor what only the words of other commands need.
    assert [m for m in modules if m.startswith("sqlalchemy.dialects.postgresql")] == []
    assert "rapporteur_app.cli.year" not in modules
    # On a file, the documents' services alone: not the directory's fuzzy matching.
    assert "rapporteur_app.services.app_services" not in modules
    assert _packages(modules, "rapidfuzz") == []


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
