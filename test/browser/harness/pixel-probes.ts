/**
 * What the reader sees, read from real screenshots: the colours a region of the viewport shows,
 * as counted pixels (the screenshot decoded by the page's own canvas: a data: image does not
 * taint it). ::highlight styles and an extension's style sheets are out of reach of scripts, so
 * only pixels tell how the highlights are drawn.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestPage } from './browsers';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ColourCount {
  colour: Rgb;
  /** Its share of the pixels counted, 0–1. */
  share: number;
}

export interface RegionColours {
  /** The region's commonest colours, commonest first (at most five). */
  overall: ColourCount[];
  /** Each pixel row's commonest colours, top to bottom (at most three each). */
  rows: ColourCount[][];
}

/** The RGBA bytes of `rect` (viewport coordinates) in a screenshot of the page as it is now, row by row. */
export async function regionPixels(page: TestPage, rect: Rect): Promise<{ width: number; height: number; data: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'nc-shot-'));
  try {
    await page.screenshot(join(dir, 'page.png'));
    const png = readFileSync(join(dir, 'page.png')).toString('base64');
    return await page.evaluate(async ({ png, area }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const scale = image.width / window.innerWidth;
      const width = Math.max(1, Math.round((area.right - area.left) * scale));
      const height = Math.max(1, Math.round((area.bottom - area.top) * scale));
      const data = context.getImageData(Math.round(area.left * scale), Math.round(area.top * scale), width, height).data;
      return { width, height, data: Array.from(data) };
    }, { png, area: rect });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Counts the colours of `rect` (viewport coordinates) in a screenshot of the page as it is now. */
export async function regionColours(page: TestPage, rect: Rect): Promise<RegionColours> {
  const { width, height, data } = await regionPixels(page, rect);
  const top = (counts: Map<number, number>, total: number, n: number) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, count]) => ({ colour: { r: key >> 16, g: (key >> 8) & 255, b: key & 255 }, share: count / total }));
  const overall = new Map<number, number>();
  const rows = [];
  for (let row = 0; row < height; row++) {
    const counts = new Map<number, number>();
    for (let col = 0; col < width; col++) {
      const i = (row * width + col) * 4;
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      overall.set(key, (overall.get(key) ?? 0) + 1);
    }
    rows.push(top(counts, width, 3));
  }
  return { overall: top(overall, width * height, 5), rows };
}

/** WCAG 2 relative luminance of an sRGB colour (computed here, apart from the extension's own code). */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(one: Rgb, other: Rgb): number {
  const [dark, light] = [luminance(one), luminance(other)].sort((a, b) => a - b);
  return (light + 0.05) / (dark + 0.05);
}

/** An opaque `rgb(…)` or `rgba(…)` as getComputedStyle gives it. */
export function cssRgb(value: string): Rgb {
  const [r, g, b] = (value.match(/[\d.]+/g) ?? []).map(Number);
  if ([r, g, b].some((c) => c === undefined || Number.isNaN(c))) throw new Error(`not an rgb() colour: ${value}`);
  return { r, g, b };
}
