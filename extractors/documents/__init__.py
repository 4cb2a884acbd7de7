"""Documents: a request's bytes to one text of segments, each mapped back to its file,
page and (for OCR) word boxes. File types are decided by content (`sniff`); email,
PDF text layers, images and OCR each have a reader; `read` runs them within `limits`,
in an isolated child process for anything that can explode."""
