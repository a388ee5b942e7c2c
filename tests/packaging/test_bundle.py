"""The installer: the PyInstaller one-folder bundle builds from packaging/rapporteur.spec,
carries its data, and runs: its command line logs a statement and exports a PDF, and
its window opens. The desktop entry's AppStream metainfo passes appstreamcli.

Building takes about half a minute of CPU (two minutes on a busy machine)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _run(program: Path, *args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.slow
def test_the_bundle_builds_logs_a_statement_and_exports_a_pdf(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(PACKAGING / "rapporteur.spec"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    folder = tmp_path / "dist" / "rapporteur-app"
    program = folder / "rapporteur-app"
    data = folder / "_internal" / "rapporteur_app"
    for inside in (
        "resources/fonts/DejaVuSans.ttf",
        # The PDF's fallback face for Armenian and Georgian letters.
        "resources/fonts/DejaVuSerif.ttf",
        "resources/fonts/DejaVuSerif-BoldItalic.ttf",
        "resources/i18n/rapporteur_ru.qm",
        "resources/i18n/rapporteur_fr.qm",
        "migrations/env.py",
        "migrations/versions/0001_initial_schema.py",
    ):
        assert (data / inside).is_file(), inside
    assert list(folder.rglob("qtbase_ru.qm"))

    # Run from elsewhere, with nothing of the checkout on the path.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    database = str(tmp_path / "bundle.sqlite3")
    meeting = _run(program, "--db", database, "meeting", "add", "--title", "HDIM", env=env)
    session = _run(
        program, "--db", database, "session", "add", "--meeting", meeting,
        "--label", "Working Session 1", "--title", "Tolerance", env=env,
    )  # fmt: skip
    _run(
        program, "--db", database, "statement", "add", "--session", session,
        "--speaker", "Анна Смирнова", "--on-behalf-of", "Kazakhstan",
        "--category", "delegation", env=env,
    )  # fmt: skip
    pdf = tmp_path / "rapport.pdf"
    _run(
        program, "--db", database, "export", "--session", session, "--format", "pdf",
        "--out", str(pdf), "--language", "ru", env=env,
    )  # fmt: skip
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Working Session 1" in text and "Делегации: 1" in text

    # The window opens on that database and shows its data.
    env["RAPPORTEUR_EXIT_WHEN_SHOWN"] = "data"
    _run(program, "--db", database, "gui", "--session", session, env=env)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="dev.sh installs appstream")
def test_the_appstream_metainfo_is_valid() -> None:
    (metainfo,) = PACKAGING.glob("*.metainfo.xml")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    desktop = (PACKAGING / "rapporteur-app.desktop").read_text()
    assert "rapporteur-app.desktop" in metainfo.read_text()
    assert "Exec=rapporteur-app" in desktop
