import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def snapshot(db_path: Path) -> Callable[[], list[str]]:
    """Every row of the database as SQL text, to prove a failed command changed nothing."""

    def take() -> list[str]:
        if not db_path.exists():
            return []
        with sqlite3.connect(db_path) as raw:
            return list(raw.iterdump())

    return take
