import type { ReactNode } from "react";

type Props = { title: string; children: ReactNode };

/** What a section shows before it has anything to show, saying what will fill it. */
export function EmptyState({ title, children }: Props) {
  return (
    <div
      className={
        "rounded-lg border border-dashed border-slate-300 bg-white " + "px-6 py-12 text-center"
      }
    >
      <h2 className="text-lg font-medium">{title}</h2>
      <div className="mx-auto mt-2 max-w-xl text-sm text-slate-600">{children}</div>
    </div>
  );
}
