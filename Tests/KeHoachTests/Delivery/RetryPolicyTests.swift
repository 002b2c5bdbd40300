import KeHoach
import Testing

@Suite("Retries: exponential backoff with jitter, given up after a day")
struct RetryPolicyTests {
    let recorded = Instant(local: "2025-07-07T07:30")!

    @Test("the wait doubles from a minute to an hour, each moved by at most a fifth either way")
    func backoff() {
        let policy = RetryPolicy()
        for (attempts, wait) in [(1, 60), (2, 120), (3, 240), (6, 1920), (7, 3600), (20, 3600)] {
            for jitter in [0.0, 0.5, 0.999] {
                let next = policy.nextAttempt(after: attempts, at: recorded, recordedAt: recorded, jitter: jitter)!
                let waited = Double(next.seconds - recorded.seconds)
                #expect(waited >= Double(wait) * 0.8 - 1 && waited <= Double(wait) * 1.2, "attempt \(attempts), jitter \(jitter): \(waited)")
            }
        }
        let low = policy.nextAttempt(after: 3, at: recorded, recordedAt: recorded, jitter: 0)!
        let high = policy.nextAttempt(after: 3, at: recorded, recordedAt: recorded, jitter: 0.99)!
        #expect(low < high, "the jitter spreads a province's retries")
    }

    @Test("a delivery still failing a day after it was recorded is given up; the last wait stops at the give-up time")
    func givingUp() {
        let policy = RetryPolicy(giveUpAfter: 86_400)
        let late = Instant(seconds: recorded.seconds + 86_400)
        #expect(policy.nextAttempt(after: 5, at: late, recordedAt: recorded, jitter: 0.5) == nil)
        let almost = Instant(seconds: recorded.seconds + 86_000)
        #expect(policy.nextAttempt(after: 9, at: almost, recordedAt: recorded, jitter: 0.5) == Instant(seconds: recorded.seconds + 86_400))
    }

    @Test("SMTP 4xx and no answer are retried, 5xx is refused for good; HTTP 5xx, 429 and timeouts are retried, other 4xx are not")
    func classification() {
        #expect(RetryPolicy.smtp(code: 250, detail: "") == .sent)
        #expect(RetryPolicy.smtp(code: 451, detail: "busy") == .temporary("SMTP 451: busy"))
        #expect(RetryPolicy.smtp(code: 0, detail: "Connection refused") == .temporary("Connection refused"))
        #expect(RetryPolicy.smtp(code: 550, detail: "no") == .permanent("SMTP 550: no"))
        #expect(RetryPolicy.http(status: 204, detail: "") == .sent)
        for status in [429, 500, 502, 503, 0] {
            guard case .temporary = RetryPolicy.http(status: status, detail: "") else { Issue.record("\(status) is retried"); continue }
        }
        for status in [400, 401, 404, 410] {
            guard case .permanent = RetryPolicy.http(status: status, detail: "") else { Issue.record("\(status) is not retried"); continue }
        }
    }
}
