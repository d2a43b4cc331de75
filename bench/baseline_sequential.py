#!/usr/bin/env python3
"""The sequential loop a maintenance script would do: one connection, the same statements, one after
another. Reads one statement per line on stdin, sends them all, prints
    WALL_MS <milliseconds from connect to the last reply> OK <replies> FAILED <errors>
The password comes from $MOCTL_BENCH_PASSWORD (never from the command line). Needs python3-pymysql."""
import argparse
import os
import sys
import time

import pymysql


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", default="root")
    parser.add_argument("--database", default=None)
    args = parser.parse_args()
    statements = [line.strip() for line in sys.stdin if line.strip()]

    start = time.perf_counter()
    conn = pymysql.connect(host=args.host, port=args.port, user=args.user,
                           password=os.environ.get("MOCTL_BENCH_PASSWORD", ""),
                           database=args.database or None, autocommit=True)
    ok = failed = 0
    try:
        with conn.cursor() as cur:
            for sql in statements:
                try:
                    cur.execute(sql)
                    row = cur.fetchone()
                    if row and '"OK"' in str(row[0]).replace("'", '"'):
                        ok += 1
                    else:
                        failed += 1
                except pymysql.MySQLError as e:
                    failed += 1
                    print("error:", e, file=sys.stderr)
    finally:
        conn.close()
    wall_ms = (time.perf_counter() - start) * 1000.0
    print(f"WALL_MS {wall_ms:.3f} OK {ok} FAILED {failed}")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
