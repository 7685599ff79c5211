// The browser suite (tests/browser/audit-round.ts) on the organisations of tests/fixtures, whose
// pages are made by the templates the project's every page is checked from (pages.test.ts). The
// physiotherapy practice, published in a folder of its own website
// (https://www.kine-example.be/privacy/), is served in that folder only: one page of each kind in
// each of its languages checked, every address it refers to answering there, the rest of the host
// not answering with the site, and its search finding the statement there. The clinic, whose pages
// the layout tests open one by one, has one page of each kind checked (in German, its binding
// language), and every address it refers to.
import { describeRound } from './audit-round.ts';

describeRound({
  name: 'physiotherapyPractice',
  pages: 'each kind in every language',
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
