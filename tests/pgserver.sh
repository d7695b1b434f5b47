#!/usr/bin/env bash
# A private PostgreSQL server for the sandbox, the tests and the benchmarks.
#
#   tests/pgserver.sh start DIR [PORT] [tuned] [OPTIONS]
#                                               initdb (first time) + pg_ctl start; prints the DSN;
#                                               OPTIONS: more server options ("-c ssl=on -c ...")
#   tests/pgserver.sh stop DIR                  pg_ctl stop -m fast (no error when not running)
#   tests/pgserver.sh restart DIR               pg_ctl restart -m fast (for fault tests)
#   tests/pgserver.sh dsn DIR                   prints the DSN of a started server
#
# DIR holds pgdata/, socket/, log and a file "dsn". The server listens on a unix socket in DIR/socket
# and on 127.0.0.1:PORT (a free port from 55432 up when PORT is omitted), trusts local connections
# only, and runs as a non-root user: PostgreSQL refuses to run as root, so when we are root the
# binaries run as "postgres" (the Debian package's user). "tuned" turns off fsync for test speed.
set -euo pipefail

die() { echo "pgserver: $*" >&2; exit 1; }

bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && echo "$d"
    done | sort -V | tail -n 1
}

BIN=$(bindir)
[ -n "$BIN" ] || die "PostgreSQL server binaries not found (apt-get install postgresql)"

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: $0 start|stop|restart|dsn DIR [PORT] [tuned]"

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || die "user 'postgres' missing (apt-get install postgresql)"
        chown postgres: "$dir"
        runuser -u postgres -- test -w "$dir" ||
            die "$dir is not reachable by user postgres (a parent directory is private); choose another DIR"
    fi
    if [ -f "$dir/pgdata/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$dir/pgdata" status >/dev/null 2>&1; then
        cat "$dir/dsn"
        exit 0
    fi
    if [ ! -f "$dir/pgdata/PG_VERSION" ]; then
        rm -rf "$dir/pgdata"
        as_owner "$BIN/initdb" -D "$dir/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    fi
    as_owner mkdir -p "$dir/socket"
    port=${3:-}
    if [ -z "$port" ]; then
        port=55432
        while port_in_use "$port"; do port=$((port + 1)); done
    fi
    opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket"
    if [ "${4:-}" = tuned ]; then
        opts="$opts -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
    fi
    if [ -n "${5:-}" ]; then
        opts="$opts $5"
    fi
    as_owner "$BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null ||
        { tail -n 20 "$dir/server.log" >&2; die "pg_ctl start failed"; }
    echo "host=$dir/socket port=$port user=postgres dbname=postgres" >"$dir/dsn"
    echo "$port" >"$dir/port"
    cat "$dir/dsn"
    ;;
stop)
    [ -d "$dir/pgdata" ] || exit 0
    as_owner "$BIN/pg_ctl" -D "$dir/pgdata" -m fast -w stop >/dev/null 2>&1 || true
    ;;
restart)
    as_owner "$BIN/pg_ctl" -D "$dir/pgdata" -m fast -w -t 60 restart >/dev/null ||
        { tail -n 20 "$dir/server.log" >&2; die "pg_ctl restart failed"; }
    ;;
dsn)
    cat "$dir/dsn"
    ;;
*)
    die "unknown command $cmd"
    ;;
esac
