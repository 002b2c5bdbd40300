#if canImport(Glibc)
import Glibc
#endif
import CSystemd

/// SIGHUP, SIGTERM and SIGINT delivered through a signalfd, so the event loop reads them like
/// any other descriptor and never runs code in a signal handler.
///
/// The signals are blocked in the calling thread (call this before any other thread starts, so
/// they inherit the mask); a signal that arrives mid-cycle waits in the descriptor until the
/// cycle checks for it between notices or returns to the loop.
final class Signals {
    /// What a signal asks of the daemon.
    enum Request: Equatable {
        /// SIGHUP: re-read the configuration.
        case reload
        /// SIGTERM or SIGINT: finish the notice in hand and exit.
        case stop
    }

    /// The signalfd (non-blocking).
    let descriptor: Int32

    /// Blocks SIGHUP, SIGTERM and SIGINT and opens a signalfd for them.
    init() throws(SystemError) {
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in [SIGHUP, SIGTERM, SIGINT] { sigaddset(&mask, signal) }
        guard pthread_sigmask(SIG_BLOCK, &mask, nil) == 0 else { throw SystemError(errno: errno) }
        let fd = signalfd(-1, &mask, Int32(SFD_NONBLOCK | SFD_CLOEXEC))
        guard fd >= 0 else { throw SystemError(errno: errno) }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// The requests waiting in the descriptor, in arrival order (empty when none).
    func pending() -> [Request] {
        var result: [Request] = []
        var info = signalfd_siginfo()
        while read(descriptor, &info, MemoryLayout<signalfd_siginfo>.size) == MemoryLayout<signalfd_siginfo>.size {
            switch Int32(info.ssi_signo) {
            case SIGHUP: result.append(.reload)
            case SIGTERM, SIGINT: result.append(.stop)
            default: break
            }
        }
        return result
    }
}
