-- Full-link grayscale control plane (docs/traffic.md): lanes, traffic policies per gateway, traffic lists.

create table lanes (
    name            text primary key,
    description     text        not null default '',
    strict          boolean     not null default false,
    locked_services varchar[]   not null default '{}',
    version         bigint      not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz not null,
    updated_by      text        not null
);

-- The platform's lane revision: incremented by every lane change, long-polled by gateways and agents.
-- Every traffic change (lanes, policies, list deletions) locks this row first, so "is this lane or
-- list still used?" and "does this lane or list exist?" are never decided on stale answers.
create table lane_revision (
    id       boolean primary key default true check (id),
    revision bigint not null
);
insert into lane_revision (revision) values (0);

create table traffic_lists (
    name            text primary key,
    description     text        not null default '',
    current_version bigint      not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz not null,
    updated_by      text        not null
);

-- Immutable versions; entries joined by '\n' and gzip-compressed (a million ids fit in a few MB).
create table traffic_list_versions (
    name       text        not null references traffic_lists (name) on delete cascade,
    version    bigint      not null,
    size       integer     not null,
    entries    bytea       not null,
    created_at timestamptz not null,
    created_by text        not null,
    primary key (name, version)
);

-- One row per gateway: its current policy version (locked while a new version is written).
create table traffic_policies (
    gateway    text primary key,
    version    bigint      not null,
    updated_at timestamptz not null,
    updated_by text        not null
);

-- Every change of a gateway's policy is a new immutable version; list references are pinned in rules.
create table traffic_policy_versions (
    gateway    text        not null references traffic_policies (gateway),
    version    bigint      not null,
    rules      jsonb       not null,
    rule_count integer     not null,
    lanes      varchar[]   not null default '{}',
    lists      varchar[]   not null default '{}',
    action     text        not null check (action in ('put', 'rollback', 'clear')),
    comment    text,
    created_at timestamptz not null,
    created_by text        not null,
    unique (gateway, version)
);
