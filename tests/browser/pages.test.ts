// Every page of the project's own site in a browser (tests/browser/audit-round.ts): axe in light and
// dark mode, the keyboard, no other origin, no cookie or storage, the Content Security Policy, and
// every address the site refers to.
import { describeRound } from './audit-round.ts';

describeRound({ name: 'project', pages: 'every' });
