-- training.author (#17): writing and publishing course material and quizzes. Not sensitive; the
-- built-in TENANT_ADMIN and PRIVACY_OFFICER roles of tenants onboarded before it hold it too.
-- Permissions are a space-separated set (PermissionSetConverter reads them in any order).
UPDATE identity_role
   SET permissions = CONCAT(permissions, ' training.author'),
       version = version + 1
 WHERE built_in = TRUE
   AND name IN ('TENANT_ADMIN', 'PRIVACY_OFFICER')
   AND CONCAT(' ', permissions, ' ') NOT LIKE '% training.author %';
