-- breach.manage (#20): registering data breaches and recording their notifications. Sensitive; the
-- built-in TENANT_ADMIN and PRIVACY_OFFICER roles of tenants onboarded before it hold it too.
UPDATE identity_role
   SET permissions = CONCAT(permissions, ' breach.manage'),
       version = version + 1
 WHERE built_in = TRUE
   AND name IN ('TENANT_ADMIN', 'PRIVACY_OFFICER')
   AND CONCAT(' ', permissions, ' ') NOT LIKE '% breach.manage %';
