import Link from "next/link";
import { connection } from "next/server";

/**
 * Rendered per request like every page, never prerendered: a prerendered page's scripts
 * carry no CSP nonce, so the browser would refuse them (docs/security.md).
 */
export default async function NotFound() {
  await connection();

  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-sky-800">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Not found</h1>
      <p className="mt-4 text-slate-600">
        There is nothing at this address, or nothing you may see within your scope.
      </p>
      <Link className="mt-8 inline-block text-sky-800 underline" href="/">
        Back to your start page
      </Link>
    </main>
  );
}
