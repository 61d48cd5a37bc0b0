-- A custom group can be deleted once no early-sight return waits for release through it (DELETE answers 409 naming
-- those that do). The returns it shared before keep their release dates and lose only the link to the group, so the
-- link may now be empty on a released return; the foreign key still keeps a waiting return's group from going.
ALTER TABLE data_return DROP CONSTRAINT data_return_early_sight;
ALTER TABLE data_return ADD CONSTRAINT data_return_early_sight
    CHECK (early_sight_group_id IS NULL OR release_at IS NOT NULL);
ALTER TABLE data_return ADD CONSTRAINT data_return_early_sight_waits_with_group
    CHECK (release_at IS NULL OR released_at IS NOT NULL OR early_sight_group_id IS NOT NULL);
