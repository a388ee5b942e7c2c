"""Reading the text files a user names on the command line."""

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import user_path

# A narrative is prose: anything bigger than this is not one (and would not fit in memory well).
_LIMIT = 20 * 1024 * 1024


def read_text_file(name: str) -> str:
    path = user_path(name)
    try:
        if path.stat().st_size > _LIMIT:
            raise InvalidInput(f"{name} is larger than 20 MB: it is not a narrative.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{name} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{name} is a folder, not a text file.") from None
    except OSError as error:
        raise InvalidInput(f"{name} cannot be read: {error.strerror or error}.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"{name} is not UTF-8 text (byte {error.start + 1}): save it as UTF-8 and try again."
        ) from None
