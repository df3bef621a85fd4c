import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-sky-800">403</p>
      <h1 className="mt-2 text-2xl font-semibold">This page is not open to your role</h1>
      <p className="mt-4 text-slate-600">
        Your account cannot open this section. If your work needs it, ask an administrator to change
        your role or scope.
      </p>
      <Link className="mt-8 inline-block text-sky-800 underline" href="/">
        Back to your start page
      </Link>
    </main>
  );
}
