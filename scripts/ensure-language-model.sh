#!/usr/bin/env bash
# Installs Debian's pocketsphinx-en-us (CMU's US-English trigram model, BSD-2) when it is missing
# and the machine can install it, then builds the compact model the real-word check reads
# (data/en-us-trigram.mzlm, about 22 MB, by dist/scripts/build-language-model.js; nothing to do
# when it is up to date). mizan works without it (the check keeps to its rules), so this never
# fails: it says what it could not do and carries on.
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
model=/usr/share/pocketsphinx/model/en-us/en-us.lm.bin
if [ ! -f "$model" ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; fi
  fi
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "mizan: installing pocketsphinx-en-us (English language model) ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    { $sudo apt-get install -y -qq --no-install-recommends pocketsphinx-en-us || { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends pocketsphinx-en-us; }; } >/dev/null 2>&1
  fi
fi
if [ ! -f "$model" ]; then
  echo "mizan: pocketsphinx-en-us not installed; the real-word check uses its rules only." >&2
  exit 0
fi
if [ -f "$root/dist/scripts/build-language-model.js" ]; then
  node "$root/dist/scripts/build-language-model.js" || echo "mizan: could not build the language model; the real-word check uses its rules only." >&2
else
  echo "mizan: not built yet (npm run build); the language model is made on the next start." >&2
fi
exit 0
