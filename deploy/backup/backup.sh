#!/usr/bin/env bash
# Backup of the kitaplatz database (PostgreSQL or SQLite).
#
#   backup.sh [--dir DIR] [--keep-days N] [--database URL] [--env-file FILE]
#             [--recipients FILE | --no-encrypt]
#
# The database comes from --database, else from KITAPLATZ_DATABASE_URL or DATABASE_URL in
# the environment, else from the env file (default /etc/kitaplatz/kitaplatz.env), else it
# is the default "kitaplatz.db". Relative SQLite paths are relative to
# KITAPLATZ_WORK_DIR (default /var/lib/kitaplatz).
#
# PostgreSQL: pg_dump -Fc  ->  DIR/kitaplatz-YYYYmmdd-HHMMSS.dump
# SQLite:     sqlite3 .backup (safe while the app runs, also in WAL mode), then gzip
#             ->  DIR/kitaplatz-YYYYmmdd-HHMMSS.sqlite3.gz
# Every backup is encrypted with age (https://age-encryption.org) to the public keys in the
# recipients file (--recipients, KITAPLATZ_BACKUP_RECIPIENTS, default
# /etc/kitaplatz/backup-recipients.txt) and gets the suffix .age; the unencrypted copy never
# gets a final name. The private key belongs off the server (restore.sh --identity).
# Without a recipients file the backup is refused; --no-encrypt makes a plain one.
# Backups older than N days (default 14, from --keep-days or KITAPLATZ_BACKUP_KEEP_DAYS)
# are deleted after a successful backup. N=0 keeps all backups.
# DIR defaults to KITAPLATZ_BACKUP_DIR or /var/backups/kitaplatz.
# The backups contain personal data: they are created with mode 0600.
set -euo pipefail
umask 077

BACKUP_DIR=${KITAPLATZ_BACKUP_DIR:-/var/backups/kitaplatz}
KEEP_DAYS=${KITAPLATZ_BACKUP_KEEP_DAYS:-14}
WORK_DIR=${KITAPLATZ_WORK_DIR:-/var/lib/kitaplatz}
ENV_FILE=${KITAPLATZ_ENV_FILE:-/etc/kitaplatz/kitaplatz.env}
RECIPIENTS=${KITAPLATZ_BACKUP_RECIPIENTS:-/etc/kitaplatz/backup-recipients.txt}
ENCRYPT=yes
DB_URL=

log() { printf 'kitaplatz-backup: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
usage() { sed -n '2,24s/^# \{0,1\}//p' "$0"; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --dir) BACKUP_DIR=${2:?--dir needs a value}; shift 2 ;;
        --keep-days) KEEP_DAYS=${2:?--keep-days needs a value}; shift 2 ;;
        --database) DB_URL=${2:?--database needs a value}; shift 2 ;;
        --env-file) ENV_FILE=${2:?--env-file needs a value}; shift 2 ;;
        --recipients) RECIPIENTS=${2:?--recipients needs a value}; shift 2 ;;
        --no-encrypt) ENCRYPT=no; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
[[ $KEEP_DAYS =~ ^[0-9]+$ ]] || die "--keep-days must be a whole number of days: $KEEP_DAYS"
if [[ $ENCRYPT == yes ]]; then
    command -v age >/dev/null || die "age not found (apt-get install age)"
    [[ -r $RECIPIENTS ]] ||
        die "no recipients file $RECIPIENTS (age public keys, one per line); see deploy/README.md, or --no-encrypt"
fi

# Shared helpers and the DB_URL lookup (KITAPLATZ_DATABASE_URL, DATABASE_URL, env file).
# shellcheck source=common.sh
source "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/common.sh"

mkdir -p -- "$BACKUP_DIR"
[[ -w $BACKUP_DIR ]] || die "backup directory is not writable: $BACKUP_DIR"

# Only one backup at a time (lock on the directory itself, so no lock file is left behind).
exec 9<"$BACKUP_DIR"
flock -n 9 || die "another backup is running (lock on $BACKUP_DIR)"

STAMP=$(date +%Y%m%d-%H%M%S)
for existing in "$BACKUP_DIR/kitaplatz-$STAMP".*; do
    [[ ! -e $existing ]] || die "a backup with this timestamp exists already: $existing"
done
TMP=
ENC_TMP=
cleanup() {
    if [[ -n $TMP ]]; then rm -f -- "$TMP" "$TMP.gz"; fi
    if [[ -n $ENC_TMP ]]; then rm -f -- "$ENC_TMP"; fi
}
trap cleanup EXIT

case $DB_URL in
    postgres://* | postgresql://*)
        command -v pg_dump >/dev/null || die "pg_dump not found (apt-get install postgresql-client)"
        pg_split_url "$DB_URL"
        OUT="$BACKUP_DIR/kitaplatz-$STAMP.dump"
        TMP="$OUT.partial"
        log "PostgreSQL dump -> $OUT"
        pg_dump --format=custom --no-password --file="$TMP" --dbname="$PG_URL"
        pg_restore --list "$TMP" >/dev/null || die "dump cannot be read back: $TMP"
        PLAIN=$TMP
        ;;
    *)
        command -v sqlite3 >/dev/null || die "sqlite3 not found (apt-get install sqlite3)"
        DB=${DB_URL#sqlite://}
        DB=${DB#sqlite:}
        [[ $DB == /* ]] || DB="$WORK_DIR/$DB"
        [[ -f $DB ]] || die "SQLite database not found: $DB"
        OUT="$BACKUP_DIR/kitaplatz-$STAMP.sqlite3.gz"
        TMP="$BACKUP_DIR/kitaplatz-$STAMP.sqlite3.partial"
        [[ $TMP != *"'"* ]] || die "backup path must not contain a single quote: $TMP"
        log "SQLite backup of $DB -> $OUT"
        sqlite3 -bail -cmd ".timeout 30000" "$DB" ".backup '$TMP'"
        fix_sqlite_owner "$DB"
        check=$(sqlite3 -bail "$TMP" "PRAGMA integrity_check;")
        [[ $check == ok ]] || die "integrity check of the copy failed: $check"
        gzip -6 -- "$TMP"
        TMP="$TMP.gz"
        PLAIN=$TMP
        ;;
esac

if [[ $ENCRYPT == yes ]]; then
    OUT="$OUT.age"
    ENC_TMP="$OUT.partial"
    age --encrypt --recipients-file "$RECIPIENTS" --output "$ENC_TMP" -- "$PLAIN"
    mv -- "$ENC_TMP" "$OUT"
    ENC_TMP=
    rm -f -- "$PLAIN"
else
    mv -- "$PLAIN" "$OUT"
fi
TMP=

log "done: $OUT ($(du -h -- "$OUT" | cut -f1))"

if [[ $KEEP_DAYS -gt 0 ]]; then
    find "$BACKUP_DIR" -maxdepth 1 -type f \
        \( -name 'kitaplatz-*.dump' -o -name 'kitaplatz-*.sqlite3.gz' -o -name 'kitaplatz-*.age' \
        -o -name 'kitaplatz-*.partial*' \) \
        -mmin +$((KEEP_DAYS * 1440)) -print -delete |
        while IFS= read -r old; do log "deleted old backup: $old"; done
fi
