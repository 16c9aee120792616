/**
 * Splits a stream of text chunks into lines. Docker's event stream is NDJSON
 * whose chunks do not follow line boundaries: a chunk may end mid-object or hold
 * several objects. Feed decoded text (the caller decodes UTF-8 with a streaming
 * decoder, so a multi-byte character split across chunks survives).
 */
export type LineSplitter = {
  push(chunk: string): void;
  /** Emits a last line that had no trailing newline (call when the stream ends). */
  flush(): void;
  /** Drops a partial line (a new stream starts clean). */
  reset(): void;
  /** Characters held while waiting for the end of a line. */
  readonly pending: number;
};

/** Longest line kept while waiting for its newline; a runaway line is dropped, not buffered forever. */
export const MAX_LINE = 1024 * 1024;

export function createLineSplitter(onLine: (line: string) => void): LineSplitter {
  let buffer = "";
  const emit = (line: string) => {
    const trimmed = line.trim();
    if (trimmed) onLine(trimmed);
  };
  return {
    push(chunk) {
      buffer += chunk;
      let nl = buffer.indexOf("\n");
      while (nl >= 0) {
        emit(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf("\n");
      }
      if (buffer.length > MAX_LINE) buffer = "";
    },
    flush() {
      emit(buffer);
      buffer = "";
    },
    reset() {
      buffer = "";
    },
    get pending() {
      return buffer.length;
    },
  };
}
