"""The exchange file itself: its format's name and version, its schemas, and the
file read from and written to disk.

Apart from the checks, the loads and the dumps because every one of them (and the
hand-off, the kept final versions, the command line) needs these few names, and
none of them should pull in the others to get them.
"""

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from rapporteur_app.domain.errors import InvalidInput

FORMAT = "rapporteur-meeting"
VERSION = 3
# Every version this program reads, and its schema: an older file still loads.
SCHEMA_FILES = {
    1: "meeting-exchange-v1.schema.json",
    2: "meeting-exchange-v2.schema.json",
    3: "meeting-exchange-v3.schema.json",
}
SESSION_SCOPE = "session"
SCHEMA_FILE = SCHEMA_FILES[VERSION]

Json = dict[str, Any]


def schema(version: int = VERSION) -> Json:
    name = SCHEMA_FILES.get(version, SCHEMA_FILE)
    text = (files("rapporteur_app.resources") / "schemas" / name).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def read_file(path: Path) -> Json:
    """The file's JSON, or InvalidInput naming what is wrong with it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput.coded(
            "exchange-cannot-read", path=path, reason=error.strerror or error
        ) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput.coded("exchange-not-utf8", path=path) from None
    except json.JSONDecodeError as error:
        raise InvalidInput.coded(
            "exchange-not-json",
            path=path,
            line=error.lineno,
            column=error.colno,
            detail=error.msg,
        ) from None
    except RecursionError:
        raise InvalidInput.coded("exchange-too-deep", path=path) from None
    except ValueError:
        # e.g. a number of thousands of digits, beyond what Python converts
        raise InvalidInput.coded("exchange-number-too-long", path=path) from None
    if not isinstance(data, dict):
        raise InvalidInput.coded("exchange-not-object", path=path)
    return data


def document_text(data: Json) -> str:
    """The text of an exchange document as it is written to a file (and kept as a
    final rapport version: written again, it is the same text)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_file(data: Json | str, path: Path) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one.
    Only a regular file is written (a link is followed to one), readable by the user
    alone (0600) when new: a dump is the full record. ``data`` may be the text itself
    (a kept final version, written again exactly as it was sent)."""
    from rapporteur_app.export.atomic import atomic_target

    text = data if isinstance(data, str) else document_text(data)
    with atomic_target(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
