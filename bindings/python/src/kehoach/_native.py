"""Loading libkehoach and declaring its functions for ctypes (one place: kehoach.h's prototypes)."""
from __future__ import annotations

import ctypes
import ctypes.util
import os

_db = ctypes.c_void_p
_cursor = ctypes.c_void_p
_out_text = ctypes.POINTER(ctypes.c_void_p)  # char **: freed with kehoach_free
_text = ctypes.c_char_p
_int = ctypes.c_int
_i64 = ctypes.c_int64

# name, result type, argument types: exactly Include/kehoach.h.
_PROTOTYPES = [
    ("kehoach_libversion", _text, []),
    ("kehoach_libversion_number", _int, []),
    ("kehoach_errstr", _text, [_int]),
    ("kehoach_last_errcode", _int, []),
    ("kehoach_last_errmsg", _text, []),
    ("kehoach_open", _int, [_text, _int, ctypes.POINTER(_db)]),
    ("kehoach_close", _int, [_db]),
    ("kehoach_errmsg", _text, [_db]),
    ("kehoach_errcode", _int, [_db]),
    ("kehoach_set_actor", _int, [_db, _text]),
    ("kehoach_free", None, [ctypes.c_void_p]),
    ("kehoach_deadline_parse", _int, [_text, _int, _text, _out_text]),
    ("kehoach_workdays_add", _int, [_text, _int, ctypes.c_char_p]),
    ("kehoach_db_workdays_add", _int, [_db, _text, _int, ctypes.c_char_p]),
    ("kehoach_plan_import_json", _int, [_db, _text, ctypes.POINTER(_i64)]),
    ("kehoach_plan_export_json", _int, [_db, _i64, _out_text]),
    ("kehoach_plans_json", _int, [_db, _out_text]),
    ("kehoach_plan_replace_json", _int, [_db, _i64, _text]),
    ("kehoach_plan_delete", _int, [_db, _i64]),
    ("kehoach_occurrences_json", _int, [_db, _text, _out_text]),
    ("kehoach_occurrence_complete_note", _int, [_db, _text, _text, _text, _text, _text]),
    ("kehoach_occurrence_waive", _int, [_db, _text, _text, _text, _text]),
    ("kehoach_occurrence_reopen", _int, [_db, _text, _text]),
    ("kehoach_event_record", _int, [_db, _i64, _text, _text]),
    ("kehoach_notices_json", _int, [_db, _i64, _int, _out_text]),
    ("kehoach_overdue_open", _int, [_db, _text, _text, ctypes.POINTER(_cursor)]),
    ("kehoach_cursor_step", _int, [_cursor]),
    ("kehoach_cursor_text", _text, [_cursor, _int]),
    ("kehoach_cursor_int64", _i64, [_cursor, _int]),
    ("kehoach_cursor_finalize", _int, [_cursor]),
]

#: The oldest libkehoach this binding works with (it calls functions of 0.3.0).
MIN_VERSION_NUMBER = 3000


def _find() -> str:
    explicit = os.environ.get("KEHOACH_LIB")
    if explicit:
        return explicit
    return ctypes.util.find_library("kehoach") or "libkehoach.so.0"


def load() -> ctypes.CDLL:
    """libkehoach with every prototype declared; OSError when it is missing or too old."""
    path = _find()
    try:
        lib = ctypes.CDLL(path)
    except OSError as error:
        raise OSError(
            f"không nạp được libkehoach ({path}): {error}. Cài libkehoach (make install hoặc gói .deb), "
            "chạy ldconfig, hoặc đặt KEHOACH_LIB=/đường/dẫn/libkehoach.so.0"
        ) from error
    for name, restype, argtypes in _PROTOTYPES:
        try:
            function = getattr(lib, name)
        except AttributeError as error:
            raise OSError(f"{path} thiếu hàm {name}: cần libkehoach 0.3.0 trở lên") from error
        function.restype = restype
        function.argtypes = argtypes
    if lib.kehoach_libversion_number() < MIN_VERSION_NUMBER:
        raise OSError(f"{path} là libkehoach {lib.kehoach_libversion().decode()}: cần 0.3.0 trở lên")
    return lib


LIB = load()
