#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CKeHoachHeader
import KeHoach

// The functions of kehoach.h that need no handle: version, error texts, memory.

/// The version string, made once from ``KeHoachVersion`` and kept for the life of the library.
nonisolated(unsafe) private let versionString: UnsafeMutablePointer<CChar>? = strdup(KeHoachVersion.string)

/// `kehoach_libversion`: "MAJOR.MINOR.PATCH".
@c @implementation
public func kehoach_libversion() -> UnsafePointer<CChar>? {
    versionString.map { UnsafePointer($0) }
}

/// `kehoach_libversion_number`: MAJOR * 1_000_000 + MINOR * 1_000 + PATCH.
@c @implementation
public func kehoach_libversion_number() -> Int32 {
    Int32(KeHoachVersion.number)
}

/// `kehoach_errstr`: a static Vietnamese explanation of a result code.
@c @implementation
public func kehoach_errstr(_ code: Int32) -> UnsafePointer<CChar>? {
    CResult.cString(CResult.explanation(code))
}

/// `kehoach_free`: releases what the library returned through an out-parameter.
@c @implementation
public func kehoach_free(_ pointer: UnsafeMutableRawPointer?) {
    free(pointer)
}

/// `kehoach_last_errcode`: the code of the latest call on this thread.
@c @implementation
public func kehoach_last_errcode() -> Int32 {
    LastError.code
}

/// `kehoach_last_errmsg`: the message of the latest call on this thread, owned by the thread.
@c @implementation
public func kehoach_last_errmsg() -> UnsafePointer<CChar>? {
    LastError.message
}
