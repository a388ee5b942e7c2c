"""Errors worded at the edge, in the user's language.

A domain error with a code is shown from the sentence below, translated, with
its parameters put in; an error without a code (not yet converted) is shown as
the core wrote it. Each sentence is a literal inside ``translate()`` so that
``./dev.sh translations`` extracts it; its English is the domain's own
(``rapporteur_app.domain.error_codes``: a test holds them equal).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from rapporteur_app.domain.error_codes import PROBLEMS
from rapporteur_app.domain.errors import RapporteurError, Said, SaidLines
from rapporteur_app.domain.kinds import Category
from rapporteur_app.ui.error_text_exchange import exchange_sentences
from rapporteur_app.ui.error_text_more import choice_sentences, file_sentences
from rapporteur_app.ui.error_text_registration import (
    column_words,
    detail_words,
    registration_sentences,
)
from rapporteur_app.ui.error_text_store import store_sentences
from rapporteur_app.ui.labels import category_label

if TYPE_CHECKING:  # the agenda's rules are not imported before the first paint
    from rapporteur_app.domain.agenda import AgendaProblem


def _sentences() -> dict[str, str]:
    # Built at each call: the sentences follow the translator installed now.
    translate = QCoreApplication.translate
    return {
        "folder-missing": translate(
            "Errors", "The folder {folder} does not exist: {target} was not written."
        ),
        "target-is-folder": translate("Errors", "{target} is a folder: give a file name to write."),
        "target-read-only": translate("Errors", "{target} is read-only: it was left as it was."),
        "folder-read-only": translate(
            "Errors", "The folder {folder} is read-only: {target} was not written."
        ),
        "disk-full": translate("Errors", "The disk is full: {target} was not written."),
        "cannot-write-locked": translate(
            "Errors",
            "{target} cannot be written: the file or its folder is read-only,"
            " or the file is open in another program.",
        ),
        "cannot-write": translate("Errors", "{target} cannot be written (details: {reason})."),
        "name-too-long": translate(
            "Errors", "The file name {name} is too long: nothing was written."
        ),
        "not-regular-file": translate(
            "Errors",
            "{target} is not a regular file (a device, a pipe or a socket): nothing was written.",
        ),
        "agenda-ends-early": translate("Errors", "It ends before it starts ({span})."),
        "agenda-no-rapporteur": translate("Errors", "A working session needs a rapporteur."),
        "agenda-outside-dates": translate("Errors", "Outside the meeting's dates ({dates})."),
        "agenda-room-taken": translate("Errors", "{room} is also taken by {session} ({span})."),
        "rapport-final": translate(
            "Errors",
            "The rapport of {session} is final (version {version}, {when}, {author}):"
            " re-open it to change it. Nothing was changed.",
        ),
        "queue-who-empty": translate(
            "Errors", "Type who asked for the floor: a delegation, an organization or a name."
        ),
        "reply-only-answers": translate(
            "Errors", "Only a right of reply answers another statement."
        ),
        "reply-other-session": translate(
            "Errors", "A right of reply answers a statement of its own session."
        ),
        "queue-entry-empty": translate(
            "Errors", "A queued speaker needs a name or an organization."
        ),
        "queue-already": translate("Errors", "{speaker} is already in the queue."),
        "no-queued-speaker": translate("Errors", "There is no queued speaker {id}."),
        "floor-queue-empty": translate(
            "Errors", "Nobody is waiting for the floor: queue a speaker first."
        ),
        "reply-other-session-numbered": translate(
            "Errors",
            "Statement {statement} was made in another session; a right of reply answers a "
            "statement of its own session.",
        ),
        "reply-circle": translate(
            "Errors",
            "Statement {statement} would answer a reply that answers it: a chain of replies "
            "cannot go round in a circle.",
        ),
        "statement-ends-early": translate(
            "Errors", "The statement ends ({end}) before it starts ({start})."
        ),
        "statement-no-category": translate(
            "Errors", "Give the statement's category (or the delegation it was for)."
        ),
        "reply-itself": translate("Errors", "A right of reply cannot answer itself."),
        "statement-already-there": translate("Errors", "Statement {statement} is already there."),
        "panel-no-number": translate(
            "Errors", "The session's panel has {count} speaker(s); there is no number {number}."
        ),
        "not-a-panel-statement": translate(
            "Errors", "Statement {statement} is not a panel speaker's."
        ),
        "no-meeting": translate("Errors", "There is no meeting with id {id}."),
        "no-session": translate("Errors", "There is no session with id {id}."),
        "no-statement": translate("Errors", "There is no statement with id {id}."),
        "no-recommendation": translate("Errors", "There is no recommendation with id {id}."),
        "no-participant": translate("Errors", "There is no participant {id}."),
        "no-organization": translate("Errors", "There is no organization {id}."),
        "session-ends-early": translate(
            "Errors", "The session ends ({end}) before it starts ({start})."
        ),
        "limit-out-of-range": translate(
            "Errors", "The time limit must be between 1 second and 24 hours."
        ),
        "limit-not-whole": translate("Errors", "A time limit is a whole number of seconds."),
        "session-label-empty": translate(
            "Errors", "The session label must not be empty (e.g. 'Working Session 1')."
        ),
        "sessions-other-meeting": translate(
            "Errors", "Only sessions of the same meeting can change places."
        ),
        "meeting-ends-early": translate(
            "Errors", "The meeting ends ({end}) before it starts ({start})."
        ),
        "meeting-days-order": translate("Errors", "Give the meeting's first day before its last."),
        "recommendation-empty": translate("Errors", "The recommendation's text must not be empty."),
        "recommendation-other-session": translate(
            "Errors", "Statement {statement} was made in another session than this recommendation."
        ),
        "recommendation-order": translate(
            "Errors", "The new order must name each recommendation of the session once."
        ),
        "recommendation-merge-same": translate(
            "Errors", "Choose two different recommendations to merge."
        ),
        "recommendation-merge-sessions": translate(
            "Errors", "Only recommendations of the same session can be merged."
        ),
        "participant-twin": translate(
            "Errors",
            "{name} is already a participant with this organization: merge the two instead.",
        ),
        "participant-merge-same": translate("Errors", "Choose two different people to merge."),
        "participant-merge-meetings": translate(
            "Errors", "Only people of the same meeting can be merged."
        ),
        "organization-exists": translate("Errors", "{name} is already in the list."),
        "organization-rename-exists": translate(
            "Errors", "{name} already exists: merge the two instead of renaming."
        ),
        "organization-merge-same": translate(
            "Errors", "Choose two different organizations to merge."
        ),
        "field-empty": translate("Errors", "The {field} must not be empty."),
        "not-a-date": translate(
            "Errors", "The {field} {value} is not a date: write it as YYYY-MM-DD."
        ),
        "not-a-time": translate("Errors", "The {field} {value} is not a time: write it as HH:MM."),
        "not-a-time-seconds": translate(
            "Errors", "The {field} {value} is not a time: write it as HH:MM:SS (or HH:MM)."
        ),
        "not-a-duration": translate(
            "Errors", "The {field} {value} is not a length of time: write it as M:SS (e.g. 2:30)."
        ),
        "longer-than-a-day": translate("Errors", "The {field} {value} is longer than a day."),
        "not-an-email": translate("Errors", "{value} is not an e-mail address."),
        "field-too-long": translate("Errors", "The {field} is longer than {limit} characters."),
        "file-missing": translate("Errors", "{file} does not exist."),
        "registration-is-folder": translate(
            "Errors", "{file} is a folder, not a registration list."
        ),
        "file-permission": translate("Errors", "{file} cannot be read: permission denied."),
        "registration-not-table": translate(
            "Errors", "{name} is not a CSV or .xlsx file: save it as .xlsx or .csv and try again."
        ),
        "registration-too-large": translate(
            "Errors", "{name} is larger than 50 MB: it is not a registration list."
        ),
        "registration-too-many-rows": translate(
            "Errors", "{name} has more than {rows} rows: it is not a registration list."
        ),
        "registration-no-name-column": translate(
            "Errors",
            "The file has no column for the participant's name: its first row must name its "
            "columns, e.g. Name (or First name and Last name), Organization, Function, "
            "Category, Email.",
        ),
        "registration-no-organization-column": translate(
            "Errors",
            "The file has no Organization column (or Delegation, Affiliation, Institution).",
        ),
        "registration-empty": translate("Errors", "The file is empty: it has no rows."),
        "organization-unknown": translate(
            "Errors",
            "{name} is not a known organization: give its category (delegation, "
            "civil-society, osce-institution, international-organization, media).",
        ),
        "registration-unpacks-large": translate(
            "Errors", "{name} unpacks to more than {mb} MB: it is not a registration list."
        ),
        "registration-sheet-rows": translate(
            "Errors", "{name} has a sheet of {rows} rows: it is not a registration list."
        ),
        "registration-not-zip": translate(
            "Errors", "{name} is not a readable Excel (.xlsx) file (not a zip archive)."
        ),
        "registration-not-xlsx": translate(
            "Errors", "{name} is not a readable Excel (.xlsx) file ({why})."
        ),
        "recommendation-no-addressee": translate(
            "Errors", "Recommendation {id} names no addressee in its words."
        ),
        "recommendation-merge-none": translate(
            "Errors", "Choose the recommendation to keep and at least one other."
        ),
        "agenda-not-a-time": translate(
            "Errors", "{value} is not a time of day: write it as 10:30 or 10.30."
        ),
        "agenda-not-a-date": translate(
            "Errors", "{value} is not a date: write it as 2022-07-18 or 18.07.2022."
        ),
        "rapport-already-final": translate(
            "Errors",
            "The rapport of {session} is already final (version {version}); re-open "
            "it first to make a new version.",
        ),
        "rapport-draft-not-locked": translate(
            "Errors", "The rapport of {session} is a draft: it is not locked."
        ),
        "rapport-no-final-version": translate(
            "Errors",
            "The rapport of {session} has no final version {version} (final versions: {known}).",
        ),
        "rapport-no-final-versions": translate(
            "Errors",
            "The rapport of {session} has no final version {version} (final versions: none).",
        ),
        "follow-up-same-meeting": translate(
            "Errors", "Link a recommendation to one heard at another meeting."
        ),
        "follow-up-note-empty": translate("Errors", "A follow-up note needs some text."),
        "search-no-word": translate("Errors", "Type a word to search for (letters or digits)."),
        "search-bad-year": translate("Errors", "The year {year} is not a year (1 to 9999)."),
        "search-no-limit": translate("Errors", "Ask for at least one result."),
        "logo-unusable": translate(
            "Errors",
            "The logo {logo} cannot be placed: it is missing or not a PNG, JPEG or GIF image.",
        ),
        "unknown-event-kind": translate(
            "Errors", "Unknown event kind {kind}: use one of {choices}."
        ),
        "unknown-follow-up-state": translate(
            "Errors", "Unknown follow-up state {state}: use one of {choices}."
        ),
        "document-for-meeting": translate(
            "Errors", "the {kind} document is made for a meeting: use --meeting, not --session"
        ),
        "document-for-session": translate(
            "Errors", "the {kind} document is made for a session: use --session, not --meeting"
        ),
        "not-a-document-setting": translate(
            "Errors", "{key} is not a document setting: choose one of {choices}."
        ),
        "document-setting-yes-no": translate(
            "Errors", "The document setting {key} takes yes or no."
        ),
        "document-setting-text": translate("Errors", "The document setting {key} takes a text."),
        "statement-field-time": translate("Errors", "The {name} of a statement is a time of day."),
        "cosignatories-a-list": translate(
            "Errors", "A joint statement's co-signatories are a list of names."
        ),
        "statement-no-field": translate("Errors", "A statement has no field {name}."),
        "file-unreadable": translate("Errors", "{file} cannot be read (details: {reason})."),
        "registration-bad-csv": translate(
            "Errors", "The file is not a readable CSV table (details: {detail})."
        ),
        "search-failed": translate("Errors", "The search could not be run ({detail})."),
        "no-session-in-meeting": translate(
            "Errors", "There is no session with id {id} in this meeting."
        ),
        "session-no-field": translate("Errors", "A session has no field {name}."),
        "no-follow-up-note": translate("Errors", "There is no follow-up note with id {id}."),
        **store_sentences(),
        **exchange_sentences(),
        **file_sentences(),
        **choice_sentences(),
        "kept-change-unknown": translate(
            "Errors", "A kept change of an unknown kind ({kind}) was left aside."
        ),
        "handoff-needs-force": translate(
            "Errors",
            "{problems} Nothing was imported; it is applied only when asked (--force): {changes}.",
        ),
        **registration_sentences(),
    }


def _fields() -> dict[str, str]:
    """The names of the fields the core's errors name (``field``), in the user's words."""
    translate = QCoreApplication.translate
    return {
        "session title": translate("Fields", "session title"),
        "meeting title": translate("Fields", "meeting title"),
        "introducer's name": translate("Fields", "introducer's name"),
        "organization's name": translate("Fields", "organization's name"),
        "participant's name": translate("Fields", "participant's name"),
        "name": translate("Fields", "name"),
        "acronym": translate("Fields", "acronym"),
        "co-signatory": translate("Fields", "co-signatory"),
        "organization": translate("Fields", "organization"),
        "description": translate("Fields", "description"),
        "addressee": translate("Fields", "addressee"),
        "time": translate("Fields", "time"),
        "duration": translate("Fields", "duration"),
    }


def _problems() -> dict[str, str]:
    """What a file's check found (``problem``), for the fixed findings of the store."""
    translate = QCoreApplication.translate
    worded = {
        "not-sqlite": translate(
            "Problems", "it is not a SQLite database (the file holds something else)"
        ),
        "bad-page-size": translate(
            "Problems", "it is damaged (its header gives an impossible page size)"
        ),
        "unknown-format": translate(
            "Problems", "it is damaged (its header gives an unknown file format)"
        ),
        "foreign-header": translate("Problems", "it is damaged (its header is not SQLite's)"),
        "partial-pages": translate(
            "Problems", "it is damaged (its length is not a whole number of pages)"
        ),
        "not-regular": translate(
            "Problems", "it is not a regular file (a folder, a pipe or a device)"
        ),
    }
    return {PROBLEMS[code]: text for code, text in worded.items()}


def warning_text(code: str, count: int, english: str) -> str:
    """A warning before an export (services.document_checks), in the user's words."""
    translate = QCoreApplication.translate
    sentences = {
        "reply-without-statement": translate(
            "Warnings", "Rights of reply that do not say which statement they answer: {count}."
        ),
        "recommendation-without-addressee": translate(
            "Warnings", "Recommendations without an addressee: {count}."
        ),
        "statement-on-floor": translate(
            "Warnings", "A statement is still on the floor: end it so its time is recorded."
        ),
        "empty-narrative": translate("Warnings", "The narrative is empty."),
        "no-rapporteur": translate("Warnings", "The session has no rapporteur named."),
    }
    return worded(code, {"count": str(count)}, english, sentences)


def describe(error: RapporteurError) -> str:
    """What to show the user for ``error``."""
    return worded(error.code, error.params, str(error))


def said_text(line: str) -> str:
    """A line the core said (a :class:`Said`, or plain English text), in the user's words."""
    if isinstance(line, Said):
        return worded(line.code, line.params, str(line))
    return line


def problem_text(problem: "AgendaProblem") -> str:
    """An agenda problem in the user's words."""
    return worded(problem.code, dict(problem.params), problem.text)


def worded(
    code: str | None, params: dict[str, str], english: str, table: dict[str, str] | None = None
) -> str:
    sentence = (table if table is not None else _sentences()).get(code) if code else None
    if sentence is None:
        return english
    params = {name: _worded_parameter(name, value) for name, value in params.items()}
    try:
        return sentence.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter wrongly must not hide the problem.
        return english


def _worded_parameter(name: str, value: str) -> str:
    """A parameter that is a word of the core (a field's name, a column's, a category)
    or a line the core said (a :class:`Said`), worded here like the sentence; the
    user's data and the details a library gave are put in as they are."""
    if isinstance(value, Said):
        return said_text(value)
    if isinstance(value, SaidLines):
        return value.separator.join(said_text(line) for line in value.lines)
    if name == "field":
        return _fields().get(value, value)
    if name == "problem":
        return _problems().get(value, value)
    if name == "column":
        return column_words().get(value, value)
    if name == "details":
        words = detail_words()
        return ", ".join(words.get(word, word) for word in value.split(", "))
    if name == "category" and value in _CATEGORIES:
        return category_label(Category(value))
    return value


_CATEGORIES = frozenset(category.value for category in Category)
