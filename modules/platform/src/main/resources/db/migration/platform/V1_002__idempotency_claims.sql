-- A request with an Idempotency-Key claims the key in a short transaction of its own before its work
-- starts (status 0 and the claim's id), and its answer replaces the claim in the transaction of the
-- work; a failed attempt deletes its claim. Requests with the same key meanwhile see the claim and
-- are asked to come back (409 with Retry-After) instead of waiting on the first one's locks.
ALTER TABLE platform_idempotency ADD COLUMN claim CHAR(36) NULL AFTER request_fingerprint;
