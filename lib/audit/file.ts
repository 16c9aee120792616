import fs from "node:fs/promises";
import path from "node:path";

/**
 * An append-only JSON-lines file with size-bounded rotation: once the next line would take
 * the file past `maxBytes`, it becomes `<file>.1` (replacing the previous one), so the log
 * never holds more than about twice `maxBytes` on disk. Appends are serialised so concurrent
 * writers never interleave partial lines.
 */
export class LineFile {
  private queue: Promise<unknown> = Promise.resolve();
  private size: number | null = null;

  constructor(
    private readonly file: string,
    private readonly maxBytes: number,
  ) {}

  /** Resolves true once the line is on disk, false (never throws) when it could not be written. */
  append(line: string): Promise<boolean> {
    const data = `${line}\n`;
    const write = this.queue.then(async () => {
      try {
        await this.write(data);
        return true;
      } catch (e) {
        this.size = null; // re-read it next time: the file may have been changed under us
        console.error("[swarmnet] audit log write failed:", (e as Error).message);
        return false;
      }
    });
    this.queue = write;
    return write;
  }

  private async write(data: string): Promise<void> {
    if (this.size === null) {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      this.size = await fileSize(this.file);
    }
    const bytes = Buffer.byteLength(data);
    if (this.size > 0 && this.size + bytes > this.maxBytes) {
      await fs.rename(this.file, `${this.file}.1`);
      this.size = 0;
    }
    await fs.appendFile(this.file, data, { mode: 0o600 });
    this.size += bytes;
  }

  /** The last `limit` lines, newest first, reading at most `maxBytes` from the end. */
  async tail(limit: number, maxBytes = 256 * 1024): Promise<string[]> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, "r");
    } catch {
      return [];
    }
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, maxBytes);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      const lines = buffer.toString("utf8").split("\n");
      // The first line is cut in the middle unless the read started at the file's beginning.
      if (length < size) lines.shift();
      return lines.filter(Boolean).slice(-limit).reverse();
    } finally {
      await handle.close();
    }
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}
