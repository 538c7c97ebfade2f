// @vitest-environment happy-dom
/**
 * Which blocks the reader sees. happy-dom lays nothing out: the boxes are given here, as a
 * browser would measure them (the browser tests check real layout: on-page.test.ts), and its
 * computed styles know overflow by its longhands only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VisibilityCheck } from '@/entrypoints/content/visibility';

/** Gives `element` the box a browser would measure: from `top` to `bottom`, `left` to `right`. */
function place(element: Element, top: number, bottom: number, left = 0, right = 600): void {
  element.getBoundingClientRect = () => new DOMRect(left, top, right - left, bottom - top);
}

const byId = (id: string) => document.getElementById(id)!;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('VisibilityCheck', () => {
  it('sees blocks inside a box that hides its overflow, and one it cuts through, but not one it clips away entirely', () => {
    document.body.innerHTML =
      '<div id="box" style="overflow-x: hidden; overflow-y: hidden; max-height: 300px"><p id="top">A</p><p id="cut">B</p><p id="below">C</p></div>';
    place(byId('box'), 0, 300);
    place(byId('top'), 0, 100);
    place(byId('cut'), 250, 350);
    place(byId('below'), 400, 500);
    const check = new VisibilityCheck();
    expect(['top', 'cut', 'below'].map((id) => check.seen(byId(id)))).toEqual([true, true, false]);
  });

  it('sees what the reader can scroll to (overflow: auto), and clips on the axis that hides only', () => {
    document.body.innerHTML =
      '<div id="scrolls" style="overflow-y: auto"><p id="far">A</p></div>' +
      '<div id="sideways" style="overflow-x: clip"><p id="lower">B</p><p id="aside">C</p></div>';
    place(byId('scrolls'), 0, 300);
    place(byId('far'), 900, 1000);
    place(byId('sideways'), 0, 300);
    place(byId('lower'), 400, 500);
    place(byId('aside'), 0, 100, -700, -100);
    const check = new VisibilityCheck();
    expect(['far', 'lower', 'aside'].map((id) => check.seen(byId(id)))).toEqual([true, true, false]);
  });

  it('does not see a block hidden by the page’s styles, on it or around it', () => {
    document.body.innerHTML =
      '<div style="display: none"><p id="none">A</p></div><p id="invisible" style="visibility: hidden">B</p><p id="shown">C</p>';
    const check = new VisibilityCheck();
    expect(['none', 'invisible', 'shown'].map((id) => check.seen(byId(id)))).toEqual([false, false, true]);
  });

  it('measures a run of bare text by its own nodes, inside the box it is written in', () => {
    document.body.innerHTML = '<div id="box" style="overflow-y: hidden">First run.<br><br>Second run.</div>';
    const box = byId('box');
    place(box, 0, 300);
    const [first, , , second] = [...box.childNodes];
    const drawn = new Map<Node, DOMRect>([
      [first, new DOMRect(0, 0, 600, 30)],
      [second, new DOMRect(0, 320, 600, 30)],
    ]);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      return drawn.get(this.startContainer.childNodes[this.startOffset])!;
    });
    const check = new VisibilityCheck();
    expect([first, second].map((node) => check.seen({ parent: box, nodes: [node] }))).toEqual([true, false]);
  });
});
