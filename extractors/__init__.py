"""Bytes to text and text to proposed claim fields (DESIGN.md: the extractors layer).

A request's route through this package reads from its folders:
- `documents/`: bytes to one text (emails, PDFs, OCR of scans and photos), within limits
  and in an isolated process;
- `edi/`: X12 interchanges, the 180 transaction set to claim fields, and the 997 answer;
- `claims/`: the built-in extractor, text to proposed claim fields (orders, SKUs,
  quantities, reasons) with evidence, and the portal form's fields;
- `llm/`: the model's reading through instructor, and its combination with the built-in one.
`fields.py` (proposed values with evidence) and `text.py` (a request's text and its
segments) are the records they share. Knows no database and no web framework; imports
only the vocabulary of `rules`.
"""
