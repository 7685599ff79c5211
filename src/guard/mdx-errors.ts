import { closestName } from '../problems/suggest.ts';
import { COMPONENTS, isComponentName } from '../schemas/components-schema.ts';

/**
 * The MDX parser's failures in an editor's words. The parser speaks of `paragraph`, `strong` and
 * "expected a character that can start a name"; an office worker needs to know which tag, where,
 * and what to type. Each rule reads the parser's message and the line it points at.
 */

/** What the parser said and where. */
export interface MdxFailure {
  line: number;
  column: number;
  reason: string;
}

/** The problem as the report shows it, and where, when that is not where the parser stopped. */
export interface Explained {
  message: string;
  fix: string;
  line?: number;
  column?: number;
}

/** How the parser names the places a tag must close in, in an editor's words. */
const CONTAINERS: Record<string, string> = {
  paragraph: 'its paragraph',
  strong: 'the bold text (**…**) it is in',
  emphasis: 'the italic text (*…*) it is in',
  listItem: 'its list item',
  heading: 'its heading',
  link: 'the link it is in',
};

/** The words of the text after a place, as a reader would recognise them. */
function wordsAfter(text: string, line: number, column: number, count = 8): string {
  const rest = text.split(/\r?\n/)[line - 1]?.slice(column - 1) ?? '';
  const words = rest
    .replace(/<[^>]*>/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

const SELF_CLOSING = Object.entries(COMPONENTS)
  .filter(([, spec]) => spec.content === 'empty')
  .map(([name]) => name);

const RULES: {
  pattern: RegExp;
  explain: (match: RegExpExecArray, failure: MdxFailure, text: string) => Explained;
}[] = [
  {
    // <Purpose> opened and not closed before its paragraph (or bold text, list item…) ends.
    pattern:
      /^Expected a closing tag for `<(\w*)>` \((\d+):(\d+)-\d+:(\d+)\) before the end of `(\w+)`/,
    explain: ([, name = '', line = '1', start = '1', end, container = ''], _failure, text) => {
      const place = { line: Number(line), column: Number(start) };
      if (SELF_CLOSING.includes(name)) {
        return {
          ...place,
          message: `<${name}> is written without its closing slash`,
          fix: `write <${name} /> (it stands alone: it has no closing tag)`,
        };
      }
      // "6 maanden<Retention>." after "<Retention period=…>": the closing tag without its slash.
      const lineText = text.split(/\r?\n/)[place.line - 1] ?? '';
      const tag = lineText.slice(place.column - 1, Number(end) - 1);
      if (tag === `<${name}>` && lineText.slice(0, place.column - 1).includes(`<${name}`)) {
        return {
          ...place,
          message: `<${name}> on line ${line} opens a second mark where the first was to be closed`,
          fix: `write </${name}> (with a slash) to close the mark`,
        };
      }
      const where = CONTAINERS[container] ?? `the ${container} it is in`;
      const words = wordsAfter(text, Number(line), Number(end));
      return {
        ...place,
        message: `<${name}> is opened on line ${line} but not closed before the end of ${where}`,
        fix: `add </${name}> right after the words it marks${words ? `, in "${words}"` : ''}`,
      };
    },
  },
  {
    // </Purpse> where </Purpose> was expected, or two marks that overlap.
    pattern:
      /^Unexpected closing tag `<\/(\w*)>`, expected corresponding closing tag for `<(\w*)>` \((\d+):/,
    explain: ([, closing = '', open = '', line]) =>
      closestName(closing, [open]) === open
        ? {
            message: `</${closing}> does not close <${open}> (line ${line}): the names differ`,
            fix: `write </${open}>`,
          }
        : {
            message: `</${closing}> comes before <${open}> (line ${line}) is closed: marks may not overlap or be nested`,
            fix: `close <${open}> first, or move the marks apart so that each closes before the next opens`,
          },
  },
  {
    pattern: /^Unexpected closing slash `\/` in tag, expected an open tag first/,
    explain: (_match, { line, column }, text) => {
      // The parser points at the slash or just after it: the tag starts at the last < before.
      const whole = text.split(/\r?\n/)[line - 1] ?? '';
      const start = whole.lastIndexOf('<', column);
      const name = start === -1 ? undefined : /^<\/(\w*)/.exec(whole.slice(start))?.[1];
      return {
        message: `</${name ?? '…'}> closes a tag that was never opened`,
        fix: name
          ? `add <${name}> before the words it marks, or remove </${name}>`
          : 'remove the closing tag, or add its opening tag before the words it marks',
      };
    },
  },
  {
    pattern: /to create a comment in MDX/,
    explain: () => ({
      message: 'an HTML comment (<!-- … -->): a statement file holds only the text readers read',
      fix: 'remove the comment (notes for editors belong in the commit message)',
    }),
  },
  {
    pattern: /in expression|expected a corresponding closing brace|Could not parse expression/,
    explain: () => ({
      message: 'a { in the text starts code, which a statement file may not contain',
      fix: 'write \\{ for a brace that is part of the text, or remove it',
    }),
  },
  {
    pattern: /in attribute value, expected a corresponding closing quote/,
    explain: () => ({
      message: 'an attribute value has no closing quote',
      fix: 'close the quote: period="P6M"',
    }),
  },
  {
    pattern: /before attribute value, expected a character that can start an attribute value/,
    explain: () => ({
      message: 'an attribute value is not in quotes',
      fix: 'put the value in double quotes: period="P6M"',
    }),
  },
  {
    pattern: /^Unexpected end of file (in|after|before) (member name|name|attribute)/,
    explain: () => ({
      message: 'a tag is started with < but never finished with >',
      fix: 'finish the tag: <Purpose>…</Purpose>, or <Email /> for one that stands alone',
    }),
  },
  {
    pattern: /^Unexpected character `(.+)` \(U\+[0-9A-F]+\) before name/,
    explain: ([, character]) => ({
      message: `a < followed by "${character}" reads as the start of a tag`,
      fix: 'write &lt; for a less-than sign in the text, or write the tag in full',
    }),
  },
];

/** The parser's failure as a problem an editor can act on; its own words, quoted, where no rule knows it. */
export function explainMdxFailure(failure: MdxFailure, text: string): Explained {
  for (const rule of RULES) {
    const match = rule.pattern.exec(failure.reason);
    if (match) return rule.explain(match, failure, text);
  }
  return {
    message: `the text cannot be read as MDX here (the parser says: "${failure.reason}")`,
    fix: 'look for a tag left open (<Email> instead of <Email />), or a { or < that should be written as \\{ or &lt;',
  };
}

/** "unknown component <Purpse>": with the closest name, and every name the editor may use. */
export function unknownComponent(name: string): Explained {
  const known = Object.keys(COMPONENTS);
  const suggestion = closestName(name, known);
  const list = known.map((candidate) => `<${candidate}>`).join(', ');
  if (suggestion && isComponentName(suggestion)) {
    return {
      message: `unknown component <${name}>: did you mean <${suggestion}>?`,
      fix: `write <${suggestion}> (${COMPONENTS[suggestion].help}); the components are ${list}`,
    };
  }
  return {
    message: `unknown component <${name}>`,
    fix: `use one of ${list} (docs/editing.md, "What a statement file may contain")`,
  };
}
