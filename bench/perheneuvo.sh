#!/usr/bin/env bash
# Load test of the Perheneuvo form (issue 15): concurrent submissions through the real form (antiforgery cookie and
# token first, as a browser), then the database is counted: stored contacts must equal acknowledged ones (200 with a
# receipt). SQLite by default; BENCH_PG_CONNECTION (an empty database on this machine) measures PostgreSQL instead.
#
#   bench/perheneuvo.sh                                        # 500 questions, 16 clients, SQLite
#   BENCH_CONTACTS=2000 BENCH_CLIENTS=32 bench/perheneuvo.sh
set -euo pipefail

COUNT="${BENCH_CONTACTS:-500}"
CLIENTS="${BENCH_CLIENTS:-16}"
die() { echo "bench: $*" >&2; exit 2; }
[[ "$COUNT" =~ ^[0-9]+$ && "$COUNT" -ge 1 && "$COUNT" -le 1000000 ]] || die "BENCH_CONTACTS must be 1–1000000."
[[ "$CLIENTS" =~ ^[0-9]+$ && "$CLIENTS" -ge 1 && "$CLIENTS" -le 1024 ]] || die "BENCH_CLIENTS must be 1–1024."
if [[ -n "${BENCH_PG_CONNECTION:-}" ]]; then
    [[ "$BENCH_PG_CONNECTION" =~ (Host|Server)=(127\.0\.0\.1|localhost|/) ]] || die "BENCH_PG_CONNECTION must be a loopback host or a Unix socket."
fi
command -v curl >/dev/null 2>&1 || die "curl is missing."
command -v dotnet >/dev/null 2>&1 || die "dotnet is missing."
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ -f "$repo/Perheverkko.slnx" ]] || die "run me from a Perheverkko checkout (bench/perheneuvo.sh)."

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 1 50); do candidate=$(( 20000 + RANDOM % 40000 )); if ! port_in_use "$candidate"; then port="$candidate"; break; fi; done
[[ -n "$port" ]] || die "no free port found on 127.0.0.1."
base="http://127.0.0.1:$port"

echo "bench: publishing the web app and the bench tool (Release)…" >&2
dotnet publish "$repo/src/Perheverkko.Web/Perheverkko.Web.csproj" -c Release -o "$tmp/app" --nologo -v quiet \
    -p:TreatWarningsAsErrors=false >"$tmp/publish.log" 2>&1 || { tail -n 30 "$tmp/publish.log" >&2; die "publish failed."; }
dotnet publish "$repo/bench/Perheverkko.Bench/Perheverkko.Bench.csproj" -c Release -o "$tmp/tool" --nologo -v quiet \
    -p:TreatWarningsAsErrors=false >"$tmp/publish.log" 2>&1 || { tail -n 30 "$tmp/publish.log" >&2; die "publish of the bench tool failed."; }

if [[ -n "${BENCH_PG_CONNECTION:-}" ]]; then provider=Postgres; connection="$BENCH_PG_CONNECTION"; else provider=Sqlite; connection="Data Source=$tmp/bench.db"; fi
# A throw-away content key: the bench's questions are sealed as real ones are, and nobody needs to read them again.
key="$(head -c 32 /dev/urandom | base64)"
common=(ASPNETCORE_ENVIRONMENT=Production Database__Provider="$provider" ConnectionStrings__Perheverkko="$connection"
    ContentProtection__Key="$key" Logging__LogLevel__Default=Warning)

echo "bench: starting on $base ($provider; demo data for the teams; the form's rate limit lifted)…" >&2
(
    cd "$tmp/app"
    # The demo data seeds Juva's and Mikkeli's teams, so both the team queue and the regional queue are routed to.
    exec env "${common[@]}" ASPNETCORE_URLS="$base" Seed__DemoData=true Jobs__Enabled=false \
        RateLimits__PublicFormPerMinute=100000000 Mail__PickupFolder="$tmp/mail" dotnet Perheverkko.Web.dll
) >"$tmp/server.log" 2>&1 &
server_pid=$!
for i in $(seq 1 240); do
    kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$tmp/server.log" >&2; die "the app exited while starting."; }
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/health" || true)" == 200 ]]; then break; fi
    [[ $i -lt 240 ]] || die "the app did not answer /health within 120 s."
    sleep 0.5
done

echo "bench: $COUNT questions by $CLIENTS clients…" >&2
status=0
( cd "$tmp/tool" && env "${common[@]}" dotnet Perheverkko.Bench.dll contacts --url "$base" --count "$COUNT" --concurrency "$CLIENTS" ) || status=$?
echo "$(nproc) CPUs; dotnet $(dotnet --version)"
exit "$status"
