-- The recorded history of assignments, for the monthly reports (#17). Assignments themselves are
-- deleted when withdrawn or on offboarding; a period outlives them. One row per stretch of an
-- assignment with one due date and one home store: a renewal (a new version requiring
-- re-acknowledgment) or a move to another store ends the stretch and starts the next, so a past
-- month is reported with the due date and the store and region that held then. Rows are written in
-- the transaction that creates, renews or removes the assignment; no foreign key to the assignment,
-- which may be gone.
CREATE TABLE training_assignment_period (
    tenant_id     CHAR(36)    NOT NULL,
    id            CHAR(36)    NOT NULL,
    assignment_id CHAR(36)    NOT NULL,
    course_id     CHAR(36)    NOT NULL,
    staff_id      CHAR(36)    NOT NULL,
    store_id      CHAR(36)    NULL,
    region_id     CHAR(36)    NULL,
    started_at    DATETIME(6) NOT NULL,
    due_at        DATETIME(6) NOT NULL,
    ended_at      DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_training_assignment_period_assignment (tenant_id, assignment_id),
    KEY ix_training_assignment_period_ended (tenant_id, ended_at),
    CONSTRAINT fk_training_assignment_period_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The history starts with today's assignments, each from its assignment time with its current due
-- date and the staff member's current home store: what was withdrawn or renewed before this
-- migration is not known any more.
INSERT INTO training_assignment_period
       (tenant_id, id, assignment_id, course_id, staff_id, store_id, region_id, started_at, due_at, ended_at)
SELECT a.tenant_id, UUID(), a.id, a.course_id, a.staff_id, s.home_store_id, st.region_id, a.assigned_at, a.due_at, NULL
  FROM training_assignment a
  LEFT JOIN identity_staff s ON s.tenant_id = a.tenant_id AND s.id = a.staff_id
  LEFT JOIN regions_store st ON st.tenant_id = a.tenant_id AND st.id = s.home_store_id;
