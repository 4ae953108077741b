-- People (users) and CI systems (service accounts) share one name space.
create table principals (
    name          text primary key,
    kind          text        not null check (kind in ('user', 'service-account')),
    display_name  text        not null default '',
    email         text,
    description   text        not null default '',
    password_hash text,
    admin         boolean     not null default false,
    auditor       boolean     not null default false,
    disabled      boolean     not null default false,
    created_at    timestamptz not null,
    created_by    text        not null
);

create table projects (
    key         text primary key,
    name        text        not null,
    description text        not null default '',
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table project_members (
    project_key text        not null references projects (key) on delete cascade,
    principal   text        not null references principals (name) on delete cascade,
    role        text        not null,
    production  boolean     not null default false,
    added_at    timestamptz not null,
    primary key (project_key, principal)
);
create index project_members_by_principal on project_members (principal);

create table applications (
    id             bigint generated always as identity primary key,
    project_key    text        not null references projects (key),
    name           text        not null,
    type           text        not null check (type in ('host', 'container')),
    owners         varchar[]      not null default '{}',
    repository_url text,
    language       text,
    description    text        not null default '',
    tags           varchar[]      not null default '{}',
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    unique (project_key, name)
);

-- API tokens: only the SHA-256 of the secret is kept.
create table api_tokens (
    id           uuid primary key,
    owner        text        not null references principals (name) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    prefix       text        not null,
    projects     varchar[],
    permissions  varchar[],
    expires_at   timestamptz,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    unique (owner, name)
);

-- The append-only, hash-chained audit trail of the whole platform.
create table audit_events (
    sequence    bigint primary key,
    id          uuid        not null unique,
    occurred_at timestamptz not null,
    recorded_at timestamptz not null,
    actor       text        not null,
    actor_kind  text        not null,
    action      text        not null,
    target      text        not null,
    before      text,
    after       text,
    result      text        not null,
    status      integer,
    client_ip   text,
    service     text        not null,
    prev_hash   text        not null,
    hash        text        not null
);
create index audit_events_by_actor on audit_events (actor, sequence);
create index audit_events_by_time on audit_events (occurred_at);

-- The chain's head, locked by every append so that sequence and hash are assigned one at a time.
create table audit_chain_head (
    id       boolean primary key default true check (id),
    sequence bigint not null,
    hash     text   not null
);
insert into audit_chain_head (sequence, hash) values (0, 'genesis');

-- Token signing keys of the authorization server, kept across restarts.
create table signing_keys (
    id          text primary key,
    private_key text        not null,
    public_key  text        not null,
    created_at  timestamptz not null
);

-- Spring Authorization Server's authorizations (its schema, with PostgreSQL types).
create table oauth2_authorization (
    id                            varchar(100) not null primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);
