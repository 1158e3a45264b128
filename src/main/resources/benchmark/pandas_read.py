"""Reads a benchmark edition's files into pandas data frames, as an analyst's script would.

Usage: python3 pandas_read.py FORMAT FILE...   (FORMAT: xlsx, ods or csv)

Prints the seconds spent reading (imports excluded) and the rows read, on one line. Exits 3,
naming the module, when pandas or the reader it needs for FORMAT is not installed.
"""
import importlib
import sys
import time

ENGINES = {"xlsx": "openpyxl", "ods": "odf"}
MODULES = {"xlsx": ["pandas", "openpyxl"], "ods": ["pandas", "odf"], "csv": ["pandas"]}


def main(argv):
    fmt, files = argv[1], argv[2:]
    for module in MODULES[fmt]:
        try:
            importlib.import_module(module)
        except ImportError:
            print("missing module: " + module, file=sys.stderr)
            return 3
    import pandas

    started = time.perf_counter()
    rows = 0
    for name in files:
        if fmt == "csv":
            frame = pandas.read_csv(name, header=None, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            rows += len(frame)
        else:
            sheets = pandas.read_excel(name, sheet_name=None, header=None, dtype=str, engine=ENGINES[fmt])
            rows += sum(len(sheet) for sheet in sheets.values())
    print("%.3f %d" % (time.perf_counter() - started, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
