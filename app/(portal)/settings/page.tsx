import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { describeScope } from "@/lib/auth/scope";
import { requireSection } from "@/lib/auth/session";
import { listStaff } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireSection("settings");
  const staff = await listStaff(getDb());

  return (
    <>
      <PageHeader title="Settings">Staff accounts, their roles and where they may work.</PageHeader>
      <DataTable headings={["Login", "Name", "Role", "Scope", "Status"]}>
        {staff.map((user) => (
          <tr key={user.id} className="border-t border-slate-100">
            <td className="px-4 py-2 font-mono">{user.login}</td>
            <td className="px-4 py-2">{user.displayName}</td>
            <td className="px-4 py-2">{ROLE_LABELS[user.role]}</td>
            <td className="px-4 py-2">{describeScope(user.scope)}</td>
            <td className="px-4 py-2">{user.active ? "Active" : "Disabled"}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
