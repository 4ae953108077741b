-- Flyway creates the artifact_repo schema and its history table; feature tables follow in later migrations.
COMMENT ON SCHEMA artifact_repo IS 'Owned by artifact-repo';
