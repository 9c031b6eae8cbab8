import { createRequire } from 'node:module';
import type { FontRegistry } from '../../adapters/shared/charts/png/chart-fonts.ts';
import { BOLD_FONT_STACK, FONT_STACK, registerFonts } from '../../adapters/shared/charts/png/chart-fonts.ts';

/**
 * The charts' fonts, with Noto Sans's Latin faces in front: the chat clients draw Latin text in a Latin UI
 * face, and Noto Sans CJK's own Latin is wider (its minus sign is a full-width dash). Each face is a family
 * of its own, for the reason chart-fonts.ts gives; every glyph they lack falls through to the chart stack.
 */

const require = createRequire(import.meta.url);

const FACES = {
  regular: { family: 'notequiz Picture', file: 'noto-sans-latin-400-normal.woff' },
  bold: { family: 'notequiz Picture Bold', file: 'noto-sans-latin-700-normal.woff' },
  italic: { family: 'notequiz Picture Italic', file: 'noto-sans-latin-400-italic.woff' },
} as const;

export function registerPictureFonts(registry: FontRegistry): void {
  registerFonts(registry);
  for (const face of Object.values(FACES)) {
    const file = require.resolve(`@fontsource/noto-sans/files/${face.file}`);
    if (registry.registerFromPath(file, face.family) == null)
      throw new Error(`could not load the font ${file}`);
  }
}

export function font(size: number, options: { bold?: boolean; italic?: boolean } = {}): string {
  const face = options.bold ? FACES.bold : options.italic ? FACES.italic : FACES.regular;
  return `${size}px "${face.family}", ${options.bold ? BOLD_FONT_STACK : FONT_STACK}`;
}
