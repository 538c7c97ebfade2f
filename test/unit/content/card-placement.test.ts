import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '@/entrypoints/content/card-placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const cardBox = (p: { left: number; top: number; maxHeight: number }) =>
  box(p.left, p.top, p.left + card.width, p.top + Math.min(card.height, p.maxHeight));

describe('placeCard', () => {
  it('goes below the passage when there is room', () => {
    const passage = box(100, 100, 700, 140);
    const place = placeCard(passage, card, viewport);
    expect(place.top).toBeGreaterThan(passage.bottom);
    expect(place.maxHeight).toBe(card.height);
  });

  it('goes above a passage near the bottom of the viewport', () => {
    const passage = box(100, 650, 700, 690);
    const place = placeCard(passage, card, viewport);
    expect(place.top + card.height).toBeLessThan(passage.top);
  });

  it('stays inside the viewport horizontally for a passage at the right edge', () => {
    const place = placeCard(box(900, 100, 990, 120), card, viewport);
    expect(place.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('goes beside a passage that fills the viewport’s height, when there is room beside it', () => {
    const passage = box(40, 20, 560, 780);
    const place = placeCard(passage, card, viewport);
    expect(overlaps(cardBox(place), passage)).toBe(false);
    expect(place.left).toBeGreaterThan(passage.right);
  });

  it('is made shorter rather than laid over a passage with little room on every side', () => {
    const passage = box(10, 300, 990, 560);
    const place = placeCard(passage, card, viewport);
    expect(overlaps(cardBox(place), passage)).toBe(false);
    expect(place.maxHeight).toBeLessThan(card.height);
    expect(place.top).toBeGreaterThanOrEqual(0);
  });

  it('lies over the edge of a passage that fills a zoomed viewport, at a readable height, rather than squeezed beside it', () => {
    // 400% zoom of a 1200 x 900 window: 300 x 225 CSS pixels, the passage from near the top to near the bottom.
    const zoomed = { width: 300, height: 225 };
    const passage = box(8, 20, 292, 190);
    const place = placeCard(passage, { width: 284, height: 300 }, zoomed);
    expect(place.maxHeight).toBeGreaterThanOrEqual(100);
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(zoomed.height - 8);
  });
});
