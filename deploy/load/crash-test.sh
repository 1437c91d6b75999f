#!/usr/bin/env bash
# Crash test of registration day (DESIGN.md §7): a fresh database with the demo, a server,
# `kitaplatz bench load` submitting care requests through the JSON API, `kill -9` of the
# server in the middle of it, a restart on the same database, and then the check that every
# submission answered with 201 is stored exactly once (and no child twice).
#
#   crash-test.sh KITAPLATZ_BINARY sqlite|POSTGRES_ADMIN_URL
#
# POSTGRES_ADMIN_URL must be allowed to create databases (e.g.
# postgres://postgres@127.0.0.1:5432/postgres); a fresh database kp_crash_<pid> is made and
# dropped again. Settings (environment):
#   RATE=500        submissions per second (open loop)
#   LOAD_SECONDS=30 how long the driver sends
#   KILL_AFTER=10   seconds after the start of the load until `kill -9`; `none` = no crash
#                   (a plain load run: submissions, then a parent-pages run, then the check)
#   PAGES_SECONDS=2 without a crash: how long the parent-pages run lasts (at RATE)
#   RESTART_AFTER=1 seconds the server stays down
#   REGISTER=off    `on`: the register simulator on 127.0.0.1:8090 (must be free; the demo's
#                   municipalities ask it there) and the background check worker, as on a
#                   real registration day; `off`: neither (they are not under test here)
#   KEEP=1          keep the work folder (logs, acked.tsv, stored.tsv, reports)
# Needs curl, and sqlite3 or psql. Exits non-zero on any lost or duplicated submission.
set -euo pipefail

BIN=$(readlink -f -- "${1:?kitaplatz binary}")
TARGET=${2:?sqlite or a PostgreSQL admin URL}
RATE=${RATE:-500}
LOAD_SECONDS=${LOAD_SECONDS:-30}
KILL_AFTER=${KILL_AFTER:-10}
RESTART_AFTER=${RESTART_AFTER:-1}
HERE=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
REPO=$(readlink -f -- "$HERE/../..")
WORK=$(mktemp -d)
TAG="crash$$"
PG_DB="kp_crash_$$"
SERVER_PID=""
DRIVER_PID=""

log() { printf 'crash-test: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

cleanup() {
    local rc=$?
    for pid in "$DRIVER_PID" "$SERVER_PID"; do
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    if [[ $TARGET != sqlite ]]; then
        PGOPTIONS="-c client_min_messages=warning" psql -X -q --dbname="$TARGET" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
    fi
    if [[ ${KEEP:-0} == 1 ]]; then
        log "work folder kept: $WORK"
    else
        rm -rf -- "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT

# A free port: the first of 8300… that nothing listens on.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${KITAPLATZ_CRASH_PORT:-8300}
while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
BASE="http://127.0.0.1:$PORT"

if [[ $TARGET == sqlite ]]; then
    DB_URL="$WORK/kitaplatz.db"
    BACKEND=SQLite
else
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 --dbname="$TARGET" -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
    DB_URL="${TARGET%/*}/$PG_DB"
    BACKEND=PostgreSQL
fi

# The server's configuration: its own folder, no register simulator or worker (not under
# test here, and port 8090 may be taken), the API limit raised for the one load token (see
# docs/benchmarks.md, "Registration day load").
export KITAPLATZ_DATABASE_URL="$DB_URL"
export KITAPLATZ_PORT="$PORT"
export KITAPLATZ_PUBLIC_URL="$BASE"
export KITAPLATZ_SECRET_KEY
KITAPLATZ_SECRET_KEY=$(head -c 32 /dev/urandom | base64)
export KITAPLATZ_FIELD_KEYS_FILE="$WORK/field-keys"
export KITAPLATZ_MAIL_DIR="$WORK/mail"
export KITAPLATZ_TEMPLATE_DIR="$REPO/templates"
if [[ ${REGISTER:-off} == on ]]; then
    port_free 8090 || die "REGISTER=on needs port 8090 for the register simulator"
    export KITAPLATZ_REGISTER_SIMULATOR=127.0.0.1:8090
    export KITAPLATZ_REGISTER_WORKER=true
else
    export KITAPLATZ_REGISTER_SIMULATOR=""
    export KITAPLATZ_REGISTER_WORKER=false
fi
export KITAPLATZ_API_REQUESTS_PER_MINUTE=60000
unset DATABASE_URL RUST_LOG

start_server() {
    local n=$1
    (cd "$WORK" && exec "$BIN" serve) >"$WORK/server$n.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 600); do
        if curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; then return 0; fi
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server$n.log" >&2; die "the server did not start"; }
        sleep 0.1
    done
    die "the server did not answer /healthz within 60 s"
}

log "$BACKEND, port $PORT, $RATE/s for $LOAD_SECONDS s, kill -9 after ${KILL_AFTER} s, register ${REGISTER:-off}"
start_server 1
TOKEN=$(cd "$WORK" && "$BIN" api-token create --municipality musterstadt --name "Lasttest $TAG" --write) \
    || die "kitaplatz api-token create failed (exit $?)"
[[ $TOKEN == kp_* ]] || die "no API token: $TOKEN"

"$BIN" bench load --base-url "$BASE" --municipality musterstadt --token "$TOKEN" \
    --rate "$RATE" --seconds "$LOAD_SECONDS" --timeout 5 --run-tag "$TAG" \
    --acked "$WORK/acked.tsv" --json "$WORK/submissions.json" >"$WORK/driver.log" 2>&1 &
DRIVER_PID=$!

acked_before=0
if [[ $KILL_AFTER != none ]]; then
    sleep "$KILL_AFTER"
    kill -9 "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    acked_before=$(wc -l <"$WORK/acked.tsv" 2>/dev/null || echo 0)
    log "server killed (kill -9) with $acked_before submissions acknowledged"
    sleep "$RESTART_AFTER"
    start_server 2
    log "server restarted on the same database"
fi

driver_rc=0
wait "$DRIVER_PID" || driver_rc=$?
DRIVER_PID=""
cat "$WORK/driver.log" >&2
[[ $driver_rc == 0 ]] || die "the load driver failed (exit $driver_rc)"
acked_total=$(wc -l <"$WORK/acked.tsv" 2>/dev/null || echo 0)
[[ $acked_total -gt 0 ]] || die "no submission was acknowledged"
if [[ $KILL_AFTER != none ]]; then
    [[ $acked_before -gt 0 ]] || die "nothing was acknowledged before the crash"
    [[ $acked_total -gt $acked_before ]] || die "nothing was acknowledged after the restart"
else
    # An overloaded server still works off requests whose clients gave up; wait for it.
    for _ in $(seq 1 300); do
        curl -fsS -m 1 -o /dev/null "$BASE/healthz" 2>/dev/null && break
        sleep 1
    done
    "$BIN" bench load --pages --base-url "$BASE" --municipality musterstadt \
        --rate "$RATE" --seconds "${PAGES_SECONDS:-2}" --timeout 5 --json "$WORK/pages.json" >&2 \
        || die "the parent-pages run failed"
fi

# Stop the server, so that the database holds still while it is read: an overloaded server
# is still working off requests whose clients gave up.
kill -TERM "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

# What the database holds for this run (children live in the run's street).
STREET="Lastprobe $TAG"
if [[ $TARGET == sqlite ]]; then
    sqlite3 "$DB_URL" "SELECT a.id || char(9) || c.first_names || '|' || c.last_name || '|' || c.birth_date
        FROM applications a JOIN children c ON c.id = a.child_id WHERE c.street = '$STREET'" >"$WORK/stored.tsv"
    children=$(sqlite3 "$DB_URL" "SELECT count(*) FROM children WHERE street = '$STREET'")
else
    psql -X -q -t -A --dbname="$DB_URL" -c "SELECT a.id || E'\t' || c.first_names || '|' || c.last_name || '|' || to_char(c.birth_date, 'YYYY-MM-DD')
        FROM applications a JOIN children c ON c.id = a.child_id WHERE c.street = '$STREET'" >"$WORK/stored.tsv"
    children=$(psql -X -q -t -A --dbname="$DB_URL" -c "SELECT count(*) FROM children WHERE street = '$STREET'")
fi
stored=$(wc -l <"$WORK/stored.tsv")
# A child without its application would be half a transaction.
[[ $children == "$stored" ]] || die "$children children of the run but $stored applications"

"$BIN" bench load-verify --acked "$WORK/acked.tsv" --stored "$WORK/stored.tsv" >&2 \
    || die "acknowledged submissions lost or duplicated"
log "PASSED ($BACKEND): $acked_total acknowledged ($acked_before before the kill), $stored stored, all exactly once"
