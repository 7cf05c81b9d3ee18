-- What the guardrails decided about each message, for the studio's transcript view: the decision
-- and the names of the rules that fired (newline-separated). Null where no guardrail ran.
alter table message add column guardrail_decision varchar(20);
alter table message add column guardrail_rules varchar(4000);

-- Things a business owner must act on, such as a conversation handed over to staff.
create table owner_notification (
    id              uuid primary key,
    business_id     uuid not null references business (id),
    conversation_id uuid references conversation (id),
    kind            varchar(40)  not null,
    text            varchar(2000) not null,
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone
);
create index owner_notification_business on owner_notification (business_id, created_at);
