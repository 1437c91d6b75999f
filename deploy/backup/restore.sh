#!/usr/bin/env bash
# Restores a kitaplatz backup made by backup.sh.
#
#   restore.sh [--force] [--database URL] [--env-file FILE] [--dir DIR]
#              [--identity KEYFILE] BACKUP_FILE
#
# BACKUP_FILE is one of:
#   *.dump                      PostgreSQL custom-format dump (pg_dump -Fc)
#   *.sqlite3.gz, *.sqlite3     SQLite database copy
#   any of these + .age         encrypted by backup.sh; decrypted with the age private key
#                               in KEYFILE (--identity or KITAPLATZ_BACKUP_IDENTITY)
# The target database is chosen as in backup.sh (--database, KITAPLATZ_DATABASE_URL or
# DATABASE_URL, else the env file /etc/kitaplatz/kitaplatz.env). The backup must be of
# the same kind as the target.
#
# If the target database already has data, the script refuses to run unless --force is
# given. With --force it first saves the current database as
# DIR/kitaplatz-pre-restore-TIMESTAMP.* (DIR: --dir, KITAPLATZ_BACKUP_DIR or
# /var/backups/kitaplatz). It then replaces the database completely.
# Stop the service first (systemctl stop kitaplatz) and start it afterwards: pending
# migrations then run automatically.
set -euo pipefail
umask 077

FORCE=no
BACKUP_DIR=${KITAPLATZ_BACKUP_DIR:-/var/backups/kitaplatz}
WORK_DIR=${KITAPLATZ_WORK_DIR:-/var/lib/kitaplatz}
ENV_FILE=${KITAPLATZ_ENV_FILE:-/etc/kitaplatz/kitaplatz.env}
SERVICE=${KITAPLATZ_SERVICE:-kitaplatz.service}
IDENTITY=${KITAPLATZ_BACKUP_IDENTITY:-}
DB_URL=
FILE=

log() { printf 'kitaplatz-restore: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
usage() { sed -n '2,22s/^# \{0,1\}//p' "$0"; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --force) FORCE=yes; shift ;;
        --database) DB_URL=${2:?--database needs a value}; shift 2 ;;
        --env-file) ENV_FILE=${2:?--env-file needs a value}; shift 2 ;;
        --dir) BACKUP_DIR=${2:?--dir needs a value}; shift 2 ;;
        --identity) IDENTITY=${2:?--identity needs a value}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) usage >&2; die "unknown option: $1" ;;
        *) [[ -z $FILE ]] || die "only one backup file allowed"; FILE=$1; shift ;;
    esac
done
[[ -n $FILE ]] || { usage >&2; die "no backup file given"; }
[[ -f $FILE && -r $FILE ]] || die "backup file not readable: $FILE"

# Shared helpers and the DB_URL lookup (KITAPLATZ_DATABASE_URL, DATABASE_URL, env file).
# shellcheck source=common.sh
source "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/common.sh"

# An encrypted backup is decrypted into a private temporary directory first.
PLAIN_DIR=
cleanup_plain() { if [[ -n $PLAIN_DIR ]]; then rm -rf -- "$PLAIN_DIR"; fi; }
if [[ $FILE == *.age ]]; then
    command -v age >/dev/null || die "age not found (apt-get install age)"
    [[ -n $IDENTITY && -r $IDENTITY ]] || die "encrypted backup: give the age private key with --identity KEYFILE"
    PLAIN_DIR=$(mktemp -d)
    trap cleanup_plain EXIT
    inner=$(basename -- "${FILE%.age}")
    log "decrypting $FILE"
    age --decrypt --identity "$IDENTITY" --output "$PLAIN_DIR/$inner" -- "$FILE" ||
        die "cannot decrypt $FILE with $IDENTITY"
    FILE="$PLAIN_DIR/$inner"
fi

# Kind of the backup file, by content (not only by name).
magic=$(head -c 16 -- "$FILE" | tr -d '\0')
case $FILE in
    *.dump) [[ $magic == PGDMP* ]] || die "not a pg_dump custom-format file: $FILE"; KIND=postgres ;;
    *.sqlite3.gz) gzip -t -- "$FILE" || die "corrupt gzip file: $FILE"; KIND=sqlite ;;
    *.sqlite3 | *.db) [[ $magic == "SQLite format 3" ]] || die "not an SQLite database: $FILE"; KIND=sqlite ;;
    *) die "unknown backup type (expected .dump, .sqlite3.gz or .sqlite3): $FILE" ;;
esac

case $DB_URL in
    postgres://* | postgresql://*) TARGET=postgres ;;
    *) TARGET=sqlite ;;
esac
[[ $KIND == "$TARGET" ]] || die "backup is $KIND but the configured database is $TARGET"

# The app must not write while the database is replaced.
if command -v systemctl >/dev/null && systemctl is-active --quiet "$SERVICE" 2>/dev/null; then
    die "$SERVICE is running; stop it first: systemctl stop $SERVICE"
fi

STAMP=$(date +%Y%m%d-%H%M%S)
TMP=
cleanup() {
    if [[ -n $TMP ]]; then rm -f -- "$TMP"; fi
    cleanup_plain
}
trap cleanup EXIT

if [[ $KIND == postgres ]]; then
    command -v pg_restore >/dev/null || die "pg_restore not found (apt-get install postgresql-client)"
    pg_split_url "$DB_URL"
    psql_q() { psql -X -q -t -A --no-password -v ON_ERROR_STOP=1 --dbname="$PG_URL" "$@"; }
    tables=$(psql_q -c "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'")
    if [[ $tables -gt 0 ]]; then
        [[ $FORCE == yes ]] || die "target database has $tables tables; use --force to replace it"
        mkdir -p -- "$BACKUP_DIR"
        SAFETY="$BACKUP_DIR/kitaplatz-pre-restore-$STAMP.dump"
        log "saving the current database -> $SAFETY"
        pg_dump --format=custom --no-password --file="$SAFETY" --dbname="$PG_URL"
        log "dropping and recreating schema public"
        psql_q -c 'DROP SCHEMA public CASCADE' -c 'CREATE SCHEMA public'
    fi
    log "restoring $FILE"
    pg_restore --no-owner --no-acl --exit-on-error --single-transaction --no-password \
        --dbname="$PG_URL" -- "$FILE"
else
    command -v sqlite3 >/dev/null || die "sqlite3 not found (apt-get install sqlite3)"
    DB=${DB_URL#sqlite://}
    DB=${DB#sqlite:}
    [[ $DB == /* ]] || DB="$WORK_DIR/$DB"
    DB_DIR=$(dirname -- "$DB")
    [[ -d $DB_DIR && -w $DB_DIR ]] || die "directory not writable: $DB_DIR"

    TMP=$(mktemp "$DB_DIR/.kitaplatz-restore.XXXXXX")
    if [[ $FILE == *.gz ]]; then gzip -dc -- "$FILE" >"$TMP"; else cat -- "$FILE" >"$TMP"; fi
    check=$(sqlite3 -bail "$TMP" "PRAGMA integrity_check;")
    [[ $check == ok ]] || die "integrity check of the backup failed: $check"

    if [[ -s $DB ]]; then
        [[ $FORCE == yes ]] || die "target database exists: $DB; use --force to replace it"
        mkdir -p -- "$BACKUP_DIR"
        SAFETY="$BACKUP_DIR/kitaplatz-pre-restore-$STAMP.sqlite3"
        [[ $SAFETY != *"'"* ]] || die "backup path must not contain a single quote: $SAFETY"
        log "saving the current database -> $SAFETY.gz"
        sqlite3 -bail -cmd ".timeout 30000" "$DB" ".backup '$SAFETY'"
        gzip -6 -- "$SAFETY"
    fi
    log "restoring $FILE -> $DB"
    # The copy is complete (WAL content included), so old WAL/SHM files must go.
    rm -f -- "$DB-wal" "$DB-shm" "$DB-journal"
    mv -f -- "$TMP" "$DB"
    TMP=
    chmod 0600 -- "$DB"
    fix_sqlite_owner "$DB"
fi

log "done. Start the service: systemctl start $SERVICE"
