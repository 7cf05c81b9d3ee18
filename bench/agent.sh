#!/usr/bin/env bash
# Times the agent layer per turn with a model that answers at once (routing rules, memory window,
# tools, the llm_call trace), then rewrites the agent section of docs/benchmarks.md. Arguments pass
# through to ai.xseven.agent.AgentLayerBench (e.g. --quick).
# Nothing here runs in ./mvnw verify: the harness class is named *Bench, not *Test or *IT.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p bench/results
./mvnw -q -ntp test-compile
./mvnw -q -ntp dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=bench/results/test-classpath.txt >/dev/null

# BENCH_JAVA_OPTS (e.g. -Xmx1g) is split into words on purpose.
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} \
  -Dlogback.configurationFile=bench/logback-bench.xml \
  -cp "target/classes:target/test-classes:$(cat bench/results/test-classpath.txt)" \
  ai.xseven.agent.AgentLayerBench --out docs/benchmarks.md "$@"
