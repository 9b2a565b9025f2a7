#!/usr/bin/env python3
"""Makes the format fixtures in core/src/test/resources/fixtures/formats/ from the seed reports.

Word-like formats, from seed 002 (a news report whose body is HTML paragraphs): its front matter
gives the title (pandoc writes it as the document's title paragraph), its body becomes an HTML page
(the one Markdown quote line as a paragraph starting with "> ", as the .txt parse shows it); pandoc makes the DOCX and the EPUB,
LibreOffice converts the DOCX to .doc (Word 97), .rtf and .odt. No tool here writes WPS Writer
files: report.wps is the .doc under a .wps name (old .wps files are Word 97 documents), and
report-ooxml.wps the DOCX under that name (WPS Office also saves OOXML as .wps).

Spreadsheets, from seed 000's 表1 (主要地区2020年科技创新基本情况, 21 provinces × 8 columns, read
from the seed text): a flat OpenDocument spreadsheet with a title row, a header row and the data
as numbers, on a sheet named 科技创新基本情况; LibreOffice converts it to .xlsx and .xls.

OFD (GB/T 33190), from seed 003: written here by hand as the standard lays it out (OFD.xml,
Doc_0/Document.xml, PublicRes.xml with one font, one Content.xml per page), the text wrapped at
a line width of 32 ideographs (a half-width character takes half), first lines indented by two,
10.5 pt 宋体, 40 lines on an A4 page; the document's title (seed 003's) in its DocInfo; each page's page-number footer is written before
the body text in the content stream, so a reader must order the text by position to get it right.

Needs: python3, pandoc, LibreOffice (soffice). Run from the repository root:
    python3 core/src/build/make-format-fixtures.py
"""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, 'core/src/test/resources/fixtures/formats')
SEEDS = os.path.join(ROOT, 'corpus')
WORK = tempfile.mkdtemp(prefix='pm-formats-')
SOFFICE = ['soffice', '-env:UserInstallation=file://' + os.path.join(WORK, 'lo-profile'), '--headless']
# fixed metadata dates, so a re-run makes the same documents
os.environ['SOURCE_DATE_EPOCH'] = '1646956856'  # 2022-03-11


def seed(prefix):
    name = next(f for f in sorted(os.listdir(SEEDS)) if f.startswith(prefix))
    with open(os.path.join(SEEDS, name), encoding='utf-8') as f:
        return f.read()


def soffice(src, target, outdir):
    subprocess.run(SOFFICE + ['--convert-to', target, '--outdir', outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def word_like():
    text = seed('002_')
    m = re.match(r'---\n(.*?)\n---\n', text, re.S)
    title = re.search(r'^title:\s*"?(.*?)"?\s*$', m.group(1), re.M).group(1)
    paragraphs = []
    for line in text[m.end():].split('\n'):
        if not line.strip():
            continue
        if line.startswith('>'):
            paragraphs.append('<p>&gt;' + escape(line[1:]) + '</p>')
        elif line.lstrip().startswith('<'):
            paragraphs.append(line)
        else:
            paragraphs.append('<p>' + escape(line) + '</p>')
    html = os.path.join(WORK, 'report.html')
    with open(html, 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head><body>\n%s\n</body></html>\n'
                % (escape(title), '\n'.join(paragraphs)))
    docx = os.path.join(WORK, 'report.docx')
    subprocess.run(['pandoc', '-f', 'html', '-t', 'docx', '-o', docx, html], check=True)
    subprocess.run(['pandoc', '-f', 'html', '-t', 'epub3', '--metadata', 'title=' + title, '--metadata', 'lang=zh-CN',
                    '-o', os.path.join(OUT, 'report.epub'), html], check=True, stderr=subprocess.DEVNULL)
    for target in ('doc', 'rtf', 'odt'):
        soffice(docx, target, WORK)
        shutil.copy(os.path.join(WORK, 'report.' + target), os.path.join(OUT, 'report.' + target))
    shutil.copy(os.path.join(WORK, 'report.doc'), os.path.join(OUT, 'report.wps'))
    shutil.copy(docx, os.path.join(OUT, 'report-ooxml.wps'))
    strip_thumbnail(os.path.join(OUT, 'report.odt'))


def strip_thumbnail(path):
    """Drops Thumbnails/ from an ODF zip (most of its size), keeping the mimetype entry first and stored."""
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, 'w') as dst:
        for item in src.infolist():
            if item.filename.startswith('Thumbnails/'):
                continue
            data = src.read(item.filename)
            if item.filename == 'META-INF/manifest.xml':
                data = re.sub(rb'\s*<manifest:file-entry[^>]*Thumbnails/[^>]*/>', b'', data)
            dst.writestr(item, data, compress_type=zipfile.ZIP_STORED if item.filename == 'mimetype' else zipfile.ZIP_DEFLATED)
    os.replace(tmp, path)


def seed_table():
    """Seed 000's 表1: its caption, header and rows (the seed writes one cell a line, rows between blank lines)."""
    lines = seed('000_').split('\n')
    start = next(i for i, l in enumerate(lines) if l.startswith('表1'))
    caption = re.sub(r'\s+', ' ', lines[start]).strip()
    groups, group = [], []
    for line in lines[start + 1:]:
        if line.startswith('\t'):
            group.append(line.strip())
        elif not line.strip():
            if group:
                groups.append(group)
                group = []
            elif groups:
                break
        else:
            break
    if group:
        groups.append(group)
    return caption, groups[0], groups[1:]


def cell(value):
    number = value.replace(' ', '')
    if re.fullmatch(r'-?[0-9]+(\.[0-9]+)?', number):
        style = ' table:style-name="ce2"' if re.fullmatch(r'[0-9]+\.[0-9]{2}', number) and '.' in value and len(number) <= 5 else ''
        return '<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (
            style, number, number)
    if not value:
        return '<table:table-cell/>'
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(value)


def spreadsheets():
    caption, header, rows = seed_table()
    width = len(header)
    body = ['<table:table-row><table:table-cell table:number-columns-spanned="%d" office:value-type="string"><text:p>%s</text:p>'
            '</table:table-cell>%s</table:table-row>' % (width, escape(caption), '<table:covered-table-cell/>' * (width - 1))]
    body.append('<table:table-row>%s</table:table-row>' % ''.join(cell(h) for h in header))
    for r in rows:
        body.append('<table:table-row>%s</table:table-row>' % ''.join(cell(c) for c in r))
    fods = os.path.join(WORK, 'statistics.fods')
    with open(fods, 'w', encoding='utf-8') as f:
        f.write('''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="科技创新基本情况">
%s
</table:table></office:spreadsheet></office:body></office:document>
''' % '\n'.join(body))
    for target, ext in (('xlsx', 'xlsx'), ('xls:MS Excel 97', 'xls')):
        soffice(fods, target, WORK)
        shutil.copy(os.path.join(WORK, 'statistics.' + ext), os.path.join(OUT, 'statistics.' + ext))


MM_PER_PT = 25.4 / 72


def ofd():
    """Seed 003 as an OFD: paragraphs wrapped at 32 ideographs' width a line, 40 lines a page."""
    text = seed('003_')
    paragraphs = [p.strip() for p in text.split('\n') if p.strip()]
    size = 10.5 * MM_PER_PT  # 10.5 pt in mm
    left, top, width, line_height, per_line, per_page = 25.0, 30.0, 160.0, 6.0, 32, 40
    lines = []  # (text, indent)
    for p in paragraphs:
        first = True
        rest = p
        while rest:
            room = per_line - 2 if first else per_line
            n, used = 0, 0.0
            while n < len(rest) and used + advance(rest[n]) <= room:
                used += advance(rest[n])
                n += 1
            lines.append((rest[:n], 2 if first else 0))
            rest = rest[n:]
            first = False
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    files = {}
    ids = iter(range(10, 1_000_000))
    title = '科技创新塑造区域发展新动能、新优势'  # seed 003's title, as its producer would write it
    assert title in paragraphs
    files['OFD.xml'] = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">'
                        '<ofd:DocBody><ofd:DocInfo><ofd:DocID>6a6f8b1c2d3e4f50</ofd:DocID><ofd:Title>%s</ofd:Title>'
                        '<ofd:CreationDate>2022-05-07</ofd:CreationDate><ofd:Creator>policy-miner make-format-fixtures.py</ofd:Creator></ofd:DocInfo>'
                        '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>' % escape(title))
    page_refs = ''.join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>' % (next(ids), i) for i in range(len(pages)))
    files['Doc_0/Document.xml'] = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
                                   '<ofd:CommonData><ofd:MaxUnitID>1000000</ofd:MaxUnitID><ofd:PageArea>'
                                   '<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
                                   '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                                   '<ofd:Pages>%s</ofd:Pages></ofd:Document>' % page_refs)
    files['Doc_0/PublicRes.xml'] = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">'
                                    '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
    for i, page in enumerate(pages):
        objects = []
        footer = '— %d —' % (i + 1)
        objects.append(text_object(next(ids), 105 - len(footer) * size / 4, 280, footer, size))  # written first, drawn last
        for k, (line, indent) in enumerate(page):
            objects.append(text_object(next(ids), left + indent * size, top + k * line_height, line, size))
        files['Doc_0/Pages/Page_%d/Content.xml' % i] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>'
            '<ofd:Layer ID="%d">%s</ofd:Layer></ofd:Content></ofd:Page>' % (next(ids), ''.join(objects)))
    path = os.path.join(OUT, 'report.ofd')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2022, 5, 7, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode('utf-8'))


def advance(c):
    """A character's advance in ideograph widths: half for ASCII and other narrow characters."""
    return 1.0 if ord(c) > 0x2E80 else 0.5


def text_object(oid, x, y, line, size):
    """One line as a TextObject: its boundary box, one TextCode at the baseline with a glyph advance for each character."""
    advances = [size * advance(c) for c in line]
    deltas = ' '.join('%.3f' % a for a in advances[:-1])
    return ('<ofd:TextObject ID="%d" Boundary="%.3f %.3f %.3f %.3f" Font="2" Size="%.3f">'
            '<ofd:TextCode X="0" Y="%.3f"%s>%s</ofd:TextCode></ofd:TextObject>'
            % (oid, x, y, sum(advances) + 1, size * 1.4, size, size, ' DeltaX="%s"' % deltas if deltas else '', escape(line)))


def main():
    os.makedirs(OUT, exist_ok=True)
    try:
        word_like()
        spreadsheets()
        ofd()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    for name in sorted(os.listdir(OUT)):
        print('%-20s %7d bytes' % (name, os.path.getsize(os.path.join(OUT, name))))


if __name__ == '__main__':
    main()
