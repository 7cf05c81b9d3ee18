-- People who sign in to the studio. Passwords are bcrypt hashes; an OWNER belongs to one business
-- and sees only it, ADMIN and ANALYST see every business.
create table studio_user (
    id            uuid primary key,
    username      varchar(100) not null unique,
    password_hash varchar(100) not null,
    role          varchar(20)  not null check (role in ('ADMIN', 'ANALYST', 'OWNER')),
    business_id   uuid references business (id),
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null,
    check ((role = 'OWNER') = (business_id is not null))
);
