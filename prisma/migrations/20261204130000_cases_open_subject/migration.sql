-- The sync keeps identities in the vault only for subjects with an open case, whatever the
-- service: it looks cases up by subject alone.
CREATE INDEX "cases_open_subject" ON "cases" ("subject")
  WHERE "state" IN ('candidate', 'in_review', 'approved', 'notified', 'accepted');
