-- Who in the studio took a conversation over from the assistant (a studio username); null while
-- the assistant has it, or when the assistant itself handed it to "the staff" without a name.
alter table conversation add column taken_over_by varchar(100);
