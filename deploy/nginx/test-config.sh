#!/usr/bin/env bash
# Checks deploy/nginx/kitaplatz.conf with `nginx -t` (run by .ci/run): the site is included in
# a minimal nginx.conf, with a throw-away self-signed certificate in place of the real one.
set -euo pipefail
HERE=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
WORK=$(mktemp -d)
trap 'rm -rf -- "$WORK"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=kita.example-gemeinde.de" \
    -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
sed -e "s|/etc/letsencrypt/live/kita.example-gemeinde.de/fullchain.pem|$WORK/cert.pem|" \
    -e "s|/etc/letsencrypt/live/kita.example-gemeinde.de/privkey.pem|$WORK/key.pem|" \
    -e "s|/var/log/nginx/|$WORK/|" \
    "$HERE/kitaplatz.conf" >"$WORK/site.conf"
cat >"$WORK/nginx.conf" <<CONF
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events {}
http {
    access_log $WORK/access.log;
    client_body_temp_path $WORK;
    include $WORK/site.conf;
}
CONF
nginx -t -q -c "$WORK/nginx.conf" -p "$WORK"
echo "nginx site configuration: ok"
