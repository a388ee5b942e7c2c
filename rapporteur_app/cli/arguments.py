"""The types of the command line's arguments: an id, a value a domain parser reads.

The command modules import these; the parser imports the command modules. Kept
apart so that the two do not import each other.
"""

import argparse
from collections.abc import Callable
from typing import TypeVar

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import quoted

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


def identifier(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1 or number > 2**62:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not an id (a whole number from 1).")
    return number
