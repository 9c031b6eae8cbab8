import type { Lang } from '../../src/content/question.ts';
import type { ChartRequest } from './charts/chart-data.ts';
import type { ChartRenderer } from './charts/png/chart-worker.ts';
import { t } from './i18n.ts';
import type { Timers } from './timers.ts';

/**
 * Draws the picture of a reply whose text has already gone out. A picture that fails or takes too long is
 * logged and dropped: the text carries the same figures, so the player loses nothing but the picture.
 */
export interface ChartDrawer {
  /** The PNG, or null when it could not be drawn in time (already logged). Never throws. */
  draw(request: ChartRequest, context?: Readonly<Record<string, unknown>>): Promise<Uint8Array | null>;
}

export interface ChartLogger {
  warn(details: object, message: string): void;
}

/**
 * Long enough for the worker's first chart on a busy machine (it loads the chart libraries and fonts),
 * short enough that a stuck worker does not hold a reply's follow-up for longer than anyone waits.
 */
export const CHART_TIMEOUT_MS = 30_000;

export function chartDrawer(deps: {
  readonly renderer: Pick<ChartRenderer, 'render'>;
  readonly timers: Timers;
  readonly logger: ChartLogger;
  readonly timeoutMs?: number;
}): ChartDrawer {
  const timeoutMs = deps.timeoutMs ?? CHART_TIMEOUT_MS;
  return {
    async draw(request, context = {}) {
      let timer: unknown = null;
      const late = new Promise<'late'>((resolve) => {
        timer = deps.timers.setTimeout(() => resolve('late'), timeoutMs);
      });
      try {
        const png = await Promise.race([deps.renderer.render(request), late]);
        if (png !== 'late') return png;
        deps.logger.warn(
          { ...context, chart: request.kind, timeoutMs },
          'chart not drawn in time; the text reply went out without it',
        );
        return null;
      } catch (error) {
        deps.logger.warn(
          { ...context, err: error, chart: request.kind },
          'chart not drawn; the text reply went out without it',
        );
        return null;
      } finally {
        deps.timers.clearTimeout(timer);
      }
    },
  };
}

/** What a platform names the picture file and says of it to a screen reader. */
export function chartFile(
  lang: Lang,
  request: ChartRequest,
): { readonly name: string; readonly alt: string } {
  return { name: `${request.kind}.png`, alt: t(lang, 'chart.alt', { title: request.chart.title }) };
}
