// The search page's script, the only script of the site: it runs on the search page alone (see
// src/views/SearchView.astro). It asks the Pagefind index that the build writes (one record per
// passage, src/search/records.ts) as the reader types, and lists the passages found grouped by
// where they are: one heading per section ("Werkzoekende › Algemeen"), under it each passage found
// there as a link to the passage itself, its words shortened to the sentence of the match with the
// matched words marked. The first groups are shown, the others behind a "more" button. The count
// is announced through the page's live region; with no result, the page offers where to look.

interface PagefindResultData {
  url: string;
  /** Pagefind's words around the match, the words it matched (stems included) in <mark>. */
  excerpt: string;
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
/** The groups (sections) shown before the "more" button: a screen or two on a phone. */
const GROUPS_SHOWN = 10;
/**
 * The passages found first that are in view whatever their group; after them, a passage is in view
 * under its group's heading only when no later group came before it. Chosen with the relevance set
 * of content/search.yaml: with 4, the first three passages a reader sees answer as many questions
 * as the first three found did before results were grouped.
 */
const ALWAYS_IN_VIEW = 4;

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

/** A text in the forms of the language's plural rules, {count} the number. */
type PluralTexts = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

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
    count: PluralTexts;
    /** Summary of the passages of a group folded away: {count} of them. */
    moreInGroup: PluralTexts;
    none: string;
  };
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** About the longest a passage is shown in a result: the sentence of the match; the link leads to all of it. */
const SHOWN = 200;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words to mark in a passage: those Pagefind marked in its excerpt (it matches stems too:
 * "bewaard" for "bewaren"), and the words of the query that say what the reader looks for, as the
 * start of a word.
 */
function markPattern(
  excerpt: string,
  query: string,
  stopWords: ReadonlySet<string>,
): RegExp | undefined {
  const matched = [...excerpt.matchAll(/<mark>([^<]+)<\/mark>/g)].map((match) =>
    match[1]!.toLocaleLowerCase(),
  );
  const typed = query
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !stopWords.has(word));
  const words = [...new Set([...matched, ...typed])].filter(Boolean);
  return words.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`,
        'giu',
      )
    : undefined;
}

/**
 * The part of a passage a result shows: the sentence with the first marked word (and the next, while
 * short), so that it starts where the text starts a sentence; a long sentence is cut around the
 * word, at spaces.
 */
function shortened(text: string, pattern: RegExp | undefined, locale: string): string {
  if (text.length <= SHOWN) return text;
  const first = pattern ? Math.max(0, text.search(pattern)) : 0;
  const sentences = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)];
  const at = Math.max(
    0,
    sentences.findIndex(({ index, segment }) => first >= index && first < index + segment.length),
  );
  let from = sentences[at]?.index ?? 0;
  let to = from + (sentences[at]?.segment.length ?? text.length);
  for (let next = at + 1; next < sentences.length && to - from < SHOWN / 2; next++)
    to += sentences[next]!.segment.length;
  if (to - from > SHOWN) {
    from = Math.max(from, text.lastIndexOf(' ', Math.max(from, first - 60)) + 1);
    const space = text.indexOf(' ', from + SHOWN);
    if (space !== -1) to = Math.min(to, space);
  }
  return `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`;
}

/** A passage's words as a result shows them: shortened around the match, the matched words marked. */
function passageNodes(text: string, pattern: RegExp | undefined, locale: string): Node[] {
  const shown = shortened(text, pattern, locale);
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
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
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
      more.hidden = true;
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
      more.hidden = true;
      console.error(error);
      return;
    }
    failure.hidden = true;

    // A passage for everyone stands on every audience's page too: keep the reader on theirs.
    const audiencePage = filter ? config.rolePages[filter] : undefined;
    // One group per section (the records' title), in the order of its best passage. A passage is
    // in view under its group's heading when it is among the first ALWAYS_IN_VIEW found, or found
    // before any passage of a later group: what a reader reads first stays in the order found. The
    // group's other passages are folded under "n more in this section". The groups after the first
    // GROUPS_SHOWN wait behind the "more" button.
    interface Group {
      passages: HTMLUListElement;
      folded?: { details: HTMLDetailsElement; summary: HTMLElement; list: HTMLUListElement };
    }
    const groups = new Map<string, Group>();
    let newest: Group | undefined;
    const { strings } = config;
    const counted = (forms: PluralTexts, count: number, values: Record<string, string> = {}) =>
      fill(forms[plural.select(count)] ?? forms.other, { ...values, count: numbers.format(count) });
    const groupOf = (title: string): Group => {
      let group = groups.get(title);
      if (group) return group;
      const item = document.createElement('li');
      item.className = 'search-group';
      item.hidden = groups.size >= GROUPS_SHOWN;
      const heading = document.createElement('h2');
      heading.className = 'search-group__title';
      heading.tabIndex = -1;
      heading.textContent = title;
      const passages = document.createElement('ul');
      passages.className = 'search-group__passages';
      item.append(heading, passages);
      list.append(item);
      group = { passages };
      groups.set(title, group);
      newest = group;
      return group;
    };
    const foldedOf = (group: Group): NonNullable<Group['folded']> => {
      if (group.folded) return group.folded;
      const details = document.createElement('details');
      details.className = 'search-group__more';
      const summary = document.createElement('summary');
      const folded = document.createElement('ul');
      folded.className = 'search-group__passages';
      details.append(summary, folded);
      group.passages.after(details);
      return (group.folded = { details, summary, list: folded });
    };
    const add = (passage: PagefindResultData, rank: number): void => {
      const group = groupOf(passage.meta.title ?? passage.url);
      const inView = rank < ALWAYS_IN_VIEW || group === newest;
      const entry = document.createElement('li');
      entry.className = 'search-result';
      const link = document.createElement('a');
      link.href =
        audiencePage && passage.url.startsWith(`${config.fullPage}#`)
          ? passage.url.replace(config.fullPage, audiencePage)
          : passage.url;
      link.className = 'search-result__excerpt';
      link.append(
        ...passageNodes(
          passage.meta.text ?? '',
          markPattern(passage.excerpt, query, stopWords),
          config.locale,
        ),
      );
      entry.append(link);
      if (inView) {
        group.passages.append(entry);
        return;
      }
      const folded = foldedOf(group);
      folded.list.append(entry);
      folded.summary.textContent = counted(strings.moreInGroup, folded.list.children.length);
    };
    list.replaceChildren();
    first.forEach((passage, rank) => add(passage, rank));
    more.hidden = groups.size <= GROUPS_SHOWN;
    list.setAttribute('aria-busy', String(found.length > first.length));
    status.textContent =
      found.length === 0
        ? fill(strings.none, { query })
        : counted(strings.count, found.length, { query });
    elsewhere.hidden = found.length > 0;
    // The rest, below the first: the count announced above already includes them.
    const rest = await Promise.all(found.slice(FIRST_SHOWN).map((result) => result.data())).catch(
      () => [],
    );
    if (run !== latest) return;
    rest.forEach((passage, rank) => add(passage, FIRST_SHOWN + rank));
    more.hidden = ![...list.children].some((group) => (group as HTMLElement).hidden);
    list.setAttribute('aria-busy', 'false');
  }

  // "More": the other groups, and the reader's focus on the first of them.
  more.addEventListener('click', () => {
    const waiting = [...list.querySelectorAll<HTMLElement>('.search-group[hidden]')];
    for (const group of waiting) group.hidden = false;
    more.hidden = true;
    waiting[0]?.querySelector<HTMLElement>('.search-group__title')?.focus();
  });

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
