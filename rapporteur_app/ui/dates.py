"""Days written in the program's language (Qt's locale: the one the translators set)."""

from datetime import date

from PySide6.QtCore import QDate, QLocale


def long_day(day: date) -> str:
    """'Monday 18 July 2022', 'понедельник 18 июля 2022', 'lundi 18 juillet 2022'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_day(day: date) -> str:
    """'Mon 18 Jul 2022' and its equivalents."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
