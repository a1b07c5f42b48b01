-- training.report (#17): reading the training reports (today's and the monthly history) and the
-- reminder feed, without managing courses. Not sensitive; held by TENANT_ADMIN and
-- PRIVACY_OFFICER, the built-in roles that held training.manage (which the reports needed before),
-- so no built-in role loses a report. Custom roles that hold training.manage are left alone: an
-- admin grants training.report where it is wanted.
UPDATE identity_role
   SET permissions = CONCAT(permissions, ' training.report'),
       version = version + 1
 WHERE built_in = TRUE
   AND name IN ('TENANT_ADMIN', 'PRIVACY_OFFICER')
   AND CONCAT(' ', permissions, ' ') NOT LIKE '% training.report %';
