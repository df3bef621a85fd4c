import { redirect } from "next/navigation";
import { navigationFor } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";

/** The front door: each role lands on the first section it may open. */
export default async function Home() {
  const user = await currentUser();
  if (!user) redirect("/signin");

  redirect(navigationFor(user.role)[0]?.href ?? "/signin");
}
