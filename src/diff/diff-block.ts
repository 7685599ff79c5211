/**
 * What the diff reads of a block: its kind, its words and the section it falls under (the content
 * model's Block is one). The changes hold the blocks they were given, so a caller gets its own back.
 */
export interface DiffBlock {
  kind: string;
  depth?: number;
  name?: string;
  text: string;
  section: string;
  /** The language of its words, when a page shows some parts in another language. */
  lang?: string;
}
