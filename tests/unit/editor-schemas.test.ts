import { describe, expect, it } from 'vitest';
import { staleSchemas } from '../../src/schemas/editor-schemas.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

describe('the editor schemas in docs/schemas', () => {
  it('match the zod schemas they are generated from', () => {
    expect(staleSchemas(PROJECT_ROOT)).toEqual([]);
  });
});
