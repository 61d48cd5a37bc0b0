-- An event's payload is read once, by the relay, shortly after it is written. Compressing it (PostgreSQL's
-- default for large text) cost more CPU than the disk it saved: a national dataset's events carry tens of
-- megabytes of JSON. Stored out of line, uncompressed.
ALTER TABLE outbox_event ALTER COLUMN payload SET STORAGE EXTERNAL;
