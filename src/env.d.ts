/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The language of the page being rendered, for components inside the statement text. */
    pageLocale?: string;
    /** The page being rendered, for the headings of the statement text (their links to the same section in other languages). */
    page?: import('./routes/urls.ts').PageRef;
    /** The audience sections that <Audiences /> in the general sections renders on this page. */
    audienceSections?: {
      parts: import('./data/statements.ts').PartShown[];
      pageLocale: string;
    };
  }
}
