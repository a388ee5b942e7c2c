"""Until the window's first paint the garbage collector is held off (the start makes
objects that stay, and little garbage); from the paint on, and however the window
ends, it runs as it did before (app.launch_gui)."""

import gc
from collections.abc import Callable, Iterator

import pytest

from rapporteur_app import app
from rapporteur_app.ui import application


@pytest.fixture
def collecting() -> Iterator[None]:
    """The collector on, as in a program; as it was again after the test."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_held_off_until_the_paint(
    monkeypatch: pytest.MonkeyPatch, collecting: None
) -> None:
    seen: dict[str, bool] = {}

    def start_gui(*args: object, after_paint: Callable[[], None], **kwargs: object) -> int:
        seen["before the paint"] = gc.isenabled()
        after_paint()
        seen["after the paint"] = gc.isenabled()
        return 0

    monkeypatch.setattr(application, "start_gui", start_gui)
    monkeypatch.setattr(app, "setup_logging_if_early", lambda: None)
    assert app.launch_gui(None, None, False) == 0
    assert seen == {"before the paint": False, "after the paint": True}
    assert gc.isenabled()


def test_a_window_that_ends_before_its_paint_gives_it_back(
    monkeypatch: pytest.MonkeyPatch, collecting: None
) -> None:
    def start_gui(*args: object, **kwargs: object) -> int:
        raise RuntimeError("the window failed")

    monkeypatch.setattr(application, "start_gui", start_gui)
    with pytest.raises(RuntimeError):
        app.launch_gui(None, None, False)
    assert gc.isenabled()


def test_a_collector_held_off_by_the_caller_stays_off(
    monkeypatch: pytest.MonkeyPatch, collecting: None
) -> None:
    def start_gui(*args: object, after_paint: Callable[[], None], **kwargs: object) -> int:
        after_paint()
        return 0

    monkeypatch.setattr(application, "start_gui", start_gui)
    monkeypatch.setattr(app, "setup_logging_if_early", lambda: None)
    gc.disable()
    assert app.launch_gui(None, None, False) == 0
    assert not gc.isenabled()
