/** Where the login page sends the browser when `next` is missing or not acceptable. */
export const DEFAULT_NEXT = "/networks";

// Any placeholder origin works: only whether `next` stays on it matters.
const ORIGIN = "http://swarmnet.invalid";

/**
 * The path to go to after signing in: accepted only when it resolves to the dashboard's own
 * origin and is a plain path. `/%5Cevil.example` and `/%09/evil.example` resolve to our
 * origin as written, but once a router or the browser decodes them they become
 * `/\evil.example` and `/<tab>/evil.example`, which browsers read as `//evil.example`
 * (another site), so backslashes and control characters are refused in the decoded path too.
 */
export function safeNext(next: string | undefined | null): string {
  if (!next?.startsWith("/")) return DEFAULT_NEXT;
  let url: URL;
  let decoded: string;
  try {
    url = new URL(next, ORIGIN);
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return DEFAULT_NEXT;
  }
  if (url.origin !== ORIGIN) return DEFAULT_NEXT;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
  if (/[\\\u0000-\u001f\u007f]/.test(next) || /[\\\u0000-\u001f\u007f]/.test(decoded)) {
    return DEFAULT_NEXT;
  }
  if (decoded.startsWith("//") || url.pathname.startsWith("//")) return DEFAULT_NEXT;
  return `${url.pathname}${url.search}${url.hash}`;
}
