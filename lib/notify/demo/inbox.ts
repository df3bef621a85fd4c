import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// The demo inbox: the local SMS gateway and SMTP server append one JSON line per delivered
// message, and the demo page reads them back. Real citizens never receive these messages.

const demoMessageSchema = z.object({
  channel: z.enum(["sms", "email"]),
  id: z.string(),
  at: z.string(),
  to: z.string(),
  subject: z.string().optional(),
  text: z.string(),
});

/** One message as the demo gateways delivered it. */
export type DemoMessage = z.infer<typeof demoMessageSchema>;

/** The inbox files under the data folder, one per channel. */
export function demoInboxFiles(dataDir: string): { sms: string; email: string } {
  const folder = path.join(dataDir, "demo-inbox");

  return { sms: path.join(folder, "sms.jsonl"), email: path.join(folder, "email.jsonl") };
}

/**
 * The newest `limit` messages of the given inbox files, newest first. A missing file is an
 * empty inbox; a line that is not a message (cut short by a crash, edited by hand) is skipped.
 */
export function readDemoInbox(files: string[], limit = 200): DemoMessage[] {
  const messages = files.flatMap(readFile);

  // Reversed first so that, at the same instant, a later line still comes first.
  return messages
    .reverse()
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
}

/** Appends one delivered message; extra fields (the provider id) are kept in the file. */
export async function appendDemoMessage(
  file: string,
  message: DemoMessage & { providerId?: string },
): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await fs.promises.appendFile(file, `${JSON.stringify(message)}\n`, "utf8");
}

function readFile(file: string): DemoMessage[] {
  let content: string;
  try {
    content = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }

  return content.split("\n").flatMap((line) => {
    const message = demoMessageSchema.safeParse(parseJson(line));

    return message.success ? [message.data] : [];
  });
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
