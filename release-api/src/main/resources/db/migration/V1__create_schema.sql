-- Flyway creates the release_api schema and its history table; feature tables follow in later migrations.
COMMENT ON SCHEMA release_api IS 'Owned by release-api';
