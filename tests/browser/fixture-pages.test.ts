// The browser suite (tests/browser/audit-round.ts) on the organisations of tests/fixtures. The
// physiotherapy practice, published in a folder of its own website
// (https://www.kine-example.be/privacy/), is served in that folder only, every page of it: the rest
// of the host must not answer with the site, and its search must find the statement there. The
// clinic, whose pages the layout tests open one by one, has one page of each kind checked (in
// German, its binding language), and every address it refers to.
import { describeRound } from './audit-round.ts';

describeRound({
  name: 'physiotherapyPractice',
  pages: 'every',
  search: {
    page: '/privacy/nl-be/zoeken/',
    query: 'ziekenfonds',
    result: /^\/privacy\/nl-be\/[a-z-]+\/#[\p{L}\p{N}_-]+$/u,
    opens: /^\/privacy\/nl-be\/patienten\/#/,
  },
  outside: [
    '/',
    '/nl-be/',
    '/nl-be/zoeken/',
    '/fr/',
    '/favicon.svg',
    '/pagefind/pagefind.js',
    '/_headers',
  ],
});

describeRound({ name: 'secondOrganization', pages: 'each kind' });
