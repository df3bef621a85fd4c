"use client";

import { useActionState } from "react";

type State = { error: string | null };

type Props = { search: (state: State, form: FormData) => Promise<State> };

/** Search first: an IIN (hashed on the server, never put in a URL) or a family id. */
export function FamilySearchForm({ search }: Props) {
  const [state, action, pending] = useActionState(search, { error: null });

  return (
    <form action={action} className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <label htmlFor="term" className="block text-sm font-medium">
        Find a family by IIN or family id
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="term"
          name="term"
          required
          autoComplete="off"
          inputMode="text"
          placeholder="12-digit IIN or family id"
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          aria-describedby={state.error ? "search-error" : undefined}
        />
        <button
          type="submit"
          disabled={pending}
          className={
            "rounded-md bg-sky-800 px-4 py-2 text-sm font-medium text-white hover:bg-sky-900"
          }
        >
          {pending ? "Searching…" : "Search"}
        </button>
      </div>
      {state.error ? (
        <p id="search-error" role="alert" className="mt-2 text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
