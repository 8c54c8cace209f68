#!/usr/bin/env bash
# Installs Debian's English–Arabic FreeDict dictionary (dict-freedict-eng-ara, GPL-2+), which the
# aligner uses as a further signal, when it is missing and the machine can install it. mizan works
# without it, so this never fails the start: it says what it could not do and carries on.
set -u
# The English language model for the real-word check (its own script; never fails the start).
bash "$(dirname "$0")/ensure-language-model.sh"
[ -f /usr/share/dictd/freedict-eng-ara.dict.dz ] && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "mizan: dict-freedict-eng-ara not installed; aligning without the dictionary." >&2; exit 0; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
    echo "mizan: install dict-freedict-eng-ara (apt-get) for better alignment; aligning without it for now." >&2
    exit 0
  fi
fi
echo "mizan: installing dict-freedict-eng-ara (English–Arabic dictionary) ..." >&2
export DEBIAN_FRONTEND=noninteractive
{ $sudo apt-get update -qq && $sudo apt-get install -y -qq dict-freedict-eng-ara; } >/dev/null 2>&1 \
  || echo "mizan: could not install dict-freedict-eng-ara; aligning without it." >&2
exit 0
