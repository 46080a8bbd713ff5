#!/usr/bin/env python3
"""Crash hunt for the extractor: runs `argmap extract` on random slices of the seed texts
(cut anywhere, some opened or closed with a stray quotation mark, some with full stops
removed) and reports every run that crashes instead of writing a map or exiting with 2.
Crashing inputs are written to OUTDIR (default /tmp/argmap-smoke); keep them in
Tests/Fixtures/fuzz/fuzz-extract/ once fixed.
usage: slices.py ARGMAP_BINARY [COUNT] [SEED] [OUTDIR]"""
import glob, os, random, subprocess, sys, tempfile

binary = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
outdir = sys.argv[4] if len(sys.argv) > 4 else '/tmp/argmap-smoke'
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
texts = [open(f, encoding='utf-8').read() for f in sorted(glob.glob(os.path.join(root, 'seeds', '*.txt')))]
os.makedirs(outdir, exist_ok=True)
crashes = 0
with tempfile.TemporaryDirectory() as tmp:
    src, dst = os.path.join(tmp, 'slice.txt'), os.path.join(tmp, 'slice.json')
    for i in range(count):
        t = random.choice(texts)
        a = random.randrange(len(t))
        s = t[a:min(len(t), a + random.randrange(1, 1500))]
        r = random.random()
        if r < 0.2: s = '"' + s
        elif r < 0.3: s = s + ' "'
        elif r < 0.4: s = s.replace('.', '', 3)
        elif r < 0.5: s = '\u201c' + s.replace(' ', '\u201d ', 2)
        open(src, 'w', encoding='utf-8').write(s)
        p = subprocess.run([binary, 'extract', src, '-o', dst], capture_output=True, text=True)
        if p.returncode not in (0, 2):
            crashes += 1
            with open(os.path.join(outdir, f'crash-{crashes}.txt'), 'w', encoding='utf-8') as f: f.write(s)
            print('crash', p.returncode, (p.stderr.strip().splitlines() or [''])[0], flush=True)
print(f'{count} slices, {crashes} crashes', flush=True)
sys.exit(1 if crashes else 0)
