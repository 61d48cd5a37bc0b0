-- The value history takes hundreds of thousands of rows per national dataset. Its two foreign keys made
-- every COPY about four times slower (128,385 rows: 0.76 s without, 2.96 s with; see the issue note),
-- and they guard nothing the writer does not already guarantee: ValueStore is the only writer, it inserts
-- a return's values in the transaction that creates the return, and only after ReturnValidator has
-- checked every metric against the catalogue, from which no metric is ever deleted (discontinued instead).
ALTER TABLE data_value DROP CONSTRAINT data_value_data_return_id_fkey;
ALTER TABLE data_value DROP CONSTRAINT data_value_metric_id_fkey;
