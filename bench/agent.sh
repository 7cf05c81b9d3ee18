#!/usr/bin/env bash
# Times the agent layer per turn with a model that answers at once (routing rules, memory window,
# tools, the llm_call trace), then rewrites the agent section of docs/benchmarks.md. Arguments pass
# through to ai.xseven.agent.AgentLayerBench (e.g. --quick).
exec "$(dirname "$0")/run-harness.sh" ai.xseven.agent.AgentLayerBench "$@"
