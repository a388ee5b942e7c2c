"""./dev.sh, the README's set-up: it names what to install when it cannot install it."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def test_a_user_who_is_not_root_is_told_exactly_what_to_install(tmp_path: Path) -> None:
    stubs = tmp_path / "bin"
    stubs.mkdir()
    _stub(stubs, "id", "echo 1000")  # not root
    # Every package reported missing, except two, so the list is checked exactly.
    _stub(
        stubs, "dpkg-query", 'case "$3" in libgl1|libdbus-1-3) echo "install ok installed";; esac'
    )
    env = {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}", "VENV": str(tmp_path / "v")}
    result = subprocess.run(
        [str(ROOT / "dev.sh"), "run", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    install = [line for line in lines if "sudo apt-get install" in line]
    assert len(install) == 1
    named = install[0].split("sudo apt-get install", 1)[1].split()
    assert "libegl1" in named and "libxkbcommon0" in named and "libxcb-cursor0" in named
    assert "libgl1" not in named and "libdbus-1-3" not in named
    assert not (tmp_path / "v").exists()  # nothing set up before the libraries are there


def test_an_unknown_word_shows_the_usage() -> None:
    result = subprocess.run(
        [str(ROOT / "dev.sh"), "deploy"], capture_output=True, text=True, check=False, timeout=30
    )
    assert result.returncode == 2
    assert "usage: ./dev.sh run" in result.stderr
