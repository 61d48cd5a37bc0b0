-- Early sight: a return shared, until its release date, only with the councils of a custom group and the
-- benchmarking clubs that group names. Its values are stored at once but published at release_at.
ALTER TABLE data_return ADD COLUMN early_sight_group_id BIGINT REFERENCES comparison_group (id);
ALTER TABLE data_return ADD COLUMN release_at TIMESTAMPTZ;
ALTER TABLE data_return ADD COLUMN released_at TIMESTAMPTZ;
ALTER TABLE data_return ADD CONSTRAINT data_return_early_sight
    CHECK ((early_sight_group_id IS NULL) = (release_at IS NULL));
CREATE INDEX data_return_awaiting_release ON data_return (release_at) WHERE released_at IS NULL AND release_at IS NOT NULL;
