#!/usr/bin/env bash
# Installs Debian's English–Arabic FreeDict dictionary (dict-freedict-eng-ara, GPL-2+), which the
# aligner uses as a further signal and the arabic-spelling check as Arabic usage, and Debian's
# Arabic Hunspell dictionary (hunspell-ar, Ayaspell: GPL-2/LGPL-2.1/MPL-1.1), which the
# arabic-spelling check reads, when they are missing and the
# machine can install them. mizan works without either, so this never fails the start: it says what
# it could not do and carries on.
set -u
# The English language model for the real-word check (its own script; never fails the start).
bash "$(dirname "$0")/ensure-language-model.sh"
missing=()
[ -f /usr/share/dictd/freedict-eng-ara.dict.dz ] || missing+=(dict-freedict-eng-ara)
[ -f /usr/share/hunspell/ar.dic ] || missing+=(hunspell-ar)
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "mizan: ${missing[*]} not installed; aligning and checking Arabic spelling without them." >&2; exit 0; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
    echo "mizan: install ${missing[*]} (apt-get) for better alignment and the Arabic spelling check; going on without them for now." >&2
    exit 0
  fi
fi
echo "mizan: installing ${missing[*]} (English–Arabic dictionary, Arabic spelling dictionary) ..." >&2
export DEBIAN_FRONTEND=noninteractive
{ $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}"; } >/dev/null 2>&1 \
  || echo "mizan: could not install ${missing[*]}; going on without them." >&2
exit 0
