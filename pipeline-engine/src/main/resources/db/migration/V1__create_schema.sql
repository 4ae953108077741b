-- Flyway creates the pipeline_engine schema and its history table; feature tables follow in later migrations.
COMMENT ON SCHEMA pipeline_engine IS 'Owned by pipeline-engine';
