import type { en } from "./en";

/**
 * The shape every language must fill: en.ts's keys, with each text widened to `string`,
 * functions keeping their parameters and lists their length. `es satisfies Dictionary`
 * makes a missing or extra key a type error (lib/messages/parity.test.ts checks it at run
 * time too).
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : { readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;
