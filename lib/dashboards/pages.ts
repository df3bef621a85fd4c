/** The dashboards, in the order of their tabs. */
export const DASHBOARD_PAGES = [
  { id: "overview", label: "Overview", path: "/dashboards" },
  { id: "movement", label: "Class movement", path: "/dashboards/movement" },
  { id: "drivers", label: "What drives poverty", path: "/dashboards/drivers" },
  { id: "map", label: "Map", path: "/dashboards/map" },
  { id: "services", label: "Services", path: "/dashboards/services" },
  { id: "trends", label: "Trends", path: "/dashboards/trends" },
] as const;

export type DashboardPageId = (typeof DASHBOARD_PAGES)[number]["id"];

export const pagePath = (id: DashboardPageId) =>
  DASHBOARD_PAGES.find((page) => page.id === id)!.path;

/** The CSV export of one table of a dashboard, with the page's filters. */
export const exportPath = (id: DashboardPageId, table: string) =>
  `/dashboards/export/${id}/${table}`;
