#!/usr/bin/env python3
"""Turns the hand-written annotations of the real-text held-out set into gold files with offsets.

usage: python3 core/src/test/resources/heldout/realtext/locate.py
Reads documents.tsv (id, file under core/src/test/resources/realtext, last line scored), the texts (plain
text, which TikaDocumentParser keeps verbatim) and annotations/, and writes gold/{regions,orgs,policies}/<id>.tsv.
Region and policy annotations use the syntax of gold/entities (see its README). Organization tokens add
`^kind` and optionally `^parent`: `surface[@context][=Name]^kind[^parent]`. Every mention is printed
with its context so it can be checked by eye.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, '..', '..')
spec = importlib.util.spec_from_file_location('entities_locate', os.path.join(RESOURCES, 'gold', 'entities', 'locate.py'))
entities = importlib.util.module_from_spec(spec)
spec.loader.exec_module(entities)


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as out:
        out.write(header + '\n')
        for r in rows:
            out.write('\t'.join(str(x) for x in r) + '\n')


def split_orgs(path, tmp):
    """Strips ^kind^parent from each token (same order as the located rows) and returns [(kind, parent)]."""
    extra, lines = [], []
    for raw in open(path, encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#'):
            lines.append(raw)
            continue
        head, _, tokens = raw.partition(':')
        kept = []
        for token in tokens.split():
            parts = token.split('^')
            if len(parts) < 2:
                sys.exit('%s: %r has no ^kind' % (path, token))
            kept.append(parts[0])
            extra.append((parts[1], parts[2] if len(parts) > 2 else ''))
        lines.append(head + ': ' + ' '.join(kept))
    with open(tmp, 'w', encoding='utf-8') as out:
        out.write('\n'.join(lines) + '\n')
    return extra


def main():
    ann = os.path.join(HERE, 'annotations')
    for line in open(os.path.join(HERE, 'documents.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        doc, name, _ = line.rstrip('\n').split('\t')
        text = open(os.path.join(RESOURCES, 'realtext', name), encoding='utf-8').read()
        rows = entities.locate(text, os.path.join(ann, doc + '.regions.txt'), entities.defaults('region'))
        write(os.path.join(HERE, 'gold', 'regions', doc + '.tsv'), '# start\tend\tsurface\tname', rows)
        tmp = os.path.join(HERE, '.orgs.tmp')
        extra = split_orgs(os.path.join(ann, doc + '.orgs.txt'), tmp)
        rows = entities.locate(text, tmp, entities.defaults('org'))
        os.remove(tmp)
        if len(rows) != len(extra):
            sys.exit('%s: a multi-name organization token; give one name' % doc)
        rows = [r + e for r, e in zip(rows, extra)]
        write(os.path.join(HERE, 'gold', 'orgs', doc + '.tsv'), '# start\tend\tsurface\tname\tkind\tparent', rows)
        rows = entities.locate_policies(text, os.path.join(ann, doc + '.policies.tsv'))
        write(os.path.join(HERE, 'gold', 'policies', doc + '.tsv'),
              '# start\tend\tsurface\ttitle\tkind\tisPolicy\tissuer\tdate', rows)


if __name__ == '__main__':
    main()
