#!/usr/bin/env bash
# The project's one test command: restore, build warning-free, check formatting, run every test,
# and smoke-test the ./fcps launcher. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=".test-results"
rm -rf "$results"

# The browser tests drive Debian's Chromium through its ChromeDriver; without them they fail, so say why before building.
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  if [ ! -x "$tool" ]; then
    echo "$tool is missing: the browser tests need Debian's Chromium (as root: apt-get install -y chromium chromium-driver fonts-noto-cjk; .ci/run does this)" >&2
    exit 1
  fi
done

# The questionnaire workbook round trip drives Debian's LibreOffice Calc through its Python bridge.
if [ ! -x /usr/bin/soffice ] || ! /usr/bin/python3 -c 'import uno' 2>/dev/null; then
  echo "LibreOffice Calc or its Python bridge is missing: the workbook round-trip tests need them (as root: apt-get install -y --no-install-recommends libreoffice-calc python3-uno; .ci/run does this)" >&2
  exit 1
fi

# The OpenAPI lint test runs Redocly CLI (an npm package) under Node.js 20.19 or later.
if ! command -v npm >/dev/null 2>&1; then
  echo "node and npm are missing: the OpenAPI lint test runs Redocly CLI (Node.js 20.19 or later; docs/api.md)" >&2
  exit 1
fi

echo "== restore"
dotnet restore FactoryCps.slnx
# The tool manifest's Kiota: a test regenerates the checked-in API client with it (docs/api.md).
dotnet tool restore
# Redocly CLI, pinned by its lock file, for the test that lints the API's OpenAPI document (docs/api.md).
if [ ! -d tools/openapi-lint/node_modules ] || [ tools/openapi-lint/package-lock.json -nt tools/openapi-lint/node_modules/.package-lock.json ]; then
  (cd tools/openapi-lint && npm ci --prefer-offline --no-audit --no-fund)
fi
# axe-core, pinned by its lock file: a test checks that the copy the browser tests inject is this one (docs/web.md).
if [ ! -d tools/axe-core/node_modules ] || [ tools/axe-core/package-lock.json -nt tools/axe-core/node_modules/.package-lock.json ]; then
  (cd tools/axe-core && npm ci --prefer-offline --no-audit --no-fund)
fi
echo "== build (warnings are errors)"
dotnet build FactoryCps.slnx --no-restore -c Release --nologo
echo "== format"
# IDE0005 (unused usings) is enforced by the build, which sees the generated resource classes;
# dotnet format's workspace does not, and would call their usings unnecessary.
dotnet format FactoryCps.slnx --verify-no-changes --no-restore --exclude-diagnostics IDE0005
if [ -z "${FCPS_TEST_POSTGRES:-}" ]; then
  # The same database tests run on SQLite and PostgreSQL; a missing server fails them, so start one.
  echo "== postgresql"
  FCPS_TEST_POSTGRES="$(scripts/postgres-for-tests.sh)"
  export FCPS_TEST_POSTGRES
fi

echo "== tests"
status=0
dotnet test FactoryCps.slnx --no-build -c Release --nologo \
  --logger "trx;LogFileName=tests.trx" --results-directory "$results" || status=$?

echo "== launcher"
./fcps --version
./fcps catalog threats --format json --lang en >/dev/null
# The server as users start it (the published fcps, not the test host): it must migrate a new database,
# print the setup link and answer the sign-in page.
serve_dir="$(mktemp -d)"
./fcps serve --demo --data "$serve_dir/data" --urls http://127.0.0.1:5397 >"$serve_dir/log" 2>&1 &
serve_pid=$!
serve_ok=0
for _ in $(seq 1 120); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5397/login)" = 200 ]; then serve_ok=1; break; fi
  sleep 0.5
done
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true
if [ "$serve_ok" != 1 ] || ! grep -q "/setup?token=" "$serve_dir/log"; then
  echo "fcps serve did not start, answer /login or print the setup link:" >&2
  tail -20 "$serve_dir/log" >&2
  status=1
fi
rm -rf "$serve_dir"

# One plain closing line, summed over every test project.
read -r passed failed total < <(
  grep -ho '<Counters [^>]*>' "$results"/*.trx |
    sed -E 's/.*total="([0-9]+)".*passed="([0-9]+)".*failed="([0-9]+)".*/\2 \3 \1/' |
    awk '{p+=$1; f+=$2; t+=$3} END {print p+0, f+0, t+0}'
)
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ]; then
  # A crashed test host (a stack overflow, say) reports only the tests it finished: the counts above look green.
  echo "the run failed (exit $status): see the output above" >&2
fi
if [ "$total" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
