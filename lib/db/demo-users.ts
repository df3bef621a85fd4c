import type { Role } from "../auth/roles";

/** Shared by every demo account; demo accounts exist only in embedded mode. */
export const DEMO_PASSWORD = "family-card-demo";

type DemoUser = {
  login: string;
  displayName: string;
  role: Role;
  scopeLevel: "national" | "region" | "district";
  regionCode?: string;
  districtCode?: string;
};

export const DEMO_USERS: DemoUser[] = [
  {
    login: "worker.bostandyk",
    displayName: "Aigerim Sadykova",
    role: "social_worker",
    scopeLevel: "district",
    regionCode: "KZ-75",
    districtCode: "751410000",
  },
  {
    login: "worker2.bostandyk",
    displayName: "Timur Akhmetov",
    role: "social_worker",
    scopeLevel: "district",
    regionCode: "KZ-75",
    districtCode: "751410000",
  },
  {
    login: "worker.maktaaral",
    displayName: "Nurlan Abenov",
    role: "social_worker",
    scopeLevel: "district",
    regionCode: "KZ-61",
    districtCode: "614400000",
  },
  {
    login: "supervisor.bostandyk",
    displayName: "Gulnara Omarova",
    role: "supervisor",
    scopeLevel: "district",
    regionCode: "KZ-75",
    districtCode: "751410000",
  },
  {
    login: "manager.almaty",
    displayName: "Daniyar Seitkali",
    role: "regional_manager",
    scopeLevel: "region",
    regionCode: "KZ-75",
  },
  {
    login: "manager.turkistan",
    displayName: "Saule Zhumabayeva",
    role: "regional_manager",
    scopeLevel: "region",
    regionCode: "KZ-61",
  },
  { login: "analyst", displayName: "Yerlan Kassymov", role: "analyst", scopeLevel: "national" },
  { login: "auditor", displayName: "Madina Tulegenova", role: "auditor", scopeLevel: "national" },
  { login: "admin", displayName: "Portal Administrator", role: "admin", scopeLevel: "national" },
];
