"""reportlab's paragraph module, imported without compiling five expressions it
never uses in our documents.

At import, ``reportlab.platypus.paragraph`` and the modules it imports compile
expressions whose character classes span most of Unicode, which Python's compiler
works out character by character (the web-address pattern 25-50 ms of CPU, the four
others together about 2% of a whole PDF export's instructions):

- ``paragraph.uri_pat``, case-blind over U+00A1-U+FFFF: hyphenation that spares web
  addresses, which the documents never ask for;
- ``paragraph._hy_shy_letters_pat`` and ``_hy_letters_pat``: hyphenation too;
- ``textsplit.rx`` over U+2E80-U+FFFF: the CJK line wrapper (``cjkwrap``), which
  platypus does not call;
- ``rl_safe_eval.__rl_unsafe_re__``: defined, used nowhere in reportlab.

Imported through here, each of those gets a stand-in compiled the first time it is
used: the same pattern and flags, the same matches. Every other expression is
compiled as usual, and ``re.compile`` is itself again after the import.

``reportlab.lib.utils`` also imports Pillow's ``PIL.Image`` (with its EXIF and TIFF
tables: ~12 ms by ``-X importtime``), which only a picture needs (a meeting's logo).
It gets a stand-in module that imports the real one when first asked for anything;
every other module imports the real one as always.

Every module of the program that imports reportlab's platypus or graphics
imports this one first.
"""

import importlib
import re
import sys
import types
from typing import Any

_MODULE = "reportlab.platypus.paragraph"
_COMPILE = re.compile
# The patterns (or how they begin) and their flags, as reportlab 5.x writes them.
_URI_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_CJK = "([\u2e80-\uffff])"
_UNSAFE_START = "\\b(?:"
# reportlab's hyphenation letters end with these (A-Z, Latin, Cyrillic А-я, ...).
_HYPHENATION_LETTERS = "A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\u024f\u1e80-\u1e85\u1e00-\u1eff\u0410-\u044f"


def deferred(pattern: object, flags: int) -> bool:
    """Whether this is one of the expressions compiled on first use (see above)."""
    if not isinstance(pattern, str):
        return False
    if flags == re.IGNORECASE:
        return pattern.startswith(_URI_START) and "\uffff" in pattern
    if flags == re.UNICODE:
        return pattern == _CJK
    if flags == re.MULTILINE:
        # Its names come from a set: their order changes from run to run.
        return pattern.startswith(_UNSAFE_START) and "co_stacksize" in pattern
    return (
        flags == 0
        and pattern.startswith("^[")
        and pattern.endswith("]+$")
        and _HYPHENATION_LETTERS in pattern
    )


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


class ModuleOnFirstUse(types.ModuleType):
    """A module imported when one of its attributes is first asked for."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:  # asked for while it still stands in
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


_IMAGES = "PIL.Image"


def _import_paragraph_module() -> None:
    if _MODULE in sys.modules:
        return
    stand_in = None
    if _IMAGES not in sys.modules and "reportlab.lib.utils" not in sys.modules:
        stand_in = sys.modules[_IMAGES] = ModuleOnFirstUse(_IMAGES)

    def compile_later(pattern: Any, flags: int = 0) -> Any:
        if deferred(pattern, flags):
            return DeferredPattern(pattern, flags)
        return _COMPILE(pattern, flags)

    re.compile = compile_later
    try:
        __import__(_MODULE)
    finally:
        re.compile = _COMPILE
        if stand_in is not None and sys.modules.get(_IMAGES) is stand_in:
            del sys.modules[_IMAGES]  # the next import of PIL.Image is the real one


_import_paragraph_module()
