"""Write migrations/head_schema.sql, the script a new SQLite file is made by, from
what the migration chain makes on an empty file: `python tools/make_head_schema.py`
after adding a migration (tests/store/test_new_file_schema.py fails until it is run)."""

import sys
import tempfile
from pathlib import Path

from rapporteur_app.store.migrate import head_revision, script_from_migrations
from rapporteur_app.store.new_file_schema import SCRIPT_NAME
from rapporteur_app.store.schema_head import HEAD_REVISION

TARGET = Path(__file__).resolve().parent.parent / "migrations" / SCRIPT_NAME


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        script = script_from_migrations(Path(folder) / "new.sqlite3")
    TARGET.write_text(script, encoding="utf-8")
    print(f"wrote {TARGET} ({script.count(chr(10))} lines)")
    if head_revision() != HEAD_REVISION:
        print(f"now set HEAD_REVISION in store/schema_head.py to {head_revision()!r}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
