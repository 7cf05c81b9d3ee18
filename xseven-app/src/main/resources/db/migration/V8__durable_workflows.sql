-- Issue 5: durable appointment and order workflows.

-- What a business's workflows do, set by its owner; read when a workflow starts, so a change
-- applies to bookings and orders made after it.
alter table business add column reminder_offsets varchar(200) default 'PT24H,PT1H' not null;
alter table business add column check_in_opens_minutes integer default 30 not null;
alter table business add column no_show_after_minutes integer default 15 not null;
alter table business add column follow_up_after_minutes integer default 120 not null;
alter table business add column order_accept_timeout_minutes integer default 10 not null;
alter table business add column order_prepare_minutes integer default 30 not null;
alter table business add column order_pickup_minutes integer default 60 not null;
alter table business add column notification_channels varchar(200) default 'conversation' not null;

-- The workflow that drives each booking and order, and where to reach the customer outside the
-- chat (an e-mail address or a phone number; optional).
alter table booking add column workflow_id varchar(200);
alter table booking add column customer_contact varchar(200);
alter table customer_order add column workflow_id varchar(200);
alter table customer_order add column customer_contact varchar(200);
-- When the business accepted the order: a re-armed workflow measures preparation from it.
alter table customer_order add column accepted_at timestamp with time zone;

-- One row per notification and channel: a retried activity finds its row and sends nothing.
create table notification_delivery (
    dedup_key    varchar(200) not null,
    channel      varchar(40)  not null,
    delivered_at timestamp with time zone not null,
    primary key (dedup_key, channel)
);

-- Owner notifications from workflows (no-show, overrunning order) carry a dedup key too.
alter table owner_notification add column dedup_key varchar(200);
create unique index owner_notification_dedup on owner_notification (dedup_key);

-- The money side of an order: a hold when it is accepted, captured when preparation starts,
-- released or refunded when it is cancelled. One row per order and kind: activities retry safely.
create table order_payment (
    order_id     uuid        not null references customer_order (id),
    kind         varchar(20) not null,
    amount_cents integer     not null check (amount_cents >= 0),
    currency     varchar(3)  not null,
    at           timestamp with time zone not null,
    primary key (order_id, kind)
);
