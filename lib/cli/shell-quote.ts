/**
 * Characters no POSIX shell treats specially in an argument word (no globbing, expansion,
 * word splitting or redirection); anything else gets single quotes.
 */
const SAFE_WORD = /^[A-Za-z0-9_./:=,@%+-]+$/;

/**
 * POSIX single-quote escaping, only where needed so the common case stays readable:
 * `web` stays `web`, `a b` becomes `'a b'`, and a quote inside becomes `'\''`.
 */
export function shellQuote(arg: string): string {
  if (SAFE_WORD.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** One command line from its argument words. */
export function shellJoin(args: readonly string[]): string {
  return args.map(shellQuote).join(" ");
}
