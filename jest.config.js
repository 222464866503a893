/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Tests assert behaviour, not speed (that is `npm run bench`): CLI and property tests that take a
  // second alone may take several on a busy two-core machine.
  testTimeout: 20_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', isolatedModules: true } }],
    '^.+\\.txt$': '<rootDir>/test/textTransform.js',
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependency breaks under jest (TOOLCHAIN.md).
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
};
