"""QT_TRANSLATE_NOOP, typed: marks a string of a table for extraction by
``pyside6-lupdate`` (which knows the name) and gives it back unchanged; the
code translates it where it shows it, with the same context. PySide6's own
returns ``object`` to the type checker."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context  # read by lupdate, not at run time
    return text
