// ESM + TypeScript under jest: @swc/jest strips types and keeps ES modules; jest runs them with
// NODE_OPTIONS=--experimental-vm-modules (set in the npm scripts), which also lets tests import
// ESM-only packages such as unified/remark. Type-checking is a separate step (`tsc --noEmit`).
//
// Two projects: `unit` (pure code and adapters over real corpus files, no engine) and
// `integration` (real Meilisearch holding the real corpus, real HTTP, real browser). The shared
// engine of `integration` is started and ingested once, only when one of its suites runs.
const common = {
  testEnvironment: 'node',
  testTimeout: 60000,
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/adapters/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.mjs',
    },
  ],
};
