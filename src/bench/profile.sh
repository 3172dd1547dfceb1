#!/usr/bin/env bash
# Where a personalised result page's CPU goes, stage by stage: the packaged site started as the
# Dockerfile starts it (512 MiB bound), JFR sampling while wrk posts the result page, then
# src/bench/JfrStages.java sums the samples per stage.
#   src/bench/profile.sh [seconds=20]      (BENCH_APP / BENCH_DOCKERFILE as for run.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# The site refuses to start without its two settings (README, "Production settings"): a placeholder
# address and a throwaway key unless the caller gives its own.
export AMEGUIDE_PUBLIC_URL=${AMEGUIDE_PUBLIC_URL:-https://bench.invalid}
export AMEGUIDE_LINK_KEY=${AMEGUIDE_LINK_KEY:-$(head -c 32 /dev/urandom | base64 | tr -d '\n')}
SECS=${1:-20}
APP_DIR=${BENCH_APP:-$ROOT/target/quarkus-app}
DOCKERFILE=${BENCH_DOCKERFILE:-$ROOT/Dockerfile}
WORK=$(mktemp -d /tmp/ame-profile.XXXXXX)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
PORT=$((20000 + RANDOM % 40000))
mapfile -t ENTRY < <(sed -n 's/^ENTRYPOINT[[:space:]]*//p' "$DOCKERFILE" | jq -r '.[]')
CMD=("${ENTRY[0]}" -XX:MaxRAM=512m -XX:FlightRecorderOptions:stackdepth=2048
     "-XX:StartFlightRecording=filename=$WORK/rec.jfr,settings=profile" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT)
for w in "${ENTRY[@]:1}"; do CMD+=("${w//\/app\//$APP_DIR/}"); done
(cd "$APP_DIR" && exec "${CMD[@]}" >"$WORK/app.log" 2>&1) &
PID=$!
for _ in $(seq 1 600); do curl -fso /dev/null "http://127.0.0.1:$PORT/fr/" && break; sleep 0.1; done
FORM="presence=lives_in_france&territory=metropole&status=no_permit&age=29&arrivalDate=$(date -d '2 years ago' +%F)&hadRegularStay=no&partner=yes&children=1&householdResources=3000&housing=own_home&identityDocument=passport&urgentCare=no&ame=never&_show=result"
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept-Encoding"] = "gzip"
wrk.body = "$FORM"
LUA
wrk -t1 -c32 -d5s -s "$WORK/post.lua" "http://127.0.0.1:$PORT/fr/check" >/dev/null # warm-up
jcmd "$PID" JFR.stop >/dev/null 2>&1 || true
jcmd "$PID" JFR.start name=measure settings=profile filename="$WORK/measure.jfr" >/dev/null
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
CPU0=$(cpu)
OUT=$(wrk -t1 -c32 -d"${SECS}s" -s "$WORK/post.lua" "http://127.0.0.1:$PORT/fr/check")
CPU1=$(cpu)
jcmd "$PID" JFR.stop name=measure >/dev/null
CPU_MS=$(( (CPU1 - CPU0) * 1000 / $(getconf CLK_TCK) ))
REQUESTS=$(awk '/requests in/ {print $1}' <<<"$OUT")
echo "$OUT" | grep -E "Requests/sec|Latency"
java "$ROOT/src/bench/JfrStages.java" "$WORK/measure.jfr" "$REQUESTS" "$CPU_MS"

# Compression measured directly rather than by samples (JFR samples native code at its own rate, which
# overstated zlib): the same page asked for without gzip, process CPU time per request, one round each.
sed -i 's/"Accept-Encoding"] = "gzip"/"Accept-Encoding"] = "identity"/' "$WORK/post.lua"
CPU0=$(cpu)
OUT=$(wrk -t1 -c32 -d"${SECS}s" -s "$WORK/post.lua" "http://127.0.0.1:$PORT/fr/check")
CPU1=$(cpu)
PLAIN_REQUESTS=$(awk '/requests in/ {print $1}' <<<"$OUT")
PLAIN_US=$(( (CPU1 - CPU0) * 1000000 / $(getconf CLK_TCK) / PLAIN_REQUESTS ))
GZIP_US=$(( CPU_MS * 1000 / REQUESTS ))
echo "CPU per request, measured: gzipped ${GZIP_US} µs, not compressed ${PLAIN_US} µs: compression costs about $((GZIP_US - PLAIN_US)) µs"
