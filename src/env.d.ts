/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The audience sections that <Audiences /> in the general sections renders on this page. */
    audienceSections?: {
      parts: import('./data/statements.ts').StatementPart[];
      pageLocale: string;
    };
  }
}
