"""EDI: X12 interchanges parsed by their own delimiters (`x12`), the 180 return
transaction set read into claim fields with confidence 1.0 (`edi180`), and the 997
functional acknowledgement sent back (`ack997`)."""
