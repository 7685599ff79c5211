import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, run } from '../helpers/project.ts';

describe('the editor schemas in docs/schemas', () => {
  it('match the zod schemas they are generated from', () => {
    const result = run(process.execPath, ['scripts/json-schemas.ts', '--check'], PROJECT_ROOT);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});
