-- Lawfulness kept per customer (#18 P4), so a consent-aware segment count is one scan of an index.
-- Bit b of lawful_adult is set where processing for the purpose holding bit b is lawful once the
-- customer is of consent age; of lawful_minor, while they are a minor (before adult_on). Time then
-- moves a customer between the two without a write. NULL: not judged under the current rules yet
-- (rows from before this migration, a customer who moved to another pack, a rule-pack override);
-- segments judge such a row from consent_current as before, and the job consent.judge-subjects
-- judges it. The backfill is that job: the rule packs and a tenant's overrides live in the
-- application, not in SQL.
ALTER TABLE consent_subject
    ADD COLUMN lawful_adult BIGINT NULL,
    ADD COLUMN lawful_minor BIGINT NULL,
    ADD KEY ix_consent_subject_lawful (tenant_id, lawful_adult, lawful_minor, adult_on, status, pack_code, country);

-- Built-in purposes hold bits 0 to 7; a tenant's own purposes the next ones, in the order made.
ALTER TABLE consent_purpose ADD COLUMN lawful_bit TINYINT NULL;
UPDATE consent_purpose p
    JOIN (SELECT id, 7 + ROW_NUMBER() OVER (PARTITION BY tenant_id ORDER BY created_at, id) AS bit
          FROM consent_purpose) numbered ON numbered.id = p.id
SET p.lawful_bit = numbered.bit;
ALTER TABLE consent_purpose
    MODIFY lawful_bit TINYINT NOT NULL,
    ADD UNIQUE KEY ux_consent_purpose_bit (tenant_id, lawful_bit);
