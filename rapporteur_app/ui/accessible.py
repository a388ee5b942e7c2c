"""Names for screen readers: each control is named by the words a sighted user
reads for it.

Qt names a control by the label whose buddy it is; a form row whose field is a
small wrapper (the field and its problem beside it) or a search box named only
by its placeholder would reach a screen reader nameless. ``name_controls`` gives
each such control its form label, else its placeholder, else its tooltip: all
already in the user's language. Views without any label (tables, lists, the
preview) are named where they are made.
"""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads (Qt's own, from the text or a buddy label, or set)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _label_text(label: QLabel) -> str:
    plain = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain.strip().rstrip(":").strip()


def _controls_in(item: QWidget | QLayout) -> list[QWidget]:
    if isinstance(item, QWidget):
        found = [item, *item.findChildren(QWidget)]
    else:
        found = []
        for index in range(item.count()):
            child = item.itemAt(index)
            if child is None:
                continue
            inner = child.widget() or child.layout()
            if inner is not None:
                found.extend(_controls_in(inner))
    return [w for w in found if isinstance(w, CONTROLS)]


def name_controls(root: QWidget) -> None:
    """Name every nameless control under ``root`` (see the module's docstring)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or field_item is None:
                continue
            field = field_item.widget() or field_item.layout()
            if field is None:
                continue
            for control in _controls_in(field):
                if not accessible_name(control):
                    control.setAccessibleName(_label_text(label))
    for control in root.findChildren(QWidget):
        if isinstance(control, CONTROLS) and not accessible_name(control):
            words = ""
            if isinstance(control, QLineEdit | QPlainTextEdit | QTextEdit):
                words = control.placeholderText()
            words = words or control.toolTip()
            if words:
                control.setAccessibleName(words)
