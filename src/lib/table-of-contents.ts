/** A heading as Astro reports it for a rendered entry. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

export interface AudienceToc {
  slug: string;
  title: string;
  headings: readonly Heading[];
}

/**
 * The table of contents of a statement page: the general sections (##), with the audience sections
 * nested under the heading that holds them. With a single audience (a role view) its own
 * subsections are listed too; on the full statement that would make the list too long to scan.
 */
export function tableOfContents(
  general: readonly Heading[],
  audiencesParent: string,
  audiences: readonly AudienceToc[],
): TocItem[] {
  const nestSubsections = audiences.length === 1;
  return general
    .filter((heading) => heading.depth === 2)
    .map((heading) => ({
      slug: heading.slug,
      text: heading.text,
      children:
        heading.text === audiencesParent
          ? audiences.map((audience) => ({
              slug: audience.slug,
              text: audience.title,
              children: nestSubsections
                ? audience.headings.map(({ slug, text }) => ({ slug, text, children: [] }))
                : [],
            }))
          : [],
    }));
}
