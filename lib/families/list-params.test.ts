import { describe, expect, it } from "vitest";
import type { Scope } from "../auth/scope";
import { DISTRICTS } from "../geo";
import { listHref, parseListParams } from "./list-params";

const home = DISTRICTS[0]!;
const elsewhere = DISTRICTS.find((d) => d.regionCode !== home.regionCode)!;
const neighbour = DISTRICTS.find((d) => d.regionCode === home.regionCode && d.kato !== home.kato)!;

const national: Scope = { level: "national" };
const region: Scope = { level: "region", regionCode: home.regionCode };
const district: Scope = {
  level: "district",
  regionCode: home.regionCode,
  districtCode: home.kato,
};

/** The query of an href from listHref, as Next.js hands it to the page. */
function searchOf(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href, "http://portal.test").searchParams);
}

describe("parseListParams", () => {
  it("keeps a known district, class and status", () => {
    const search = { district: home.kato, class: "C", status: "large_family" };

    expect(parseListParams(search, national)).toEqual({ filters: search });
  });

  it("drops unknown classes, statuses and districts instead of trusting them", () => {
    const search = { district: "999999999", class: "F", status: "rich" };

    expect(parseListParams(search, national)).toEqual({ filters: {} });
    expect(parseListParams({ class: "c", district: "abc" }, national)).toEqual({ filters: {} });
  });

  it("drops a district outside a district-scoped user's scope, even in the same region", () => {
    expect(parseListParams({ district: neighbour.kato }, district).filters).toEqual({});
    expect(parseListParams({ district: home.kato }, district).filters).toEqual({
      district: home.kato,
    });
  });

  it("drops a district of another region for a region-scoped user", () => {
    expect(parseListParams({ district: elsewhere.kato }, region).filters).toEqual({});
    expect(parseListParams({ district: neighbour.kato }, region).filters).toEqual({
      district: neighbour.kato,
    });
  });

  it("takes the first of repeated parameters", () => {
    const search = { class: ["D", "E"], status: undefined };

    expect(parseListParams(search, national)).toEqual({ filters: { class: "D" } });
  });

  it("drops a malformed cursor but keeps the filters", () => {
    const search = { class: "B", after: "12:not-a-family-id" };

    expect(parseListParams(search, national)).toEqual({ filters: { class: "B" } });
  });
});

describe("listHref", () => {
  it("links to the bare list without filters or cursor", () => {
    expect(listHref({})).toBe("/families");
  });

  it("round-trips filters and cursor through parseListParams", () => {
    const filters = { district: home.kato, class: "E", status: "single_parent" } as const;
    const after = { units: "18446744073709551615", familyId: "0123456789abcdef01234567" };
    const href = listHref(filters, after);

    expect(href.startsWith("/families?")).toBe(true);
    expect(parseListParams(searchOf(href), district)).toEqual({ filters, after });
  });
});
