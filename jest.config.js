/** Four suites: unit (default `npm test`), browser (Chromium), interop (LibreOffice), corpus (../shared/corpus). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.jest.json' }];
const base = {
  transform: { '^.+\\.tsx?$': tsJest },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
module.exports = {
  projects: [
    { ...base, displayName: 'unit', setupFilesAfterEnv: ['<rootDir>/test/setup/fastCheck.ts'], testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/unit/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
    { ...base, displayName: 'interop', testMatch: ['<rootDir>/test/interop/**/*.test.ts'] },
    { ...base, displayName: 'corpus', testMatch: ['<rootDir>/test/corpus/**/*.test.ts'] },
  ],
};
