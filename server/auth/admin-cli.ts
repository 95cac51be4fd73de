/** Entry point of `npm run admin:create` (see admin-create.ts). */
import path from 'node:path';
import { loadConfig } from '../config.js';
import { runAdminCreate } from './admin-create.js';

const config = loadConfig();
// Read here, at the process boundary, and only by this command: a password is not server configuration.
const password = process.env.ADMIN_PASSWORD;
runAdminCreate({
  argv: process.argv.slice(2),
  password: password === '' ? undefined : password,
  defaultDb: path.join(config.DATA_DIR, 'lexatlas.sqlite'),
  input: process.stdin,
  output: process.stdout,
}).then((code) => process.exit(code), (err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
