import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/components/json-script.ts';

describe('jsonForScript', () => {
  it('cannot end its <script> element early, and reads back the same', () => {
    const value = { name: 'A </script><script>alert(1)</script> & B', line: 'x\u2028y' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });
});
