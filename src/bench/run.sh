#!/usr/bin/env bash
# The site against nginx serving the very same bytes, side by side in one run.
#
#   src/bench/run.sh              # build the packaged app, then measure (about 4 minutes)
#   BENCH_NO_BUILD=1 src/bench/run.sh   # measure the app already in target/quarkus-app
#
# It starts the site exactly as the Dockerfile's ENTRYPOINT does (paths aside) in a 512 MiB bound
# (-XX:MaxRAM=512m), on a loopback port, and a private nginx (its own config in a temporary folder,
# loopback port) that serves the same bytes: gzip_static for a guide page, gzip on the fly at the
# same level for a personalised result page captured from the site. Rounds of wrk (1 thread,
# 32 connections) alternate between the two servers; every figure is printed as a ratio or a median
# with its spread. Everything it starts is stopped on exit. Needs Debian's wrk, nginx, curl, jq.
#
# Tunables (environment): BENCH_ROUNDS (5), BENCH_SECONDS per round (5), BENCH_STARTS (3),
# BENCH_PDFS (15), BENCH_CONNECTIONS (32). To measure an earlier build in the same conditions:
# BENCH_NO_BUILD=1 BENCH_APP=/copy/of/quarkus-app BENCH_DOCKERFILE=/its/Dockerfile src/bench/run.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# The site refuses to start without its two settings (README, "Production settings"): a placeholder
# address and a throwaway key unless the caller gives its own.
export AMEGUIDE_PUBLIC_URL=${AMEGUIDE_PUBLIC_URL:-https://bench.invalid}
export AMEGUIDE_LINK_KEY=${AMEGUIDE_LINK_KEY:-$(head -c 32 /dev/urandom | base64 | tr -d '\n')}
ROUNDS=${BENCH_ROUNDS:-5}
SECONDS_PER_ROUND=${BENCH_SECONDS:-5}
STARTS=${BENCH_STARTS:-3}
PDFS=${BENCH_PDFS:-15}
CONNS=${BENCH_CONNECTIONS:-32}
GUIDE_PATH=/fr/guide/documents

for tool in wrk nginx curl jq java; do
    command -v "$tool" >/dev/null || { echo "run.sh needs $tool: sudo apt-get install wrk nginx-light curl jq openjdk-17-jre-headless" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/ame-bench.XXXXXX)
APP_PID=
NGINX_PID=
cleanup() {
    # Not under `set -e`: `wait` returns the server's own status (143 after TERM), which used to end
    # the cleanup before nginx was stopped, leaving it running.
    set +e
    mkdir -p "$ROOT/target/bench" && cp "$WORK"/*.log "$ROOT/target/bench/" 2>/dev/null || true
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    # nginx by its own pid file too: its master is what must get the signal, whatever $! was.
    for pid in $NGINX_PID $(cat "$WORK/nginx.pid" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    [ -n "$NGINX_PID" ] && wait "$NGINX_PID" 2>/dev/null
    rm -rf "$WORK"
    return 0
}
# A server started from here must not keep any descriptor beyond stdio: run under `flock FILE`, an
# inherited lock descriptor kept the lock held by an nginx left behind after the script was killed.
close_inherited_fds() {
    local fd
    for fd in $(ls /proc/$BASHPID/fd); do
        [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null
    done
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 40000))
        ss -ltnH "sport = :$p" | grep -q . || { echo "$p"; return; }
    done
}

# Statistics over numbers on stdin: "median (min–max)".
median_spread() {
    sort -g | awk -v fmt="${1:-%.0f}" '{v[NR]=$1} END {
        if (NR == 0) { print "n/a"; exit }
        m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
        printf(fmt " (" fmt "–" fmt ", n=%d)\n", m, v[1], v[NR], NR) }'
}
median() { sort -g | awk '{v[NR]=$1} END { if (NR==0) print 0; else print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2 }'; }

if [ -z "${BENCH_NO_BUILD:-}" ]; then
    echo "building: ./mvnw -o package -DskipTests" >&2
    (cd "$ROOT" && ./mvnw -o -B -ntp -q package -DskipTests) >&2
fi
APP_DIR=${BENCH_APP:-$ROOT/target/quarkus-app}
DOCKERFILE=${BENCH_DOCKERFILE:-$ROOT/Dockerfile}
[ -f "$APP_DIR/quarkus-run.jar" ] || { echo "no $APP_DIR/quarkus-run.jar: build first" >&2; exit 2; }

# The Dockerfile's ENTRYPOINT, word for word, with /app/ moved to the build folder, the 512 MiB bound
# added after the java command and the site held to a loopback port.
APP_PORT=$(free_port)
mapfile -t ENTRY < <(sed -n 's/^ENTRYPOINT[[:space:]]*//p' "$DOCKERFILE" | jq -r '.[]')
[ "${#ENTRY[@]}" -gt 0 ] || { echo "no ENTRYPOINT in the Dockerfile" >&2; exit 2; }
CMD=("${ENTRY[0]}" -XX:MaxRAM=512m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT")
for word in "${ENTRY[@]:1}"; do CMD+=("${word//\/app\//$APP_DIR/}"); done
APP="http://127.0.0.1:$APP_PORT"

# A class-data archive named by the ENTRYPOINT is made as the Dockerfile makes it (the same script,
# the same memory flags), again whenever the build is newer than it.
for word in "${CMD[@]}"; do
    case "$word" in
    -XX:SharedArchiveFile=*)
        archive=${word#-XX:SharedArchiveFile=}
        if [ ! -s "$archive" ] || [ "$APP_DIR/quarkus-run.jar" -nt "$archive" ]; then
            opts=$(for w in "${CMD[@]:1}"; do case "$w" in -XX:SharedArchive*|-Dquarkus.http.*|-XX:MaxRAM=*) ;; -jar) break ;; *) printf '%s ' "$w" ;; esac; done)
            JAVA_OPTS="$opts" "$ROOT/src/tools/appcds.sh" "$APP_DIR" >&2
        fi
        ;;
    esac
done

# Starts the site; prints the milliseconds from the start to the first answer of /fr/.
start_app() {
    local t0 t1
    t0=$(date +%s%N)
    (close_inherited_fds; cd "$APP_DIR" && exec "${CMD[@]}" >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 3000); do
        if curl -fso /dev/null --max-time 1 "$APP/fr/"; then
            t1=$(date +%s%N)
            echo $(((t1 - t0) / 1000000))
            return
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "the site stopped:" >&2; cat "$WORK/app.log" >&2; exit 1; }
        sleep 0.02
    done
    echo "the site did not answer within 60 s" >&2
    exit 1
}
stop_app() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr); $(java -version 2>&1 | head -1)"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "site:    ${CMD[*]} (in $APP_DIR)"
echo

# 1. Start to first response, over several starts (the last one stays up for the rest).
: >"$WORK/starts"
for i in $(seq 1 "$STARTS"); do
    start_app >>"$WORK/starts"
    [ "$i" -lt "$STARTS" ] && stop_app
done

# 2. The bytes nginx serves: a guide page and a personalised result page, captured from the site.
mkdir -p "$WORK/www" "$WORK/tmp"
curl -fsS -o "$WORK/www/guide.html" "$APP$GUIDE_PATH"
gzip -9 -k -n "$WORK/www/guide.html"
TWO_YEARS_AGO=$(date -d '2 years ago' +%F)
FORM="presence=lives_in_france&territory=metropole&status=no_permit&age=29&arrivalDate=$TWO_YEARS_AGO&hadRegularStay=no&partner=yes&children=1&householdResources=3000&housing=own_home&identityDocument=passport&urgentCare=no&ame=never&_show=result"
curl -fsS -o "$WORK/www/result.html" -H 'Content-Type: application/x-www-form-urlencoded' --data "$FORM" "$APP/fr/check"
grep -q 'class="outcome' "$WORK/www/result.html" || { echo "the result page was not captured" >&2; exit 1; }
LEVEL=$(sed -n 's/^quarkus\.http\.compression-level=//p' "$ROOT/src/main/resources/application.properties")
LEVEL=${LEVEL:-6} # Vert.x's default when Quarkus is not told

NGINX_PORT=$(free_port)
NGINX="http://127.0.0.1:$NGINX_PORT"
USER_LINE=
[ "$(id -u)" = 0 ] && USER_LINE="user $(id -un) $(id -gn);"
cat >"$WORK/nginx.conf" <<EOF
$USER_LINE
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/tmp/body;
    proxy_temp_path $WORK/tmp/proxy;
    fastcgi_temp_path $WORK/tmp/fastcgi;
    uwsgi_temp_path $WORK/tmp/uwsgi;
    scgi_temp_path $WORK/tmp/scgi;
    types { text/html html; }
    default_type text/html;
    etag on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        location = /guide.html { gzip_static on; }
        location = /result.html { gzip on; gzip_comp_level $LEVEL; gzip_min_length 0; }
    }
}
EOF
(close_inherited_fds; exec nginx -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log") &
NGINX_PID=$!
for _ in $(seq 1 200); do curl -fso /dev/null "$NGINX/guide.html" && break; sleep 0.05; done

size() { curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$@"; }
echo "bytes:   guide page $(wc -c <"$WORK/www/guide.html") B, gzip: site $(size "$APP$GUIDE_PATH") B, nginx $(size "$NGINX/guide.html") B"
echo "         result page $(wc -c <"$WORK/www/result.html") B, gzip level $LEVEL: site $(size -H 'Content-Type: application/x-www-form-urlencoded' --data "$FORM" "$APP/fr/check") B, nginx $(size "$NGINX/result.html") B"

# 3. Warm PDF: the first renders warm the engine and the font cache; the next ones are measured.
: >"$WORK/pdf"
PDF_KIND=
for i in $(seq 1 $((PDFS + 3))); do
    out=$(curl -s -o /dev/null --max-time 90 -w '%{time_total} %{content_type}' -H 'Content-Type: application/x-www-form-urlencoded' --data "$FORM" "$APP/fr/summary/pdf")
    [ "$i" -gt 3 ] && echo "${out%% *}" >>"$WORK/pdf"
    PDF_KIND=${out#* }
done

# 4. Throughput: wrk, 1 thread, $CONNS connections; one warm-up round, then rounds alternating site / nginx.
cat >"$WORK/bench.lua" <<'EOF'
wrk.headers["Accept-Encoding"] = "gzip"
if os.getenv("BENCH_METHOD") == "POST" then
    wrk.method = "POST"
    wrk.body = os.getenv("BENCH_BODY")
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
local pace = tonumber(os.getenv("BENCH_DELAY") or "0")
if pace > 0 then
    function delay() return pace end
end
function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("BENCH %d %d %d %d %d\n", summary.requests, summary.duration,
        e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(99)))
end
EOF
# wrk_run URL METHOD BODY [DELAY_MS] -> "req/s errors p50_ms p99_ms"
wrk_run() {
    BENCH_METHOD=$2 BENCH_BODY=$3 BENCH_DELAY=${4:-0} \
        wrk -t1 -c"$CONNS" -d"${SECONDS_PER_ROUND}s" --timeout 5s -s "$WORK/bench.lua" "$1" 2>&1 |
        awk '/^BENCH/ { printf "%.0f %d %.2f %.2f\n", $2 / ($3 / 1e6), $4, $5 / 1000, $6 / 1000 }'
}
echo
echo "rounds (req/s): guide site | guide nginx | result site | result nginx"
: >"$WORK/ratios-guide"; : >"$WORK/ratios-result"; : >"$WORK/site-guide"; : >"$WORK/site-result"
ERRORS=0
for r in $(seq 0 "$ROUNDS"); do
    read -r gs ge _ <<<"$(wrk_run "$APP$GUIDE_PATH" GET "")"
    read -r gn gne _ <<<"$(wrk_run "$NGINX/guide.html" GET "")"
    read -r rs re _ <<<"$(wrk_run "$APP/fr/check" POST "$FORM")"
    read -r rn rne _ <<<"$(wrk_run "$NGINX/result.html" GET "")"
    kill -0 "$APP_PID" 2>/dev/null || { echo "the site stopped during round $r:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
    kill -0 "$NGINX_PID" 2>/dev/null || { echo "nginx stopped during round $r:" >&2; tail -20 "$WORK/nginx-error.log" >&2; exit 1; }
    ERRORS=$((ERRORS + ge + gne + re + rne))
    label="round $r"; [ "$r" = 0 ] && label="warm-up"
    printf '  %-8s %8s | %8s | %8s | %8s\n' "$label" "$gs" "$gn" "$rs" "$rn"
    if [ "$r" -gt 0 ]; then
        awk -v a="$gs" -v b="$gn" 'BEGIN { print a / b }' >>"$WORK/ratios-guide"
        awk -v a="$rs" -v b="$rn" 'BEGIN { print a / b }' >>"$WORK/ratios-result"
        echo "$gs" >>"$WORK/site-guide"; echo "$rs" >>"$WORK/site-result"
    fi
done

# 5. p99 latency at half the peak rate (the peak: the site's median above), paced per connection.
half_rate() {
    local peak; peak=$(median <"$1")
    awk -v p="$peak" -v c="$CONNS" 'BEGIN { d = c * 1000 / (p / 2); printf "%.0f %d\n", p / 2, (d < 1 ? 1 : d + 0.5) }'
}
read -r gh gdelay <<<"$(half_rate "$WORK/site-guide")"
read -r rh rdelay <<<"$(half_rate "$WORK/site-result")"
read -r gha _ _ gp99 <<<"$(wrk_run "$APP$GUIDE_PATH" GET "" "$gdelay")"
read -r rha _ _ rp99 <<<"$(wrk_run "$APP/fr/check" POST "$FORM" "$rdelay")"

# 6. Resident memory after the load: the JVM, and the JVM with the PDF engine (proportional set, so
# that pages Chromium's processes share are counted once).
jvm_rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
tree_pss() {
    local total=0 kb pid
    for pid in $1 $(pgrep -P "$1" 2>/dev/null) $(for c in $(pgrep -P "$1" 2>/dev/null); do pgrep -P "$c"; done); do
        kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
        total=$((total + ${kb:-0}))
    done
    echo $((total / 1024))
}
all_pss=$(tree_pss "$APP_PID")

echo
echo "| figure | measured |"
echo "|---|---|"
echo "| guide page, site / nginx gzip_static | $(median_spread '%.3f' <"$WORK/ratios-guide")× |"
echo "| personalised result page, site / nginx gzip level $LEVEL on the fly | $(median_spread '%.3f' <"$WORK/ratios-result")× |"
echo "| start to first response | $(median_spread '%.0f' <"$WORK/starts") ms |"
echo "| resident memory after the load | JVM ${jvm_rss} MB RSS; with the PDF engine ${all_pss} MB PSS |"
echo "| bilingual PDF, warm, median | $(awk '{print $1 * 1000}' "$WORK/pdf" | median_spread '%.0f') ms ($PDF_KIND) |"
echo "| p99 latency at half the peak rate | guide ${gp99} ms at ${gha} req/s (asked ${gh}); result ${rp99} ms at ${rha} req/s (asked ${rh}) |"
echo
echo "site throughput (median of rounds): guide $(median_spread <"$WORK/site-guide") req/s, result $(median_spread <"$WORK/site-result") req/s"
echo "errors (non-2xx/3xx, timeouts) across all rounds: $ERRORS; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
