#!/bin/sh
# Writes the class-data archive that the production command maps at start
# (-XX:SharedArchiveFile=app-cds.jsa): starts the packaged site once, opens a guide page and a result
# page, stops it; the JVM then writes every class it loaded, already parsed and verified. The archive
# only fits the very JVM that made it (the Dockerfile makes it in the runtime image); with another JVM,
# Java says so and starts without it.
#   src/tools/appcds.sh [APP_DIR]     (default target/quarkus-app; JAVA_OPTS as in production)
# The site refuses to start without AMEGUIDE_PUBLIC_URL and AMEGUIDE_LINK_KEY: when they are not set
# (the Docker build), this one start gets a placeholder address and a throwaway random key. The archive
# holds classes only, never configuration: the running container takes its own settings.
set -eu
DIR=${1:-target/quarkus-app}
PORT=${APPCDS_PORT:-18099}
AMEGUIDE_PUBLIC_URL=${AMEGUIDE_PUBLIC_URL:-https://appcds.invalid}
AMEGUIDE_LINK_KEY=${AMEGUIDE_LINK_KEY:-$(head -c 32 /dev/urandom | base64 | tr -d '\n')}
export AMEGUIDE_PUBLIC_URL AMEGUIDE_LINK_KEY
cd "$DIR"
DIR=$(pwd) # the archive names the jar by the path given here: the production command gives the same
rm -f app-cds.jsa
LOG=$(mktemp)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit=app-cds.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$DIR/quarkus-run.jar" >"$LOG" 2>&1 &
pid=$!
i=0
until curl -fso /dev/null "http://127.0.0.1:$PORT/fr/"; do
    i=$((i + 1))
    if [ "$i" -gt 1200 ] || ! kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        echo "appcds.sh: the site did not start:" >&2
        tail -n 20 "$LOG" >&2
        rm -f "$LOG"
        exit 1
    fi
    sleep 0.1
done
curl -fso /dev/null "http://127.0.0.1:$PORT/ar/guide/documents"
curl -fso /dev/null -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "presence=lives_in_france&territory=metropole&status=no_permit&age=29&arrivalDate=2024-01-15&hadRegularStay=no&partner=no&children=0&householdResources=3000&housing=own_home&identityDocument=passport&urgentCare=no&ame=never&_show=result" \
    "http://127.0.0.1:$PORT/fr/check"
kill -TERM "$pid"
wait "$pid" || true
rm -f "$LOG"
test -s app-cds.jsa
echo "appcds.sh: $(du -h app-cds.jsa | cut -f1) archive in $DIR/app-cds.jsa"
