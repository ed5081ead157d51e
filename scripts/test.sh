#!/usr/bin/env bash
# Runs every ProdReady test. Installs what the tests need first, so it works on a fresh machine with only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."

# The HTML report's browser tests drive Debian's Chromium; Playwright's own browser downloads are never used.
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium for the browser tests" >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet build ProdReady.slnx -c Release --nologo -v quiet
dotnet format ProdReady.slnx --verify-no-changes --no-restore
set +e
dotnet test ProdReady.slnx -c Release --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line with the totals of every test assembly.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ n += $2 } END { print n + 0 }')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ n += $2 } END { print n + 0 }')
echo "${passed:-0} passed, ${failed:-0} failed"
if [ "${passed:-0}" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
