-- When a staff account last changed, for SCIM's meta.lastModified; null until its first change.
ALTER TABLE identity_staff ADD COLUMN modified_at DATETIME(6) NULL;
