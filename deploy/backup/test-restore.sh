#!/usr/bin/env bash
# Restore test, run by .ci/run: fills a fresh database with the demo (and a SEPA collection,
# so fee, mandate, notice and outbox tables have rows), backs it up encrypted with backup.sh,
# restores it with restore.sh into another fresh database and compares the row count of
# every table. Once for PostgreSQL, once for SQLite.
#
#   test-restore.sh KITAPLATZ_BINARY POSTGRES_ADMIN_URL
#
# POSTGRES_ADMIN_URL must be allowed to create databases (e.g. postgres://postgres@127.0.0.1:5432/postgres).
# Needs age, sqlite3, pg_dump/pg_restore/psql.
set -euo pipefail

BIN=$(readlink -f -- "${1:?kitaplatz binary}")
ADMIN_URL=${2:?PostgreSQL admin URL}
HERE=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
WORK=$(mktemp -d)
SRC_DB=kp_restore_src
DST_DB=kp_restore_dst
trap 'rm -rf -- "$WORK"' EXIT

log() { printf 'test-restore: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
admin() { psql -X -q -t -A -v ON_ERROR_STOP=1 --dbname="$ADMIN_URL" -c "$1"; }
db_url() { printf '%s/%s' "${ADMIN_URL%/*}" "$1"; }

age-keygen -o "$WORK/key.txt" 2>/dev/null
age-keygen -y "$WORK/key.txt" >"$WORK/recipients.txt"

# The demo plus a collection three weeks ahead (pre-notification period: 14 days).
fill() {
    local url=$1
    (
        cd "$WORK"
        export KITAPLATZ_DATABASE_URL=$url
        "$BIN" seed --demo >/dev/null
        "$BIN" sepa export --municipality musterstadt \
            --collection-date "$(date -d '+21 days' +%Y-%m-%d)" --output "$WORK/sepa.xml" >/dev/null
    )
}

# "table count" lines, sorted.
pg_counts() {
    local url=$1 t
    for t in $(psql -X -t -A --dbname="$url" -c \
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"); do
        printf '%s %s\n' "$t" "$(psql -X -t -A --dbname="$url" -c "SELECT count(*) FROM \"$t\"")"
    done
}
sqlite_counts() {
    local db=$1 t
    for t in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"); do
        printf '%s %s\n' "$t" "$(sqlite3 "$db" "SELECT count(*) FROM \"$t\"")"
    done
}

compare() {
    local what=$1 before=$2 after=$3
    [[ -s $before ]] || die "$what: no tables counted"
    if ! diff -u "$before" "$after"; then
        die "$what: row counts differ after the restore"
    fi
    local tables rows
    tables=$(wc -l <"$before")
    rows=$(awk '{ s += $2 } END { print s }' "$before")
    [[ $rows -gt 100 ]] || die "$what: only $rows rows; the demo did not fill the database"
    log "$what: $tables tables, $rows rows, equal after the restore"
}

# --- PostgreSQL ----------------------------------------------------------------------
for db in "$SRC_DB" "$DST_DB"; do
    admin "DROP DATABASE IF EXISTS $db"
    admin "CREATE DATABASE $db"
done
fill "$(db_url "$SRC_DB")"
mkdir "$WORK/pg"
KITAPLATZ_BACKUP_RECIPIENTS="$WORK/recipients.txt" \
    "$HERE/backup.sh" --database "$(db_url "$SRC_DB")" --dir "$WORK/pg" --keep-days 0
backup=$(ls "$WORK"/pg/kitaplatz-*.dump.age)
[[ $(head -c 21 "$backup") == "age-encryption.org/v1" ]] || die "the PostgreSQL backup is not encrypted"
if grep -q "musterstadt" "$backup"; then die "plain text in the encrypted backup"; fi
ls "$WORK"/pg | grep -qv '\.age$' && die "an unencrypted file was left: $(ls "$WORK"/pg)"
# Without the key there is no restore.
if "$HERE/restore.sh" --database "$(db_url "$DST_DB")" --dir "$WORK/pg" "$backup" 2>/dev/null; then
    die "restored without the key"
fi
"$HERE/restore.sh" --database "$(db_url "$DST_DB")" --dir "$WORK/pg" --identity "$WORK/key.txt" "$backup"
pg_counts "$(db_url "$SRC_DB")" >"$WORK/pg-before"
pg_counts "$(db_url "$DST_DB")" >"$WORK/pg-after"
compare PostgreSQL "$WORK/pg-before" "$WORK/pg-after"
for db in "$SRC_DB" "$DST_DB"; do admin "DROP DATABASE $db"; done

# --- SQLite --------------------------------------------------------------------------
fill "$WORK/src.db"
mkdir "$WORK/sqlite"
KITAPLATZ_BACKUP_RECIPIENTS="$WORK/recipients.txt" \
    "$HERE/backup.sh" --database "$WORK/src.db" --dir "$WORK/sqlite" --keep-days 0
backup=$(ls "$WORK"/sqlite/kitaplatz-*.sqlite3.gz.age)
"$HERE/restore.sh" --database "$WORK/dst.db" --dir "$WORK/sqlite" --identity "$WORK/key.txt" "$backup"
sqlite_counts "$WORK/src.db" >"$WORK/sqlite-before"
sqlite_counts "$WORK/dst.db" >"$WORK/sqlite-after"
compare SQLite "$WORK/sqlite-before" "$WORK/sqlite-after"

log "passed"
