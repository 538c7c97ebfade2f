/**
 * Hosts the hover card in a shadow root on the page (isolated from its CSS), positioned next to its passage
 * (below it, or above when there is no room) and kept inside the viewport, never covering the
 * passage it describes.
 */
import { render } from 'preact';
import { HoverCard, type HoverCardProps } from '@/components/HoverCard';
import cardCss from '@/components/card.css?inline';

const GAP = 6;
const MARGIN = 8;

export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;

  private ensureHost(): HTMLElement {
    if (this.container) return this.container;
    const host = document.createElement('news-context-card');
    host.setAttribute('data-news-context-ui', '');
    host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; left: 0; top: 0; visibility: hidden;';
    // Open, so browser tests and assistive tools can read the card; the page could read it too,
    // but it only holds what the extension found for this very page.
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    this.container = document.createElement('div');
    shadow.append(style, this.container);
    document.documentElement.append(host);
    this.host = host;
    return this.container;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.host?.style.visibility === 'visible';
  }

  show(props: HoverCardProps, anchor: Range, focus: boolean): void {
    const container = this.ensureHost();
    render(<HoverCard {...props} />, container);
    this.place(anchor);
    this.host!.style.visibility = 'visible';
    if (focus) container.querySelector<HTMLElement>('.nc-compare')?.focus();
  }

  hide(): void {
    if (this.host) this.host.style.visibility = 'hidden';
  }

  /** Takes the card off the page entirely (highlights switched off). */
  remove(): void {
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = this.container = null;
  }

  contains(node: EventTarget | null): boolean {
    return !!node && node === this.host;
  }

  private place(anchor: Range): void {
    const host = this.host!;
    const passage = anchor.getBoundingClientRect();
    const card = host.getBoundingClientRect();
    const below = passage.bottom + GAP;
    const above = passage.top - GAP - card.height;
    const top = below + card.height <= innerHeight - MARGIN || above < MARGIN ? below : above;
    const left = Math.min(Math.max(MARGIN, passage.left), innerWidth - card.width - MARGIN);
    host.style.left = `${Math.max(MARGIN, left)}px`;
    host.style.top = `${Math.max(MARGIN, top)}px`;
  }
}
