"""The exchange file's and the hand-off's sentences in the user's language: what a
session or meeting file is refused for, and what importing a newer one would change.
Kept apart from ``error_text`` so that each table reads in one sitting;
``error_text._sentences`` takes them in (a test holds them equal to the domain's)."""

from PySide6.QtCore import QCoreApplication


def exchange_sentences() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "exchange-cannot-read": translate("Errors", "Cannot read {path} (details: {reason})."),
        "exchange-not-utf8": translate("Errors", "{path} is not a UTF-8 text file."),
        "exchange-not-json": translate(
            "Errors", "{path} is not valid JSON (line {line}, column {column}; details: {detail})."
        ),
        "exchange-too-deep": translate(
            "Errors", "{path} is nested too deeply to be a Rapporteur meeting."
        ),
        "exchange-number-too-long": translate(
            "Errors", "{path} holds a number too long to be an id or a count."
        ),
        "exchange-not-object": translate(
            "Errors", "{path} does not hold a Rapporteur meeting (a JSON object)."
        ),
        "exchange-no-format": translate(
            "Errors", "This file is not a Rapporteur meeting file (its 'format' is missing)."
        ),
        "exchange-newer": translate(
            "Errors",
            "This file was written in format version {version} by a newer Rapporteur; "
            "this version reads format {known}. Update the program to load it.",
        ),
        "exchange-one-session": translate(
            "Errors", "A session file holds exactly one session; this one holds {count}."
        ),
        "exchange-malformed": translate(
            "Errors", "The file is malformed at {where} (details: {detail})."
        ),
        "exchange-id-twice": translate("Errors", "Statement id {id} is used twice in the file."),
        "exchange-not-a-reply": translate(
            "Errors", "Statement {id} answers another but is not a right of reply."
        ),
        "exchange-reply-elsewhere": translate(
            "Errors", "Statement {id} answers statement {target}, which is not in its session."
        ),
        "exchange-also-heard-elsewhere": translate(
            "Errors",
            "A recommendation of session {session} was also heard in statement "
            "{statement}, which is not in that session.",
        ),
        "exchange-from-elsewhere": translate(
            "Errors",
            "A recommendation of session {session} comes from statement {statement}, "
            "which is not in that session.",
        ),
        "exchange-meeting-title-empty": translate("Errors", "The meeting's title is empty."),
        "exchange-session-unnamed": translate(
            "Errors", "Session {position} of the file has an empty label or title."
        ),
        "exchange-session-ends-early": translate(
            "Errors", "Session {session} ends before it starts."
        ),
        "exchange-introducer-unnamed": translate(
            "Errors", "An introducer of session {session} has an empty name."
        ),
        "exchange-recommendation-empty": translate(
            "Errors", "A recommendation of session {session} has no text."
        ),
        "exchange-statement-ends-early": translate(
            "Errors", "Statement {id} ends before it starts."
        ),
        "exchange-reply-before": translate(
            "Errors", "Statement {id} answers statement {target}, which must come before it."
        ),
        "handoff-other-meeting": translate(
            "Errors",
            "The session {session} of this file belongs to the meeting {other} (id "
            "{id}) in this database, not to {meeting}; nothing was imported.",
        ),
        "handoff-whole-meeting": translate(
            "Errors",
            "This file is a whole meeting, not a session file: use `load` to add it "
            "as a meeting, or export one session with `session export`.",
        ),
        "handoff-same": translate(
            "Errors", "{session}: the same as the session held; nothing to change."
        ),
        "handoff-replaces": translate("Errors", "{session} replaces the one held:"),
        "handoff-added": translate("Errors", "{session} is added:"),
        "handoff-locked": translate(
            "Errors", "Besides, the rapport held here is final: re-open it here first."
        ),
        "handoff-not-this-meeting-of": translate(
            "Errors", "This file is a session of {title} of {start}, not of {meeting}."
        ),
        "handoff-not-this-meeting": translate(
            "Errors", "This file is a session of {title}, not of {meeting}."
        ),
        "handoff-older-version": translate(
            "Errors",
            "This file holds version {version} of {session}'s rapport; version {kept} "
            "is held here, which is newer.",
        ),
        "handoff-edited-here": translate(
            "Errors",
            "{session} was changed here since its file of {stamp} was imported: the newer "
            "file would replace those changes.",
        ),
        "handoff-older-file": translate(
            "Errors",
            "This file of {session} was written at {stamp}, before the one imported "
            "last ({last}): it is older.",
        ),
        "handoff-new-session-final": translate(
            "Errors",
            "a new session with {statements} statement(s), {recommendations} "
            "recommendation(s), its rapport final version {version}",
        ),
        "handoff-new-session-draft": translate(
            "Errors",
            "a new session with {statements} statement(s), {recommendations} "
            "recommendation(s), its rapport a draft",
        ),
        "handoff-statements": translate("Errors", "statements: {before} → {after}"),
        "handoff-recommendations": translate("Errors", "recommendations: {before} → {after}"),
        "handoff-narrative": translate("Errors", "the narrative changes"),
        "handoff-rapport-final": translate("Errors", "its rapport becomes final version {version}"),
        "handoff-rapport-draft": translate("Errors", "its rapport becomes a draft"),
        "exchange-malformed-top": translate(
            "Errors", "The file is malformed at its top level (details: {detail})."
        ),
    }
