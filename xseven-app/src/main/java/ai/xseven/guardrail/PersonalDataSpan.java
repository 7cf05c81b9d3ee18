package ai.xseven.guardrail;

/** Valid personal data at {@code [start, end)} of the original text; kind is CARD, EMAIL, PHONE or IBAN. */
record PersonalDataSpan(String kind, int start, int end) {}
