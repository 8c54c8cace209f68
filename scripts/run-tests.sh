#!/usr/bin/env bash
# The test command (`npm test`, what CI runs): every test on SQLite as before, then the store suite
# and the routes' conflict tests (409 on a stale edit) again on a real PostgreSQL — one suite, two
# engines. The PostgreSQL is a throwaway cluster (scripts/pg-cluster.sh) started for the run on a
# loopback port and stopped and removed at the end whatever happens; its admin URL is in
# MIZAN_TEST_PG for the whole run (test/store/postgres/ tests the adapter on it in the first pass).
# Prints one line of counts per pass at the end; exits non-zero if any pass failed.
set -uo pipefail
cd "$(dirname "$0")/.."

MOCHA=(npx --no-install mocha)
# The tests that assert 409 on a stale edit, by their titles, in the routes files that hold them
# (the sentence panel's test of a stale version is named for its operation).
CONFLICT_FILES=(dist/test/routes/editor.test.js dist/test/routes/documents-manage.test.js dist/test/routes/sentences.test.js dist/test/routes/archives.test.js)
CONFLICT_TITLES='409|stale|conflict|runs an operation from the form'

cluster=$(mktemp -d "${TMPDIR:-/tmp}/mizan-test-pg-XXXXXX")
logs=$(mktemp -d "${TMPDIR:-/tmp}/mizan-test-logs-XXXXXX")
cleanup() {
  bash scripts/pg-cluster.sh stop "$cluster" >/dev/null || echo "run-tests: could not remove the test cluster in $cluster" >&2
  rm -rf "$logs"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! MIZAN_TEST_PG=$(bash scripts/pg-cluster.sh start "$cluster"); then
  echo "run-tests: could not start a PostgreSQL for the tests (see above)." >&2
  exit 1
fi
export MIZAN_TEST_PG
unset MIZAN_TEST_ENGINE

color=()
[ -t 1 ] && color=(--color)

# Runs mocha with the given arguments, its output shown as it comes and kept in $logs/$1.log.
run_pass() {
  local name=$1
  shift
  "${MOCHA[@]}" "${color[@]}" "$@" 2>&1 | tee "$logs/$name.log"
  return "${PIPESTATUS[0]}"
}

# The counts of a pass from the spec reporter's closing lines ("N passing (…)", "N failing", "N pending").
counts() {
  local log=$logs/$1.log plain passing failing pending
  plain=$(sed 's/\x1b\[[0-9;]*m//g' "$log")
  passing=$(grep -Eo '^ *[0-9]+ passing' <<<"$plain" | tail -1 | grep -Eo '[0-9]+')
  failing=$(grep -Eo '^ *[0-9]+ failing' <<<"$plain" | tail -1 | grep -Eo '[0-9]+')
  pending=$(grep -Eo '^ *[0-9]+ pending' <<<"$plain" | tail -1 | grep -Eo '[0-9]+')
  echo "${passing:-0} passing, ${failing:-0} failing, ${pending:-0} pending"
}

run_pass sqlite 'dist/test/**/*.test.js'
sqlite_status=$?

echo
echo "The store suite and the routes' conflict tests again on PostgreSQL ($MIZAN_TEST_PG)"
# (test/store/postgres/, the adapter's own tests, ran in the first pass: they do not depend on the engine.)
MIZAN_TEST_ENGINE=postgres run_pass postgres-store 'dist/test/store/**/*.test.js' --ignore 'dist/test/store/postgres/**'
store_status=$?
MIZAN_TEST_ENGINE=postgres run_pass postgres-conflicts --grep "$CONFLICT_TITLES" "${CONFLICT_FILES[@]}"
conflict_status=$?

echo
echo "Summary"
echo "  SQLite:     every test                     $(counts sqlite) (exit $sqlite_status)"
echo "  PostgreSQL: store suite (test/store/)      $(counts postgres-store) (exit $store_status)"
echo "  PostgreSQL: routes' conflict tests (409)   $(counts postgres-conflicts) (exit $conflict_status)"

[ "$sqlite_status" -eq 0 ] && [ "$store_status" -eq 0 ] && [ "$conflict_status" -eq 0 ]
