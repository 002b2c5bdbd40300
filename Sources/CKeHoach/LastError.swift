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
    /// The thread's message (freed by the key's destructor when the thread exits).
    private static let messageKey: pthread_key_t = makeKey(destructor: true)
    /// The thread's code, kept as the pointer value itself (0, KEHOACH_OK, is NULL).
    private static let codeKey: pthread_key_t = makeKey(destructor: false)

    private static func makeKey(destructor: Bool) -> pthread_key_t {
        var key = pthread_key_t()
        let status = destructor ? pthread_key_create(&key) { free($0) } : pthread_key_create(&key, nil)
        // Only PTHREAD_KEYS_MAX exhaustion makes this fail; the record then stays empty.
        precondition(status == 0 || status == EAGAIN, "pthread_key_create: \(status)")
        return key
    }

    /// Records a call's outcome: `message` nil after a success.
    static func set(_ code: Int32, _ message: String?) {
        free(pthread_getspecific(messageKey))
        pthread_setspecific(messageKey, message.flatMap { UnsafeRawPointer(strdup($0)) })
        pthread_setspecific(codeKey, UnsafeRawPointer(bitPattern: UInt(UInt32(bitPattern: code))))
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
        Int32(bitPattern: UInt32(truncatingIfNeeded: UInt(bitPattern: pthread_getspecific(codeKey))))
    }

    /// The latest message on this thread, valid until the thread's next call; a static text
    /// after a success.
    static var message: UnsafePointer<CChar> {
        pthread_getspecific(messageKey).map { UnsafePointer($0.assumingMemoryBound(to: CChar.self)) }
            ?? CResult.noErrorMessage
    }
}
