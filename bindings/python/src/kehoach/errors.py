"""The exceptions of the binding: one class per libkehoach result code, with its message."""
from __future__ import annotations

from typing import Dict, Type


class KeHoachError(Exception):
    """A libkehoach call failed. ``code`` is the C result code (enum kehoach_result), ``message``
    libkehoach's explanation in Vietnamese (naming the field, task row or file at fault)."""

    code: int = 1

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class MisuseError(KeHoachError):
    """The API was used wrongly (a closed store, a missing argument)."""
    code = 2


class InvalidError(KeHoachError, ValueError):
    """Input that is not valid: JSON, a date (or one outside 1900-2100), a field, bad UTF-8."""
    code = 3


class NotFoundError(KeHoachError, LookupError):
    """A plan, occurrence, unit or event key that does not exist."""
    code = 4


class ConstraintError(KeHoachError):
    """Conflicts with what is stored, e.g. the plan is already there."""
    code = 5


class ReadOnlyError(KeHoachError):
    """A write on a store opened read-only."""
    code = 6


class BusyError(KeHoachError):
    """Another process held the file past the busy timeout."""
    code = 7


class SchemaError(KeHoachError):
    """The file was made by a newer kehoach."""
    code = 8


class NotADatabaseError(KeHoachError):
    """The file is not a kehoach database."""
    code = 9


class StorageError(KeHoachError, OSError):
    """The file system or SQLite failed."""
    code = 10


_BY_CODE: Dict[int, Type[KeHoachError]] = {
    cls.code: cls
    for cls in (MisuseError, InvalidError, NotFoundError, ConstraintError, ReadOnlyError, BusyError,
                SchemaError, NotADatabaseError, StorageError)
}


def error_for(code: int, message: str) -> KeHoachError:
    """The exception of a result code, carrying `message`."""
    return _BY_CODE.get(code, KeHoachError)(message, code)
