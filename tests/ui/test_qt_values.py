"""The numbers the window gives Qt before its first paint (ui/qt_values.py) are the Qt
namespace's own values, and the lazy namespace (ui/qt_namespace.py) is Qt's."""

from PySide6.QtCore import Qt as RealQt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from rapporteur_app.ui import qt_values
from rapporteur_app.ui.key_sequences import give_keys, give_standard_key, shortcut
from rapporteur_app.ui.qt_namespace import Qt

EXPECTED = {
    "DISPLAY_ROLE": RealQt.ItemDataRole.DisplayRole,
    "EDIT_ROLE": RealQt.ItemDataRole.EditRole,
    "TOOL_TIP_ROLE": RealQt.ItemDataRole.ToolTipRole,
    "FONT_ROLE": RealQt.ItemDataRole.FontRole,
    "TEXT_ALIGNMENT_ROLE": RealQt.ItemDataRole.TextAlignmentRole,
    "USER_ROLE": RealQt.ItemDataRole.UserRole,
    "ALIGN_RIGHT": RealQt.AlignmentFlag.AlignRight,
    "ALIGN_V_CENTER": RealQt.AlignmentFlag.AlignVCenter,
    "NO_FOCUS": RealQt.FocusPolicy.NoFocus,
    "CLICK_FOCUS": RealQt.FocusPolicy.ClickFocus,
    "WIDGET_SHORTCUT": RealQt.ShortcutContext.WidgetShortcut,
    "WINDOW_SHORTCUT": RealQt.ShortcutContext.WindowShortcut,
    "APPLICATION_SHORTCUT": RealQt.ShortcutContext.ApplicationShortcut,
    "CUSTOM_CONTEXT_MENU": RealQt.ContextMenuPolicy.CustomContextMenu,
    "SCROLL_BAR_ALWAYS_OFF": RealQt.ScrollBarPolicy.ScrollBarAlwaysOff,
    "ELIDE_RIGHT": RealQt.TextElideMode.ElideRight,
    "RICH_TEXT": RealQt.TextFormat.RichText,
    "LINKS_ACCESSIBLE_BY_MOUSE": RealQt.TextInteractionFlag.LinksAccessibleByMouse,
    "HORIZONTAL": RealQt.Orientation.Horizontal,
    "VERTICAL": RealQt.Orientation.Vertical,
    "CASE_INSENSITIVE": RealQt.CaseSensitivity.CaseInsensitive,
}


def test_each_number_is_qts_own() -> None:
    given = {name: value for name, value in vars(qt_values).items() if name.isupper()}
    assert set(given) == set(EXPECTED)
    for name, value in EXPECTED.items():
        assert given[name] == value.value, name


def test_the_lazy_namespace_gives_qts_values() -> None:
    assert Qt.Key.Key_F5 is RealQt.Key.Key_F5
    assert Qt.ItemFlag.ItemIsEditable is RealQt.ItemFlag.ItemIsEditable


def test_keys_given_by_property_are_the_shortcuts_setshortcut_gives(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    redo = QAction("Redo", window)
    give_keys(redo, ["Ctrl+Shift+Z", "Ctrl+Y"])  # the namespace is built here: both at once
    assert [k.toString() for k in redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    delete = QAction("Delete", window)
    give_standard_key(delete, QKeySequence.StandardKey.Delete)
    expected = QAction("Delete", window)
    expected.setShortcut(QKeySequence.StandardKey.Delete)
    assert delete.shortcuts() == expected.shortcuts()
    tab = shortcut("Ctrl+PgDown", window)
    assert tab.key().toString() == "Ctrl+PgDown"
