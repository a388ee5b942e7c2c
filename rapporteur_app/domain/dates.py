"""Dates in the words of each language, from Babel's CLDR data (not hand-made tables).

English is British English, as the OSCE writes it ("18 July 2022"); a range
inside one month is written as the secretariat writes it in English
("18-19 July 2022") and as CLDR writes it in the other languages
("18.–19. Juli 2022", "18–19 июля 2022 г.").
"""

import re
from datetime import date
from functools import cache

from babel.dates import format_date, format_interval

_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "de": "de_DE",
    "it": "it_IT",
    "ru": "ru_RU",
    "es": "es_ES",
}


def _locale(code: str) -> str:
    return _LOCALES.get(code.split("-", maxsplit=1)[0], "en_GB")


def long_date(day: date, code: str) -> str:
    return format_date(day, "long", locale=_locale(code))


def full_date(day: date, code: str) -> str:
    """With the weekday, capitalised where the language capitalises a heading's first word."""
    text = format_date(day, "full", locale=_locale(code))
    return text[:1].upper() + text[1:]


@cache
def _month_names(locale: str) -> tuple[tuple[str, str], ...]:
    """(abbreviated, full) month names in the form used inside a date, longest first."""
    pairs = []
    for month in range(1, 13):
        sample = date(2001, month, 15)
        pairs.append(
            (format_date(sample, "MMM", locale=locale), format_date(sample, "MMMM", locale=locale))
        )
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def _full_months(text: str, locale: str) -> str:
    # CLDR has no interval format with full month names for most languages: it
    # gives "18–19 juil. 2022"; a published document writes the month in full.
    for short, full in _month_names(locale):
        if short != full:
            text = re.sub(re.escape(short) + r"(?!\w)", full, text)
    return text


def date_range(start: date | None, end: date | None, code: str) -> str:
    if start is None:
        return ""
    end = end or start
    locale = _locale(code)
    if end == start:
        return long_date(start, code)
    if locale == "en_GB":
        if (end.year, end.month) == (start.year, start.month):
            return f"{start.day}-{long_date(end, code)}"
        if end.year == start.year:
            return f"{format_date(start, 'd MMMM', locale=locale)} - {long_date(end, code)}"
        return f"{long_date(start, code)} - {long_date(end, code)}"
    text = _full_months(format_interval(start, end, "yMMMMd", locale=locale), locale)
    # Some CLDR interval patterns pad a day with a zero ("02 luglio"); no date here does.
    return re.sub(r"(?<!\d)0(\d)(?!\d)", r"\1", text)
