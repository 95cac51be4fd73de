// ESM + TypeScript under jest: @swc/jest strips types and keeps ES modules; jest runs them with
// NODE_OPTIONS=--experimental-vm-modules (set in the npm scripts), which also lets tests import
// ESM-only packages such as unified/remark. Type-checking is a separate step (`tsc --noEmit`).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
};
