#if canImport(Glibc)
import Glibc
#endif
import CSystemd
import KeHoach

extension Daemon {
    /// The service loop: cycle, then sleep in `poll` on the signalfd, the wake-up timer, the
    /// store watcher and the watchdog timer, until one of them asks for the next cycle.
    ///
    /// Returns the exit status: 0 after a stop request.
    func run() throws -> Int32 {
        let timer = try WakeTimer()
        let watcher = try? StoreWatcher(databasePath: config.database)
        let watchdog = try notifier.watchdogInterval.map { interval throws(SystemError) in
            try PeriodicTimer(everyMicroseconds: interval)
        }
        if watcher == nil { log(.warning, "Không theo dõi được thư mục cơ sở dữ liệu: chỉ kiểm tra theo lịch") }
        var descriptors = [signals?.descriptor ?? -1, timer.descriptor, watcher?.descriptor ?? -1, watchdog?.descriptor ?? -1]
            .map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            var next: Instant
            do {
                let report = try cycle()
                next = report.next
                notifier.status(Daemon.status(report, sink: sink.name))
                if report.recorded > 0 || report.sent > 0 {
                    log(.debug, "Chu kỳ \(report.now.iso): \(report.recorded) thông báo mới, đã ghi \(report.sent)")
                }
            } catch {
                next = Instant(seconds: clock.now().seconds + 60)
                log(.err, "Chu kỳ kiểm tra lỗi, thử lại sau 60 giây: \(error)")
                notifier.status("Lỗi: \(error); thử lại lúc \(next.iso)")
            }
            _ = stopRequested()
            try timer.arm(realSeconds: clock.realSeconds(of: next))
            var version = try? changeToken()
            waiting: while true {
                // Requests read mid-cycle (between notices) wait here, not in the signalfd.
                if requests.contains(.stop) { return stop() }
                if requests.contains(.reload) {
                    requests.removeAll { $0 == .reload }
                    reload()
                    break waiting
                }
                for i in descriptors.indices { descriptors[i].revents = 0 }
                let n = poll(&descriptors, nfds_t(descriptors.count), -1)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SystemError(errno: errno)
                }
                if descriptors[0].revents != 0 {
                    requests += signals?.pending() ?? []
                    continue
                }
                if descriptors[3].revents != 0, watchdog?.drain() == true { notifier.ping() }
                if descriptors[1].revents != 0 {
                    switch timer.read() {
                    case .fired: break waiting
                    case .clockChanged:
                        log(.notice, "Đồng hồ hệ thống vừa thay đổi: kiểm tra lại ngay")
                        break waiting
                    case .none: break
                    }
                }
                if descriptors[2].revents != 0, watcher?.drain() == true,
                   let now = try? changeToken(), now != version {
                    version = now
                    break waiting
                }
            }
        }
    }

    /// STOPPING=1 and the goodbye line.
    private func stop() -> Int32 {
        notifier.stopping()
        log(.info, "kehoachd dừng theo yêu cầu")
        return 0
    }

    /// The STATUS line after a cycle.
    static func status(_ report: CycleReport, sink: String) -> String {
        let d = report.deliveries
        let alerts = d == Deliverer.Report() ? "" : "; thư/webhook: \(d.sent) đã gửi, \(d.retried) gửi lại sau, \(d.failed) thất bại"
        return "Kiểm tra tiếp lúc \(report.next.iso); \(report.overdue) việc quá hạn; "
            + "lần trước \(report.now.iso) ghi \(report.sent) thông báo (\(sink))" + alerts
    }
}
