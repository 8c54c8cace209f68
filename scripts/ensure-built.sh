#!/usr/bin/env bash
# Compiles only when dist/ is out of date, so that `npm install && npm test` (what CI runs)
# compiles once: build.sh runs when there is no finished build, when a source or tsconfig.json is
# newer than the build, when a source has no compiled file, or when a compiled file has lost its
# source (a deleted test must never run). Says why it rebuilds; silent when dist/ is current.
set -euo pipefail
cd "$(dirname "$0")/.."

reason=""
sources() { find server scripts test -name '*.ts' ! -name '*.d.ts'; }
if [ ! -f dist/.built ]; then
  reason="no finished build in dist/"
elif newer="$(find server scripts test tsconfig.json -newer dist/.built \( -name '*.ts' -o -name 'tsconfig*.json' \) -print -quit)"; [ -n "$newer" ]; then
  reason="$newer changed since the last build"
else
  while IFS= read -r ts; do
    if [ ! -f "dist/${ts%.ts}.js" ]; then reason="$ts has never been compiled"; break; fi
  done < <(sources)
  if [ -z "$reason" ]; then
    while IFS= read -r js; do
      rel="${js#dist/}"
      if [ ! -f "${rel%.js}.ts" ]; then reason="$js has no source any more"; break; fi
    done < <(find dist -name '*.js')
  fi
fi

if [ -n "$reason" ]; then
  echo "mizan: rebuilding dist/ ($reason)" >&2
  exec bash scripts/build.sh
fi
