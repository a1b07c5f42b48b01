-- Delegated administration (#19): the built-in REGIONAL_ADMIN role, granted at a region's (or a
-- store's) scope, manages, grants and reviews the staff based there. Tenants onboarded before it get
-- it here (new ones from BuiltInRoles); a tenant that already named a role so keeps its own.
INSERT INTO identity_role (tenant_id, id, name, permissions, built_in, created_at, version)
SELECT admin.tenant_id, UUID(), 'REGIONAL_ADMIN', 'staff.manage grant.manage access-review.run', TRUE,
       CURRENT_TIMESTAMP(6), 0
  FROM identity_role admin
 WHERE admin.built_in = TRUE
   AND admin.name = 'TENANT_ADMIN'
   AND NOT EXISTS (SELECT 1 FROM identity_role taken
                    WHERE taken.tenant_id = admin.tenant_id AND taken.name = 'REGIONAL_ADMIN');
