import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// The options are built per request rather than at import, so `next build` needs no secrets.
async function handler(request: Request, context: Context) {
  return (await NextAuth(request as never, context as never, authOptions())) as Response;
}

export { handler as GET, handler as POST };
