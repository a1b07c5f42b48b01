-- The birth year stays plain (the date is sealed) so aggregates can count by age band in SQL;
-- their small cells are suppressed, so a band never narrows down to a few people.
ALTER TABLE customers_customer ADD COLUMN birth_year SMALLINT NULL AFTER sealed_birth_date;
