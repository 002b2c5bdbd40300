"""kehoach: the plans of Vietnamese communes, their deadlines and notices, through libkehoach.

A thin, typed layer over the C API (``Include/kehoach.h``) with ctypes: a :class:`Store` is a
``kehoach_db *`` handle, documents cross as Python dicts and lists (the C API's JSON), dates as
``datetime.date`` or ``"YYYY-MM-DD"``, and every failure raises a :class:`KeHoachError`
subclass carrying libkehoach's Vietnamese message. Nothing is cached on the Python side: each
call reads or writes the store the daemon and the CLI share.
"""
from __future__ import annotations

import ctypes
import datetime
import json
from typing import Any, Dict, List, Optional, Union

from ._native import LIB
from .errors import (BusyError, ConstraintError, InvalidError, KeHoachError, MisuseError, NotADatabaseError,
                     NotFoundError, ReadOnlyError, SchemaError, StorageError, error_for)

__all__ = [
    "Store", "parse_deadline", "add_workdays", "libversion", "KeHoachError", "MisuseError", "InvalidError",
    "NotFoundError", "ConstraintError", "ReadOnlyError", "BusyError", "SchemaError", "NotADatabaseError",
    "StorageError",
]

Date = Union[datetime.date, str]
JSONValue = Any

_OK = 0
_ROW = 100
_OPEN_READONLY, _OPEN_READWRITE, _OPEN_CREATE = 1, 2, 4
# enum kehoach_column, in order.
_COLUMNS = ["id", "plan_id", "plan_number", "task_ref", "task", "label", "written_due", "due", "lead_units",
            "state", "done_on", "evidence"]


def libversion() -> str:
    """The loaded libkehoach's version, "MAJOR.MINOR.PATCH"."""
    return LIB.kehoach_libversion().decode()


def _bytes(text: Optional[str]) -> Optional[bytes]:
    return None if text is None else text.encode("utf-8")


def _date(value: Optional[Date]) -> Optional[bytes]:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        value = value.isoformat()
    return value.encode("utf-8")


def _last_error(code: int) -> KeHoachError:
    return error_for(code, LIB.kehoach_last_errmsg().decode("utf-8"))


def _take(pointer: ctypes.c_void_p) -> str:
    """The text of a char * the library allocated, freed."""
    try:
        return ctypes.string_at(pointer.value).decode("utf-8")
    finally:
        LIB.kehoach_free(pointer)


def parse_deadline(text: str, plan_year: int, issued_on: Optional[Date] = None) -> Dict[str, JSONValue]:
    """The meaning of a deadline cell ("Quý I, II/2022", "trước ngày 15/11/2022"): the object
    ``kehoach deadline --json`` prints. Text it does not understand comes back flagged
    "unspecified", not as an error. Raises InvalidError for a bad date, year or a text over 4096 bytes."""
    out = ctypes.c_void_p()
    code = LIB.kehoach_deadline_parse(_bytes(text), plan_year, _date(issued_on), ctypes.byref(out))
    if code != _OK:
        raise _last_error(code)
    return json.loads(_take(out))


def add_workdays(date: Date, n: int) -> str:
    """The date `n` working days after `date` (before it when n < 0) on the built-in Vietnamese
    civil-service calendar, as "YYYY-MM-DD"."""
    out = ctypes.create_string_buffer(11)
    code = LIB.kehoach_workdays_add(_date(date), n, out)
    if code != _OK:
        raise _last_error(code)
    return out.value.decode()


class Store:
    """A handle on a kehoach store file (``kehoach_db *``). Use it from one thread at a time;
    open one Store per thread to work in parallel. Close it (or use ``with``) to release it.

    ``readonly=True`` for software that only reads (every write raises ReadOnlyError);
    ``create=True`` to create a missing file. Raises NotADatabaseError, SchemaError,
    StorageError... when the file cannot be opened.
    """

    def __init__(self, path: str, *, readonly: bool = False, create: bool = False, actor: Optional[str] = None) -> None:
        self._handle: Optional[ctypes.c_void_p] = None
        flags = _OPEN_READONLY if readonly else (_OPEN_CREATE if create else _OPEN_READWRITE)
        handle = ctypes.c_void_p()
        code = LIB.kehoach_open(_bytes(path), flags, ctypes.byref(handle))
        if code != _OK:
            error = error_for(code, LIB.kehoach_errmsg(handle).decode("utf-8")) if handle.value else _last_error(code)
            LIB.kehoach_close(handle)
            raise error
        self._handle = handle
        if actor is not None:
            self.set_actor(actor)

    # Handles and errors

    def close(self) -> None:
        """Releases the handle; later calls raise MisuseError. Closing twice is harmless."""
        if self._handle is not None:
            LIB.kehoach_close(self._handle)
            self._handle = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    @property
    def _db(self) -> ctypes.c_void_p:
        if self._handle is None:
            raise MisuseError("Store đã đóng", 2)
        return self._handle

    def _check(self, code: int) -> None:
        if code != _OK:
            raise error_for(code, LIB.kehoach_errmsg(self._db).decode("utf-8"))

    def _json(self, call: Any, *args: Any) -> JSONValue:
        out = ctypes.c_void_p()
        self._check(call(self._db, *args, ctypes.byref(out)))
        return json.loads(_take(out))

    def set_actor(self, actor: Optional[str]) -> None:
        """Who acts through this store in the audit trail for imports, events, replace and delete
        (None: "libkehoach")."""
        self._check(LIB.kehoach_set_actor(self._db, _bytes(actor)))

    # Plans

    def plans(self) -> List[Dict[str, JSONValue]]:
        """Every stored plan's header: id, number, issuer, year, title, task_count."""
        return self._json(LIB.kehoach_plans_json)

    def import_plan(self, plan: Union[str, Dict[str, JSONValue]]) -> int:
        """Stores a plan (plan JSON, as text or a dict) and returns its id."""
        text = plan if isinstance(plan, str) else json.dumps(plan, ensure_ascii=False)
        plan_id = ctypes.c_int64()
        self._check(LIB.kehoach_plan_import_json(self._db, _bytes(text), ctypes.byref(plan_id)))
        return plan_id.value

    def export_plan(self, plan_id: int) -> Dict[str, JSONValue]:
        """A stored plan as plan JSON (a dict)."""
        return self._json(LIB.kehoach_plan_export_json, plan_id)

    def replace_plan(self, plan_id: int, plan: Union[str, Dict[str, JSONValue]]) -> None:
        """Replaces a stored plan by its revision (same number and issuer), keeping completions."""
        text = plan if isinstance(plan, str) else json.dumps(plan, ensure_ascii=False)
        self._check(LIB.kehoach_plan_replace_json(self._db, plan_id, _bytes(text)))

    def delete_plan(self, plan_id: int) -> None:
        """Deletes a plan and everything recorded under it (audited; cannot be undone)."""
        self._check(LIB.kehoach_plan_delete(self._db, plan_id))

    # Occurrences and progress

    def occurrences(self, **query: Any) -> List[Dict[str, JSONValue]]:
        """Occurrences narrowed by plan_id, unit, dimension, status, due_from, due_to, as_of, limit
        (the query object of kehoach_occurrences_json; dates may be datetime.date)."""
        fields = {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in query.items()}
        return self._json(LIB.kehoach_occurrences_json, _bytes(json.dumps(fields, ensure_ascii=False)))

    def overdue(self, unit: str, as_of: Optional[Date] = None) -> List[Dict[str, Optional[str]]]:
        """A unit's overdue occurrences on `as_of` (default today), most overdue first: the
        cursor's columns (id, plan_id, plan_number, task_ref, task, label, written_due, due,
        lead_units, state, done_on, evidence) as text."""
        cursor = ctypes.c_void_p()
        self._check(LIB.kehoach_overdue_open(self._db, _bytes(unit), _date(as_of), ctypes.byref(cursor)))
        rows = []
        try:
            while LIB.kehoach_cursor_step(cursor) == _ROW:
                row = {}
                for index, name in enumerate(_COLUMNS):
                    value = LIB.kehoach_cursor_text(cursor, index)
                    row[name] = None if value is None else value.decode("utf-8")
                rows.append(row)
        finally:
            LIB.kehoach_cursor_finalize(cursor)
        return rows

    def complete(self, occurrence_id: str, done_on: Date, by: str, evidence: Optional[str] = None,
                 note: Optional[str] = None) -> None:
        """Records that an occurrence was done on `done_on` by `by`, with evidence and a note."""
        self._check(LIB.kehoach_occurrence_complete_note(self._db, _bytes(occurrence_id), _date(done_on),
                                                         _bytes(evidence), _bytes(note), _bytes(by)))

    def waive(self, occurrence_id: str, on: Date, by: str, note: Optional[str] = None) -> None:
        """Records that an occurrence is no longer required, with the reason in `note`."""
        self._check(LIB.kehoach_occurrence_waive(self._db, _bytes(occurrence_id), _date(on), _bytes(note), _bytes(by)))

    def reopen(self, occurrence_id: str, by: str) -> None:
        """Removes an occurrence's completion or waiver: it is open again."""
        self._check(LIB.kehoach_occurrence_reopen(self._db, _bytes(occurrence_id), _bytes(by)))

    def record_event(self, plan_id: int, key: str, happened_on: Date) -> None:
        """Records that a plan's event happened (its tasks' event_key); NotFoundError for a key no
        task names."""
        self._check(LIB.kehoach_event_record(self._db, plan_id, _bytes(key), _date(happened_on)))

    def notices(self, after: int = 0, limit: int = 100) -> List[Dict[str, JSONValue]]:
        """The daemon's notices with a sequence number above `after`, oldest first."""
        return self._json(LIB.kehoach_notices_json, after, limit)

    def add_workdays(self, date: Date, n: int) -> str:
        """:func:`add_workdays` on the store's calendar (with the administrator's overrides)."""
        out = ctypes.create_string_buffer(11)
        self._check(LIB.kehoach_db_workdays_add(self._db, _date(date), n, out))
        return out.value.decode()
