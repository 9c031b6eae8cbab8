import type { ChartRequest } from '../chart-data.ts';

/** What the bot's thread sends the chart worker. */
export interface ChartJob {
  readonly id: number;
  readonly request: ChartRequest;
}

/** What the chart worker answers: the PNG, or why it could not draw it. */
export type ChartReply =
  | { readonly id: number; readonly png: Uint8Array }
  | { readonly id: number; readonly error: { readonly message: string; readonly stack: string } };
