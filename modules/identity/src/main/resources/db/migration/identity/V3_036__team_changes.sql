-- Teams can be renamed (SCIM's lastModified, the REST API's ETag) and deleted.
ALTER TABLE identity_team ADD COLUMN modified_at DATETIME(6) NULL;
