import type { Encoding } from "../schema/types";
import { encode1251Into, preamble } from "./encode";
import { HashedFile, type FileStats } from "./hashed-file";

const BUFFER_BYTES = 1 << 20;

/**
 * Lines of text encoded one by one straight into a reused buffer, written out when it fills.
 * (Gathering lines into one long string first is much slower: V8 then flattens a deep rope.)
 */
export class TextFile {
  private readonly file: HashedFile;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private offset = 0;

  constructor(
    path: string,
    private readonly encoding: Encoding,
  ) {
    this.file = new HashedFile(path);
    this.file.write(preamble(encoding));
  }

  line(text: string): void {
    // A UTF-16 code unit never takes more than three bytes in UTF-8 (one in Windows-1251).
    if (this.offset + text.length * 3 > BUFFER_BYTES) this.flush();
    if (text.length * 3 > BUFFER_BYTES) {
      this.file.write(Buffer.from(text, "utf8"));
      return;
    }

    this.offset +=
      this.encoding === "windows-1251"
        ? encode1251Into(text, this.buffer, this.offset)
        : this.buffer.write(text, this.offset, "utf8");
  }

  private flush(): void {
    if (this.offset === 0) return;

    this.file.write(this.buffer.subarray(0, this.offset));
    this.offset = 0;
  }

  close(): FileStats {
    this.flush();

    return this.file.close();
  }
}
