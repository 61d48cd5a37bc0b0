-- Values as published: a release carries what it carries (a ratio such as 26.335086811), so the value keeps
-- the scale it was sent with instead of NUMERIC(20, 4). The bound is platform-support's Numbers, checked where
-- every number is parsed: at most 18 digits before the point and 15 after. The CHECK says the same here, so no
-- writer can store what the API would refuse. Existing values lose the zeros NUMERIC(20, 4) padded them with.
ALTER TABLE data_value ALTER COLUMN value TYPE NUMERIC USING trim_scale(value);
ALTER TABLE data_value ADD CONSTRAINT data_value_bounded CHECK (scale(value) <= 15 AND abs(value) < 1e18);
