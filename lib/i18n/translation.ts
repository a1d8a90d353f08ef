/**
 * The shape a translation of an English catalogue module must have: the same keys, every text a
 * string, every function the same parameters (one that gives lines gives lines). `lib/ja/messages-x.ts` and `lib/ko/messages-x.ts`
 * export the same names as `lib/messages-x.ts`, each typed `Translation<typeof en.name>`, so a
 * missing or extra key fails the type check.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends (...args: infer A) => readonly string[]
      ? (...args: A) => readonly string[]
      : T extends readonly (infer U)[]
        ? readonly Translation<U>[]
        : { readonly [K in keyof T]: Translation<T[K]> };
