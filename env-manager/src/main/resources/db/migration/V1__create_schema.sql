-- Flyway creates the env_manager schema and its history table; feature tables follow in later migrations.
COMMENT ON SCHEMA env_manager IS 'Owned by env-manager';
