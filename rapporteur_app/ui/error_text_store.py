"""The store's sentences in the user's language: the database file and its server
(gone, damaged, locked, away, refusing), the backups and restores, the schema's
upgrades, the team's roles and the changes kept on the laptop while the server is
away. Kept apart from ``error_text`` so that each table reads in one sitting;
``error_text._sentences`` takes them in (a test holds them equal to the domain's)."""

from PySide6.QtCore import QCoreApplication


def store_sentences() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "database-gone": translate(
            "Errors",
            "The database {path} is not there any more (or is empty), though it was: no new "
            "database was made in its place.",
        ),
        "database-gone-backup": translate(
            "Errors",
            "The database {path} is not there any more (or is empty), though it was: no new "
            "database was made in its place. Its newest good backup is {backup} ({taken} "
            "UTC): rapporteur-app --db {path} backup restore {backup}",
        ),
        "database-damaged": translate(
            "Errors", "The database {path} cannot be opened: {problem}. Nothing was written to it."
        ),
        "database-damaged-backup": translate(
            "Errors",
            "The database {path} cannot be opened: {problem}. Nothing was written to it. The "
            "newest good backup is {backup} ({taken} UTC): rapporteur-app --db {path} backup "
            "restore {backup}",
        ),
        "database-locked-by": translate(
            "Errors",
            "The database {path} is locked by {holders} and was still locked after {seconds} "
            "s; it is not damaged and nothing was changed. Try again when that program has "
            "finished with it.",
        ),
        "database-locked": translate(
            "Errors",
            "The database {path} is locked by another program and was still locked after "
            "{seconds} s; it is not damaged and nothing was changed. Try again when that "
            "program has finished with it.",
        ),
        "database-held": translate(
            "Errors",
            "The database was held by {holder} for {seconds} s: nothing was changed; try "
            "again in a moment.",
        ),
        "backups-sqlite-only": translate(
            "Errors",
            "Backups are kept for SQLite files; a shared server database is backed up by its "
            "administrator.",
        ),
        "no-backup": translate(
            "Errors", "There is no backup {name}: see rapporteur-app backup list."
        ),
        "restore-into-folder": translate(
            "Errors", "{target} is a folder: give a file name to restore into."
        ),
        "restore-folder-missing": translate("Errors", "The folder {folder} does not exist."),
        "schema-newer": translate(
            "Errors",
            "This database was written by a newer version of Rapporteur (schema {schema}); "
            "update the program to open it.",
        ),
        "schema-not-ours": translate(
            "Errors",
            "This database was not made by Rapporteur: it has tables of its own ({tables}); "
            "choose another file.",
        ),
        "schema-not-ours-one": translate(
            "Errors",
            "This database was not made by Rapporteur: it has tables of its own ({tables}); "
            "choose another one.",
        ),
        "database-disk-full": translate(
            "Errors", "The disk is full: nothing was changed. Free some space and try again."
        ),
        "database-read-only": translate(
            "Errors", "The database cannot be written (the file or its folder is read-only)."
        ),
        "server-away": translate(
            "Errors",
            "The database server cannot be reached (stopped or restarting?): this "
            "action was not saved. What was saved before is safe; try again in a "
            "moment.",
        ),
        "database-unusable": translate(
            "Errors", "The database could not be used (details: {detail})."
        ),
        "database-cannot-open": translate(
            "Errors", "Cannot open the database {where} (details: {detail})."
        ),
        "database-no-driver": translate(
            "Errors", "The database URL {url} names a driver that is not installed here ({driver})."
        ),
        "server-refused-sessions": translate(
            "Errors",
            "The server refused this change: the role {role} may write only the "
            "sessions given to it (the secretariat gives them: rapporteur-app team "
            "grant). Nothing was changed.",
        ),
        "server-refused-sessions-this-role": translate(
            "Errors",
            "The server refused this change: this role may write only the sessions "
            "given to it (the secretariat gives them: rapporteur-app team grant). "
            "Nothing was changed.",
        ),
        "server-refused": translate(
            "Errors",
            "The server refused this: the role {role} has no right to do it here "
            "({detail}). Nothing was changed.",
        ),
        "server-refused-this-role": translate(
            "Errors",
            "The server refused this: this role has no right to do it here "
            "({detail}). Nothing was changed.",
        ),
        "backup-not-written": translate(
            "Errors", "The backup of {name} could not be written (details: {detail})."
        ),
        "backup-unsound": translate("Errors", "{name} cannot be restored: {problem}."),
        "restore-disk-full": translate(
            "Errors",
            "The disk is full: {name} was not restored and the database is as it was. "
            "Free some space and try again.",
        ),
        "restore-failed": translate(
            "Errors", "{name} could not be restored ({detail}); the database is as it was."
        ),
        "database-folder-missing": translate(
            "Errors", "The folder {folder} does not exist: no database was created."
        ),
        "database-restoring": translate(
            "Errors",
            "A backup is being restored into the database and it takes long; nothing "
            "was written. Try again in a moment.",
        ),
        "database-setting-up": translate(
            "Errors",
            "Another copy of Rapporteur has been setting up {name} for {seconds} s; "
            "try again when it has finished.",
        ),
        "upgrade-broken-links": translate(
            "Errors",
            "The upgrade left {count} broken links between rows; the database before "
            "it is kept in {backup}.",
        ),
        "roles-server-only": translate(
            "Errors",
            "Roles belong to a PostgreSQL server: a SQLite file is one laptop's, and "
            "whoever can open it can write it.",
        ),
        "grant-what": translate(
            "Errors", "Say which sessions the role may write (--session ID), or --secretariat."
        ),
        "grant-no-session": translate("Errors", "There is no session {id}: nothing was granted."),
        "role-not-in-team": translate(
            "Errors", "The role {role} is not in the team: nothing was changed."
        ),
        "no-role": translate(
            "Errors",
            "There is no role {role} on the server: its administrator makes it first "
            "(sudo -u postgres createuser --pwprompt {name}); nothing was granted.",
        ),
        "roles-not-set-up": translate(
            "Errors",
            "The server does not guard the sessions yet: run rapporteur-app team "
            "setup-roles first (as the database's owner); nothing was granted.",
        ),
        "kept-locally": translate(
            "Errors",
            "The database server cannot be reached: this statement is kept on this "
            "computer ({waiting} changes waiting) and will be written, in order, as "
            "soon as the server is back.",
        ),
        "kept-locally-one": translate(
            "Errors",
            "The database server cannot be reached: this statement is kept on this "
            "computer (1 change waiting) and will be written, in order, as soon as "
            "the server is back.",
        ),
        "database-may-be-damaged": translate(
            "Errors", "The database {path} may be damaged: {problem}. Its earlier backups are kept."
        ),
        "not-a-location": translate(
            "Errors",
            "{text} is neither a file name nor a database URL (like "
            "postgresql+psycopg://user@host/rapporteur).",
        ),
        "unknown-home-folder": translate(
            "Errors", "{path} starts with the home folder of a user this computer does not know."
        ),
    }
