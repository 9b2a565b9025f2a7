#!/usr/bin/env python3
"""Turns the hand-written annotations of the figure held-out set into gold files with offsets.

usage: python3 core/src/test/resources/heldout/figtext/locate.py
Reads documents.tsv (id, file under texts/, date, kind, where the date comes from), the texts (plain text and
Markdown, which TikaDocumentParser keeps verbatim; RealTextFigureScoreTest checks every offset against the live
parser) and annotations/figures.psv and negatives.psv, and writes gold/figures/<id>.tsv and gold/negatives.tsv.
The figure columns are those of core/src/test/resources/gold/figures plus subjectType and yearSource. An anchor
must occur once in its text after the provenance line (line 1, not scored), or end in #N to pick its N-th occurrence. Every row is printed with its context.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIGURE_COLS = ['start', 'end', 'surface', 'value', 'unit', 'normalizedValue', 'normalizedUnit', 'kind',
               'qualifier', 'low', 'high', 'subject', 'indicator', 'year', 'source', 'subjectType', 'yearSource']
SUBJECT_TYPES = {'', 'region', 'region-group', 'organization', 'company', 'sector', 'market', 'programme', 'other'}
YEAR_SOURCES = {'', 'text', 'relative', 'document-date'}
KINDS = {'level', 'share', 'growth', 'change', 'rank', 'multiple', 'count'}
QUALIFIERS = {'exact', 'approx', 'more-than', 'less-than', 'at-least', 'at-most'}


def documents():
    docs = {}
    for line in open(os.path.join(HERE, 'documents.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        docs[f[0]] = open(os.path.join(HERE, 'texts', f[1]), encoding='utf-8').read()
    return docs


def anchored(text, anchor, surface, where):
    m = re.fullmatch(r'(.*)#(\d+)', anchor, re.S)
    nth = 1
    if m and m.group(1):
        anchor, nth = m.group(1), int(m.group(2))
    body = text.index('\n') + 1  # the provenance line is not part of the scored text
    hits = [i for i in range(body, len(text)) if text.startswith(anchor, i)]
    if (not m and len(hits) != 1) or len(hits) < nth:
        sys.exit('%s: anchor %r found %d times' % (where, anchor, len(hits)))
    if surface not in anchor:
        sys.exit('%s: surface %r not in anchor %r' % (where, surface, anchor))
    return hits[nth - 1] + anchor.index(surface)


def check(cond, where, what):
    if not cond:
        sys.exit('%s: %s' % (where, what))


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as out:
        out.write(header + '\n')
        for r in rows:
            out.write('\t'.join(str(x) for x in r) + '\n')


def main():
    texts = documents()
    rows = {doc: [] for doc in texts}
    ann = os.path.join(HERE, 'annotations')
    for n, line in enumerate(open(os.path.join(ann, 'figures.psv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        where = 'figures.psv line %d' % n
        f = line.split('|')
        check(len(f) == 17, where, '%d fields, not 17' % len(f))
        doc, anchor, surface, value, unit, nv, nu, kind, qual, subj, ind, year, low, high, stype, ysource, source = f
        check(kind in KINDS and qual in QUALIFIERS, where, 'kind %r qualifier %r' % (kind, qual))
        check(stype in SUBJECT_TYPES and (stype == '') == (subj == ''), where, 'subjectType %r for %r' % (stype, subj))
        check(ysource in YEAR_SOURCES and (ysource == '') == (year == ''), where, 'yearSource %r for %r' % (ysource, year))
        check(source in ('', 'text', 'table'), where, 'source %r' % source)
        float(value), float(nv), float(low or value), float(high or value)
        s = anchored(texts[doc], anchor, surface, where)
        rows[doc].append([s, s + len(surface), surface, value, unit, nv, nu, kind, qual, low or value, high or value,
                          subj, ind, year, source or 'text', stype, ysource])
    total = 0
    for doc, text in texts.items():
        found = sorted(rows[doc], key=lambda r: r[0])
        for a, b in zip(found, found[1:]):
            check(a[1] <= b[0], doc, 'overlapping gold rows at %d and %d' % (a[0], b[0]))
        for r in found:
            context = text[max(0, r[0] - 8):r[1] + 4].replace('\n', ' ')
            print('%s %5d %-14s %-10s %-14s %s %s  …%s…' % (doc, r[0], r[2], r[6], r[11], r[13], r[16], context))
        total += len(found)
        write(os.path.join(HERE, 'gold', 'figures', doc + '.tsv'), '\t'.join(FIGURE_COLS), found)
    negatives = []
    for n, line in enumerate(open(os.path.join(ann, 'negatives.psv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        doc, anchor, surface, reason = line.split('|')
        s = anchored(texts[doc], anchor, surface, 'negatives.psv line %d' % n)
        negatives.append((doc, s, s + len(surface), surface, reason))
    write(os.path.join(HERE, 'gold', 'negatives.tsv'), 'doc\tstart\tend\tsurface\treason', negatives)
    print('%d texts, %d gold figures, %d negatives' % (len(texts), total, len(negatives)))


if __name__ == '__main__':
    main()
