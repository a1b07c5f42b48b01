-- When the tenant's configuration was first applied: four eyes never holds that first one.
ALTER TABLE tenants_tenant ADD COLUMN configured_at DATETIME(6) NULL;
