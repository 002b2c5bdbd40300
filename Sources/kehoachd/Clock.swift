#if canImport(Glibc)
import Glibc
#endif
import CSystemd
import KeHoach

/// The daemon's one source of "now", and the timer it sleeps on.
///
/// Reads CLOCK_REALTIME, shifted by a fixed offset when `--now` gave a start instant (tests and
/// demos run a whole day or year in a few seconds of real time without touching the system
/// clock). The wake-up timer is a timerfd on CLOCK_REALTIME armed with an absolute time and
/// `TFD_TIMER_CANCEL_ON_SET`, so a clock set by hand or by NTP wakes the loop at once
/// (``WakeTimer/Event/clockChanged``) instead of leaving it asleep on a stale deadline.
struct DaemonClock {
    /// Seconds added to the real clock (0 unless `--now` was given).
    let offset: Int64

    /// The real clock.
    init() { offset = 0 }

    /// A clock that reads `start` now and then runs at the real clock's pace.
    init(startingAt start: Instant) {
        offset = start.seconds - DaemonClock.realSeconds()
    }

    /// A clock stopped at `instant` (`--once --now`: the cycle sees exactly that instant).
    init(frozenAt instant: Instant) {
        offset = 0
        frozen = instant
    }

    /// The fixed reading of a stopped clock.
    private var frozen: Instant?

    /// Now, in whole seconds.
    func now() -> Instant { frozen ?? Instant(seconds: DaemonClock.realSeconds() + offset) }

    /// The real clock's reading for one of this clock's instants.
    func realSeconds(of instant: Instant) -> Int64 {
        instant.seconds - (frozen.map { $0.seconds - DaemonClock.realSeconds() } ?? offset)
    }

    /// CLOCK_REALTIME in whole seconds.
    static func realSeconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec)
    }
}

/// A timerfd the loop polls: fires at an absolute wall-clock time, or reports a clock change.
final class WakeTimer {
    /// What reading the timer found.
    enum Event: Equatable {
        /// The armed time came.
        case fired
        /// The wall clock was set (jumped); the armed time may now be wrong.
        case clockChanged
        /// Nothing yet (spurious wake-up).
        case none
    }

    /// The timerfd (non-blocking).
    let descriptor: Int32

    init() throws(SystemError) {
        let fd = timerfd_create(CLOCK_REALTIME, Int32(TFD_NONBLOCK | TFD_CLOEXEC))
        guard fd >= 0 else { throw SystemError(errno: errno) }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Arms the timer for the real-clock second `realSeconds` (at least one second from now).
    func arm(realSeconds: Int64) throws(SystemError) {
        let at = max(realSeconds, DaemonClock.realSeconds() + 1)
        var spec = itimerspec(it_interval: timespec(tv_sec: 0, tv_nsec: 0), it_value: timespec(tv_sec: Int(at), tv_nsec: 0))
        let flags = Int32(TFD_TIMER_ABSTIME) | Int32(TFD_TIMER_CANCEL_ON_SET)
        guard timerfd_settime(descriptor, flags, &spec, nil) == 0 else { throw SystemError(errno: errno) }
    }

    /// Reads the timer: fired, clock changed (ECANCELED), or nothing.
    func read() -> Event {
        var expirations: UInt64 = 0
        let n = Glibc.read(descriptor, &expirations, MemoryLayout<UInt64>.size)
        if n == MemoryLayout<UInt64>.size { return .fired }
        if n < 0 && errno == ECANCELED { return .clockChanged }
        return .none
    }
}

/// A periodic CLOCK_MONOTONIC timerfd for the watchdog pings.
final class PeriodicTimer {
    /// The timerfd (non-blocking).
    let descriptor: Int32

    /// Fires every `microseconds`.
    init(everyMicroseconds microseconds: UInt64) throws(SystemError) {
        let fd = timerfd_create(CLOCK_MONOTONIC, Int32(TFD_NONBLOCK | TFD_CLOEXEC))
        guard fd >= 0 else { throw SystemError(errno: errno) }
        descriptor = fd
        let period = timespec(tv_sec: Int(microseconds / 1_000_000), tv_nsec: Int(microseconds % 1_000_000) * 1000)
        var spec = itimerspec(it_interval: period, it_value: period)
        guard timerfd_settime(fd, 0, &spec, nil) == 0 else { throw SystemError(errno: errno) }
    }

    deinit { close(descriptor) }

    /// Consumes the expirations; true if it fired.
    func drain() -> Bool {
        var expirations: UInt64 = 0
        return Glibc.read(descriptor, &expirations, MemoryLayout<UInt64>.size) == MemoryLayout<UInt64>.size
    }
}
