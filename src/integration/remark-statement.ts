import { relative } from 'node:path';
import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { buildDate } from '../time/dates.ts';
import {
  mailtoHref,
  organizationLine,
  phoneLink,
  detailsAt,
} from '../organization/contact-details.ts';
import { type ContentProblem, errorsOf, formatProblems } from '../problems/content-problem.ts';
import { guardStatementFile } from '../guard/statement-guard.ts';
import { walkBlocks } from '../model/blocks.ts';
import { cachedCheck } from '../check/cached-check.ts';
import { documentKey, statementFileOf } from '../model/parts.ts';
import { readSiteConfig } from '../model/site-config.ts';
import { COMPONENTS, isComponentName } from '../schemas/components-schema.ts';
import { withBase } from '../routes/base-path.ts';
import { siteLocation } from '../routes/site-url.ts';

function fail(file: string, problems: readonly ContentProblem[], what: string): never {
  throw new Error(`${file}: ${what}; nothing was built.\n\n${formatProblems(problems)}`);
}

/**
 * The MDX pipeline's own guard and link to the content model, for every statement file Astro
 * compiles. It runs the allowlist again on the tree Astro is about to compile (and the character
 * rules on its text), so that no path around `npm run check` can compile code, raw HTML or hidden
 * characters into the site. Then it gives every block the anchor of the content model and writes
 * the organisation details and fact marks in as plain Markdown, so that the page shows exactly
 * what the model (diffs, exports, search) says it shows.
 */
export function remarkStatement({ root }: { root: string }) {
  return (tree: Root, file: VFile) => {
    const path = relative(root, file.path).split('\\').join('/');
    const statementFile = statementFileOf(path);
    if (!statementFile) return;
    const { part, version, locale } = statementFile;

    const { content, problems } = cachedCheck(root, buildDate());
    // The guard runs whatever the content check said: on content with errors too.
    const site = content?.site ?? readSiteConfig(root);
    const guard = guardStatementFile(tree, String(file.value), { file: path, part, locale, site });
    if (guard.length > 0) fail(path, guard, 'the statement file holds what a statement may not');
    if (!content) fail(path, errorsOf(problems), 'the content has problems');
    const document = content.documents.get(documentKey(part, version, locale));
    if (!document) fail(path, [], 'the file is not part of the content model');

    let index = 0;
    walkBlocks(tree, (node) => {
      const block = document.blocks[index++];
      if (!block?.anchor) return;
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id: block.anchor };
    });
    if (index !== document.blocks.length)
      fail(
        path,
        [],
        `the page has ${index} blocks where the content model has ${document.blocks.length}`,
      );

    inSiteFolder(tree, siteLocation(content.site).base);

    const details = detailsAt(content.organization, version);
    const phone = phoneLink(details.phone, details.address.country);
    replaceComponents(tree, (node) => {
      switch (node.name) {
        case 'Email':
          return {
            type: 'link',
            url: mailtoHref(details.email),
            children: [{ type: 'text', value: details.email }],
          };
        case 'Phone':
          return {
            type: 'link',
            url: phone.href,
            children: [{ type: 'text', value: phone.display }],
          };
        case 'Organization':
          // On a line of its own it is a paragraph; inside a sentence, words of the sentence.
          return node.type === 'mdxJsxTextElement'
            ? { type: 'text', value: organizationLine(details) }
            : ({
                type: 'paragraph',
                data: node.data,
                children: [{ type: 'text', value: organizationLine(details) }],
              } as Nodes);
        default: {
          const spec = node.name && isComponentName(node.name) ? COMPONENTS[node.name] : undefined;
          // A fact keeps its words exactly; the mark only lets summaries point at them.
          if (spec && 'fact' in spec && spec.fact) {
            return {
              type: 'fact',
              data: { hName: 'span', hProperties: { className: ['fact', `fact--${spec.fact}`] } },
              children: node.children,
            } as unknown as Nodes;
          }
          return undefined;
        }
      }
    });
  };
}

/**
 * A link of the text to a page of the site is written from the site's root ("/nl/volledig/"), as
 * the editor sees the addresses; on a site in a folder of its host it leads into that folder.
 */
function inSiteFolder(tree: Root, base: string): void {
  const visit = (node: Nodes) => {
    if (node.type === 'link' && /^\/(?![/\\])/.test(node.url)) node.url = withBase(node.url, base);
    if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
  };
  visit(tree);
}

/** Replaces the JSX elements for which `replacement` gives a node; the others (Right, Audiences) stay components. */
function replaceComponents(
  tree: Root,
  replacement: (node: MdxJsxFlowElement | MdxJsxTextElement) => Nodes | undefined,
): void {
  const visit = (parent: Parents) => {
    parent.children = parent.children.map((child) => {
      const node = child as Nodes;
      const replaced =
        node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
          ? replacement(node)
          : undefined;
      const result = replaced ?? node;
      if ('children' in result) visit(result as Parents);
      return result;
    }) as typeof parent.children;
  };
  visit(tree);
}
