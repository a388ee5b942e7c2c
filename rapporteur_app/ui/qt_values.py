"""Values of the ``Qt`` namespace as plain numbers, for what runs before the window's
first paint (see :mod:`rapporteur_app.ui.qt_namespace`): Qt takes them through the
widgets' properties by name (``setProperty("focusPolicy", NO_FOCUS)``), and a model's
``data()`` is asked for its roles as numbers. Each number is Qt's own, held equal to
the namespace's value by ``tests/ui/test_qt_values.py``.
"""

# Qt.ItemDataRole
DISPLAY_ROLE = 0
EDIT_ROLE = 2
TOOL_TIP_ROLE = 3
FONT_ROLE = 6
TEXT_ALIGNMENT_ROLE = 7
USER_ROLE = 0x0100

# Qt.AlignmentFlag
ALIGN_RIGHT = 0x0002
ALIGN_V_CENTER = 0x0080

# Qt.FocusPolicy
NO_FOCUS = 0
CLICK_FOCUS = 0x2

# Qt.ShortcutContext
WIDGET_SHORTCUT = 0
WINDOW_SHORTCUT = 1
APPLICATION_SHORTCUT = 2

# Qt.ContextMenuPolicy
CUSTOM_CONTEXT_MENU = 3

# Qt.ScrollBarPolicy
SCROLL_BAR_ALWAYS_OFF = 1

# Qt.TextElideMode
ELIDE_RIGHT = 1

# Qt.TextFormat
RICH_TEXT = 1

# Qt.TextInteractionFlag
LINKS_ACCESSIBLE_BY_MOUSE = 4

# Qt.Orientation
HORIZONTAL = 0x1
VERTICAL = 0x2

# Qt.CaseSensitivity
CASE_INSENSITIVE = 0
