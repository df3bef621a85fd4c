-- One index serves both the rule of one open case per service and subject and the vault's
-- look-ups by subject alone: leading with the subject makes the second index, and the cost
-- of keeping it up on every case created, unnecessary.
DROP INDEX "cases_open_subject";
DROP INDEX "cases_one_open";
CREATE UNIQUE INDEX "cases_one_open" ON "cases" ("subject", "service_id")
  WHERE "state" IN ('candidate', 'in_review', 'approved', 'notified', 'accepted');
