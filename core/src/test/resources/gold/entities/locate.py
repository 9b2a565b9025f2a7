#!/usr/bin/env python3
"""Turns hand-written annotations (annotations/*.txt) into gold files with offsets.

usage: locate.py TEXT_DIR
TEXT_DIR holds <seed>.text, the parsed text of each seed (TikaDocumentParser, as the tests parse it).
Each annotation line is `L<line>: token token ...`, tokens in reading order, where a token is
`surface[@context][=Name1+Name2]`: the next occurrence of surface on that line (inside the next
occurrence of context, when given), with the canonical name(s) given or from *-defaults.tsv.
`_` in a surface stands for a space. Offsets are UTF-16 code units, as Java's String uses.
Every located mention is printed with its context so it can be checked by eye.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def defaults(kind):
    path = os.path.join(HERE, 'annotations', kind + '-defaults.tsv')
    out = {}
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                k, v = line.rstrip('\n').split('\t')
                out[k] = v
    return out


def u16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2


def locate(text, annotation_path, names):
    lines = text.split('\n')
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    rows = []
    for raw in open(annotation_path, encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#'):
            continue
        head, _, tokens = raw.partition(':')
        n = int(head.strip()[1:])
        line, base, cursor = lines[n - 1], starts[n - 1], 0
        for token in tokens.split():
            spec, _, given = token.partition('=')
            surface, _, context = spec.partition('@')
            surface = surface.replace('_', ' ')
            context = context.replace('_', ' ')
            if context:
                c, pos = line.find(context, max(0, cursor - len(context))), -1
                while c >= 0:
                    pos = c + context.index(surface)
                    if pos >= cursor:
                        break
                    c, pos = line.find(context, c + 1), -1
            else:
                pos = line.find(surface, cursor)
            if pos < 0:
                sys.exit('%s L%d: %r not found after %d' % (annotation_path, n, surface, cursor))
            cursor = pos + len(surface)
            canon = given or names.get(surface, surface)
            for name in canon.split('+'):
                s, e = base + pos, base + pos + len(surface)
                rows.append((u16(text, s), u16(text, e), surface, name))
                shown = '…%s[%s]%s…' % (text[max(0, s - 6):s], surface, text[e:e + 6])
                print('%6d L%-4d %-10s %-12s %s' % (u16(text, s), n, surface, name, shown.replace('\n', '⏎')))
    return rows


def normalize(title):
    """The title normalization the extractor must implement (see README.md)."""
    out = []
    for c in title:
        if c in '《》〈〉“”‘’"\'「」『』' or c.isspace():
            continue
        if c == '(':
            c = '（'
        elif c == ')':
            c = '）'
        elif c in '－—–':
            c = '-'
        elif '\uff01' <= c <= '\uff5e' and c not in '（）':
            c = chr(ord(c) - 0xfee0)
        out.append(c)
    return ''.join(out)


def locate_policies(text, annotation_path):
    lines = text.split('\n')
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    rows, cursors = [], {}
    for raw in open(annotation_path, encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#'):
            continue
        head, surface, title, kind, issuer, date = raw.split('\t')
        n = int(head[1:])
        pos = lines[n - 1].find(surface, cursors.get(n, 0))
        if pos < 0:
            sys.exit('%s L%d: %r not found' % (annotation_path, n, surface))
        cursors[n] = pos + len(surface)
        s, e = starts[n - 1] + pos, starts[n - 1] + pos + len(surface)
        title = normalize(surface) if title == '~' else title
        is_policy = 'true' if kind in ('policy', 'strategy') else 'false'
        rows.append((u16(text, s), u16(text, e), surface, title, kind, is_policy, issuer, date))
        print('%6d L%-4d %s → %s [%s] %s %s' % (u16(text, s), n, surface, title, kind, issuer, date))
    return rows


def main_policies(text_dir):
    for f in sorted(os.listdir(os.path.join(HERE, 'annotations'))):
        if not f.endswith('.policies.tsv'):
            continue
        seed = f[:-len('.policies.tsv')]
        text = open(os.path.join(text_dir, seed + '.txt.text'), encoding='utf-8').read()
        rows = locate_policies(text, os.path.join(HERE, 'annotations', f))
        os.makedirs(os.path.join(HERE, 'policies'), exist_ok=True)
        with open(os.path.join(HERE, 'policies', seed + '.tsv'), 'w', encoding='utf-8') as out:
            out.write('# start\tend\tsurface\ttitle\tkind\tisPolicy\tissuer\tdate\n')
            for r in rows:
                out.write('%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n' % r)


def main():
    text_dir = sys.argv[1]
    main_policies(text_dir)
    for kind in ('regions', 'orgs'):
        names = defaults(kind[:-1])
        for f in sorted(os.listdir(os.path.join(HERE, 'annotations'))):
            if not f.endswith('.' + kind + '.txt'):
                continue
            seed = f[:-len('.' + kind + '.txt')]
            text = open(os.path.join(text_dir, seed + '.txt.text'), encoding='utf-8').read()
            rows = locate(text, os.path.join(HERE, 'annotations', f), names)
            os.makedirs(os.path.join(HERE, kind), exist_ok=True)
            with open(os.path.join(HERE, kind, seed + '.tsv'), 'w', encoding='utf-8') as out:
                out.write('# start\tend\tsurface\tname\n')
                for r in rows:
                    out.write('%d\t%d\t%s\t%s\n' % r)


if __name__ == '__main__':
    main()
