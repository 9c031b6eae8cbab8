import { decode } from 'fast-png';
import { expect } from 'vitest';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface Picture {
  readonly width: number;
  readonly height: number;
  /** Whether the pixel at (x, y) is not the white background. */
  ink(x: number, y: number): boolean;
  /** Red, green and blue at (x, y). */
  rgb(x: number, y: number): [number, number, number];
}

/** Checks the PNG signature, then decodes the file with an independent decoder (fast-png). */
export function decodePng(bytes: Uint8Array): Picture {
  expect(Array.from(bytes.subarray(0, 8))).toEqual(PNG_SIGNATURE);
  const image = decode(bytes);
  const { width, height, channels, data } = image;
  expect(image.depth).toBe(8);
  const rgb = (x: number, y: number): [number, number, number] => {
    const i = (y * width + x) * channels;
    return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
  };
  return {
    width,
    height,
    rgb,
    ink: (x, y) => rgb(x, y).some((c) => c < 235),
  };
}

/** Rows on which two pictures of the same size differ. */
export function differingRows(a: Picture, b: Picture): number[] {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const rows: number[] = [];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (a.rgb(x, y).join() !== b.rgb(x, y).join()) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

/** How many pixels of a band of rows are ink. */
export function inkIn(p: Picture, top: number, bottom: number): number {
  let n = 0;
  for (let y = top; y < Math.min(bottom, p.height); y++)
    for (let x = 0; x < p.width; x++) if (p.ink(x, y)) n++;
  return n;
}
