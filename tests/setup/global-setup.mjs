// jest loads globalSetup outside its module mapper, so `.js` imports of TypeScript files would not
// resolve: load the TypeScript setup through tsx instead (same for teardown).
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup(globalConfig, projectConfig) {
  const mod = await tsImport('./global-setup.ts', import.meta.url);
  await mod.default(globalConfig, projectConfig);
}
