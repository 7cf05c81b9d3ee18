#!/usr/bin/env bash
# Times the guardrails per message (rules alone, and the whole input guardrail with the embedding
# model) and the compile time of the shipped rule sets, then rewrites the guardrails section of
# docs/benchmarks.md. Arguments pass through to ai.xseven.guardrail.GuardrailBench (e.g. --quick).
exec "$(dirname "$0")/run-harness.sh" ai.xseven.guardrail.GuardrailBench "$@"
