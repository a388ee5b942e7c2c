"""A non-editable install finds its migrations and resources (they ship in the wheel)."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_ships_migrations_and_resources_and_runs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("rapporteur_app-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "rapporteur_app/migrations/env.py" in names
    assert "rapporteur_app/migrations/head_schema.sql" in names
    assert any(n.startswith("rapporteur_app/migrations/versions/0001") for n in names)
    assert "rapporteur_app/resources/schemas/meeting-exchange-v1.schema.json" in names

    target = tmp_path / "installed"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # Run from an unrelated folder with only the installed copy first on the path,
    # so nothing can come from the checkout.
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONSAFEPATH": "1"}
    db = tmp_path / "wheel.sqlite3"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rapporteur_app",
            "--db",
            str(db),
            "meeting",
            "add",
            "--title",
            "From the wheel",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    probe = subprocess.run(
        [sys.executable, "-c", "import rapporteur_app; print(rapporteur_app.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().startswith(str(target))
