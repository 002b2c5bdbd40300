/// When a delivery that failed for a reason that may pass is tried again, and when it is given
/// up: exponential backoff with jitter, as mail servers and webhook receivers expect.
///
/// Temporary failures are SMTP 4xx replies, HTTP 5xx and 429, timeouts and refused connections;
/// the wait doubles from ``base`` up to ``cap``, each wait moved by up to a fifth either way
/// (so that a province's deliveries do not all retry in the same second), and a delivery still
/// failing ``giveUpAfter`` seconds after it was recorded is given up and reported.
public struct RetryPolicy: Hashable, Sendable {
    /// The first wait, in seconds (60).
    public var base: Int64
    /// The longest wait, in seconds (one hour).
    public var cap: Int64
    /// How long after its recording a delivery is given up, in seconds (a day).
    public var giveUpAfter: Int64

    /// The policy with these waits.
    public init(base: Int64 = 60, cap: Int64 = 3600, giveUpAfter: Int64 = 86_400) {
        self.base = max(1, base)
        self.cap = max(self.base, cap)
        self.giveUpAfter = max(0, giveUpAfter)
    }

    /// What a sending attempt came to.
    public enum Outcome: Hashable, Sendable {
        /// Accepted.
        case sent
        /// Refused or failed for a reason that may pass (retried).
        case temporary(String)
        /// Refused for good (not retried).
        case permanent(String)
    }

    /// The instant of the next attempt after the `attempts`-th failed one at `now`, or nil when
    /// the delivery recorded at `recordedAt` is to be given up. `jitter` is a number in [0, 1)
    /// (random in kehoachd, fixed in tests).
    public func nextAttempt(after attempts: Int, at now: Instant, recordedAt: Instant, jitter: Double) -> Instant? {
        guard now.seconds - recordedAt.seconds < giveUpAfter else { return nil }
        let exponent = min(max(attempts - 1, 0), 30)
        let wait = min(cap, base << Int64(exponent))
        let moved = Double(wait) * (0.8 + 0.4 * min(max(jitter, 0), 0.999_999))
        let next = Instant(seconds: now.seconds + max(1, Int64(moved)))
        return next.seconds - recordedAt.seconds < giveUpAfter ? next : Instant(seconds: recordedAt.seconds + giveUpAfter)
    }

    /// The outcome of an SMTP exchange that ended with reply `code` (0: no reply, the
    /// connection failed or timed out).
    public static func smtp(code: Int, detail: String) -> Outcome {
        switch code {
        case 200..<400: return .sent
        case 500..<600: return .permanent("SMTP \(code): \(detail)")
        default: return .temporary(code == 0 ? detail : "SMTP \(code): \(detail)")
        }
    }

    /// The outcome of an HTTP request that ended with status `status` (0: no response).
    public static func http(status: Int, detail: String) -> Outcome {
        switch status {
        case 200..<300: return .sent
        case 0: return .temporary(detail)
        case 408, 425, 429, 500..<600: return .temporary("HTTP \(status): \(detail)")
        default: return .permanent("HTTP \(status): \(detail)")
        }
    }
}
