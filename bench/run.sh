#!/usr/bin/env bash
# Builds X-Seven, starts it on a fresh H2 database with the bench endpoint switched on, runs
# bench/LoadDriver.java against it (arguments pass through, e.g. --n 100,1000 --duration 30),
# writes the report into docs/benchmarks.md and stops the app again.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${BENCH_PORT:-8080}"
results=bench/results
base="http://localhost:$port"

if curl -fs -o /dev/null "$base/actuator/health"; then
  echo "something already listens on $base; stop it or set BENCH_PORT" >&2
  exit 1
fi

./mvnw -q -DskipTests package
jar=$(ls xseven-app/target/xseven-app-*-exec.jar | head -n 1)

# A fresh embedded database each run; xseven.data-dir keeps the app's own H2 URL options.
rm -rf "$results/data"
mkdir -p "$results"
# BENCH_JAVA_OPTS (e.g. -Xmx2g) is split into words on purpose.
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar "$jar" \
  --server.port="$port" \
  --xseven.data-dir="./$results/data" \
  --xseven.bench.enabled=true \
  --xseven.widget.rate-limits.enabled=false \
  >"$results/app.log" 2>&1 &
app_pid=$!

stop_app() {
  kill "$app_pid" 2>/dev/null || return 0
  for _ in $(seq 1 30); do
    kill -0 "$app_pid" 2>/dev/null || return 0
    sleep 1
  done
  kill -9 "$app_pid" 2>/dev/null || true
}
trap stop_app EXIT

echo "waiting for $base/actuator/health (log: $results/app.log)" >&2
for i in $(seq 1 300); do
  if curl -fs "$base/actuator/health" | grep -q '"status":"UP"'; then
    break
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the app exited during start-up; see $results/app.log" >&2
    exit 1
  fi
  if [ "$i" -eq 300 ]; then
    echo "the app did not report UP within 300 s; see $results/app.log" >&2
    exit 1
  fi
  sleep 1
done

java bench/LoadDriver.java --base "$base" --out docs/benchmarks.md "$@"
