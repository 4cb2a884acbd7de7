"""Claims: the built-in extractor, which needs no model. It reads order references,
claim lines (SKU, quantity, reason) and urgency from a request's text, each value with
its evidence and a confidence from how it was read (`lines` lays out the model);
`offline.extract` is its entry point, `form` reads the portal's claim form, and
`injection` flags text that tries to instruct the reader."""
