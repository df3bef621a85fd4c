import http from "node:http";
import next from "next";

export type PortalServer = { url: string; close: () => Promise<void> };

/**
 * Serves the Next.js app from this process, so that the embedded chDB engine, which belongs to
 * one process, is shared by the pipeline and the pages. The client's address is taken from the
 * socket (or, behind a trusted proxy, from X-Forwarded-For) and passed on in a header of the
 * portal's own that a client cannot forge.
 */
export async function servePortal(options: {
  port: number;
  dev: boolean;
  trustProxy: boolean;
}): Promise<PortalServer> {
  const app = next({ dev: options.dev, dir: process.cwd(), port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((request, response) => {
    const forwarded = String(request.headers["x-forwarded-for"] ?? "")
      .split(",")[0]
      ?.trim();
    const socket = request.socket.remoteAddress ?? "unknown";
    request.headers["x-portal-client-address"] =
      options.trustProxy && forwarded ? forwarded : socket;
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, resolve);
  });

  return {
    url: `http://localhost:${options.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
