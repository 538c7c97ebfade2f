/**
 * Hosts the hover card in a shadow root on the page (isolated from its CSS), placed next to its
 * passage by ./card-placement.ts, and a polite live region that announces what the keyboard
 * command reached (highlight ranges cannot take focus, so there is nothing else to describe).
 *
 * The host is added when highlights are painted and removed with them, so switching the
 * extension off leaves the page's markup exactly as it was.
 */
import { render } from 'preact';
import { HoverCard, type HoverCardProps } from '@/components/HoverCard';
import cardCss from '@/components/card.css?inline';
import type { Scheme } from '@/lib/page-scheme';
import { placeCard } from './card-placement';

/** Marks the card's host: the article finder leaves it out, and a later run of the extension finds it. */
const HOST_ATTRIBUTE = 'data-news-context-ui';

export class CardHost {
  private host: HTMLElement | null = null;
  /** The host's closed shadow root: the only reference to it there is. */
  private root: ShadowRoot | null = null;
  private slot: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private open = false;
  /** Where focus was before the card took it, to give it back on close. */
  private returnFocus: HTMLElement | null = null;

  /** Takes away hosts an earlier run of the extension left on the page (see PageSession). */
  static removeLeftovers(): void {
    for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
  }

  /** Adds the (empty) host to the page, so the live region exists before it has anything to say. */
  attach(): void {
    if (this.host) return;
    // A <div>, not a custom element: a page can define a custom element under any name the
    // extension could choose before it is created (its constructor then runs on the host, and a
    // shadow root it attaches leaves none for the card); a built-in element it cannot redefine.
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, '');
    // A zero-size fixed box: it neither takes room in the page nor catches the pointer. Important,
    // so a page's own rules for its divs cannot hide or move it.
    host.style.cssText = ['all: initial', 'position: fixed', 'z-index: 2147483647', 'left: 0', 'top: 0', 'width: 0', 'height: 0']
      .map((declaration) => `${declaration} !important;`)
      .join(' ');
    // Closed: the card holds other articles' sentences, headlines, outlets and dates, the
    // reader's own imports among them, which the page's scripts must not read (host.shadowRoot
    // is null to them). Assistive tools read closed roots as any other; the browser tests
    // reach it through automation. The page cannot catch the root as it is made either: the
    // content script's attachShadow is its own world's, whatever the page put on the prototype.
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    this.live = document.createElement('div');
    this.live.className = 'nc-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.slot = document.createElement('div');
    this.slot.className = 'nc-slot';
    shadow.append(style, this.live, this.slot);
    document.documentElement.append(host);
    this.host = host;
    this.root = shadow;
  }

  get isAttached(): boolean {
    return this.host !== null;
  }

  /** Shows the card next to `anchor`, in the colours of the page there (`scheme`). */
  show(props: HoverCardProps, anchor: Range, scheme: Scheme, focus: boolean): void {
    this.attach();
    const slot = this.slot!;
    // Inside the shadow root: ../../components/card.css themes the card by it.
    slot.dataset.scheme = scheme;
    render(<HoverCard {...props} />, slot);
    this.open = true;
    this.place(anchor);
    if (focus) {
      if (!this.hasFocusWithin()) this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      slot.querySelector<HTMLElement>('.nc-card')?.focus({ preventScroll: true });
    }
  }

  /**
   * Places the open card beside `anchor` again, where the passage is now: the page or a box in
   * it scrolled (the card is fixed to the viewport, so it would stay behind), or the window was
   * resized.
   */
  follow(anchor: Range): void {
    if (this.open) this.place(anchor);
  }

  /**
   * Sets the card's place and height beside `anchor`. Everything is measured in the viewport's
   * pixels and written in the host's: a page that zooms its root (`zoom` on <html>) scales
   * what the card is given (its offset, height and width bound) by that zoom, and its own
   * width, read from <html>, is in the root's zoomed pixels.
   */
  private place(anchor: Range): void {
    const slot = this.slot!;
    const zoom = cssZoom(slot);
    // Measured at its full height: "initial" makes the variable unset, so card.css's fallback
    // applies, not a value the page gave the same custom property (all: initial keeps those).
    this.host!.style.setProperty('--nc-max-height', 'initial', 'important');
    const root = document.documentElement;
    const viewport = { width: root.clientWidth * cssZoom(root) || innerWidth, height: innerHeight };
    // The card's width is bounded by the viewport without its scrollbar, which 100vw includes.
    this.host!.style.setProperty('--nc-viewport-width', `${viewport.width / zoom}px`, 'important');
    const placement = placeCard(anchor.getBoundingClientRect(), slot.getBoundingClientRect(), viewport);
    this.host!.style.setProperty('--nc-max-height', `${placement.maxHeight / zoom}px`, 'important');
    // The host is fixed at the viewport's corner, unless the page makes <html> a containing
    // block (a transform, will-change: transform, a filter): it then sits at the page's corner,
    // scrolled with it. The card is placed from wherever the host really is.
    const origin = this.host!.getBoundingClientRect();
    slot.style.transform = `translate(${Math.round((placement.left - origin.left) / zoom)}px, ${Math.round((placement.top - origin.top) / zoom)}px)`;
  }

  /** Closes the card; if it had focus, focus goes back where it was. */
  hide(): void {
    if (!this.slot || !this.open) return;
    const hadFocus = this.hasFocusWithin();
    render(null, this.slot);
    this.open = false;
    // What was announced for the card goes with it: the live region is text on the page, which
    // a select-all copied and find-in-page found after the card had closed.
    if (this.live) this.live.textContent = '';
    if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Says `text` to screen readers through the live region. */
  announce(text: string): void {
    this.attach();
    // Emptied first, so the same words said twice are announced twice.
    this.live!.textContent = '';
    requestAnimationFrame(() => {
      if (this.live) this.live.textContent = text;
    });
  }

  /** Takes the card off the page entirely (highlights switched off). */
  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = this.slot = this.live = null;
    this.root = null;
  }

  contains(node: EventTarget | null): boolean {
    return !!node && node === this.host;
  }

  /**
   * Whether Tab (or Shift+Tab, `backward`) would take focus out of the card: focus is on its
   * last focusable control (its first, or the card itself). The card sits at the end of the
   * page, so the browser would otherwise send focus to its own toolbar.
   */
  focusAtEdge(backward: boolean): boolean {
    const active = this.root?.activeElement;
    if (!active || !this.slot) return false;
    const controls = [...this.slot.querySelectorAll<HTMLElement>('a[href], button:not(:disabled), input:not(:disabled), [tabindex]:not([tabindex="-1"])')];
    return backward ? active === controls[0] || !controls.includes(active as HTMLElement) : active === controls.at(-1);
  }

  /** Whether focus is inside the card. */
  hasFocusWithin(): boolean {
    return !!this.root?.activeElement;
  }
}

/** The CSS zoom an element is drawn at, its ancestors' included (1 where the browser does not say). */
function cssZoom(element: Element): number {
  const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}
