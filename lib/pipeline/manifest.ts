import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const Manifest = z.object({
  source: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  schemaVersion: z.number().int(),
  batch: z.number().int().positive(),
  rows: z.number().int().nonnegative(),
  files: z.array(
    z.object({
      name: z.string().regex(/^[\w.-]+$/, "a file name without folders"),
      rows: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  table: z.object({ database: z.string(), name: z.string(), sha256: z.string() }).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

export class DeliveryRejected extends Error {
  override name = "DeliveryRejected";
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    throw new DeliveryRejected("manifest.json is missing or not JSON");
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DeliveryRejected(
      `manifest.json is not valid: ${issue?.path.join(".")} ${issue?.message}`,
    );
  }
  return parsed.data;
}

// Read in large slices into one buffer reused for the whole file: a stream's many small fresh
// chunks cost more than the hashing. The reads run in libuv's pool, so while one file is
// hashed on the event loop the next slices of others are being read.
const SLICE_BYTES = 8 * 1024 * 1024;

async function sha256Of(file: string): Promise<string> {
  const hash = crypto.createHash("sha256");
  const buffer = Buffer.allocUnsafe(SLICE_BYTES);
  const handle = await fs.promises.open(file);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return hash.digest("hex");
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Every file the manifest names is there, with its size and checksum: nothing was cut. */
export async function checkFiles(dir: string, manifest: Manifest): Promise<void> {
  for (const file of manifest.files) {
    const full = path.join(dir, file.name);
    if (!fs.existsSync(full)) throw new DeliveryRejected(`${file.name} is missing`);

    const bytes = fs.statSync(full).size;
    if (bytes !== file.bytes) {
      throw new DeliveryRejected(
        `${file.name} has ${bytes} bytes, the manifest says ${file.bytes}`,
      );
    }
    if ((await sha256Of(full)) !== file.sha256) {
      throw new DeliveryRejected(`${file.name} does not match its checksum in the manifest`);
    }
  }
}

/** One fingerprint for a whole delivery, to recognise the same delivery sent again. */
export function deliveryChecksum(manifest: Manifest): string {
  const parts = manifest.files.map((f) => f.sha256).concat(manifest.table?.sha256 ?? []);
  return crypto.createHash("sha256").update(parts.join(",")).digest("hex");
}
