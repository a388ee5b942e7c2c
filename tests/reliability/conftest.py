"""Helpers for tests that cause faults for real: other processes, signals, full disks."""

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a child process: offscreen Qt, this checkout importable."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    environment.update(extra)
    return environment


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


PYTHON = sys.executable
