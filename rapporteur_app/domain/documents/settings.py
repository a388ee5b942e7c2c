"""How a meeting's documents are dressed, beyond what the agenda holds.

The secretariat's header (the issuing office, the document symbol such as
``PC.SHDM.GAL/3/22``, the distribution line, the date written on it, a logo),
its DOCX template, titles written by hand, the annex of the annotated agenda,
and the choices where the secretariat's documents write a label differently
(``BACKGROUND``, ``Day 1``). Stored as JSON beside the meeting so that a new
choice needs no new column; an unknown key or a wrong type reads as the default.
"""

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from rapporteur_app.domain.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class MeetingDocumentSettings:
    # The issuing office's lines above the title (rich text, one line each).
    issuer: str = ""
    symbol: str = ""
    distribution: str = ""
    # The date as the header shows it, written as the secretariat wants it.
    issued: str = ""
    logo: str = ""
    template: str = ""
    # Titles written by hand, one line each (the first is set as the title).
    highlights_title: str = ""
    agenda_title: str = ""
    consolidated_title: str = ""
    # Highlights: the generated "Moderator:" and "Speakers:" lines (off when the
    # synthesis names the speakers in bold itself), findings in italic.
    speaker_lines: bool = True
    italic_findings: bool = True
    # Agenda: "BACKGROUND" in capitals, and "Day 1" with or without its date.
    upper_headings: bool = False
    day_dates: bool = True
    annex_title: str = ""
    annex: str = ""

    def to_json(self) -> str:
        defaults = MeetingDocumentSettings()
        changed = {k: v for k, v in asdict(self).items() if getattr(defaults, k) != v}
        return json.dumps(changed, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "MeetingDocumentSettings":
        return cls(**_known(cls, text))

    def with_values(self, **values: Any) -> "MeetingDocumentSettings":
        return replace(self, **_checked(type(self), values))


@dataclass(frozen=True, slots=True)
class SessionDocumentSettings:
    # The panel's own lead-in before its findings ("Concrete findings of the panel
    # included:"); empty: the fixed heading.
    findings_lead_in: str = ""
    # A working group's participants written as the conclusions write them.
    participants: str = ""
    # The working group conclusions' title written by hand.
    conclusions_title: str = ""

    def to_json(self) -> str:
        changed = {k: v for k, v in asdict(self).items() if v}
        return json.dumps(changed, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "SessionDocumentSettings":
        return cls(**_known(cls, text))

    def with_values(self, **values: Any) -> "SessionDocumentSettings":
        return replace(self, **_checked(type(self), values))


def _known(cls: type, text: str) -> dict[str, Any]:
    try:
        data = json.loads(text) if text.strip() else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    types = {spec.name: type(spec.default) for spec in fields(cls)}
    return {k: v for k, v in data.items() if k in types and type(v) is types[k]}


def _checked(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    types = {spec.name: type(spec.default) for spec in fields(cls)}
    for key, value in values.items():
        if key not in types:
            raise InvalidInput.coded(
                "not-a-document-setting", key=repr(key), choices=", ".join(sorted(types))
            )
        if type(value) is not types[key]:
            code = "document-setting-yes-no" if types[key] is bool else "document-setting-text"
            raise InvalidInput.coded(code, key=repr(key))
    return values
