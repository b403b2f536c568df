-- Sessions are now kept under the SHA-256 of their cookie's token and pending sign-in links under a keyed hash of
-- the address: rows written before hold raw tokens and addresses and can open nothing any more. They are removed
-- (everyone signs in again once) rather than left in clear.
DELETE FROM "Session";
DELETE FROM "VerificationToken";
