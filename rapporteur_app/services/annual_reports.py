"""The office's annual report: its written parts kept per year, its tables drawn from
the database, written as DOCX or PDF through the one writer registry."""

import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rapporteur_app.domain.documents.annual_report import AnnualReport, AnnualReportSettings
from rapporteur_app.domain.text import clean_text
from rapporteur_app.services.document_files import Dressing, write_document
from rapporteur_app.services.follow_up import FollowUpService
from rapporteur_app.services.year import YearService
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import AnnualReportRow


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value).strip()
    if isinstance(value, (list, tuple)):
        return [_cleaned(v) for v in value]
    if isinstance(value, dict):
        return {k: _cleaned(v) for k, v in value.items()}
    return value


class AnnualReportService:
    def __init__(self, db: Database, year: YearService, follow_up: FollowUpService) -> None:
        self._db = db
        self._year = year
        self._follow_up = follow_up

    def settings(self, year: int) -> AnnualReportSettings:
        with self._db.reading() as db:
            row = db.scalar(select(AnnualReportRow).where(AnnualReportRow.year == year))
            return AnnualReportSettings.from_json(year, row.content if row else "")

    def set_settings(self, year: int, **values: Any) -> AnnualReportSettings:
        """Change what the office wrote (see AnnualReportSettings for the names);
        texts are cleaned of what a document cannot hold."""
        with self._db.writing() as db:
            row = db.scalar(select(AnnualReportRow).where(AnnualReportRow.year == year))
            current = AnnualReportSettings.from_json(year, row.content if row else "")
            settings = current.with_values(**_cleaned(values))
            if row is None:
                db.add(AnnualReportRow(year=year, content=settings.to_json()))
            else:
                row.content = settings.to_json()
            return settings

    def build(self, year: int) -> AnnualReport:
        settings = self.settings(year)
        return AnnualReport(
            settings,
            events=tuple(self._year.events(year)),
            statistics=self._year.statistics(year) if settings.statistics_tables else None,
            follow_up=tuple(self._follow_up.table(year)) if settings.follow_up_table else (),
        )

    def export(self, year: int, fmt: str, out: str | os.PathLike[str]) -> Path:
        settings = self.settings(year)
        dressing = Dressing(symbol=settings.symbol)
        return write_document(self.build(year).document(), fmt, out, dressing)
