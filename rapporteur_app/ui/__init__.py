"""The PySide6 GUI: windows, views, Qt item models. Holds services, never ORM rows."""
