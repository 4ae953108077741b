-- Flyway creates the k8s_deployer schema and its history table; feature tables follow in later migrations.
COMMENT ON SCHEMA k8s_deployer IS 'Owned by k8s-deployer';
