#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeHoach

/// The outcome of the latest call on the current thread, for `kehoach_last_errcode` and
/// `kehoach_last_errmsg` (libgit2's `git_error_last`).
///
/// Functions without a handle (`kehoach_deadline_parse`, `kehoach_workdays_add`, a
/// `kehoach_open` without `out`) and calls on a NULL or closed handle have no handle to hold
/// their message; this per-thread record holds it instead. Every function that returns an
/// `enum kehoach_result` writes it, success included, so it always describes the latest such
/// call on this thread. The message is a `malloc`ed C string kept in thread-specific storage
/// and freed when replaced or when the thread ends.
enum LastError {
    /// The thread's message (freed by the key's destructor when the thread exits) and code
    /// (kept as the pointer value itself: 0, KEHOACH_OK, is NULL). Nil when the process has no
    /// thread-specific key left (PTHREAD_KEYS_MAX): the record is then always empty, never a trap.
    private static let keys: (message: pthread_key_t, code: pthread_key_t)? = {
        var message = pthread_key_t(), code = pthread_key_t()
        guard pthread_key_create(&message, { free($0) }) == 0 else { return nil }
        guard pthread_key_create(&code, nil) == 0 else {
            pthread_key_delete(message)
            return nil
        }
        return (message, code)
    }()

    /// Records a call's outcome: `message` nil after a success.
    static func set(_ code: Int32, _ message: String?) {
        guard let keys else { return }
        free(pthread_getspecific(keys.message))
        pthread_setspecific(keys.message, message.flatMap { UnsafeRawPointer(strdup($0)) })
        pthread_setspecific(keys.code, UnsafeRawPointer(bitPattern: UInt(UInt32(bitPattern: code))))
    }

    /// Records a call's outcome from its error (nil: success) and returns its code.
    @discardableResult
    static func record(_ error: KeHoachError?) -> Int32 {
        guard let error else {
            set(CResult.ok, nil)
            return CResult.ok
        }
        let code = CResult.code(of: error)
        set(code, error.message)
        return code
    }

    /// The latest code on this thread.
    static var code: Int32 {
        guard let keys else { return CResult.ok }
        return Int32(bitPattern: UInt32(truncatingIfNeeded: UInt(bitPattern: pthread_getspecific(keys.code))))
    }

    /// The latest message on this thread, valid until the thread's next call; a static text
    /// after a success.
    static var message: UnsafePointer<CChar> {
        keys.flatMap { pthread_getspecific($0.message) }.map { UnsafePointer($0.assumingMemoryBound(to: CChar.self)) }
            ?? CResult.noErrorMessage
    }
}
