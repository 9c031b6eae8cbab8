import type { Lang } from '../../src/content/question.ts';

/**
 * A tiny message format, enough for chat wording in two languages without a library:
 *   {name}                   the parameter's value
 *   {count|point|points}     "point" when count is 1, "points" otherwise (Chinese simply repeats a word)
 * Placeholders are typed: `ParamsOf<'+{points} {points|point|points}'>` is `'points'`.
 */
export type ParamValue = string | number;

type NameOf<P extends string> = P extends `${infer Name}|${string}` ? Name : P;
export type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? NameOf<P> | ParamsOf<Rest>
  : never;

/** A catalogue's English side fixes the keys and placeholders; every other language must match it. */
export type Catalogue<En extends Record<string, string>> = {
  readonly [L in Lang]: { readonly [K in keyof En]: string };
};

/** Argument list for a key: no params object when the English text has no placeholders. */
export type ArgsFor<S extends string> = [ParamsOf<S>] extends [never]
  ? [params?: undefined]
  : [params: Record<ParamsOf<S>, ParamValue>];

const PLACEHOLDER = /\{([^{}|]+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/** Fills placeholders; a missing parameter shows as `{name}` so a bug is visible instead of silent. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, ParamValue>> | undefined,
): string {
  return template.replace(
    PLACEHOLDER,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
      return String(value);
    },
  );
}

/** Placeholder names used in a template, for the test that both languages take the same parameters. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Builds a typed `t(lang, key, params)` over a catalogue. Adapters with their own extra wording (the
 * terminal's help, Slack's modal titles) make their own catalogue the same way.
 */
export function createTranslator<En extends Record<string, string>>(catalogue: Catalogue<En>) {
  return function t<K extends keyof En & string>(lang: Lang, key: K, ...args: ArgsFor<En[K]>): string {
    const template = catalogue[lang][key] ?? catalogue.en[key];
    return formatMessage(template, args[0] as Readonly<Record<string, ParamValue>> | undefined);
  };
}
