/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The audience sections that <Audiences /> in the general sections renders on this page. */
    audienceSections?: import('./data/statements.ts').StatementEntry[];
  }
}
