"""The newest schema revision this program knows, read from its revision files: no
Alembic and no SQLAlchemy imported (opening an up-to-date database and the quick
read of the command line need no more)."""

import re
from functools import cache
from importlib.resources import files

from rapporteur_app.domain.errors import StoreError

_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w.-]+|None)['\"]?", re.M)


@cache
def _revisions() -> tuple[frozenset[str], frozenset[str]]:
    """Every revision and every revision something follows, read from the revision
    files themselves: opening a database that is already up to date does not pay
    for importing Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (files("rapporteur_app.migrations") / "versions").iterdir():
        if not script.name.endswith(".py"):
            continue
        for down, value in _REVISION.findall(script.read_text("utf-8")):
            if value != "None":
                (parents if down else revisions).add(value)
    return frozenset(revisions), frozenset(parents)


def known_revisions() -> frozenset[str]:
    return _revisions()[0]


@cache
def head_revision() -> str:
    revisions, parents = _revisions()
    heads = set(revisions - parents)
    if len(heads) != 1:
        raise StoreError.coded("migrations-broken", heads=len(heads))
    return heads.pop()
