-- published_value is written only from data_value in the same statement; its foreign key back to the
-- history cost a lookup per published value and protected nothing the code does not already guarantee.
ALTER TABLE published_value DROP CONSTRAINT published_value_data_value_id_fkey;
