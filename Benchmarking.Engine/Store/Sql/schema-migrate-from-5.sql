-- A version-5 store to version 6, in the transaction of its migration; see Schema.MigrateFrom5.
-- The virtual content_hash column has no storage, so dropping it leaves every stored row as it was.
ALTER TABLE posts DROP COLUMN content_hash;
UPDATE meta SET value = '6' WHERE key = 'schema_version';
