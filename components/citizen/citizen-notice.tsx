import type { ReactNode } from "react";

/** A citizen page that only tells something: its heading, then a few paragraphs. */
export function CitizenNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <div className="mt-3 space-y-3 text-base text-slate-700">{children}</div>
    </div>
  );
}
