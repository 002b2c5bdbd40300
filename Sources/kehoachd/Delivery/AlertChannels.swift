#if canImport(Glibc)
import Glibc
#endif
import CCurl
import KeHoach
import KeHoachConfig

/// The two ways kehoachd sends an alert, through libcurl: a message to the province's mail
/// server (SMTP, STARTTLS or TLS, optional AUTH) and an HTTP POST (a webhook, an SMS gateway).
struct AlertChannels {
    /// The configuration's delivery keys.
    let config: DeliveryConfig

    /// Submits `mail` to the mail server: the outcome as ``RetryPolicy`` classes it.
    func send(_ mail: DailyMail, at now: Instant) -> RetryPolicy.Outcome {
        guard let url = config.smtpURL else { return .permanent("không cấu hình smtp_url") }
        let body = Array(mail.rendered(date: now).utf8)
        guard let transfer = CurlTransfer(url: url, body: body, timeout: config.smtpTimeout, caFile: config.smtpCAFile) else {
            return .temporary(AlertChannels.unavailable)
        }
        transfer.set(CURLOPT_UPLOAD, 1)
        transfer.set(CURLOPT_INFILESIZE_LARGE, size: body.count)
        transfer.set(CURLOPT_MAIL_FROM, "<\(config.smtpFrom)>")
        transfer.set(CURLOPT_MAIL_RCPT, list: mail.to.map { "<\($0)>" })
        if url.hasPrefix("smtp://") && config.smtpStartTLS { transfer.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue)) }
        if let user = config.smtpUser {
            transfer.set(CURLOPT_USERNAME, user)
            switch Secrets.read(file: config.smtpPasswordFile, credential: "smtp-password") {
            case let .success(password): transfer.set(CURLOPT_PASSWORD, password)
            case let .failure(problem): return .temporary(problem.description)
            }
        }
        let (result, code, error, _) = transfer.perform()
        if result == CURLE_OK { return .sent }
        if result == CURLE_LOGIN_DENIED { return .temporary("SMTP AUTH bị từ chối: kiểm tra smtp_user và mật khẩu") }
        return RetryPolicy.smtp(code: code, detail: error)
    }

    /// POSTs `body` to the webhook, signed when a secret is configured.
    func post(_ body: WebhookBody) -> RetryPolicy.Outcome {
        guard let url = config.webhookURL else { return .permanent("không cấu hình webhook_url") }
        let json = Array(body.json.utf8)
        guard let transfer = CurlTransfer(url: url, body: json, timeout: config.webhookTimeout, caFile: config.webhookCAFile) else {
            return .temporary(AlertChannels.unavailable)
        }
        var headers = ["Content-Type: application/json; charset=utf-8", "Idempotency-Key: \(body.idempotencyKey)",
                       "User-Agent: kehoachd/\(KeHoachVersion.string)", "Expect:"]
        switch Secrets.read(file: config.webhookSecretFile, credential: "webhook-secret", optional: true) {
        case let .success(secret) where !secret.isEmpty:
            headers.append("X-KeHoach-Signature: sha256=\(AlertChannels.hmacSHA256(key: Array(secret.utf8), data: json))")
        case .success: break
        case let .failure(problem): return .temporary(problem.description)
        }
        transfer.set(CURLOPT_POST, 1)
        transfer.set(CURLOPT_POSTFIELDSIZE_LARGE, size: json.count)
        transfer.set(CURLOPT_HTTPHEADER, list: headers)
        let (result, status, error, response) = transfer.perform()
        if result != CURLE_OK { return .temporary(error) }
        return RetryPolicy.http(status: status, detail: String(response.prefix(200)))
    }

    /// Why no transfer could start: libcurl or libcrypto not loadable (retried: an admin may
    /// install them meanwhile).
    static var unavailable: String {
        CurlTransfer.available ? "libcurl không bắt đầu được phiên gửi"
            : "không nạp được libcurl.so.4 hoặc libcrypto.so.3 (apt-get install libcurl4 libssl3)"
    }

    /// HMAC-SHA256 of `data` under `key`, in lowercase hexadecimal (OpenSSL's libcrypto).
    static func hmacSHA256(key: [UInt8], data: [UInt8]) -> String {
        var out = [UInt8](repeating: 0, count: 32)
        let ok = key.withUnsafeBytes { k in
            data.withUnsafeBufferPointer { d in kehoach_hmac_sha256(k.baseAddress, Int32(key.count), d.baseAddress, data.count, &out) }
        }
        guard ok == 1 else { return "" }
        let digits = Array("0123456789abcdef")
        return String(out.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }
}

/// Secrets read when they are used, from a root-readable file or a systemd credential
/// (`$CREDENTIALS_DIRECTORY/NAME`, `LoadCredential=`), never kept in the configuration or logged.
enum Secrets {
    /// The secret's text (trailing newline removed), or why it could not be read; with
    /// `optional`, no file and no credential is an empty secret.
    static func read(file: String?, credential: String, optional: Bool = false) -> Result<String, SecretProblem> {
        var path = file
        if path == nil, let directory = getenv("CREDENTIALS_DIRECTORY") {
            let candidate = String(cString: directory) + "/" + credential
            if access(candidate, R_OK) == 0 { path = candidate }
        }
        guard let path else {
            return optional ? .success("") : .failure(SecretProblem("không có tệp mật khẩu (\(credential)): đặt smtp_password_file hoặc LoadCredential=\(credential):…"))
        }
        guard let text = ConfigParser.readFile(path) else { return .failure(SecretProblem("không đọc được tệp bí mật \(path)")) }
        var secret = text
        while secret.hasSuffix("\n") || secret.hasSuffix("\r") { secret.removeLast() }
        return .success(secret)
    }

    /// A secret that could not be read: its text names the file, never the secret.
    struct SecretProblem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

