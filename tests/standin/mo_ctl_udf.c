/* Why one long file: a MariaDB UDF library is loaded as one shared object, and keeping MatrixOne's
 * behaviour (replies, errors, switches, catalog helpers, Go-compatible parsers) in one place makes it
 * easy to compare against MatrixOne's source row by row (see README.md's table). */
/*
 * MatrixOne stand-in: user-defined functions for MariaDB (mariadbd) that imitate MatrixOne's
 * mo_ctl() control function, mo_table_rows() and mo_table_size(), plus switches a test flips to
 * make mo_ctl slow, hang, deny privilege or fail. See README.md in this directory.
 *
 * Loaded with:  CREATE FUNCTION mo_ctl RETURNS STRING SONAME 'mo_ctl_udf.so'  (and the others).
 *
 * Server internals used (all looked up with dlsym at run time, every one optional):
 *   my_printf_error, my_error       fail the statement with an exact code and message
 *   _current_thd, thd_kill_level    notice KILL QUERY while sleeping or hanging
 *   thd_user_name                   the calling user, for MatrixOne's sys-account rule
 *   thd_get_error_number            to locate the diagnostics area for the code-0 reply
 *   tablename_to_filename, filename_to_tablename, mysql_real_data_home   find tables on disk
 *   server_version                  the version string: read for version-dependent texts, rewritten by
 *                                   mo_standin_set_str('version', ...) so version() changes at run time
 * libmariadb (client library) is used for the exact COUNT(*) of mo_table_rows().
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <mysql.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))

/* ------------------------------------------------------------------------------------------ */
/* Server symbols                                                                              */

typedef void (*printf_error_fn)(unsigned int, const char *, unsigned long, ...);
typedef void (*my_error_fn)(unsigned int, unsigned long, ...);
typedef void *(*current_thd_fn)(void);
typedef int (*kill_level_fn)(const void *);
typedef const char *(*user_name_fn)(void *);
typedef unsigned int (*error_number_fn)(const void *);
typedef unsigned int (*t2f_fn)(const char *, char *, size_t);
typedef unsigned int (*f2t_fn)(const char *, char *, size_t, int /* bool */);

static struct
{
    printf_error_fn printf_error;
    my_error_fn my_error;
    current_thd_fn current_thd;
    kill_level_fn kill_level;
    user_name_fn user_name;
    error_number_fn error_number;
    t2f_fn tablename_to_filename;
    f2t_fn filename_to_tablename;
    const char *real_data_home;
    char *server_version; /* mariadbd's version string (60 bytes): what version() and the handshake say */
} srv;

static pthread_once_t srv_once = PTHREAD_ONCE_INIT;

static void srv_lookup(void)
{
    srv.printf_error = (printf_error_fn)dlsym(RTLD_DEFAULT, "my_printf_error");
    srv.my_error = (my_error_fn)dlsym(RTLD_DEFAULT, "my_error");
    srv.current_thd = (current_thd_fn)dlsym(RTLD_DEFAULT, "_current_thd");
    srv.kill_level = (kill_level_fn)dlsym(RTLD_DEFAULT, "thd_kill_level");
    srv.user_name = (user_name_fn)dlsym(RTLD_DEFAULT, "thd_user_name");
    srv.error_number = (error_number_fn)dlsym(RTLD_DEFAULT, "thd_get_error_number");
    srv.tablename_to_filename = (t2f_fn)dlsym(RTLD_DEFAULT, "_Z21tablename_to_filenamePKcPcm");
    srv.filename_to_tablename = (f2t_fn)dlsym(RTLD_DEFAULT, "_Z21filename_to_tablenamePKcPcmb");
    srv.real_data_home = (const char *)dlsym(RTLD_DEFAULT, "mysql_real_data_home");
    srv.server_version = (char *)dlsym(RTLD_DEFAULT, "server_version");
}

static void srv_init(void)
{
    pthread_once(&srv_once, srv_lookup);
}

static void *current_thd(void)
{
    return srv.current_thd ? srv.current_thd() : NULL;
}

/* Non-zero once KILL QUERY / KILL CONNECTION was issued for the calling statement. */
static int killed(void)
{
    if (!srv.kill_level)
        return 0;
    return srv.kill_level(current_thd()) != 0;
}

static void fail(unsigned int code, const char *message)
{
    if (srv.printf_error)
        srv.printf_error(code, "%s", 0UL, message);
}

/*
 * MariaDB cannot raise error code 0 (it turns 0 into 1105, ER_UNKNOWN_ERROR) and picks the SQLSTATE
 * from the code (1146 -> 42S02), while MatrixOne answers "database missing" with code 0 and sends
 * HY000 for everything. So after raising the error the stand-in rewrites code and SQLSTATE in the
 * statement's diagnostics area (THD::main_da, inside the THD): the area is found by its contents
 * (the error code next to the SQLSTATE text) and confirmed through thd_get_error_number() before
 * anything is kept. The offsets are remembered after the first success. Returns 1 on success.
 */
static atomic_long da_errno_offset = -1; /* from the THD */
static atomic_long da_state_offset = 0; /* from the errno field; 0 = unknown */

/* How many bytes from p on (at most max) lie in the same mapping of /proc/self/maps. */
static long readable_bytes_after(const void *p, long max)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return 0;
    char line[512];
    long n = 0;
    unsigned long a = (unsigned long)p;
    while (fgets(line, sizeof line, f)) {
        unsigned long start, end;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &start, &end, perms) == 3 && a >= start && a < end) {
            if (perms[0] == 'r' && perms[1] == 'w')
                n = (long)(end - a) < max ? (long)(end - a) : max;
            break;
        }
    }
    fclose(f);
    return n;
}

static int try_patch_at(void *thd, long off, long state_rel, unsigned int from, const char *state_from,
    unsigned int to, const char *state_to)
{
    unsigned int *p = (unsigned int *)((char *)thd + off);
    char *state = (char *)p + state_rel;
    if (*p != from || memcmp(state, state_from, 6) != 0)
        return 0;
    const unsigned int marker = 0x7ab1c0deu;
    *p = marker;
    if (srv.error_number(thd) != marker) {
        *p = from;
        return 0;
    }
    *p = to;
    memcpy(state, state_to, 6);
    return 1;
}

static int patch_error(unsigned int from, const char *state_from, unsigned int to, const char *state_to)
{
    void *thd = current_thd();
    if (!thd || !srv.error_number || srv.error_number(thd) != from)
        return 0;
    long known = atomic_load(&da_errno_offset), rel = atomic_load(&da_state_offset);
    if (known >= 0 && rel != 0 && try_patch_at(thd, known, rel, from, state_from, to, state_to))
        return 1;
    /* The THD is some tens of kilobytes and holds the diagnostics area; stop at the first match,
     * and never read past the end of the memory mapping the THD lives in. */
    long limit = readable_bytes_after(thd, 256 * 1024);
    for (long off = 0; off + 24 <= limit; off += 4) {
        if (*(unsigned int *)((char *)thd + off) != from)
            continue;
        for (long r = -16; r <= 16; ++r) {
            if (r > -6 && r < 4)
                continue; /* overlaps the code itself */
            if (off + r < 0 || off + r + 6 > limit)
                continue;
            if (try_patch_at(thd, off, r, from, state_from, to, state_to)) {
                atomic_store(&da_errno_offset, off);
                atomic_store(&da_state_offset, r);
                return 1;
            }
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Switches and counters                                                                       */

enum {
    SW_LATENCY_MS,
    SW_HANG,
    SW_DENY,
    SW_SERVER_TIMEOUT,
    SW_NOTOK,
    SW_EOB_AS_1105,
    SW_HANG_LIMIT_S,
    SW_RPC_TIMEOUT,
    SW_COUNT
};
static const char *const switch_names[SW_COUNT] = {
    "latency_ms",
    "hang",
    "deny",
    "server_timeout",
    "notok",
    "eob_as_1105",
    "hang_limit_s",
    "rpc_timeout",
};
static atomic_llong switches[SW_COUNT];

enum {
    ST_CALLS,
    ST_IN_FLIGHT,
    ST_MAX_IN_FLIGHT,
    ST_OK,
    ST_ERRORS,
    ST_KILLED,
    ST_FLUSH,
    ST_CHECKPOINT,
    ST_GLOBALCHECKPOINT,
    ST_COUNT
};
static const char *const stat_names[ST_COUNT] = {
    "calls",
    "in_flight",
    "max_in_flight",
    "ok",
    "errors",
    "killed",
    "flush",
    "checkpoint",
    "globalcheckpoint",
};
static atomic_llong stats[ST_COUNT];

/* fail_table: newline-separated "db.tbl" names whose flush fails with the server timeout. */
static pthread_mutex_t fail_mutex = PTHREAD_MUTEX_INITIALIZER;
static char *fail_tables;

static int find_name(const char *const *names, int count, const char *name, unsigned long len)
{
    for (int i = 0; i < count; ++i)
        if (strlen(names[i]) == len && strncasecmp(names[i], name, len) == 0)
            return i;
    return -1;
}

static int table_in_fail_list(const char *db, const char *tbl)
{
    int hit = 0;
    pthread_mutex_lock(&fail_mutex);
    if (fail_tables && *fail_tables) {
        size_t dl = strlen(db), tl = strlen(tbl);
        const char *line = fail_tables;
        while (*line) {
            const char *end = strchr(line, '\n');
            size_t n = end ? (size_t)(end - line) : strlen(line);
            if (n == dl + 1 + tl && memcmp(line, db, dl) == 0 && line[dl] == '.'
                && memcmp(line + dl + 1, tbl, tl) == 0) {
                hit = 1;
                break;
            }
            if (!end)
                break;
            line = end + 1;
        }
    }
    pthread_mutex_unlock(&fail_mutex);
    return hit;
}

/* ------------------------------------------------------------------------------------------ */
/* Small helpers                                                                               */

typedef struct
{
    char *data;
    size_t len, cap;
} buf_t;

static void buf_add(buf_t *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *data = realloc(b->data, cap);
        if (!data)
            return;
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void buf_adds(buf_t *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static char *dup_arg(UDF_ARGS *args, unsigned int i)
{
    unsigned long n = args->args[i] ? args->lengths[i] : 0;
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    if (n)
        memcpy(s, args->args[i], n);
    s[n] = 0;
    return s;
}

static void sleep_ms(long ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) { }
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ------------------------------------------------------------------------------------------ */
/* Tables on disk                                                                              */

static void data_home(char *out, size_t size)
{
    const char *env = getenv("MOCTL_STANDIN_DATADIR");
    const char *home
        = (env && *env) ? env : (srv.real_data_home && *srv.real_data_home ? srv.real_data_home : ".");
    snprintf(out, size, "%s", home);
    size_t n = strlen(out);
    while (n > 1 && out[n - 1] == '/')
        out[--n] = 0;
}

static void encode_name(const char *name, char *out, size_t size)
{
    if (srv.tablename_to_filename) {
        srv.tablename_to_filename(name, out, size);
    } else {
        snprintf(out, size, "%s", name);
    }
}

/* <datadir>/<db>[/<tbl><ext>] with names encoded as MariaDB stores them. */
static void table_path(const char *db, const char *tbl, const char *ext, char *out, size_t size)
{
    char home[1024], edb[1024], etbl[1024];
    data_home(home, sizeof home);
    encode_name(db, edb, sizeof edb);
    if (!tbl) {
        snprintf(out, size, "%s/%s", home, edb);
        return;
    }
    encode_name(tbl, etbl, sizeof etbl);
    snprintf(out, size, "%s/%s/%s%s", home, edb, etbl, ext ? ext : "");
}

static int is_system_schema(const char *db)
{
    return strcmp(db, "information_schema") == 0 || strcmp(db, "performance_schema") == 0;
}

static int database_exists(const char *db)
{
    if (!*db)
        return 0;
    if (is_system_schema(db))
        return 1;
    char path[4096];
    struct stat st;
    table_path(db, NULL, NULL, path, sizeof path);
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* 1 = base table, 2 = view, 0 = missing. */
static int table_kind(const char *db, const char *tbl)
{
    if (!*db || !*tbl)
        return 0;
    char path[4096];
    table_path(db, tbl, ".frm", path, sizeof path);
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char head[9] = { 0 };
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return (n == 9 && memcmp(head, "TYPE=VIEW", 9) == 0) ? 2 : 1;
}

/* rel_id: a stable id from the names (FNV-1a 64 of db NUL tbl), in a MatrixOne-looking range. */
static unsigned long long rel_id(const char *db, size_t dl, const char *tbl, size_t tl)
{
    unsigned long long h = 14695981039346656037ULL;
    for (size_t i = 0; i < dl; ++i)
        h = (h ^ (unsigned char)db[i]) * 1099511628211ULL;
    h = (h ^ 0) * 1099511628211ULL;
    for (size_t i = 0; i < tl; ++i)
        h = (h ^ (unsigned char)tbl[i]) * 1099511628211ULL;
    return 1000000ULL + h % 9000000000000ULL;
}

/* Finds the table with this rel_id by walking the data directory. Returns 1 when found. */
static int resolve_rel_id(unsigned long long id, char *db_out, size_t dbsize, char *tbl_out, size_t tblsize)
{
    char home[1024];
    data_home(home, sizeof home);
    DIR *top = opendir(home);
    if (!top)
        return 0;
    int found = 0;
    struct dirent *de;
    while (!found && (de = readdir(top)) != NULL) {
        if (de->d_name[0] == '.' || de->d_name[0] == '#')
            continue;
        char dpath[4096];
        struct stat st;
        snprintf(dpath, sizeof dpath, "%s/%s", home, de->d_name);
        if (stat(dpath, &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        char db[1024];
        if (srv.filename_to_tablename)
            srv.filename_to_tablename(de->d_name, db, sizeof db, 1);
        else
            snprintf(db, sizeof db, "%s", de->d_name);
        DIR *sub = opendir(dpath);
        if (!sub)
            continue;
        struct dirent *te;
        while ((te = readdir(sub)) != NULL) {
            size_t n = strlen(te->d_name);
            if (n < 5 || strcmp(te->d_name + n - 4, ".frm") != 0 || te->d_name[0] == '#')
                continue;
            char base[1024], tbl[1024];
            snprintf(base, sizeof base, "%.*s", (int)(n - 4), te->d_name);
            if (srv.filename_to_tablename)
                srv.filename_to_tablename(base, tbl, sizeof tbl, 1);
            else
                snprintf(tbl, sizeof tbl, "%s", base);
            if (rel_id(db, strlen(db), tbl, strlen(tbl)) == id) {
                snprintf(db_out, dbsize, "%s", db);
                snprintf(tbl_out, tblsize, "%s", tbl);
                found = 1;
                break;
            }
        }
        closedir(sub);
    }
    closedir(top);
    return found;
}

/* ------------------------------------------------------------------------------------------ */
/* Go's time.ParseDuration, with its exact error texts                                          */

static void go_quote(buf_t *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    buf_adds(b, "\"");
    for (size_t i = 0; i < n; ++i) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c < ' ') {
            char esc[4] = { '\\', 'x', hex[c >> 4], hex[c & 15] };
            buf_add(b, esc, 4);
        } else {
            if (c == '"' || c == '\\')
                buf_adds(b, "\\");
            buf_add(b, (const char *)&c, 1);
        }
    }
    buf_adds(b, "\"");
}

/* Returns NULL when valid (duration in *out, nanoseconds), else a malloc'ed error message. */
static char *go_parse_duration(const char *orig, size_t olen, long long *out)
{
    const char *s = orig, *end = orig + olen;
    unsigned long long d = 0;
    int neg = 0;
    buf_t err = { 0 };
    *out = 0;
#define GO_INVALID()                                                                                         \
    do {                                                                                                     \
        buf_adds(&err, "time: invalid duration ");                                                           \
        go_quote(&err, orig, olen);                                                                          \
        return err.data;                                                                                     \
    } while (0)
    if (s < end && (*s == '-' || *s == '+')) {
        neg = *s == '-';
        ++s;
    }
    if (end - s == 1 && *s == '0')
        return NULL;
    if (s == end)
        GO_INVALID();
    while (s < end) {
        unsigned long long v = 0, f = 0;
        double scale = 1;
        if (!(*s == '.' || (*s >= '0' && *s <= '9')))
            GO_INVALID();
        const char *p = s;
        for (; s < end && *s >= '0' && *s <= '9'; ++s) {
            if (v > (1ULL << 63) / 10)
                GO_INVALID();
            v = v * 10 + (unsigned long long)(*s - '0');
            if (v > (1ULL << 63))
                GO_INVALID();
        }
        int pre = s != p, post = 0;
        if (s < end && *s == '.') {
            ++s;
            const char *q = s;
            int overflow = 0;
            for (; s < end && *s >= '0' && *s <= '9'; ++s) {
                if (overflow)
                    continue;
                if (f > ((1ULL << 63) - 1) / 10) {
                    overflow = 1;
                    continue;
                }
                unsigned long long y = f * 10 + (unsigned long long)(*s - '0');
                if (y > (1ULL << 63)) {
                    overflow = 1;
                    continue;
                }
                f = y;
                scale *= 10;
            }
            post = s != q;
        }
        if (!pre && !post)
            GO_INVALID();
        const char *u = s;
        while (s < end && !(*s == '.' || (*s >= '0' && *s <= '9')))
            ++s;
        size_t ul = (size_t)(s - u);
        if (ul == 0) {
            buf_adds(&err, "time: missing unit in duration ");
            go_quote(&err, orig, olen);
            return err.data;
        }
        unsigned long long unit = 0;
        if (ul == 2 && memcmp(u, "ns", 2) == 0)
            unit = 1ULL;
        else if (ul == 2 && memcmp(u, "us", 2) == 0)
            unit = 1000ULL;
        else if (ul == 3 && memcmp(u, "\xc2\xb5s", 3) == 0) /* U+00B5 micro sign */
            unit = 1000ULL;
        else if (ul == 3 && memcmp(u, "\xce\xbcs", 3) == 0) /* U+03BC greek mu */
            unit = 1000ULL;
        else if (ul == 2 && memcmp(u, "ms", 2) == 0)
            unit = 1000000ULL;
        else if (ul == 1 && *u == 's')
            unit = 1000000000ULL;
        else if (ul == 1 && *u == 'm')
            unit = 60000000000ULL;
        else if (ul == 1 && *u == 'h')
            unit = 3600000000000ULL;
        if (!unit) {
            buf_adds(&err, "time: unknown unit ");
            go_quote(&err, u, ul);
            buf_adds(&err, " in duration ");
            go_quote(&err, orig, olen);
            return err.data;
        }
        if (v > (1ULL << 63) / unit)
            GO_INVALID();
        v *= unit;
        if (f > 0) {
            v += (unsigned long long)((double)f * ((double)unit / scale));
            if (v > (1ULL << 63))
                GO_INVALID();
        }
        d += v;
        if (d > (1ULL << 63))
            GO_INVALID();
    }
    if (neg) {
        *out = (long long)(0 - d);
        return NULL;
    }
    if (d > (1ULL << 63) - 1)
        GO_INVALID();
    *out = (long long)d;
    return NULL;
#undef GO_INVALID
}

/* ------------------------------------------------------------------------------------------ */
/* mo_ctl(service, command, parameter)                                                          */

static const char *const MSG_PRIVILEGE = "internal error: do not have privilege to execute the statement";
/* A flush/checkpoint that ran out of time on the server. Before v2.1.0 the checkpoint runner's own
 * timer said "timeout" (pkg/vm/engine/tae/db/checkpoint/testutils.go, v2.0.x: moerr.NewInternalError
 * (ctx, "timeout")); since v2.1.0 the handler's context.WithTimeout runs out and checkpoint/flusher.go
 * wraps context.Cause(ctx): "force flush failed: context deadline exceeded". Both: code 20101. */
static const char *const MSG_TIMEOUT_PRE_21 = "internal error: force flush failed: internal error: timeout";
static const char *const MSG_TIMEOUT_21 = "internal error: force flush failed: context deadline exceeded";
/* moerr.ErrRPCTimeout (pkg/common/moerr/error.go): the CN's request to the TN timed out. */
static const char *const MSG_RPC_TIMEOUT = "rpc timeout";

/* The start-up version string, kept so that mo_standin_reset() can restore it. */
static pthread_mutex_t version_mutex = PTHREAD_MUTEX_INITIALIZER;
static char original_version[64];
static int original_version_saved;

/* The MatrixOne version in server_version ("8.0.30-MatrixOne-v2.1.0"): 1 and *v = major*10000 +
 * minor*100 + patch when known; 0 for a branch build (v0.5.0, v1.3.0, nothing after the v) or
 * another server, which is treated as the newest. */
static int matrixone_version(int *v)
{
    char copy[64] = "";
    pthread_mutex_lock(&version_mutex);
    if (srv.server_version)
        snprintf(copy, sizeof copy, "%s", srv.server_version);
    pthread_mutex_unlock(&version_mutex);
    const char *at = strstr(copy, "MatrixOne-v");
    if (!at)
        return 0;
    int major = 0, minor = 0, patch = 0;
    if (sscanf(at + strlen("MatrixOne-v"), "%d.%d.%d", &major, &minor, &patch) < 2)
        return 0;
    if ((major == 0 && minor == 5 && patch == 0) || (major == 1 && minor == 3 && patch == 0))
        return 0;
    *v = major * 10000 + minor * 100 + patch;
    return 1;
}

static const char *msg_timeout(void)
{
    int v;
    return matrixone_version(&v) && v < 20100 ? MSG_TIMEOUT_PRE_21 : MSG_TIMEOUT_21;
}

/* Rewrites server_version (what version() and new connections' handshakes say). "" restores the
 * start-up string. Returns 0, or -1 when the string does not fit. */
static int set_server_version(const char *full)
{
    if (!srv.server_version)
        return -1;
    pthread_mutex_lock(&version_mutex);
    if (!original_version_saved) {
        snprintf(original_version, sizeof original_version, "%s", srv.server_version);
        original_version_saved = 1;
    }
    const char *value = *full ? full : original_version;
    int rc = -1;
    if (strlen(value) < 60 /* SERVER_VERSION_LENGTH */) {
        /* mariadbd 10.11 keeps server_version in its "ro_after_init" section, read-only once started:
         * make its page writable for the copy, then read-only again. */
        long page = sysconf(_SC_PAGESIZE);
        uintptr_t start = (uintptr_t)srv.server_version & ~(uintptr_t)(page - 1);
        uintptr_t end = ((uintptr_t)srv.server_version + 60 + (uintptr_t)page - 1) & ~(uintptr_t)(page - 1);
        if (mprotect((void *)start, end - start, PROT_READ | PROT_WRITE) == 0) {
            memcpy(srv.server_version, value, strlen(value) + 1);
            mprotect((void *)start, end - start, PROT_READ);
            rc = 0;
        }
    }
    pthread_mutex_unlock(&version_mutex);
    return rc;
}

/* MatrixOne: user names are account:user[:role] or account#user[#role]; plain user = sys account.
 * mo_ctl needs the sys account and the moadmin role (root's default). */
static int user_is_privileged(void)
{
    if (!srv.user_name)
        return 1;
    void *thd = current_thd();
    if (!thd)
        return 1;
    const char *user = srv.user_name(thd);
    if (!user)
        return 1;
    char sep = strchr(user, ':') ? ':' : (strchr(user, '#') ? '#' : 0);
    if (!sep)
        return 1;
    const char *first = strchr(user, sep);
    if ((size_t)(first - user) != 3 || strncasecmp(user, "sys", 3) != 0)
        return 0;
    const char *second = strchr(first + 1, sep);
    if (second && strcasecmp(second + 1, "moadmin") != 0)
        return 0;
    return 1;
}

typedef struct
{
    unsigned int code; /* 0 = ExpectedEOB (database missing) */
    char message[4200];
    int has_error;
} outcome_t;

static void set_error(outcome_t *o, unsigned int code, const char *msg)
{
    o->has_error = 1;
    o->code = code;
    snprintf(o->message, sizeof o->message, "%s", msg);
}

static void upper_ascii(char *s)
{
    for (; *s; ++s)
        *s = (char)toupper((unsigned char)*s);
}

/* Waits for latency_ms and while hang is set. Returns 1 if the statement was killed, 2 if the hang
 * limit was reached. */
static int wait_as_told(void)
{
    long long latency = atomic_load(&switches[SW_LATENCY_MS]);
    if (latency > 0) {
        long long until = now_ms() + latency;
        for (;;) {
            if (killed())
                return 1;
            long long left = until - now_ms();
            if (left <= 0)
                break;
            sleep_ms(left < 10 ? (long)left : 10);
        }
    }
    if (atomic_load(&switches[SW_HANG])) {
        long long limit_s = atomic_load(&switches[SW_HANG_LIMIT_S]);
        long long until = now_ms() + (limit_s > 0 ? limit_s : 600) * 1000;
        while (atomic_load(&switches[SW_HANG])) {
            if (killed())
                return 1;
            if (now_ms() >= until)
                return 2;
            sleep_ms(10);
        }
    }
    return killed() ? 1 : 0;
}

/* A countdown switch: N > 0 = the next N calls (N counts down), -1 = always. */
static int take_countdown(int sw)
{
    long long v = atomic_load(&switches[sw]);
    while (v != 0) {
        if (v < 0)
            return 1;
        if (atomic_compare_exchange_weak(&switches[sw], &v, v - 1))
            return 1;
    }
    return 0;
}

static int take_server_timeout(void)
{
    return take_countdown(SW_SERVER_TIMEOUT);
}

/* Go's strconv.underscoreOK: underscores only between digits, or between a base prefix and a digit. */
static int go_underscore_ok(const char *s)
{
    char saw = '^';
    size_t i = 0, n = strlen(s);
    int hex = 0;
    if (n >= 2 && s[0] == '0') {
        char c = (char)tolower((unsigned char)s[1]);
        if (c == 'b' || c == 'o' || c == 'x') {
            i = 2;
            saw = '0';
            hex = c == 'x';
        }
    }
    for (; i < n; ++i) {
        char c = (char)tolower((unsigned char)s[i]);
        if ((c >= '0' && c <= '9') || (hex && c >= 'a' && c <= 'f')) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0')
                return 0;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return 0;
        saw = '!';
    }
    return saw != '_';
}

/* Go's strconv.ParseUint(s, 0, 32), as cmd_flush.go (v1.2.1+) parses the account part of
 * "db.tbl.<account>": 0x/0X hex, 0o/0O or a leading 0 octal, 0b/0B binary, else decimal; underscores
 * as Go allows them; no sign; at most 0xffffffff. Returns 1 and *out on success. */
static int parse_go_uint32(const char *s0, unsigned long long *out)
{
    const char *s = s0;
    if (!*s)
        return 0;
    unsigned base = 10;
    if (s[0] == '0') {
        size_t n = strlen(s);
        char c = n >= 3 ? (char)tolower((unsigned char)s[1]) : 0;
        if (c == 'b') {
            base = 2;
            s += 2;
        } else if (c == 'o') {
            base = 8;
            s += 2;
        } else if (c == 'x') {
            base = 16;
            s += 2;
        } else {
            base = 8;
            s += 1;
        }
    }
    unsigned long long v = 0;
    int underscores = 0;
    for (; *s; ++s) {
        unsigned char c = (unsigned char)tolower((unsigned char)*s);
        unsigned d;
        if (c == '_') {
            underscores = 1;
            continue;
        }
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'z')
            d = c - 'a' + 10;
        else
            return 0;
        if (d >= base)
            return 0;
        v = v * base + d;
        if (v > 0xffffffffULL)
            return 0;
    }
    if (underscores && !go_underscore_ok(s0))
        return 0;
    *out = v;
    return 1;
}

static void handle_flush(const char *param, outcome_t *o)
{
    /* MatrixOne: strings.Split(parameter, ".") */
    size_t parts = 1;
    for (const char *p = param; *p; ++p)
        parts += *p == '.';
    char db[1024] = "", tbl[1024] = "";
    if (parts == 1) {
        const char *p = param;
        unsigned long long id = 0;
        int ok = *p != 0;
        for (; *p; ++p) {
            if (*p < '0' || *p > '9') {
                ok = 0;
                break;
            }
            unsigned long long nid = id * 10 + (unsigned long long)(*p - '0');
            if (id > 1844674407370955161ULL || nid < id) {
                ok = 0;
                break;
            }
            id = nid;
        }
        if (!ok) {
            set_error(o, 20101, "internal error: handleFlush: table id parse fail");
            return;
        }
        /* MatrixOne sends FlushTable{TableID} to the TN without looking the id up, and the TN
         * answers OK for an id it does not know (pkg/sql/plan/function/ctl/cmd_flush.go,
         * pkg/vm/engine/tae/rpc/handle_debug.go HandleFlushTable): so does the stand-in. */
        if (!resolve_rel_id(id, db, sizeof db, tbl, sizeof tbl))
            return;
    } else if (parts > 3) {
        set_error(o, 20101,
            "internal error: handleFlush: expected \"TableId\" or \"DbName.TableName[.AccountId]\" ");
        return;
    } else {
        const char *dot1 = strchr(param, '.');
        const char *rest = dot1 + 1;
        const char *dot2 = strchr(rest, '.');
        snprintf(db, sizeof db, "%.*s", (int)(dot1 - param), param);
        snprintf(tbl, sizeof tbl, "%.*s", (int)(dot2 ? dot2 - rest : (long)strlen(rest)), rest);
        unsigned long long account = 0;
        if (dot2) {
            if (!parse_go_uint32(dot2 + 1, &account)) {
                set_error(o, 20101, "internal error: handleFlush: invalid account id");
                return;
            }
        }
        char shown_db[1024]; /* the database as the client named it */
        snprintf(shown_db, sizeof shown_db, "%s", db);
        if (dot2) {
            /* db.tbl.<account>: the tenant's own database (the stand-in keeps account N's
             * databases as acc<N>$<db>; account 0 is sys). MatrixOne: the account id goes into the
             * context (defines.TenantIDKey) before the database is looked up. */
            if (account != 0) {
                char physical[1024];
                snprintf(physical, sizeof physical, "acc%llu$%s", account, db);
                snprintf(db, sizeof db, "%s", physical);
            }
        }
        if (!database_exists(db)) {
            set_error(o, 0, "ExpectedEOB");
            return;
        }
        if (!table_kind(db, tbl)) {
            char msg[2100];
            snprintf(msg, sizeof msg, "no such table %.1000s.%.1000s", shown_db, tbl);
            set_error(o, 1146, msg);
            return;
        }
    }
    if (table_in_fail_list(db, tbl))
        set_error(o, 20101, msg_timeout());
}

static void handle_checkpoint(const char *param, size_t plen, outcome_t *o)
{
    if (plen == 0)
        return;
    long long ns;
    char *err = go_parse_duration(param, plen, &ns);
    if (err) {
        set_error(o, 1105, err);
        free(err);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Checkpoints: mo_ctl('dn', 'inspect', 'inspect checkpoint list' | 'inspect inmemory-ckp list')  */
/*
 * MatrixOne's TN keeps the last finished global checkpoint and the finished incrementals after it
 * (pkg/vm/engine/tae/db/checkpoint/store.go GetAllCheckpoints). Here a successful 'checkpoint' adds
 * an incremental and a successful 'globalcheckpoint' starts over with a new global; at start there
 * is one global and two incrementals. The list is answered in the format of the server's version:
 * v2.x "checkpoint list" (rpc/tool.go ckpListArg.getCkpList, CkpEntry{index, lsn, detail}, detail =
 * checkpoint/entry.go String(), jsoniter's standard-library mode escaping '>' as \u003e), v3.0+
 * "inmemory-ckp list" (tool.go CkpEntries; entry.go MarshalJSON — the embedded entry's MarshalJSON
 * is promoted, so "index" is not in the output), wrapped as InspectResp.ConsoleString():
 * "\nmsg: <JSON>\n\n" (pkg/vm/engine/cmd_util/operations.go).
 */
typedef struct
{
    long long start_ns, end_ns;
    unsigned long long lsn;
} ckp_t;

#define CKP_MAX 64
static pthread_mutex_t ckp_mutex = PTHREAD_MUTEX_INITIALIZER;
static int ckp_ready;
static ckp_t ckp_global;
static ckp_t ckp_incr[CKP_MAX];
static int ckp_n;
static unsigned long long ckp_lsn = 1000;
static long long ckp_last_ns;

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void ckp_init_locked(void)
{
    if (ckp_ready)
        return;
    long long now = now_ns();
    ckp_global.start_ns = 0;
    ckp_global.end_ns = now - 3600LL * 1000000000LL;
    ckp_global.lsn = ckp_lsn;
    ckp_last_ns = ckp_global.end_ns;
    for (int i = 0; i < 2; ++i) {
        ckp_lsn += 17;
        ckp_incr[i].start_ns = ckp_last_ns + 1;
        ckp_incr[i].end_ns = now - (2 - i) * 600LL * 1000000000LL;
        ckp_incr[i].lsn = ckp_lsn;
        ckp_last_ns = ckp_incr[i].end_ns;
    }
    ckp_n = 2;
    ckp_ready = 1;
}

static void ckp_record(int global)
{
    pthread_mutex_lock(&ckp_mutex);
    ckp_init_locked();
    long long now = now_ns();
    if (now <= ckp_last_ns)
        now = ckp_last_ns + 1;
    ckp_lsn += 17;
    if (global) {
        ckp_global.start_ns = 0;
        ckp_global.end_ns = now;
        ckp_global.lsn = ckp_lsn;
        ckp_n = 0;
    } else {
        if (ckp_n == CKP_MAX) {
            memmove(ckp_incr, ckp_incr + 1, sizeof(ckp_t) * (CKP_MAX - 1));
            --ckp_n;
        }
        ckp_incr[ckp_n].start_ns = ckp_last_ns + 1;
        ckp_incr[ckp_n].end_ns = now;
        ckp_incr[ckp_n].lsn = ckp_lsn;
        ++ckp_n;
    }
    ckp_last_ns = now;
    pthread_mutex_unlock(&ckp_mutex);
}

/* ts.ToString(): "<physical>-<logical>" (pkg/container/types/txnts.go) */
static void ts_text(char *out, size_t n, long long ns)
{
    snprintf(out, n, "%lld-%d", ns, ns ? 1 : 0);
}

static void ckp_entry_json(buf_t *b, const ckp_t *c, int global, int index, int v3, int last)
{
    char start[48], end[48], line[600];
    ts_text(start, sizeof start, c->start_ns);
    ts_text(end, sizeof end, c->end_ns);
    unsigned long long truncate = c->lsn - 10;
    if (v3) {
        snprintf(line, sizeof line,
            "    {\n      \"start\": \"%s\",\n      \"end\": \"%s\",\n      \"state\": 2,\n"
            "      \"entry_type\": \"%s\",\n      \"location\": "
            "\"0193a1b2-c3d4-7e5f-8a9b-%012llx_00000_0_%d_4096_8192_0\",\n"
            "      \"ckp_lsn\": %llu,\n      \"truncate_lsn\": %llu\n    }%s\n",
            start, end, global ? "G" : "I", c->lsn, index, c->lsn, truncate, last ? "" : ",");
    } else {
        snprintf(line, sizeof line,
            "    {\n      \"index\": %d,\n      \"lsn\": \"%llu-%llu\",\n"
            "      \"detail\": \"CKP[%s][2][true:true][%llu-%llu](%s-\\u003e%s)\"\n    }%s\n",
            index, c->lsn, truncate, global ? "G" : "I", c->lsn, truncate, start, end, last ? "" : ",");
    }
    buf_adds(b, line);
}

/* The reply to 'inspect', malloc'ed. Unknown inspect commands answer as cobra does (text in msg). */
static char *handle_inspect(const char *param)
{
    char words[3][64] = { { 0 } };
    int nwords = sscanf(param, " %63s %63s %63s", words[0], words[1], words[2]);
    int v, v3 = !matrixone_version(&v) || v >= 30000; /* unknown versions: the newest format */
    buf_t b = { 0 };
    buf_adds(&b, "\nmsg: ");
    const char *want = v3 ? "inmemory-ckp" : "checkpoint";
    if (nwords == 3 && strcmp(words[0], "inspect") == 0 && strcmp(words[1], want) == 0
        && strcmp(words[2], "list") == 0) {
        pthread_mutex_lock(&ckp_mutex);
        ckp_init_locked();
        char head[64];
        snprintf(head, sizeof head, "{\n  \"count\": %d,\n  \"%s\": [\n", ckp_n + 1,
            v3 ? "entries" : "checkpoints");
        buf_adds(&b, head);
        ckp_entry_json(&b, &ckp_global, 1, 0, v3, ckp_n == 0);
        for (int i = 0; i < ckp_n; ++i)
            ckp_entry_json(&b, &ckp_incr[i], 0, i + 1, v3, i == ckp_n - 1);
        pthread_mutex_unlock(&ckp_mutex);
        buf_adds(&b, "  ]\n}");
    } else {
        /* cobra: an unknown subcommand of a command with subcommands */
        char msg[400];
        snprintf(msg, sizeof msg,
            "Error: unknown command \"%.60s\" for \"inspect%s%.60s\"\nRun 'inspect%s%.60s --help' for "
            "usage.\n",
            nwords >= 2 ? words[1] : words[0], nwords >= 2 ? " " : "", nwords >= 2 ? words[0] : "",
            nwords >= 2 ? " " : "", nwords >= 2 ? words[0] : "");
        buf_adds(&b, msg);
    }
    buf_adds(&b, "\n\n");
    return b.data;
}

/* One mo_ctl call: counts it, waits as told, then either fills *reply (malloc'ed JSON) or
 * raises the statement's error. Returns 0 on success, 1 when an error was raised. */
static int run_call(const char *service_in, size_t slen, const char *command_in, size_t clen,
    const char *param_in, size_t plen, char **reply, size_t *reply_len)
{
    atomic_fetch_add(&stats[ST_CALLS], 1);
    long long cur = atomic_fetch_add(&stats[ST_IN_FLIGHT], 1) + 1;
    long long max = atomic_load(&stats[ST_MAX_IN_FLIGHT]);
    while (cur > max && !atomic_compare_exchange_weak(&stats[ST_MAX_IN_FLIGHT], &max, cur)) { }

    outcome_t o;
    memset(&o, 0, sizeof o);
    char *service = malloc(slen + 1), *command = malloc(clen + 1), *param = malloc(plen + 1);
    if (service && command && param) {
        memcpy(service, service_in, slen);
        service[slen] = 0;
        memcpy(command, command_in, clen);
        command[clen] = 0;
        memcpy(param, param_in, plen);
        param[plen] = 0;
    }
    const char *method = NULL;
    char *inspect_reply = NULL;
    int was_killed = 0;

    int waited = wait_as_told();
    if (waited == 1) {
        was_killed = 1;
    } else if (waited == 2) {
        set_error(&o, 20101, msg_timeout());
    } else if (!service || !command || !param) {
        set_error(&o, 1105, "mo_ctl stand-in: out of memory");
    } else if (atomic_load(&switches[SW_DENY]) || !user_is_privileged()) {
        set_error(&o, 20101, MSG_PRIVILEGE);
    } else {
        upper_ascii(service);
        upper_ascii(command);
        if (strcmp(service, "DN") != 0 && strcmp(service, "CN") != 0) {
            char msg[1200];
            snprintf(msg, sizeof msg, "not supported: service type %.1000s not supported", service);
            set_error(&o, 20105, msg);
        } else if (strcmp(service, "DN") != 0
            && (strcmp(command, "FLUSH") == 0 || strcmp(command, "CHECKPOINT") == 0
                || strcmp(command, "GLOBALCHECKPOINT") == 0)) {
            /* ctl.go accepts CN as a service type, but these commands go to the TN:
             * dist.go GetTNHandlerFunc: moerr.NewNotSupportedf(ctx, "service %s not supported", service) */
            char msg[1200];
            snprintf(msg, sizeof msg, "not supported: service %.1000s not supported", service);
            set_error(&o, 20105, msg);
        } else if (strcmp(command, "FLUSH") == 0) {
            method = "Flush";
            atomic_fetch_add(&stats[ST_FLUSH], 1);
            handle_flush(param, &o);
        } else if (strcmp(command, "CHECKPOINT") == 0) {
            method = "Checkpoint";
            atomic_fetch_add(&stats[ST_CHECKPOINT], 1);
            handle_checkpoint(param, plen, &o);
        } else if (strcmp(command, "GLOBALCHECKPOINT") == 0) {
            method = "GlobalCheckpoint";
            atomic_fetch_add(&stats[ST_GLOBALCHECKPOINT], 1);
            handle_checkpoint(param, plen, &o);
        } else if (strcmp(command, "INSPECT") == 0 && strcmp(service, "DN") == 0) {
            method = "Inspect";
            inspect_reply = handle_inspect(param);
            if (!inspect_reply)
                set_error(&o, 1105, "mo_ctl stand-in: out of memory");
        } else {
            char msg[1200];
            snprintf(msg, sizeof msg, "not supported: command %.1000s not supported", command);
            set_error(&o, 20105, msg);
        }
        if (!o.has_error && take_server_timeout())
            set_error(&o, 20101, msg_timeout());
        else if (!o.has_error && take_countdown(SW_RPC_TIMEOUT))
            set_error(&o, 20500, MSG_RPC_TIMEOUT);
    }
    free(service);
    free(command);
    free(param);

    int failed = 1;
    *reply = NULL;
    if (was_killed) {
        atomic_fetch_add(&stats[ST_KILLED], 1);
        if (srv.my_error)
            srv.my_error(1317 /* ER_QUERY_INTERRUPTED */, 0UL);
        else
            fail(1317, "Query execution was interrupted");
    } else if (o.has_error) {
        atomic_fetch_add(&stats[ST_ERRORS], 1);
        if (o.code == 0) {
            fail(1105, o.message);
            if (!atomic_load(&switches[SW_EOB_AS_1105]))
                patch_error(1105, "HY000", 0, "HY000");
        } else {
            fail(o.code, o.message);
            if (o.code == 1146) /* MariaDB says 42S02, MatrixOne HY000 */
                patch_error(1146, "42S02", 1146, "HY000");
        }
    } else if (inspect_reply) {
        *reply = inspect_reply;
        inspect_reply = NULL;
        *reply_len = strlen(*reply);
        atomic_fetch_add(&stats[ST_OK], 1);
        failed = 0;
    } else {
        if (strcmp(method, "Checkpoint") == 0 || strcmp(method, "GlobalCheckpoint") == 0)
            ckp_record(strcmp(method, "GlobalCheckpoint") == 0);
        const char *rs = atomic_load(&switches[SW_NOTOK]) ? "ERROR: injected" : "OK";
        *reply = malloc(256);
        if (*reply) {
            int n = snprintf(*reply, 256,
                "{\n  \"method\": \"%s\",\n  \"result\": [\n    {\n      \"returnStr\": \"%s\"\n    }\n  "
                "]\n}\n",
                method, rs);
            *reply_len = (size_t)n;
            atomic_fetch_add(&stats[ST_OK], 1);
            failed = 0;
        } else {
            atomic_fetch_add(&stats[ST_ERRORS], 1);
            fail(1105, "mo_ctl stand-in: out of memory");
        }
    }
    free(inspect_reply);
    atomic_fetch_sub(&stats[ST_IN_FLIGHT], 1);
    return failed;
}

typedef struct
{
    int done; /* the call already ran in mo_ctl_init */
    char *reply; /* its JSON reply */
    size_t len;
} call_state_t;

typedef int (*current_command_fn)(void *);

/*
 * MatrixOne evaluates the statement before it sends anything, so its errors arrive as the answer to
 * the query itself. MariaDB sends the column definitions before it computes the first row; an error
 * raised in mo_ctl() would come after them. So when the arguments are constants (the normal
 * "SELECT mo_ctl('dn', 'flush', 'db.tbl')") the call runs here, while the statement is being
 * prepared, and an error fails the statement before any result set is announced. Not for
 * COM_STMT_PREPARE (22): preparing must not run the operation.
 */
EXPORT my_bool mo_ctl_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    srv_init();
    if (args->arg_count != 3) {
        snprintf(message, MYSQL_ERRMSG_SIZE, "mo_ctl() takes 3 arguments: service, command, parameter");
        return 1;
    }
    for (unsigned int i = 0; i < 3; ++i)
        args->arg_type[i] = STRING_RESULT;
    initid->maybe_null = 1;
    initid->max_length = 1024;
    /* The checkpoint list is longer than a flush reply. */
    if (args->args[1] && args->lengths[1] == 7 && strncasecmp(args->args[1], "inspect", 7) == 0)
        initid->max_length = 65535;
    initid->const_item = 0;
    call_state_t *st = calloc(1, sizeof *st);
    if (!st) {
        snprintf(message, MYSQL_ERRMSG_SIZE, "mo_ctl: out of memory");
        return 1;
    }
    initid->ptr = (char *)st;
    static current_command_fn current_command;
    static int looked_up;
    if (!looked_up) {
        current_command = (current_command_fn)dlsym(RTLD_DEFAULT, "thd_current_command");
        looked_up = 1;
    }
    int preparing = current_command && current_thd() && current_command(current_thd()) == 22;
    if (args->args[0] && args->args[1] && args->args[2] && !preparing) {
        st->done = 1;
        if (run_call(args->args[0], args->lengths[0], args->args[1], args->lengths[1], args->args[2],
                args->lengths[2], &st->reply, &st->len)) {
            /* The error is already in the diagnostics area; the server's own "Can't initialize
             * function" only becomes a note behind it. */
            snprintf(message, MYSQL_ERRMSG_SIZE, "mo_ctl failed");
            free(st);
            initid->ptr = NULL;
            return 1;
        }
    }
    return 0;
}

EXPORT void mo_ctl_deinit(UDF_INIT *initid)
{
    call_state_t *st = (call_state_t *)initid->ptr;
    if (st) {
        free(st->reply);
        free(st);
    }
    initid->ptr = NULL;
}

EXPORT char *mo_ctl(
    UDF_INIT *initid, UDF_ARGS *args, char *result, unsigned long *length, char *is_null, char *error)
{
    (void)result;
    call_state_t *st = (call_state_t *)initid->ptr;
    if (st && st->done) {
        *length = (unsigned long)st->len;
        return st->reply;
    }
    if (!args->args[0] || !args->args[1] || !args->args[2]) {
        *is_null = 1;
        return NULL;
    }
    char *reply = NULL;
    size_t len = 0;
    if (run_call(args->args[0], args->lengths[0], args->args[1], args->lengths[1], args->args[2],
            args->lengths[2], &reply, &len)) {
        *error = 1;
        *is_null = 1;
        return NULL;
    }
    if (st) {
        free(st->reply);
        st->reply = reply;
    }
    *length = (unsigned long)len;
    return reply;
}

/* ------------------------------------------------------------------------------------------ */
/* Switch control: mo_standin_set(name, value), mo_standin_set_str(name, value),                 */
/* mo_standin_reset(), mo_standin_stat(name)                                                    */

static my_bool init_args(UDF_ARGS *args, char *message, const char *fn, unsigned int count, const char *usage)
{
    srv_init();
    if (args->arg_count != count) {
        snprintf(message, MYSQL_ERRMSG_SIZE, "%s%s", fn, usage);
        return 1;
    }
    return 0;
}

EXPORT my_bool mo_standin_set_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    if (init_args(args, message, "mo_standin_set", 2, "(name, value)"))
        return 1;
    args->arg_type[0] = STRING_RESULT;
    args->arg_type[1] = INT_RESULT;
    initid->maybe_null = 0;
    initid->const_item = 0;
    return 0;
}

EXPORT long long mo_standin_set(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)initid;
    (void)is_null;
    int i = args->args[0] ? find_name(switch_names, SW_COUNT, args->args[0], args->lengths[0]) : -1;
    if (i < 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "mo_standin_set: unknown switch '%.*s'",
            (int)(args->args[0] ? args->lengths[0] : 0), args->args[0] ? args->args[0] : "");
        fail(1105, msg);
        *error = 1;
        return 0;
    }
    long long value = args->args[1] ? *(long long *)args->args[1] : 0;
    return atomic_exchange(&switches[i], value);
}

EXPORT my_bool mo_standin_set_str_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    if (init_args(args, message, "mo_standin_set_str", 2, "(name, value)"))
        return 1;
    args->arg_type[0] = STRING_RESULT;
    args->arg_type[1] = STRING_RESULT;
    initid->const_item = 0;
    return 0;
}

EXPORT long long mo_standin_set_str(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)initid;
    (void)is_null;
    static const char *const str_names[] = { "fail_table", "version", "version_string" };
    int which = args->args[0] ? find_name(str_names, 3, args->args[0], args->lengths[0]) : -1;
    if (which < 0) {
        fail(1105, "mo_standin_set_str: unknown switch (only 'fail_table', 'version', 'version_string')");
        *error = 1;
        return 0;
    }
    if (which > 0) {
        /* version: the MatrixOne version ("1.1.0" -> "8.0.30-MatrixOne-v1.1.0"); version_string: the whole
         * string; '' restores the start-up version. */
        char *value = dup_arg(args, 1);
        char full[128];
        if (which == 1 && value && *value)
            snprintf(full, sizeof full, "8.0.30-MatrixOne-v%.100s", value);
        else
            snprintf(full, sizeof full, "%.100s", value ? value : "");
        free(value);
        if (set_server_version(full) != 0) {
            fail(1105, "mo_standin_set_str: cannot set the version (at most 59 bytes)");
            *error = 1;
        }
        return 0;
    }
    char *value = dup_arg(args, 1);
    pthread_mutex_lock(&fail_mutex);
    free(fail_tables);
    fail_tables = value;
    pthread_mutex_unlock(&fail_mutex);
    return 0;
}

EXPORT my_bool mo_standin_reset_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    (void)initid;
    return init_args(args, message, "mo_standin_reset", 0, "() takes no arguments");
}

EXPORT long long mo_standin_reset(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)initid;
    (void)args;
    (void)is_null;
    (void)error;
    for (int i = 0; i < SW_COUNT; ++i)
        atomic_store(&switches[i], 0);
    for (int i = 0; i < ST_COUNT; ++i)
        if (i != ST_IN_FLIGHT) /* calls still running keep counting down correctly */
            atomic_store(&stats[i], 0);
    atomic_store(&stats[ST_MAX_IN_FLIGHT], atomic_load(&stats[ST_IN_FLIGHT]));
    pthread_mutex_lock(&fail_mutex);
    free(fail_tables);
    fail_tables = NULL;
    pthread_mutex_unlock(&fail_mutex);
    pthread_mutex_lock(&version_mutex);
    int changed = original_version_saved;
    pthread_mutex_unlock(&version_mutex);
    if (changed)
        set_server_version("");
    return 0;
}

EXPORT my_bool mo_standin_stat_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    if (init_args(args, message, "mo_standin_stat", 1, "(name)"))
        return 1;
    args->arg_type[0] = STRING_RESULT;
    initid->const_item = 0;
    return 0;
}

EXPORT long long mo_standin_stat(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)initid;
    (void)is_null;
    if (args->args[0]) {
        int i = find_name(stat_names, ST_COUNT, args->args[0], args->lengths[0]);
        if (i >= 0)
            return atomic_load(&stats[i]);
        i = find_name(switch_names, SW_COUNT, args->args[0], args->lengths[0]);
        if (i >= 0)
            return atomic_load(&switches[i]);
    }
    char msg[512];
    snprintf(msg, sizeof msg, "mo_standin_stat: unknown counter '%.*s'",
        (int)(args->args[0] ? args->lengths[0] : 0), args->args[0] ? args->args[0] : "");
    fail(1105, msg);
    *error = 1;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* mo_standin_relid(db, tbl): the rel_id used by mo_catalog.mo_tables                            */

static my_bool init_db_tbl(UDF_INIT *initid, UDF_ARGS *args, char *message, const char *fn)
{
    if (init_args(args, message, fn, 2, "(database, table)"))
        return 1;
    args->arg_type[0] = STRING_RESULT;
    args->arg_type[1] = STRING_RESULT;
    initid->maybe_null = 1;
    initid->const_item = 0;
    return 0;
}

EXPORT my_bool mo_standin_relid_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    return init_db_tbl(initid, args, message, "mo_standin_relid");
}

EXPORT long long mo_standin_relid(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)initid;
    (void)error;
    if (!args->args[0] || !args->args[1]) {
        *is_null = 1;
        return 0;
    }
    return (long long)rel_id(args->args[0], args->lengths[0], args->args[1], args->lengths[1]);
}

/* ------------------------------------------------------------------------------------------ */
/* current_account_id(): the caller's MatrixOne account (0 = sys), by the user-name rule and     */
/* mo_catalog.mo_account. MatrixOne: pkg/sql/plan/function/func_builtin.go (current_account_id). */

static MYSQL *pool_take(void);
static void pool_give(MYSQL *m);

EXPORT my_bool current_account_id_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    if (init_args(args, message, "current_account_id", 0, "() takes no arguments"))
        return 1;
    initid->maybe_null = 0;
    initid->const_item = 1;
    long long account = 0;
    srv_init();
    void *thd = current_thd();
    const char *user = (srv.user_name && thd) ? srv.user_name(thd) : NULL;
    char sep = user ? (strchr(user, ':') ? ':' : (strchr(user, '#') ? '#' : 0)) : 0;
    if (sep) {
        const char *end = strchr(user, sep);
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)(end - user), user);
        if (strcasecmp(name, "sys") != 0) {
            account = -1; /* unknown account: sees nothing of anybody's */
            MYSQL *m = pool_take();
            if (m) {
                char escaped[520], sql[700];
                mysql_real_escape_string(m, escaped, name, strlen(name));
                snprintf(sql, sizeof sql,
                    "SELECT account_id FROM mo_catalog.mo_account WHERE account_name = '%s'", escaped);
                if (mysql_real_query(m, sql, strlen(sql)) == 0) {
                    MYSQL_RES *res = mysql_store_result(m);
                    if (res) {
                        MYSQL_ROW row = mysql_fetch_row(res);
                        if (row && row[0])
                            account = strtoll(row[0], NULL, 10);
                        mysql_free_result(res);
                    }
                    pool_give(m);
                } else {
                    mysql_close(m);
                }
            }
        }
    }
    initid->ptr = (char *)(intptr_t)account;
    return 0;
}

EXPORT long long current_account_id(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)args;
    (void)is_null;
    (void)error;
    return (long long)(intptr_t)initid->ptr;
}

/* ------------------------------------------------------------------------------------------ */
/* mo_table_size(db, tbl): bytes of the table's data files                                      */

EXPORT my_bool mo_table_size_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    return init_db_tbl(initid, args, message, "mo_table_size");
}

static long long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) ? (long long)st.st_size : 0;
}

EXPORT long long mo_table_size(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)initid;
    (void)error;
    if (!args->args[0] || !args->args[1]) {
        *is_null = 1;
        return 0;
    }
    char *db = dup_arg(args, 0), *tbl = dup_arg(args, 1);
    long long total = 0;
    if (db && tbl && table_kind(db, tbl) == 1) {
        static const char *const exts[] = { ".ibd", ".MYD", ".MYI", ".MAD", ".MAI", ".CSV", ".ARZ" };
        char path[4400];
        for (size_t i = 0; i < sizeof exts / sizeof exts[0]; ++i) {
            table_path(db, tbl, exts[i], path, sizeof path);
            total += file_size(path);
        }
        table_path(db, tbl, ".par", path, sizeof path);
        if (file_size(path) > 0) { /* partitioned: <tbl>#P#<part>.ibd ... */
            char dir[4096], etbl[1024];
            table_path(db, NULL, NULL, dir, sizeof dir);
            encode_name(tbl, etbl, sizeof etbl);
            size_t el = strlen(etbl);
            DIR *d = opendir(dir);
            struct dirent *de;
            while (d && (de = readdir(d)) != NULL) {
                if (strncmp(de->d_name, etbl, el) == 0
                    && (strncmp(de->d_name + el, "#P#", 3) == 0 || strncmp(de->d_name + el, "#p#", 3) == 0)) {
                    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
                    total += file_size(path);
                }
            }
            if (d)
                closedir(d);
        }
    }
    free(db);
    free(tbl);
    return total;
}

/* ------------------------------------------------------------------------------------------ */
/* mo_table_rows(db, tbl): exact COUNT(*) over a private client connection (unix socket)          */

#define POOL_MAX 8
static pthread_mutex_t pool_mutex = PTHREAD_MUTEX_INITIALIZER;
static MYSQL *pool[POOL_MAX];
static int pool_size;

static MYSQL *pool_take(void)
{
    MYSQL *m = NULL;
    pthread_mutex_lock(&pool_mutex);
    if (pool_size > 0)
        m = pool[--pool_size];
    pthread_mutex_unlock(&pool_mutex);
    if (m)
        return m;
    const char *sock = getenv("MOCTL_STANDIN_SOCKET");
    const char *user = getenv("MOCTL_STANDIN_INTERNAL_USER");
    const char *pass = getenv("MOCTL_STANDIN_INTERNAL_PASSWORD");
    if (!sock || !*sock)
        return NULL;
    m = mysql_init(NULL);
    if (!m)
        return NULL;
    unsigned int connect_timeout = 5, rw_timeout = 60;
    mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &connect_timeout);
    mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &rw_timeout);
    mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &rw_timeout);
    mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    if (!mysql_real_connect(m, "localhost", user && *user ? user : "moctl_standin",
            pass ? pass : "moctl-standin-internal", NULL, 0, sock, 0)) {
        fprintf(stderr, "mo_ctl_udf: mo_table_rows cannot connect through %s: %s\n", sock, mysql_error(m));
        mysql_close(m);
        return NULL;
    }
    /* Never wait long for a lock the caller may hold (LOCK TABLES ... WRITE), and keep these
     * helper queries out of the general log that tests read. */
    const char *setup = "SET SESSION lock_wait_timeout = 3, innodb_lock_wait_timeout = 3, "
                        "max_statement_time = 30, sql_log_off = 1";
    if (mysql_real_query(m, setup, strlen(setup)) != 0)
        fprintf(stderr, "mo_ctl_udf: mo_table_rows session setup: %s\n", mysql_error(m));
    return m;
}

static void pool_give(MYSQL *m)
{
    pthread_mutex_lock(&pool_mutex);
    if (pool_size < POOL_MAX) {
        pool[pool_size++] = m;
        m = NULL;
    }
    pthread_mutex_unlock(&pool_mutex);
    if (m)
        mysql_close(m);
}

static void quote_ident(buf_t *b, const char *s)
{
    buf_adds(b, "`");
    for (; *s; ++s) {
        if (*s == '`')
            buf_adds(b, "`");
        buf_add(b, s, 1);
    }
    buf_adds(b, "`");
}

EXPORT my_bool mo_table_rows_init(UDF_INIT *initid, UDF_ARGS *args, char *message)
{
    return init_db_tbl(initid, args, message, "mo_table_rows");
}

EXPORT long long mo_table_rows(UDF_INIT *initid, UDF_ARGS *args, char *is_null, char *error)
{
    (void)initid;
    (void)error;
    if (!args->args[0] || !args->args[1]) {
        *is_null = 1;
        return 0;
    }
    char *db = dup_arg(args, 0), *tbl = dup_arg(args, 1);
    long long rows = 0;
    if (db && tbl && table_kind(db, tbl) == 1) {
        buf_t sql = { 0 };
        buf_adds(&sql, "SELECT COUNT(*) FROM ");
        quote_ident(&sql, db);
        buf_adds(&sql, ".");
        quote_ident(&sql, tbl);
        int done = 0;
        for (int attempt = 0; attempt < 2 && !done && sql.data; ++attempt) {
            MYSQL *m = pool_take();
            if (!m)
                break;
            if (mysql_real_query(m, sql.data, sql.len) != 0) {
                unsigned int e = mysql_errno(m);
                mysql_close(m);
                if (e == 2006 || e == 2013) /* stale pooled connection: retry on a new one */
                    continue;
                done = 1; /* e.g. table dropped meanwhile: 0 rows */
                break;
            }
            MYSQL_RES *res = mysql_store_result(m);
            if (res) {
                MYSQL_ROW row = mysql_fetch_row(res);
                if (row && row[0])
                    rows = strtoll(row[0], NULL, 10);
                mysql_free_result(res);
            }
            pool_give(m);
            done = 1;
        }
        if (!done)
            *is_null = 1;
        free(sql.data);
    }
    free(db);
    free(tbl);
    return rows;
}
