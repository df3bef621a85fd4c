-- Summaries of cases for the dashboards, kept by the database itself: a national dashboard
-- reads thousands of summary rows instead of millions of cases. Statement-level triggers with
-- transition tables add and subtract grouped counts, so creating 100,000 cases in one
-- statement costs one grouped upsert, not 100,000. Every upsert takes its rows in key order,
-- so two transactions touching the same keys wait for each other and never deadlock.
-- case_summaries_rebuild() recomputes all three from cases and case_events (used below).

-- Reviewed: a social worker has recommended the case, or it is past review. Recommending sets
-- the recommendation and a supervisor's return to candidate clears it; every state but
-- candidate is reached only through in_review (lib/cases/transitions.ts).
CREATE FUNCTION case_reviewed(state "CaseState", recommendation "CaseRecommendation")
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT state <> 'candidate' OR recommendation IS NOT NULL
$$;

-- Closing ends any decided case, so "closed" alone does not say how far the case got: the
-- state it was closed from does. Read from its closing event; 'closed' when there is none
-- (a case written closed by hand).
CREATE FUNCTION case_closed_from(closed_case uuid) RETURNS "CaseState"
LANGUAGE sql STABLE AS $$
  SELECT coalesce((
    SELECT e.from_state FROM case_events e
    WHERE e.case_id = closed_case AND e.to_state = 'closed' AND e.from_state <> 'closed'
    ORDER BY e.at DESC, e.id DESC
    LIMIT 1
  ), 'closed')
$$;

-- Cases by place, service and state. `reached` is the state the case counts as for the
-- funnel: its own state, or for a closed case the state it was closed from (as the update
-- trigger saw it). Rows that drop to 0 stay: there are at most a few per place and service.
CREATE TABLE "case_counts" (
    "region_code" TEXT NOT NULL,
    "district_kato" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "state" "CaseState" NOT NULL,
    "reviewed" BOOLEAN NOT NULL,
    "reached" "CaseState" NOT NULL,
    "cases" BIGINT NOT NULL,

    CONSTRAINT "case_counts_pkey"
      PRIMARY KEY ("region_code", "district_kato", "service_id", "state", "reviewed", "reached")
);

-- Cases awaiting a decision (candidate, in_review) by place, service, assignee and review
-- deadline: workloads and overdue counts (review_due < now) without reading cases. A sync
-- run gives all its new cases of a service the same deadline, so a worker has a few rows per
-- run, not one per case. Rows that drop to 0 are deleted, or every deadline would stay.
CREATE TABLE "case_due_counts" (
    "region_code" TEXT NOT NULL,
    "district_kato" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "assignee_id" UUID,
    "review_due" TIMESTAMP(3) NOT NULL,
    "cases" BIGINT NOT NULL,

    CONSTRAINT "case_due_counts_key" UNIQUE NULLS NOT DISTINCT
      ("region_code", "district_kato", "service_id", "assignee_id", "review_due")
);

-- Each case's first decision (the first event to approved or rejected), with where the case
-- is, whose it was at the time and the minutes from its creation: decision times and
-- decisions per worker over a period read one index range, without joining cases.
CREATE TABLE "case_decisions" (
    "case_id" UUID NOT NULL,
    "service_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "district_kato" TEXT NOT NULL,
    "assignee_id" UUID,
    "outcome" "CaseState" NOT NULL,
    "decided_at" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "case_decisions_pkey" PRIMARY KEY ("case_id")
);

CREATE INDEX "case_decisions_national" ON "case_decisions" ("decided_at")
  INCLUDE ("service_id", "minutes", "assignee_id");
CREATE INDEX "case_decisions_region" ON "case_decisions" ("region_code", "decided_at")
  INCLUDE ("service_id", "minutes", "assignee_id");
CREATE INDEX "case_decisions_district" ON "case_decisions" ("district_kato", "decided_at")
  INCLUDE ("service_id", "minutes", "assignee_id");

CREATE FUNCTION case_summaries_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A case inserted closed has no closing event yet: it counts as closed from 'closed'.
  INSERT INTO case_counts AS t
    (region_code, district_kato, service_id, state, reviewed, reached, cases)
  SELECT region_code, district_kato, service_id, state, case_reviewed(state, recommendation),
    state, count(*)
  FROM new_cases
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (region_code, district_kato, service_id, state, reviewed, reached)
    DO UPDATE SET cases = t.cases + EXCLUDED.cases;

  INSERT INTO case_due_counts AS t
    (region_code, district_kato, service_id, assignee_id, review_due, cases)
  SELECT region_code, district_kato, service_id, assignee_id, review_due, count(*)
  FROM new_cases
  WHERE state IN ('candidate', 'in_review')
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (region_code, district_kato, service_id, assignee_id, review_due)
    DO UPDATE SET cases = t.cases + EXCLUDED.cases;

  RETURN NULL;
END;
$$;

CREATE FUNCTION case_summaries_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Only rows whose key changed move; a closed row looks up the state it was closed from
  -- only then (in practice never: a closed case keeps its place, service and state).
  WITH moved AS (
    SELECT o.id, o.region_code AS o_region, o.district_kato AS o_district,
      o.service_id AS o_service, o.state AS o_state,
      case_reviewed(o.state, o.recommendation) AS o_reviewed,
      n.region_code AS n_region, n.district_kato AS n_district, n.service_id AS n_service,
      n.state AS n_state, case_reviewed(n.state, n.recommendation) AS n_reviewed
    FROM old_cases o JOIN new_cases n ON n.id = o.id
  ), changed AS (
    SELECT m.*,
      CASE WHEN m.o_state = 'closed' THEN case_closed_from(m.id) ELSE m.o_state END AS o_reached
    FROM moved m
    WHERE (m.o_region, m.o_district, m.o_service, m.o_state, m.o_reviewed)
      IS DISTINCT FROM (m.n_region, m.n_district, m.n_service, m.n_state, m.n_reviewed)
  ), deltas AS (
    SELECT o_region AS region_code, o_district AS district_kato, o_service AS service_id,
      o_state AS state, o_reviewed AS reviewed, o_reached AS reached, -1 AS delta
    FROM changed
    UNION ALL
    SELECT n_region, n_district, n_service, n_state, n_reviewed,
      CASE WHEN n_state = 'closed' THEN o_reached ELSE n_state END, 1
    FROM changed
  )
  INSERT INTO case_counts AS t
    (region_code, district_kato, service_id, state, reviewed, reached, cases)
  SELECT region_code, district_kato, service_id, state, reviewed, reached, sum(delta)
  FROM deltas
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (region_code, district_kato, service_id, state, reviewed, reached)
    DO UPDATE SET cases = t.cases + EXCLUDED.cases;

  WITH pairs AS (
    SELECT o.region_code AS o_region, o.district_kato AS o_district, o.service_id AS o_service,
      o.assignee_id AS o_assignee, o.review_due AS o_due,
      o.state IN ('candidate', 'in_review') AS o_awaiting,
      n.region_code AS n_region, n.district_kato AS n_district, n.service_id AS n_service,
      n.assignee_id AS n_assignee, n.review_due AS n_due,
      n.state IN ('candidate', 'in_review') AS n_awaiting
    FROM old_cases o JOIN new_cases n ON n.id = o.id
  ), deltas AS (
    SELECT o_region AS region_code, o_district AS district_kato, o_service AS service_id,
      o_assignee AS assignee_id, o_due AS review_due, -1 AS delta
    FROM pairs WHERE o_awaiting
    UNION ALL
    SELECT n_region, n_district, n_service, n_assignee, n_due, 1 FROM pairs WHERE n_awaiting
  )
  INSERT INTO case_due_counts AS t
    (region_code, district_kato, service_id, assignee_id, review_due, cases)
  SELECT region_code, district_kato, service_id, assignee_id, review_due, sum(delta)
  FROM deltas
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (region_code, district_kato, service_id, assignee_id, review_due)
    DO UPDATE SET cases = t.cases + EXCLUDED.cases;

  -- Only rows this statement has just updated (and so holds locked) can have dropped to 0.
  DELETE FROM case_due_counts t
  USING old_cases o
  WHERE t.cases = 0 AND o.state IN ('candidate', 'in_review')
    AND t.region_code = o.region_code AND t.district_kato = o.district_kato
    AND t.service_id = o.service_id AND t.assignee_id IS NOT DISTINCT FROM o.assignee_id
    AND t.review_due = o.review_due;

  RETURN NULL;
END;
$$;

CREATE FUNCTION case_summaries_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_counts AS t
    (region_code, district_kato, service_id, state, reviewed, reached, cases)
  SELECT region_code, district_kato, service_id, state, case_reviewed(state, recommendation),
    CASE WHEN state = 'closed' THEN case_closed_from(id) ELSE state END, -count(*)
  FROM old_cases
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (region_code, district_kato, service_id, state, reviewed, reached)
    DO UPDATE SET cases = t.cases + EXCLUDED.cases;

  INSERT INTO case_due_counts AS t
    (region_code, district_kato, service_id, assignee_id, review_due, cases)
  SELECT region_code, district_kato, service_id, assignee_id, review_due, -count(*)
  FROM old_cases
  WHERE state IN ('candidate', 'in_review')
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (region_code, district_kato, service_id, assignee_id, review_due)
    DO UPDATE SET cases = t.cases + EXCLUDED.cases;

  DELETE FROM case_due_counts t
  USING old_cases o
  WHERE t.cases = 0 AND o.state IN ('candidate', 'in_review')
    AND t.region_code = o.region_code AND t.district_kato = o.district_kato
    AND t.service_id = o.service_id AND t.assignee_id IS NOT DISTINCT FROM o.assignee_id
    AND t.review_due = o.review_due;

  DELETE FROM case_decisions d USING old_cases o WHERE d.case_id = o.id;

  RETURN NULL;
END;
$$;

-- A decision event records the case's first decision; the earliest wins. A row trigger whose
-- WHEN clause picks decisions only: the nightly sync appends 100,000s of creation events, and a
-- statement trigger would copy every one of them into a transition table first.
CREATE FUNCTION case_decisions_record() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_decisions AS d
    (case_id, service_id, region_code, district_kato, assignee_id, outcome, decided_at, minutes)
  SELECT NEW.case_id, c.service_id, c.region_code, c.district_kato, c.assignee_id,
    NEW.to_state, NEW.at, floor(extract(epoch FROM NEW.at - c.created_at) / 60)::int
  FROM cases c WHERE c.id = NEW.case_id
  ON CONFLICT (case_id) DO UPDATE SET outcome = EXCLUDED.outcome,
    decided_at = EXCLUDED.decided_at, minutes = EXCLUDED.minutes
    WHERE EXCLUDED.decided_at < d.decided_at;

  RETURN NULL;
END;
$$;

CREATE FUNCTION case_summaries_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM case_counts;
  DELETE FROM case_due_counts;
  DELETE FROM case_decisions;
  RETURN NULL;
END;
$$;

-- Recomputes every summary from cases and case_events, with both locked against writes.
CREATE FUNCTION case_summaries_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE cases, case_events IN SHARE MODE;
  DELETE FROM case_counts;
  DELETE FROM case_due_counts;
  DELETE FROM case_decisions;

  INSERT INTO case_counts
    (region_code, district_kato, service_id, state, reviewed, reached, cases)
  SELECT region_code, district_kato, service_id, state, case_reviewed(state, recommendation),
    CASE WHEN state = 'closed' THEN case_closed_from(id) ELSE state END, count(*)
  FROM cases
  GROUP BY 1, 2, 3, 4, 5, 6;

  INSERT INTO case_due_counts
    (region_code, district_kato, service_id, assignee_id, review_due, cases)
  SELECT region_code, district_kato, service_id, assignee_id, review_due, count(*)
  FROM cases
  WHERE state IN ('candidate', 'in_review')
  GROUP BY 1, 2, 3, 4, 5;

  -- The assignee now stands in for the assignee at the time of the decision.
  INSERT INTO case_decisions
    (case_id, service_id, region_code, district_kato, assignee_id, outcome, decided_at, minutes)
  SELECT DISTINCT ON (e.case_id) e.case_id, c.service_id, c.region_code, c.district_kato,
    c.assignee_id, e.to_state, e.at, floor(extract(epoch FROM e.at - c.created_at) / 60)::int
  FROM case_events e JOIN cases c ON c.id = e.case_id
  WHERE e.to_state IN ('approved', 'rejected')
  ORDER BY e.case_id, e.at, e.id;
END;
$$;

CREATE TRIGGER case_summaries_insert
  AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION case_summaries_insert();

CREATE TRIGGER case_summaries_update
  AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION case_summaries_update();

CREATE TRIGGER case_summaries_delete
  AFTER DELETE ON cases REFERENCING OLD TABLE AS old_cases
  FOR EACH STATEMENT EXECUTE FUNCTION case_summaries_delete();

CREATE TRIGGER case_summaries_truncate
  AFTER TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION case_summaries_clear();

CREATE TRIGGER case_decisions_record
  AFTER INSERT ON case_events
  FOR EACH ROW WHEN (NEW.to_state IN ('approved', 'rejected'))
  EXECUTE FUNCTION case_decisions_record();

SELECT case_summaries_rebuild();
