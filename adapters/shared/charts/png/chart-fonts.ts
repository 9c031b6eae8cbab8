import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The fonts every picture is drawn with, shipped as npm packages and registered by file, so a chart looks
 * the same on a bare server image (which has no fonts at all) as on a laptop. The machine's own fonts are
 * never asked for by name: our family names are our own, and only glyphs that none of ours has could fall
 * through to whatever the machine has.
 *
 * Noto Sans CJK SC comes first: it has Latin, Greek, Cyrillic, kana and over 27,000 Chinese characters,
 * and its Latin matches its Chinese. The rest fill in what players put in their names: accented Latin
 * beyond Latin-1, Vietnamese, Hebrew, Arabic and emoji (monochrome). All are under the SIL Open Font
 * License 1.1.
 */

const require = createRequire(import.meta.url);

/** A family name of our own: it cannot match a font the machine happens to have. */
const family = (name: string) => `notequiz ${name}`;

function fontsource(pkg: string, file: string): string {
  return require.resolve(`@fontsource/${pkg}/files/${file}`);
}

function notoSansCjk(file: string): string {
  // The package exports only its index; the OpenType files sit in fonts/ beside dist/.
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', file);
}

export interface FontFile {
  readonly family: string;
  readonly path: () => string;
}

const fallback = (name: string, pkg: string, file: string): FontFile => ({
  family: family(name),
  path: () => fontsource(pkg, file),
});

const SANS = family('Sans');
/**
 * The bold face is a family of its own: @napi-rs/canvas 1.2 draws every weight of a family with the face
 * registered last, so two faces under one name would make all text bold. A bold request on the regular
 * family gets Skia's synthetic bold, with the same advance widths.
 */
const SANS_BOLD = family('Sans Bold');

/** Glyphs the main face lacks, in fallback order: a glyph is drawn from the first family that has it. */
const FALLBACKS: readonly FontFile[] = [
  fallback('Latin Ext', 'noto-sans', 'noto-sans-latin-ext-400-normal.woff'),
  fallback('Vietnamese', 'noto-sans', 'noto-sans-vietnamese-400-normal.woff'),
  fallback('Greek', 'noto-sans', 'noto-sans-greek-400-normal.woff'),
  fallback('Cyrillic', 'noto-sans', 'noto-sans-cyrillic-400-normal.woff'),
  fallback('Devanagari', 'noto-sans', 'noto-sans-devanagari-400-normal.woff'),
  fallback('Hebrew', 'noto-sans-hebrew', 'noto-sans-hebrew-hebrew-400-normal.woff'),
  fallback('Arabic', 'noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff'),
  fallback('Emoji', 'noto-emoji', 'noto-emoji-emoji-400-normal.woff'),
];

const FONT_FILES: readonly FontFile[] = [
  { family: SANS, path: () => notoSansCjk('NotoSansHans-Regular.otf') },
  { family: SANS_BOLD, path: () => notoSansCjk('NotoSansHans-Bold.otf') },
  ...FALLBACKS,
];

const stack = (first: string) => [first, ...FALLBACKS.map((f) => f.family)].map((f) => `"${f}"`).join(', ');

/** The CSS font-family list of all text. */
export const FONT_STACK = stack(SANS);
/** The same with the bold face first, for titles (drawn at weight normal: the face is already bold). */
export const BOLD_FONT_STACK = stack(SANS_BOLD);

/** The part of @napi-rs/canvas this module needs: passed in, so importing this file loads no renderer. */
export interface FontRegistry {
  registerFromPath(path: string, nameAlias?: string): unknown;
}

/** Registers every font file; a missing or unreadable file is an error naming it. */
export function registerFonts(registry: FontRegistry): void {
  for (const font of FONT_FILES) {
    let file = '';
    try {
      file = font.path();
      // @napi-rs/canvas answers null (it does not throw) when it cannot read a font.
      if (registry.registerFromPath(file, font.family) == null)
        throw new Error('the renderer could not read it');
    } catch (cause) {
      throw new Error(
        `chart font "${font.family}" could not be loaded from ${file || 'its npm package'}: reinstall with npm ci`,
        { cause },
      );
    }
  }
}
