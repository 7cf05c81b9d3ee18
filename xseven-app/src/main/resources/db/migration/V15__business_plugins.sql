-- The plugins a business has allowed its diagrams and agents to use, beyond the platform's own.
-- rules/plugin-policy.drl decides what being on this list means.

create table business_plugin (
    business_id uuid         not null references business (id) on delete cascade,
    plugin_id   varchar(100) not null,
    added_by    varchar(200) not null,
    added_at    timestamp with time zone not null,
    primary key (business_id, plugin_id)
);
