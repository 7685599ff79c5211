// A built page's elements read straight from its tags, in one pass of parse5's tokenizer, without
// building its tree: the output scan judges every page of a large site this way (output-scan.ts),
// at a third of the cost of a full parse. For a page that holds none of the elements below, the
// tree a full parse builds (hast-util-from-html) has exactly the elements of its start tags, with
// their attributes, plus elements the parser adds without attributes (html, head, body, tbody) and
// copies of formatting elements with the same attributes.
import type { Element } from 'hast';
import { h } from 'hastscript';
import { Tokenizer, TokenizerMode } from 'parse5';

/**
 * Elements after whose start tag the tree builder makes the tokenizer read text, and how; it does
 * so for these in every insertion mode of a page without the elements of NEEDS_TREE.
 */
const TEXT_MODES = new Map<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]>([
  ['script', TokenizerMode.SCRIPT_DATA],
  ['style', TokenizerMode.RAWTEXT],
  ['title', TokenizerMode.RCDATA],
  ['textarea', TokenizerMode.RCDATA],
]);

/**
 * Elements whose tags do not tell the tree: foreign content (svg, math), template contents, text
 * elements whose reading depends on the tree (noscript, noembed, noframes, xmp, iframe,
 * plaintext), frames, a select (it ignores most start tags within it) and <image> (parsed as <img>).
 */
const NEEDS_TREE = new Set([
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'iframe',
  'plaintext',
  'frameset',
  'frame',
  'select',
  'image',
]);

/** Elements of tags without attributes, by name (accept is given the same one each time). */
const bareElements = new Map<string, Element>();

/** Attribute names hast-util-from-parse5 leaves out (they would overwrite an object's own). */
const PROTOTYPE = Object.prototype;

/**
 * True when `accept` accepts every element of the page, each made as hast-util-from-html makes it
 * (hastscript's h, with its attributes; a script or style with its text; `accept` must not change
 * it); false when it refuses one
 * (reading stops there) or when the page holds an element whose tree its tags do not tell (then
 * only a full parse knows its elements). True therefore promises that a full parse would give
 * `accept` nothing it refuses.
 */
export function acceptsEveryTag(html: string, accept: (element: Element) => boolean): boolean {
  let accepted = true;
  // The element whose text the tokenizer is reading (script, style, title, textarea).
  let open: { element: Element; text: string } | undefined;
  const close = () => {
    if (!open) return;
    open.element.children = open.text ? [{ type: 'text', value: open.text }] : [];
    if (!accept(open.element)) stop();
    open = undefined;
  };
  const stop = () => {
    accepted = false;
    tokenizer.pause();
  };
  const text = (token: { chars: string }) => {
    if (open) open.text += token.chars;
  };
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(token) {
        close();
        if (NEEDS_TREE.has(token.tagName)) return stop();
        const mode = TEXT_MODES.get(token.tagName);
        if (mode === undefined && token.attrs.length === 0) {
          // Most tags have no attributes: one element per name serves them all.
          let bare = bareElements.get(token.tagName);
          if (!bare) bareElements.set(token.tagName, (bare = h(token.tagName, {}, [])));
          if (!accept(bare)) stop();
          return;
        }
        const properties: Record<string, string> = {};
        for (const attribute of token.attrs) {
          const name = (attribute.prefix ? `${attribute.prefix}:` : '') + attribute.name;
          if (!Object.hasOwn(PROTOTYPE, name)) properties[name] = attribute.value;
        }
        const element = h(token.tagName, properties, []);
        if (mode === undefined) {
          if (!accept(element)) stop();
          return;
        }
        // Its text is part of what is judged: the element is judged at its end tag.
        tokenizer.state = mode;
        open = { element, text: '' };
      },
      onEndTag: close,
      onEof: close,
      onCharacter: text,
      onWhitespaceCharacter: text,
      onNullCharacter: text,
      onComment() {},
      onDoctype() {},
    },
  );
  tokenizer.write(html, true);
  return accepted;
}
