// The search page's script, the only script of the site: it runs on the search page alone (see
// src/views/SearchView.astro). It asks the Pagefind index that the build writes (one record per
// passage, src/search/records.ts) as the reader types, and lists the passages found: where
// each is ("Werkzoekende › Algemeen"), as a link to the passage itself, and its words. The count
// is announced through the page's live region; with no result, the page offers where to look.

interface PagefindResultData {
  url: string;
  meta: { title?: string; text?: string };
  filters: Record<string, string[]>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

/** The most results listed: a reader looks at the first few. */
const LISTED = 30;
/** The results shown before the others have loaded: each result's words are a request of their own. */
const FIRST_SHOWN = 5;

/**
 * Pagefind finds the passages that hold every word of a query. A reader's question in plain words
 * ("hoe lang bewaren jullie mijn gegevens") seldom has all its words in one passage, so the words
 * that say what the reader looks for (not "mijn", "the": the language's stop words) are also
 * searched one by one, and a passage's Pagefind scores for the words it holds are added up: each
 * relative to the best passage for that word, and weighted by how rare the word is (a word in
 * most passages tells little). Passages with every such word come first.
 */
async function find(
  api: PagefindApi,
  query: string,
  filters: Record<string, string>,
  stopWords: ReadonlySet<string>,
): Promise<PagefindResult[]> {
  const options = { filters };
  const typed = [
    ...new Set(
      query
        .toLocaleLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 2),
    ),
  ];
  const meaningful = typed.filter((word) => !stopWords.has(word));
  // A query of stop words only ("wie zijn jullie") is still searched, as typed.
  const words = meaningful.length > 0 ? meaningful : typed;
  const [every, passages, ...each] = await Promise.all([
    api.search(words.join(' ') || query, options),
    words.length > 1 ? passageCount(api, filters) : 0,
    ...(words.length > 1 ? words.map((word) => api.search(word, options)) : []),
  ]);
  const ranked = new Map<string, { result: PagefindResult; score: number }>();
  const add = (result: PagefindResult, score: number) => {
    const entry = ranked.get(result.id) ?? { result, score: 0 };
    entry.score += score;
    ranked.set(result.id, entry);
  };
  for (const found of each) {
    const results = found?.results ?? [];
    if (results.length === 0) continue;
    // BM25's inverse document frequency: "gegevens", in most passages of a privacy statement, weighs little.
    const rarity = Math.log(1 + (passages - results.length + 0.5) / (results.length + 0.5));
    const best = results[0]!.score || 1;
    for (const result of results) add(result, (rarity * result.score) / best);
  }
  // A passage with every word outranks one with only some of the same words.
  const bonus = Math.max(0, ...[...ranked.values()].map((entry) => entry.score)) / 2;
  (every?.results ?? []).forEach((result, index) =>
    add(result, bonus + ((every?.results.length ?? 0) - index) / 1000),
  );
  return [...ranked.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, LISTED)
    .map((entry) => entry.result);
}

/** How many passages there are under each audience filter: the same for every query, so counted once. */
const counted = new Map<string, Promise<number>>();
function passageCount(api: PagefindApi, filters: Record<string, string>): Promise<number> {
  const key = JSON.stringify(filters);
  let count = counted.get(key);
  if (!count)
    counted.set(
      key,
      (count = api.search(null, { filters }).then((all) => all?.results.length ?? 0)),
    );
  return count;
}

/** What the page gives the script (data-search-config on the form). */
interface SearchConfig {
  /** The Pagefind bundle, e.g. /pagefind/pagefind.js. */
  bundle: string;
  /** The page's language, for plural rules. */
  locale: string;
  /** The full statement's page, and each audience's: a passage for everyone opens on the audience's page when an audience is chosen. */
  fullPage: string;
  rolePages: Record<string, string>;
  /** Pagefind's ranking parameters (https://pagefind.app/docs/ranking/), set from the relevance set. */
  ranking: Record<string, number>;
  /** The words of the page's language that a query is not searched for on their own. */
  stopWords: string[];
  strings: {
    count: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    none: string;
  };
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The longest a passage is shown in a result; the link leads to all of it. */
const SHOWN = 280;

/** The passage's words, shortened around the first word of the query, with the query's words marked. */
function passageNodes(text: string, query: string): Node[] {
  const words = query
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
  const pattern = words.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`,
        'giu',
      )
    : undefined;
  let shown = text;
  if (text.length > SHOWN) {
    const first = pattern ? Math.max(0, text.search(pattern)) : 0;
    const start = Math.max(0, Math.min(first - 60, text.length - SHOWN));
    shown = `${start > 0 ? '…' : ''}${text.slice(start, start + SHOWN).trim()}${start + SHOWN < text.length ? '…' : ''}`;
  }
  if (!pattern) return [document.createTextNode(shown)];
  const nodes: Node[] = [];
  let at = 0;
  for (const match of shown.matchAll(pattern)) {
    nodes.push(document.createTextNode(shown.slice(at, match.index)));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    nodes.push(mark);
    at = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(shown.slice(at)));
  return nodes;
}

function start(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset.searchConfig ?? '{}') as SearchConfig;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const audience = form.querySelector<HTMLSelectElement>('select[name="role"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const failure = document.querySelector<HTMLElement>('[data-search-error]')!;
  const elsewhere = document.querySelector<HTMLElement>('[data-search-none]')!;
  const plural = new Intl.PluralRules(config.locale);
  const numbers = new Intl.NumberFormat(config.locale);
  const stopWords = new Set(config.stopWords);

  // The query of the address (?q=, ?role=): a plain GET form on any page leads here.
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  const wanted = params.get('role') ?? '';
  audience.value = [...audience.options].some((option) => option.value === wanted) ? wanted : '';
  for (const hidden of form.querySelectorAll<HTMLElement>('[data-search-enhanced]'))
    hidden.hidden = false;

  // Pagefind (its script, WebAssembly and index) loads on first use, not with the page: a reader
  // who only looks at the page, or leaves it, downloads none of it.
  let pagefind: Promise<PagefindApi> | undefined;
  const loadPagefind = (): Promise<PagefindApi> =>
    (pagefind ??= import(/* @vite-ignore */ config.bundle).then(async (api: PagefindApi) => {
      // On the page's own thread, so that the page's Content-Security-Policy governs all it does (a
      // worker would have only the HTTP headers'); the index is small.
      await api.options({ noWorker: true, ranking: config.ranking });
      await api.init();
      void passageCount(api, {});
      return api;
    }));

  let latest = 0;
  async function search(): Promise<void> {
    const query = input.value.trim();
    const filter = audience.value;
    const run = ++latest;

    const address = new URL(location.href);
    address.search = '';
    if (query) address.searchParams.set('q', query);
    if (filter) address.searchParams.set('role', filter);
    history.replaceState(null, '', address);

    elsewhere.hidden = true;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let found: PagefindResult[];
    let first: PagefindResultData[];
    try {
      const api = await loadPagefind();
      found = await find(api, query, filter ? { role: filter } : {}, stopWords);
      first = await Promise.all(found.slice(0, FIRST_SHOWN).map((result) => result.data()));
      if (run !== latest) return;
    } catch (error) {
      failure.hidden = false;
      status.textContent = '';
      list.replaceChildren();
      console.error(error);
      return;
    }
    failure.hidden = true;

    // A passage for everyone stands on every audience's page too: keep the reader on theirs.
    const audiencePage = filter ? config.rolePages[filter] : undefined;
    const item = (passage: PagefindResultData): HTMLLIElement => {
      const entry = document.createElement('li');
      entry.className = 'search-result';
      const link = document.createElement('a');
      link.href =
        audiencePage && passage.url.startsWith(`${config.fullPage}#`)
          ? passage.url.replace(config.fullPage, audiencePage)
          : passage.url;
      link.textContent = passage.meta.title ?? passage.url;
      const text = document.createElement('p');
      text.className = 'search-result__excerpt';
      text.append(...passageNodes(passage.meta.text ?? '', query));
      entry.append(link, text);
      return entry;
    };
    list.replaceChildren(...first.map(item));
    list.setAttribute('aria-busy', String(found.length > first.length));
    const { strings } = config;
    status.textContent =
      found.length === 0
        ? fill(strings.none, { query })
        : fill(strings.count[plural.select(found.length)] ?? strings.count.other, {
            query,
            count: numbers.format(found.length),
          });
    elsewhere.hidden = found.length > 0;
    // The rest, below the first: the count announced above already includes them.
    const rest = await Promise.all(found.slice(FIRST_SHOWN).map((result) => result.data())).catch(
      () => [],
    );
    if (run !== latest) return;
    list.append(...rest.map(item));
    list.setAttribute('aria-busy', 'false');
  }

  // Start loading as soon as the reader turns to the search field, so that the first results come quickly.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    // The index parts for the words typed so far load while the reader types on.
    const words = input.value
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 2 && !stopWords.has(word));
    if (words.length)
      void loadPagefind()
        .then((api) => Promise.all(words.map((word) => api.preload(word))))
        .catch(() => undefined);
    clearTimeout(typing);
    typing = setTimeout(() => void search(), 250);
  });
  audience.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void search();
  });
  void search();
}

const form = document.querySelector<HTMLFormElement>('form[data-search-config]');
if (form) start(form);
