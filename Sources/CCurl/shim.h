// libcurl (SMTP with STARTTLS/AUTH, HTTPS) and OpenSSL's HMAC for kehoachd's alerts, loaded
// with dlopen the first time an alert is sent: a kehoachd without smtp_url or webhook_url maps
// neither library (libcurl brings some forty others, about 5 MB of resident memory), and
// libkehoach never links them. Only the headers are used at build time (libcurl4-openssl-dev,
// libssl-dev). curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call, so
// each argument type gets a typed wrapper here.
#include <dlfcn.h>
#include <stddef.h>
#include <curl/curl.h>

typedef size_t (*kehoach_curl_callback)(char *buffer, size_t size, size_t count, void *context);

struct kehoach_curl_api {
    int state;  // 0 not tried, 1 loaded, -1 failed
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *curl);
    CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
    void (*easy_cleanup)(CURL *curl);
    const char *(*easy_strerror)(CURLcode code);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *text);
    void (*slist_free_all)(struct curl_slist *list);
    const void *(*evp_sha256)(void);
    unsigned char *(*hmac)(const void *md, const void *key, int key_length, const unsigned char *data, size_t length,
                           unsigned char *out, unsigned int *out_length);
};

/// The loaded API, or NULL when libcurl.so.4 or libcrypto.so.3 cannot be loaded (then
/// `kehoach_curl_error()` says why).
static inline struct kehoach_curl_api *kehoach_curl(void) {
    static struct kehoach_curl_api api;
    if (api.state == 0) {
        void *curl = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        void *crypto = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
        api.state = -1;
        if (curl && crypto) {
            *(void **)&api.global_init = dlsym(curl, "curl_global_init");
            *(void **)&api.easy_init = dlsym(curl, "curl_easy_init");
            *(void **)&api.easy_setopt = dlsym(curl, "curl_easy_setopt");
            *(void **)&api.easy_perform = dlsym(curl, "curl_easy_perform");
            *(void **)&api.easy_getinfo = dlsym(curl, "curl_easy_getinfo");
            *(void **)&api.easy_cleanup = dlsym(curl, "curl_easy_cleanup");
            *(void **)&api.easy_strerror = dlsym(curl, "curl_easy_strerror");
            *(void **)&api.slist_append = dlsym(curl, "curl_slist_append");
            *(void **)&api.slist_free_all = dlsym(curl, "curl_slist_free_all");
            *(void **)&api.evp_sha256 = dlsym(crypto, "EVP_sha256");
            *(void **)&api.hmac = dlsym(crypto, "HMAC");
            if (api.global_init && api.easy_init && api.easy_setopt && api.easy_perform && api.easy_getinfo
                && api.easy_cleanup && api.easy_strerror && api.slist_append && api.slist_free_all && api.evp_sha256
                && api.hmac && api.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK) {
                api.state = 1;
            }
        }
    }
    return api.state == 1 ? &api : NULL;
}

static inline CURL *kehoach_curl_easy_init(void) {
    struct kehoach_curl_api *api = kehoach_curl();
    return api ? api->easy_init() : NULL;
}
static inline void kehoach_curl_easy_cleanup(CURL *curl) { kehoach_curl()->easy_cleanup(curl); }
static inline CURLcode kehoach_curl_perform(CURL *curl) { return kehoach_curl()->easy_perform(curl); }
static inline const char *kehoach_curl_strerror(CURLcode code) { return kehoach_curl()->easy_strerror(code); }
static inline struct curl_slist *kehoach_curl_slist_append(struct curl_slist *list, const char *text) {
    return kehoach_curl()->slist_append(list, text);
}
static inline void kehoach_curl_slist_free_all(struct curl_slist *list) { kehoach_curl()->slist_free_all(list); }
static inline CURLcode kehoach_curl_set_long(CURL *curl, CURLoption option, long value) {
    return kehoach_curl()->easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return kehoach_curl()->easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return kehoach_curl()->easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_list(CURL *curl, CURLoption option, struct curl_slist *value) {
    return kehoach_curl()->easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_callback(CURL *curl, CURLoption option, kehoach_curl_callback value) {
    return kehoach_curl()->easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_set_offset(CURL *curl, CURLoption option, curl_off_t value) {
    return kehoach_curl()->easy_setopt(curl, option, value);
}
static inline CURLcode kehoach_curl_response_code(CURL *curl, long *code) {
    return kehoach_curl()->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, code);
}
/// HMAC-SHA256 of `data` under `key` into `out` (32 bytes); returns 1 on success, 0 when it
/// failed or libcrypto could not be loaded.
static inline int kehoach_hmac_sha256(const void *key, int key_length, const unsigned char *data, size_t length,
                                      unsigned char out[32]) {
    struct kehoach_curl_api *api = kehoach_curl();
    unsigned int out_length = 32;
    return api && api->hmac(api->evp_sha256(), key, key_length, data, length, out, &out_length) != NULL && out_length == 32;
}
