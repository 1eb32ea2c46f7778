#!/usr/bin/env python3
"""Convert the official commune list into the compact files shipped in filon.

Source: the MIT-licensed Etalab data of the npm package
``@etalab/decoupage-administratif`` (communes, départements, régions).
Run it once when the official list changes:

    npm pack @etalab/decoupage-administratif && tar xzf etalab-*.tgz
    python scripts/build_geo.py package/data

It writes ``filon/extract/vocab/communes.tsv.gz`` (current communes: INSEE
code, name, département, région code, postal codes, population) and
``filon/extract/vocab/territories.tsv`` (départements and régions).
"""
import argparse
import gzip
import json
from pathlib import Path

VOCAB = Path(__file__).resolve().parent.parent / "filon" / "extract" / "vocab"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="the package's data/ folder")
    args = parser.parse_args()
    communes = json.loads((args.data_dir / "communes.json").read_text(encoding="utf-8"))
    rows = []
    for c in communes:
        if c["type"] != "commune-actuelle":
            continue
        postal = ",".join(c.get("codesPostaux", []))
        rows.append("\t".join([c["code"], c["nom"], c["departement"], c["region"],
                               postal, str(c.get("population", 0))]))
    with gzip.open(VOCAB / "communes.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("insee\tname\tdepartment\tregion\tpostal_codes\tpopulation\n")
        out.write("\n".join(rows) + "\n")
    lines = ["kind\tcode\tname\tregion\tchef_lieu"]
    for r in json.loads((args.data_dir / "regions.json").read_text(encoding="utf-8")):
        lines.append(f"region\t{r['code']}\t{r['nom']}\t\t{r['chefLieu']}")
    for d in json.loads((args.data_dir / "departements.json").read_text(encoding="utf-8")):
        lines.append(f"department\t{d['code']}\t{d['nom']}\t{d['region']}\t{d['chefLieu']}")
    (VOCAB / "territories.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} communes written to {VOCAB}")


if __name__ == "__main__":
    main()
