-- Who in the studio took a conversation over from the assistant (a studio username); null while
-- the assistant has it, or when the assistant itself handed it to "the staff" without a name.
alter table conversation add column taken_over_by varchar(100);

-- The decisive guardrail rule's sentence for a message (why it was blocked, redacted, escalated).
alter table message add column guardrail_reason varchar(1000);
