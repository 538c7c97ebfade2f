/**
 * Whether the page is light or dark where a passage is, as the reader sees it: the colour
 * behind the passage's text (its element's background over each ancestor's, down to the
 * browser's canvas), then the colour of the text, then the system's colour scheme. The page's
 * own colours come first because a page that sets them ignores the system's scheme: a dark news
 * site stays dark under a light system, and a page that declares nothing is drawn white under
 * a dark one. Pure: ../entrypoints/content/page-scheme-reader.ts reads the page's styles.
 */
import { contrastRatio, isDark, over, parseCssColor, type Rgba } from './css-color';

export type Scheme = 'light' | 'dark';

/** One element's own background, as computed. */
export interface BackgroundLayer {
  /** `background-color`, e.g. `rgba(0, 0, 0, 0)` for none. */
  color: string;
  /** Whether a `background-image` (a picture, a gradient) is painted over that colour. */
  image: boolean;
}

/** A colour inside a computed gradient: a colour function, or hex notation. */
const COLOUR_IN_IMAGE = /(?:rgba?|hsla?|hwb|color|lab|lch|oklab|oklch)\([^()]*\)|#[0-9a-f]{3,8}\b/gi;

/**
 * The layer an element's computed background amounts to. A gradient of opaque colours only (a
 * page's subtle white-to-grey) is read as the average of its colours, which cover the background
 * colour; a picture, or a gradient with a colour that is translucent or cannot be read, hides
 * what colour the text is on.
 */
export function backgroundLayer(color: string, image: string): BackgroundLayer {
  if (!image || image === 'none') return { color, image: false };
  if (/url\(/i.test(image)) return { color, image: true };
  const stops = (image.match(COLOUR_IN_IMAGE) ?? []).map(parseCssColor);
  if (!stops.length || stops.some((stop) => !stop || stop.a < 1)) return { color, image: true };
  const mean = (channel: 'r' | 'g' | 'b') => Math.round(stops.reduce((sum, stop) => sum + stop![channel], 0) / stops.length);
  return { color: `rgb(${mean('r')}, ${mean('g')}, ${mean('b')})`, image: false };
}

/**
 * The colour scheme the browser draws the page's canvas in (what shows where no element paints
 * a background): the root's `color-scheme` if set, else the page's `<meta name="color-scheme">`;
 * of the schemes it supports, the system's if among them, else its first; none, light (a page
 * that declares nothing is drawn on white, whatever the system's scheme).
 */
export function canvasScheme(rootColorScheme: string, metaColorScheme: string | null, systemDark: boolean): Scheme {
  const declared = rootColorScheme.trim() && rootColorScheme.trim() !== 'normal' ? rootColorScheme : (metaColorScheme ?? '');
  const supported = declared
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((token): token is Scheme => token === 'light' || token === 'dark');
  if (!supported.length) return 'light';
  const system: Scheme = systemDark ? 'dark' : 'light';
  return supported.includes(system) ? system : supported[0];
}

/**
 * What the canvas looks like in each scheme, near enough to judge what is laid over it
 * (Chromium's dark canvas is #121212, Firefox's #1c1b22).
 */
const CANVAS: Record<Scheme, Rgba> = { light: { r: 255, g: 255, b: 255, a: 1 }, dark: { r: 18, g: 18, b: 18, a: 1 } };

/** The opaque colour seen behind a passage, or `null` when it cannot be told. */
export type Backdrop = Rgba | null;

/**
 * The colour seen through one element: its background over what shows behind it (`behind`,
 * called only when the element's own background lets something through). A background image
 * or gradient hides what colour the text is on (`null`), and so does a colour that cannot be
 * read; a solid colour answers without looking further.
 */
export function throughLayer(layer: BackgroundLayer, behind: () => Backdrop): Backdrop {
  if (layer.image) return null;
  const color = parseCssColor(layer.color);
  if (!color) return null;
  if (color.a >= 1) return color;
  const below = behind();
  return below && over(color, below);
}

/** The backdrop at the root: its own background over the canvas. */
export function atRoot(layer: BackgroundLayer, canvas: Scheme): Backdrop {
  return throughLayer(layer, () => CANVAS[canvas]);
}

export interface SchemeEvidence {
  /** The colour behind the passage (throughLayer, atRoot), `null` when it could not be told. */
  backdrop: Backdrop;
  /** The computed `color` of the passage's element. */
  text: string;
  /** The system's scheme: `prefers-color-scheme: dark`. */
  systemDark: boolean;
}

/**
 * Text no one would set on the backdrop found: below this contrast the reader cannot see the
 * text on it, so the colour actually behind the text is another, which ancestors' backgrounds
 * do not show (a pseudo-element's, a positioned layer's, a web component's frame).
 */
export const UNREADABLE_CONTRAST = 2;

/**
 * Light or dark: by the backdrop when there is one and the text can be read on it; else by the
 * text (light text is set on a dark page); else the system's scheme.
 */
export function decideScheme({ backdrop, text, systemDark }: SchemeEvidence): Scheme {
  const ink = parseCssColor(text);
  const inkSeen = ink && ink.a > 0 ? ink : null;
  if (backdrop && !(inkSeen && contrastRatio(over(inkSeen, backdrop), backdrop) < UNREADABLE_CONTRAST)) return isDark(backdrop) ? 'dark' : 'light';
  if (inkSeen) return isDark(inkSeen) ? 'light' : 'dark';
  return systemDark ? 'dark' : 'light';
}
