/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the page being rendered, for components inside the statement text. */
    pageLocale?: string;
    /** The audience sections that <Audiences /> in the general sections renders on this page. */
    audienceSections?: {
      parts: import('./data/statements.ts').StatementPart[];
      pageLocale: string;
      /**
       * How the site search treats these sections: `body` indexes each with its role as a filter
       * (a current role view), `ignore` keeps them out of an indexed page (the current full
       * statement indexes only the general sections), undefined leaves them unmarked.
       */
      search?: 'body' | 'ignore' | undefined;
    };
  }
}
