#if canImport(Glibc)
import Glibc
#endif
import CSystemd

/// Tells the service manager how the daemon is doing, through `sd_notify` (Type=notify).
///
/// Without `$NOTIFY_SOCKET` (run by hand, in tests) every call is a no-op, as sd_notify is.
/// systemd 252 (Debian 12) knows `RELOADING=1` and `STOPPING=1`; `MONOTONIC_USEC` is sent with
/// `RELOADING=1` as systemd 253's notify-reload protocol wants, and older managers ignore it.
final class Notifier {
    /// Half of `$WATCHDOG_USEC` when the manager asked for keep-alive pings, in microseconds.
    let watchdogInterval: UInt64?
    private var lastPing: UInt64 = 0

    init() {
        var usec: UInt64 = 0
        watchdogInterval = sd_watchdog_enabled(0, &usec) > 0 && usec > 0 ? usec / 2 : nil
    }

    /// Sends `state` (newline-separated `NAME=value` assignments); returns sd_notify's result.
    @discardableResult
    func send(_ state: String) -> Int32 {
        sd_notify(0, state)
    }

    /// `READY=1` with a STATUS line: the store is open and migrated, or the reload is done.
    func ready(status: String) {
        send("READY=1\nSTATUS=\(status)")
        lastPing = Notifier.monotonicMicroseconds()
    }

    /// A new STATUS line.
    func status(_ text: String) { send("STATUS=\(text)") }

    /// `RELOADING=1` with the monotonic time, before re-reading the configuration.
    func reloading() {
        send("RELOADING=1\nMONOTONIC_USEC=\(Notifier.monotonicMicroseconds())\nSTATUS=Đang nạp lại cấu hình")
    }

    /// `STOPPING=1`, on SIGTERM or SIGINT.
    func stopping() { send("STOPPING=1\nSTATUS=Đang dừng") }

    /// `WATCHDOG=1` now.
    func ping() {
        send("WATCHDOG=1")
        lastPing = Notifier.monotonicMicroseconds()
    }

    /// `WATCHDOG=1` if half the watchdog interval has passed since the last ping: called
    /// between notices of a long cycle, so a large catch-up never looks like a hang.
    func keepAlive() {
        guard let interval = watchdogInterval else { return }
        if Notifier.monotonicMicroseconds() &- lastPing >= interval { ping() }
    }

    /// CLOCK_MONOTONIC in microseconds.
    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
    }
}
