import { describe, expect, it } from "vitest";
import { canOpen, navigationFor, ROLES } from "./roles";

describe("roles and sections", () => {
  it("gives every role at least one section to land on", () => {
    for (const role of ROLES) expect(navigationFor(role).length).toBeGreaterThan(0);
  });

  it("keeps dashboards from social workers and settings from everyone but admins", () => {
    expect(canOpen("social_worker", "dashboards")).toBe(false);
    expect(ROLES.filter((role) => canOpen(role, "settings"))).toEqual(["admin"]);
  });

  it("opens the service catalogue and dry run to those who plan or decide, not to workers", () => {
    expect(ROLES.filter((role) => canOpen(role, "services"))).toEqual([
      "supervisor",
      "regional_manager",
      "analyst",
      "admin",
    ]);
  });

  it("lets auditors read the audit log and nothing about families", () => {
    expect(navigationFor("auditor").map((item) => item.section)).toEqual(["audit"]);
  });
});
