"""A statement of the exchange file as the row the streaming load writes.

The statements are nearly all of a big file, and a million of them are built one
by one: names and clock times met again are not cleaned or parsed again, and a
clean note is told clean in C. Apart from the load (:mod:`exchange_load`), which
reads and checks, and its writers (:mod:`exchange_load_writer`,
:mod:`exchange_load_sqlite`), which store: this is the one place a statement's
fields become its row's values.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import clean_line, clean_text
from rapporteur_app.services.cosignatories import resolve_cosignatories
from rapporteur_app.services.exchange_file import Json
from rapporteur_app.services.exchange_load_clock import plain_clock
from rapporteur_app.services.exchange_rows import file_time, loaded_at
from rapporteur_app.store.models import StatementCosignatoryRow

if TYPE_CHECKING:
    from rapporteur_app.services.exchange_load_writer import LoadWriter
    from rapporteur_app.services.exchange_names import LoadNames


# What clean_text changes or drops (line ends other than \\n, controls, surrogates):
# a text with none of it and already NFC is returned as it is, in one search in C.
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _clean_text(value: str) -> str:
    """:func:`clean_text`, the usual clean text found so at once (a test holds the two
    alike)."""
    # Every character _ODD finds is unprintable: a printable text (most notes of one
    # paragraph) is told in C without the search.
    if (value.isprintable() or _ODD.search(value) is None) and unicodedata.is_normalized(
        "NFC", value
    ):
        return value
    return clean_text(value)


# Clock times whose stored form tells whether the writer stores a time as its text.
_CLOCK_SAMPLES = ((0, 0, 0), (9, 5, 7), (23, 59, 59), (12, 0, 0))


class StatementRowBuilder:
    """A statement of the file as the row the writer stores (its values in
    :data:`COLUMNS` order, the id left to the writer; clock times, flags and moments
    already in the writer's stored form, :meth:`LoadWriter.stored`); names, clock times
    met again are not cleaned or parsed again."""

    def __init__(
        self, db: DbSession, meeting_id: int, session_id: int, known: LoadNames, writer: LoadWriter
    ) -> None:
        self._db = db
        self._meeting_id = meeting_id
        self._session_id = session_id
        self._known = known
        self._lines: dict[str, str] = {}
        self._times: dict[str, tuple[object, object]] = {}
        self._position = 0
        self._clock, flag, moment = writer.stored()
        # Whether the stored form of a clock time is its "HH:MM:SS" text and six
        # zeros (SQLite's dialect): then a plain clock time of the file is stored
        # without being parsed, and stored forms compare as the times do.
        self._text_clock = all(
            self._clock(time(*parts)) == f"{parts[0]:02}:{parts[1]:02}:{parts[2]:02}.000000"
            for parts in _CLOCK_SAMPLES
        )
        self._now = moment(loaded_at())
        self._yes, self._no = flag(True), flag(False)

    def _line(self, value: str) -> str:
        cleaned = self._lines.get(value)
        if cleaned is None:
            if len(self._lines) > 50_000:
                self._lines.clear()
            cleaned = self._lines[value] = clean_line(value)
        return cleaned

    def _time(self, value: str, which: str, number: object) -> tuple[object, object]:
        """(what orders it, its stored form) of ``value``: the clock time, or its
        stored text where that orders as the times do."""
        parsed = self._times.get(value)
        if parsed is None:
            plain = plain_clock(value) if self._text_clock else None
            if plain is not None:
                text = plain + ".000000"
                parsed = (text, text)
            else:
                clock = file_time(value, f"{which} of statement {number}")
                if clock is None:  # pragma: no cover - file_time gives a time for a string
                    raise ValueError(value)
                stored = self._clock(clock)
                parsed = (stored if self._text_clock else clock, stored)
            if len(self._times) < 100_000:
                self._times[value] = parsed
        return parsed

    def row(self, item: Json) -> list[object]:
        self._position += 1
        get = item.get
        category = item["category"]
        on_behalf_of = self._line(get("on_behalf_of", ""))
        speaker = self._line(get("speaker", ""))
        known = self._known
        organization_id = known.organization_named(on_behalf_of, category) if on_behalf_of else None
        speaker_id = (
            known.speaker(self._db, self._meeting_id, speaker, organization_id) if speaker else None
        )
        start = get("start")
        end = get("end")
        stored_start = stored_end = None
        if start is not None:
            start_clock, stored_start = self._time(start, "start", item["id"])
        if end is not None:
            end_clock, stored_end = self._time(end, "end", item["id"])
            if start is not None and end_clock < start_clock:  # type: ignore[operator]
                raise InvalidInput.coded("exchange-statement-ends-early", id=item["id"])
        notes = get("notes", "")
        return [
            0, self._session_id, self._position, speaker_id, speaker, organization_id,
            on_behalf_of, category, get("kind", "statement"), None, stored_start, stored_end,
            _clean_text(notes) if notes else "", self._yes if get("anonymous") else self._no,
            self._line(get("anonymous_description", "")), self._now, self._now,
        ]  # fmt: skip

    def after(
        self, writer: LoadWriter, batch: list[Json], ids: list[int], rows: list[list[object]]
    ) -> None:
        """What a few statements bring beyond their row, as :meth:`ExchangeService.load`
        writes it (:func:`exchange_document_load.statement_extras`), a batch in one go: their
        co-signatories through the load's one resolver, and a speaker not to be
        named."""
        signed: list[Json] = []
        unnamed: list[Json] = []
        for item, row_id, row in zip(batch, ids, rows, strict=True):
            if item.get("cosignatories"):
                found = resolve_cosignatories(
                    self._db, str(row[6]), item["cosignatories"], Category(str(row[7])),
                    self._known.resolver,
                )  # fmt: skip
                signed.extend(
                    {"statement_id": row_id, "position": position, "organization_id": org,
                     "name": name}
                    for position, (org, name) in enumerate(found, start=1)
                )  # fmt: skip
            if item.get("anonymous") and isinstance(row[3], int):
                unnamed.append({"person": row[3], "description": str(row[14])})
        writer.rows(StatementCosignatoryRow, signed)
        writer.not_named(unnamed)
