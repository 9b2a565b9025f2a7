#!/usr/bin/env python3
"""Renders the fidelity sources (the seeds in corpus/ and the real texts in core/src/test/resources/realtext/)
the way analysts receive them: Word, office-suite PDFs (one column, two columns, wrapped table cells,
running header/footer with page numbers and footnotes), GB18030 text and an HTML page.

Each source's structure (headings, paragraphs, tables with rows of cells) comes from
`java -jar target/policy-miner.jar extract SRC --json`, so tables flattened one cell per line in the
.txt become real tables. The script writes Flat ODF (.fodt) documents and converts them with
LibreOffice (`soffice --headless`); fonts-noto-cjk provides the CJK font. CI does not have
LibreOffice, so the outputs are committed under core/src/test/resources/fidelity/<source-stem>/.

Usage (from the repository root, after `mvn -B -q -ntp package -DskipTests`):
    python3 core/src/build/make-renditions.py            # every source
    python3 core/src/build/make-renditions.py 000 gansu  # sources whose stem starts with these
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[3]
JAR = ROOT / "target" / "policy-miner.jar"
OUT = ROOT / "core" / "src" / "test" / "resources" / "fidelity"
SOURCES = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "core/src/test/resources/realtext").glob("*.txt"))

ALL = ["plain.docx", "plain.pdf", "two-column.pdf", "wrapped-table.pdf", "three-line-table.pdf", "headers.pdf", "gb18030.txt",
       "page.html"]
# pandoc.pdf: the route of issue 14's report, as a new user would take it: the .txt read by pandoc as
# Markdown into a DOCX, exported to PDF by LibreOffice (tables stay flattened, one cell per line)
PANDOC = ("000_", "001_")
# Committed fixtures stay small (each PDF carries ~150-400 KB of embedded CJK font subsets): every
# variant for seeds 000 and 001 and the Gansu report (wrapped-table.pdf only where a source has
# tables); the other sources get the text variants, the DOCX, one PDF and, for seed 004 only, the PDF
# with running headers/footers.
LIGHT = ["plain.docx", "plain.pdf", "headers.pdf", "gb18030.txt", "page.html"]
NO_HEADERS = ("002_", "003_", "beijing-", "guobanfa-")
FULL = ("000_", "001_", "gansu-")
# page-number style of the running footer, by source: "dash" prints — 3 —, "di" prints 第3页
FOOTER_DI = ("001_", "003_", "beijing-")
FONT = "Noto Serif CJK SC"


def variants_for(stem, has_tables):
    wanted = ALL if stem.startswith(FULL) else LIGHT
    if stem.startswith(NO_HEADERS):
        wanted = [v for v in wanted if v != "headers.pdf"]
    if stem.startswith(PANDOC):
        wanted = wanted + ["pandoc.pdf"]
    return [v for v in wanted if v not in ("wrapped-table.pdf", "three-line-table.pdf") or has_tables]


def structure(src):
    out = subprocess.run(["java", "-jar", str(JAR), "extract", str(src), "--json"],
                         check=True, capture_output=True, text=True, encoding="utf-8").stdout
    return json.loads(out)


def runs(text):
    """XML text content for ODF: runs of spaces as text:s, tabs as text:tab, newlines as line breaks."""
    out = []
    for piece in re.split(r"( {2,}|\t|\n)", text):
        if not piece:
            continue
        if piece == "\t":
            out.append("<text:tab/>")
        elif piece == "\n":
            out.append("<text:line-break/>")
        elif piece.startswith("  "):
            out.append(' <text:s text:c="%d"/>' % (len(piece) - 1))
        else:
            out.append(escape(piece))
    return "".join(out)


def with_footnotes(text, notes):
    """Bracketed references ([12], [13-14]) become footnotes: the marker stays as the printed anchor and
    the note repeats it (the seeds cite by number and carry no reference list to fill the note with)."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\d+(?:[-–,，]\d+)*\]", text):
        out.append(runs(text[pos:m.start()]))
        notes.append(m.group(0))
        label = escape(m.group(0))
        out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                   '<text:note-citation text:label="%s">%s</text:note-citation>'
                   '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                   % (len(notes), label, label, label))
        pos = m.end()
    out.append(runs(text[pos:]))
    return "".join(out)


def body(doc, footnotes, notes, three_line=False):
    text = doc["text"]
    tables = {t["start"]: t for t in doc["tables"]}
    parts = []
    covered = 0
    for b in doc["blocks"]:
        covered += len(re.sub(r"\s", "", text[b["start"]:b["end"]]))
        if b["kind"] == "TABLE":
            t = next(t for s, t in tables.items() if b["start"] <= s < max(b["end"], b["start"] + 1))
            parts.append(table_xml(t, three_line))
            continue
        chunk = text[b["start"]:b["end"]].strip()
        if not chunk:
            continue
        content = with_footnotes(chunk, notes) if footnotes else runs(chunk)
        if b["kind"] == "HEADING":
            parts.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % content)
        else:
            parts.append('<text:p text:style-name="Text_20_body">%s</text:p>' % content)
    total = len(re.sub(r"\s", "", text))
    if covered != total:
        print("  note: blocks cover %d of %d non-space characters" % (covered, total), file=sys.stderr)
    return "\n".join(parts)


def table_xml(t, three_line=False):
    width = max(len(r) for r in t["rows"])
    rows = []
    for i, r in enumerate(t["rows"]):
        cells = [c["text"] for c in r] + [""] * (width - len(r))
        # a three-line table (三线表, as Chinese reports set them): a rule above and below the header
        # row and one under the last row, no vertical rules
        style = "Cell" if not three_line else "HeadCell" if i == 0 else "LastCell" if i == len(t["rows"]) - 1 else "BodyCell"
        rows.append("<table:table-row>%s</table:table-row>" % "".join(
            '<table:table-cell table:style-name="%s" office:value-type="string">'
            '<text:p text:style-name="Table_20_Contents">%s</text:p></table:table-cell>' % (style, runs(c))
            for c in cells))
    return ('<table:table table:style-name="Tbl"><table:table-column table:style-name="Col" '
            'table:number-columns-repeated="%d"/>%s</table:table>' % (width, "".join(rows)))


def fodt(doc, columns=1, table_width="17cm", header=None, footer=None, footnotes=False, three_line=False):
    notes = []
    content = body(doc, footnotes, notes, three_line)
    ncols = max([max(len(r) for r in t["rows"]) for t in doc["tables"]] or [1])
    col_width = "%.2fcm" % (float(table_width[:-2]) / ncols)
    cols = ('<style:columns fo:column-count="%d" fo:column-gap="0.8cm"/>' % columns) if columns > 1 else ""
    master_extra = ""
    if header:
        master_extra += '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % escape(header)
    if footer == "dash":
        master_extra += ('<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1'
                         '</text:page-number> —</text:p></style:footer>')
    elif footer == "di":
        master_extra += ('<style:footer><text:p text:style-name="Footer">第<text:page-number text:select-page="current">1'
                         '</text:page-number>页</text:p></style:footer>')
    hf_styles = ('<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>'
                 '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>')
    text_props = ('style:font-name="{f}" style:font-name-asian="{f}" fo:font-size="10.5pt" style:font-size-asian="10.5pt" '
                  'fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"').format(f=FONT)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta/>
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="'{FONT}'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="130%"/><style:text-properties {text_props}/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.15cm" fo:text-indent="0.74cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" style:font-size-asian="13pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:line-height="115%"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm">{cols}</style:page-layout-properties>{hf_styles}</style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{table_width}" table:align="left"/></style:style>
 <style:style style:name="Col" style:family="table-column"><style:table-column-properties style:column-width="{col_width}"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-top="1pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="BodyCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="LastCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-bottom="1pt solid #000000" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{master_extra}</style:master-page></office:master-styles>
<office:body><office:text>
{content}
</office:text></office:body>
</office:document>
"""


def html_page(doc):
    text = doc["text"]
    tables = {t["start"]: t for t in doc["tables"]}
    parts = []
    first = True
    for b in doc["blocks"]:
        if b["kind"] == "TABLE":
            t = next(t for s, t in tables.items() if b["start"] <= s < max(b["end"], b["start"] + 1))
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % escape(c["text"]) for c in r) for r in t["rows"])
            parts.append("<table border=\"1\">%s</table>" % rows)
            continue
        chunk = text[b["start"]:b["end"]].strip()
        if not chunk:
            continue
        tag = "h1" if first else ("h2" if b["kind"] == "HEADING" else "p")
        first = False
        parts.append("<%s>%s</%s>" % (tag, escape(chunk).replace("\n", "<br>"), tag))
    title = escape(doc["title"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>body{{font-family:serif;max-width:48em;margin:auto}} td{{border:1px solid #999;padding:2px 4px}}</style>
</head>
<body>
<header><nav><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/tjsj/">统计数据</a></nav></header>
<main><article>
{chr(10).join(parts)}
</article></main>
<footer><p>主办单位：办公室</p></footer>
</body>
</html>
"""


def render(src, only_stems):
    stem = src.stem
    if only_stems and not any(stem.startswith(s) for s in only_stems):
        return
    print(stem, file=sys.stderr)
    doc = structure(src)
    out = OUT / stem
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    wanted = variants_for(stem, bool(doc["tables"]))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docs = {
            "plain": fodt(doc),
            # a table in a column is as wide as the column (8.1 cm of the 17 cm text width), as a writer lays it out
            "two-column": fodt(doc, columns=2, table_width="8.1cm"),
            "wrapped-table": fodt(doc, table_width="8.5cm"),
            "three-line-table": fodt(doc, three_line=True),
            "headers": fodt(doc, header=doc["title"], footer="di" if stem.startswith(FOOTER_DI) else "dash",
                            footnotes=True),
        }
        pdfs = []
        for name, xml in docs.items():
            if name + ".pdf" in wanted or (name == "plain" and "plain.docx" in wanted):
                (tmp / (name + ".fodt")).write_text(xml, encoding="utf-8")
                if name + ".pdf" in wanted:
                    pdfs.append(tmp / (name + ".fodt"))
        profile = "-env:UserInstallation=file://%s/profile" % tmp
        if pdfs:
            subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out)]
                           + [str(p) for p in pdfs], check=True, capture_output=True)
        if "pandoc.pdf" in wanted:
            subprocess.run(["pandoc", str(src), "-f", "markdown", "-t", "docx", "-o", str(tmp / "pandoc.docx")], check=True)
            subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out),
                            str(tmp / "pandoc.docx")], check=True, capture_output=True)
        if "plain.docx" in wanted:
            subprocess.run(["soffice", profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out),
                            str(tmp / "plain.fodt")], check=True, capture_output=True)
    if "gb18030.txt" in wanted:
        (out / "gb18030.txt").write_bytes(src.read_text(encoding="utf-8").encode("gb18030"))
    if "page.html" in wanted:
        (out / "page.html").write_text(html_page(doc), encoding="utf-8")
    (out / "source.txt").write_text(str(src.relative_to(ROOT)) + "\n", encoding="utf-8")
    for f in sorted(out.iterdir()):
        print("  %-18s %8d bytes" % (f.name, f.stat().st_size), file=sys.stderr)


def main():
    if not JAR.exists():
        sys.exit("build the jar first: mvn -B -q -ntp package -DskipTests")
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed to render the documents")
    for src in SOURCES:
        render(src, sys.argv[1:])


if __name__ == "__main__":
    main()
