#!/usr/bin/env bash
# Regenerates the edited versions of the seed used by the diff fixtures (DiffFixtureTests).
# Each edit is one change an analyst would make to the text; run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seed="$here/../../../seeds/000_09d0b328bf90c93b.txt"
# 1. A paragraph removed: the one on the party leadership's unanimity about Locarno.
python3 - "$seed" "$here/paragraph-removed.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
paras = text.split('\n\n')
kept = [p for p in paras if not p.startswith('Regarding the Locarno Treaties, there was considerable unanimity')]
assert len(kept) == len(paras) - 1
open(sys.argv[2], 'w', encoding='utf-8').write('\n\n'.join(kept))
PY
# 2. A claim reworded.
sed 's/Chicherin maintained that world politics were in flux,/Chicherin maintained that world politics were in constant flux,/' "$seed" > "$here/claim-reworded.txt"
# 3. A claim given to another actor.
sed 's/Chicherin concluded that, so far as/Litvinov concluded that, so far as/' "$seed" > "$here/claim-reattributed.txt"
# 4. A conflict turned into an agreement.
sed "s/Chicherin's views differed sharply from those of Stalin/Chicherin's views agreed with those of Stalin/" "$seed" > "$here/conflict-to-agreement.txt"
# 5. A paragraph added.
{ cat "$seed"; printf '\n\nTrotsky argued that the Locarno treaties were a prelude to a new war against the USSR. Bukharin rejected this view.\n'; } > "$here/paragraph-added.txt"
for f in paragraph-removed claim-reworded claim-reattributed conflict-to-agreement paragraph-added; do
  cmp -s "$seed" "$here/$f.txt" && { echo "edit $f changed nothing" >&2; exit 1; }
done
echo "Tests/Fixtures/diff: 5 edited versions of the seed"
