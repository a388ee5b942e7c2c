"""The head revision written down for the start (store/schema_head.py) is the one the
migration files give: a new migration that forgot it fails here, not in a user's
window (whose first fill would then never be taken)."""

from rapporteur_app.store.revision import head_revision, known_revisions
from rapporteur_app.store.schema_head import HEAD_REVISION


def test_the_written_head_is_the_migration_files_head() -> None:
    assert head_revision() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()
