#!/usr/bin/env bash
# Starts N appointment workflows (default 10,000) against the embedded Temporal server, and against
# the cluster at TEMPORAL_ADDRESS (namespace TEMPORAL_NAMESPACE) when it is set; reports the start
# rate, memory and how late reminders fire, then rewrites the workflows section of
# docs/benchmarks.md. Arguments pass through to ai.xseven.workflow.WorkflowBench, e.g.
#   bench/workflows.sh --n 500
#   TEMPORAL_ADDRESS=localhost:7233 bench/workflows.sh --targets external
# A run takes the lead time (3 min) plus the time to start N workflows plus the stragglers' wait.
exec "$(dirname "$0")/run-harness.sh" ai.xseven.workflow.WorkflowBench "$@"
