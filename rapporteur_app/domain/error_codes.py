"""The English wording of the errors that carry a code.

The command line prints these as they are; the GUI has the same sentences in
``rapporteur_app.ui.error_text`` inside ``translate()`` calls, so that they
are extracted for translation (a test holds the two tables equal). Parameters
are named, so a translation may put them in another order.
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
    "cannot-write": "{target} cannot be written: {reason}.",
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
}
