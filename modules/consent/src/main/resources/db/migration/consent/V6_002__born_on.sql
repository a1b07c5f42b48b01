-- Consent ages above 18 (TH's 20, tenant overrides) need the birth date of customers up to the
-- oldest consent age, not only the 18th birthday of minors. Customers aged 18 to 24 are filled in
-- by the customers module's daily job (customers.young-profiles), which also drops the date later.
ALTER TABLE consent_subject CHANGE COLUMN turns18_on born_on DATE NULL;
UPDATE consent_subject SET born_on = DATE_SUB(born_on, INTERVAL 18 YEAR) WHERE born_on IS NOT NULL;
