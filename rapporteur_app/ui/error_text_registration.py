"""The registration preview's sentences, worded in the user's language: a row's
problem (which begins with the row and the column to correct in the file) and what
a row matches. Kept apart from ``error_text`` to keep that table short enough to read;
``error_text._sentences`` takes these in (a test holds them equal to the domain's)."""

from PySide6.QtCore import QCoreApplication


def registration_sentences() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "registration-row-name-empty": translate(
            "Errors", "row {row}, column {column}: the name is empty"
        ),
        "registration-row-name-too-long": translate(
            "Errors", "row {row}, column {column}: the name is longer than {limit} characters"
        ),
        "registration-row-organization-empty": translate(
            "Errors", "row {row}, column {column}: the organization is empty"
        ),
        "registration-row-organization-too-long": translate(
            "Errors",
            "row {row}, column {column}: the organization is longer than {limit} characters",
        ),
        "registration-row-function-too-long": translate(
            "Errors", "row {row}, column {column}: the function is longer than {limit} characters"
        ),
        "registration-row-email-too-long": translate(
            "Errors", "row {row}, column {column}: the e-mail address is too long"
        ),
        "registration-row-not-email": translate(
            "Errors", "row {row}, column {column}: {value} is not an e-mail address"
        ),
        "registration-row-not-category": translate(
            "Errors", "row {row}, column {column}: {value} is not a category"
        ),
        "registration-row-category-needed": translate(
            "Errors",
            "row {row}, column {column}: {organization} is not a known organization, so its "
            "category must be given",
        ),
        "registration-counted-as": translate(
            "Errors", "{organization} is counted as {category}, not as written"
        ),
        "registration-known-as": translate("Errors", "known as {organization}"),
        "registration-same-person": translate("Errors", "same person as row {row}"),
        "registration-already-adds": translate(
            "Errors", "already registered; adds their {details}"
        ),
        "registration-already": translate("Errors", "already registered"),
        "registration-has-errors": translate("Errors", "Nothing was imported: {note}."),
        "registration-has-errors-more": translate(
            "Errors", "Nothing was imported: {note} (and {more} more error(s))."
        ),
    }


def column_words() -> dict[str, str]:
    """The registration list's columns as the core names them (``column``), in the
    user's words (domain.registration_columns.COLUMN_NAMES)."""
    translate = QCoreApplication.translate
    return {
        "name": translate("Columns", "name"),
        "first name": translate("Columns", "first name"),
        "last name": translate("Columns", "last name"),
        "function": translate("Columns", "function"),
        "organization": translate("Columns", "organization"),
        "category": translate("Columns", "category"),
        "email": translate("Columns", "email"),
        "salutation": translate("Columns", "salutation"),
    }


def detail_words() -> dict[str, str]:
    """The details an import fills in for a person already known (``details``)."""
    translate = QCoreApplication.translate
    return {
        "function": translate("Details", "function"),
        "e-mail": translate("Details", "e-mail"),
        "organization": translate("Details", "organization"),
    }
