"""Writing a file so that it is either all there or not there at all.

A writer renders into a temporary file beside the target; only when it has
finished and the bytes are on the disk does the temporary file replace the
target. An export that fails half-way leaves the target as it was.
"""

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rapporteur_app.domain.errors import CannotWrite
from rapporteur_app.domain.text import user_path


def _reason(error: OSError, target: Path) -> CannotWrite:
    if error.errno == errno.ENOSPC:
        return CannotWrite.coded("disk-full", target=target)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CannotWrite.coded("cannot-write-locked", target=target)
    return CannotWrite.coded("cannot-write", target=target, reason=error.strerror or error)


def check_target(target: Path) -> None:
    """Refuse, before any work, a target that cannot possibly be written."""
    folder = target.parent
    if not folder.is_dir():
        raise CannotWrite.coded("folder-missing", folder=folder, target=target)
    if target.is_dir():
        raise CannotWrite.coded("target-is-folder", target=target)
    if target.exists() and not os.access(target, os.W_OK):
        raise CannotWrite.coded("target-read-only", target=target)
    if not os.access(folder, os.W_OK):
        raise CannotWrite.coded("folder-read-only", folder=folder, target=target)


@contextmanager
def atomic_target(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``."""
    final = user_path(target).absolute()
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
            temporary.chmod(0o644 & ~_umask())
        temporary.replace(final)
        _sync_folder(final.parent)
    except OSError as error:
        raise _reason(error, final) from None
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    """The process's umask, read without changing it (os.umask is not thread-safe)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
