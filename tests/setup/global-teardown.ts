import { rmSync } from 'node:fs';
import type { EngineHandle } from '../../server/engine/process.js';

export default async function globalTeardown(): Promise<void> {
  const g = (globalThis as { __LEXATLAS_ENGINE__?: { engine: EngineHandle; dir: string } }).__LEXATLAS_ENGINE__;
  if (!g) return;
  await g.engine.stop();
  rmSync(g.dir, { recursive: true, force: true });
}
