-- Flyway creates the host_deployer schema and its history table; feature tables follow in later migrations.
COMMENT ON SCHEMA host_deployer IS 'Owned by host-deployer';
