import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";

function tooLarge(maxBytes: number): AppError {
  return new AppError("too_large", t().errors.tooLarge(maxBytes));
}

/**
 * The body as text, refused with 413 past `maxBytes` without reading the rest: a declared
 * Content-Length is checked first, and a chunked body is counted as it arrives, so a 9 MB
 * body costs at most `maxBytes` of memory and no JSON parsing.
 */
export async function readLimitedText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
