"""The few colours the program adds to the system's palette, chosen against it.

The program otherwise draws with the system's palette, so a high-contrast theme
applies as it is. A colour of our own (a problem in red, a row marked in a
table) is picked for the palette's background, light or dark, so that it stays
readable in a dark high-contrast theme too.
"""

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def _dark_background() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def problem_colour() -> str:
    """The red of a problem's text: deep on a light background, light on a dark one."""
    return "#ff8a80" if _dark_background() else "#b00020"


def problem_style() -> str:
    return f"color: {problem_colour()};"


def quiet_text() -> QColor:
    """Text shown but less important (an entry of a reference list nobody spoke for)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def marked_row(light: str, dark: str) -> QColor:
    """A marked row's background: ``light`` on a light palette, ``dark`` on a dark one."""
    return QColor(dark if _dark_background() else light)
