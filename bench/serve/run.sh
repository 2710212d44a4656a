#!/usr/bin/env bash
# bench/serve/run.sh: how fast `fcps serve` is — a benchmark, not a test (it asserts nothing about times).
#
#   1. the site dashboard /sites/kawasaki (demo site, SQLite) under wrk: THREADS threads, CONNECTIONS
#      connections, DURATION long, after a WARMUP run; p99 latency and errors (every non-200 is an error);
#   2. cold start of `./fcps serve` to the first HTTP 200 (GET /login), COLD_RUNS times each with an existing
#      migrated database (also the first 200 of the dashboard with a sign-in cookie) and with a new empty data dir;
#   3. the big site: the synthetic scale-1 plant (10,000 assets; `fcps synthetic --scale 1`) imported as a site
#      through the pages users use (create the site on /, upload the file on its model page), timed; the
#      first dashboard after it (the analysis); then wrk with BIG_CONNECTIONS connections on its dashboard, a Step 2
#      zone page (BIG_ZONE), the plan page and the provenance page, each BIG_DURATION long after a BIG_WARMUP run;
#      then one object edit including re-analysis, timed EDIT_RUNS times: a countermeasure status saved on the zone
#      page's form (POST, 302) and the zone page that follows it (GET, 200, analysing the new revision).
#
# Usage: bench/serve/run.sh            (defaults: DURATION=60s CONNECTIONS=50 THREADS=2 WARMUP=10s COLD_RUNS=5,
#                                       BIG_DURATION=20s BIG_CONNECTIONS=20 BIG_WARMUP=5s BIG_ZONE=z2 EDIT_RUNS=5)
#        DURATION=10s COLD_RUNS=2 bench/serve/run.sh      (a quick run while developing)
#        SCENARIOS=bigsite bench/serve/run.sh             (only the big site; SCENARIOS=demo only parts 1 and 2)
# Other settings: PORT (5391), KEEP=1 keeps the temporary folder with the logs and wrk outputs,
#   FCPS_BENCH_APP_NAME=1 starts the server with DOTNET_APPLICATIONNAME=FactoryCps.Web (see docs/performance.md,
#   "Web: fcps serve": without it the Razor pages are not found when the host is fcps.dll),
#   FCPS_BENCH_QUIET_LOGS=1 starts it with Logging__LogLevel__Default=Warning (a diagnostic comparison).
# Needs wrk (Debian: apt-get install wrk) and curl. Traffic goes to 127.0.0.1 only; every run is bounded in time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/serve"
cd "$root"

duration="${DURATION:-60s}"
connections="${CONNECTIONS:-50}"
threads="${THREADS:-2}"
warmup="${WARMUP:-10s}"
cold_runs="${COLD_RUNS:-5}"
port="${PORT:-5391}"
scenarios="${SCENARIOS:-demo bigsite}"
big_duration="${BIG_DURATION:-20s}"
big_connections="${BIG_CONNECTIONS:-20}"
big_warmup="${BIG_WARMUP:-5s}"
big_zone="${BIG_ZONE:-z2}"
edit_runs="${EDIT_RUNS:-5}"
runs() { [[ " $scenarios " == *" $1 "* ]]; }
base="http://127.0.0.1:$port"
email="bench@example.com"

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (Debian: apt-get install -y $tool)" >&2; exit 2; }
done
if curl -s -o /dev/null --max-time 1 "$base/"; then
  echo "run.sh: something already answers on $base; set PORT" >&2
  exit 2
fi

work="$(mktemp -d /tmp/fcps-bench-serve.XXXXXX)"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  if [ "${KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

server_env=()
[ "${FCPS_BENCH_APP_NAME:-0}" = 1 ] && server_env+=(DOTNET_APPLICATIONNAME=FactoryCps.Web)
[ "${FCPS_BENCH_QUIET_LOGS:-0}" = 1 ] && server_env+=(Logging__LogLevel__Default=Warning)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_server DATA_DIR LOG: ./fcps execs dotnet, so $! is the server process itself.
start_server() {
  env ${server_env[@]+"${server_env[@]}"} ./fcps serve --demo --data "$1" --urls "$base" >"$2" 2>&1 &
  server_pid=$!
}

# wait_200 URL [CURL ARGS…]: polls every 20 ms until URL answers 200; fails after 60 s or when the server died.
wait_200() {
  local url="$1" deadline=$(( $(now_ms) + 60000 )) code
  shift
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" "$url" || true)"
    [ "$code" = 200 ] && return 0
    if [[ "$url" == */login && "$code" == 3* ]]; then
      echo "run.sh: GET /login answers $code, a redirect to the sign-in page itself: the server has no Razor pages" \
        "(its log says 'No action descriptors found'). FCPS_BENCH_APP_NAME=1 works around it; see docs/performance.md." >&2
      return 1
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "run.sh: the server exited while waiting for $url" >&2; return 1; fi
    if [ "$(now_ms)" -gt "$deadline" ]; then echo "run.sh: no 200 from $url within 60 s (last status $code)" >&2; return 1; fi
    sleep 0.02
  done
}

fail() {
  echo "run.sh: $1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    echo "--- last lines of the server log ($2) ---" >&2
    grep -v '^ ' "$2" | tail -15 >&2 || true
  fi
  exit 1
}

stats() { # min median max of the numbers given, in ms
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "min %d ms, median %d ms, max %d ms", v[1], v[int((NR + 1) / 2)], v[NR] }'
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
verdict() { if awk -v v="$1" -v t="$2" 'BEGIN { exit !(v <= t) }'; then echo met; else echo MISSED; fi; }

echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "dotnet: $(dotnet --version); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
[ ${#server_env[@]} -gt 0 ] && echo "server environment: ${server_env[*]}"

echo "== build"
./fcps --version >/dev/null
launch=()
for _ in 1 2 3; do
  t0=$(now_ms); ./fcps --version >/dev/null; launch+=($(( $(now_ms) - t0 )))
done
echo "./fcps --version (launcher + runtime start + CLI): $(stats "${launch[@]}")"

echo "== cold start, new empty data dir (migrate, load the demo site, print the setup link)"
cold_new=()
runs demo || cold_runs=0
for i in $(seq 1 "$cold_runs"); do
  dir="$work/new-$i"
  t0=$(now_ms)
  start_server "$dir" "$work/cold-new-$i.log"
  wait_200 "$base/login" || fail "cold start $i (new data dir) failed" "$work/cold-new-$i.log"
  cold_new+=($(( $(now_ms) - t0 )))
  stop_server
  echo "  run $i: ${cold_new[-1]} ms to the first 200 of /login"
done

echo "== sign in"
data="$work/data"
password="$(./fcps users add --email "$email" --admin --data "$data" --lang en | awk 'NF { p = $NF } END { print p }')"
[ -n "$password" ] || fail "could not create the user"
log="$work/server.log"
start_server "$data" "$log"
wait_200 "$base/login" || fail "the server did not answer 200 on /login" "$log"
jar="$work/cookies.txt"
# The anti-forgery token of a page's form (the sign-in page, then the password page).
form_token() { printf '%s' "$1" | tr '>' '\n' | grep '__RequestVerificationToken' | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -1; }
page="$(curl -s -c "$jar" -b "$jar" "$base/login")"
token="$(form_token "$page")"
[ -n "$token" ] || fail "no __RequestVerificationToken on /login" "$log"
status="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "Email=$email" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token" "$base/login")"
# `fcps users add` hands out a one-time password: the session opens nothing before it is changed (issue 14).
if [[ "$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" "$base/")" == *"/account/password"* ]]; then
  page="$(curl -s -c "$jar" -b "$jar" "$base/account/password")"
  token="$(form_token "$page")"
  chosen="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')-Aa1"
  status="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "Current=$password" \
    --data-urlencode "Chosen=$chosen" --data-urlencode "Repeated=$chosen" --data-urlencode "__RequestVerificationToken=$token" "$base/account/password")"
fi
# The auth cookie (and its chunks, should it ever grow past 4 KB); curl marks HttpOnly cookies "#HttpOnly_".
cookie="$(awk -F '\t' 'NF == 7 && $6 ~ /^fcps\.auth/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")"
[ -n "$cookie" ] || fail "sign-in gave no fcps.auth cookie (POST /login answered: $status)" "$log"
echo "POST /login: $status; cookie ${#cookie} characters"

body="$work/dashboard.html"
code="$(curl -s -o "$body" -w '%{http_code}' -H "Cookie: $cookie" "$base/sites/kawasaki")"
[ "$code" = 200 ] || fail "GET /sites/kawasaki with the cookie answered $code, not 200" "$log"
grep -q 'kawasaki' "$body" || fail "GET /sites/kawasaki answered 200 but the page does not name the site" "$log"
echo "GET /sites/kawasaki: 200, $(wc -c <"$body") bytes"
# The error counting itself: a wrong cookie must show up as non-200 responses, not as fast successes.
check="$(wrk -t1 -c2 -d1s --timeout 10s -s "$here/non200.lua" -H "Cookie: fcps.auth=invalid" "$base/sites/kawasaki" | grep '^non-200')"
case "$check" in "non-200: 0 "*) fail "wrk counted no error for an invalid cookie ($check)" ;; esac
echo "self-check, invalid cookie: $check"

if runs demo; then
  echo "== load: wrk -t$threads -c$connections -d$warmup (warm-up), then -d$duration"
  wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 10s -s "$here/non200.lua" -H "Cookie: $cookie" \
    "$base/sites/kawasaki" >"$work/wrk-warmup.txt"
  grep -E '^(requests|non-200|socket)' "$work/wrk-warmup.txt" | sed 's/^/  warm-up /'
  cpu_before="$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")"
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$here/non200.lua" -H "Cookie: $cookie" \
    "$base/sites/kawasaki" | tee "$work/wrk.txt"
  cpu_after="$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")"
  ticks="$(getconf CLK_TCK)"
  server_cpu="$(awk -v a="$cpu_before" -v b="$cpu_after" -v t="$ticks" 'BEGIN { printf "%.1f", (b - a) / t }')"
  peak_rss="$(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$server_pid/status")"
  echo "load average before/after the run: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "server CPU during the run: $server_cpu s; peak resident memory: $peak_rss"
fi

if runs bigsite; then
  . "$here/bigsite.sh"
fi
echo "server log: $(wc -l <"$log") lines, $(du -h "$log" | cut -f1)"
stop_server

echo "== cold start, existing migrated database (demo site and user present)"
cold_db=()
cold_dash=()
for i in $(seq 1 "$cold_runs"); do
  t0=$(now_ms)
  start_server "$data" "$work/cold-db-$i.log"
  wait_200 "$base/login" || fail "cold start $i (existing database) failed" "$work/cold-db-$i.log"
  cold_db+=($(( $(now_ms) - t0 )))
  wait_200 "$base/sites/kawasaki" -H "Cookie: $cookie" || fail "dashboard after cold start $i failed" "$work/cold-db-$i.log"
  cold_dash+=($(( $(now_ms) - t0 )))
  stop_server
  echo "  run $i: ${cold_db[-1]} ms to the first 200 of /login, ${cold_dash[-1]} ms to the first dashboard"
done

echo
echo "== summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores shared by server, wrk and any other work)"
runs bigsite && printf '%s\n' "${big_summary[@]}"
runs demo || exit 0
p99="$(sed -n 's/^requests: .*p99 \([0-9.]*\) ms.*/\1/p' "$work/wrk.txt")"
non200="$(sed -n 's/^non-200: \([0-9]*\).*/\1/p' "$work/wrk.txt")"
socket="$(sed -n 's/^socket errors: \([0-9]*\).*/\1/p' "$work/wrk.txt")"
rps="$(sed -n 's/^Requests\/sec: *//p' "$work/wrk.txt")"
requests="$(sed -n 's/^requests: \([0-9]*\);.*/\1/p' "$work/wrk.txt")"
cpu_per_request="$(awk -v c="$server_cpu" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? 1000 * c / n : 0) }')"
echo "dashboard, wrk -t$threads -c$connections -d$duration: $rps req/s, p99 $p99 ms (target <= 35: $(verdict "$p99" 35)), errors $(( non200 + socket )) = non-200 $non200 + socket $socket (target 0: $(verdict $(( non200 + socket )) 0))"
echo "server CPU per dashboard request: $cpu_per_request ms ($server_cpu s for $requests requests; target <= 0.6: $(verdict "$cpu_per_request" 0.6))"
echo "cold start to first 200, existing database: $(stats "${cold_db[@]}") (target <= 2000 ms, median: $(verdict "$(median "${cold_db[@]}")" 2000))"
echo "cold start to first 200, new data dir:      $(stats "${cold_new[@]}") (target <= 2500 ms, median: $(verdict "$(median "${cold_new[@]}")" 2500))"
echo "cold start to first dashboard 200 (existing database, with cookie): $(stats "${cold_dash[@]}")"
echo "./fcps --version: $(stats "${launch[@]}")"
