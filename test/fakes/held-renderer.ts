import type { ChartRenderer, ChartRequest } from '../../adapters/shared/charts/index.ts';

/**
 * A chart renderer that draws only when the test says so (`release`), to see what a player gets before
 * the picture exists; without `real` it never draws at all (a stuck worker). `askedOnce` resolves with the
 * first chart asked for.
 */
export function heldRenderer(real?: ChartRenderer) {
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let wasAsked = (_request: ChartRequest): void => {};
  const askedOnce = new Promise<ChartRequest>((resolve) => {
    wasAsked = resolve;
  });
  const asked: ChartRequest[] = [];
  const renderer: ChartRenderer = {
    async render(request) {
      asked.push(request);
      wasAsked(request);
      await gate;
      if (real === undefined) return new Promise<Uint8Array>(() => {});
      return real.render(request);
    },
    close: async () => {},
  };
  return { renderer, release, asked, askedOnce };
}
