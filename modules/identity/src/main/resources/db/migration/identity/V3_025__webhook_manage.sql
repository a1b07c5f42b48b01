-- webhook.manage (#21): registering webhook endpoints and their secrets. Sensitive; of the built-in
-- roles only TENANT_ADMIN holds it, also in tenants onboarded before it existed.
UPDATE identity_role
   SET permissions = CONCAT(permissions, ' webhook.manage'),
       version = version + 1
 WHERE built_in = TRUE
   AND name = 'TENANT_ADMIN'
   AND CONCAT(' ', permissions, ' ') NOT LIKE '% webhook.manage %';
