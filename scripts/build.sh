#!/usr/bin/env bash
# Builds dist/ from nothing: removes it, then compiles every TypeScript source (strict) with tsc.
# Starting empty is what keeps the build honest: a deleted or renamed source (a test above all)
# leaves no compiled copy behind to keep running. On success it leaves dist/.built, dated when the
# compilation began, which ensure-built.sh compares the sources with. Run by `npm install`
# (prepare), `npm run build`, and by `npm test` / `npm start` when dist/ is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist
mkdir dist
touch dist/.building
npx --no-install tsc -p tsconfig.json
# The page script (server/page/): the same strict options with the DOM library, ES modules for the
# browser; into dist/server/page/, which the server serves as /assets/js/.
npx --no-install tsc -p server/page/tsconfig.json
mv dist/.building dist/.built
