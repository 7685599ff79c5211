import { audiencesParent, type StatementView } from './assemble.ts';

export interface TocItem {
  anchor: string;
  text: string;
  children: TocItem[];
}

/**
 * The contents of a statement page: the general sections (##), with the audience sections nested
 * under the heading that holds them. With a single audience (an audience view) its own subsections are
 * listed too; on the full statement that would make the list too long to scan.
 */
export function tableOfContents(view: StatementView, audiences: readonly string[]): TocItem[] {
  const parent = audiencesParent(view.general.document);
  return view.general.document.blocks
    .filter((block) => block.kind === 'heading' && block.depth === 2)
    .map((heading) => ({
      anchor: heading.anchor,
      text: heading.text,
      children:
        heading === parent
          ? audiences
              .filter((audience) => view.parts[audience])
              .map((audience) => {
                const { document } = view.parts[audience]!;
                return {
                  anchor: audience,
                  text: document.title,
                  children:
                    audiences.length === 1
                      ? document.blocks
                          .filter((block) => block.kind === 'heading')
                          .map((block) => ({
                            anchor: block.anchor,
                            text: block.text,
                            children: [],
                          }))
                      : [],
                };
              })
          : [],
    }));
}
