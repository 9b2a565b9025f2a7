#!/usr/bin/env python3
"""Makes core/src/test/resources/fixtures/report-paged.{html,pdf}: a three-page PDF from paragraphs of
seed 000, each page after the first starting with a forced page break, and a closing 落款 (issuer
and a date in Chinese numerals) on the last page. The HTML says which page each paragraph is on
(<section data-page="n">), so tests can check the page of every figure and mention found in the PDF.

Needs LibreOffice (Debian libreoffice-writer-nogui) and a CJK font (fonts-noto-cjk); CI does not:
the output is committed. Run from the repository root:  python3 core/src/build/make-paged-report.py
"""
import html
import pathlib
import subprocess
import tempfile

SEED = pathlib.Path("corpus/000_f8820dc2aea3848d.txt")
OUT = pathlib.Path("core/src/test/resources/fixtures")

lines = [l.strip() for l in SEED.read_text(encoding="utf-8").splitlines() if l.strip()]


def line(n):
    """The seed's n-th non-blank line (1-based)."""
    return lines[n - 1]


# (page, tag, class, text)
content = [
    (1, "h1", "", line(1)),        # the title
    (1, "p", "", line(2)),         # authors
    (1, "p", "", line(3)),         # affiliation
    (1, "p", "", line(4)),         # 摘要 …
    (2, "h2", "", line(19)),       # 2.1科技创新中心有效支撑三大经济圈高质量发展
    (2, "p", "", line(20)),        # 2020年，北京研发投入强度达到6.44% …
    (3, "h2", "", "3.3西兰与成渝建设基础对比分析"),
    (3, "p", "", line(197)),       # （3）西兰与成渝建设基础对比分析 … 1730亿元 …
    (3, "p", "sign", "甘肃省科学技术情报研究所"),
    (3, "p", "sign", "二〇二三年五月十二日"),
]

out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
       '<title>' + html.escape(line(1)) + '</title>',
       "<style>body{font-family:'Noto Serif CJK SC';font-size:12pt} p.sign{text-align:right}</style>",
       '</head><body>']
page = None
for n, tag, cls, text in content:
    attrs = ' class="%s"' % cls if cls else ''
    if n != page:
        if page is not None:
            out.append('</section>')
            attrs += ' style="page-break-before:always"'
        out.append('<section data-page="%d">' % n)
        page = n
    out.append('<%s%s>%s</%s>' % (tag, attrs, html.escape(text), tag))
out.append('</section></body></html>')
source = OUT / "report-paged.html"
source.write_text("\n".join(out) + "\n", encoding="utf-8")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", str(OUT), str(source)], check=True)
print("wrote", source, "and", OUT / "report-paged.pdf")
