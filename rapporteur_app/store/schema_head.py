"""The newest schema revision, written down: the window's first fill and the command
line's quick read compare a file's revision with it before anything else is read,
without reading the migration files at every start (tests/store/test_schema_head.py
holds it equal to the head the files themselves give; a new migration changes it)."""

HEAD_REVISION = "0024"
