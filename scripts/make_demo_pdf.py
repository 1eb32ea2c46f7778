#!/usr/bin/env python3
"""Write demo/offers/coordinateur-reseau.pdf: a demo offer as a real PDF with a
text layer and hard-wrapped lines, as association PDFs are. Standard library only.

    python3 scripts/make_demo_pdf.py
"""
from pathlib import Path

LINES = [
    "COORDINATEUR·RICE DU RÉSEAU",
    "ÉDUCATION À L'ENVIRONNEMENT",
    "",
    "Le Réseau École et Nature Occitanie fédère 80 structures d'éducation à",
    "l'environnement. Pour accompagner son développement, l'association recrute",
    "son ou sa coordinateur·rice.",
    "",
    "MISSIONS",
    "- Animer la vie du réseau et les groupes de travail des adhérents",
    "- Piloter les projets régionaux et leurs financements",
    "- Représenter le réseau auprès des partenaires institutionnels",
    "",
    "PROFIL",
    "- Formation bac+5 en environnement, éducation ou gestion de projet",
    "- Permis B exigé : déplacements dans toute la région",
    "",
    "CONDITIONS",
    "- CDI à temps plein, 35 heures par semaine, poste basé à Montpellier",
    "- Télétravail possible 1 jour par semaine",
    "- Salaire : 2 450 à 2 700 € brut mensuel selon expérience (CCN ECLAT)",
    "- Prise de poste : 4 janvier 2027",
    "",
    "CANDIDATURE",
    "CV et lettre de motivation avant le 30 novembre 2027 à recrutement@ren-occitanie.org",
]


def pdf(lines: list[str]) -> bytes:
    def esc(s: str) -> str:
        return s.replace("·", ".").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ("BT /F1 11 Tf 56 790 Td 15 TL " + " ".join(f"({esc(line)}) '" for line in lines) + " ET").encode("cp1252")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "demo" / "offers" / "coordinateur-reseau.pdf"
    target.write_bytes(pdf(LINES))
    print(f"wrote {target}")
