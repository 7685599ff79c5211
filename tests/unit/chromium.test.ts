import { describe, expect, it } from 'vitest';
import { findChromium } from '../harness/chromium.ts';

describe('finding a Chromium', () => {
  it('names a CHROME_PATH that is not a program, and says what to do', async () => {
    await expect(findChromium({ CHROME_PATH: '/nowhere/chrome' })).rejects.toThrow(
      'CHROME_PATH is set to /nowhere/chrome, which is not an executable file. Point it at Chrome or Chromium, or unset it.',
    );
  });

  it('answers for the CHROME_PATH it is given, not with the first answer it gave', async () => {
    await expect(findChromium({ CHROME_PATH: '/nowhere/chrome' })).rejects.toThrow();
    // Any executable file stands in for a browser: findChromium checks the path, it does not start it.
    await expect(findChromium({ CHROME_PATH: '/bin/sh' })).resolves.toEqual({
      path: '/bin/sh',
      source: 'CHROME_PATH',
    });
  });
});
