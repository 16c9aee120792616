// Times regular expressions against adversarial inputs, in a child process so that a
// catastrophic pattern can be killed (a running regex cannot be interrupted in-process).
// stdin: JSON [{ source, flags }]; stdout: "start i" then "done i <ms> <growth> <input>" per regex,
// where ms is the slowest 10 kB input and growth how much slower the same input is at 40 kB
// (about 4 for a linear pattern, 16 for a quadratic one).
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
  return [...chars].filter((c) => c !== "" && c !== "u");
}

/** The literal text a pattern starts with after "^" (e.g. "Bearer"), so inputs get past it. */
function literalPrefix(source) {
  const m = /^\^?((?:[A-Za-z0-9 _:=-]|\\.)*)/.exec(source);
  return (m?.[1] ?? "").replace(/\\s/g, " ").replace(/\\(.)/g, "$1");
}

/** Input shapes: a prefix, a unit repeated to the wanted size, an ending. */
function shapes(source) {
  const own = patternChars(source);
  const alphabet = [...new Set([...own, ...GENERIC])];
  const prefixes = [...new Set(["", literalPrefix(source)])];
  const units = [...alphabet];
  for (const a of own.length > 0 ? own : GENERIC)
    for (const b of alphabet) if (a !== b) units.push(a + b);
  if (own.length <= 12)
    for (const a of own) for (const b of own) for (const c of own) units.push(a + b + c);
  const out = [];
  for (const prefix of prefixes)
    for (const unit of units) for (const ending of ENDINGS) out.push({ prefix, unit, ending });
  return out;
}

const build = ({ prefix, unit, ending }, size) =>
  prefix + unit.repeat(Math.ceil(size / unit.length)) + ending;

const regexes = JSON.parse(readFileSync(0, "utf8"));
for (const [i, { source, flags }] of regexes.entries()) {
  process.stdout.write(`start ${i}\n`);
  const re = new RegExp(source, flags);
  const time = (input) => {
    const t0 = performance.now();
    re.lastIndex = 0;
    if (re.global) input.replace(re, "");
    else re.exec(input);
    input.split(re);
    return performance.now() - t0;
  };
  let worst = 0;
  let worstShape = null;
  for (const shape of shapes(source)) {
    const ms = time(build(shape, SIZE));
    if (ms > worst) {
      worst = ms;
      worstShape = shape;
    }
  }
  // The machine is shared: a pause (GC, another process) can make one linear match look slow,
  // but a backtracking pattern is slow every time. So the worst shape is timed again (best of
  // a few) at 10 kB and at 40 kB: the growth tells linear from quadratic whatever the load.
  const best = (size, runs) => {
    const input = build(worstShape, size);
    return Math.min(...Array.from({ length: runs }, () => time(input)));
  };
  const at1 = best(SIZE, 3);
  const at4 = best(4 * SIZE, 2);
  const growth = at4 / Math.max(at1, 0.01);
  const sample = JSON.stringify(build(worstShape, 12).slice(0, 12));
  process.stdout.write(`done ${i} ${at1.toFixed(2)} ${growth.toFixed(2)} ${sample}\n`);
}
