"""Turns a Jupyter notebook into a playground program: every code cell, in order, after a '# %%' line.

usage: python3 tools/lecture/nb2py.py NOTEBOOK.ipynb > PROGRAM.py
       python3 tools/lecture/nb2py.py --outputs NOTEBOOK.ipynb   (the stored outputs, cell by cell)
"""
import json
import sys


def main(args):
    outputs = args[0] == '--outputs'
    nb = json.load(open(args[-1], encoding='utf-8'))
    cells = [c for c in nb['cells'] if c['cell_type'] == 'code']
    for i, c in enumerate(cells, 1):
        src = ''.join(c['source'])
        if not outputs:
            print('# %%')
            print(src.rstrip('\n'))
            continue
        print(f'### cell {i}: {src.splitlines()[0] if src else ""}')
        for o in c.get('outputs', []):
            if o['output_type'] == 'stream':
                print(''.join(o['text']), end='')
            elif o['output_type'] in ('execute_result', 'display_data'):
                d = o.get('data', {})
                if 'text/plain' in d and not any(k.startswith('image/') for k in d):
                    print(''.join(d['text/plain']))
                else:
                    print('<' + ','.join(sorted(d)) + '>')
            elif o['output_type'] == 'error':
                print('ERROR', o['ename'], o['evalue'])


if __name__ == '__main__':
    main(sys.argv[1:])
