/** The rights a reader can use, in the order the statement lists them. */
export const RIGHT_KINDS = [
  'access',
  'rectification-erasure',
  'restriction',
  'portability',
  'objection',
  'objection-direct-marketing',
  'automated-decisions',
  'complaint',
] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];

/** Rights exercised by writing to the organisation; a complaint goes to the supervisory authority. */
export type RequestRight = Exclude<RightKind, 'complaint'>;
