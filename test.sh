#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed[, N skipped]".
# Usage: ./test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"

# Browsers and Node test clients first; a failure here is a failed run, not a silent skip.
if ! ./tests/setup-test-deps.sh; then
  echo "0 passed, 1 failed"
  exit 1
fi

results="$(mktemp -d)"
pg="$(mktemp -d)"
trap 'rm -rf "$results"; ./tests/postgres.sh stop "$pg"' EXIT

# PostgreSQL for the tests that run on both providers: a throwaway cluster for this run only.
if ! ./tests/postgres.sh install || ! PARTICIPATIE_TEST_POSTGRES="$(./tests/postgres.sh start "$pg")"; then
  echo "PostgreSQL could not be installed or started (see $pg)"
  echo "0 passed, 1 failed"
  exit 1
fi
export PARTICIPATIE_TEST_POSTGRES

dotnet test Participatie.sln --nologo --logger "trx" --results-directory "$results" "$@"
rc=$?

# The Host's tests once more, each on a PostgreSQL database of its own instead of a SQLite file, with what the first
# pass built; tests of one provider's own behaviour ran in the first pass (tests/Host.Tests/Infrastructure/TestProviders.cs).
PARTICIPATIE_TEST_PROVIDER=postgres dotnet test tests/Host.Tests --no-build --nologo --logger "trx;LogFileName=postgres.trx" \
  --results-directory "$results" --filter "Providers!=sqlite&Providers!=postgres" || rc=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done

# A project that did not build produces no results file: count it as a failure so it cannot pass silently.
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$rc"
