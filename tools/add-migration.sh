#!/usr/bin/env bash
# Adds one EF Core migration, named as given, for both database providers:
#   src/Perheverkko.Migrations.Sqlite/Migrations/<timestamp>_<Name>.cs (+ .Designer.cs, snapshot) and the same
#   under src/Perheverkko.Migrations.Postgres.
# Runs dotnet-ef from the repository's tool manifest (dotnet-tools.json); each migrations project is its own
# startup project and makes the context with its DesignTimeFactory, so no database is needed.
# Undo the last one with: dotnet ef migrations remove --project src/Perheverkko.Migrations.<Provider>
# See docs/development.md.
set -euo pipefail

if [[ $# -ne 1 || ! $1 =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: tools/add-migration.sh Name   (PascalCase, e.g. MeetingRooms)" >&2
  exit 2
fi
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  echo "== $provider"
  dotnet ef migrations add "$1" --project "src/Perheverkko.Migrations.$provider"
done
