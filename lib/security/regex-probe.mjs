// Times regular expressions against adversarial inputs, in a child process so that a
// catastrophic pattern can be killed (a running regex cannot be interrupted in-process).
// stdin: JSON [{ source, flags }]; stdout: one line per regex, "start i" then "done i <ms> <input>".
import { readFileSync } from "node:fs";

const SIZE = Number(process.env.REGEX_PROBE_SIZE ?? 10_240);
const GENERIC = ["a", "A", "0", "-", "_", ".", ":", "/", "=", ",", " ", "\t", "@", "[", '"'];
const CLASS_SAMPLES = { d: "1", s: " ", w: "a", S: "x", D: "x", W: "!" };
const ENDINGS = ["!", "\u0000", "\n", ""];

/** Characters the pattern itself names: the ones most likely to drive it into backtracking. */
function patternChars(source) {
  const chars = new Set();
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[++i] ?? "";
      chars.add(CLASS_SAMPLES[next] ?? (next === "n" ? "\n" : next === "t" ? "\t" : next));
    } else if (!"^$()[]{}*+?|".includes(c)) chars.add(c);
  }
  return [...chars].filter((c) => c !== "");
}

/** The literal text a pattern starts with after "^" (e.g. "Bearer"), so inputs get past it. */
function literalPrefix(source) {
  const m = /^\^?((?:[A-Za-z0-9 _:=-]|\\.)*)/.exec(source);
  return (m?.[1] ?? "").replace(/\\s/g, " ").replace(/\\(.)/g, "$1");
}

function inputs(source) {
  const own = patternChars(source);
  const alphabet = [...new Set([...own, ...GENERIC])];
  const prefixes = [...new Set(["", literalPrefix(source)])];
  const bodies = [];
  for (const c of alphabet) bodies.push(c.repeat(SIZE));
  for (const a of own.length > 0 ? own : GENERIC)
    for (const b of alphabet) if (a !== b) bodies.push((a + b).repeat(SIZE / 2));
  for (const a of own)
    for (const b of own)
      for (const c of own)
        if (own.length <= 12) bodies.push((a + b + c).repeat(Math.ceil(SIZE / 3)));
  const out = [];
  for (const p of prefixes) for (const b of bodies) for (const e of ENDINGS) out.push(p + b + e);
  return out;
}

const regexes = JSON.parse(readFileSync(0, "utf8"));
for (const [i, { source, flags }] of regexes.entries()) {
  process.stdout.write(`start ${i}\n`);
  const re = new RegExp(source, flags);
  let worst = 0;
  let worstInput = "";
  for (const input of inputs(source)) {
    const t0 = performance.now();
    re.lastIndex = 0;
    if (re.global) input.replace(re, "");
    else re.exec(input);
    input.split(re);
    const ms = performance.now() - t0;
    if (ms > worst) {
      worst = ms;
      worstInput = input;
    }
  }
  process.stdout.write(
    `done ${i} ${worst.toFixed(2)} ${JSON.stringify(worstInput.slice(0, 12))}\n`,
  );
}
