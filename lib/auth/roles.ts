export const ROLES = [
  "social_worker",
  "supervisor",
  "regional_manager",
  "analyst",
  "auditor",
  "admin",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  social_worker: "Social worker",
  supervisor: "Supervisor",
  regional_manager: "Regional manager",
  analyst: "Analyst",
  auditor: "Auditor",
  admin: "Administrator",
};

export type Section =
  "families" | "cases" | "dashboards" | "scoring" | "services" | "sync" | "audit" | "settings";

type SectionInfo = { label: string; href: string; roles: readonly Role[] };

/** Who may open each section of the portal. Pages check it; the queries check scope again. */
export const SECTIONS: Record<Section, SectionInfo> = {
  families: {
    label: "Families",
    href: "/families",
    roles: ["social_worker", "supervisor", "regional_manager", "analyst"],
  },
  cases: {
    label: "Cases",
    href: "/cases",
    roles: ["social_worker", "supervisor", "regional_manager"],
  },
  dashboards: {
    label: "Dashboards",
    href: "/dashboards",
    roles: ["supervisor", "regional_manager", "analyst", "admin"],
  },
  scoring: {
    label: "Scoring",
    href: "/scoring",
    roles: ["regional_manager", "analyst", "admin"],
  },
  services: {
    label: "Services",
    href: "/services",
    roles: ["supervisor", "regional_manager", "analyst", "admin"],
  },
  sync: { label: "Sync runs", href: "/sync", roles: ["analyst", "admin"] },
  audit: { label: "Audit log", href: "/audit", roles: ["auditor", "admin"] },
  settings: { label: "Settings", href: "/settings", roles: ["admin"] },
};

export function canOpen(role: Role, section: Section): boolean {
  return SECTIONS[section].roles.includes(role);
}

export function navigationFor(role: Role): { section: Section; label: string; href: string }[] {
  return (Object.keys(SECTIONS) as Section[])
    .filter((section) => canOpen(role, section))
    .map((section) => ({ section, label: SECTIONS[section].label, href: SECTIONS[section].href }));
}
