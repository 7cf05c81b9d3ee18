#!/usr/bin/env bash
# Runs one in-process benchmark harness (a *Bench class under xseven-app/src/test, never run by ./mvnw verify)
# on the test classpath: bench/run-harness.sh <main class> [arguments...]. The harness rewrites its
# own section of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

harness="$1"
shift
mkdir -p bench/results
./mvnw -q -ntp test-compile
./mvnw -q -ntp -pl xseven-app -am dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/bench/results/test-classpath.txt" >/dev/null

# BENCH_JAVA_OPTS (e.g. -Xmx1g) is split into words on purpose.
# shellcheck disable=SC2086
# The harness runs in the application module, whose tests read rules/ and processes/ from there.
cd xseven-app
java ${BENCH_JAVA_OPTS:-} \
  -Dlogback.configurationFile=../bench/logback-bench.xml \
  -cp "target/classes:target/test-classes:$(cat ../bench/results/test-classpath.txt)" \
  "$harness" --out ../docs/benchmarks.md "$@"
