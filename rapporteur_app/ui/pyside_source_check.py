"""PySide's look at every module imported after QtCore, made cheap.

Once ``PySide6.QtCore`` is imported, PySide asks of each module imported after it
whether its text holds "PySide6" (``shibokensupport.feature.feature_imported``): a
module that does not use PySide is left out when ``from __feature__ import ...``
(snake_case, true_property) switches Qt's classes. It asks by reading the module's
whole source with ``inspect.getsource``, which tokenizes the file to find its encoding
and keeps its lines in ``linecache``: some 140 modules before the window's first
paint (the program's own and the standard library's), 17–19 ms.

The same question is answered here from the file's bytes, read once: a module with a
``.py`` file on disk. Any other module (built in, an extension, one whose file cannot
be read) is asked PySide's own way. The answers are the same (the encodings Python
reads source in write "PySide6" as those bytes); the program never imports
``__feature__``, so they decide nothing for it, but a library that did would be
treated as before.

The names are PySide's private ones (6.4 to 6.11 at least): when a release renames
them, nothing is changed and PySide's own check runs as before.
"""

import io
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

# Imported before the check is in place: nothing it does not need (the type is a string).
if TYPE_CHECKING:
    from types import ModuleType

_MARK = b"PySide6"
_FEATURE_MODULE = "PySide6.support.feature"
_CHECK = "_mod_uses_pyside"

PySideCheck = Callable[["ModuleType"], bool]


def uses_pyside(module: "ModuleType", pyside_check: PySideCheck) -> bool:
    """PySide's answer for ``module``: from the bytes of its source file when it has
    one, else from ``pyside_check`` (PySide's own)."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            # Unbuffered, in one read: a third of the time of a buffered file object.
            with io.FileIO(path) as source:
                return _MARK in source.readall()
        except OSError:
            pass  # not on disk as a file (a bundle, a zip): PySide finds it its way
    return pyside_check(module)


def check_imports_cheaply() -> bool:
    """Replace PySide's check of newly imported modules by :func:`uses_pyside`; once
    per process (again is harmless). False when PySide's private names are not there:
    its own check is left as it is."""
    import PySide6.QtCore  # noqa: F401  (the check is set up with QtCore)

    feature = sys.modules.get(_FEATURE_MODULE)
    pyside_check = getattr(feature, _CHECK, None)
    if (
        feature is None
        or not callable(pyside_check)
        or not callable(getattr(feature, "feature_imported", None))
        or not isinstance(getattr(feature, "pyside_feature_dict", None), dict)
    ):
        return False
    if isinstance(pyside_check, _CheapCheck):
        return True
    setattr(feature, _CHECK, _CheapCheck(pyside_check))
    return True


class _CheapCheck:
    """In PySide's place: :func:`uses_pyside`, PySide's own check kept for the rest."""

    def __init__(self, pyside_check: PySideCheck) -> None:
        self.pyside_check = pyside_check

    def __call__(self, module: "ModuleType") -> bool:
        return uses_pyside(module, self.pyside_check)
