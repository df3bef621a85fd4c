"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Reloads the page's data while a run is going, so its stages move without a manual reload. */
export function SyncAutoRefresh({ everyMs = 2000 }: { everyMs?: number }) {
  const router = useRouter();

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);

  return null;
}
