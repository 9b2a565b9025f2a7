#!/usr/bin/env python3
"""Turns the hand-written held-out annotations into gold files with offsets.

usage: python3 core/src/test/resources/heldout/locate.py
Reads reports/<id>_*.txt (plain text, which TikaDocumentParser keeps verbatim; HeldOutScoreTest checks
every offset against the live parser) and annotations/, and writes gold/{regions,orgs,policies}/<id>.tsv,
gold/figures/<id>.tsv and gold/negatives.tsv in the formats of core/src/test/resources/gold.
Entity annotations use the syntax of gold/entities (see its README and locate.py, whose functions
are reused); figure and negative drafts use the syntax of gold/figures/draft-*.psv. The files are
short enough that char offsets equal UTF-16 offsets (no characters outside the BMP).
"""
import glob
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')


def module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


entities = module(os.path.join(GOLD, 'entities', 'locate.py'), 'entities_locate')
FIGURE_COLS = ['start', 'end', 'surface', 'value', 'unit', 'normalizedValue', 'normalizedUnit', 'kind',
               'qualifier', 'low', 'high', 'subject', 'indicator', 'year', 'source']


def anchored(text, anchor, surface, where):
    at = text.find(anchor)
    if at < 0 or text.find(anchor, at + 1) >= 0:
        raise SystemExit('%s: anchor %r found %d times' % (where, anchor, text.count(anchor)))
    if surface not in anchor:
        raise SystemExit('%s: surface %r not in anchor' % (where, surface))
    return at + anchor.index(surface)


def figure_rows(texts, lines):
    """gold/figures/draft-text.psv syntax: seed|anchor|surface|value|unit|nv|nu|kind|qualifier|subject|indicator|year|low|high."""
    rows = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith('#'):
            continue
        f = line.rstrip('\n').split('|') + [''] * 14
        seed, anchor, surface, value, unit, nv, nu, kind, qual, subj, ind, year, low, high = f[:14]
        s = anchored(texts[seed], anchor, surface, 'figures line %d' % n)
        source = 'table' if '\t' in anchor else 'text'
        rows.setdefault(seed, []).append([s, s + len(surface), surface, value, unit, nv, nu, kind, qual,
                                          low or value, high or value, subj, ind, year, source])
    return rows


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as out:
        out.write(header + '\n')
        for r in rows:
            out.write('\t'.join(str(x) for x in r) + '\n')


def main():
    texts = {}
    for f in sorted(glob.glob(os.path.join(HERE, 'reports', '*.txt'))):
        texts[os.path.basename(f)[:3]] = open(f, encoding='utf-8').read()
    ann = os.path.join(HERE, 'annotations')
    for seed, text in texts.items():
        for kind in ('regions', 'orgs'):
            names = entities.defaults(kind[:-1])
            rows = entities.locate(text, os.path.join(ann, seed + '.' + kind + '.txt'), names)
            write(os.path.join(HERE, 'gold', kind, seed + '.tsv'), '# start\tend\tsurface\tname', rows)
        rows = entities.locate_policies(text, os.path.join(ann, seed + '.policies.tsv'))
        write(os.path.join(HERE, 'gold', 'policies', seed + '.tsv'),
              '# start\tend\tsurface\ttitle\tkind\tisPolicy\tissuer\tdate', rows)
    draft = open(os.path.join(ann, 'figures.psv'), encoding='utf-8').read().split('\n')
    by_seed = figure_rows(texts, draft)
    for seed in texts:
        rows = sorted(by_seed.get(seed, []), key=lambda r: r[0])
        for r in rows:
            print('%s %6d %-16s %s %s %s' % (seed, r[0], r[2], r[6], r[11], r[13]))
        write(os.path.join(HERE, 'gold', 'figures', seed + '.tsv'), '\t'.join(FIGURE_COLS), rows)
    negatives = []
    for n, line in enumerate(open(os.path.join(ann, 'negatives.psv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        seed, anchor, surface, reason = line.split('|')
        s = anchored(texts[seed], anchor, surface, 'negatives line %d' % n)
        negatives.append((seed, s, s + len(surface), surface, reason))
    write(os.path.join(HERE, 'gold', 'negatives.tsv'), 'seed\tstart\tend\tsurface\treason', negatives)


if __name__ == '__main__':
    main()
