"""The English wording of the errors that carry a code.

The command line prints these as they are; the GUI has the same sentences in
``rapporteur_app.ui.error_text`` inside ``translate()`` calls, so that they
are extracted for translation (a test holds the two tables equal). Parameters
are named, so a translation may put them in another order.

A library's or the system's own words (SQLite's message, an OSError's strerror, the
JSON or CSV reader's, the schema check's) are never the sentence: they are a
parameter named ``detail`` or ``reason``, put in parentheses after a sentence that
says what happened without them, "(details: ...)", so that the window's translated
sentence is whole and the English detail reads as a technical aside (a test holds
every sentence and its translations to this). The user's own data is put in as it
is; a parameter that is a word of the program (a field, a column, a category, a
file check's finding) or a coded line (``Said``) is worded at the edge.
"""

MESSAGES: dict[str, str] = {
    "folder-missing": "The folder {folder} does not exist: {target} was not written.",
    "target-is-folder": "{target} is a folder: give a file name to write.",
    "target-read-only": "{target} is read-only: it was left as it was.",
    "folder-read-only": "The folder {folder} is read-only: {target} was not written.",
    "disk-full": "The disk is full: {target} was not written.",
    "cannot-write-locked": (
        "{target} cannot be written: the file or its folder is read-only,"
        " or the file is open in another program."
    ),
    "cannot-write": "{target} cannot be written (details: {reason}).",
    "name-too-long": "The file name {name} is too long: nothing was written.",
    "not-regular-file": (
        "{target} is not a regular file (a device, a pipe or a socket): nothing was written."
    ),
    "agenda-ends-early": "It ends before it starts ({span}).",
    "agenda-no-rapporteur": "A working session needs a rapporteur.",
    "agenda-outside-dates": "Outside the meeting's dates ({dates}).",
    "agenda-room-taken": "{room} is also taken by {session} ({span}).",
    "rapport-final": (
        "The rapport of {session} is final (version {version}, {when}, {author}):"
        " re-open it to change it. Nothing was changed."
    ),
    "queue-who-empty": "Type who asked for the floor: a delegation, an organization or a name.",
    "reply-only-answers": "Only a right of reply answers another statement.",
    "reply-other-session": "A right of reply answers a statement of its own session.",
    "queue-entry-empty": "A queued speaker needs a name or an organization.",
    "queue-already": "{speaker} is already in the queue.",
    "no-queued-speaker": "There is no queued speaker {id}.",
    "floor-queue-empty": "Nobody is waiting for the floor: queue a speaker first.",
    "reply-other-session-numbered": (
        "Statement {statement} was made in another session; a right of reply answers a "
        "statement of its own session."
    ),
    "reply-circle": (
        "Statement {statement} would answer a reply that answers it: a chain of replies "
        "cannot go round in a circle."
    ),
    "statement-ends-early": "The statement ends ({end}) before it starts ({start}).",
    "statement-no-category": "Give the statement's category (or the delegation it was for).",
    "reply-itself": "A right of reply cannot answer itself.",
    "statement-already-there": "Statement {statement} is already there.",
    "panel-no-number": "The session's panel has {count} speaker(s); there is no number {number}.",
    "not-a-panel-statement": "Statement {statement} is not a panel speaker's.",
    "no-meeting": "There is no meeting with id {id}.",
    "no-session": "There is no session with id {id}.",
    "no-statement": "There is no statement with id {id}.",
    "no-recommendation": "There is no recommendation with id {id}.",
    "no-participant": "There is no participant {id}.",
    "no-organization": "There is no organization {id}.",
    "session-ends-early": "The session ends ({end}) before it starts ({start}).",
    "limit-out-of-range": "The time limit must be between 1 second and 24 hours.",
    "limit-not-whole": "A time limit is a whole number of seconds.",
    "session-label-empty": "The session label must not be empty (e.g. 'Working Session 1').",
    "sessions-other-meeting": "Only sessions of the same meeting can change places.",
    "meeting-ends-early": "The meeting ends ({end}) before it starts ({start}).",
    "meeting-days-order": "Give the meeting's first day before its last.",
    "recommendation-empty": "The recommendation's text must not be empty.",
    "recommendation-other-session": (
        "Statement {statement} was made in another session than this recommendation."
    ),
    "recommendation-order": "The new order must name each recommendation of the session once.",
    "recommendation-merge-same": "Choose two different recommendations to merge.",
    "recommendation-merge-sessions": "Only recommendations of the same session can be merged.",
    "participant-twin": (
        "{name} is already a participant with this organization: merge the two instead."
    ),
    "participant-merge-same": "Choose two different people to merge.",
    "participant-merge-meetings": "Only people of the same meeting can be merged.",
    "organization-exists": "{name} is already in the list.",
    "organization-rename-exists": "{name} already exists: merge the two instead of renaming.",
    "organization-merge-same": "Choose two different organizations to merge.",
    "field-empty": "The {field} must not be empty.",
    "not-a-date": "The {field} {value} is not a date: write it as YYYY-MM-DD.",
    "not-a-time": "The {field} {value} is not a time: write it as HH:MM.",
    "not-a-time-seconds": "The {field} {value} is not a time: write it as HH:MM:SS (or HH:MM).",
    "not-a-duration": "The {field} {value} is not a length of time: write it as M:SS (e.g. 2:30).",
    "longer-than-a-day": "The {field} {value} is longer than a day.",
    "not-an-email": "{value} is not an e-mail address.",
    "field-too-long": "The {field} is longer than {limit} characters.",
    "file-missing": "{file} does not exist.",
    "registration-is-folder": "{file} is a folder, not a registration list.",
    "file-permission": "{file} cannot be read: permission denied.",
    "registration-not-table": (
        "{name} is not a CSV or .xlsx file: save it as .xlsx or .csv and try again."
    ),
    "registration-too-large": "{name} is larger than 50 MB: it is not a registration list.",
    "registration-too-many-rows": (
        "{name} has more than {rows} rows: it is not a registration list."
    ),
    "registration-no-name-column": (
        "The file has no column for the participant's name: its first row must name its "
        "columns, e.g. Name (or First name and Last name), Organization, Function, Category, "
        "Email."
    ),
    "registration-no-organization-column": (
        "The file has no Organization column (or Delegation, Affiliation, Institution)."
    ),
    "registration-empty": "The file is empty: it has no rows.",
    "database-gone": (
        "The database {path} is not there any more (or is empty), though it was: no new "
        "database was made in its place."
    ),
    "database-gone-backup": (
        "The database {path} is not there any more (or is empty), though it was: no new "
        "database was made in its place. Its newest good backup is {backup} ({taken} UTC): "
        "rapporteur-app --db {path} backup restore {backup}"
    ),
    "database-damaged": (
        "The database {path} cannot be opened: {problem}. Nothing was written to it."
    ),
    "database-damaged-backup": (
        "The database {path} cannot be opened: {problem}. Nothing was written to it. The "
        "newest good backup is {backup} ({taken} UTC): rapporteur-app --db {path} backup "
        "restore {backup}"
    ),
    "database-locked-by": (
        "The database {path} is locked by {holders} and was still locked after {seconds} s; "
        "it is not damaged and nothing was changed. Try again when that program has finished "
        "with it."
    ),
    "database-locked": (
        "The database {path} is locked by another program and was still locked after "
        "{seconds} s; it is not damaged and nothing was changed. Try again when that program "
        "has finished with it."
    ),
    "database-held": (
        "The database was held by {holder} for {seconds} s: nothing was changed; try again "
        "in a moment."
    ),
    "organization-unknown": (
        "{name} is not a known organization: give its category (delegation, civil-society, "
        "osce-institution, international-organization, media)."
    ),
    "backups-sqlite-only": (
        "Backups are kept for SQLite files; a shared server database is backed up by its "
        "administrator."
    ),
    "no-backup": "There is no backup {name}: see rapporteur-app backup list.",
    "restore-into-folder": "{target} is a folder: give a file name to restore into.",
    "restore-folder-missing": "The folder {folder} does not exist.",
    "schema-newer": (
        "This database was written by a newer version of Rapporteur (schema {schema}); update "
        "the program to open it."
    ),
    "schema-not-ours": (
        "This database was not made by Rapporteur: it has tables of its own ({tables}); "
        "choose another file."
    ),
    "schema-not-ours-one": (
        "This database was not made by Rapporteur: it has tables of its own ({tables}); "
        "choose another one."
    ),
    "registration-unpacks-large": (
        "{name} unpacks to more than {mb} MB: it is not a registration list."
    ),
    "registration-sheet-rows": "{name} has a sheet of {rows} rows: it is not a registration list.",
    "registration-not-zip": "{name} is not a readable Excel (.xlsx) file (not a zip archive).",
    "registration-not-xlsx": "{name} is not a readable Excel (.xlsx) file ({why}).",
    "recommendation-no-addressee": "Recommendation {id} names no addressee in its words.",
    "recommendation-merge-none": "Choose the recommendation to keep and at least one other.",
    "agenda-not-a-time": "{value} is not a time of day: write it as 10:30 or 10.30.",
    "agenda-not-a-date": "{value} is not a date: write it as 2022-07-18 or 18.07.2022.",
    "database-disk-full": ("The disk is full: nothing was changed. Free some space and try again."),
    "database-read-only": ("The database cannot be written (the file or its folder is read-only)."),
    "server-away": (
        "The database server cannot be reached (stopped or restarting?): this "
        "action was not saved. What was saved before is safe; try again in a "
        "moment."
    ),
    "database-unusable": ("The database could not be used (details: {detail})."),
    "database-cannot-open": ("Cannot open the database {where} (details: {detail})."),
    "database-no-driver": (
        "The database URL {url} names a driver that is not installed here ({driver})."
    ),
    "server-refused-sessions": (
        "The server refused this change: the role {role} may write only the "
        "sessions given to it (the secretariat gives them: rapporteur-app team "
        "grant). Nothing was changed."
    ),
    "server-refused-sessions-this-role": (
        "The server refused this change: this role may write only the sessions "
        "given to it (the secretariat gives them: rapporteur-app team grant). "
        "Nothing was changed."
    ),
    "server-refused": (
        "The server refused this: the role {role} has no right to do it here "
        "({detail}). Nothing was changed."
    ),
    "server-refused-this-role": (
        "The server refused this: this role has no right to do it here "
        "({detail}). Nothing was changed."
    ),
    "backup-not-written": ("The backup of {name} could not be written (details: {detail})."),
    "backup-unsound": ("{name} cannot be restored: {problem}."),
    "restore-disk-full": (
        "The disk is full: {name} was not restored and the database is as it was. "
        "Free some space and try again."
    ),
    "restore-failed": ("{name} could not be restored ({detail}); the database is as it was."),
    "database-folder-missing": ("The folder {folder} does not exist: no database was created."),
    "database-restoring": (
        "A backup is being restored into the database and it takes long; nothing "
        "was written. Try again in a moment."
    ),
    "database-setting-up": (
        "Another copy of Rapporteur has been setting up {name} for {seconds} s; "
        "try again when it has finished."
    ),
    "upgrade-broken-links": (
        "The upgrade left {count} broken links between rows; the database before "
        "it is kept in {backup}."
    ),
    "exchange-cannot-read": ("Cannot read {path} (details: {reason})."),
    "exchange-not-utf8": ("{path} is not a UTF-8 text file."),
    "exchange-not-json": (
        "{path} is not valid JSON (line {line}, column {column}; details: {detail})."
    ),
    "exchange-too-deep": ("{path} is nested too deeply to be a Rapporteur meeting."),
    "exchange-number-too-long": ("{path} holds a number too long to be an id or a count."),
    "exchange-not-object": ("{path} does not hold a Rapporteur meeting (a JSON object)."),
    "exchange-no-format": ("This file is not a Rapporteur meeting file (its 'format' is missing)."),
    "exchange-newer": (
        "This file was written in format version {version} by a newer Rapporteur; "
        "this version reads format {known}. Update the program to load it."
    ),
    "exchange-one-session": ("A session file holds exactly one session; this one holds {count}."),
    "exchange-malformed": ("The file is malformed at {where} (details: {detail})."),
    "exchange-id-twice": ("Statement id {id} is used twice in the file."),
    "exchange-not-a-reply": ("Statement {id} answers another but is not a right of reply."),
    "exchange-reply-elsewhere": (
        "Statement {id} answers statement {target}, which is not in its session."
    ),
    "exchange-also-heard-elsewhere": (
        "A recommendation of session {session} was also heard in statement "
        "{statement}, which is not in that session."
    ),
    "exchange-from-elsewhere": (
        "A recommendation of session {session} comes from statement {statement}, "
        "which is not in that session."
    ),
    "exchange-meeting-title-empty": ("The meeting's title is empty."),
    "exchange-session-unnamed": ("Session {position} of the file has an empty label or title."),
    "exchange-session-ends-early": ("Session {session} ends before it starts."),
    "exchange-introducer-unnamed": ("An introducer of session {session} has an empty name."),
    "exchange-recommendation-empty": ("A recommendation of session {session} has no text."),
    "exchange-statement-ends-early": ("Statement {id} ends before it starts."),
    "exchange-reply-before": (
        "Statement {id} answers statement {target}, which must come before it."
    ),
    "rapport-already-final": (
        "The rapport of {session} is already final (version {version}); re-open "
        "it first to make a new version."
    ),
    "rapport-draft-not-locked": ("The rapport of {session} is a draft: it is not locked."),
    "rapport-no-final-version": (
        "The rapport of {session} has no final version {version} (final versions: {known})."
    ),
    "rapport-no-final-versions": (
        "The rapport of {session} has no final version {version} (final versions: none)."
    ),
    "handoff-other-meeting": (
        "The session {session} of this file belongs to the meeting {other} (id "
        "{id}) in this database, not to {meeting}; nothing was imported."
    ),
    "handoff-whole-meeting": (
        "This file is a whole meeting, not a session file: use `load` to add it "
        "as a meeting, or export one session with `session export`."
    ),
    "follow-up-same-meeting": ("Link a recommendation to one heard at another meeting."),
    "follow-up-note-empty": ("A follow-up note needs some text."),
    "search-no-word": ("Type a word to search for (letters or digits)."),
    "search-bad-year": ("The year {year} is not a year (1 to 9999)."),
    "search-no-limit": ("Ask for at least one result."),
    "logo-unusable": (
        "The logo {logo} cannot be placed: it is missing or not a PNG, JPEG or GIF image."
    ),
    "unknown-event-kind": ("Unknown event kind {kind}: use one of {choices}."),
    "unknown-follow-up-state": ("Unknown follow-up state {state}: use one of {choices}."),
    "roles-server-only": (
        "Roles belong to a PostgreSQL server: a SQLite file is one laptop's, and "
        "whoever can open it can write it."
    ),
    "grant-what": ("Say which sessions the role may write (--session ID), or --secretariat."),
    "grant-no-session": ("There is no session {id}: nothing was granted."),
    "role-not-in-team": ("The role {role} is not in the team: nothing was changed."),
    "no-role": (
        "There is no role {role} on the server: its administrator makes it first "
        "(sudo -u postgres createuser --pwprompt {name}); nothing was granted."
    ),
    "roles-not-set-up": (
        "The server does not guard the sessions yet: run rapporteur-app team "
        "setup-roles first (as the database's owner); nothing was granted."
    ),
    "document-for-meeting": (
        "the {kind} document is made for a meeting: use --meeting, not --session"
    ),
    "document-for-session": (
        "the {kind} document is made for a session: use --session, not --meeting"
    ),
    "not-a-document-setting": ("{key} is not a document setting: choose one of {choices}."),
    "document-setting-yes-no": ("The document setting {key} takes yes or no."),
    "document-setting-text": ("The document setting {key} takes a text."),
    "statement-field-time": ("The {name} of a statement is a time of day."),
    "cosignatories-a-list": ("A joint statement's co-signatories are a list of names."),
    "statement-no-field": ("A statement has no field {name}."),
    "kept-locally": (
        "The database server cannot be reached: this statement is kept on this "
        "computer ({waiting} changes waiting) and will be written, in order, as "
        "soon as the server is back."
    ),
    "kept-locally-one": (
        "The database server cannot be reached: this statement is kept on this "
        "computer (1 change waiting) and will be written, in order, as soon as "
        "the server is back."
    ),
    "database-may-be-damaged": (
        "The database {path} may be damaged: {problem}. Its earlier backups are kept."
    ),
    "file-unreadable": ("{file} cannot be read (details: {reason})."),
    "registration-bad-csv": ("The file is not a readable CSV table (details: {detail})."),
    "search-failed": ("The search could not be run ({detail})."),
    "no-session-in-meeting": ("There is no session with id {id} in this meeting."),
    "handoff-same": ("{session}: the same as the session held; nothing to change."),
    "handoff-replaces": ("{session} replaces the one held:"),
    "handoff-added": ("{session} is added:"),
    "handoff-locked": ("Besides, the rapport held here is final: re-open it here first."),
    "handoff-not-this-meeting-of": (
        "This file is a session of {title} of {start}, not of {meeting}."
    ),
    "handoff-not-this-meeting": ("This file is a session of {title}, not of {meeting}."),
    "handoff-older-version": (
        "This file holds version {version} of {session}'s rapport; version {kept} "
        "is held here, which is newer."
    ),
    "handoff-edited-here": (
        "{session} was changed here since its file of {stamp} was imported: the newer "
        "file would replace those changes."
    ),
    "handoff-older-file": (
        "This file of {session} was written at {stamp}, before the one imported "
        "last ({last}): it is older."
    ),
    "handoff-new-session-final": (
        "a new session with {statements} statement(s), {recommendations} "
        "recommendation(s), its rapport final version {version}"
    ),
    "handoff-new-session-draft": (
        "a new session with {statements} statement(s), {recommendations} "
        "recommendation(s), its rapport a draft"
    ),
    "handoff-statements": ("statements: {before} → {after}"),
    "handoff-recommendations": ("recommendations: {before} → {after}"),
    "handoff-narrative": ("the narrative changes"),
    "handoff-rapport-final": ("its rapport becomes final version {version}"),
    "handoff-rapport-draft": ("its rapport becomes a draft"),
    "not-a-location": (
        "{text} is neither a file name nor a database URL (like "
        "postgresql+psycopg://user@host/rapporteur)."
    ),
    "unknown-home-folder": (
        "{path} starts with the home folder of a user this computer does not know."
    ),
    "session-no-field": ("A session has no field {name}."),
    "no-follow-up-note": ("There is no follow-up note with id {id}."),
    "exchange-malformed-top": ("The file is malformed at its top level (details: {detail})."),
    # What a file's check found, with the system's or SQLite's words as a detail.
    "problem-unreadable": "it cannot be read (details: {detail})",
    "problem-damaged": "it is damaged (details: {detail})",
    "problem-cut-short": (
        "it is damaged (it is cut short: {size} bytes where its header counts {expected})"
    ),
    "template-missing": "The template {path} cannot be used: there is no such file.",
    "template-too-large": "The template {path} cannot be used: it is larger than 50 MB.",
    "template-unreadable": (
        "The template {path} cannot be used: it cannot be read (details: {detail})."
    ),
    "template-not-word": (
        "The template {path} cannot be used: it is not a Word document (.docx or .dotx)."
    ),
    "template-macros": (
        "The template {path} cannot be used: it holds macros (.docm or .dotm);"
        " save it as .docx or .dotx."
    ),
    "template-parts-unreadable": (
        "The template {path} cannot be used: Word's parts inside it cannot be"
        " read (details: {detail})."
    ),
    "backup-stopped-disk-full": (
        "No backup could be taken (the disk of the backups folder is full); your"
        " work is saved, but free some space in {folder} so that backups go on."
    ),
    "backup-stopped": (
        "No backup could be taken (details: {detail}); your work is saved, but"
        " backups go on only once {folder} can be written again."
    ),
    "kept-change-unknown": "A kept change of an unknown kind ({kind}) was left aside.",
    "handoff-needs-force": (
        "{problems} Nothing was imported; it is applied only when asked (--force): {changes}."
    ),
    # The choices the command line offers (and a few fields of the window): the words
    # to type are the program's own codes, listed as they are.
    "unknown-category": "Unknown category {text}: use one of {choices}.",
    "unknown-session-kind": "Unknown session kind {text}: use one of {choices}.",
    "unknown-statement-kind": "Unknown statement kind {text}: use one of {choices}.",
    "unknown-role": "Unknown role {text}: use one of {choices}.",
    "unknown-file-format": "Unknown format {text}: choose one of {choices}.",
    "unknown-labels-language": "Unknown language {text}: choose one of {choices}.",
    "unknown-document": "Unknown document {text}: choose one of {choices}.",
    "unknown-annual-report-setting": (
        "Unknown annual report setting: {names}. The settings are: {choices}."
    ),
    "migrations-broken": (
        "This copy of the program is broken: its database migrations have {heads} heads "
        "instead of one. Install the program again."
    ),
    # The registration preview: a row's problem (it begins with the row and the column
    # the user corrects in the file) and what a row matches.
    "registration-row-name-empty": "row {row}, column {column}: the name is empty",
    "registration-row-name-too-long": (
        "row {row}, column {column}: the name is longer than {limit} characters"
    ),
    "registration-row-organization-empty": "row {row}, column {column}: the organization is empty",
    "registration-row-organization-too-long": (
        "row {row}, column {column}: the organization is longer than {limit} characters"
    ),
    "registration-row-function-too-long": (
        "row {row}, column {column}: the function is longer than {limit} characters"
    ),
    "registration-row-email-too-long": (
        "row {row}, column {column}: the e-mail address is too long"
    ),
    "registration-row-not-email": ("row {row}, column {column}: {value} is not an e-mail address"),
    "registration-row-not-category": "row {row}, column {column}: {value} is not a category",
    "registration-row-category-needed": (
        "row {row}, column {column}: {organization} is not a known organization, so its "
        "category must be given"
    ),
    "registration-counted-as": "{organization} is counted as {category}, not as written",
    "registration-known-as": "known as {organization}",
    "registration-same-person": "same person as row {row}",
    "registration-already-adds": "already registered; adds their {details}",
    "registration-already": "already registered",
    "registration-has-errors": "Nothing was imported: {note}.",
    "registration-has-errors-more": ("Nothing was imported: {note} (and {more} more error(s))."),
}

# What a file's check found, said inside "database-damaged" (its ``problem``): the
# fixed ones are named here, so that the edge can word them too; the others (an
# error SQLite itself gave) are passed on as they are.
PROBLEMS: dict[str, str] = {
    "not-sqlite": "it is not a SQLite database (the file holds something else)",
    "bad-page-size": "it is damaged (its header gives an impossible page size)",
    "unknown-format": "it is damaged (its header gives an unknown file format)",
    "foreign-header": "it is damaged (its header is not SQLite's)",
    "partial-pages": "it is damaged (its length is not a whole number of pages)",
    "not-regular": "it is not a regular file (a folder, a pipe or a device)",
}
