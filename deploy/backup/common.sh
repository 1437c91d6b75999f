# Sourced by backup.sh and restore.sh (expects `die`, DB_URL and ENV_FILE to be set).
# Install it next to them.
# shellcheck shell=bash

# Prints the value of KEY from a systemd-style env file (last occurrence wins).
env_file_value() {
    local key=$1 file=$2 line val=
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        [[ $line =~ ^[[:space:]]*(export[[:space:]]+)?${key}=(.*)$ ]] || continue
        val=${BASH_REMATCH[2]}
        val=${val%"${val##*[![:space:]]}"}
        if [[ $val =~ ^\"(.*)\"$ || $val =~ ^\'(.*)\'$ ]]; then val=${BASH_REMATCH[1]}; fi
    done <"$file"
    printf '%s' "$val"
}

# Decodes %XX escapes (other backslashes stay literal).
urldecode() {
    local s=${1//\\/\\\\}
    printf '%b' "${s//%/\\x}"
}

# Sets PG_URL to the postgres:// URL without its password and exports the password as
# PGPASSWORD, so that it does not appear in the process list.
pg_split_url() {
    local url=$1 scheme rest authority tail userinfo hostport
    scheme=${url%%://*}
    rest=${url#*://}
    authority=${rest%%[/?]*}
    tail=${rest:${#authority}}
    if [[ $authority == *@* ]]; then
        userinfo=${authority%@*}
        hostport=${authority##*@}
        if [[ $userinfo == *:* ]]; then
            PGPASSWORD=$(urldecode "${userinfo#*:}")
            export PGPASSWORD
            url="$scheme://${userinfo%%:*}@$hostport$tail"
        fi
    fi
    PG_URL=$url  # read by the sourcing script
    export PG_URL
}

# As root, hand SQLite files back to the owner of their directory (the service user).
fix_sqlite_owner() {
    local db=$1 f
    [[ $EUID -eq 0 ]] || return 0
    for f in "$db" "$db-wal" "$db-shm"; do
        if [[ -e $f ]]; then chown --reference="$(dirname -- "$db")" -- "$f"; fi
    done
}

if [[ -z $DB_URL ]]; then
    if [[ -n ${KITAPLATZ_DATABASE_URL:-} && -n ${DATABASE_URL:-} && $KITAPLATZ_DATABASE_URL != "$DATABASE_URL" ]]; then
        die "KITAPLATZ_DATABASE_URL and DATABASE_URL are both set and differ; set only one"
    fi
    DB_URL=${KITAPLATZ_DATABASE_URL:-${DATABASE_URL:-}}
fi
if [[ -z $DB_URL && -r $ENV_FILE ]]; then
    DB_URL=$(env_file_value KITAPLATZ_DATABASE_URL "$ENV_FILE")
    [[ -n $DB_URL ]] || DB_URL=$(env_file_value DATABASE_URL "$ENV_FILE")
fi
DB_URL=${DB_URL:-kitaplatz.db}
