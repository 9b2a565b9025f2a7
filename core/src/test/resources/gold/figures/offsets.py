#!/usr/bin/env python3
"""Turns the hand-read gold drafts into <seed>.tsv files with start/end offsets.

Usage: offsets.py DUMP_DIR
DUMP_DIR holds <seed file name>.text, each the ParsedDocument.text() of a seed as
TikaDocumentParser produced it (FigureGoldTest checks the offsets against the live parser).

draft-text.psv: figures read by hand in running text, located by a unique anchor.
Tables are transcribed from the seed layout (draft tables below), one figure per numeric cell.
"""
import glob, os, sys

COLS = ["start", "end", "surface", "value", "unit", "normalizedValue", "normalizedUnit", "kind",
        "qualifier", "low", "high", "subject", "indicator", "year", "source"]


def texts(dump):
    out = {}
    for f in glob.glob(os.path.join(dump, "*.text")):
        out[os.path.basename(f)[:3]] = open(f, encoding="utf-8").read()
    return out


def text_rows(t, lines):
    rows = {}
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        f += [""] * (14 - len(f))
        seed, anchor, surface, value, unit, nv, nu, kind, qual, subj, ind, year, low, high = f[:14]
        text = t[seed]
        at = text.find(anchor)
        if at < 0 or text.find(anchor, at + 1) >= 0:
            sys.exit(f"line {n}: anchor {anchor!r} found {text.count(anchor)} times")
        k = anchor.find(surface)
        if k < 0:
            sys.exit(f"line {n}: surface {surface!r} not in anchor")
        start = at + k
        rows.setdefault(seed, []).append(dict(start=start, end=start + len(surface), surface=surface,
            value=value, unit=unit, normalizedValue=nv, normalizedUnit=nu, kind=kind, qualifier=qual,
            low=low or value, high=high or value, subject=subj, indicator=ind, year=year, source="text"))
    return rows


UNITS = {"亿元": (1e8, "CNY"), "元": (1, "CNY"), "万元": (1e4, "CNY"), "人": (1, "persons"),
         "%": (0.01, "ratio"), "件": (1, "items")}


def num(s):
    return float(s.replace(" ", ""))


def fmt(x):
    return repr(float(x)) if x != int(x) or abs(x) >= 1e15 else str(int(x)) if float(x).is_integer() else repr(x)


def table_000(text, rows):
    """表1 in seed 000: one cell per line after a tab, header first, rows separated by blank lines."""
    cap = text.index("表1  主要地区2020年科技创新基本情况")
    pos = text.index("\n\n", cap) + 2
    groups, cur = [], []
    while True:
        nl = text.find("\n", pos)
        line = text[pos:nl]
        if line.startswith("\t"):
            raw = line[1:]
            stripped = raw.strip()
            s = pos + 1 + (raw.index(stripped) if stripped else 0)
            cur.append((stripped, s))
        elif line == "" and cur:
            groups.append(cur)
            cur = []
            if not text[nl + 1:].startswith("\t"):
                break
        pos = nl + 1
    header = [c[0] for c in groups[0]]
    for g in groups[1:]:
        assert len(g) == 8, g
        province = g[1][0]
        for col in range(2, 8):
            h = header[col]
            ind, unit = h[:h.index("（")], h[h.index("（") + 1:-1]
            mult, nu = UNITS[unit]
            cell, s = g[col]
            v = num(cell)
            rows.append(dict(start=s, end=s + len(cell), surface=cell, value=cell.replace(" ", ""), unit=unit,
                             normalizedValue=fmt(v * mult) if unit != "%" else repr(round(v / 100, 10)),
                             normalizedUnit=nu, kind="level" if unit != "%" else "level", qualifier="exact",
                             low=cell.replace(" ", ""), high=cell.replace(" ", ""), subject=province,
                             indicator=ind, year="2020", source="table"))


def tab_lines(text, first):
    pos = text.index(first)
    out = []
    while True:
        nl = text.find("\n", pos)
        line = text[pos:nl]
        if "\t" not in line:
            if line.strip() == "" and "\t" in text[nl + 1:text.find("\n", nl + 1)]:
                pos = nl + 1
                continue
            break
        cells, a = [], pos
        for part in line.split("\t"):
            st = part.strip()
            cells.append((st, a + (part.index(st) if st else 0)))
            a += len(part) + 1
        out.append(cells)
        pos = nl + 1
    return out


def tables_001(text, rows):
    # 表 2: ranks; the subject is the cluster named right of the rank.
    for r in tab_lines(text, "排名\t集群名称")[1:]:
        for c in (0, 3):
            cell, s = r[c]
            if cell:
                rows.append(dict(start=s, end=s + len(cell), surface=cell, value=cell, unit="", normalizedValue=cell,
                                 normalizedUnit="rank", kind="rank", qualifier="exact", low=cell, high=cell,
                                 subject=r[c + 1][0], indicator="排名", year="2023", source="table"))
    # 表 3: year rows; indicator from the merged top header, subject from the second header row.
    t3 = tab_lines(text, "年份\t专利应用阶段产出效率")
    regions = [c[0] for c in t3[1]]
    for r in t3[2:]:
        year = r[0][0]
        for c in range(1, 9):
            cell, s = r[c]
            rows.append(dict(start=s, end=s + len(cell), surface=cell, value=cell, unit="", normalizedValue=repr(float(cell)),
                             normalizedUnit="index", kind="level", qualifier="exact", low=cell, high=cell,
                             subject=regions[c], indicator="专利应用阶段产出效率" if c <= 4 else "成果转化阶段产出效率",
                             year=year, source="table"))


def main():
    t = texts(sys.argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    rows = text_rows(t, open(os.path.join(here, "draft-text.psv"), encoding="utf-8"))
    table_000(t["000"], rows.setdefault("000", []))
    tables_001(t["001"], rows.setdefault("001", []))
    for seed in sorted(t):
        rs = sorted(rows.get(seed, []), key=lambda r: r["start"])
        with open(os.path.join(here, f"{seed}.tsv"), "w", encoding="utf-8") as out:
            out.write("\t".join(COLS) + "\n")
            for r in rs:
                assert t[seed][r["start"]:r["end"]] == r["surface"], r
                out.write("\t".join(str(r[c]) for c in COLS) + "\n")
        print(seed, len(rs), "figures", sum(r["source"] == "table" for r in rs), "in tables")


def negatives(t, here):
    with open(os.path.join(here, "negatives.tsv"), "w", encoding="utf-8") as out:
        out.write("seed\tstart\tend\tsurface\treason\n")
        n = 0
        for line in open(os.path.join(here, "draft-negatives.psv"), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            seed, anchor, surface, reason = line.split("|")
            text = t[seed]
            at = text.find(anchor)
            if at < 0 or text.find(anchor, at + 1) >= 0:
                sys.exit(f"negative anchor {anchor!r} found {text.count(anchor)} times")
            start = at + anchor.index(surface)
            out.write(f"{seed}\t{start}\t{start + len(surface)}\t{surface}\t{reason}\n")
            n += 1
        print(n, "negatives")


main()
negatives(texts(sys.argv[1]), os.path.dirname(os.path.abspath(__file__)))
