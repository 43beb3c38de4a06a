"""The last pass over every exported PDF, for print shops and for copying text out.

reportlab writes PDF 1.4 with an Info dictionary only. A print shop's preflight asks what
colours mean (an output intent: our colours are sRGB), what the document is called and in
which language (XMP metadata, ``/Lang``). pikepdf (qpdf) adds these without touching the
pages. The same pass repairs the fonts' ToUnicode maps, so copy and search give back
letters: glyphs HarfBuzz produced without a character of their own (``pdf_shaping``)
map to the text they stand for, Arabic presentation forms to the letters, and characters
beyond U+FFFF (emoji) to proper UTF-16 (reportlab writes them as five hex digits).
"""

from __future__ import annotations

import os
import re
import unicodedata
import warnings
from pathlib import Path

import pikepdf

from cjm_designer.resources import resource_path

from .pdf_shaping import PRIVATE_TEXT

PDF_VERSION = "1.7"
"""ISO 32000-1: what print-shop preflight tools expect of a current PDF."""
SRGB_PROFILE = ("color", "sRGB.icc")
SRGB_NAME = "sRGB IEC61966-2.1"

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2,4})>\s*<([0-9A-Fa-f]+)>")
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFB00, 0xFB4F))


def _utf16_hex(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode("ascii")


def _unicode_for(value: int, private: dict[int, str]) -> str:
    if value in private:
        return private[value]
    char = chr(value)
    if any(low <= value <= high for low, high in _PRESENTATION):
        return unicodedata.normalize("NFKC", char)
    return char


def fixed_tounicode(cmap: bytes, private: dict[int, str]) -> bytes:
    """The ToUnicode CMap with every target written as the text it stands for."""

    def replace(match: re.Match[bytes]) -> bytes:
        value = int(match.group(2), 16)
        if len(match.group(2)) > 6:  # already a string of several UTF-16 units
            return match.group(0)
        text = _unicode_for(value, private)
        return b"<" + match.group(1) + b"> <" + _utf16_hex(text) + b">"

    return _BFCHAR.sub(replace, cmap)


def _fix_fonts(pdf) -> None:

    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for _name, font in fonts.items():
            if not isinstance(font, pikepdf.Dictionary) or "/ToUnicode" not in font:
                continue
            stream = font.ToUnicode
            key = stream.objgen
            if key in seen:
                continue
            seen.add(key)
            base = str(font.BaseFont).lstrip("/") if "/BaseFont" in font else ""
            private = PRIVATE_TEXT.get(base.split("+", 1)[-1], {})
            data = stream.read_bytes()
            fixed = fixed_tounicode(data, private)
            if fixed != data:
                stream.write(fixed)


def _output_intent(pdf) -> None:

    profile = pikepdf.Stream(pdf, resource_path(*SRGB_PROFILE).read_bytes())
    profile.N = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=SRGB_NAME,
        RegistryName="http://www.color.org",
        Info=SRGB_NAME,
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])


def finish_pdf(path: Path, info: dict[str, str], language: str | None) -> None:
    """Rewrite ``path`` in place: output intent, XMP, /Lang, ToUnicode, PDF version."""

    mode = path.stat().st_mode & 0o7777  # pikepdf rewrites through a private temp file
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        _fix_fonts(pdf)
        _output_intent(pdf)
        if language:
            pdf.Root.Lang = pikepdf.String(language)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            with warnings.catch_warnings():  # /Trapped has no XMP twin: nothing to say
                warnings.simplefilter("ignore", UserWarning)
                meta.load_from_docinfo(pdf.docinfo)  # dates as reportlab wrote them
            meta["dc:title"] = info.get("title", "")
            if info.get("author"):
                meta["dc:creator"] = [info["author"]]
            if info.get("subject"):
                meta["dc:description"] = info["subject"]
            if info.get("keywords"):
                meta["pdf:Keywords"] = info["keywords"]
            if language:
                meta["dc:language"] = [language]
            meta["xmp:CreatorTool"] = info.get("creator", "CJM Designer")
            meta["pdf:Producer"] = f"{info.get('creator', 'CJM Designer')} (reportlab, pikepdf)"
            meta["dc:format"] = "application/pdf"
        pdf.save(path, min_version=PDF_VERSION, force_version=PDF_VERSION)
    os.chmod(path, mode)
