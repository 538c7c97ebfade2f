/**
 * The colours the extension draws with, read from its style sheets, keep text readable on
 * light and dark pages (WCAG 2: 4.5:1 for text, 3:1 for the lines that tell highlight kinds
 * apart). Highlights are laid over the page's own text: in each set, text the page made
 * readable at 7:1 (AAA) must still read at 4.5:1 (AA) through every tint and on the active
 * mark, on the page backgrounds that set is drawn on. The card draws its own text: every text
 * colour on its background, in both themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseCssColor, relativeLuminance, type Rgba } from '@/lib/css-color';
import { HIGHLIGHT_ACTIVE, highlightName, PASSAGE_HIGHLIGHTS } from '@/entrypoints/content/highlight-names';
import type { Scheme } from '@/lib/page-scheme';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** A style sheet's text without comments, and without its print rules: the colours read here are the screen's. */
const read = (path: string) => withoutPrintRules(readFileSync(join(ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));

function withoutPrintRules(css: string): string {
  const start = css.search(/@media print\s*\{/);
  if (start < 0) return css;
  let depth = 0;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return withoutPrintRules(css.slice(0, start) + css.slice(i + 1));
  }
  throw new Error('unclosed @media print block');
}

const colour = (value: string): Rgba => {
  const parsed = parseCssColor(value);
  if (!parsed) throw new Error(`not a colour: ${value}`);
  return parsed;
};

/** The declarations of every rule whose selectors include exactly `selector`, later ones winning. */
function declarations(css: string, selector: string): Map<string, string> {
  const found = new Map<string, string>();
  let matched = false;
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors.split(',').some((s) => s.trim() === selector)) continue;
    matched = true;
    for (const declaration of body.split(';')) {
      const [name, value] = declaration.split(/:(.*)/s).map((part) => part?.trim());
      if (name && value) found.set(name, value);
    }
  }
  if (!matched) throw new Error(`no rule for ${selector}`);
  return found;
}

/** The colour at the end of a `text-decoration` shorthand. */
const lineColour = (decoration: string) => colour(/(rgb\([^)]*\)|#[0-9a-f]+)\s*$/i.exec(decoration)![1]);

/** The grey that reads at exactly `ratio` (or just above) against `page`, lighter or darker. */
function greyAt(page: Rgba, ratio: number, lighter: boolean): Rgba {
  const greys = Array.from({ length: 256 }, (_, v) => ({ r: v, g: v, b: v, a: 1 }));
  const passing = greys.filter((g) => relativeLuminance(g) > relativeLuminance(page) === lighter && contrastRatio(g, page) >= ratio);
  return passing.sort((a, b) => contrastRatio(a, page) - contrastRatio(b, page))[0];
}

/**
 * The pages each set is drawn on: white and the off-whites of print-like sites; the dark
 * canvases of Chromium (#121212) and Firefox (#1c1b22), black, and a lighter dark grey.
 */
const PAGES: Record<Scheme, string[]> = {
  light: ['#ffffff', '#f7f7f7', '#fff1e5'],
  dark: ['#121212', '#1c1b22', '#000000', '#2b2b2b'],
};

const styleCss = read('entrypoints/content/style.css');

describe('highlight colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`on ${scheme} pages`, () => {
      for (const page of PAGES[scheme]) {
        const background = colour(page);
        const text = greyAt(background, 7, scheme === 'dark');

        it(`keep text at 7:1 on ${page} at 4.5:1 or more through each kind's tint, and its line at 3:1 from the tint`, () => {
          for (const kind of PASSAGE_HIGHLIGHTS) {
            const rule = declarations(styleCss, `::highlight(${highlightName(kind, scheme)})`);
            const tinted = over(colour(rule.get('background-color')!), background);
            expect(contrastRatio(text, tinted), kind).toBeGreaterThanOrEqual(4.5);
            expect(contrastRatio(lineColour(rule.get('text-decoration')!), tinted), kind).toBeGreaterThanOrEqual(3);
          }
        });

        it(`keep text at 7:1 on ${page} at 4.5:1 or more on the active mark, laid over any kind`, () => {
          const active = colour(declarations(styleCss, `::highlight(${highlightName(HIGHLIGHT_ACTIVE, scheme)})`).get('background-color')!);
          for (const kind of PASSAGE_HIGHLIGHTS) {
            const tint = colour(declarations(styleCss, `::highlight(${highlightName(kind, scheme)})`).get('background-color')!);
            expect(contrastRatio(text, over(active, over(tint, background))), kind).toBeGreaterThanOrEqual(4.5);
          }
        });
      }
    });
  }

  it('need the two sets: the light pages’ tints would take light text on a dark page below 4.5:1', () => {
    const page = colour('#121212');
    const text = greyAt(page, 7, true);
    const tint = colour(declarations(styleCss, `::highlight(${highlightName(PASSAGE_HIGHLIGHTS[0], 'light')})`).get('background-color')!);
    expect(contrastRatio(text, over(tint, page))).toBeLessThan(4.5);
  });
});

describe('hover card colours', () => {
  const cardCss = read('components/card.css');
  const themes: Record<Scheme, Map<string, string>> = {
    light: declarations(cardCss, '.nc-card'),
    dark: declarations(cardCss, ".nc-slot[data-scheme='dark'] .nc-card"),
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`reads at 4.5:1 or more in every text colour of the ${scheme} card`, () => {
      const vars = themes[scheme];
      const background = colour(vars.get('--nc-bg')!);
      expect(relativeLuminance(background) < 0.18).toBe(scheme === 'dark');
      expect(vars.get('color-scheme')).toBe(scheme);
      for (const name of ['--nc-fg', '--nc-muted', '--nc-accent', '--nc-flag']) {
        expect(contrastRatio(colour(vars.get(name)!), background), name).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
