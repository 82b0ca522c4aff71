#!/usr/bin/env bash
# The load benchmark (api-docs/performance.md): builds the API and the baseline in Release, starts the API on a fresh
# demo-seeded SQLite database with the rate limits raised, captures the ceiling's answers from it, starts the baseline
# on the same database file, and runs the wrk matrix through driver.py. Everything listens on 127.0.0.1 only; both
# servers are stopped by their PIDs on exit. Options after the script go to the driver, e.g. --duration 5 --warmup 1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null 2>&1; then
  echo "load: installing wrk from Debian's packages"
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

work=$(mktemp -d /tmp/backpack-load.XXXXXX)
pids=()
stop_servers() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_servers EXIT

echo "load: building the API and the baseline in Release"
dotnet build "$root/src/Backpack.Catalog.Api" -c Release -nologo -v quiet
dotnet build "$here/Baseline" -c Release -nologo -v quiet
api_bin="$root/src/Backpack.Catalog.Api/bin/Release/net10.0"
baseline_bin="$here/Baseline/bin/Release/net10.0"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
api_port=$(free_port)
baseline_port=$(free_port)

wait_until_ready() { # url, log file
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "load: $1 did not answer within 60 s; the log follows" >&2
  tail -n 40 "$2" >&2
  exit 1
}

# The quotas would answer 429 within a second at these rates: every policy gets 1,000,000 requests per second.
echo "load: starting the API on 127.0.0.1:$api_port (data in $work/data)"
(
  cd "$api_bin"
  exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
    Database__DataFolder="$work/data" Database__SeedDemoCatalogue=true \
    RateLimits__Anonymous__PermitLimit=1000000 RateLimits__Anonymous__Window=00:00:01 \
    RateLimits__Storefront__PermitLimit=1000000 RateLimits__Storefront__Window=00:00:01 \
    RateLimits__Distributor__PermitLimit=1000000 RateLimits__Distributor__Window=00:00:01 \
    dotnet Backpack.Catalog.Api.dll
) >"$work/api.log" 2>&1 &
api_pid=$!
pids+=("$api_pid")
wait_until_ready "http://127.0.0.1:$api_port/health/ready" "$work/api.log"

python3 "$here/driver.py" capture --api "http://127.0.0.1:$api_port" --out "$work/ceiling"

echo "load: starting the baseline on 127.0.0.1:$baseline_port"
(
  cd "$baseline_bin"
  exec dotnet Backpack.Catalog.Load.Baseline.dll "$baseline_port" "$work/data/backpack-catalog.db" "$work/ceiling"
) >"$work/baseline.log" 2>&1 &
baseline_pid=$!
pids+=("$baseline_pid")
wait_until_ready "http://127.0.0.1:$baseline_port/ceiling/product" "$work/baseline.log"

python3 "$here/driver.py" run --api "http://127.0.0.1:$api_port" --baseline "http://127.0.0.1:$baseline_port" --out "$work" \
  --api-pid "$api_pid" --baseline-pid "$baseline_pid" "$@"
