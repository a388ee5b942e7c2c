"""Writing a file so that it is either all there or not there at all.

A writer renders into a temporary file beside the target; only when it has
finished and the bytes are on the disk does the temporary file replace the
target. An export that fails half-way leaves the target as it was.
"""

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rapporteur_app.domain.errors import CannotWrite
from rapporteur_app.domain.text import quoted, user_path


def _reason(error: OSError, target: Path) -> CannotWrite:
    if error.errno == errno.ENOSPC:
        return CannotWrite.coded("disk-full", target=target)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CannotWrite.coded("cannot-write-locked", target=target)
    if error.errno == errno.ENAMETOOLONG:
        return CannotWrite.coded("name-too-long", name=quoted(target.name, 60))
    return CannotWrite.coded("cannot-write", target=target, reason=error.strerror or error)


def regular_target(target: Path) -> Path:
    """The file to write for ``target``: a symlink is followed to the file it names
    (which is replaced, the link kept); anything but a regular file is refused, so
    an export never replaces a device, a pipe or what a link points at by surprise."""
    final = target
    try:
        if target.is_symlink():
            final = target.resolve()
        mode = final.stat().st_mode
    except FileNotFoundError:
        return final
    except (OSError, RuntimeError) as error:  # a name too long, a loop of links
        reason = error if isinstance(error, OSError) else OSError(0, "a loop of links")
        raise _reason(reason, target) from None
    if stat.S_ISDIR(mode):
        raise CannotWrite.coded("target-is-folder", target=target)
    if not stat.S_ISREG(mode):
        raise CannotWrite.coded("not-regular-file", target=target)
    return final


def check_target(target: Path) -> None:
    """Refuse, before any work, a target that cannot possibly be written."""
    folder = target.parent
    try:
        folder_there = folder.is_dir()
    except OSError as error:
        raise _reason(error, target) from None
    if not folder_there:
        raise CannotWrite.coded("folder-missing", folder=folder, target=target)
    regular_target(target)
    if target.exists() and not os.access(target, os.W_OK):
        raise CannotWrite.coded("target-read-only", target=target)
    if not os.access(folder, os.W_OK):
        raise CannotWrite.coded("folder-read-only", folder=folder, target=target)


@contextmanager
def atomic_target(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``."""
    final = regular_target(user_path(target).absolute())
    check_target(final)
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{final.name}.", suffix=".part", dir=final.parent
        )
    except OSError as error:
        raise _reason(error, final) from None
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        if final.exists():
            # Keep the permissions the user gave the file they are replacing.
            temporary.chmod(final.stat().st_mode & 0o7777)
        else:
            # A document or a dump may hold what an anonymous speaker said: the
            # user's alone, like the database, until they choose to share it.
            temporary.chmod(0o600)
        temporary.replace(final)
        _sync_folder(final.parent)
    except OSError as error:
        raise _reason(error, final) from None
    finally:
        temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
