-- The environments of a project. project_key names a project owned by release-api (another schema,
-- another service): there is no foreign key and env-manager cannot check that the project exists.
create table environments (
    id          bigint generated always as identity primary key,
    project_key text        not null,
    name        text        not null,
    production  boolean     not null default false,
    description text        not null default '',
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    unique (project_key, name)
);
