import type { TopLevelSpec } from 'vega-lite';
import type { ChartRequest } from '../chart-data.ts';
import { registerFonts } from './chart-fonts.ts';
import { cssFont, STYLE, type TextMeasure } from './chart-style.ts';
import { leaderboardSpec } from './leaderboard-spec.ts';
import { playerStatsSpec } from './player-stats-spec.ts';
import { sectionReportSpec } from './section-report-spec.ts';

/**
 * Chart → PNG in the current thread: Vega-Lite compiles the spec to Vega, Vega lays it out and draws it
 * on a @napi-rs/canvas (Skia) context with our fonts, Skia encodes the PNG.
 *
 * Nothing heavy loads until the first chart: the libraries and the fonts (about 100 MB of resident
 * memory, mostly Skia and code; 14 MB of JavaScript heap) come in with dynamic imports on first use, so a
 * bot that never draws pays nothing. The bot itself renders in a
 * worker thread (chart-worker.ts) so a render never delays other players' answers.
 */

/** What Vega draws with, loaded once. */
interface Engines {
  readonly vega: typeof import('vega');
  readonly vegaLite: typeof import('vega-lite');
  readonly canvas: typeof import('@napi-rs/canvas');
  readonly measure: TextMeasure;
}

/** vega's text metrics hook: exported at run time, though not in its type definitions. */
interface VegaTextHooks {
  readonly textMetrics: { width: (item: object, text: unknown) => number };
  readonly font: (item: object) => string;
}

/** Part of what `View#scenegraph()` returns at run time (its type definitions describe it wrongly). */
interface LaidOutScene {
  readonly root: { readonly bounds: { readonly x2: number; readonly y2: number } };
}

/**
 * Flat colours and text compress best without libpng's row filters; with them off, zlib level 3 gives
 * a file no bigger than the default settings in a sixth of the time (12 ms instead of 72 ms of CPU for
 * a 30-section report at 1282 × 1686).
 */
const PNG_OPTIONS = { compressionLevel: 3, filters: 0x08 /* PngFilter.None */ };

let engines: Promise<Engines> | null = null;

async function loadEngines(): Promise<Engines> {
  const [vega, vegaLite, canvas] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@napi-rs/canvas'),
  ]);
  registerFonts(canvas.GlobalFonts);
  const context = canvas.createCanvas(1, 1).getContext('2d');
  const widths = new Map<string, number>();
  const widthIn = (text: string, font: string): number => {
    const key = `${font}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      // Labels repeat from chart to chart; a bounded cache keeps memory flat on a long-running bot.
      if (widths.size > 5000) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
  // Vega measures text with node-canvas when it can import it, and otherwise guesses 0.8 em a character,
  // which is too narrow for Chinese and too wide for Latin. We give it Skia's measure with our fonts,
  // the same that draws the text; Vega supports a user-defined width function for this.
  const hooks = vega as unknown as VegaTextHooks;
  hooks.textMetrics.width = (item, text) => widthIn(String(text ?? '').trim(), hooks.font(item));
  return {
    vega,
    vegaLite,
    canvas,
    measure: (text, size, face) => widthIn(text, cssFont(size, face)),
  };
}

function specFor(request: ChartRequest, measure: TextMeasure): TopLevelSpec {
  switch (request.kind) {
    case 'leaderboard':
      return leaderboardSpec(request.chart, measure);
    case 'section-report':
      return sectionReportSpec(request.chart, measure);
    case 'player-stats':
      return playerStatsSpec(request.chart, measure);
    default: {
      // Only reachable from untyped callers (the worker takes whatever it is posted).
      const kind: never = request;
      throw new Error(`no chart of kind ${JSON.stringify((kind as { kind?: unknown }).kind)}`);
    }
  }
}

/** The chart as PNG bytes. The first call loads the chart libraries and the fonts. */
export async function renderChartPng(request: ChartRequest): Promise<Uint8Array> {
  engines ??= loadEngines().catch((error: unknown) => {
    engines = null; // let a later call try again, e.g. after the fonts are reinstalled
    throw error;
  });
  const { vega, vegaLite, canvas, measure } = await engines;
  const compiled = vegaLite.compile(specFor(request, measure)).spec;
  // Vega's warnings would go to the console, outside the bot's structured log; its errors are thrown.
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    await view.runAsync();
    // Size the canvas as Vega laid the view out: the plot's origin plus how far the marks, axes and
    // titles reach, plus the padding (what Vega's own autosize computes).
    const { root } = view.scenegraph() as unknown as LaidOutScene;
    const [left, top] = view.origin();
    const padding = view.padding() as { top: number; bottom: number; left: number; right: number };
    const width = left + Math.ceil(root.bounds.x2) + padding.left + padding.right;
    const height = top + Math.ceil(root.bounds.y2) + padding.top + padding.bottom;
    const target = canvas.createCanvas(Math.ceil(width * STYLE.scale), Math.ceil(height * STYLE.scale));
    await view.toCanvas(STYLE.scale, { externalContext: target.getContext('2d') });
    return await target.encode('png', PNG_OPTIONS);
  } finally {
    view.finalize();
  }
}
