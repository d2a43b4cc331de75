#!/usr/bin/env bash
# The MatrixOne stand-in: a private MariaDB server on loopback with the mo_ctl UDF
# (tests/standin/mo_ctl_udf.c), mo_catalog.mo_tables and sample data. See tests/standin/README.md.
#
#   standin.sh start  --dir DIR [--port PORT|auto] [--plugin-dir DIR] [--seed none|demo|test]
#                     [--version 2.2.0] [--fresh]
#   standin.sh stop   --dir DIR
#   standin.sh status --dir DIR
#   standin.sh sql    --dir DIR [--db NAME] ["SQL"]      (no SQL: read it from stdin)
#
# start writes DIR/standin.env (MOCTL_STANDIN_HOST/PORT/SOCKET/USER/PASSWORD/PID/GENERAL_LOG).
# A server already running in DIR is reused (switches reset) unless --fresh is given.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ADMIN_USER=moctl_standin                  # local socket user of this script and of mo_table_rows()
ADMIN_PASSWORD=moctl-standin-internal
START_TIMEOUT=60

die() { echo "standin: $*" >&2; exit 1; }
note() { echo "standin: $*"; }

usage() {
    sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit "${1:-2}"
}

find_prog() {
    local p
    for p in "$@"; do
        if command -v "$p" >/dev/null 2>&1; then command -v "$p"; return 0; fi
        if [ -x "/usr/sbin/$p" ]; then echo "/usr/sbin/$p"; return 0; fi
    done
    return 1
}

# ---------------------------------------------------------------- options
[ $# -ge 1 ] || usage
CMD="$1"; shift
DIR=""; PORT="auto"; PLUGIN_DIR=""; SEED="none"; VERSION="2.2.0"; FRESH=0; DB=""; SQL_TEXT=""; HAVE_SQL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) DIR="${2:?--dir needs a value}"; shift 2 ;;
        --dir=*) DIR="${1#*=}"; shift ;;
        --port) PORT="${2:?--port needs a value}"; shift 2 ;;
        --port=*) PORT="${1#*=}"; shift ;;
        --plugin-dir) PLUGIN_DIR="${2:?--plugin-dir needs a value}"; shift 2 ;;
        --plugin-dir=*) PLUGIN_DIR="${1#*=}"; shift ;;
        --seed) SEED="${2:?--seed needs a value}"; shift 2 ;;
        --seed=*) SEED="${1#*=}"; shift ;;
        --version) VERSION="${2:?--version needs a value}"; shift 2 ;;
        --version=*) VERSION="${1#*=}"; shift ;;
        --fresh) FRESH=1; shift ;;
        --db) DB="${2:?--db needs a value}"; shift 2 ;;
        --db=*) DB="${1#*=}"; shift ;;
        -h|--help) usage 0 ;;
        --) shift; if [ $# -gt 0 ]; then SQL_TEXT="$1"; HAVE_SQL=1; shift; fi ;;
        -*) die "unknown option $1" ;;
        *) if [ "$CMD" = sql ] && [ $HAVE_SQL -eq 0 ]; then SQL_TEXT="$1"; HAVE_SQL=1; shift
           else die "unexpected argument '$1'"; fi ;;
    esac
done
[ -n "$DIR" ] || die "--dir is required"
case "$SEED" in none|demo|test) ;; *) die "--seed must be none, demo or test" ;; esac
case "$PORT" in auto) ;; *[!0-9]*|"") die "--port must be a number or auto" ;; esac

if [ "$CMD" = start ]; then
    mkdir -p "$DIR"
elif [ ! -d "$DIR" ]; then
    case "$CMD" in
        stop) echo "standin: nothing to stop ($DIR does not exist)"; exit 0 ;;
        status) echo "stopped dir=$DIR"; exit 3 ;;
        *) die "$DIR does not exist" ;;
    esac
fi
DIR="$(cd "$DIR" && pwd)"
DATA="$DIR/data"
PIDFILE="$DIR/mysqld.pid"
ERRLOG="$DIR/error.log"
GENLOG="$DIR/general.log"
ENVFILE="$DIR/standin.env"
MARKER="$DIR/.moctl-standin"
SOCK="$DIR/mysqld.sock"
if [ "${#SOCK}" -gt 100 ]; then # unix socket paths are limited to 107 bytes
    SOCK="${TMPDIR:-/tmp}/moctl-standin-$(printf '%s' "$DIR" | cksum | cut -d' ' -f1).sock"
fi

MARIADBD="$(find_prog mariadbd mysqld)" || die "mariadbd not found (apt-get install mariadb-server)"
CLIENT="$(find_prog mariadb mysql)" || die "mariadb client not found (apt-get install mariadb-client)"
ADMIN="$(find_prog mariadb-admin mysqladmin)" || die "mariadb-admin not found"
# Small and fast: this server holds test data only (fsyncs skipped, crash safety not needed).
INNODB_OPTS=(--innodb-buffer-pool-size=32M --innodb-log-file-size=8M --innodb-log-buffer-size=4M
    --innodb-use-native-aio=0 --innodb-doublewrite=0 --innodb-flush-log-at-trx-commit=0
    --innodb-flush-method=nosync --innodb-data-file-path=ibdata1:4M:autoextend --skip-sync-frm)

server_pid() {
    local pid
    [ -f "$PIDFILE" ] || return 1
    pid="$(tr -dc '0-9' <"$PIDFILE")"
    [ -n "$pid" ] || return 1
    alive "$pid" || return 1
    # Make sure the pid is still our server (pids get reused).
    if [ -r "/proc/$pid/cmdline" ] && ! tr '\0' '\n' <"/proc/$pid/cmdline" | grep -qxF -- "--datadir=$DATA"; then
        return 1
    fi
    echo "$pid"
}

env_value() { sed -n "s/^$1=//p" "$ENVFILE" 2>/dev/null | head -n1; }

sql_as() { # sql_as USER PASSWORD [client args...]  (SQL on stdin)
    local user="$1" pass="$2"; shift 2
    MYSQL_PWD="$pass" "$CLIENT" --no-defaults --protocol=socket --socket="$SOCK" --user="$user" \
        --default-character-set=utf8mb4 --batch --skip-column-names "$@"
}
admin_sql() { sql_as "$ADMIN_USER" "$ADMIN_PASSWORD" "$@"; }

pick_port() {
    local p
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    for _ in $(seq 1 50); do
        p=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    die "no free port found"
}

find_plugin_dir() {
    local d
    for d in "$PLUGIN_DIR" "${MOCTL_BUILD_DIR:-}/standin/plugin" "$ROOT/build/standin/plugin"; do
        if [ -n "$d" ] && [ -f "$d/mo_ctl_udf.so" ]; then (cd "$d" && pwd); return 0; fi
    done
    if [ -n "$PLUGIN_DIR" ]; then die "no mo_ctl_udf.so in $PLUGIN_DIR (build the project first)"; fi
    die "mo_ctl_udf.so not found: build the project first or pass --plugin-dir"
}

# ---------------------------------------------------------------- stop
alive() { # a zombie (no init reaping it in a bare container) counts as gone
    kill -0 "$1" 2>/dev/null || return 1
    if [ -r "/proc/$1/status" ] && grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; then return 1; fi
    return 0
}
do_stop() {
    local pid
    if ! pid="$(server_pid)"; then
        rm -f "$PIDFILE"
        [ "$SOCK" = "$DIR/mysqld.sock" ] || rm -f "$SOCK" "$SOCK.lock"
        return 0
    fi
    kill -CONT "$pid" 2>/dev/null || true # a test may have SIGSTOPped it
    local tmo=()
    command -v timeout >/dev/null 2>&1 && tmo=(timeout 10)
    "${tmo[@]}" env MYSQL_PWD="$ADMIN_PASSWORD" "$CLIENT" --no-defaults --protocol=socket --socket="$SOCK" \
        --user="$ADMIN_USER" --connect-timeout=3 -e "SHUTDOWN" >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.1; done
    fi
    if alive "$pid"; then
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
    fi
    alive "$pid" && die "could not stop mariadbd (pid $pid)"
    rm -f "$PIDFILE"
    [ "$SOCK" = "$DIR/mysqld.sock" ] || rm -f "$SOCK" "$SOCK.lock"
    return 0
}

# ---------------------------------------------------------------- start
bootstrap() { # creates the system tables in $1 (an empty directory)
    local target="$1" share="" d user_opt=()
    [ "$(id -u)" -eq 0 ] && user_opt=(--user=root)
    for d in /usr/share/mariadb /usr/share/mysql; do
        if [ -f "$d/mysql_system_tables.sql" ] && [ -f "$d/mysql_system_tables_data.sql" ]; then share="$d"; break; fi
    done
    mkdir -p "$target"
    if [ -n "$share" ]; then
        # What mariadb-install-db does, minus the 2.5 MB of help tables and the sys schema: 2x faster.
        if {
            echo "create database if not exists mysql;"
            echo "use mysql;"
            echo "SET @auth_root_socket=NULL;"
            cat "$share/mysql_system_tables.sql"
            [ -f "$share/mysql_performance_tables.sql" ] && cat "$share/mysql_performance_tables.sql"
            cat "$share/mysql_system_tables_data.sql"
        } | "$MARIADBD" --no-defaults --lc-messages=en_US --bootstrap --silent-startup --datadir="$target" \
                --log-warnings=0 --enforce-storage-engine= "${user_opt[@]}" --max-allowed-packet=8M \
                --net-buffer-length=16K "${INNODB_OPTS[@]}" >"$DIR/bootstrap.log" 2>&1; then
            return 0
        fi
        note "bootstrap failed, falling back to mariadb-install-db:"; cat "$DIR/bootstrap.log" >&2
        rm -rf "$target"; mkdir -p "$target"
    fi
    local installer
    installer="$(find_prog mariadb-install-db mysql_install_db)" || die "mariadb-install-db not found"
    "$installer" --no-defaults --datadir="$target" --auth-root-authentication-method=normal --skip-test-db \
        --skip-name-resolve "${user_opt[@]}" >"$DIR/bootstrap.log" 2>&1 \
        || { cat "$DIR/bootstrap.log" >&2; die "mariadb-install-db failed"; }
}

# A freshly bootstrapped data directory is kept in DIR/.template (per mariadbd version) and copied:
# restarting a stand-in in the same DIR then skips the bootstrap (about 2-3 s).
make_datadir() {
    local tpl="$DIR/.template" stamp
    stamp="$("$MARIADBD" --version 2>/dev/null) $(cksum <"${BASH_SOURCE[0]}" | cut -d' ' -f1)"
    if [ ! -d "$tpl/data" ] || [ "$(cat "$tpl/stamp" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$tpl"
        bootstrap "$tpl/data.new"
        mv "$tpl/data.new" "$tpl/data"
        printf '%s' "$stamp" >"$tpl/stamp"
    fi
    cp -a "$tpl/data" "$DATA"
}

launch() { # launch PORT PLUGIN_DIR -> 0 started, 1 failed, 2 port in use
    local port="$1" plugins="$2" user_opt=()
    [ "$(id -u)" -eq 0 ] && user_opt=(--user=root)
    : >"$ERRLOG"
    local launcher=()
    command -v setsid >/dev/null 2>&1 && launcher=(setsid)
    # The server must not keep the caller's stdout/stderr open (ctest waits for them to close).
    MOCTL_STANDIN_DATADIR="$DATA" MOCTL_STANDIN_SOCKET="$SOCK" \
    MOCTL_STANDIN_INTERNAL_USER="$ADMIN_USER" MOCTL_STANDIN_INTERNAL_PASSWORD="$ADMIN_PASSWORD" \
    "${launcher[@]}" "$MARIADBD" --no-defaults "${user_opt[@]}" \
        --datadir="$DATA" --socket="$SOCK" --port="$port" --bind-address=127.0.0.1 \
        --pid-file="$PIDFILE" --log-error="$ERRLOG" --general-log=1 --general-log-file="$GENLOG" \
        --log-output=FILE --plugin-dir="$plugins" --version="8.0.30-MatrixOne-v$VERSION" \
        --tmpdir="$DIR/tmp" --lc-messages=en_US --skip-name-resolve --max-connections=300 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        "${INNODB_OPTS[@]}" \
        --key-buffer-size=1M --aria-pagecache-buffer-size=8M --performance-schema=0 \
        --table-open-cache=400 --thread-cache-size=32 --max-allowed-packet=64M \
        </dev/null >>"$DIR/mariadbd.out" 2>&1 &
    local child=$!
    local deadline=$((SECONDS + START_TIMEOUT))
    while [ $SECONDS -lt $deadline ]; do
        if ! kill -0 "$child" 2>/dev/null; then
            wait "$child" 2>/dev/null || true
            if grep -qiE "bind on tcp/ip port|address already in use" "$ERRLOG"; then return 2; fi
            return 1
        fi
        if [ -S "$SOCK" ] && MYSQL_PWD="" "$ADMIN" --no-defaults --protocol=socket --socket="$SOCK" \
                --user=root --connect-timeout=2 ping >/dev/null 2>&1; then
            for _ in $(seq 1 50); do [ -s "$PIDFILE" ] && break; sleep 0.1; done
            return 0
        fi
        sleep 0.1
    done
    kill -KILL "$child" 2>/dev/null || true
    return 1
}

setup_sql() {
    cat <<SQL
SET SESSION sql_log_off = 1; -- keep setup and seeding out of the general log the tests read
-- bootstrap leaves passwordless roots for every host: keep localhost and 127.0.0.1 only
DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host NOT IN ('localhost', '127.0.0.1'));
DELETE FROM mysql.proxies_priv WHERE Host NOT IN ('localhost', '127.0.0.1');
FLUSH PRIVILEGES;
CREATE USER IF NOT EXISTS '$ADMIN_USER'@'localhost' IDENTIFIED BY '$ADMIN_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$ADMIN_USER'@'localhost' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
ALTER USER 'root'@'localhost' IDENTIFIED BY '111';
ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '111';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'sys:root'@'%' IDENTIFIED BY '111';
GRANT ALL PRIVILEGES ON *.* TO 'sys:root'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'acc1:alice'@'%' IDENTIFIED BY 'alice';
GRANT SELECT ON *.* TO 'acc1:alice'@'%';
FLUSH PRIVILEGES;

CREATE OR REPLACE FUNCTION mo_ctl RETURNS STRING SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION mo_table_rows RETURNS INTEGER SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION mo_table_size RETURNS INTEGER SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION mo_standin_set RETURNS INTEGER SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION mo_standin_set_str RETURNS INTEGER SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION mo_standin_reset RETURNS INTEGER SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION mo_standin_stat RETURNS INTEGER SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION mo_standin_relid RETURNS INTEGER SONAME 'mo_ctl_udf.so';
CREATE OR REPLACE FUNCTION current_account_id RETURNS INTEGER SONAME 'mo_ctl_udf.so';

DROP DATABASE IF EXISTS sys;
CREATE DATABASE IF NOT EXISTS mo_catalog;
CREATE DATABASE IF NOT EXISTS mo_debug;
CREATE DATABASE IF NOT EXISTS mo_task;
CREATE DATABASE IF NOT EXISTS system;
CREATE DATABASE IF NOT EXISTS system_metrics;
CREATE TABLE IF NOT EXISTS mo_task.sys_async_task (task_id BIGINT PRIMARY KEY, task_status INT) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS system.statement_info (statement_id VARCHAR(36) PRIMARY KEY, statement TEXT,
    request_at DATETIME) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS system.rawlog (raw_item VARCHAR(32), node_uuid VARCHAR(36), timestamp DATETIME) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS system_metrics.metric (metric_name VARCHAR(128), collecttime DATETIME, value DOUBLE,
    node VARCHAR(36), role VARCHAR(32)) ENGINE=InnoDB;

-- MatrixOne's accounts (tenants); sys is account 0.
CREATE TABLE IF NOT EXISTS mo_catalog.mo_account (account_id INT UNSIGNED PRIMARY KEY,
    account_name VARCHAR(300) NOT NULL UNIQUE, status VARCHAR(300) NOT NULL DEFAULT 'open',
    created_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, comments VARCHAR(256) NOT NULL DEFAULT '') ENGINE=InnoDB;
INSERT IGNORE INTO mo_catalog.mo_account (account_id, account_name, comments) VALUES (0, 'sys', 'system account');
-- Index metadata (the columns the tool reads): an index table's parent is table_id.
CREATE TABLE IF NOT EXISTS mo_catalog.mo_indexes (id BIGINT UNSIGNED PRIMARY KEY, table_id BIGINT UNSIGNED NOT NULL,
    database_id BIGINT UNSIGNED NOT NULL, name VARCHAR(64) NOT NULL, type VARCHAR(11) NOT NULL,
    is_visible TINYINT NOT NULL DEFAULT 1, hidden TINYINT NOT NULL DEFAULT 0, column_name VARCHAR(256) NOT NULL,
    ordinal_position INT UNSIGNED NOT NULL DEFAULT 1, index_table_name VARCHAR(5000)) ENGINE=InnoDB;

-- MatrixOne's catalog: every table with its id; rel_id is the stand-in's hash of the names.
-- A tenant's databases are kept as acc<N>$<db> and shown as <db> with account_id N. Index tables
-- (__mo_index_*) are ordinary tables (relkind 'r' before v3.0), partition tables (%!%p%!%tbl) have
-- relkind 'partition'. As on MatrixOne, sys sees every account's rows, a tenant its own plus
-- mo_catalog's.
CREATE OR REPLACE SQL SECURITY INVOKER VIEW mo_catalog.mo_tables AS
SELECT * FROM (
SELECT CAST(mo_standin_relid(t.TABLE_SCHEMA, t.TABLE_NAME) AS UNSIGNED) AS rel_id,
       t.TABLE_NAME AS relname,
       IF(t.TABLE_SCHEMA REGEXP '^acc[0-9]+[$]', SUBSTRING(t.TABLE_SCHEMA, LOCATE('$', t.TABLE_SCHEMA) + 1),
          t.TABLE_SCHEMA) AS reldatabase,
       CAST(mo_standin_relid(t.TABLE_SCHEMA, '') AS UNSIGNED) AS reldatabase_id,
       CAST(CASE WHEN t.TABLE_TYPE = 'BASE TABLE' AND t.TABLE_NAME LIKE '\%!\%%\%!\%%' THEN 'partition'
                 WHEN t.TABLE_TYPE = 'BASE TABLE' THEN 'r' WHEN t.TABLE_TYPE = 'SEQUENCE' THEN 'S' ELSE 'v' END
            AS CHAR(16)) AS relkind,
       CAST(IF(t.TABLE_SCHEMA REGEXP '^acc[0-9]+[$]',
               SUBSTRING(t.TABLE_SCHEMA, 4, LOCATE('$', t.TABLE_SCHEMA) - 4), 0) AS UNSIGNED) AS account_id
FROM information_schema.TABLES AS t
WHERE t.TABLE_SCHEMA NOT IN ('performance_schema', 'sys')) AS r
WHERE current_account_id() = 0 OR r.account_id = current_account_id()
   OR (r.account_id = 0 AND r.reldatabase = 'mo_catalog');
CREATE OR REPLACE SQL SECURITY INVOKER VIEW mo_catalog.mo_database AS
SELECT * FROM (
SELECT CAST(mo_standin_relid(s.SCHEMA_NAME, '') AS UNSIGNED) AS dat_id,
       IF(s.SCHEMA_NAME REGEXP '^acc[0-9]+[$]', SUBSTRING(s.SCHEMA_NAME, LOCATE('$', s.SCHEMA_NAME) + 1),
          s.SCHEMA_NAME) AS datname,
       CAST('def' AS CHAR(8)) AS dat_catalog_name,
       CAST(IF(s.SCHEMA_NAME REGEXP '^acc[0-9]+[$]',
               SUBSTRING(s.SCHEMA_NAME, 4, LOCATE('$', s.SCHEMA_NAME) - 4), 0) AS UNSIGNED) AS account_id
FROM information_schema.SCHEMATA AS s
WHERE s.SCHEMA_NAME NOT IN ('performance_schema', 'sys')) AS d
WHERE current_account_id() = 0 OR d.account_id = current_account_id()
   OR (d.account_id = 0 AND d.datname = 'mo_catalog');
SQL
}

seed_demo_sql() {
    cat <<'SQL'
CREATE DATABASE IF NOT EXISTS production_db;
CREATE DATABASE IF NOT EXISTS analytics_db;
CREATE DATABASE IF NOT EXISTS inventory_db;
CREATE DATABASE IF NOT EXISTS staging_db;
USE production_db; -- seq_1_to_N (the SEQUENCE engine) needs a current database

CREATE TABLE production_db.users (
    id INT PRIMARY KEY, name VARCHAR(64) NOT NULL, email VARCHAR(128) NOT NULL,
    country CHAR(2) NOT NULL, created_at DATETIME NOT NULL) ENGINE=InnoDB;
INSERT INTO production_db.users
SELECT seq, CONCAT(ELT(1 + seq % 8, 'Alice', 'Bob', 'Chen', 'Dana', 'Emil', 'Fatima', 'Goro', 'Hana'), ' ',
                   ELT(1 + (seq DIV 8) % 6, 'Smith', 'Wang', 'Garcia', 'Kim', 'Novak', 'Okafor')),
       CONCAT('user', seq, '@example.com'), ELT(1 + seq % 5, 'US', 'CN', 'DE', 'BR', 'JP'),
       TIMESTAMP('2023-01-01') + INTERVAL seq * 7 HOUR
FROM seq_1_to_300;

CREATE TABLE production_db.products (
    id INT PRIMARY KEY, name VARCHAR(64) NOT NULL, price DECIMAL(10,2) NOT NULL, stock INT NOT NULL) ENGINE=InnoDB;
INSERT INTO production_db.products
SELECT seq, CONCAT(ELT(1 + seq % 6, 'Widget', 'Gadget', 'Sprocket', 'Gizmo', 'Doohickey', 'Bracket'), ' ', seq),
       ROUND(2 + (seq * 37 % 500) / 3, 2), seq * 13 % 250
FROM seq_1_to_120;

CREATE TABLE production_db.orders (
    id INT PRIMARY KEY, user_id INT NOT NULL, product_id INT NOT NULL, quantity INT NOT NULL,
    amount DECIMAL(12,2) NOT NULL, status VARCHAR(16) NOT NULL, created_at DATETIME NOT NULL,
    KEY (user_id), KEY (created_at)) ENGINE=InnoDB;
INSERT INTO production_db.orders
SELECT seq, 1 + seq * 7 % 300, 1 + seq * 11 % 120, 1 + seq % 4, ROUND((1 + seq % 4) * (2 + (seq * 37 % 500) / 3), 2),
       ELT(1 + seq % 4, 'new', 'paid', 'shipped', 'delivered'), TIMESTAMP('2024-01-01') + INTERVAL seq * 53 MINUTE
FROM seq_1_to_800;

CREATE TABLE production_db.audit_log (
    id BIGINT AUTO_INCREMENT PRIMARY KEY, actor VARCHAR(64), action VARCHAR(32), at DATETIME) ENGINE=InnoDB;
INSERT INTO production_db.audit_log (actor, action, at)
SELECT CONCAT('user', 1 + seq % 40), ELT(1 + seq % 3, 'login', 'update', 'logout'),
       TIMESTAMP('2024-03-01') + INTERVAL seq MINUTE
FROM seq_1_to_250;

CREATE TABLE analytics_db.metrics (
    id INT PRIMARY KEY, name VARCHAR(64) NOT NULL, value DOUBLE NOT NULL, ts DATETIME NOT NULL) ENGINE=InnoDB;
INSERT INTO analytics_db.metrics
SELECT seq, ELT(1 + seq % 4, 'cpu_usage', 'mem_usage', 'qps', 'latency_p99'), ROUND(seq * 7 % 100 + 0.5, 1),
       TIMESTAMP('2024-05-01') + INTERVAL seq * 5 MINUTE
FROM seq_1_to_500;

CREATE TABLE analytics_db.events (
    id INT PRIMARY KEY, type VARCHAR(32) NOT NULL, user_id INT, payload JSON, ts DATETIME NOT NULL) ENGINE=InnoDB;
INSERT INTO analytics_db.events
SELECT seq, ELT(1 + seq % 5, 'page_view', 'click', 'signup', 'purchase', 'logout'), 1 + seq % 300,
       JSON_OBJECT('session', CONCAT('s', seq DIV 10), 'n', seq), TIMESTAMP('2024-05-01') + INTERVAL seq * 3 MINUTE
FROM seq_1_to_600;

CREATE VIEW analytics_db.daily_events AS
    SELECT DATE(ts) AS day, type, COUNT(*) AS n FROM analytics_db.events GROUP BY DATE(ts), type;

CREATE TABLE inventory_db.warehouses (
    id INT PRIMARY KEY, city VARCHAR(64) NOT NULL, capacity INT NOT NULL) ENGINE=InnoDB;
INSERT INTO inventory_db.warehouses VALUES
    (1, 'Shanghai', 12000), (2, 'Berlin', 8000), (3, 'Austin', 9500), (4, 'Sao Paulo', 7000), (5, 'Osaka', 6000);

CREATE TABLE inventory_db.stock_moves (
    id INT PRIMARY KEY, warehouse_id INT NOT NULL, product_id INT NOT NULL, delta INT NOT NULL, at DATETIME) ENGINE=InnoDB;
INSERT INTO inventory_db.stock_moves
SELECT seq, 1 + seq % 5, 1 + seq * 11 % 120, CAST(seq % 21 AS SIGNED) - 10, TIMESTAMP('2024-02-01') + INTERVAL seq * 17 MINUTE
FROM seq_1_to_400;

CREATE TABLE staging_db.import_batches (
    id INT PRIMARY KEY, source VARCHAR(64), rows_loaded INT, loaded_at DATETIME) ENGINE=InnoDB;
INSERT INTO staging_db.import_batches
SELECT seq, ELT(1 + seq % 3, 'crm', 'erp', 'web'), seq * 100, TIMESTAMP('2024-06-01') + INTERVAL seq HOUR
FROM seq_1_to_30;
SQL
}

seed_test_sql() {
    cat <<'SQL'
-- Names MatrixOne users do meet: dots (flush by id only), quotes, backticks, spaces, non-ASCII.
-- MariaDB identifiers are utf8mb3, so the emoji table uses U+2615 (a BMP emoji); 4-byte emoji
-- only appear in the data.
CREATE TABLE production_db.`my.table` (id INT PRIMARY KEY, v VARCHAR(16)) ENGINE=InnoDB;
INSERT INTO production_db.`my.table` SELECT seq, CONCAT('v', seq) FROM seq_1_to_5;
CREATE DATABASE `my.db`;
CREATE TABLE `my.db`.t (id INT PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO `my.db`.t SELECT seq FROM seq_1_to_3;
CREATE TABLE production_db.`o'brien` (id INT PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO production_db.`o'brien` VALUES (1), (2);
CREATE TABLE production_db.`back``tick` (id INT PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO production_db.`back``tick` VALUES (1);
CREATE TABLE production_db.`客户` (id INT PRIMARY KEY, 名字 VARCHAR(32)) ENGINE=InnoDB;
INSERT INTO production_db.`客户` VALUES (1, '张三'), (2, '李四'), (3, '王五'), (4, '赵六');
CREATE TABLE production_db.`☕` (id INT PRIMARY KEY, note VARCHAR(32)) ENGINE=InnoDB;
INSERT INTO production_db.`☕` VALUES (1, 'espresso 😀'), (2, 'latte 🎉');
CREATE TABLE production_db.`order items` (id INT PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO production_db.`order items` VALUES (1), (2), (3);
CREATE TABLE production_db.empty_table (id INT PRIMARY KEY) ENGINE=InnoDB;

-- Tenants: accounts acc1 (1) and acc2 (2) each own production_db.users, as sys does (stored as
-- acc<N>$production_db; mo_tables shows them as production_db with their account_id).
INSERT IGNORE INTO mo_catalog.mo_account (account_id, account_name, comments) VALUES
    (1, 'acc1', 'tenant one'), (2, 'acc2', 'tenant two');
CREATE DATABASE `acc1$production_db`;
CREATE TABLE `acc1$production_db`.users (id INT PRIMARY KEY, name VARCHAR(32)) ENGINE=InnoDB;
INSERT INTO `acc1$production_db`.users SELECT seq, CONCAT('a1-', seq) FROM seq_1_to_3;
CREATE TABLE `acc1$production_db`.invoices (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE DATABASE `acc2$production_db`;
CREATE TABLE `acc2$production_db`.users (id INT PRIMARY KEY, name VARCHAR(32)) ENGINE=InnoDB;
INSERT INTO `acc2$production_db`.users SELECT seq, CONCAT('a2-', seq) FROM seq_1_to_7;

-- MatrixOne's internal tables: a secondary index table of production_db.users (linked through
-- mo_catalog.mo_indexes.index_table_name) and the partition tables of sales_db.orders_by_month
-- (named %!%<partition>%!%<table>, relkind 'partition').
CREATE TABLE production_db.`__mo_index_secondary_0190d2a1-7c41-7000-8000-000000000001`
    (__mo_index_idx_col VARCHAR(64), __mo_index_pri_col INT) ENGINE=InnoDB;
INSERT INTO mo_catalog.mo_indexes (id, table_id, database_id, name, type, column_name, index_table_name)
SELECT 1, mo_standin_relid('production_db', 'users'), mo_standin_relid('production_db', ''), 'idx_email', 'MULTIPLE',
       'email', '__mo_index_secondary_0190d2a1-7c41-7000-8000-000000000001';
CREATE DATABASE sales_db;
CREATE TABLE sales_db.orders_by_month (id INT PRIMARY KEY, m INT) ENGINE=InnoDB;
CREATE TABLE sales_db.`%!%p2024%!%orders_by_month` (id INT PRIMARY KEY, m INT) ENGINE=InnoDB;
CREATE TABLE sales_db.`%!%p2025%!%orders_by_month` (id INT PRIMARY KEY, m INT) ENGINE=InnoDB;
SQL
}

do_start() {
    local pid plugins port rc
    if pid="$(server_pid)"; then
        if [ $FRESH -eq 0 ] && [ -s "$ENVFILE" ]; then
            admin_sql -e "SELECT mo_standin_reset()" >/dev/null 2>&1 || true
            note "already running in $DIR (pid $pid, port $(env_value MOCTL_STANDIN_PORT)): reusing it"
            cat "$ENVFILE"
            return 0
        fi
        note "stopping the server running in $DIR to start afresh"
        do_stop
    fi
    if [ ! -f "$MARKER" ] && [ -n "$(ls -A "$DIR")" ]; then
        die "$DIR is not empty and was not made by standin.sh: refusing to use it"
    fi
    plugins="$(find_plugin_dir)"
    touch "$MARKER"
    rm -rf "$DATA" "$DIR/tmp" "$ENVFILE" "$ERRLOG" "$GENLOG" "$DIR/mariadbd.out" "$DIR/bootstrap.log" "$PIDFILE"
    mkdir -p "$DIR/tmp"
    make_datadir

    for _ in 1 2 3 4 5; do
        if [ "$PORT" = auto ]; then port="$(pick_port)"; else port="$PORT"; fi
        rc=0; launch "$port" "$plugins" || rc=$?
        [ $rc -eq 0 ] && break
        if [ $rc -eq 2 ] && [ "$PORT" = auto ]; then continue; fi
        echo "standin: mariadbd did not start within ${START_TIMEOUT}s; error log ($ERRLOG):" >&2
        cat "$ERRLOG" >&2 || true
        [ -s "$DIR/mariadbd.out" ] && cat "$DIR/mariadbd.out" >&2
        [ $rc -eq 2 ] && die "port $port is in use"
        die "start failed"
    done
    [ "$rc" -eq 0 ] || die "could not find a free port"

    setup_sql | sql_as root "" || { cat "$ERRLOG" >&2; die "setting up users and functions failed"; }
    case "$SEED" in
        demo) { echo "SET SESSION sql_log_off = 1;"; seed_demo_sql; } | admin_sql || die "seeding demo data failed" ;;
        test) { echo "SET SESSION sql_log_off = 1;"; seed_demo_sql; seed_test_sql; } | admin_sql \
                  || die "seeding test data failed" ;;
    esac

    pid="$(server_pid)" || die "the server died during setup; see $ERRLOG"
    {
        echo "MOCTL_STANDIN_HOST=127.0.0.1"
        echo "MOCTL_STANDIN_PORT=$port"
        echo "MOCTL_STANDIN_SOCKET=$SOCK"
        echo "MOCTL_STANDIN_USER=sys:root"
        echo "MOCTL_STANDIN_PASSWORD=111"
        echo "MOCTL_STANDIN_PID=$pid"
        echo "MOCTL_STANDIN_GENERAL_LOG=$GENLOG"
        echo "MOCTL_STANDIN_ERROR_LOG=$ERRLOG"
        echo "MOCTL_STANDIN_VERSION=8.0.30-MatrixOne-v$VERSION"
    } >"$ENVFILE.tmp"
    mv -f "$ENVFILE.tmp" "$ENVFILE"
    note "MatrixOne stand-in running on 127.0.0.1:$port (pid $pid, seed $SEED); settings in $ENVFILE"
}

do_status() {
    local pid
    if pid="$(server_pid)"; then
        echo "running pid=$pid port=$(env_value MOCTL_STANDIN_PORT) socket=$SOCK dir=$DIR"
        return 0
    fi
    echo "stopped dir=$DIR"
    return 3
}

do_sql() {
    server_pid >/dev/null || die "no server running in $DIR"
    local args=()
    [ -n "$DB" ] && args+=(--database="$DB")
    if [ $HAVE_SQL -eq 1 ]; then
        admin_sql "${args[@]}" -e "$SQL_TEXT"
    else
        admin_sql "${args[@]}"
    fi
}

case "$CMD" in
    start) do_start ;;
    stop) do_stop; note "stopped ($DIR)" ;;
    status) do_status ;;
    sql) do_sql ;;
    -h|--help|help) usage 0 ;;
    *) die "unknown command '$CMD' (start, stop, status, sql)" ;;
esac
