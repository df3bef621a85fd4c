-- Views for Apache Superset (docs/superset.md) over the dashboards' aggregates: the same
-- figures the portal's dashboards show. Counts under 10 are NULL, as the portal shows "<10";
-- ratios are computed from the full sums. Measures named _persons weight each family by its
-- members, _families count each family once. The views read with their definer's rights, so
-- a Superset user granted only the views never reads the unsuppressed tables.

CREATE OR REPLACE VIEW {{database}}.v_district_measures {{on_cluster}}
  DEFINER = CURRENT_USER SQL SECURITY DEFINER AS
SELECT snapshot_date, region_code, district_kato,
  if(sum(families) < 10, NULL, sum(families)) AS family_count,
  if(sum(persons) < 10, NULL, sum(persons)) AS person_count,
  if(sumIf(families, class = 'A') < 10, NULL, sumIf(families, class = 'A')) AS families_a,
  if(sumIf(families, class = 'B') < 10, NULL, sumIf(families, class = 'B')) AS families_b,
  if(sumIf(families, class = 'C') < 10, NULL, sumIf(families, class = 'C')) AS families_c,
  if(sumIf(families, class = 'D') < 10, NULL, sumIf(families, class = 'D')) AS families_d,
  if(sumIf(families, class = 'E') < 10, NULL, sumIf(families, class = 'E')) AS families_e,
  sum(poor_persons) / sum(persons) AS h_persons,
  sum(poor_person_units) / nullIf(sum(poor_persons) * any(denominator), 0) AS a_persons,
  sum(poor_person_units) / (sum(persons) * any(denominator)) AS m0_persons,
  sum(poor_families) / sum(families) AS h_families,
  sum(poor_units) / (sum(families) * any(denominator)) AS m0_families,
  sumIf(families, class IN ('D', 'E')) / sum(families) AS share_d_e
FROM {{database}}.district_summary
GROUP BY snapshot_date, region_code, district_kato;

CREATE OR REPLACE VIEW {{database}}.v_region_measures {{on_cluster}}
  DEFINER = CURRENT_USER SQL SECURITY DEFINER AS
SELECT snapshot_date, region_code,
  if(sum(families) < 10, NULL, sum(families)) AS family_count,
  if(sum(persons) < 10, NULL, sum(persons)) AS person_count,
  if(sumIf(families, class = 'A') < 10, NULL, sumIf(families, class = 'A')) AS families_a,
  if(sumIf(families, class = 'B') < 10, NULL, sumIf(families, class = 'B')) AS families_b,
  if(sumIf(families, class = 'C') < 10, NULL, sumIf(families, class = 'C')) AS families_c,
  if(sumIf(families, class = 'D') < 10, NULL, sumIf(families, class = 'D')) AS families_d,
  if(sumIf(families, class = 'E') < 10, NULL, sumIf(families, class = 'E')) AS families_e,
  sum(poor_persons) / sum(persons) AS h_persons,
  sum(poor_person_units) / nullIf(sum(poor_persons) * any(denominator), 0) AS a_persons,
  sum(poor_person_units) / (sum(persons) * any(denominator)) AS m0_persons,
  sum(poor_families) / sum(families) AS h_families,
  sum(poor_units) / (sum(families) * any(denominator)) AS m0_families,
  sumIf(families, class IN ('D', 'E')) / sum(families) AS share_d_e
FROM {{database}}.district_summary
GROUP BY snapshot_date, region_code;

CREATE OR REPLACE VIEW {{database}}.v_national_measures {{on_cluster}}
  DEFINER = CURRENT_USER SQL SECURITY DEFINER AS
SELECT snapshot_date,
  if(sum(families) < 10, NULL, sum(families)) AS family_count,
  if(sum(persons) < 10, NULL, sum(persons)) AS person_count,
  if(sumIf(families, class = 'A') < 10, NULL, sumIf(families, class = 'A')) AS families_a,
  if(sumIf(families, class = 'B') < 10, NULL, sumIf(families, class = 'B')) AS families_b,
  if(sumIf(families, class = 'C') < 10, NULL, sumIf(families, class = 'C')) AS families_c,
  if(sumIf(families, class = 'D') < 10, NULL, sumIf(families, class = 'D')) AS families_d,
  if(sumIf(families, class = 'E') < 10, NULL, sumIf(families, class = 'E')) AS families_e,
  sum(poor_persons) / sum(persons) AS h_persons,
  sum(poor_person_units) / nullIf(sum(poor_persons) * any(denominator), 0) AS a_persons,
  sum(poor_person_units) / (sum(persons) * any(denominator)) AS m0_persons,
  sum(poor_families) / sum(families) AS h_families,
  sum(poor_units) / (sum(families) * any(denominator)) AS m0_families,
  sumIf(families, class IN ('D', 'E')) / sum(families) AS share_d_e
FROM {{database}}.district_summary
GROUP BY snapshot_date;

CREATE OR REPLACE VIEW {{database}}.v_class_transitions {{on_cluster}}
  DEFINER = CURRENT_USER SQL SECURITY DEFINER AS
SELECT snapshot_date, previous_date, region_code, district_kato,
  from_class, to_class, if(sum(families) < 10, NULL, sum(families)) AS family_count
FROM {{database}}.class_transitions
WHERE from_class != '' AND to_class != ''
GROUP BY snapshot_date, previous_date, region_code, district_kato, from_class, to_class;

-- Per indicator: headcount ratios (deprived, and poor and deprived) and the raw counts behind
-- them. Contributions need the scoring weights, which live in Postgres: the portal shows them.
CREATE OR REPLACE VIEW {{database}}.v_indicator_headcounts {{on_cluster}}
  DEFINER = CURRENT_USER SQL SECURITY DEFINER AS
SELECT snapshot_date, region_code, district_kato, indicator,
  if(deprived_families < 10, NULL, deprived_families) AS deprived_families,
  if(poor_deprived_families < 10, NULL, poor_deprived_families) AS poor_deprived_families,
  deprived_persons / n_persons AS uncensored_persons,
  poor_deprived_persons / n_persons AS censored_persons,
  deprived_families / n_families AS uncensored_families,
  poor_deprived_families / n_families AS censored_families
FROM (
  SELECT snapshot_date, region_code, district_kato, indicators[i] AS indicator,
    sum(families) AS n_families, sum(persons) AS n_persons,
    sum(uncensored[i]) AS deprived_families, sum(censored[i]) AS poor_deprived_families,
    sum(uncensored_persons[i]) AS deprived_persons,
    sum(censored_persons[i]) AS poor_deprived_persons
  FROM {{database}}.district_summary
  ARRAY JOIN arrayEnumerate(indicators) AS i
  GROUP BY snapshot_date, region_code, district_kato, indicator
);
