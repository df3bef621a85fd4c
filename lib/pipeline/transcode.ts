import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";

/**
 * Re-encodes a Windows-1251 file as UTF-8, byte stream to byte stream. ClickHouse has no input
 * charset setting, and converting a whole file inside the engine would hold it in memory.
 */
export async function windows1251ToUtf8(from: string, to: string): Promise<void> {
  const decoder = new TextDecoder("windows-1251");
  const transcode = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, Buffer.from(decoder.decode(chunk, { stream: true }), "utf8"));
    },
    flush(done) {
      done(null, Buffer.from(decoder.decode(), "utf8"));
    },
  });
  await pipeline(fs.createReadStream(from), transcode, fs.createWriteStream(to));
}
