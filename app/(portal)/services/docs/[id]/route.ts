import { canOpen } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";
import { serviceSection } from "@/lib/services/docs";
import { SERVICES } from "@/lib/services";

const answer = (text: string, status: number) =>
  new Response(text, {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });

/** GET /services/docs/:id: one service's part of docs/services.md, as the catalogue has it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return answer("Sign in to read the service documentation.\n", 401);
  if (!canOpen(user.role, "services")) {
    return answer("The service catalogue is not open to your role.\n", 403);
  }

  const { id } = await params;
  const service = SERVICES.find((s) => s.id === id);
  if (!service) return answer(`There is no service "${id}" in the catalogue.\n`, 404);

  return answer(serviceSection(service), 200);
}
