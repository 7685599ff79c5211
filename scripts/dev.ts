// npm run dev: the live preview of the content, drafts included, at http://localhost:4321/.
// Astro's own chatter (update notices, telemetry) is off: the terminal is for the content's report.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const child = spawn(
  process.execPath,
  [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'dev', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_DEV_BACKGROUND: '0',
      ASTRO_DISABLE_UPDATE_CHECK: 'true',
      ASTRO_TELEMETRY_DISABLED: '1',
      PRIVACY_STATEMENT_DRAFTS: 'show',
    },
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
