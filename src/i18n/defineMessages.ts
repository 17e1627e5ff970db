import { formatNumber, pluralCategory, type Lang } from '@/domain/format';

/** Values substituted into "{name}" placeholders. */
export type MessageParams = Record<string, string | number>;

/** One set of strings, Vietnamese first; English must have exactly the same keys. */
export interface MessageBundle<Key extends string> {
  vi: Record<Key, string>;
  en: Record<Key, string>;
}

export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

/**
 * Declares a feature's strings next to the feature. The Vietnamese object fixes
 * the keys, so a missing or misspelt English key is a type error.
 */
export function defineMessages<const Vi extends Record<string, string>>(bundle: {
  vi: Vi;
  en: Record<keyof Vi & string, string>;
}): MessageBundle<keyof Vi & string> {
  return bundle;
}

const placeholder = /\{(\w+)\}/g;
/**
 * The two-form subset of ICU's plural syntax, `{count, plural, one {# agency}
 * other {# agencies}}`: enough for English and Vietnamese, whose messages
 * give only `other`. `#` is the count in the language's number format.
 */
const plural = /\{(\w+), plural, (?:one \{([^{}]*)\} )?other \{([^{}]*)\}\}/g;

function interpolate(template: string, params: MessageParams | undefined, lang: Lang): string {
  if (!params) return template;
  return template
    .replace(plural, (whole, name: string, one: string | undefined, other: string) => {
      const count = params[name];
      if (typeof count !== 'number') return whole;
      return (pluralCategory(count, lang) === 'one' && one !== undefined ? one : other).replaceAll('#', formatNumber(count, lang));
    })
    .replace(placeholder, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
}

export function translator<Key extends string>(bundle: MessageBundle<Key>, lang: Lang): Translate<Key> {
  const strings = bundle[lang];
  return (key, params) => interpolate(strings[key], params, lang);
}
