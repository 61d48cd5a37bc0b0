-- One write per value. Publishing used to copy every value a second time into published_value (three more
-- indexes and a sequence call per row), which made it the slowest step of a submission. Now the history row
-- itself records its publication: published_at and change_seq once public, and `current` on the one
-- revision of each council, metric and period that everyone reads (the latest published one).
ALTER TABLE data_value ADD COLUMN published_at TIMESTAMPTZ;
ALTER TABLE data_value ADD COLUMN change_seq BIGINT;
ALTER TABLE data_value ADD COLUMN current BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE data_value d SET published_at = p.published_at, change_seq = p.change_seq, current = TRUE
FROM published_value p WHERE p.data_value_id = d.id;

-- The history key (council_code, metric_id, period, revision) stays as it is: returns arrive council by
-- council, so a key leading with the council is appended to in order, where one leading with the metric took
-- inserts all over the index and halved COPY speed. Value pages and open data follow the same order.
-- The change feed follows change_seq; values still in early sight have none yet.
CREATE UNIQUE INDEX data_value_change ON data_value (change_seq) WHERE change_seq IS NOT NULL;

-- Numbers are handed out in blocks by the publisher, which holds the publication lock while it does.
CREATE SEQUENCE data_value_change_seq;
SELECT setval('data_value_change_seq', greatest(1, (SELECT coalesce(max(change_seq), 0) FROM data_value)),
              (SELECT count(*) > 0 FROM data_value WHERE change_seq IS NOT NULL));

DROP TABLE published_value;
DROP SEQUENCE published_value_change_seq;
