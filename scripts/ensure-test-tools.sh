#!/usr/bin/env bash
# Installs what the test suite needs from Debian's packages when it is missing: the English–Arabic
# dictionary the aligner uses (dict-freedict-eng-ara), the Arabic spelling dictionary (hunspell-ar),
# Chromium for browser tests, xmllint for schema checks and Translate Toolkit (with Debian's
# python3) to read exports back. Run by `npm test` before the tests; does nothing when everything
# is present.
set -euo pipefail

missing=()
[ -f /usr/share/dictd/freedict-eng-ara.dict.dz ] || missing+=(dict-freedict-eng-ara)
[ -f /usr/share/hunspell/ar.dic ] || missing+=(hunspell-ar)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
/usr/bin/python3 -c "import translate" >/dev/null 2>&1 || missing+=(translate-toolkit)

# The English language model the real-word tests read (installed and built by its own script).
bash "$(dirname "$0")/ensure-language-model.sh"

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "mizan tests need: ${missing[*]} (Debian packages); install them and run the tests again." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "mizan tests need: ${missing[*]}; run as root or install them with apt-get." >&2
    exit 1
  fi
fi

echo "Installing test tools: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
