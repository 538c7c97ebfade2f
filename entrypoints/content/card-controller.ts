/**
 * When the hover card opens and closes: on hover over a highlighted passage, on keyboard focus
 * of a link inside one, and by the keyboard command Alt+Shift+↓ / ↑ that moves through the
 * passages (highlight ranges cannot take focus themselves); Escape closes it, and so does Tab
 * past its first or last control. A card opens in the colours the page has where its passage is
 * at that moment, asked anew each time.
 *
 * Only the reader's own input moves the card: every event it answers must be trusted (sent by
 * the browser, not made up by the page's script with dispatchEvent), so a page cannot open the
 * card passage by passage, nor close or steer it.
 */
import { summarizeReports } from '@/lib/report-summary';
import { counted, reprintWords } from '@/lib/panel/wording';
import { identityOf, indexOfPassage } from '@/lib/passage-identity';
import { passageAt, setActive, type PaintedPassage } from './highlights';
import { isTypingTarget } from './typing-target';
import type { CardHost } from './card-host';
import type { ReprintNote } from '@/lib/panel/types';

/** Closing waits this long so the pointer can travel from the passage to the card. */
const CLOSE_DELAY_MS = 300;
const FLASH_MS = 1500;

/**
 * A passage of `before` painted anew in `after` (on re-rendered nodes, as a live blog grows
 * above it, or matched again after a change to the corpus, its claim perhaps renumbered): found
 * by the side panel's rule (lib/passage-identity), so the card and the panel keep the same passage.
 */
function repaintedIn(after: readonly PaintedPassage[], before: readonly PaintedPassage[], old: PaintedPassage | null): PaintedPassage | null {
  const was = old ? before.indexOf(old) : -1;
  const at = was < 0 ? -1 : indexOfPassage(after.map((p) => p.passage), identityOf(before.map((p) => p.passage), was));
  return at < 0 ? null : after[at];
}

export interface CardActions {
  /** "Compare sources": answers whether the browser opened the side panel. */
  openPanel(passage: PaintedPassage): Promise<boolean>;
  /**
   * The passage as painted in the colours the page has where it is now (the page repainted
   * first if they changed): the page may have turned in a way no watcher heard.
   */
  inPageColours(passage: PaintedPassage): PaintedPassage;
}

export class CardController {
  private painted: PaintedPassage[] = [];
  private current: PaintedPassage | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private scrollFrame = 0;
  private panelHint: string | null = null;
  /** The page reprints a corpus article: every card says so, as the panel does. */
  private reprint: ReprintNote | null = null;
  /** Closed with Escape while the pointer was on it: stays closed until the pointer leaves it. */
  private dismissed: PaintedPassage | null = null;
  private listening = false;
  /** Focus is being given back to the page as the card closes: that focus opens no card. */
  private givingFocusBack = false;
  /**
   * The reader's last press was a key, not the pointer: only then does focus arriving on a
   * link inside a passage open its card. Focus events are trusted even when the page's own
   * script moved focus with element.focus(), so isTrusted alone would let a page open the
   * cards one by one by focusing their links; the reader's Tab is a trusted keydown before the
   * focus it moves. Browsers decide :focus-visible by the same rule. What it leaves: a page's
   * focus() after the reader's last key press still opens a card (which the page still cannot
   * read: its root is closed), and a screen reader moving focus in browse mode, its keys kept
   * from the page, opens none by focus; the keyboard command Alt+Shift+↓ does.
   */
  private keyboardLast = false;

  constructor(
    private readonly card: CardHost,
    private readonly actions: CardActions,
  ) {}

  /** The passages now painted; an open card follows its passage, or closes when it is gone. */
  setPainted(painted: PaintedPassage[]): void {
    const was = this.current;
    const before = this.painted;
    this.painted = painted;
    if (!painted.length) return this.stop();
    this.listen();
    // A card closed with Escape stays closed over its passage painted anew.
    this.dismissed = repaintedIn(painted, before, this.dismissed);
    if (!was) return;
    const same = repaintedIn(painted, before, was);
    // Shown afresh (its reports may have changed, its range has), not focused again: focus
    // stays where it is inside the card, on the nodes Preact keeps.
    if (same) this.show(same, false);
    else this.close();
  }

  /** Whether the page reprints a corpus article (asked once its passages are known); an open card shows it at once. */
  setReprint(reprint: ReprintNote | null): void {
    this.reprint = reprint;
    if (this.current) this.show(this.current, false);
  }

  /** Scrolls to a passage and marks it, as the side panel asks. */
  reveal(passageIndex: number): boolean {
    const found = this.painted.find((p) => p.index === passageIndex);
    if (!found) return false;
    const target = this.actions.inPageColours(found);
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setActive(target);
    setTimeout(() => this.current !== target && setActive(this.current), FLASH_MS);
    return true;
  }

  /** Closes the card and stops listening (highlights removed). */
  stop(): void {
    this.close();
    this.painted = [];
    if (!this.listening) return;
    this.listening = false;
    document.removeEventListener('pointermove', this.onPointerMove);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('focusin', this.onFocusIn);
    document.removeEventListener('scroll', this.onScroll, true);
    removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.pointerFrame);
    cancelAnimationFrame(this.scrollFrame);
    this.pointerFrame = this.scrollFrame = 0;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    document.addEventListener('pointermove', this.onPointerMove, { passive: true });
    document.addEventListener('pointerdown', this.onPointerDown, { capture: true, passive: true });
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('focusin', this.onFocusIn);
    // Captured: a scrolling box inside the page does not bubble its scroll to the document.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.onScroll, { passive: true });
  }

  /**
   * The page (or a box in it) scrolled, or the window was resized: the open card, fixed to the
   * viewport, goes with its passage. Chromium sends no pointer event when the wheel scrolls the
   * page under a still pointer, so nothing else would move it. A passage scrolled out of sight
   * takes its card with it, unless the reader is in the card (the keyboard's place).
   */
  private readonly onScroll = () => {
    if (!this.current || this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      if (!this.current) return;
      const { top, bottom } = this.current.range.getBoundingClientRect();
      if ((bottom < 0 || top > innerHeight) && !this.card.hasFocusWithin()) this.close();
      else this.card.follow(this.current.range);
    });
  };

  private readonly onPointerMove = (event: PointerEvent) => {
    if (!event.isTrusted || this.pointerFrame) return;
    const { clientX, clientY, target } = event;
    // One hit test per frame at most, whatever the pointer's event rate.
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (this.card.contains(target)) return this.cancelClose();
      const hit = passageAt(this.painted, clientX, clientY);
      if (hit !== this.dismissed) this.dismissed = null;
      if (hit && hit === this.dismissed) return;
      if (hit) {
        this.cancelClose();
        if (hit !== this.current) this.open(hit, false);
      } else if (this.current && !this.card.hasFocusWithin()) {
        this.scheduleClose();
      }
    });
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    if (event.isTrusted) this.keyboardLast = false;
  };

  /** A link (or anything focusable) inside a passage got keyboard focus: show that passage's card. */
  private readonly onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (!event.isTrusted || !this.keyboardLast) return;
    if (!(target instanceof Node) || this.card.contains(target) || this.givingFocusBack) return;
    // A link inside the passage, not a container around the whole article that was focused.
    const inside = (range: Range) =>
      range.intersectsNode(target) && (!target.contains(range.commonAncestorContainer) || target.nodeName === 'A');
    const hit = this.painted.find((p) => inside(p.range));
    if (hit && hit !== this.current) this.announce(this.open(hit, false));
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    this.keyboardLast = true;
    if (event.key === 'Escape' && this.current) {
      this.dismissed = this.current;
      this.close();
      return;
    }
    // Tabbing out of the card: it closes and focus goes back where it was in the page, or, when
    // it came from nowhere in particular (the page itself), on to the page's next control after
    // the passage (before it, with Shift); the card sits at the end of the page, so the browser
    // would send focus to its own toolbar.
    const plainTab = event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (plainTab && this.current && this.card.focusAtEdge(event.shiftKey)) {
      event.preventDefault();
      const { range } = this.current;
      this.close();
      if (!document.activeElement || document.activeElement === document.body) controlBeside(range, event.shiftKey)?.focus();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || isTypingTarget(event)) return;
    event.preventDefault();
    const at = this.current ? this.painted.indexOf(this.current) : -1;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const count = this.painted.length;
    // With no card open, Down starts at the first passage and Up at the last.
    const next = this.painted[at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count];
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.announce(this.open(next, true));
  };

  /**
   * What a reader who sees the page learns from the highlight's kind is said too: loose, or
   * differing; and from the card, that the page reprints a corpus article, since "reported by 2
   * other sources" alone would count the page's own original as confirming it.
   */
  private announce(target: PaintedPassage): void {
    const { sources, more, differs } = summarizeReports(target.passage);
    const position = this.painted.indexOf(target) + 1;
    const kind = target.passage.loose ? ', a loose match' : differs ? ', sources differ on a figure or a quote' : '';
    const reprint = this.reprint ? ` ${reprintWords(this.reprint.reprint, this.reprint.article)}` : '';
    this.card.announce(
      `Passage ${position} of ${this.painted.length}${kind}, reported by ${counted(sources.length, 'other source', 'other sources', more)}: ` +
        `${target.passage.text}${reprint} Escape closes; Alt+Shift+Down goes to the next.`,
    );
  }

  /** Opens the card of `target`; answers the passage shown (painted anew if the page turned). */
  private open(target: PaintedPassage, focus: boolean): PaintedPassage {
    this.cancelClose();
    const shown = this.actions.inPageColours(target);
    this.show(shown, focus);
    return shown;
  }

  /** Shows the card of `target` (a close already scheduled still happens). */
  private show(target: PaintedPassage, focus: boolean): void {
    this.current = target;
    setActive(target);
    this.card.show(
      {
        passage: target.passage,
        panelHint: this.panelHint,
        reprint: this.reprint,
        onClose: () => this.close(),
        onCompare: () => void this.compare(target),
      },
      target.range,
      target.scheme,
      focus,
    );
  }

  private async compare(target: PaintedPassage): Promise<void> {
    // The panel now shows the claim: the card has done its job.
    if (await this.actions.openPanel(target)) return this.close();
    this.panelHint = 'Open the side panel with the News Context toolbar button.';
    // Re-rendered with the hint, focus kept on the card (its passage perhaps painted anew meanwhile).
    const current = this.current;
    if (current?.passage.text === target.passage.text) this.open(current, this.card.hasFocusWithin());
  }

  private close(): void {
    this.cancelClose();
    if (!this.current) return;
    this.current = null;
    setActive(null);
    this.givingFocusBack = true;
    try {
      this.card.hide();
    } finally {
      this.givingFocusBack = false;
    }
  }

  private scheduleClose(): void {
    this.closeTimer ??= setTimeout(() => this.close(), CLOSE_DELAY_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}

const PAGE_CONTROLS = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * The page's first shown control after `range` (the last before it, `backward`): never one
 * inside it, whose focus would open the card just left again.
 */
function controlBeside(range: Range, backward: boolean): HTMLElement | undefined {
  const edge = range.cloneRange();
  edge.collapse(backward);
  const shown = [...document.querySelectorAll<HTMLElement>(PAGE_CONTROLS)].filter((control) => control.getClientRects().length > 0);
  return backward ? shown.findLast((control) => edge.comparePoint(control, 0) < 0) : shown.find((control) => edge.comparePoint(control, 0) > 0);
}
