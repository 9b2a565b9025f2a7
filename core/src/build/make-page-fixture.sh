#!/bin/sh
# Makes core/src/test/resources/fixtures/seed-004-pages.pdf, the six-page A4 PDF the page-image tests
# render: seed 004's text exported to PDF by LibreOffice Writer (its plain-text import), a
# born-digital report whose text Tika reads in order today (figures found on pages 1–5).
# Needs Debian's libreoffice-writer-nogui and a CJK font (fonts-noto-cjk); CI does not run this
# script, the PDF is committed. Run from the repository root: sh core/src/build/make-page-fixture.sh
set -eu
out=core/src/test/resources/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp corpus/004_c3cb54636e7088b5.txt "$work/seed-004-pages.txt"
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$work/seed-004-pages.txt" >/dev/null
cp "$work/seed-004-pages.pdf" "$out/seed-004-pages.pdf"
echo "wrote $out/seed-004-pages.pdf ($(wc -c < "$out/seed-004-pages.pdf") bytes)"
