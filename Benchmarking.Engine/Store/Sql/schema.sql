-- The warehouse schema, version 7 (docs/schema.md), created idempotently when a store is opened.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    source_id INTEGER NOT NULL,
    path VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    bytes BIGINT NOT NULL,
    format VARCHAR NOT NULL,
    rows_read BIGINT NOT NULL,
    accepted BIGINT NOT NULL,
    new_posts BIGINT NOT NULL,
    rejected BIGINT NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    api_errors BIGINT DEFAULT 0);
CREATE TABLE IF NOT EXISTS posts (
    platform VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    author VARCHAR NOT NULL,
    brand_id VARCHAR,
    is_brand BOOLEAN GENERATED ALWAYS AS (brand_id IS NOT NULL) VIRTUAL,
    created_at TIMESTAMP NOT NULL,
    text VARCHAR NOT NULL,
    in_reply_to_id VARCHAR,
    conversation_id VARCHAR,
    declared_inbound BOOLEAN,
    source_id INTEGER NOT NULL,
    mentions VARCHAR[],
    is_repost BOOLEAN,
    author_account_id VARCHAR,
    edited_at TIMESTAMP,
    edited_content_hash VARCHAR);
CREATE TABLE IF NOT EXISTS brands (brand_id VARCHAR NOT NULL, name VARCHAR NOT NULL, industry VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS brand_handles (platform VARCHAR NOT NULL, handle VARCHAR NOT NULL, brand_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS brand_account_ids (platform VARCHAR NOT NULL, account_id VARCHAR NOT NULL, brand_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS brand_aliases (platform VARCHAR NOT NULL, handle VARCHAR NOT NULL, brand_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS pull_checkpoints (
    brand_id VARCHAR NOT NULL,
    platform VARCHAR NOT NULL,
    endpoint VARCHAR NOT NULL,
    last_id VARCHAR,
    last_time TIMESTAMP,
    updated_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS weekly_snapshots (
    week VARCHAR NOT NULL,
    week_start TIMESTAMP NOT NULL,
    week_end TIMESTAMP NOT NULL,
    computed_at TIMESTAMP NOT NULL,
    methodology_version VARCHAR NOT NULL,
    weights VARCHAR NOT NULL,
    normalisation VARCHAR NOT NULL,
    answer_window_seconds DOUBLE NOT NULL,
    minimum_mentions INTEGER NOT NULL,
    bootstrap_resamples INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    first_mention TIMESTAMP,
    last_mention TIMESTAMP,
    as_of TIMESTAMP,
    week_posts BIGINT NOT NULL,
    week_mentions BIGINT NOT NULL,
    week_pending BIGINT NOT NULL,
    store_posts BIGINT NOT NULL,
    store_sources BIGINT NOT NULL,
    run_rows_read BIGINT NOT NULL,
    run_rows_accepted BIGINT NOT NULL,
    run_rows_rejected BIGINT NOT NULL,
    clock VARCHAR DEFAULT 'wall');
CREATE TABLE IF NOT EXISTS weekly_brand_results (
    week VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    brand_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    industry VARCHAR NOT NULL,
    rank INTEGER,
    tie_group INTEGER,
    mentions BIGINT NOT NULL,
    answered BIGINT NOT NULL,
    pending BIGINT NOT NULL,
    response_rate DOUBLE,
    median_seconds DOUBLE,
    score DOUBLE NOT NULL,
    score_lower DOUBLE,
    score_upper DOUBLE);
CREATE TABLE IF NOT EXISTS weekly_brand_components (
    week VARCHAR NOT NULL,
    brand_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    component_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    weight DOUBLE NOT NULL);
CREATE TABLE IF NOT EXISTS evaluation_cache (
    cache_key VARCHAR NOT NULL,
    period_end TIMESTAMP NOT NULL,
    fingerprint VARCHAR NOT NULL,
    as_of_ticks BIGINT NOT NULL,
    pending BIGINT NOT NULL,
    payload VARCHAR NOT NULL,
    computed_at TIMESTAMP NOT NULL);
-- One row per ISO week (Monday, UTC) per committed write that changed a row the week's evaluation reads
-- (Store/WeekChanges.cs): the week's fingerprint for the evaluation cache is its number of rows.
CREATE TABLE IF NOT EXISTS week_changes (week TIMESTAMP NOT NULL);
