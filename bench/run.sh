#!/usr/bin/env bash
# Load benchmark of Perheverkko: builds the web app in Release, starts it on loopback with a fresh database,
# and measures three endpoints with wrk. See bench/README.md for how to read the figures.
#
#   bench/run.sh                                   # SQLite, 15 s per endpoint, 2 threads, 32 connections
#   BENCH_DURATION=5 bench/run.sh                  # shorter
#   BENCH_DB=postgres BENCH_PG_CONNECTION='Host=127.0.0.1;Port=5432;Database=bench;Username=…;Password=…' bench/run.sh
set -euo pipefail

# ---- settings (environment) ------------------------------------------------------------------------------
DURATION="${BENCH_DURATION:-15}"          # seconds per endpoint
WARMUP="${BENCH_WARMUP:-3}"               # seconds of wrk per endpoint before measuring
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DB="${BENCH_DB:-sqlite}"                  # sqlite | postgres
# BENCH_SERVER_GC=0|1 overrides the garbage collector mode (default: the app's own, Server GC for ASP.NET Core).
ENDPOINTS=(/bench/bare /api/v1/organisations /)

die() { echo "bench: $*" >&2; exit 2; }

[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 300 ]] || die "BENCH_DURATION must be 1–300 seconds."
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 60 ]] || die "BENCH_WARMUP must be 0–60 seconds."
[[ "$THREADS" =~ ^[0-9]+$ && "$THREADS" -ge 1 && "$THREADS" -le 64 ]] || die "BENCH_THREADS must be 1–64."
[[ "$CONNECTIONS" =~ ^[0-9]+$ && "$CONNECTIONS" -ge "$THREADS" && "$CONNECTIONS" -le 4096 ]] || die "BENCH_CONNECTIONS must be from BENCH_THREADS to 4096."

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ -f "$repo/Perheverkko.slnx" ]] || die "run me from a Perheverkko checkout (bench/run.sh)."

# ---- tools -----------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: installing wrk (Debian package)…" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
        die "wrk is missing: sudo apt-get install wrk"
    fi
fi
command -v curl >/dev/null 2>&1 || die "curl is missing."
command -v dotnet >/dev/null 2>&1 || die "dotnet is missing."

# ---- temp dir, cleanup -----------------------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/perheverkko-bench.XXXXXX")"
server_pid=""
cleanup() {
    local status=$?
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ $status -ne 0 && -s "$tmp/server.log" ]]; then
        echo "bench: last lines of the server's log:" >&2
        tail -n 20 "$tmp/server.log" >&2 || true
    fi
    rm -rf "$tmp"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- database --------------------------------------------------------------------------------------------
case "$DB" in
    sqlite)
        provider=Sqlite
        connection="Data Source=$tmp/bench.db"
        ;;
    postgres)
        provider=Postgres
        connection="${BENCH_PG_CONNECTION:-${ConnectionStrings__Perheverkko:-}}"
        [[ -n "$connection" ]] || die "BENCH_DB=postgres needs BENCH_PG_CONNECTION (an Npgsql connection string to an empty database on this machine)."
        loopback='(^|;)[[:space:]]*([Hh]ost|[Ss]erver)[[:space:]]*=[[:space:]]*(127\.0\.0\.1|localhost|::1|/)[^;]*(;|$)'
        [[ "$connection" =~ $loopback ]] \
            || die "BENCH_PG_CONNECTION must point at a loopback host (127.0.0.1, localhost, ::1) or a Unix socket."
        ;;
    *) die "BENCH_DB must be sqlite or postgres." ;;
esac

# ---- build -----------------------------------------------------------------------------------------------
echo "bench: publishing the web app (Release)…" >&2
dotnet publish "$repo/src/Perheverkko.Web/Perheverkko.Web.csproj" -c Release -o "$tmp/app" --nologo -v quiet \
    -p:TreatWarningsAsErrors=false >"$tmp/publish.log" 2>&1 || { tail -n 30 "$tmp/publish.log" >&2; die "publish failed."; }

# ---- free loopback port ----------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 1 50); do
    candidate=$(( 20000 + RANDOM % 40000 ))
    if ! port_in_use "$candidate"; then port=$candidate; break; fi
done
[[ -n "$port" ]] || die "no free port found on 127.0.0.1."
base="http://127.0.0.1:$port"

# ---- start -----------------------------------------------------------------------------------------------
echo "bench: starting on $base ($DB)…" >&2
(
    cd "$tmp/app"
    exec env \
        ASPNETCORE_ENVIRONMENT=Production \
        ASPNETCORE_URLS="$base" \
        ${BENCH_SERVER_GC:+DOTNET_gcServer="$BENCH_SERVER_GC"} \
        Bench__BareEndpoint=true \
        Seed__DemoData=false \
        Logging__LogLevel__Default=Warning \
        Database__Provider="$provider" \
        ConnectionStrings__Perheverkko="$connection" \
        Mail__PickupFolder="$tmp/mail" \
        dotnet Perheverkko.Web.dll
) >"$tmp/server.log" 2>&1 &
server_pid=$!

for i in $(seq 1 120); do
    kill -0 "$server_pid" 2>/dev/null || die "the app exited while starting."
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/health" || true)" == 200 ]]; then break; fi
    [[ $i -lt 120 ]] || die "the app did not answer /health within 60 s."
    sleep 0.5
done

for path in "${ENDPOINTS[@]}"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base$path" || true)"
    [[ "$code" == 200 ]] || die "GET $path answered $code, not 200."
done

# ---- warm up ---------------------------------------------------------------------------------------------
if [[ "$WARMUP" -gt 0 ]]; then
    echo "bench: warming up (${WARMUP} s per endpoint)…" >&2
    for path in "${ENDPOINTS[@]}"; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$base$path" >/dev/null
    done
fi

# ---- measure ---------------------------------------------------------------------------------------------
# wrk prints latencies as 812.00us, 1.23ms, 2.01s, 1.00m; this turns them into milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}

declare -A rps p50 p99 errors
for path in "${ENDPOINTS[@]}"; do
    echo "bench: GET $path for ${DURATION} s (-t$THREADS -c$CONNECTIONS)…" >&2
    out="$tmp/wrk.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$base$path" >"$out"
    rps[$path]="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
    p50[$path]="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
    p99[$path]="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
    socket="$(awk '/Socket errors:/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' "$out")"
    errors[$path]=$(( ${non2xx:-0} + ${socket:-0} ))
done

status_kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0; }
rss_kb="$(status_kb VmRSS)"
hwm_kb="$(status_kb VmHWM)"

# ---- report ----------------------------------------------------------------------------------------------
bare="${rps[/bench/bare]}"
echo
echo "Perheverkko load benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "database: $DB; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (warm-up ${WARMUP}s); $(nproc) CPUs; dotnet $(dotnet --version)"
echo
printf '%-24s %12s %10s %10s %9s %8s\n' endpoint "requests/s" "p50 ms" "p99 ms" "vs bare" errors
printf '%-24s %12s %10s %10s %9s %8s\n' ------------------------ ------------ ---------- ---------- --------- --------
for path in "${ENDPOINTS[@]}"; do
    ratio="$(awk -v a="${rps[$path]}" -v b="$bare" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')"
    printf '%-24s %12.0f %10s %10s %9s %8s\n' "$path" "${rps[$path]}" "${p50[$path]}" "${p99[$path]}" "$ratio" "${errors[$path]}"
done
echo
printf 'server memory after the run: RSS %d MiB, peak RSS (VmHWM) %d MiB\n' $(( ${rss_kb:-0} / 1024 )) $(( ${hwm_kb:-0} / 1024 ))
