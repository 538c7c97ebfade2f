/**
 * Colour arithmetic against published reference values: WCAG 2's contrast examples, CIE L* 50
 * and Oklab L 0.5 as the sRGB greys colour tools give for them (#777777 and #636363), and the
 * strings browsers give from getComputedStyle (Chromium 156 and Firefox 153 serialize sRGB
 * colours as rgb()/rgba() and keep lab(), oklch(), color() as written).
 */
import { describe, expect, it } from 'vitest';
import { BLACK, contrastRatio, isDark, over, parseCssColor, relativeLuminance, WHITE, type Rgba } from '@/lib/css-color';

const rgb = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });

describe('parseCssColor', () => {
  it('reads rgb() and rgba() as getComputedStyle writes them, and the modern space-separated form', () => {
    expect(parseCssColor('rgb(18, 18, 18)')).toEqual(rgb(18, 18, 18));
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual(rgb(0, 0, 0, 0));
    expect(parseCssColor('rgba(255, 255, 255, 0.87)')).toEqual(rgb(255, 255, 255, 0.87));
    expect(parseCssColor('rgb(255 200 0 / 0.3)')).toEqual(rgb(255, 200, 0, 0.3));
    expect(parseCssColor('rgb(100% 50% 0% / 50%)')).toEqual(rgb(255, 127.5, 0, 0.5));
    expect(parseCssColor('transparent')).toEqual(rgb(0, 0, 0, 0));
  });

  it('reads hex notation', () => {
    expect(parseCssColor('#121212')).toEqual(rgb(18, 18, 18));
    expect(parseCssColor('#fff')).toEqual(rgb(255, 255, 255));
    expect(parseCssColor('#00000080')).toEqual(rgb(0, 0, 0, 128 / 255));
  });

  it('reads color() in sRGB and, as near enough, in wider RGB spaces', () => {
    expect(parseCssColor('color(srgb 0.5 0 0.5)')).toEqual(rgb(127.5, 0, 127.5));
    expect(parseCssColor('color(display-p3 0.1 0.1 0.1)')).toEqual(rgb(25.5, 25.5, 25.5));
    // Linear 0.2140 is sRGB 0.5 (the transfer function's published midpoint).
    expect(parseCssColor('color(srgb-linear 0.214 0.214 0.214)')!.r).toBeCloseTo(127.5, 0);
  });

  it('reads lab(), lch(), oklab() and oklch() by their lightness', () => {
    // CIE L* 50 is the grey #777777; Oklab L 0.5 is #636363.
    for (const value of ['lab(50 0 0)', 'lch(50 30 120)', 'lab(50% 0 0)']) expect(parseCssColor(value)!.r).toBeCloseTo(119, -0.5);
    for (const value of ['oklab(0.5 0 0)', 'oklch(0.5 0.1 250)', 'oklch(50% 0 0)']) expect(parseCssColor(value)!.r).toBeCloseTo(99, -0.5);
    expect(parseCssColor('lab(20 10 10 / 0.5)')!.a).toBe(0.5);
    expect(parseCssColor('oklch(0.3 none 250)')).not.toBeNull();
  });

  it('has no answer for what it cannot read', () => {
    for (const value of ['', 'currentcolor', 'color-mix(in srgb, red 50%, blue)', 'rgb(1, 2)', 'rgb(a, b, c)', 'color(srgb 1 1)', 'url(x.png)']) {
      expect(parseCssColor(value), value).toBeNull();
    }
  });
});

describe('luminance and contrast', () => {
  it('gives WCAG 2 figures', () => {
    expect(relativeLuminance(WHITE)).toBe(1);
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(contrastRatio(BLACK, WHITE)).toBe(21);
    // WCAG's own examples: #767676 is the lightest grey passing AA on white, at 4.54:1.
    expect(contrastRatio(parseCssColor('#767676')!, WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseCssColor('#777777')!, WHITE)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(WHITE, parseCssColor('#767676')!)).toBe(contrastRatio(parseCssColor('#767676')!, WHITE));
  });

  it('lays a translucent colour over another', () => {
    expect(over(rgb(255, 200, 0, 0.3), WHITE)).toEqual(rgb(255, 238.5, 178.5));
    expect(over(rgb(0, 0, 0, 0), rgb(18, 18, 18))).toEqual(rgb(18, 18, 18));
    expect(over(rgb(0, 0, 0, 0.5), rgb(0, 0, 0, 0))).toEqual(rgb(0, 0, 0, 0.5));
  });
});

describe('isDark', () => {
  it('is dark where white text stands out more than black: greys up to #757575', () => {
    expect(isDark(rgb(18, 18, 18))).toBe(true);
    expect(isDark(rgb(0, 0, 128))).toBe(true);
    // #757575 takes white at 4.61:1 and black at 4.56:1; #767676 white at 4.54:1, black at 4.62:1.
    expect(isDark(parseCssColor('#757575')!)).toBe(true);
    expect(isDark(parseCssColor('#767676')!)).toBe(false);
    expect(isDark(WHITE)).toBe(false);
    expect(isDark(rgb(255, 255, 0))).toBe(false);
  });
});
