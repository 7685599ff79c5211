// The search page's script, the only script of the site: it runs on the search page alone (see
// src/views/SearchView.astro). It asks the Pagefind index that scripts/search-index.ts writes into
// the built site, as the reader types, and lists every matching passage once: its heading as a
// link to the heading's anchor, the role it belongs to, and an excerpt. The count of results is
// announced through the page's live region.

/** A passage: the part of an indexed page under one heading. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

/** What the page gives the script (data-search-config on the form). */
interface SearchConfig {
  /** The Pagefind bundle, e.g. /pagefind/pagefind.js. */
  bundle: string;
  /** The name of each role filter value: the four audiences and `general`. */
  roles: Record<string, string>;
  strings: {
    resultRole: string;
    countOne: string;
    countOther: string;
    none: string;
  };
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Pagefind's excerpt is escaped text with <mark> around the words found; only those are kept. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function start(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset.searchConfig ?? '{}') as SearchConfig;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const role = form.querySelector<HTMLSelectElement>('select[name="role"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const failure = document.querySelector<HTMLElement>('[data-search-error]')!;

  // The query of the address (?q=, ?role=): a plain GET form on any page leads here.
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  const wanted = params.get('role') ?? '';
  role.value = [...role.options].some((option) => option.value === wanted) ? wanted : '';
  for (const hidden of form.querySelectorAll<HTMLElement>('[data-search-enhanced]')) hidden.hidden = false;

  // Pagefind (its script, WebAssembly and index) loads on first use, not with the page: a reader
  // who only looks at the page, or leaves it, downloads none of it.
  let pagefind: Promise<PagefindApi> | undefined;
  const loadPagefind = (): Promise<PagefindApi> =>
    (pagefind ??= import(/* @vite-ignore */ config.bundle).then(async (api: PagefindApi) => {
      // On the page's own thread, so that the page's Content-Security-Policy governs all it does (a
      // worker would have only the HTTP headers'); the index is small.
      await api.options({ noWorker: true, excerptLength: 24, excerptEllipsis: '…' });
      await api.init();
      return api;
    }));

  let latest = 0;
  async function search(): Promise<void> {
    const query = input.value.trim();
    const filter = role.value;
    const run = ++latest;

    const address = new URL(location.href);
    address.search = '';
    if (query) address.searchParams.set('q', query);
    if (filter) address.searchParams.set('role', filter);
    history.replaceState(null, '', address);

    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let passages: Array<PagefindSubResult & { role: string }>;
    try {
      const api = await loadPagefind();
      const found = await api.search(query, filter ? { filters: { role: filter } } : {});
      if (!found) throw new Error('Pagefind gave no answer');
      if (run !== latest) return;
      const pages = await Promise.all(found.results.map((result) => result.data()));
      if (run !== latest) return;
      passages = pages.flatMap((page) =>
        page.sub_results.map((passage) => ({ ...passage, role: page.filters.role?.[0] ?? '' })),
      );
    } catch (error) {
      failure.hidden = false;
      status.textContent = '';
      list.replaceChildren();
      console.error(error);
      return;
    }

    list.replaceChildren(
      ...passages.map((passage) => {
        const item = document.createElement('li');
        item.className = 'search-result';
        const link = document.createElement('a');
        link.href = passage.url;
        link.textContent = passage.title;
        const roleName = config.roles[passage.role];
        const belongs = document.createElement('p');
        belongs.className = 'search-result__role';
        belongs.textContent = roleName ? fill(config.strings.resultRole, { role: roleName }) : '';
        const excerpt = document.createElement('p');
        excerpt.className = 'search-result__excerpt';
        excerpt.append(...excerptNodes(passage.excerpt));
        item.append(link, belongs, excerpt);
        return item;
      }),
    );
    const { strings } = config;
    status.textContent =
      passages.length === 0
        ? fill(strings.none, { query })
        : fill(passages.length === 1 ? strings.countOne : strings.countOther, { query, count: String(passages.length) });
  }

  // Start loading as soon as the reader turns to the search field, so that the first results come quickly.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(), 250);
  });
  role.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void search();
  });
  void search();
}

const form = document.querySelector<HTMLFormElement>('form[data-search-config]');
if (form) start(form);
