"""The ``Qt`` namespace (``PySide6.QtCore.Qt``), built the first time one of its
values is asked for rather than when a module imports it.

PySide makes the namespace's Python enums (keys, roles, alignments, focus policies …:
94 enums, some 1,900 members) all at once, on the first access to ``QtCore.Qt``:
25–40 ms on the machines the benchmark runs on, which a bare window never pays. The
window's modules import ``Qt`` from here, so importing them builds nothing; what runs
before the first paint gives Qt these values as numbers
(:mod:`rapporteur_app.ui.qt_values`), and the namespace is built right after the paint
(:func:`build_now`, called by ``ui/application.py``), before a key can need it. Code
that asks for a value earlier simply builds it then: slower, never wrong.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

__all__ = ["Qt", "build_now", "is_built", "once_built"]

# What waits for the namespace (once_built), done when it is built here.
_waiting: list[Callable[[], None]] = []


class _Namespace:
    """Stands for ``PySide6.QtCore.Qt``; each name is looked up there once, then kept."""

    def __getattr__(self, name: str) -> Any:
        import PySide6.QtCore

        value = getattr(PySide6.QtCore.Qt, name)
        setattr(self, name, value)  # the next access is a plain attribute
        _run_waiting()
        return value


if TYPE_CHECKING:
    from PySide6.QtCore import Qt as Qt  # noqa: PLC0414 - the name this module gives
else:
    Qt = _Namespace()


def is_built() -> bool:
    """Whether PySide has made the namespace in this process (whoever asked for it)."""
    import PySide6.QtCore

    return "Qt" in vars(PySide6.QtCore)


def build_now() -> None:
    """Make the namespace now (after the first paint: the first key does not wait), and
    do what waited for it."""
    Qt.Key  # noqa: B018 - the access builds it
    _run_waiting()


def once_built(work: Callable[[], None]) -> None:
    """``work`` now if the namespace is built, else as soon as it is (here: after the
    first paint, or at the first value asked for through :data:`Qt`)."""
    if is_built():
        work()
    else:
        _waiting.append(work)


def _run_waiting() -> None:
    while _waiting:
        work = _waiting.pop(0)
        try:
            work()
        except RuntimeError:  # its widget went meanwhile (PySide: "already deleted")
            continue
