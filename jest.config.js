/** ts-jest in native ESM (run with NODE_OPTIONS=--experimental-vm-modules, as `npm test` does). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'test/tsconfig.json' }] },
  setupFiles: ['reflect-metadata', './test/support/worker-env.mjs'],
  globalSetup: './test/support/global-setup.mjs',
  globalTeardown: './test/support/global-teardown.mjs',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // a loaded machine (a build beside the tests) is slow, not wrong: limits catch hangs, not slowness
  testTimeout: 600_000,
  maxWorkers: 2,
};
