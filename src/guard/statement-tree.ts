import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { COMPONENTS, isComponentName, type ComponentName } from '../schemas/components-schema.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { describeIssues } from '../problems/zod-issues.ts';
import { unknownComponent } from './mdx-errors.ts';
import { judgeLink } from './hyperlinks.ts';
import { retentionMismatch } from './retention-words.ts';
import { toString } from 'mdast-util-to-string';
import { retentionFactOf } from '../schemas/facts-schema.ts';

export interface TreeContext {
  /** The file as the editor names it: content/employee/2023-09-27/nl.mdx. */
  file: string;
  /** "general" or an audience id. */
  part: string;
  site: SiteConfig;
  /** The Intl locale of the file's language (its words of time are read in it); none: not compared. */
  intl?: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The words just before a node in its paragraph ("… bewaren wij maximaal" before a mark). */
function wordsBefore(node: JsxElement, parent: Parents | undefined): string {
  const siblings: Nodes[] = parent ? (parent.children as Nodes[]) : [];
  const index = siblings.indexOf(node);
  const previous = index > 0 ? siblings[index - 1] : undefined;
  return previous?.type === 'text' ? previous.value : '';
}

/** Markdown that a statement may use: text in headings, paragraphs and lists, emphasis, links. */
const BLOCK_NODES = new Set(['heading', 'paragraph', 'list', 'listItem']);
const TEXT_NODES = new Set(['text', 'emphasis', 'strong', 'link', 'break']);

/** What the editor is told for each kind of node outside the allowlist. */
const REFUSED: Record<string, { what: string; fix: string }> = {
  mdxjsEsm: {
    what: 'an import or export line: code, which a statement file may not contain',
    fix: 'remove the line. Contact details come from content/organization.yaml through <Organization />, <Email /> and <Phone />',
  },
  mdxFlowExpression: {
    what: 'a {…} expression: code, which a statement file may not contain',
    fix: 'remove it; to show a brace as text, write \\{',
  },
  mdxTextExpression: {
    what: 'a {…} expression: code, which a statement file may not contain',
    fix: 'remove it; to show a brace as text, write \\{',
  },
  image: {
    what: 'an image, which a statement file may not contain (it would be loaded from wherever it points)',
    fix: 'remove it; describe in words what it shows',
  },
  imageReference: { what: 'an image, which a statement file may not contain', fix: 'remove it' },
  linkReference: {
    what: 'a reference-style link ([text][name])',
    fix: 'write the link inline: [text](https://…)',
  },
  definition: {
    what: 'a link definition ([name]: address)',
    fix: 'write the link inline where it is used: [text](https://…)',
  },
  code: { what: 'a code block', fix: 'write it as a paragraph of plain text' },
  inlineCode: { what: 'code (`…`)', fix: 'write it as plain text, without backticks' },
  blockquote: { what: 'a quotation block (> …)', fix: 'write it as a paragraph' },
  thematicBreak: {
    what: 'a horizontal rule (---, ***)',
    fix: 'remove it; start a new section with a heading instead',
  },
  html: { what: 'raw HTML', fix: 'write Markdown instead' },
  table: { what: 'a table', fix: 'write it as a list' },
  footnoteReference: { what: 'a footnote', fix: 'write the note in the text' },
  footnoteDefinition: { what: 'a footnote', fix: 'write the note in the text' },
  delete: { what: 'struck-through text', fix: 'remove the text, or keep it without ~~' },
  yaml: { what: 'a second header block', fix: 'keep one header, at the top of the file' },
};

/**
 * The allowlist of a statement file: Markdown text (headings, paragraphs, lists, emphasis, links
 * to https:, mailto:, tel: or the site) and the project's own components with the literal
 * attributes their schemas declare. Everything else is a problem with file, line and column,
 * what was found and how to fix it. The content check and the MDX pipeline both run it.
 */
export function checkStatementTree(tree: Root, context: TreeContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (
    node: Nodes | MdxJsxAttribute,
    message: string,
    fix: string,
    severity: ContentProblem['severity'] = 'error',
  ) => {
    const start = node.position?.start;
    problems.push({
      file: start ? `${context.file}:${start.line}:${start.column}` : context.file,
      message,
      fix,
      severity,
    });
  };

  /** `inside`: the component the node stands in, if any (facts may not nest). */
  const visit = (
    node: Nodes,
    parent: Parents | undefined,
    inside: ComponentName | undefined,
  ): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = checkElement(node, parent, inside);
      if (name) node.children.forEach((child) => visit(child as Nodes, node, name));
      return;
    }
    // A component written on lines of its own (<Right kind="…">, newline, text) holds paragraphs.
    const inText =
      parent !== undefined &&
      (parent.type === 'paragraph' ||
        parent.type === 'heading' ||
        parent.type === 'mdxJsxTextElement' ||
        TEXT_NODES.has(parent.type));
    if (node.type === 'root' || BLOCK_NODES.has(node.type) || TEXT_NODES.has(node.type)) {
      if (BLOCK_NODES.has(node.type) && inText) {
        add(node, `a ${node.type} inside a sentence or a component`, 'put it on its own lines');
        return;
      }
      if (node.type === 'link') checkLink(node);
      if ('children' in node) node.children.forEach((child) => visit(child as Nodes, node, inside));
      return;
    }
    const refused = REFUSED[node.type] ?? {
      what: `"${node.type}" content`,
      fix: 'write it as plain text',
    };
    add(node, `found ${refused.what}`, refused.fix);
  };

  const checkLink = (node: Extract<Nodes, { type: 'link' }>) => {
    const verdict = judgeLink(node.url);
    if (verdict.kind === 'error') add(node, verdict.message, verdict.fix);
    if (verdict.kind === 'warning') add(node, verdict.message, verdict.fix, 'warning');
  };

  /** Returns the component's name when its children are to be checked too. */
  const checkElement = (
    node: JsxElement,
    parent: Parents | undefined,
    inside: ComponentName | undefined,
  ): ComponentName | undefined => {
    const name = node.name ?? '';
    if (name === '') {
      add(node, 'found a fragment (<>…</>)', 'remove the <> and </> around the text');
      return undefined;
    }
    if (!isComponentName(name)) {
      if (/^[a-z]/.test(name) || /[.:]/.test(name)) {
        add(
          node,
          `found the HTML element <${name}>: a statement file may not contain raw HTML`,
          'write Markdown instead (## heading, - list item, *emphasis*, [link](https://…))',
        );
      } else {
        const { message, fix } = unknownComponent(name);
        add(node, message, fix);
      }
      return undefined;
    }
    const spec: (typeof COMPONENTS)[ComponentName] = COMPONENTS[name];
    if ('generalOnly' in spec && spec.generalOnly && context.part !== 'general') {
      add(
        node,
        `<${name} /> may only stand in the sections for everyone (content/general/)`,
        'remove it from this file',
      );
    }
    if (inside && COMPONENTS[inside].content === 'text' && spec.content === 'text') {
      add(
        node,
        `<${name}> inside <${inside}>: marks may not be nested`,
        `close <${inside}> before <${name}> starts, or mark the words once`,
      );
    }
    if (spec.content === 'empty' && node.children.length > 0) {
      add(
        node,
        `<${name}> holds text, but it stands for text of its own`,
        `write it as <${name} /> with nothing inside`,
      );
    }
    if (spec.content === 'text' && node.children.length === 0) {
      add(node, `<${name}> marks no words`, `put the words it marks inside: <${name}>…</${name}>`);
    }
    if (node.type === 'mdxJsxTextElement' && name === 'Audiences') {
      add(node, '<Audiences /> stands inside a sentence', 'put <Audiences /> on a line of its own');
    }
    if (
      parent?.type === 'listItem' &&
      spec.content === 'empty' &&
      name !== 'Email' &&
      name !== 'Phone'
    ) {
      add(node, `<${name} /> inside a list item`, 'put it on a line of its own, outside the list');
    }
    return checkAttributes(node, name, wordsBefore(node, parent)) ? name : undefined;
  };

  const checkAttributes = (node: JsxElement, name: ComponentName, before: string): boolean => {
    const values: Record<string, unknown> = {};
    let literal = true;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        add(
          attribute as unknown as Nodes,
          `<${name}> has an attribute written as code ({${attribute.value}})`,
          `write attributes as name="text"`,
        );
        literal = false;
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        add(
          attribute as unknown as Nodes,
          `<${name}> has the attribute ${attribute.name}={…} written as code`,
          `write it as ${attribute.name}="text"`,
        );
        literal = false;
      } else {
        values[attribute.name] = attribute.value ?? true;
      }
    }
    if (!literal) return true;
    const result = COMPONENTS[name].attributes(values, context.site).safeParse(values);
    if (!result.success) {
      add(
        node,
        `<${name}> attributes: ${describeIssues(result.error.issues, values).join('; ')}`,
        `see docs/editing.md, "What a statement file may contain"; <${name}>: ${COMPONENTS[name].help}`,
      );
    } else if (name === 'Retention' && context.intl) {
      const mismatch = retentionMismatch(
        toString(node),
        retentionFactOf(values),
        context.intl,
        before,
      );
      if (mismatch) add(node, mismatch.message, mismatch.fix);
    }
    return true;
  };

  visit(tree, undefined, undefined);
  return problems;
}
