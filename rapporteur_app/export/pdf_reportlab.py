"""reportlab's paragraph module, imported without compiling its web-address pattern.

At import, ``reportlab.platypus.paragraph`` compiles ``uri_pat``: a case-blind
expression whose classes span U+00A1 to U+FFFF, which Python's compiler folds
letter by letter (a twentieth of a whole PDF export's CPU). The pattern serves
only hyphenation that spares web addresses, which the documents never ask for.
Imported through here, the module gets that one pattern as a stand-in compiled
the first time it is used: the same pattern, the same matches. Every other
expression is compiled as usual, and ``re.compile`` is itself again after the
import.

Every module of the program that imports reportlab's platypus or graphics
imports this one first.
"""

import re
import sys
from typing import Any

_MODULE = "reportlab.platypus.paragraph"
_COMPILE = re.compile
# The pattern's beginning and its flags, as reportlab 5.x writes it.
_URI_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class DeferredPattern:
    """A compiled expression made when first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _COMPILE(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


def _import_paragraph_module() -> None:
    if _MODULE in sys.modules:
        return

    def compile_later(pattern: Any, flags: int = 0) -> Any:
        if (
            isinstance(pattern, str)
            and flags == re.IGNORECASE
            and pattern.startswith(_URI_START)
            and "\uffff" in pattern
        ):
            return DeferredPattern(pattern, flags)
        return _COMPILE(pattern, flags)

    re.compile = compile_later
    try:
        __import__(_MODULE)
    finally:
        re.compile = _COMPILE


_import_paragraph_module()
