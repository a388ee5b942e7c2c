"""The scale databases: 1,000, 100,000 and 1,000,000 statements in one meeting, with a
session of 10, one of 1,000 and one of 100,000 statements to log into.

Statements are written with plain SQL in one transaction (the store's triggers
keep the counts); the names cycle through Latin, Cyrillic and Greek spellings.
The largest database takes a minute or two to build: it is made once and kept
in a cache folder (``$RAPPORTEUR_BENCH_CACHE``, else ``~/.cache/rapporteur-bench``)
under a name that carries the schema's revisions, and copied for each run, so the
statements a run logs never pile up in it. CI never builds it (the smoke run
uses tiny sizes in a temporary folder).
"""

import fcntl
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rapporteur_app.services.app_services import Services

GENERATOR = "v2"  # bump when the data below changes (or a merge re-chains the revisions)

SPEAKERS = ("Anna Müller", "Олег Петров", "Γιώργος Παπαδόπουλος", "Zoë Lefèvre",
            "Ђорђе Јовановић", "Łukasz Wójcik", "Ayşe Yılmaz", "Nuno Gonçalves")  # fmt: skip
ORGANIZATIONS = (("Austria", "delegation"), ("Російська Федерація", "delegation"),
                 ("Ελλάδα", "delegation"), ("La Strada International", "civil-society"),
                 ("ODIHR", "osce-institution"), ("Council of Europe", "international-organization"),
                 ("Radio Free Europe", "media"), ("Norway", "delegation"))  # fmt: skip


@dataclass(frozen=True)
class Scale:
    path: Path
    meeting_id: int
    total: int
    # statements in the session -> its id (10, 1,000, 100,000: where logging is timed)
    sessions: dict[int, int]


def cache_dir() -> Path:
    configured = os.environ.get("RAPPORTEUR_BENCH_CACHE")
    base = Path(configured) if configured else Path.home() / ".cache" / "rapporteur-bench"
    base.mkdir(parents=True, exist_ok=True)
    return base


def _rows(session_id: int, count: int, start: int = 1) -> list[tuple[object, ...]]:
    rows = []
    for n in range(start, start + count):
        organization, category = ORGANIZATIONS[n % len(ORGANIZATIONS)]
        kind = "right-of-reply" if n % 20 == 0 else "statement"
        minute = n % 600
        clock = f"{9 + minute // 60:02d}:{minute % 60:02d}"
        notes = "Spoke of tolerance and non-discrimination." if n % 3 == 0 else ""
        speaker = SPEAKERS[n % len(SPEAKERS)]
        rows.append((session_id, n, speaker, organization, category, kind,
                     f"{clock}:00.000000", f"{clock}:45.000000", notes))  # fmt: skip
    return rows


_INSERT = (
    "INSERT INTO statements (session_id, position, speaker_name, on_behalf_of, category, kind,"
    " start_time, end_time, notes, anonymous, anonymous_description, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', '2026-11-24 10:00:00', '2026-11-24 10:00:00')"
)


def build(path: Path, total: int, logging_sizes: tuple[int, ...]) -> Scale:
    """A meeting of ``total`` statements: sessions of ``logging_sizes``, the rest in
    sessions of 1,000."""
    services = Services.open(path)
    try:
        meeting = services.meetings.add(f"Scale meeting ({total:,} statements)")
        sizes = list(logging_sizes)
        rest = total - sum(sizes)
        sizes += [1000] * (rest // 1000) + ([rest % 1000] if rest % 1000 else [])
        ids = [
            services.sessions.add(meeting.id, f"WS {n}", f"Working session {n}").id
            for n in range(1, len(sizes) + 1)
        ]
    finally:
        services.close()
    connection = sqlite3.connect(path)
    try:
        with connection:
            for session_id, count in zip(ids, sizes, strict=True):
                for start in range(1, count + 1, 50_000):
                    chunk = min(50_000, count - start + 1)
                    connection.executemany(_INSERT, _rows(session_id, chunk, start))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    sessions = {size: ids[n] for n, size in enumerate(logging_sizes)}
    return Scale(path, meeting.id, total, sessions)


def scale(folder: Path, total: int, logging_sizes: tuple[int, ...], cached: bool) -> Scale:
    """A fresh copy of the scale database of ``total`` statements in ``folder``."""
    target = folder / f"scale-{total}.sqlite3"
    if not cached:
        return build(target, total, logging_sizes)
    import hashlib

    from rapporteur_app.store.revision import head_revision, known_revisions

    sizes = "-".join(str(s) for s in logging_sizes)
    # Every revision in the name, not the head alone: a merge may re-chain them.
    chain = hashlib.sha1(" ".join(sorted(known_revisions())).encode()).hexdigest()[:8]
    name = f"scale-{total}-{sizes}-{head_revision()}-{chain}-{GENERATOR}.sqlite3"
    kept = cache_dir() / name
    info = kept.with_suffix(".ids")
    # Several runs may start at once (engineers share a machine): one builds under
    # the lock, each into a file of its own process, the others wait and copy.
    with kept.with_suffix(".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not kept.exists() or not info.exists():
            partial = kept.with_suffix(f".building-{os.getpid()}")
            made = build(partial, total, logging_sizes)
            info.write_text(
                " ".join(str(made.sessions[s]) for s in logging_sizes) + f" {made.meeting_id}"
            )
            partial.replace(kept)
    *session_ids, meeting_id = (int(word) for word in info.read_text().split())
    shutil.copyfile(kept, target)
    return Scale(target, meeting_id, total, dict(zip(logging_sizes, session_ids, strict=True)))
