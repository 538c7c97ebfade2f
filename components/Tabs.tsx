/**
 * The panel's views as a tab row (WAI-ARIA tabs pattern): arrow keys move between tabs and
 * select them, only the selected tab is in the Tab order. The row stays one line and scrolls
 * sideways in a narrow panel (sidepanel/style.css): the selected tab is kept in view, however it
 * was selected (a click on a half-shown tab, the panel opening at a claim).
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { arrowKeys } from './arrow-keys';
import { revealSideways } from './reveal-sideways';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  /** A count shown after the label, e.g. the claims on the page. */
  count?: number;
}

export interface TabsProps<K extends string> {
  tabs: TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}

export function Tabs<K extends string>({ tabs, selected, onSelect, children }: TabsProps<K>) {
  const row = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const tab = row.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (row.current && tab) revealSideways(row.current, tab);
  }, [selected]);
  return (
    <>
      <div
        ref={row}
        class="nc-tabs"
        role="tablist"
        aria-label="Views"
        onKeyDown={arrowKeys('[role="tab"]', 'horizontal', (_, index) => onSelect(tabs[index].key))}
      >
        {tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            key={tab.key}
            id={`nc-tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`nc-view-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
            {tab.count !== undefined && <span class="nc-tab-count"> {tab.count}</span>}
          </button>
        ))}
      </div>
      <section class="nc-view" role="tabpanel" id={`nc-view-${selected}`} aria-labelledby={`nc-tab-${selected}`}>
        {/* Unseen (the selected tab shows it): a screen reader's heading list finds every view under the panel's <h1>. */}
        <h2 class="nc-unseen">{tabs.find((tab) => tab.key === selected)?.label}</h2>
        {children}
      </section>
    </>
  );
}
