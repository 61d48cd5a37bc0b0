-- A metric that takes forecasts accepts values for the period after the current one; any other takes values only
-- for periods that have begun (PeriodWindow). None of the seeded metrics does.
ALTER TABLE metric ADD COLUMN forecasts BOOLEAN NOT NULL DEFAULT false;
