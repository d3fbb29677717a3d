#!/usr/bin/env bash
# npm test: the static checks, the unit tests, the build of both locales, the
# build tests and the browser tests; it stops at the first step that fails.
# The static checks run one single-threaded tool after another, so the unit
# tests run beside them, on the core they leave idle (neither writes into the
# site). Their output is printed whole once both have finished.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf .tmp/test-reports
mkdir -p .tmp

npm run check > .tmp/check.log 2>&1 &
check=$!
npm run test:unit
unit=$?
wait "$check"
checked=$?
cat .tmp/check.log
if [ "$checked" -ne 0 ]; then
  echo "npm test: npm run check failed (its output is above)" >&2
  exit "$checked"
fi
[ "$unit" -eq 0 ] || exit "$unit"

npm run build:test && npm run test:build && npm run test:e2e && node tests/summary.mjs
