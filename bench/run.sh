#!/usr/bin/env bash
# Load benchmark of Perheverkko: builds the web app and the data generator in Release, then, for each database in
# turn (SQLite and PostgreSQL in the same run), loads a national-scale directory, starts the app on loopback and
# measures its endpoints with wrk. See bench/README.md for how to read the figures.
#
#   bench/run.sh                                   # both databases, national scale (200,000 items), 15 s per endpoint
#   BENCH_SCALE=0.05 BENCH_DURATION=5 bench/run.sh # a quick run on 5 % of the data
#   BENCH_DBS=sqlite bench/run.sh                  # one database
set -euo pipefail

# ---- settings (environment) ------------------------------------------------------------------------------
DURATION="${BENCH_DURATION:-15}"          # seconds per endpoint
WARMUP="${BENCH_WARMUP:-3}"               # seconds of wrk per endpoint before measuring
APP_WARMUP="${BENCH_APP_WARMUP:-40}"      # seconds of search load after start, before any row (the JIT's optimising)
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DBS="${BENCH_DBS:-sqlite postgres}"       # databases, measured one after the other
SCALE="${BENCH_SCALE:-1}"                 # share of the national dataset (1 = 200,000 services and activities)
INSTANCES="${BENCH_INSTANCES:-1}"         # 2: PostgreSQL's run also measures two app instances on one database
# The search URL: {q} is replaced by each of the 20 queries (URL-encoded). By default the families' search page;
# the JSON API can be measured instead, e.g. BENCH_SEARCH_URL='/api/v1/directory?q={q}'. The HSDS search has its own row.
SEARCH_URL="${BENCH_SEARCH_URL:-/directory?q={q}}"
HSDS_SEARCH_URL='/hsds/services?search={q}'
# The "this week" listing (Mikkeli is one of the seeded municipalities, there at any scale); empty skips it.
THIS_WEEK_URL="${BENCH_THIS_WEEK_URL-/directory/municipalities/mikkeli/this-week}"
# BENCH_SERVER_GC=0|1 overrides the garbage collector mode (default: the app's own, Server GC for ASP.NET Core).

# Twenty typical Finnish queries: base forms, inflected forms, compounds' parts and a place name in the inessive.
QUERIES=("perhekerho" "perhekerhoon" "kerho" "vauvakahvila" "vauvaperheille" "isä lapsi" "vertaisryhmä" "eroauttaminen"
    "perhevalmennus" "nuorten ilta" "muskari" "satutuokio" "imetys" "kaksosperheet" "neuvola" "perheneuvola" "lasten liikunta"
    "maksuton" "monikulttuurinen" "leikkipuisto")

die() { echo "bench: $*" >&2; exit 2; }

[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 300 ]] || die "BENCH_DURATION must be 1–300 seconds."
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 60 ]] || die "BENCH_WARMUP must be 0–60 seconds."
[[ "$APP_WARMUP" =~ ^[0-9]+$ && "$APP_WARMUP" -le 300 ]] || die "BENCH_APP_WARMUP must be 0–300 seconds."
[[ "$THREADS" =~ ^[0-9]+$ && "$THREADS" -ge 1 && "$THREADS" -le 64 ]] || die "BENCH_THREADS must be 1–64."
[[ "$CONNECTIONS" =~ ^[0-9]+$ && "$CONNECTIONS" -ge "$THREADS" && "$CONNECTIONS" -le 4096 ]] || die "BENCH_CONNECTIONS must be from BENCH_THREADS to 4096."
[[ "$SCALE" =~ ^(1|1\.0*|0?\.[0-9]+)$ ]] && awk -v s="$SCALE" 'BEGIN { exit !(s >= 0.001 && s <= 1) }' || die "BENCH_SCALE must be from 0.001 to 1."
for db in $DBS; do [[ "$db" == sqlite || "$db" == postgres ]] || die "BENCH_DBS may hold sqlite and postgres."; done
[[ "$INSTANCES" == 1 || "$INSTANCES" == 2 ]] || die "BENCH_INSTANCES must be 1 or 2."
[[ "$SEARCH_URL" == /*"{q}"* ]] || die "BENCH_SEARCH_URL must be a path with {q}."
[[ -z "$THIS_WEEK_URL" || "$THIS_WEEK_URL" == /* ]] || die "BENCH_THIS_WEEK_URL must be a path."

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ -f "$repo/Perheverkko.slnx" ]] || die "run me from a Perheverkko checkout (bench/run.sh)."

# ---- tools -----------------------------------------------------------------------------------------------
install_debian() {
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: installing $* (Debian)…" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        die "$1 is missing: sudo apt-get install $*"
    fi
}
command -v wrk >/dev/null 2>&1 || install_debian wrk
command -v curl >/dev/null 2>&1 || die "curl is missing."
command -v dotnet >/dev/null 2>&1 || die "dotnet is missing."
pg_bin=""
if [[ " $DBS " == *" postgres "* && -z "${BENCH_PG_CONNECTION:-}" ]]; then
    find_pg() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
    pg_bin="$(find_pg)"
    [[ -n "$pg_bin" && -x "$pg_bin/initdb" ]] || { install_debian postgresql; pg_bin="$(find_pg)"; }
fi

# ---- temp dir, cleanup -----------------------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/perheverkko-bench.XXXXXX")"
server_pid=""
pg_data=""
as_postgres=()
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
cleanup() {
    local status=$?
    stop_server
    if [[ $status -ne 0 && -s "$tmp/server.log" ]]; then
        echo "bench: last lines of the server's log:" >&2
        tail -n 20 "$tmp/server.log" >&2 || true
    fi
    if [[ -n "$pg_data" ]]; then "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$tmp"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    for _ in $(seq 1 50); do
        local candidate=$(( 20000 + RANDOM % 40000 ))
        if ! port_in_use "$candidate"; then echo "$candidate"; return; fi
    done
    die "no free port found on 127.0.0.1."
}

# ---- build -----------------------------------------------------------------------------------------------
echo "bench: publishing the web app and the data generator (Release)…" >&2
dotnet publish "$repo/src/Perheverkko.Web/Perheverkko.Web.csproj" -c Release -o "$tmp/app" --nologo -v quiet \
    -p:TreatWarningsAsErrors=false >"$tmp/publish.log" 2>&1 || { tail -n 30 "$tmp/publish.log" >&2; die "publish failed."; }
dotnet publish "$repo/bench/Perheverkko.Bench/Perheverkko.Bench.csproj" -c Release -o "$tmp/generator" --nologo -v quiet \
    -p:TreatWarningsAsErrors=false >"$tmp/publish.log" 2>&1 || { tail -n 30 "$tmp/publish.log" >&2; die "publish of the generator failed."; }

# ---- PostgreSQL: a throw-away server of our own unless one is given ----------------------------------------
pg_connection="${BENCH_PG_CONNECTION:-}"
if [[ " $DBS " == *" postgres "* ]]; then
    if [[ -z "$pg_connection" ]]; then
        pg_data="$tmp/pg/data"
        mkdir -p "$tmp/pg/sockets"
        if [[ "$(id -u)" -eq 0 ]]; then as_postgres=(runuser -u postgres --); chown -R postgres:postgres "$tmp/pg"; chmod o+x "$tmp"; fi
        "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
            || { tail -n 20 "$tmp/initdb.log" >&2; die "initdb failed."; }
        pg_port="$(free_port)"
        # A benchmark server, not a durable one: no fsync, as the test harness runs it.
        "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$tmp/pg/server.log" -w -t 60 \
            -o "-p $pg_port -k $tmp/pg/sockets -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB" \
            start >/dev/null || die "PostgreSQL did not start."
        "${as_postgres[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres bench
        pg_connection="Host=127.0.0.1;Port=$pg_port;Database=bench;Username=postgres"
    else
        loopback='(^|;)[[:space:]]*([Hh]ost|[Ss]erver)[[:space:]]*=[[:space:]]*(127\.0\.0\.1|localhost|::1|/)[^;]*(;|$)'
        [[ "$pg_connection" =~ $loopback ]] \
            || die "BENCH_PG_CONNECTION must point at a loopback host (127.0.0.1, localhost, ::1) or a Unix socket."
    fi
fi

# ---- wrk with a script: rotates over the paths, prints requests/s and p50/p95/p99 in ms --------------------
urlencode() {
    local s="$1" out="" c i
    for (( i = 0; i < ${#s}; i++ )); do
        c="${s:i:1}"
        case "$c" in [a-zA-Z0-9.~_-]) out+="$c" ;; *) out+="$(printf '%s' "$c" | od -An -tx1 | tr -d ' \n' | sed 's/\(..\)/%\1/g')" ;; esac
    done
    printf '%s' "$out"
}
wrk_script() { # unique|same paths… → a Lua file; "unique" adds a parameter that makes every request's address new
    local file="$tmp/wrk-$RANDOM.lua" unique="$1"
    shift
    {
        echo "local unique = $([[ "$unique" == unique ]] && echo true || echo false)"
        echo "local paths = {"
        for p in "$@"; do printf '  "%s",\n' "$p"; done
        cat <<'LUA'
}
local i = 0
request = function()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  if unique then
    -- a new address each time, so the output cache never answers: the figures are the app's own work
    local separator = "?"
    if string.find(path, "?", 1, true) then separator = "&" end
    path = path .. separator .. "uncached=" .. math.random(1, 2000000000) .. "-" .. i
  end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %.2f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
LUA
    } >"$file"
    echo "$file"
}

search_paths=() hsds_search_paths=()
for q in "${QUERIES[@]}"; do
    search_paths+=("${SEARCH_URL//\{q\}/$(urlencode "$q")}")
    hsds_search_paths+=("${HSDS_SEARCH_URL//\{q\}/$(urlencode "$q")}")
done
# Rows under load (wrk -c$CONNECTIONS). "uncached" rows make every address new, so the output cache never answers;
# the others are answered from it after their first request (decision 0044).
names=(bare search search-cached this-week hsds-services hsds-search hsds-search-cached organisations front-page)
declare -A paths=(
    [bare]=/bench/bare
    [search]="${search_paths[*]}"
    [search-cached]="${search_paths[*]}"
    [hsds-search]="${hsds_search_paths[*]}"
    [hsds-search-cached]="${hsds_search_paths[*]}"
    [this-week]="$THIS_WEEK_URL"
    [hsds-services]=/hsds/services
    [organisations]=/api/v1/organisations
    [front-page]=/
)
declare -A label=(
    [bare]=/bench/bare
    [search]="search (20), uncached"
    [search-cached]="search (20), cached"
    [hsds-search]="HSDS search (20), unc."
    [hsds-search-cached]="HSDS search (20), cached"
    [this-week]="this week"
    [hsds-services]=/hsds/services
    [organisations]=/api/v1/organisations
    [front-page]=/
)
declare -A mode=([search]=unique [hsds-search]=unique)
# Rows one request at a time (wrk -c1), every address new: the latency of a single search and the first render of each
# cached page. Their paths that need an item (a place, an activity, a service) are found after the app starts.
single_names=(one-search one-listing one-front one-municipality one-place one-activity one-service one-agreement one-organisations one-hsds)
declare -A label+=(
    [one-search]="1 conn: search (20)"
    [one-listing]="1 conn: unfiltered list"
    [one-front]="1 conn: / first render"
    [one-municipality]="1 conn: municipality"
    [one-place]="1 conn: place"
    [one-activity]="1 conn: activity"
    [one-service]="1 conn: service"
    [one-agreement]="1 conn: agreement"
    [one-organisations]="1 conn: organisations"
    [one-hsds]="1 conn: /hsds/services"
)
SINGLE_DURATION="${BENCH_SINGLE_DURATION:-5}"
# With BENCH_INSTANCES=2, PostgreSQL's run also measures these rows on two instances of the app at once.
two_names=(two-bare two-search two-search-cached two-front-page)
declare -A label+=(
    [two-bare]="2 inst: /bench/bare"
    [two-search]="2 inst: search, uncached"
    [two-search-cached]="2 inst: search, cached"
    [two-front-page]="2 inst: /"
)
declare -A result generated memory startup
# Production refuses to start without a content key (decision 0029): a throw-away one, as the data is.
content_key="$(head -c 32 /dev/urandom | base64)"

# ---- one database: generate, start, measure, stop ------------------------------------------------------------
for db in $DBS; do
    if [[ "$db" == sqlite ]]; then provider=Sqlite; connection="Data Source=$tmp/bench.db"; else provider=Postgres; connection="$pg_connection"; fi
    echo "bench: generating the national dataset on $db (scale $SCALE)…" >&2
    start_time=$SECONDS
    ( cd "$tmp/generator" && env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Error Database__Provider="$provider" \
        ContentProtection__Key="$content_key" PublicUrl=http://127.0.0.1 \
        ConnectionStrings__Perheverkko="$connection" dotnet Perheverkko.Bench.dll generate --scale "$SCALE" ) >"$tmp/generate.log" 2>&1 \
        || { tail -n 30 "$tmp/generate.log" >&2; die "generating the data on $db failed."; }
    generated[$db]="$(grep '^Generated' "$tmp/generate.log" || true) [$(( SECONDS - start_time )) s]"
    echo "bench: ${generated[$db]}" >&2

    start_instance() { # base URL → starts the published app there in the background; its pid in $!
        (
            cd "$tmp/app"
            exec env \
                ASPNETCORE_ENVIRONMENT=Production \
                ASPNETCORE_URLS="$1" \
                PublicUrl="$1" \
                ${BENCH_SERVER_GC:+DOTNET_gcServer="$BENCH_SERVER_GC"} \
                Bench__BareEndpoint=true \
                ContentProtection__Key="$content_key" \
                Seed__DemoData=false \
                Jobs__Enabled=false \
                Logging__LogLevel__Default=Warning \
                Database__Provider="$provider" \
                ConnectionStrings__Perheverkko="$connection" \
                Mail__PickupFolder="$tmp/mail" \
                dotnet Perheverkko.Web.dll
        ) >>"$tmp/server.log" 2>&1 &
    }
    port="$(free_port)"
    base="http://127.0.0.1:$port"
    echo "bench: starting on $base ($db)…" >&2
    start_instance "$base"
    server_pid=$!
    start_app=$SECONDS
    for i in $(seq 1 240); do
        kill -0 "$server_pid" 2>/dev/null || die "the app exited while starting."
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/health" || true)" == 200 ]]; then break; fi
        [[ $i -lt 240 ]] || die "the app did not answer /health within 120 s."
        sleep 0.5
    done

    # Healthy is not yet searchable: the catalogue loads in the background (decision 0042). The time to health and
    # the time until the first search answers are both reported.
    healthy_after=$(( SECONDS - start_app ))
    curl -s -o /dev/null --max-time 120 "$base/api/v1/directory?q=perhekerho" || true
    startup[$db]="healthy after ${healthy_after} s, first search answered after $(( SECONDS - start_app )) s"
    first_id() { curl -s --max-time 30 "$base/api/v1/directory?$1" | grep -o '"id":"[0-9a-f-]*"' | head -n 1 | cut -d'"' -f4; }
    place_slug="$(curl -s --max-time 30 "$base/api/v1/directory?kind=MeetingPlace&municipality=mikkeli" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4)"
    paths[one-search]="${search_paths[*]}"
    paths[one-listing]=/directory
    paths[one-front]=/
    paths[one-municipality]=/directory/municipalities/mikkeli
    paths[one-place]="/directory/places/$place_slug"
    paths[one-activity]="/directory/activities/$(first_id 'kind=OpenActivity')"
    paths[one-service]="/directory/services/$(first_id 'kind=Service')"
    paths[one-agreement]=/agreement
    paths[one-organisations]=/api/v1/organisations
    paths[one-hsds]=/hsds/services

    measure() { # name threads connections seconds
        local name="$1" list script code
        read -r -a list <<<"${paths[$name]}"
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base${list[0]}" || true)"
        [[ "$code" == 200 ]] || die "GET ${list[0]} answered $code on $db, not 200."
        script="$(wrk_script "${mode[$name]:-same}" "${list[@]}")"
        if [[ "$WARMUP" -gt 0 ]]; then wrk -t"$2" -c"$3" -d"${WARMUP}s" -s "$script" "$base" >/dev/null; fi
        echo "bench: $db ${label[$name]} for $4 s (-t$2 -c$3)…" >&2
        result[$db:$name]="$(wrk -t"$2" -c"$3" -d"$4s" --timeout 30s -s "$script" "$base" | awk '$1 == "BENCH" { print $2, $3, $4, $5, $6 }')"
    }
    # A started app runs its hot paths unoptimised until the JIT has recompiled them with what it saw (tiered PGO):
    # measured 2026-12-06, the uncached search ran at a third of its speed for the first 20–30 s. The rows measure
    # the app as it runs for days, so the searches are loaded first, unmeasured; the start itself is in the header.
    if [[ "$APP_WARMUP" -gt 0 ]]; then
        echo "bench: warming $db up with the searches for $APP_WARMUP s…" >&2
        for name in search hsds-search; do
            read -r -a list <<<"${paths[$name]}"
            wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( (APP_WARMUP + 1) / 2 ))s" -s "$(wrk_script unique "${list[@]}")" "$base" >/dev/null
        done
    fi
    for name in "${names[@]}"; do
        [[ -n "${paths[$name]}" ]] || continue
        measure "$name" "$THREADS" "$CONNECTIONS" "$DURATION"
    done
    for name in "${single_names[@]}"; do
        mode[$name]=unique
        measure "$name" 1 1 "$SINGLE_DURATION"
    done
    if [[ "$INSTANCES" == 2 && "$db" == postgres ]]; then
        # A second instance on the same database, each loaded by its own wrk with half the connections: what one more
        # instance adds on this machine (both share its cores with PostgreSQL and wrk).
        base2="http://127.0.0.1:$(free_port)"
        echo "bench: starting a second instance on $base2…" >&2
        start_instance "$base2"
        second_pid=$!
        for i in $(seq 1 240); do
            [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base2/health" || true)" == 200 ]] && break
            sleep 0.5
        done
        curl -s -o /dev/null --max-time 120 "$base2/api/v1/directory?q=perhekerho" || true
        for name in "${two_names[@]}"; do
            read -r -a list <<<"${paths[${name#two-}]}"
            script="$(wrk_script "${mode[${name#two-}]:-same}" "${list[@]}")"
            half=$(( CONNECTIONS / 2 ))
            # Each wait names the first wrk: a bare `wait` would wait for the app instances too.
            if [[ "$WARMUP" -gt 0 ]]; then
                wrk -t1 -c"$half" -d"${WARMUP}s" -s "$script" "$base" >/dev/null &
                first=$!
                wrk -t1 -c"$half" -d"${WARMUP}s" -s "$script" "$base2" >/dev/null
                wait "$first"
            fi
            echo "bench: $db ${label[$name]} for ${DURATION} s (two instances, -t1 -c$half each)…" >&2
            wrk -t1 -c"$half" -d"${DURATION}s" --timeout 30s -s "$script" "$base" | awk '$1 == "BENCH"' >"$tmp/one.out" &
            first=$!
            wrk -t1 -c"$half" -d"${DURATION}s" --timeout 30s -s "$script" "$base2" | awk '$1 == "BENCH"' >"$tmp/two.out"
            wait "$first"
            # requests/s add up; each percentile is the worse of the two instances'
            result[$db:$name]="$(cat "$tmp/one.out" "$tmp/two.out" | awk '{ r += $2; for (i = 3; i <= 6; i++) if ($i > m[i]) m[i] = $i } END { print r, m[3], m[4], m[5], m[6] }')"
        done
        kill -TERM "$second_pid" 2>/dev/null || true
        wait "$second_pid" 2>/dev/null || true
    fi
    rss_kb="$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0)"
    hwm_kb="$(awk '$1 == "VmHWM:" { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0)"
    memory[$db]="RSS $(( ${rss_kb:-0} / 1024 )) MiB, peak RSS (VmHWM) $(( ${hwm_kb:-0} / 1024 )) MiB"
    stop_server
done

# ---- report ----------------------------------------------------------------------------------------------
echo
echo "Perheverkko load benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "scale $SCALE; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (warm-up ${WARMUP}s per row, ${APP_WARMUP}s of searches first); $(nproc) CPUs; dotnet $(dotnet --version)"
for db in $DBS; do echo "$db: ${generated[$db]}"; echo "$db: ${startup[$db]}"; done
echo
printf '%-9s %-24s %11s %9s %9s %9s %8s %7s\n' database endpoint "requests/s" "p50 ms" "p95 ms" "p99 ms" "vs bare" errors
printf '%-9s %-24s %11s %9s %9s %9s %8s %7s\n' --------- ------------------------ ----------- --------- --------- --------- -------- -------
for db in $DBS; do
    read -r bare _ <<<"${result[$db:bare]}"
    for name in "${names[@]}" "${single_names[@]}" "${two_names[@]}"; do
        [[ -n "${result[$db:$name]:-}" ]] || continue
        read -r rps p50 p95 p99 errors <<<"${result[$db:$name]}"
        ratio="$(awk -v a="$rps" -v b="$bare" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')"
        printf '%-9s %-24s %11.0f %9s %9s %9s %8s %7s\n' "$db" "${label[$name]}" "$rps" "$p50" "$p95" "$p99" "$ratio" "$errors"
    done
done
echo
for db in $DBS; do echo "server memory after the $db run: ${memory[$db]}"; done
[[ -n "$THIS_WEEK_URL" ]] || echo "(\"this week\" not measured: set BENCH_THIS_WEEK_URL to the directory's listing, e.g. '/this-week?municipality=mikkeli')"
