/**
 * Colour arithmetic on CSS colours as `getComputedStyle` serializes them: reading one, laying a
 * translucent colour over another, and WCAG 2 relative luminance and contrast. Enough to tell a
 * dark background from a light one and to check that text stays readable; not a colour library.
 */

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** sRGB's transfer function, a channel 0–1 to its linear light and back. */
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** The grey whose relative luminance is `y` (0–1): how colours given by lightness alone are read. */
function greyOfLuminance(y: number, a: number): Rgba {
  const v = clamp(fromLinear(clamp(y, 0, 1)), 0, 1) * 255;
  return { r: v, g: v, b: v, a };
}

/** One component: a number, a percentage of `percentOf`, or `none` (0). */
function component(token: string, percentOf: number): number | null {
  if (token === 'none') return 0;
  const percent = token.endsWith('%');
  const value = Number(percent ? token.slice(0, -1) : token);
  if (!Number.isFinite(value)) return null;
  return percent ? (value / 100) * percentOf : value;
}

/** A function's arguments, comma or space separated, the alpha after a slash: `[components, alpha]`. */
function splitArguments(inside: string): [string[], string | null] {
  const [main, alpha = null] = inside.split('/').map((part) => part.trim());
  return [main.split(/[\s,]+/).filter(Boolean), alpha];
}

const FUNCTION = /^([a-z-]+)\((.*)\)$/;
const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;

/** `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`. */
function parseHex(digits: string): Rgba {
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
}

/**
 * Reads a computed colour: `rgb()`/`rgba()` (what browsers give for hex, names, `hsl()` and
 * `hwb()`), `color()` in an RGB space (its channels taken as sRGB's: wide-gamut spaces differ
 * from sRGB far less than dark differs from light) or in XYZ, and `lab()`, `lch()`,
 * `oklab()`, `oklch()`, read by their lightness alone (as the grey of the same luminance),
 * `transparent` and hex notation. Anything else (a keyword a browser left unresolved) is `null`: no answer.
 */
export function parseCssColor(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = HEX.exec(text);
  if (hex) return parseHex(hex[1]);
  const call = FUNCTION.exec(text);
  if (!call) return null;
  const [, name, inside] = call;
  const [parts, alphaToken] = splitArguments(inside);
  let alpha = alphaToken === null ? 1 : component(alphaToken, 1);
  if ((name === 'rgb' || name === 'rgba') && parts.length === 4 && alphaToken === null) {
    alpha = component(parts.pop()!, 1);
  }
  if (alpha === null) return null;
  alpha = clamp(alpha, 0, 1);

  if (name === 'rgb' || name === 'rgba') {
    if (parts.length !== 3) return null;
    const [r, g, b] = parts.map((p) => component(p, 255));
    if (r === null || g === null || b === null) return null;
    return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a: alpha };
  }
  if (name === 'color') {
    const [space, ...channels] = parts;
    if (channels.length !== 3) return null;
    const [x, y, z] = channels.map((p) => component(p, 1));
    if (x === null || y === null || z === null) return null;
    if (space === 'xyz' || space === 'xyz-d65' || space === 'xyz-d50') return greyOfLuminance(y, alpha);
    const encode = space === 'srgb-linear' ? fromLinear : (c: number) => c;
    const channel = (c: number) => clamp(encode(clamp(c, 0, 1)), 0, 1) * 255;
    return { r: channel(x), g: channel(y), b: channel(z), a: alpha };
  }
  if (name === 'lab' || name === 'lch') {
    // CIE L* (0–100) to luminance.
    const lightness = parts.length === 3 ? component(parts[0], 100) : null;
    if (lightness === null) return null;
    const l = clamp(lightness, 0, 100);
    return greyOfLuminance(l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3, alpha);
  }
  if (name === 'oklab' || name === 'oklch') {
    // Oklab's L is the cube root of luminance for greys.
    const lightness = parts.length === 3 ? component(parts[0], 1) : null;
    if (lightness === null) return null;
    return greyOfLuminance(clamp(lightness, 0, 1) ** 3, alpha);
  }
  return null;
}

/** `top` painted over `bottom`, as a background over the one behind it (source-over, in sRGB). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an opaque colour (alpha ignored), 0 for black to 1 for white. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * toLinear(r / 255) + 0.7152 * toLinear(g / 255) + 0.0722 * toLinear(b / 255);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(one: Rgba, other: Rgba): number {
  const [dark, light] = [relativeLuminance(one), relativeLuminance(other)].sort((x, y) => x - y);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Whether a background is dark: white text would stand out on it more than black text
 * (luminance below about 0.18, where the two contrasts are equal).
 */
export function isDark(background: Rgba): boolean {
  return contrastRatio(background, WHITE) > contrastRatio(background, BLACK);
}
