"""The types of the command line's arguments: an id, a value a domain parser reads.

The command modules import these; the parser imports the command modules. Kept
apart so that the two do not import each other.
"""

import argparse
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.labels import LANGUAGES, language_code
from rapporteur_app.domain.text import quoted
from rapporteur_app.export.formats import Format, find, names

_T = TypeVar("_T")


def value(convert: Callable[[str], _T]) -> Callable[[str], _T]:
    """An argparse ``type=`` from a domain parser, keeping the domain's message."""

    def parse(text: str) -> _T:
        try:
            return convert(text)
        except InvalidInput as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = getattr(convert, "__name__", "value")
    return parse


def format_choice(formats: Sequence[Format[Any]]) -> dict[str, Any]:
    """``add_argument`` keywords for a ``--format`` among ``formats``: the domain's
    refusal (coded, the same as everywhere) rather than argparse's own; the value is
    the format's name, whatever case the user typed."""
    return {
        "type": value(lambda text: find(formats, text).name),
        "metavar": "|".join(names(formats)),
    }


def language_choice() -> dict[str, Any]:
    """``add_argument`` keywords for the fixed labels' ``--language``."""
    return {"type": value(language_code), "metavar": "|".join(LANGUAGES), "default": "en"}


def identifier(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1 or number > 2**62:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not an id (a whole number from 1).")
    return number
