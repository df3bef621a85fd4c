import crypto from "node:crypto";
import fs from "node:fs";

export type FileStats = { bytes: number; sha256: string };

/** A file written in large synchronous chunks, hashed and counted on the way. */
export class HashedFile {
  private readonly fd: number;
  private readonly hash = crypto.createHash("sha256");
  private bytes = 0;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, "w");
  }

  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;

    this.hash.update(chunk);
    let offset = 0;
    while (offset < chunk.length) offset += fs.writeSync(this.fd, chunk, offset);
    this.bytes += chunk.length;
  }

  close(): FileStats {
    fs.closeSync(this.fd);

    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
}
