-- Legal clocks (#20): where the customer lived when the request came (business days are counted
-- with that place's holidays), the acknowledgment deadline, the clock stops (a JSON list kept
-- with the request: its history is read with the request, never queried alone) and the latest
-- identity verification. Status grows to name the states that stop the clock.
ALTER TABLE requests_privacy_request
    MODIFY status VARCHAR(32) NOT NULL,
    ADD COLUMN place_country       CHAR(2)      NULL AFTER pack_code,
    ADD COLUMN place_subdivision   VARCHAR(6)   NULL AFTER place_country,
    ADD COLUMN acknowledge_due_at  DATETIME(6)  NULL AFTER extension_reason,
    ADD COLUMN acknowledged_at     DATETIME(6)  NULL AFTER acknowledge_due_at,
    ADD COLUMN acknowledged_by     CHAR(36)     NULL AFTER acknowledged_at,
    ADD COLUMN clock_stops         TEXT         NULL AFTER acknowledged_by,
    ADD COLUMN verification_method VARCHAR(32)  NULL AFTER clock_stops,
    ADD COLUMN verification_result VARCHAR(16)  NULL AFTER verification_method,
    ADD COLUMN verification_note   VARCHAR(500) NULL AFTER verification_result,
    ADD COLUMN verified_by         CHAR(36)     NULL AFTER verification_note,
    ADD COLUMN verified_at         DATETIME(6)  NULL AFTER verified_by;
