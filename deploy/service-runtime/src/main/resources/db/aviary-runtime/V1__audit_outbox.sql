-- Audit events waiting for delivery to release-api (written in the same transaction as the change).
create table audit_outbox (
    position   bigint generated always as identity primary key,
    event_id   uuid        not null unique,
    payload    text        not null,
    created_at timestamptz not null default now()
);
