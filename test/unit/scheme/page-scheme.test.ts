/**
 * Light or dark, as the reader sees the page: the colour behind the text (each element's
 * background over the ones behind it, down to the canvas, whose colour the page's declared
 * color-scheme decides), then the text's colour, then the system's scheme.
 */
import { describe, expect, it } from 'vitest';
import { atRoot, backgroundLayer, canvasScheme, decideScheme, throughLayer, type Backdrop, type BackgroundLayer, type Scheme } from '@/lib/page-scheme';

const NONE = 'rgba(0, 0, 0, 0)';
const layer = (color: string, image = false): BackgroundLayer => ({ color, image });

/** The backdrop of a passage in `layers` (its element first, the root last) over a `canvas` page. */
function backdrop(layers: BackgroundLayer[], canvas: Scheme): Backdrop {
  const [own, ...behind] = layers;
  return behind.length ? throughLayer(own, () => backdrop(behind, canvas)) : atRoot(own, canvas);
}

/** The scheme of a passage on `layers` with `text` (none read by default), under a light or dark system. */
const schemeOf = (layers: BackgroundLayer[], { text = '', canvas = 'light' as Scheme, systemDark = false } = {}) =>
  decideScheme({ backdrop: backdrop(layers, canvas), text, systemDark });

describe('canvasScheme', () => {
  it('is light when the page declares nothing, under a dark system too (browsers draw such pages on white)', () => {
    expect(canvasScheme('normal', null, true)).toBe('light');
    expect(canvasScheme('', null, false)).toBe('light');
    expect(canvasScheme('normal', 'nonsense', true)).toBe('light');
  });

  it('follows a declared color-scheme: the system scheme when the page supports it, else the page’s first', () => {
    expect(canvasScheme('dark', null, false)).toBe('dark');
    expect(canvasScheme('light dark', null, true)).toBe('dark');
    expect(canvasScheme('light dark', null, false)).toBe('light');
    expect(canvasScheme('dark light', null, false)).toBe('light');
    expect(canvasScheme('only light', null, true)).toBe('light');
    expect(canvasScheme('light', null, true)).toBe('light');
  });

  it('reads <meta name="color-scheme"> when the root declares nothing, and the root over the meta', () => {
    expect(canvasScheme('normal', 'dark light', true)).toBe('dark');
    expect(canvasScheme('normal', 'dark', false)).toBe('dark');
    expect(canvasScheme('light', 'dark', true)).toBe('light');
  });
});

describe('backgroundLayer', () => {
  it('reads a gradient of opaque colours as their average, and a picture or a translucent gradient as hiding the colour', () => {
    expect(backgroundLayer('rgb(255, 255, 255)', 'none')).toEqual({ color: 'rgb(255, 255, 255)', image: false });
    expect(backgroundLayer(NONE, 'linear-gradient(rgb(255, 255, 255), rgb(244, 244, 244))')).toEqual({ color: 'rgb(250, 250, 250)', image: false });
    expect(backgroundLayer(NONE, 'radial-gradient(circle, #101010 0%, rgb(30, 30, 30) 100%)')).toEqual({ color: 'rgb(23, 23, 23)', image: false });
    expect(backgroundLayer('rgb(255, 255, 255)', 'url("hero.jpg"), linear-gradient(rgb(0, 0, 0), rgb(0, 0, 0))').image).toBe(true);
    expect(backgroundLayer('rgb(255, 255, 255)', 'linear-gradient(rgba(0, 0, 0, 0.5), rgb(0, 0, 0))').image).toBe(true);
  });

  it('leaves a white page with a subtle gradient light, whatever grey its text', () => {
    const page = backgroundLayer('rgb(255, 255, 255)', 'linear-gradient(rgb(255, 255, 255), rgb(244, 244, 244))');
    expect(schemeOf([layer(NONE), page], { text: 'rgb(138, 138, 138)', systemDark: true })).toBe('light');
  });
});

describe('decideScheme', () => {
  it('a dark page under a light system is dark; a light page under a dark system is light', () => {
    expect(schemeOf([layer(NONE), layer('rgb(18, 18, 18)'), layer(NONE)], { text: 'rgb(221, 221, 221)' })).toBe('dark');
    expect(schemeOf([layer(NONE), layer('rgb(255, 255, 255)')], { systemDark: true })).toBe('light');
  });

  it('sees through transparent backgrounds to the canvas', () => {
    expect(schemeOf([layer(NONE), layer(NONE), layer(NONE)], { systemDark: true })).toBe('light');
    expect(schemeOf([layer(NONE), layer(NONE)], { canvas: 'dark', text: 'rgb(232, 232, 232)' })).toBe('dark');
  });

  it('lays translucent backgrounds over what is behind them', () => {
    // Black at 80% over white is #333: dark. At 30% it is #b3b3b3: light.
    expect(schemeOf([layer('rgba(0, 0, 0, 0.8)'), layer('rgb(255, 255, 255)')])).toBe('dark');
    expect(schemeOf([layer('rgba(0, 0, 0, 0.3)'), layer('rgb(255, 255, 255)')])).toBe('light');
    expect(schemeOf([layer('rgba(255, 255, 255, 0.9)'), layer(NONE)], { canvas: 'dark' })).toBe('light');
  });

  it('takes the nearest solid background: a light box on a dark page is light, a dark box on a light page dark', () => {
    expect(schemeOf([layer(NONE), layer('rgb(250, 250, 250)'), layer('rgb(18, 18, 18)')])).toBe('light');
    expect(schemeOf([layer('rgb(30, 30, 60)'), layer('rgb(255, 255, 255)')])).toBe('dark');
  });

  it('does not look behind a solid background', () => {
    let asked = false;
    const seen = throughLayer(layer('rgb(18, 18, 18)'), () => {
      asked = true;
      return null;
    });
    expect(seen).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(asked).toBe(false);
  });

  it('goes by the text when a picture or gradient is behind it: light text is set on dark pages', () => {
    expect(schemeOf([layer(NONE), layer(NONE, true), layer('rgb(255, 255, 255)')], { text: 'rgb(230, 230, 230)' })).toBe('dark');
    expect(schemeOf([layer(NONE, true), layer(NONE)], { text: 'rgb(20, 20, 20)', systemDark: true })).toBe('light');
    expect(schemeOf([layer(NONE), layer('color-mix(in srgb, red, blue)')], { text: 'rgba(255, 255, 255, 0.87)' })).toBe('dark');
  });

  it('goes by the text when it could not be read on the background found: the real one is drawn elsewhere', () => {
    // Near-white text over a white canvas: a dark pseudo-element or positioned layer is behind it.
    expect(schemeOf([layer(NONE), layer(NONE)], { text: 'rgb(242, 242, 242)' })).toBe('dark');
    // Near-black text on a dark box: a light layer is drawn over the box.
    expect(schemeOf([layer('rgb(20, 20, 20)'), layer('rgb(255, 255, 255)')], { text: 'rgb(34, 34, 34)' })).toBe('light');
    // Grey text that reads on white (3.5:1) leaves the white page light.
    expect(schemeOf([layer(NONE), layer('rgb(255, 255, 255)')], { text: 'rgb(138, 138, 138)' })).toBe('light');
  });

  it('falls back to the system scheme when neither background nor text can be read', () => {
    for (const systemDark of [false, true]) {
      const scheme = decideScheme({ backdrop: null, text: 'rgba(0, 0, 0, 0)', systemDark });
      expect(scheme).toBe(systemDark ? 'dark' : 'light');
      expect(decideScheme({ backdrop: null, text: '', systemDark })).toBe(systemDark ? 'dark' : 'light');
    }
  });
});
