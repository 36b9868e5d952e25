#!/usr/bin/env bash
# The whole test suite. On a fresh Debian machine with the .NET 10 SDK it first installs what the tests need and
# is missing (PostgreSQL, whose server the tests start themselves, Chromium for the browser tests, Poppler to read
# the PDFs the app writes, Voikko with its Finnish dictionary — the app runs without it, but the search tests check
# its recall), then builds once and runs every test project. Extra arguments go to `dotnet test` (for example --filter ...).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
command -v chromium > /dev/null || missing+=(chromium)
command -v git > /dev/null || missing+=(git)
command -v pdftotext > /dev/null || missing+=(poppler-utils) # tests read the app's PDFs with a real reader
command -v python3 > /dev/null || missing+=(python3) # tests read the app's e-mails with Python's email package too
compgen -G "/usr/lib/*/libvoikko.so.1" > /dev/null || compgen -G "/usr/lib/libvoikko.so.1" > /dev/null || missing+=(libvoikko1)
compgen -G "/usr/lib/voikko/*/mor-*/mor.vfst" > /dev/null || compgen -G "/usr/share/voikko/*/mor-*/mor.vfst" > /dev/null || missing+=(voikko-fi)
command -v node > /dev/null || missing+=(nodejs)
command -v npm > /dev/null || missing+=(npm)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "The tests need: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} (Debian packages)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

# The real third-party tools the tests use (the ical.js parser, the Redocly OpenAPI linter), pinned by the lock file.
# Installed again when the lock file is newer than what npm last installed (a new or changed tool, e.g. after a pull).
if [[ ! -f tests/tools/node_modules/.package-lock.json || tests/tools/package-lock.json -nt tests/tools/node_modules/.package-lock.json ]]; then
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Perheverkko.slnx --nologo -v quiet -clp:NoSummary,ErrorsOnly

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
for project in tests/Perheverkko.UnitTests tests/Perheverkko.IntegrationTests tests/Perheverkko.BrowserTests; do
  echo "== $project"
  if ! dotnet test "$project" --no-build --nologo "$@" 2>&1 | tee -a "$log"; then status=1; fi
done

# One plain closing line over all projects.
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit $status
