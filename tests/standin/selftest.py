#!/usr/bin/env python3
"""Self-test of the MatrixOne stand-in (tests/standin/README.md).

Usage: selftest.py STANDIN_DIR      (the --dir given to scripts/standin.sh start; reads standin.env)

Runs against a started stand-in and checks every row of DESIGN.md section 1, every switch, the
concurrency counters, KILL QUERY on a hanging call, mo_catalog.mo_tables, mo_table_rows,
mo_table_size, flush by id and the odd table names of --seed test. Errors are checked twice: raw
protocol values through PyMySQL, and what a libmariadb client (Qt's QMYSQL driver) sees, through
ctypes. Leaves the switches reset. Last line: "N passed, M failed"; exit status 1 on failure.
"""
import ctypes
import ctypes.util
import os
import sys
import threading
import time

try:
    import pymysql
except ImportError:  # e.g. a pyenv python3 first in PATH: use Debian's, which has python3-pymysql
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("selftest: PyMySQL is missing (apt-get install python3-pymysql)")
    print("0 passed, 1 failed")
    sys.exit(1)

PASSED = 0
FAILED = 0


def check(name, condition, detail=""):
    global PASSED, FAILED
    if condition:
        PASSED += 1
        print(f"ok   {name}")
    else:
        FAILED += 1
        print(f"FAIL {name} {detail}")


def reply(method, status="OK"):
    return ('{\n  "method": "%s",\n  "result": [\n    {\n      "returnStr": "%s"\n    }\n  ]\n}\n' % (method, status))


def read_env(directory):
    env = {}
    with open(os.path.join(directory, "standin.env"), encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                env[k] = v
    return env


class Server:
    def __init__(self, env):
        self.host = env.get("MOCTL_STANDIN_HOST", "127.0.0.1")
        self.port = int(env["MOCTL_STANDIN_PORT"])
        self.user = env.get("MOCTL_STANDIN_USER", "sys:root")
        self.password = env.get("MOCTL_STANDIN_PASSWORD", "111")

    def connect(self, user=None, password=None, database=None, read_timeout=None):
        return pymysql.connect(host=self.host, port=self.port, user=user or self.user,
                               password=self.password if password is None else password,
                               database=database, charset="utf8mb4", autocommit=True,
                               connect_timeout=5, read_timeout=read_timeout)


def scalar(conn, sql, args=None):
    with conn.cursor() as cur:
        cur.execute(sql, args)
        row = cur.fetchone()
        return row[0] if row else None


def text(value):
    return value.decode("utf-8") if isinstance(value, (bytes, bytearray)) else value


def mo_ctl(conn, service, command, param):
    """Returns ("ok", reply text) or ("error", code, message)."""
    try:
        return ("ok", text(scalar(conn, "SELECT mo_ctl(%s, %s, %s)", (service, command, param))))
    except pymysql.MySQLError as e:
        code = e.args[0] if e.args else None
        message = e.args[1] if len(e.args) > 1 else ""
        return ("error", code, message)


def expect_error(conn, name, service, command, param, code, message):
    got = mo_ctl(conn, service, command, param)
    check(name, got == ("error", code, message), f"got {got!r}, want {('error', code, message)!r}")


def expect_ok(conn, name, service, command, param, method, status="OK"):
    got = mo_ctl(conn, service, command, param)
    check(name, got == ("ok", reply(method, status)), f"got {got!r}")


class LibMariaDB:
    """What a libmariadb client (Qt's QMYSQL driver on Linux) sees: errno, SQLSTATE, message."""

    def __init__(self, server):
        self.server = server
        name = ctypes.util.find_library("mariadb") or "libmariadb.so.3"
        self.lib = ctypes.CDLL(name)
        lib = self.lib
        lib.mysql_init.restype = ctypes.c_void_p
        lib.mysql_init.argtypes = [ctypes.c_void_p]
        lib.mysql_real_connect.restype = ctypes.c_void_p
        lib.mysql_real_connect.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p,
                                           ctypes.c_char_p, ctypes.c_uint, ctypes.c_char_p, ctypes.c_ulong]
        lib.mysql_real_query.restype = ctypes.c_int
        lib.mysql_real_query.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_ulong]
        lib.mysql_store_result.restype = ctypes.c_void_p
        lib.mysql_store_result.argtypes = [ctypes.c_void_p]
        lib.mysql_free_result.argtypes = [ctypes.c_void_p]
        lib.mysql_errno.restype = ctypes.c_uint
        lib.mysql_errno.argtypes = [ctypes.c_void_p]
        lib.mysql_error.restype = ctypes.c_char_p
        lib.mysql_error.argtypes = [ctypes.c_void_p]
        lib.mysql_sqlstate.restype = ctypes.c_char_p
        lib.mysql_sqlstate.argtypes = [ctypes.c_void_p]
        lib.mysql_close.argtypes = [ctypes.c_void_p]
        lib.mysql_set_character_set.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        self.conn = lib.mysql_init(None)
        if not lib.mysql_real_connect(self.conn, server.host.encode(), server.user.encode(),
                                      server.password.encode(), None, server.port, None, 0):
            raise RuntimeError(lib.mysql_error(self.conn).decode())
        lib.mysql_set_character_set(self.conn, b"utf8mb4")

    def query(self, sql):
        """Returns (stage, errno, sqlstate, message); stage "query" = the statement itself failed."""
        data = sql.encode("utf-8")
        lib = self.lib
        if lib.mysql_real_query(self.conn, data, len(data)) != 0:
            return ("query", lib.mysql_errno(self.conn), lib.mysql_sqlstate(self.conn).decode(),
                    lib.mysql_error(self.conn).decode())
        res = lib.mysql_store_result(self.conn)
        if res:
            lib.mysql_free_result(res)
            return ("ok", 0, "00000", "")
        return ("fetch", lib.mysql_errno(self.conn), lib.mysql_sqlstate(self.conn).decode(),
                lib.mysql_error(self.conn).decode())

    def close(self):
        self.lib.mysql_close(self.conn)


def sql_literal(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        print("0 passed, 1 failed")
        return 1
    env = read_env(sys.argv[1])
    server = Server(env)
    conn = server.connect()
    admin = server.connect()
    scalar(admin, "SELECT mo_standin_reset()")

    # --- connection facts ----------------------------------------------------------------------
    check("handshake version says MatrixOne", conn.get_server_info().startswith("8.0.30-MatrixOne-v"),
          conn.get_server_info())
    check("SELECT version()", text(scalar(conn, "SELECT version()")).startswith("8.0.30-MatrixOne-v"))
    for user, password in (("root", "111"), ("sys:root", "111")):
        try:
            c = server.connect(user=user, password=password)
            check(f"login {user}/{password}", scalar(c, "SELECT 1") == 1)
            c.close()
        except pymysql.MySQLError as e:
            check(f"login {user}/{password}", False, repr(e))
    try:
        server.connect(user="root", password="wrong")
        check("wrong password refused", False)
    except pymysql.MySQLError as e:
        check("wrong password refused (1045)", e.args[0] == 1045, repr(e))
    with admin.cursor() as cur:
        cur.execute("SHOW DATABASES")
        dbs = {text(r[0]) for r in cur.fetchall()}
    for db in ("information_schema", "mo_catalog", "mo_debug", "mo_task", "mysql", "system", "system_metrics"):
        check(f"system database {db}", db in dbs)

    # --- success replies -----------------------------------------------------------------------
    expect_ok(conn, "flush db.tbl", "dn", "flush", "production_db.users", "Flush")
    expect_ok(conn, "flush db.tbl.account", "dn", "flush", "production_db.users.0", "Flush")
    expect_ok(conn, "flush, upper-case service and command", "DN", "FLUSH", "production_db.orders", "Flush")
    for d in ("", "30s", "2m", "1h30m", "500ms", "1.5h", "0", "1µs", "-5s", ".5s"):
        expect_ok(conn, f"checkpoint '{d}'", "dn", "checkpoint", d, "Checkpoint")
        expect_ok(conn, f"globalcheckpoint '{d}'", "dn", "globalcheckpoint", d, "GlobalCheckpoint")
    expect_ok(conn, "Checkpoint mixed case", "Dn", "CheckPoint", "", "Checkpoint")
    with conn.cursor() as cur:
        cur.execute("SELECT mo_ctl('dn', 'flush', 'production_db.users')")
        check("one row, one column", cur.rowcount == 1 and len(cur.description) == 1)
    try:
        conn.begin()
        got = mo_ctl(conn, "dn", "flush", "production_db.users")
        conn.commit()
        check("flush inside an explicit transaction", got == ("ok", reply("Flush")), repr(got))
    except pymysql.MySQLError as e:
        check("flush inside an explicit transaction", False, repr(e))
    got = text(scalar(conn, "SELECT mo_ctl('dn', 'flush', CONCAT(reldatabase, '.', relname)) FROM mo_catalog.mo_tables "
                            "WHERE reldatabase = 'production_db' AND relname = 'users'"))
    check("flush with a non-constant argument", got == reply("Flush"), repr(got))

    # --- every error row of DESIGN.md --------------------------------------------------------
    PRIV = "internal error: do not have privilege to execute the statement"
    # The stand-in runs as v2.2.0 (standin.sh's default; the ctest fixture): MatrixOne's v2.1+ timeout text.
    TIMEOUT = "internal error: force flush failed: context deadline exceeded"
    TIMEOUT_PRE_21 = "internal error: force flush failed: internal error: timeout"
    expect_error(conn, "table missing", "dn", "flush", "production_db.nope", 1146, "no such table production_db.nope")
    expect_error(conn, "database missing (code 0)", "dn", "flush", "nodb.users", 0, "ExpectedEOB")
    expect_error(conn, "service tn", "tn", "flush", "production_db.users", 20105,
                 "not supported: service type TN not supported")
    expect_error(conn, "unknown command", "dn", "foo", "", 20105, "not supported: command FOO not supported")
    expect_error(conn, "empty flush id", "dn", "flush", "", 20101, "internal error: handleFlush: table id parse fail")
    expect_error(conn, "non-numeric flush id", "dn", "flush", "users", 20101,
                 "internal error: handleFlush: table id parse fail")
    expect_error(conn, "more than 3 dot parts", "dn", "flush", "a.b.c.d", 20101,
                 'internal error: handleFlush: expected "TableId" or "DbName.TableName[.AccountId]" ')
    expect_error(conn, "bad duration", "dn", "checkpoint", "abc", 1105, 'time: invalid duration "abc"')
    expect_error(conn, "bad duration, global", "dn", "globalcheckpoint", "abc", 1105, 'time: invalid duration "abc"')
    expect_error(conn, "duration without unit", "dn", "checkpoint", "30", 1105, 'time: missing unit in duration "30"')
    expect_error(conn, "duration, unknown unit", "dn", "checkpoint", "3x", 1105,
                 'time: unknown unit "x" in duration "3x"')
    expect_error(conn, "duration, Go quoting", "dn", "checkpoint", 'a"b\\é', 1105,
                 'time: invalid duration "a\\"b\\\\\\xc3\\xa9"')
    expect_error(conn, "no flush;timeout form", "dn", "flush", "production_db.users;30s", 1146,
                 "no such table production_db.users;30s")
    expect_error(conn, "bad account id", "dn", "flush", "production_db.users.x", 20101,
                 "internal error: handleFlush: invalid account id")
    # strconv.ParseUint(s, 0, 32): hex, octal, binary and underscores as Go takes them
    # (account 1 is the tenant acc1, which owns production_db.users too; see "tenants" below)
    for acc in ("0", "1", "0x1", "0X1", "01", "0o1", "0b1", "0x_1", "0b0_1"):
        expect_ok(conn, f"account id {acc}", "dn", "flush", f"production_db.users.{acc}", "Flush")
    # a well-formed id of an account that does not exist: its database is not found, not a parse error
    for acc in ("7", "0x1F", "1_000", "4294967295"):
        expect_error(conn, f"account id {acc} (no such account)", "dn", "flush", f"production_db.users.{acc}", 0,
                     "ExpectedEOB")
    for acc in ("", "-1", "+1", "4294967296", "0x", "08", "1__0", "_1", "1_", "0x1g", " 1"):
        expect_error(conn, f"bad account id {acc!r}", "dn", "flush", f"production_db.users.{acc}", 20101,
                     "internal error: handleFlush: invalid account id")
    # ctl.go takes CN as a service type; the TN handlers refuse it (dist.go GetTNHandlerFunc)
    expect_error(conn, "service cn, flush", "cn", "flush", "production_db.users", 20105,
                 "not supported: service CN not supported")
    expect_error(conn, "service cn, checkpoint", "CN", "checkpoint", "", 20105,
                 "not supported: service CN not supported")
    expect_error(conn, "service cn, globalcheckpoint", "cn", "globalcheckpoint", "30s", 20105,
                 "not supported: service CN not supported")
    scalar(admin, "SELECT mo_standin_set('deny', 1)")
    expect_error(conn, "deny switch", "dn", "flush", "production_db.users", 20101, PRIV)
    expect_error(conn, "deny switch, checkpoint", "dn", "checkpoint", "", 20101, PRIV)
    scalar(admin, "SELECT mo_standin_set('deny', 0)")
    alice = server.connect(user="acc1:alice", password="alice")
    expect_error(alice, "non-sys account denied (acc1:alice)", "dn", "flush", "production_db.users", 20101, PRIV)
    check("acc1:alice can read", scalar(alice, "SELECT COUNT(*) FROM production_db.users") == 300)
    alice.close()
    scalar(admin, "SELECT mo_standin_set('server_timeout', 2)")
    expect_error(conn, "server_timeout 1/2", "dn", "checkpoint", "", 20101, TIMEOUT)
    expect_error(conn, "server_timeout 2/2", "dn", "flush", "production_db.users", 20101, TIMEOUT)
    expect_ok(conn, "server_timeout used up", "dn", "checkpoint", "", "Checkpoint")
    scalar(admin, "SELECT mo_standin_set('server_timeout', 2)")
    expect_error(conn, "invalid input does not use up server_timeout", "dn", "flush", "", 20101,
                 "internal error: handleFlush: table id parse fail")
    check("server_timeout still 2", scalar(admin, "SELECT mo_standin_stat('server_timeout')") == 2)
    scalar(admin, "SELECT mo_standin_set('server_timeout', -1)")
    for i in range(3):
        expect_error(conn, f"server_timeout -1 ({i + 1})", "dn", "globalcheckpoint", "", 20101, TIMEOUT)
    scalar(admin, "SELECT mo_standin_set('server_timeout', 0)")
    # rpc_timeout: moerr.ErrRPCTimeout
    scalar(admin, "SELECT mo_standin_set('rpc_timeout', 1)")
    expect_error(conn, "rpc_timeout 1/1", "dn", "checkpoint", "", 20500, "rpc timeout")
    expect_ok(conn, "rpc_timeout used up", "dn", "checkpoint", "", "Checkpoint")
    # the version at run time: what version() says, and the texts that depend on it
    start_version = text(scalar(conn, "SELECT version()"))
    scalar(admin, "SELECT mo_standin_set_str('version', '2.0.3')")
    check("version() switched", text(scalar(conn, "SELECT version()")) == "8.0.30-MatrixOne-v2.0.3")
    scalar(admin, "SELECT mo_standin_set('server_timeout', 1)")
    expect_error(conn, "server_timeout on v2.0.3 (pre-2.1 text)", "dn", "checkpoint", "", 20101, TIMEOUT_PRE_21)
    scalar(admin, "SELECT mo_standin_set_str('version_string', '8.0.30-MatrixOne-v')")
    scalar(admin, "SELECT mo_standin_set('server_timeout', 1)")
    expect_error(conn, "server_timeout on a branch build (newest text)", "dn", "checkpoint", "", 20101, TIMEOUT)
    fresh = server.connect()
    check("a new connection's handshake says the switched version",
          fresh.get_server_info() == "8.0.30-MatrixOne-v", repr(fresh.get_server_info()))
    fresh.close()
    scalar(admin, "SELECT mo_standin_set_str('version', '')")
    check("version '' restores the start-up version", text(scalar(conn, "SELECT version()")) == start_version)
    # inspect: the checkpoint list in the format of the version (pkg/vm/engine/tae/rpc/tool.go)
    import json
    for version, command, key in (("2.2.0", "inspect checkpoint list", "checkpoints"),
                                  ("3.0.0", "inspect inmemory-ckp list", "entries")):
        scalar(admin, "SELECT mo_standin_set_str('version', '%s')" % version)
        scalar(conn, "SELECT mo_ctl('dn', 'globalcheckpoint', '')")
        scalar(conn, "SELECT mo_ctl('dn', 'checkpoint', '')")
        got = text(scalar(conn, "SELECT mo_ctl('dn', 'inspect', %s)", (command,)))
        ok = got.startswith("\nmsg: {") and got.endswith("}\n\n")
        listed = json.loads(got[len("\nmsg: "):]) if ok else {}
        check("inspect list on v%s: wrapped, a global then one incremental" % version,
              ok and listed.get("count") == 2 and len(listed.get(key, [])) == 2, repr(got[:200]))
        other = "inspect inmemory-ckp list" if key == "checkpoints" else "inspect checkpoint list"
        got = text(scalar(conn, "SELECT mo_ctl('dn', 'inspect', %s)", (other,)))
        check("the other version's inspect command is unknown on v%s" % version,
              got.startswith("\nmsg: Error: unknown command"), repr(got[:120]))
    scalar(admin, "SELECT mo_standin_set_str('version', '1.1.0')")
    scalar(admin, "SELECT mo_standin_reset()")
    check("mo_standin_reset restores the version", text(scalar(conn, "SELECT version()")) == start_version)
    scalar(admin, "SELECT mo_standin_set('notok', 1)")
    expect_ok(conn, "notok switch", "dn", "flush", "production_db.users", "Flush", "ERROR: injected")
    scalar(admin, "SELECT mo_standin_set('notok', 0)")
    scalar(admin, "SELECT mo_standin_set_str('fail_table', 'production_db.orders\nanalytics_db.events')")
    expect_error(conn, "fail_table hit", "dn", "flush", "production_db.orders", 20101, TIMEOUT)
    expect_error(conn, "fail_table hit (2nd line)", "dn", "flush", "analytics_db.events", 20101, TIMEOUT)
    expect_ok(conn, "fail_table miss", "dn", "flush", "production_db.users", "Flush")
    scalar(admin, "SELECT mo_standin_set_str('fail_table', '')")
    expect_ok(conn, "fail_table cleared", "dn", "flush", "production_db.orders", "Flush")

    # --- what a libmariadb client sees (Qt's QMYSQL driver) -----------------------------------
    try:
        lm = LibMariaDB(server)
        rows = [
            ("table missing", "SELECT mo_ctl('dn','flush','production_db.nope')",
             ("query", 1146, "HY000", "no such table production_db.nope")),
            # libmariadb turns an error packet with code 0 into its own 5026 and drops the text:
            ("database missing", "SELECT mo_ctl('dn','flush','nodb.users')",
             ("query", 5026, "HY000", "Server returned an error packet without further information")),
            ("service tn", "SELECT mo_ctl('tn','flush','a.b')",
             ("query", 20105, "HY000", "not supported: service type TN not supported")),
            ("unknown command", "SELECT mo_ctl('dn','foo','')",
             ("query", 20105, "HY000", "not supported: command FOO not supported")),
            ("empty flush id", "SELECT mo_ctl('dn','flush','')",
             ("query", 20101, "HY000", "internal error: handleFlush: table id parse fail")),
            ("more than 3 parts", "SELECT mo_ctl('dn','flush','a.b.c.d')",
             ("query", 20101, "HY000",
              'internal error: handleFlush: expected "TableId" or "DbName.TableName[.AccountId]" ')),
            ("bad duration", "SELECT mo_ctl('dn','checkpoint','abc')",
             ("query", 1105, "HY000", 'time: invalid duration "abc"')),
            ("success", "SELECT mo_ctl('dn','flush','production_db.users')", ("ok", 0, "00000", "")),
        ]
        for name, sql, want in rows:
            got = lm.query(sql)
            check(f"libmariadb: {name}", got == want, f"got {got!r}, want {want!r}")
        scalar(admin, "SELECT mo_standin_set('deny', 1)")
        got = lm.query("SELECT mo_ctl('dn','flush','production_db.users')")
        check("libmariadb: privilege", got == ("query", 20101, "HY000", PRIV), repr(got))
        scalar(admin, "SELECT mo_standin_set('deny', 0)")
        scalar(admin, "SELECT mo_standin_set('server_timeout', 1)")
        got = lm.query("SELECT mo_ctl('dn','checkpoint','')")
        check("libmariadb: server timeout", got == ("query", 20101, "HY000", TIMEOUT), repr(got))
        scalar(admin, "SELECT mo_standin_set('eob_as_1105', 1)")
        got = lm.query("SELECT mo_ctl('dn','flush','nodb.users')")
        check("libmariadb: database missing with eob_as_1105", got == ("query", 1105, "HY000", "ExpectedEOB"), repr(got))
        scalar(admin, "SELECT mo_standin_set('eob_as_1105', 0)")
        lm.close()
    except OSError as e:
        check("libmariadb loadable", False, repr(e))
    expect_error(conn, "eob_as_1105 off again", "dn", "flush", "nodb.users", 0, "ExpectedEOB")

    # --- latency, hang, kill --------------------------------------------------------------------
    scalar(admin, "SELECT mo_standin_reset()")
    scalar(admin, "SELECT mo_standin_set('latency_ms', 400)")
    t = time.monotonic()
    got = mo_ctl(conn, "dn", "flush", "production_db.users")
    elapsed = time.monotonic() - t
    check("latency_ms 400", got[0] == "ok" and 0.39 <= elapsed < 2.0, f"{elapsed:.3f}s {got!r}")
    t = time.monotonic()
    got = mo_ctl(conn, "dn", "flush", "nodb.x")
    check("latency applies to errors too", got[1] == 0 and time.monotonic() - t >= 0.39, repr(got))
    scalar(admin, "SELECT mo_standin_set('latency_ms', 0)")

    def run_in_thread(fn):
        box = {}

        def target():
            try:
                box["result"] = fn()
            except Exception as e:  # noqa: BLE001
                box["result"] = ("exception", repr(e))
            box["end"] = time.monotonic()

        th = threading.Thread(target=target, daemon=True)
        th.start()
        return th, box

    def wait_in_flight(n, timeout=5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if scalar(admin, "SELECT mo_standin_stat('in_flight')") >= n:
                return True
            time.sleep(0.02)
        return False

    # hang released by the switch
    scalar(admin, "SELECT mo_standin_set('hang', 1)")
    c1 = server.connect()
    th, box = run_in_thread(lambda: mo_ctl(c1, "dn", "checkpoint", ""))
    check("hang: call is in flight", wait_in_flight(1))
    time.sleep(0.3)
    check("hang: still hanging", th.is_alive())
    released = time.monotonic()
    scalar(admin, "SELECT mo_standin_set('hang', 0)")
    th.join(5)
    check("hang: released by hang=0", box.get("result") == ("ok", reply("Checkpoint"))
          and box["end"] - released < 1.0, repr(box))

    # hang ended by KILL QUERY from a second connection
    scalar(admin, "SELECT mo_standin_set('hang', 1)")
    th, box = run_in_thread(lambda: mo_ctl(c1, "dn", "flush", "production_db.users"))
    check("kill: call is in flight", wait_in_flight(1))
    killed_at = time.monotonic()
    scalar(admin, f"KILL QUERY {c1.thread_id()}")
    th.join(5)
    check("kill: KILL QUERY ends the hanging call with 1317 within 1 s",
          box.get("result") == ("error", 1317, "Query execution was interrupted") and box["end"] - killed_at < 1.0,
          repr(box))
    check("kill: connection still usable", scalar(c1, "SELECT 1") == 1)
    check("kill: counted", scalar(admin, "SELECT mo_standin_stat('killed')") == 1)
    scalar(admin, "SELECT mo_standin_set('hang', 0)")

    # KILL QUERY during latency
    scalar(admin, "SELECT mo_standin_set('latency_ms', 30000)")
    th, box = run_in_thread(lambda: mo_ctl(c1, "dn", "checkpoint", ""))
    wait_in_flight(1)
    killed_at = time.monotonic()
    scalar(admin, f"KILL QUERY {c1.thread_id()}")
    th.join(5)
    check("kill during latency_ms", box.get("result", ("",))[0:2] == ("error", 1317) and box["end"] - killed_at < 1.0,
          repr(box))
    scalar(admin, "SELECT mo_standin_set('latency_ms', 0)")

    # client read timeout + KILL QUERY, the way MOCTL Studio cancels (the watchdog connection)
    scalar(admin, "SELECT mo_standin_set('hang', 1)")
    c2 = server.connect(read_timeout=1)
    c2_id = c2.thread_id()
    t = time.monotonic()
    got = mo_ctl(c2, "dn", "flush", "production_db.users")
    check("client read timeout while hanging", got[0] == "error" and got[1] == 2013 and time.monotonic() - t < 3,
          repr(got))
    scalar(admin, f"KILL QUERY {c2_id}")
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and scalar(admin, "SELECT mo_standin_stat('in_flight')") != 0:
        time.sleep(0.02)
    check("server-side call ended after KILL QUERY", scalar(admin, "SELECT mo_standin_stat('in_flight')") == 0)
    scalar(admin, "SELECT mo_standin_set('hang', 0)")

    # hang limit
    scalar(admin, "SELECT mo_standin_set('hang_limit_s', 1)")
    scalar(admin, "SELECT mo_standin_set('hang', 1)")
    t = time.monotonic()
    got = mo_ctl(c1, "dn", "flush", "production_db.users")
    check("hang_limit_s ends a hang with the server timeout error",
          got == ("error", 20101, TIMEOUT) and 0.9 < time.monotonic() - t < 3, repr(got))
    scalar(admin, "SELECT mo_standin_reset()")

    # --- concurrency counters ------------------------------------------------------------------
    scalar(admin, "SELECT mo_standin_set('latency_ms', 700)")
    conns = [server.connect() for _ in range(6)]
    threads = [run_in_thread(lambda c=c: mo_ctl(c, "dn", "flush", "production_db.users")) for c in conns]
    t = time.monotonic()
    for th, _ in threads:
        th.join(10)
    elapsed = time.monotonic() - t
    check("6 parallel calls all succeed", all(b.get("result") == ("ok", reply("Flush")) for _, b in threads))
    check("they ran in parallel", elapsed < 2.5, f"{elapsed:.2f}s")
    check("max_in_flight == 6", scalar(admin, "SELECT mo_standin_stat('max_in_flight')") == 6,
          str(scalar(admin, "SELECT mo_standin_stat('max_in_flight')")))
    check("calls == 6", scalar(admin, "SELECT mo_standin_stat('calls')") == 6)
    check("ok == 6", scalar(admin, "SELECT mo_standin_stat('ok')") == 6)
    check("flush == 6", scalar(admin, "SELECT mo_standin_stat('flush')") == 6)
    check("in_flight back to 0", scalar(admin, "SELECT mo_standin_stat('in_flight')") == 0)
    for c in conns:
        c.close()
    scalar(admin, "SELECT mo_standin_reset()")
    check("reset clears counters", scalar(admin, "SELECT mo_standin_stat('calls')") == 0
          and scalar(admin, "SELECT mo_standin_stat('max_in_flight')") == 0)
    check("reset clears switches", scalar(admin, "SELECT mo_standin_stat('latency_ms')") == 0)
    check("mo_standin_set returns the previous value",
          scalar(admin, "SELECT mo_standin_set('latency_ms', 5)") == 0
          and scalar(admin, "SELECT mo_standin_set('latency_ms', 0)") == 5)
    try:
        scalar(admin, "SELECT mo_standin_set('no_such_switch', 1)")
        check("unknown switch is an error", False)
    except pymysql.MySQLError as e:
        check("unknown switch is an error", e.args[0] == 1105, repr(e))
    with admin.cursor() as cur:
        cur.execute("PREPARE moctl_ps FROM 'SELECT mo_ctl(?, ?, ?)'")
        cur.execute("SET @s = 'dn', @c = 'flush', @p = 'production_db.users'")
        cur.execute("EXECUTE moctl_ps USING @s, @c, @p")
        got = text(cur.fetchone()[0])
        cur.execute("DEALLOCATE PREPARE moctl_ps")
    check("prepared statement with placeholders", got == reply("Flush") and
          scalar(admin, "SELECT mo_standin_stat('calls')") == 1)
    scalar(admin, "SELECT mo_standin_reset()")

    # --- catalog: mo_tables, mo_table_rows, mo_table_size --------------------------------------
    nodb = server.connect()  # no default database: UDFs are global
    with nodb.cursor() as cur:
        cur.execute("SELECT reldatabase, relname, rel_id, relkind FROM mo_catalog.mo_tables WHERE account_id = 0")
        rows = [(text(a), text(b), c, text(d)) for a, b, c, d in cur.fetchall()]
        names = [d[0] for d in cur.description]
    check("mo_tables columns", names == ["reldatabase", "relname", "rel_id", "relkind"], repr(names))
    by_name = {(a, b): (c, d) for a, b, c, d in rows}
    check("mo_tables lists production_db.users as 'r'", by_name.get(("production_db", "users"), (0, ""))[1] == "r")
    check("mo_tables lists a view as 'v'", by_name.get(("analytics_db", "daily_events"), (0, ""))[1] == "v")
    ids = [c for _, _, c, _ in rows]
    check("rel_id unique", len(ids) == len(set(ids)))
    check("rel_id positive integers", all(isinstance(i, int) and i > 0 for i in ids))
    check("rel_id stable", scalar(nodb, "SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase='production_db' "
                                        "AND relname='users' AND account_id = 0") == by_name[("production_db", "users")][0])
    with nodb.cursor() as cur:
        cur.execute("SELECT reldatabase, relname, mo_table_rows(reldatabase, relname), "
                    "mo_table_size(reldatabase, relname) FROM mo_catalog.mo_tables WHERE relkind = 'r' "
                    "AND reldatabase IN ('production_db', 'analytics_db')")
        stats = {(text(a), text(b)): (r, s) for a, b, r, s in cur.fetchall()}
    check("mo_table_rows users = 300", stats.get(("production_db", "users"), (0, 0))[0] == 300, repr(stats))
    check("mo_table_rows orders = 800", stats.get(("production_db", "orders"), (0, 0))[0] == 800)
    check("mo_table_rows events = 600", stats.get(("analytics_db", "events"), (0, 0))[0] == 600)
    check("mo_table_rows empty_table = 0", stats.get(("production_db", "empty_table"), (1, 0))[0] == 0)
    check("mo_table_size users > 0", stats.get(("production_db", "users"), (0, 0))[1] > 0)
    check("mo_table_rows of a missing table = 0", scalar(nodb, "SELECT mo_table_rows('production_db', 'nope')") == 0)
    check("mo_table_size of a missing table = 0", scalar(nodb, "SELECT mo_table_size('nodb', 'nope')") == 0)
    check("mo_table_rows of a view = 0", scalar(nodb, "SELECT mo_table_rows('analytics_db', 'daily_events')") == 0)
    check("information_schema.TABLES", scalar(nodb, "SELECT COUNT(*) FROM information_schema.TABLES "
                                                    "WHERE TABLE_SCHEMA = 'production_db'") >= 5)

    # --- odd names (--seed test) and flush by id -------------------------------------------------
    def rel_id(db, tbl):
        return scalar(nodb, "SELECT rel_id FROM mo_catalog.mo_tables WHERE reldatabase = %s AND relname = %s "
                            "AND account_id = 0", (db, tbl))

    my_table = rel_id("production_db", "my.table")
    check("production_db.my.table is in mo_tables", my_table is not None)
    if my_table is not None:
        expect_ok(conn, "flush by id of production_db.my.table", "dn", "flush", str(my_table), "Flush")
        check("mo_table_rows of my.table = 5", scalar(nodb, "SELECT mo_table_rows('production_db', 'my.table')") == 5)
    expect_error(conn, "my.table by name = 3 parts, account 'table'", "dn", "flush", "production_db.my.table", 20101,
                 "internal error: handleFlush: invalid account id")
    t_id = rel_id("my.db", "t")
    check("my.db.t is in mo_tables", t_id is not None)
    if t_id is not None:
        expect_ok(conn, "flush by id of my.db.t", "dn", "flush", str(t_id), "Flush")
    expect_ok(conn, "flush by id of production_db.users", "dn", "flush", str(rel_id("production_db", "users")), "Flush")
    # MatrixOne answers OK for a table id it does not know (cmd_flush.go sends the id to the TN as is).
    expect_ok(conn, "flush by unknown id answers OK", "dn", "flush", "123", "Flush")

    # --- tenants (--seed test): acc1 and acc2 each own production_db.users, as sys does ----------
    with nodb.cursor() as cur:
        cur.execute("SELECT account_id, rel_id FROM mo_catalog.mo_tables WHERE reldatabase = 'production_db' "
                    "AND relname = 'users' ORDER BY account_id")
        tenants = cur.fetchall()
    check("three accounts own production_db.users", [a for a, _ in tenants] == [0, 1, 2], repr(tenants))
    check("their ids differ", len({i for _, i in tenants}) == 3, repr(tenants))
    check("mo_account names the tenants", scalar(nodb, "SELECT account_name FROM mo_catalog.mo_account "
                                                       "WHERE account_id = 2") in ("acc2", b"acc2"))
    check("sys: current_account_id() = 0", scalar(nodb, "SELECT current_account_id()") == 0)
    expect_ok(conn, "flush a tenant's table by name (db.tbl.1)", "dn", "flush", "production_db.invoices.1", "Flush")
    expect_error(conn, "the tenant's own tables only (acc2 has no invoices)", "dn", "flush",
                 "production_db.invoices.2", 1146, "no such table production_db.invoices")
    expect_error(conn, "sys has no invoices", "dn", "flush", "production_db.invoices", 1146,
                 "no such table production_db.invoices")
    for _, tenant_id in tenants:
        expect_ok(conn, f"flush by a tenant table's id {tenant_id}", "dn", "flush", str(tenant_id), "Flush")
    alice_tables = server.connect(user="acc1:alice", password="alice")
    with alice_tables.cursor() as cur:
        cur.execute("SELECT DISTINCT account_id FROM mo_catalog.mo_tables WHERE reldatabase <> 'mo_catalog'")
        seen = sorted(a for (a,) in cur.fetchall())
        cur.execute("SELECT current_account_id()")
        own = cur.fetchone()[0]
    alice_tables.close()
    check("a tenant sees only its own tables", seen == [1], repr(seen))
    check("acc1: current_account_id() = 1", own == 1, repr(own))

    # --- internal tables (--seed test): an index table and partition tables ----------------------
    check("index table linked in mo_indexes", scalar(nodb, "SELECT COUNT(*) FROM mo_catalog.mo_indexes i JOIN "
                                                           "mo_catalog.mo_tables t ON t.rel_id = i.table_id WHERE "
                                                           "t.relname = 'users' AND t.account_id = 0 AND "
                                                           "i.index_table_name LIKE '\\_\\_mo\\_index\\_secondary\\_%'") == 1)
    check("partition tables have relkind 'partition'",
          scalar(nodb, "SELECT COUNT(*) FROM mo_catalog.mo_tables WHERE reldatabase = 'sales_db' "
                       "AND relkind = 'partition' AND relname LIKE '%orders_by_month'") == 2)
    for tbl, rows_expected in (("o'brien", 2), ("back`tick", 1), ("客户", 4), ("☕", 2), ("order items", 3)):
        expect_ok(conn, f"flush production_db.{tbl}", "dn", "flush", f"production_db.{tbl}", "Flush")
        got = text(scalar(conn, f"SELECT mo_ctl('dn', 'flush', {sql_literal('production_db.' + tbl)})"))
        check(f"flush production_db.{tbl} as an escaped literal", got == reply("Flush"), repr(got))
        check(f"{tbl} in mo_tables", rel_id("production_db", tbl) is not None)
        tid = rel_id("production_db", tbl)
        if tid is not None:
            expect_ok(conn, f"flush by id of {tbl}", "dn", "flush", str(tid), "Flush")
        check(f"mo_table_rows {tbl} = {rows_expected}",
              scalar(nodb, "SELECT mo_table_rows(%s, %s)", ("production_db", tbl)) == rows_expected)
        check(f"mo_table_size {tbl} > 0", scalar(nodb, "SELECT mo_table_size(%s, %s)", ("production_db", tbl)) > 0)
    expect_error(conn, "names are case-sensitive", "dn", "flush", "production_db.USERS", 1146,
                 "no such table production_db.USERS")
    expect_error(conn, "database names are case-sensitive", "dn", "flush", "PRODUCTION_DB.users", 0, "ExpectedEOB")

    # tables created and dropped while running
    with admin.cursor() as cur:
        cur.execute("CREATE DATABASE IF NOT EXISTS standin_selftest")
        cur.execute("CREATE TABLE standin_selftest.fresh (id INT PRIMARY KEY)")
        cur.execute("INSERT INTO standin_selftest.fresh VALUES (1), (2), (3)")
    expect_ok(conn, "flush a table created at run time", "dn", "flush", "standin_selftest.fresh", "Flush")
    check("mo_table_rows sees new rows", scalar(nodb, "SELECT mo_table_rows('standin_selftest', 'fresh')") == 3)
    fresh_id = rel_id("standin_selftest", "fresh")
    with admin.cursor() as cur:
        cur.execute("DROP TABLE standin_selftest.fresh")
    expect_error(conn, "flush a dropped table", "dn", "flush", "standin_selftest.fresh", 1146,
                 "no such table standin_selftest.fresh")
    expect_ok(conn, "flush a dropped table by id answers OK (MatrixOne)", "dn", "flush", str(fresh_id), "Flush")
    with admin.cursor() as cur:
        cur.execute("DROP DATABASE standin_selftest")
    expect_error(conn, "flush in a dropped database", "dn", "flush", "standin_selftest.fresh", 0, "ExpectedEOB")

    scalar(admin, "SELECT mo_standin_reset()")
    for c in (conn, admin, nodb, c1):
        c.close()
    print(f"{PASSED} passed, {FAILED} failed")
    return 0 if FAILED == 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as e:  # noqa: BLE001 - report and count, never a bare traceback as last line
        import traceback
        traceback.print_exc()
        print(f"{PASSED} passed, {FAILED + 1} failed")
        sys.exit(1)
