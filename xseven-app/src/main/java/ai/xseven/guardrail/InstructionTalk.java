package ai.xseven.guardrail;

/** The reply talks about the assistant's own instructions ("my instructions are ..."). */
public record InstructionTalk(String phrase) {}
