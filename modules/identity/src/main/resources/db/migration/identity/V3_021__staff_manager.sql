-- A staff member's manager: who reviews their access first (access reviews route items to them).
ALTER TABLE identity_staff
    ADD COLUMN manager_id CHAR(36) NULL,
    ADD CONSTRAINT fk_identity_staff_manager FOREIGN KEY (manager_id) REFERENCES identity_staff (id);
