/**
 * The fast lane, `npm run test:unit`: the tests of the domain, the i18n helpers, the importers,
 * the jobs' plumbing, the services, the store and the web helpers, on temporary files, in one
 * process, in well under 20 s. What it leaves to the full run (`npm test`, what CI runs): the
 * browser, every test with a server or a command in a child process (routes, cli, scripts,
 * config), the fuzzers, and the tests that time big inputs (benchmarks in small), named below.
 */
module.exports = {
  spec: [
    "dist/test/conventions.test.js",
    "dist/test/helpers/**/*.test.js",
    "dist/test/domain/**/*.test.js",
    "dist/test/i18n/**/*.test.js",
    "dist/test/import/**/*.test.js",
    "dist/test/jobs/**/*.test.js",
    "dist/test/services/**/*.test.js",
    "dist/test/store/**/*.test.js",
    "dist/test/web/**/*.test.js",
  ],
  ignore: [
    "dist/test/domain/checks/bounded-checks.test.js", // every check timed on 100K-character inputs
    "dist/test/import/fuzz-importers.test.js", // thousands of generated and oversized files
    "dist/test/jobs/heavy-input.test.js", // oversized inputs through worker threads and a server
    "dist/test/services/export-corpus.test.js", // xmllint and Translate Toolkit (python) per case
  ],
  // Single tests of fast files that time big inputs or generate thousands of them.
  grep: /unpack to far more than any article|stays fast on 100,000 characters|never crashes on 10,000 generated inputs/u,
  invert: true,
};
