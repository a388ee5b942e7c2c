"""The window's log file is set up once the window has painted (app.py): what is
logged before is kept meanwhile and written to the file then, in order, at the
file's level; a command sets the file up at once, as before."""

import logging
from pathlib import Path

import pytest

from rapporteur_app.app import EarlyRecords, keep_early_records, setup_logging_if_early


def _ours(root: logging.Logger) -> list[logging.Handler]:
    return [h for h in root.handlers if h.get_name() and h.get_name().startswith("rapporteur-log")]


def test_what_is_logged_before_the_paint_reaches_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = tmp_path / "logs" / "rapporteur.log"
    monkeypatch.setenv("RAPPORTEUR_LOG", str(log_file))
    root = logging.getLogger()
    # A command run earlier in this test process left its log file's handler: the
    # window's start begins without one, so this test does too (put back after).
    earlier = _ours(root)
    for handler in earlier:
        root.removeHandler(handler)
    kept = list(root.handlers)
    try:
        keep_early_records()
        keep_early_records()  # once only, however often asked
        assert [type(h) for h in _ours(root)] == [EarlyRecords]
        logging.getLogger("rapporteur_app.test").warning("before the paint: one")
        logging.getLogger("rapporteur_app.test").debug("below the file's level")
        logging.getLogger("rapporteur_app.test").error("before the paint: two")
        assert not log_file.exists()  # nothing written before the paint

        setup_logging_if_early()
        logging.getLogger("rapporteur_app.test").warning("after the paint")
        handlers = _ours(root)
        assert len(handlers) == 1 and not isinstance(handlers[0], EarlyRecords)
        handlers[0].flush()
        lines = log_file.read_text(encoding="utf-8").splitlines()
        assert [line.split(": ", 1)[1] for line in lines] == [
            "before the paint: one",
            "before the paint: two",
            "after the paint",
        ]
        assert log_file.stat().st_mode & 0o777 == 0o600
        setup_logging_if_early()  # the file is there: nothing more
        assert _ours(root) == handlers
    finally:
        for handler in _ours(root):
            if handler not in kept:
                root.removeHandler(handler)
                handler.close()
        for handler in earlier:
            root.addHandler(handler)
