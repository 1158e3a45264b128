#!/bin/sh
# Regenerates the genuine LibreOffice files of this folder from libreoffice-source.fods.
# Needs LibreOffice (Debian: apt-get install libreoffice-calc-nogui). Run from this folder.
set -eu
work=$(mktemp -d)
export HOME="$work/home"
# .ods keeps the source's million-row formatted tail (as LibreOffice writes it: repeated rows/cells)
soffice --headless --norestore --convert-to ods --outdir "$work" libreoffice-source.fods
# .xlsx, .xls and .csv come from the source without that tail: in .xlsx LibreOffice writes it out
# as 16384 styled empty cells per row, which makes a 250 KB file to test nothing more.
sed '/number-rows-repeated="1048570"/d' libreoffice-source.fods > "$work/notail.fods"
soffice --headless --norestore --convert-to xlsx --outdir "$work" "$work/notail.fods"
soffice --headless --norestore --convert-to xls --outdir "$work" "$work/notail.fods"
# CSV of sheet 2, cell contents as shown, en-GB dates; 76 = UTF-8 (no BOM), 1 = Windows-1252
soffice --headless --norestore --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true,false,false,2' --outdir "$work/utf8" "$work/notail.fods"
soffice --headless --norestore --convert-to 'csv:Text - txt - csv (StarCalc):44,34,1,1,,2057,false,true,true,false,false,2' --outdir "$work/cp1252" "$work/notail.fods"
cp "$work/libreoffice-source.ods" libreoffice.ods
cp "$work/notail.xlsx" libreoffice.xlsx
cp "$work/notail.xls" libreoffice.xls
cp "$work/utf8/notail-DSAP approved.csv" "csv-utf8/DSAP approved.csv"
cp "$work/cp1252/notail-DSAP approved.csv" "csv-windows-1252/DSAP approved.csv"
rm -rf "$work"
