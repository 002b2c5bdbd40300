#if canImport(Glibc)
import Glibc
#endif
import CCurl

/// One libcurl easy transfer: an SMTP submission or an HTTP POST, synchronous, with a timeout.
/// The request body is read from memory; the response body (HTTP) is kept, a few KB at most.
final class CurlTransfer {
    private let handle: UnsafeMutableRawPointer
    private var lists: [UnsafeMutablePointer<curl_slist>] = []
    private var upload: Upload
    private var response = Response()

    /// The body being sent and how much of it was read.
    final class Upload {
        var bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    /// What the server answered, kept to 4 KB.
    final class Response {
        var bytes: [UInt8] = []
    }

    /// Whether libcurl and libcrypto could be loaded (dlopen, once per process, with
    /// `curl_global_init`): a kehoachd that sends no alert never maps them.
    static var available: Bool { kehoach_curl() != nil }

    /// A transfer of `body` to `url`; nil when libcurl cannot be loaded or start one.
    init?(url: String, body: [UInt8], timeout: Int64, caFile: String?) {
        guard let handle = kehoach_curl_easy_init() else { return nil }
        self.handle = handle
        upload = Upload(body)
        set(CURLOPT_URL, url)
        set(CURLOPT_NOSIGNAL, 1)
        set(CURLOPT_TIMEOUT, Int(timeout))
        set(CURLOPT_CONNECTTIMEOUT, Int(min(timeout, 30)))
        if let caFile { set(CURLOPT_CAINFO, caFile) }
        _ = kehoach_curl_set_callback(handle, CURLOPT_READFUNCTION) { buffer, size, count, context in
            guard let buffer, let context else { return 0 }
            let upload = Unmanaged<Upload>.fromOpaque(context).takeUnretainedValue()
            let n = min(size * count, upload.bytes.count - upload.offset)
            upload.bytes.withUnsafeBufferPointer { source in
                UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + upload.offset, byteCount: n)
            }
            upload.offset += n
            return n
        }
        _ = kehoach_curl_set_pointer(handle, CURLOPT_READDATA, Unmanaged.passUnretained(upload).toOpaque())
        _ = kehoach_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { buffer, size, count, context in
            guard let buffer, let context else { return 0 }
            let response = Unmanaged<Response>.fromOpaque(context).takeUnretainedValue()
            let n = size * count
            if response.bytes.count < 4096 {
                response.bytes += UnsafeRawBufferPointer(start: buffer, count: min(n, 4096 - response.bytes.count))
            }
            return n
        }
        _ = kehoach_curl_set_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(response).toOpaque())
    }

    deinit {
        kehoach_curl_easy_cleanup(handle)
        for list in lists { kehoach_curl_slist_free_all(list) }
    }

    /// Sets a numeric option.
    func set(_ option: CURLoption, _ value: Int) { _ = kehoach_curl_set_long(handle, option, value) }

    /// Sets a size option (`curl_off_t`).
    func set(_ option: CURLoption, size: Int) { _ = kehoach_curl_set_offset(handle, option, curl_off_t(size)) }

    /// Sets a string option (libcurl copies it).
    func set(_ option: CURLoption, _ value: String) { _ = kehoach_curl_set_string(handle, option, value) }

    /// Sets a list option (header lines, recipients); the list lives as long as the transfer.
    func set(_ option: CURLoption, list values: [String]) {
        var list: UnsafeMutablePointer<curl_slist>?
        for value in values { list = kehoach_curl_slist_append(list, value) }
        if let list { lists.append(list) }
        _ = kehoach_curl_set_list(handle, option, list)
    }

    /// Runs the transfer: libcurl's result, the last SMTP reply or HTTP status (0 when none
    /// came), and libcurl's words for a failure.
    func perform() -> (result: CURLcode, code: Int, error: String, body: String) {
        var errors = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let result = errors.withUnsafeMutableBufferPointer { buffer -> CURLcode in
            _ = kehoach_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            let result = kehoach_curl_perform(handle)
            _ = kehoach_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, nil)
            return result
        }
        var code = 0
        _ = kehoach_curl_response_code(handle, &code)
        let detail = String(decoding: errors.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let message = detail.isEmpty ? String(cString: kehoach_curl_strerror(result)) : detail
        return (result, code, result == CURLE_OK ? "" : message, String(decoding: response.bytes, as: UTF8.self))
    }
}
