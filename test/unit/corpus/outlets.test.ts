import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allOutlets,
  newsHostnames,
  outletByName,
  outletForHost,
  type OutletKind,
} from '../../../lib/corpus/outlets';

const KINDS: OutletKind[] = [
  'wire',
  'public-broadcaster',
  'state-affiliated',
  'commercial',
  'tabloid',
  'aggregator',
  'unknown',
];

describe('outlet registry data', () => {
  const outlets = allOutlets();

  it('has unique ids, valid kinds, an attribution for each kind, and ISO country codes', () => {
    expect(new Set(outlets.map((o) => o.id)).size).toBe(outlets.length);
    for (const outlet of outlets) {
      expect(KINDS, outlet.id).toContain(outlet.kind);
      expect(outlet.kindSource.length, outlet.id).toBeGreaterThan(5);
      expect(outlet.aliases, outlet.id).toContain(outlet.name);
      if (outlet.country !== null) expect(outlet.country, outlet.id).toMatch(/^[A-Z]{2}$/);
      for (const domain of outlet.domains) expect(domain, outlet.id).toMatch(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('never gives one name or domain to two outlets', () => {
    const owners = new Map<string, string>();
    for (const outlet of outlets) {
      for (const alias of outlet.aliases) {
        const owner = outletByName(alias);
        expect(owner?.id, `${alias} of ${outlet.id}`).toBe(outlet.id);
      }
      for (const domain of outlet.domains) {
        expect(owners.get(domain), domain).toBeUndefined();
        owners.set(domain, outlet.id);
      }
    }
  });

  it('covers the major English-language outlets and every outlet of the seed corpus', () => {
    const required = [
      'AP', 'Reuters', 'AFP', 'BBC', 'CNN', 'New York Times', 'Washington Post', 'Wall Street Journal',
      'The Guardian', 'The Telegraph', 'The Times', 'The Independent', 'Daily Mail', 'The Sun', 'Mirror',
      'Fox News', 'NBC News', 'CBS News', 'ABC News (US)', 'ABC News (Australia)', 'Sky News', 'Sky News AU',
      'Al Jazeera', 'RT', 'Russia Today', 'TASS', 'Sputnik', 'Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda',
      'Meduza', 'Moscow Times', 'DW', 'France 24', 'Euronews', 'Politico', 'Axios', 'Bloomberg',
      'Financial Times', 'The Economist', 'NPR', 'PBS', 'USA Today', 'LA Times', 'Newsweek', 'Daily8',
      'Perth Now', 'news.com.au', 'Sydney Morning Herald', 'The Age', 'NZ Herald', 'CBC', 'Times of India',
      'Hindustan Times', 'South China Morning Post', 'Straits Times', 'Anadolu', 'Xinhua', 'CGTN',
      'Global Times', 'Euromaidan Press',
    ];
    for (const name of required) expect(outletByName(name), name).not.toBeNull();
  });

  it('classifies as gold and the issue describe: wires, state media, aggregators', () => {
    expect(outletByName('Reuters')?.kind).toBe('wire');
    expect(outletByName('Associated Press')?.agency).toBe(true);
    expect(outletByName('Russia Today')?.kind).toBe('state-affiliated');
    expect(outletByName('TASS')).toMatchObject({ kind: 'state-affiliated', agency: true });
    expect(outletByName('Daily8')?.kind).toBe('aggregator');
    expect(outletByName('BBC')?.kind).toBe('public-broadcaster');
    expect(outletByName('Daily Mail')?.kind).toBe('tabloid');
  });
});

describe('outletByName', () => {
  it('ignores case, punctuation, a leading "The" and a decorating parenthesis', () => {
    expect(outletByName('the guardian')?.id).toBe('guardian');
    expect(outletByName('Guardian')?.id).toBe('guardian');
    expect(outletByName('  REUTERS. ')?.id).toBe('reuters');
    expect(outletByName('Reuters (via Daily8)')?.id).toBe('reuters');
    expect(outletByName('ABC News (Australia)')?.id).toBe('abc-au');
    expect(outletByName('Sky News AU')?.id).toBe('sky-news-au');
    expect(outletByName('Sky News')?.id).toBe('sky-news');
  });

  it('refuses ambiguous and unknown names', () => {
    expect(outletByName('ABC News')).toBeNull(); // the Australian and the US broadcaster
    expect(outletByName('ABC News (via Daily8)')).toBeNull();
    expect(outletByName('Springfield Gazette')).toBeNull();
    expect(outletByName('')).toBeNull();
  });

  it('finds every alias however it is cased and spaced', () => {
    const aliases = allOutlets().flatMap((outlet) => outlet.aliases.map((alias) => [alias, outlet.id] as const));
    fc.assert(
      fc.property(fc.constantFrom(...aliases), fc.boolean(), fc.constantFrom('', ' ', '  '), ([alias, id], upper, pad) => {
        const written = pad + (upper ? alias.toUpperCase() : alias.toLowerCase()) + pad;
        expect(outletByName(written)?.id).toBe(id);
      }),
    );
  });
});

describe('outletForHost', () => {
  it('resolves hosts with www. and news subdomains', () => {
    expect(outletForHost('www.abc.net.au')?.id).toBe('abc-au');
    expect(outletForHost('edition.cnn.com')?.id).toBe('cnn');
    expect(outletForHost('www.theguardian.com')?.id).toBe('guardian');
    expect(outletForHost('news.sky.com')?.id).toBe('sky-news');
    expect(outletForHost('www.skynews.com.au')?.id).toBe('sky-news-au');
    expect(outletForHost('abcnews.go.com')?.id).toBe('abc-us');
    expect(outletForHost('WWW.RT.COM.')?.id).toBe('rt');
  });

  it('does not match look-alike or parent domains', () => {
    expect(outletForHost('notreuters.com')).toBeNull();
    expect(outletForHost('sky.com')).toBeNull(); // Sky's non-news site
    expect(outletForHost('go.com')).toBeNull();
    expect(outletForHost('com.au')).toBeNull();
    expect(outletForHost('localhost')).toBeNull();
  });

  it('resolves every registry domain under any subdomain', () => {
    const domains = allOutlets().flatMap((outlet) => outlet.domains.map((domain) => [domain, outlet.id] as const));
    const label = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    fc.assert(
      fc.property(fc.constantFrom(...domains), fc.array(label, { maxLength: 2 }), ([domain, id], subdomains) => {
        expect(outletForHost([...subdomains, domain].join('.'))?.id).toBe(id);
      }),
    );
  });

  it('lists every registry domain for the content script', () => {
    const hostnames = newsHostnames();
    expect(hostnames).toContain('abc.net.au');
    expect(hostnames).toContain('daily8.com');
    expect(hostnames).toHaveLength(allOutlets().flatMap((o) => o.domains).length);
  });
});
