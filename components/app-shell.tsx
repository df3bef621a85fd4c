import Link from "next/link";
import type { ReactNode } from "react";
import { navigationFor, ROLE_LABELS } from "@/lib/auth/roles";
import { describeScope } from "@/lib/auth/scope";
import type { PortalUser } from "@/lib/auth/user";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ user, children }: { user: PortalUser; children: ReactNode }) {
  const items = navigationFor(user.role);

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-semibold text-sky-900">
            Family Card Portal
          </Link>
          <nav aria-label="Sections" className="flex flex-wrap gap-1">
            {items.map((item) => (
              <Link
                key={item.section}
                href={item.href}
                className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
              >
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <div className="text-right text-sm leading-tight" data-testid="current-user">
              <div className="font-medium">{user.displayName}</div>
              <div className="text-slate-500">
                {ROLE_LABELS[user.role]} · {describeScope(user.scope)}
              </div>
            </div>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
