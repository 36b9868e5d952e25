#!/usr/bin/env bash
# The Perheneuvo staff queue with 10,000 contacts in one team, on SQLite and PostgreSQL: seeds them through the app's
# entities (in the integration-test harness, which starts its own PostgreSQL) and prints the median and p95 time of the
# queue page /staff/perheneuvo as a Juva worker sees it. Settings: BENCH_ADVICE_CONTACTS (10000), BENCH_ADVICE_REQUESTS (100).
set -euo pipefail
cd "$(dirname "$0")/.."
result="$(mktemp)"
trap 'rm -f "$result"' EXIT
dotnet build tests/Perheverkko.IntegrationTests --nologo -v quiet -clp:NoSummary,ErrorsOnly
BENCH_ADVICE_QUEUE=1 BENCH_ADVICE_RESULT="$result" dotnet test tests/Perheverkko.IntegrationTests --no-build \
  --filter "FullyQualifiedName~AdviceQueueBench" >/dev/null
cat "$result"
