-- The text features of every analysed post, one row per post and features version (TextFeatureStore), created if missing.
CREATE TABLE IF NOT EXISTS text_features (
    platform VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    features_version VARCHAR NOT NULL,
    is_brand BOOLEAN NOT NULL,
    sentiment VARCHAR,
    polarity DOUBLE,
    intent VARCHAR,
    themes VARCHAR NOT NULL,
    reply_norm VARCHAR,
    template_hash VARCHAR,
    deflection VARCHAR NOT NULL,
    hedging VARCHAR NOT NULL);
