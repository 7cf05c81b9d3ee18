package ai.xseven.widgetsecurity;

/** Why a request from another site is not served, as a sentence for the problem's detail. */
record Refusal(String detail) {}
