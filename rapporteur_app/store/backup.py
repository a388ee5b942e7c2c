"""Copies of a SQLite database taken with SQLite's online backup API.

The backup API copies a consistent snapshot even while another connection
writes, which a file copy of a WAL database does not.
"""

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from rapporteur_app.store.location import data_dir, private_dir


def backups_dir() -> Path:
    return private_dir(data_dir() / "backups")


def backup_file(source: Path, reason: str, target_dir: Path | None = None) -> Path:
    """Copy ``source`` to ``<stem>-<UTC time>-<reason>.sqlite3`` (0600) and return its path."""
    folder = private_dir(target_dir or backups_dir())
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
