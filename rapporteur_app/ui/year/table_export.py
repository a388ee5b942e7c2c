"""Writing one of the year's tables as CSV or XLSX, chosen in a save dialog."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.year_tables import Rows, write_table
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder

FILTER = "CSV (*.csv);;XLSX (*.xlsx)"


def save_table(parent: QWidget, table: Rows, name: str) -> str | None:
    """Ask where, then write; the written path, or None (cancelled or refused: said)."""
    target, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("YearTables", "Export the table"),
        str(export_folder() / f"{name}.csv"),
        FILTER,
    )
    if not target:
        return None
    fmt = "xlsx" if target.casefold().endswith(".xlsx") or "xlsx" in chosen.casefold() else "csv"
    if not target.casefold().endswith(f".{fmt}"):
        target += f".{fmt}"
    try:
        write_table(table, fmt, target)
    except RapporteurError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("YearTables", "Export"),
                            describe(error))  # fmt: skip
        return None
    remember_export_folder(target)
    return target
