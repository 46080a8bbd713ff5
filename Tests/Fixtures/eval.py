#!/usr/bin/env python3
"""Prints score.py's figures for every seeds/NAME.txt that has Tests/Fixtures/gold/NAME.gold.json,
and the mean. usage: eval.py ARGMAP_BINARY [--json]"""
import json, os, subprocess, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
binary = sys.argv[1]
rows = []
with tempfile.TemporaryDirectory() as tmp:
    for gold in sorted(os.listdir(os.path.join(here, 'gold'))):
        if not gold.endswith('.gold.json'):
            continue
        name = gold[:-len('.gold.json')]
        txt = os.path.join(root, 'seeds', name + '.txt')
        if not os.path.exists(txt):
            continue
        out = os.path.join(tmp, name + '.json')
        subprocess.run([binary, 'extract', txt, '-o', out], check=True)
        res = json.loads(subprocess.run([sys.executable, os.path.join(here, 'score.py'), out,
                                         os.path.join(here, 'gold', gold), '--json'],
                                        check=True, capture_output=True, text=True).stdout)
        f1 = lambda d: 2 * d['precision'] * d['recall'] / (d['precision'] + d['recall']) if d['precision'] + d['recall'] else 0.0
        rows.append((name, f1(res['actors']), f1(res['positions']), f1(res['relations']), res['score']))
if '--json' in sys.argv:
    print(json.dumps({r[0]: r[4] for r in rows}))
else:
    print(f"{'text':48} {'actorF1':>8} {'posF1':>8} {'relF1':>8} {'score':>8}")
    for r in rows:
        print(f"{r[0]:48} {r[1]:8.3f} {r[2]:8.3f} {r[3]:8.3f} {r[4]:8.3f}")
    if rows:
        print(f"{'mean':48} {sum(r[1] for r in rows)/len(rows):8.3f} {sum(r[2] for r in rows)/len(rows):8.3f} {sum(r[3] for r in rows)/len(rows):8.3f} {sum(r[4] for r in rows)/len(rows):8.3f}")
