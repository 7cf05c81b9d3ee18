-- Orders for pick-up: catalog items at the catalog's prices, taken in a customer's conversation.
-- status is PLACED or CANCELLED for now; issue 5 adds ACCEPTED, REJECTED, PREPARING, READY and
-- PICKED_UP (a durable workflow), so the column is wide and has no check constraint.
create table customer_order (
    id              uuid primary key,
    business_id     uuid not null references business (id),
    conversation_id uuid,
    customer_name   varchar(200) not null,
    status          varchar(20)  not null,
    total_cents     integer      not null check (total_cents >= 0),
    currency        varchar(3)   not null,
    pickup_at       timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index customer_order_conversation on customer_order (conversation_id, created_at);
create index customer_order_business on customer_order (business_id, created_at);

-- One line per catalog item; name and unit price are copied so that a later price change or
-- removal does not rewrite what the customer ordered.
create table order_line (
    order_id         uuid not null references customer_order (id),
    position         integer not null,
    catalog_item_id  uuid not null references catalog_item (id),
    name             varchar(200) not null,
    unit_price_cents integer not null check (unit_price_cents >= 0),
    quantity         integer not null check (quantity between 1 and 20),
    primary key (order_id, position)
);
