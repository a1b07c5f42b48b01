-- Per-course override of the tenant's training grace (#17): TENANT_DEFAULT follows the tenant
-- setting; grace_days NULL takes the tenant's number of days.
ALTER TABLE training_course
    ADD COLUMN grace_mode VARCHAR(30) NOT NULL DEFAULT 'TENANT_DEFAULT',
    ADD COLUMN grace_days INT         NULL;
