// libcurl (SMTP with STARTTLS/AUTH, HTTPS) and OpenSSL's HMAC for kehoachd's alerts; kehoachd
// only: libkehoach links neither. curl_easy_setopt and curl_easy_getinfo are variadic, which
// Swift cannot call, so each argument type gets a typed wrapper here.
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

static inline CURLcode kehoach_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_list(CURL *curl, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(curl, option, value);
}
typedef size_t (*kehoach_curl_callback)(char *buffer, size_t size, size_t count, void *context);
static inline CURLcode kehoach_curl_set_callback(CURL *curl, CURLoption option, kehoach_curl_callback value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_response_code(CURL *curl, long *code) {
    return curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, code);
}
/// HMAC-SHA256 of `data` under `key` into `out` (32 bytes); returns 1 on success.
static inline int kehoach_hmac_sha256(const void *key, int key_length, const unsigned char *data, size_t length,
                                      unsigned char out[32]) {
    unsigned int out_length = 32;
    return HMAC(EVP_sha256(), key, key_length, data, length, out, &out_length) != NULL && out_length == 32;
}
