-- Every attempt of every LLM call, for the per-conversation trace and the cost totals; and a
-- monthly LLM budget per business that the model-routing rules enforce.
-- No foreign keys on purpose: a trace row is written inside the turn's transaction, which holds the
-- conversation row locked, and must also be writable after that transaction rolled back.

create table llm_call (
    id                uuid primary key,
    call_id           uuid          not null,
    attempt           integer       not null,
    conversation_id   uuid,
    business_id       uuid,
    element_id        varchar(255),
    tier              varchar(40)   not null,
    provider          varchar(20)   not null,
    model             varchar(200)  not null,
    route_reason      varchar(500),
    prompt_tokens     integer       not null,
    completion_tokens integer       not null,
    latency_ms        bigint        not null,
    cost_cents        numeric(16,6) not null,
    outcome           varchar(10)   not null check (outcome in ('ok', 'fallback', 'failed')),
    error             varchar(1000),
    fallback_from     varchar(40),
    created_at        timestamp with time zone not null
);
create index llm_call_conversation on llm_call (conversation_id, created_at);
create index llm_call_business_time on llm_call (business_id, created_at);

-- US cents per calendar month (UTC); null = no limit.
alter table business add column monthly_budget_cents bigint;
alter table business add constraint business_budget_not_negative check (monthly_budget_cents >= 0);

-- The demo businesses (ids derived from their slugs, see DemoBusinesses) where already seeded.
update business set monthly_budget_cents = 2000 where id = 'fa4ccf3f-8e22-33f9-a0ac-8982781d403a';
update business set monthly_budget_cents = 1500 where id = 'b28a4783-4832-3da4-b74c-a4da46088878';
update business set monthly_budget_cents = 1000 where id = 'd3746d56-967d-3b92-9af8-16ab3c46bdf6';
