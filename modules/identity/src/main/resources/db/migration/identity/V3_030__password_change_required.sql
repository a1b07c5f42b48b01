-- Forced password change (#19): an admin's reset gives a temporary password, and until its holder
-- chooses their own the account may do nothing but that.
ALTER TABLE identity_staff
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
