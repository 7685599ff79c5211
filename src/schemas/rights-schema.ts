/**
 * The rights of the GDPR (articles 7, 15–22 and 77) a statement may name with <Right kind="...">.
 * A statement that names rectification and erasure in one sentence uses rectification-erasure.
 */
export const RIGHT_KINDS = [
  'access',
  'rectification',
  'erasure',
  'rectification-erasure',
  'restriction',
  'portability',
  'objection',
  'objection-direct-marketing',
  'automated-decisions',
  'withdraw-consent',
  'complaint',
] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];

/** Rights exercised by writing to the organisation; a complaint goes to the supervisory authority. */
export type RequestRight = Exclude<RightKind, 'complaint'>;
