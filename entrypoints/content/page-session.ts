/**
 * One page's life with the extension: follow the settings, find the article (or, when the
 * reader asks, whatever prose the page has), ask the background which passages other sources
 * reported (only for text it has not analyzed yet), paint them, and repeat when the page's
 * content settles after a change (late article, live-blog entries, single-page navigation, the
 * page re-rendering its own nodes, text it hid from the reader shown); after a change to the corpus, the whole page again (a tab in
 * the background once it is shown, a page restored from the back-forward cache at once). A
 * body replaced by another (Turbo Drive and similar navigate so) is a new page: what was found
 * on the old one is dropped at once, and the new one is read. So is another address (pushState,
 * replaceState), whether the page's content changes with it or not: read whole under it, once
 * its content has followed, and told under the address and title it was read at. Each passage
 * is painted, and its card drawn, in the colours of the page where it is (light or dark), read
 * again whenever it is painted, when the page may have turned, and where a card opens.
 */
import type { clientFor } from '@/lib/messaging';
import { MAX_ERROR_CHARS, type BackgroundRequests, type SkipReason } from '@/lib/protocol';
import type { PassageMatch } from '@/lib/match/types';
import { errorMessage } from '@/lib/error-message';
import { canonicalAddress } from '@/lib/corpus/page-address';
import { passageListKey } from '@/lib/passage-list-key';
import { reprintCandidateIds } from '@/lib/panel/reprint-candidates';
import { isActive, siteOf, type SiteSettings } from '@/lib/settings';
import { findArticle, type FoundArticle } from './article-finder';
import { buildTextMap } from './text-map';
import { pageStories } from './page-stories';
import { clearAll, highlightsSupported, locate, paint, type LocatedPassage, type PaintedPassage } from './highlights';
import { CardHost } from './card-host';
import { CardController } from './card-controller';
import { PageSchemeReader } from './page-scheme-reader';
import { AddressWatcher } from './address-watcher';
import { BodyWatcher } from './body-watcher';
import { PassageCache } from './passage-cache';
import { SchemeWatcher } from './scheme-watcher';
import { SettleWatcher } from './settle-watcher';
import { TimeSlicer } from './time-slicer';
import { isTypingTarget } from './typing-target';

/** More text than any article: a hostile or huge page is cut here, not sent whole. */
const MAX_READ_CHARS = 400_000;
/** A User Timing mark after each paint, for the browser's performance tools and scripts/bench-page.ts. */
const PAINTED_MARK = 'news-context:painted';

type Ask = ReturnType<typeof clientFor<BackgroundRequests>>;

/** The page's address as the corpus keeps it: an in-page anchor, a hash route or a tracking parameter is the same page. */
const pageAddress = () => canonicalAddress(location.href);

/** What the tab's state names: the page's address and title when it was read. */
type Named = { url: string; title: string };

const ALWAYS_ON: SiteSettings = { enabled: true, sitePaused: false };

/** Each passage with whether the page is light or dark where it is, read now. */
function inPageColours(passages: readonly LocatedPassage[]): PaintedPassage[] {
  const reader = new PageSchemeReader();
  return passages.map(({ index, passage, range }) => ({ index, passage, range, scheme: reader.at(range) }));
}

/** What tells one state of the page told to the background from another. */
const passagesKey = ({ url, title }: Named, passages: PassageMatch[]) => `${url}\n${title}\n${passageListKey(passages)}`;

export class PageSession {
  private cache = new PassageCache();
  private readonly card = new CardHost();
  private readonly cards: CardController;
  private readonly watcher: SettleWatcher;
  private readonly schemeWatcher = new SchemeWatcher(() => this.recolor());
  private readonly bodyWatcher = new BodyWatcher(() => this.onBodyReplaced());
  private readonly addressWatcher = new AddressWatcher(() => this.watcher.expectChange());
  private article: FoundArticle | null = null;
  private painted: PaintedPassage[] = [];
  private active = false;
  /** Bumped on every start and stop, so work begun before is dropped when it resumes. */
  private epoch = 0;
  private running: Promise<void> | null = null;
  private again = false;
  /** What the background was last told about this page, to tell it only of changes. */
  private reported = '';
  /** The corpus changed while the tab was in the background: matched again once it is shown. */
  private rematchWhenShown = false;
  /** The address the reader asked to have read even though it does not look like an article. */
  private readAnywayAt: string | null = null;
  /** The address the page was last read at. */
  private readAt: string | null = null;
  /**
   * The page state (passagesKey) last asked whether the page reprints a corpus article; '' where
   * it could reprint none (no need to ask), null once the corpus changed (the answer may have too).
   */
  private reprintAskedFor: string | null = '';

  constructor(private readonly ask: Ask) {
    this.cards = new CardController(this.card, {
      // No await before the request: Chrome opens the side panel only within the click's call stack.
      openPanel: (target) => this.ask('openSidePanel', { claimId: target.passage.claimId }).then((r) => r.opened),
      inPageColours: (target) => this.inPageColoursNow(target),
    });
    this.watcher = new SettleWatcher(
      () => this.refreshSoon(),
      () => this.article?.root ?? null,
    );
    // What an extension run before this one left here (it was updated, reloaded, or disabled
    // and enabled again, and its script could not take them away): its card, its highlights.
    CardHost.removeLeftovers();
    clearAll();
    document.addEventListener('keydown', this.onToggleKey, true);
    // On the window, capturing: a page's own listener cannot stop the event before it reaches us.
    addEventListener('visibilitychange', this.onShown, true);
    addEventListener('pageshow', this.onRestored);
  }

  /**
   * The extension's context ended (it was disabled, reloaded or updated): everything this script
   * put on the page goes, and it listens to nothing more. The background cannot be told, and a
   * script of the new version, if the browser runs one here, starts on a clean page.
   */
  dispose(): void {
    this.halt();
    document.removeEventListener('keydown', this.onToggleKey, true);
    removeEventListener('visibilitychange', this.onShown, true);
    removeEventListener('pageshow', this.onRestored);
  }

  /** Reads this site's settings and starts or stops to match; answers whether it is running. */
  async applySettings(): Promise<boolean> {
    const site = siteOf(location.href);
    this.apply(site ? await this.ask('getSettings', { site }) : ALWAYS_ON);
    return this.active;
  }

  /**
   * Analyzes the page now; answers the passages painted. `readAnyway` (the toolbar button: the
   * reader asked for this page) reads it even if it does not look like an article, for as long
   * as it stays at this address (fragment aside).
   */
  async analyze({ readAnyway = false } = {}): Promise<PassageMatch[]> {
    if (readAnyway) this.readAnywayAt = pageAddress();
    if (this.active) await this.refresh();
    return this.painted.map((p) => p.passage);
  }

  /**
   * The corpus changed (an import, a page added, articles removed): what each block matched
   * may no longer hold, so the page is matched again as a whole. Answers whether it is running.
   */
  rematch(): boolean {
    this.cache = new PassageCache();
    this.reprintAskedFor = null;
    // A tab in the background is matched again when the reader comes back to it: an import
    // does not set every open tab to work at once.
    if (document.visibilityState === 'hidden') this.rematchWhenShown = true;
    else if (this.active) this.refreshSoon();
    return this.active;
  }

  /** Scrolls to a passage and marks it, as the side panel asks. */
  reveal(passageIndex: number): boolean {
    return this.cards.reveal(passageIndex);
  }

  private apply(settings: SiteSettings): void {
    if (isActive(settings)) this.start();
    else this.stop();
  }

  private start(): void {
    if (this.active) return;
    this.active = true;
    this.epoch++;
    this.reported = '';
    this.watcher.start(document.body ?? document.documentElement);
    this.bodyWatcher.start();
    this.addressWatcher.start();
    this.schemeWatcher.start();
    this.refreshSoon();
  }

  /** Removes every highlight and the card: the page's markup is exactly as before the extension ran. */
  private stop(): void {
    if (this.active) this.halt();
    this.tell('paused', () => this.ask('pageSkipped', { ...this.meta(), reason: 'paused' }));
  }

  /** Stops watching and matching, and takes the highlights and the card away. */
  private halt(): void {
    this.active = false;
    this.epoch++;
    this.watcher.stop();
    this.bodyWatcher.stop();
    this.addressWatcher.stop();
    this.schemeWatcher.stop();
    this.unpaint();
    this.article = null;
  }

  /**
   * The page swapped its <body> for another (Turbo Drive and similar): the old article and its
   * highlights went with it (their ranges collapsed where the body was) and the card is about
   * a passage no longer shown. Dropped at once, work under way on the old body too; the new
   * body is watched and read as a new page, its blocks already seen (a page visited before,
   * restored) taken from the cache.
   */
  private onBodyReplaced(): void {
    if (!this.active) return;
    this.epoch++;
    this.watcher.stop();
    this.watcher.start(document.body ?? document.documentElement);
    this.unpaint();
    this.article = null;
    this.refreshSoon();
  }

  /** Starts a refresh without waiting for it; a failure is logged (and told to the background by the run). */
  private refreshSoon(): void {
    void this.refresh().catch((error) => console.warn('News Context:', error));
  }

  /** Runs one analysis at a time; a change during a run asks for one more run after it. */
  private refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.refreshOnce();
        } while (this.again && this.active);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async refreshOnce(): Promise<void> {
    const epoch = this.epoch;
    if (!this.active) return;
    // This run reads the page with whatever the corpus is now: nothing left for the tab's return.
    this.rematchWhenShown = false;
    // Told under the address and title the page has as it is read, even if they change meanwhile:
    // a change has the page read again (addressWatcher).
    const named = this.meta();
    const address = pageAddress();
    if (address !== this.readAt) {
      // Another address is another page, even where nothing on it changed (an infinite scroll's
      // next story, appended before): matched whole under it, as the background leaves the page's
      // own stored articles out of its sources by its address.
      this.readAt = address;
      this.cache = new PassageCache();
    }
    const anyway = this.readAnywayAt === address;
    const article = findArticle(document, { anyway });
    this.article = article;
    // Text the page hides is read once it is shown, by a change of class or style too.
    this.watcher.watchUnseen(article?.unseen ?? [], article?.root ?? null);
    if (!article) {
      this.unpaint();
      const reason: SkipReason = anyway ? 'no-text' : 'not-article';
      this.tell(`${reason}\n${named.url}\n${named.title}`, () => this.ask('pageSkipped', { ...named, reason }));
      return;
    }
    const map = await buildTextMap(article.blocks, MAX_READ_CHARS, new TimeSlicer());
    if (epoch !== this.epoch) return;
    const stories = pageStories(map, article.articles, named.title);

    // A run begun before rematch() files its answer in the cache it began with, and stops
    // before painting: the run after it paints the new answer.
    const cache = this.cache;
    const missing = cache.missing(map);
    if (missing.length) {
      const text = PassageCache.join(missing);
      // Every block is new (a block repeated on the page is sent once): the text is the article.
      const whole = missing.length === new Set(map.blocks.map((block) => block.text)).size;
      const { passages } = await this.ask('analyzePage', { ...named, text, whole, stories }).catch((error: unknown) => {
        this.reportFailure(named, error);
        throw error;
      });
      cache.store(missing, passages);
      if (epoch !== this.epoch || cache !== this.cache) return;
      // analyzePage keeps its answer as the tab's passages: the page's whole list only when it covered every block.
      this.reported = text === map.text ? passagesKey(named, cache.assemble(map)) : '';
    }
    const passages = cache.assemble(map);
    if (highlightsSupported()) {
      const located = await locate(map, passages, new TimeSlicer());
      if (epoch !== this.epoch || cache !== this.cache) return;
      this.paint(inPageColours(located));
    }
    this.tell(passagesKey(named, passages), () => this.ask('pagePassages', { ...named, passages, text: map.text, stories }));
    this.askReprint(passagesKey(named, passages), passages);
  }

  /**
   * Asks whether the page reprints a corpus article, for the card to say, where the answer may
   * differ from the last: it names an article reporting two or more of the page's passages in the
   * same words (reprintCandidateIds), so on a page where none does (most pages, a live blog as it
   * grows) it is none, and nothing is asked. Where one does, the page's address (its outlet), its
   * text and that article's decide, so each new state of the page is asked about, and each change
   * to the corpus. Sent after pagePassages (or the whole analysis): the background answers from
   * the tab's state, which it has then set.
   */
  private askReprint(state: string, passages: readonly PassageMatch[]): void {
    const asked = reprintCandidateIds(passages).length > 0 ? state : '';
    if (asked === this.reprintAskedFor) return;
    this.reprintAskedFor = asked;
    this.cards.setReprint(null);
    if (!asked) return;
    this.ask('getPageReprint', {})
      .then((reprint) => this.reprintAskedFor === state && this.cards.setReprint(reprint))
      .catch((error) => {
        // Asked again when the page is next read.
        if (this.reprintAskedFor === state) this.reprintAskedFor = null;
        console.warn('News Context:', error);
      });
  }

  private paint(painted: PaintedPassage[]): void {
    this.painted = painted;
    paint(painted);
    this.schemeWatcher.watchAround(painted.map(({ range }) => range.commonAncestorContainer));
    if (painted.length) this.card.attach();
    else this.card.remove();
    this.cards.setPainted(painted);
    performance.mark(PAINTED_MARK, { detail: { passages: painted.length } });
  }

  /** The page may have turned light or dark: passages whose colours no longer fit it are painted anew. */
  private recolor(): void {
    if (!this.active || !this.painted.length) return;
    const recolored = inPageColours(this.painted);
    if (recolored.every((p, i) => p.scheme === this.painted[i].scheme)) return;
    this.paint(recolored);
  }

  /**
   * `target` in the colours the page has where it is now; when they changed, the whole page is
   * painted anew first (what turned one passage turned its neighbours). A theme switched without
   * a change the watcher hears (a style sheet disabled or rules inserted by script), or not yet
   * told (it waits for a burst to end), would otherwise show the card and its passage's mark in
   * the other scheme's colours: dark text on a dark mark.
   */
  private inPageColoursNow(target: PaintedPassage): PaintedPassage {
    if (new PageSchemeReader().at(target.range) === target.scheme) return target;
    this.recolor();
    return this.painted.find(({ range }) => range === target.range) ?? target;
  }

  private unpaint(): void {
    if (!this.painted.length && !this.card.isAttached) return;
    clearAll();
    this.cards.stop();
    this.card.remove();
    this.schemeWatcher.watchAround([]);
    this.painted = [];
  }

  /** Tells the background that analysis failed, so its tab state says why instead of 'analyzing'. */
  private reportFailure(named: Named, error: unknown): void {
    this.reported = '';
    this.ask('analysisFailed', { ...named, error: errorMessage(error).slice(0, MAX_ERROR_CHARS) })
      .catch((failure) => console.warn('News Context:', failure));
  }

  /** Sends `message` unless the background already knows this state of the page. */
  private tell(state: string, message: () => Promise<unknown>): void {
    if (state === this.reported) return;
    this.reported = state;
    message().catch((error) => {
      // Not told after all: the next settle tells it again, or the tab would stay 'analyzing'.
      if (this.reported === state) this.reported = '';
      console.warn('News Context:', error);
    });
  }

  private meta(): Named {
    return { url: location.href, title: document.title };
  }

  /** A page restored from the back-forward cache missed any change to the corpus meanwhile. */
  private readonly onRestored = (event: PageTransitionEvent) => {
    if (event.persisted) this.rematch();
  };

  private readonly onShown = () => {
    if (document.visibilityState === 'hidden' || !this.rematchWhenShown) return;
    this.rematchWhenShown = false;
    if (this.active) this.refreshSoon();
  };

  /** Alt+Shift+H switches highlights off on this site, or back on; remembered for the site. */
  private readonly onToggleKey = (event: KeyboardEvent) => {
    // Only a real key press: a page's script must not be able to change a remembered setting.
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyH') return;
    if (isTypingTarget(event)) return;
    const site = siteOf(location.href);
    if (!site) return;
    event.preventDefault();
    const change: SiteSettings = this.active ? { enabled: true, sitePaused: true } : ALWAYS_ON;
    this.ask('updateSettings', { site, ...change })
      .then((settings) => this.apply(settings))
      .catch((error) => console.warn('News Context:', error));
  };
}
