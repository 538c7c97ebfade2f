/**
 * One page's life with the extension: find the article, ask the background which passages
 * other sources reported, paint them, and show the card on hover or keyboard focus.
 */
import { browser } from 'wxt/browser';
import { clientFor } from '@/lib/messaging';
import type { BackgroundRequests } from '@/lib/protocol';
import type { PassageMatch } from '@/lib/match/types';
import { findArticle } from './article-finder';
import { buildTextMap } from './text-map';
import { clearAll, highlightsSupported, paint, passageAt, setActive, type PaintedPassage } from './highlights';
import { CardHost } from './card-host';

/** More text than any article: a hostile or huge page is cut here, not sent whole. */
const MAX_ARTICLE_CHARS = 400_000;
/** Closing waits this long so the pointer can travel from the passage to the card. */
const CLOSE_DELAY_MS = 300;

const ask = clientFor<BackgroundRequests>((message) => browser.runtime.sendMessage(message));

export class PageSession {
  private painted: PaintedPassage[] = [];
  private readonly card = new CardHost();
  private current: PaintedPassage | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private panelHint: string | null = null;

  /** Finds and analyzes the article; answers the passages found (empty when none). */
  async analyze(): Promise<PassageMatch[]> {
    const meta = { url: location.href, title: document.title };
    const article = findArticle(document);
    if (!article) {
      await ask('pageSkipped', { ...meta, reason: 'not-article' });
      return [];
    }
    const map = buildTextMap(article.blocks, MAX_ARTICLE_CHARS);
    const { passages } = await ask('analyzePage', { ...meta, text: map.text });
    this.clear();
    if (highlightsSupported()) this.painted = paint(map, passages);
    this.listen();
    return passages;
  }

  /** Scrolls to a passage and marks it, as the side panel asks. */
  reveal(passageIndex: number): boolean {
    const target = this.painted.find((p) => p.index === passageIndex);
    if (!target) return false;
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setActive(target.range);
    setTimeout(() => this.current !== target && setActive(this.current?.range ?? null), 1500);
    return true;
  }

  /** Removes every highlight and the card: the page is as it was before the extension ran. */
  clear(): void {
    clearAll();
    this.card.remove();
    this.painted = [];
    this.current = null;
  }

  private listening = false;

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    document.addEventListener('pointermove', this.onPointerMove, { passive: true });
    document.addEventListener('keydown', this.onKeyDown, true);
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    if (!this.painted.length || this.pointerFrame) return;
    const { clientX, clientY, target } = event;
    // One hit test per frame at most, whatever the pointer's event rate.
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (this.card.contains(target)) return this.cancelClose();
      const hit = passageAt(this.painted, clientX, clientY);
      if (hit) {
        this.cancelClose();
        if (hit !== this.current) this.open(hit, false);
      } else if (this.current) {
        this.scheduleClose();
      }
    });
  };

  /** Alt+Shift+↓ / ↑ moves through the passages; Escape closes the card. */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.current) {
      this.close();
      return;
    }
    if (!event.altKey || !event.shiftKey || !this.painted.length) return;
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const at = this.current ? this.painted.indexOf(this.current) : -1;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = this.painted[(at + step + this.painted.length) % this.painted.length];
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.open(next, true);
  };

  private open(target: PaintedPassage, focus: boolean): void {
    this.current = target;
    setActive(target.range);
    this.card.show(
      {
        passage: target.passage,
        panelHint: this.panelHint,
        onClose: () => this.close(),
        onCompare: () => void this.openPanel(target),
      },
      target.range,
      focus,
    );
  }

  private async openPanel(target: PaintedPassage): Promise<void> {
    const { opened } = await ask('openSidePanel', { claimId: target.passage.claimId });
    if (!opened) {
      this.panelHint = 'Open the side panel with the News Context toolbar button.';
      if (this.current === target) this.open(target, true);
    }
  }

  private close(): void {
    this.cancelClose();
    this.current = null;
    setActive(null);
    this.card.hide();
  }

  private scheduleClose(): void {
    this.closeTimer ??= setTimeout(() => this.close(), CLOSE_DELAY_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
