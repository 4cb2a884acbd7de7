"""The built-in extractor reads any text without raising: text is put together from the
pieces claims, forms and tables are made of (keys, headers, codes, SKUs, counts, sizes,
reasons, column spacing), in any order. A bug found this way once failed whole requests."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.claims.offline import extract
from tests.extractors.test_claim_round8 import ORDER
from tests.extractors.test_offline import mail, text

HEADERS = (
    "Ln", "Item", "SKU", "Description", "Qty", "Qty shipped", "Qty return", "Received",
    "Short", "Code", "Reason", "Condition", "Remarks", "Status",
)  # fmt: skip
PIECES = (
    "Reason codes:", "Legend =", "A", "E", "01", "3 =", "DMG", "a Arrived", "(see back)",
    "VLV-0750-PRV", "vlv0750prv", "HVC-FLT-1625-M11", "VLV-3100-CK", "PO-77812", "SO-104233",
    "RMA-9002", "3", "12", "40", "two", "a dozen", "of the", "1/2\"", "3/4", "16x25x1",
    "$61.50", "11/05/2026", "damaged", "short", "not needed", "wrong item", "leaking",
    "extra", "instead of", "please credit", "return", "ok", "not", "the other", "pcs", "cs",
    "case of 12", "Line 2:", "> ", "-----Original Message-----", "|", ",", ".", ":", "-",
    "(", ")", "\"", "\n", "  ", "\t",
)  # fmt: skip
WORDS = st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join)
# a table: a header row over rows of cells, as a form or a pasted sheet lays them out
TABLES = st.tuples(
    st.lists(st.sampled_from(HEADERS), min_size=2, max_size=7).map("     ".join),
    st.lists(
        st.lists(st.sampled_from(PIECES), min_size=1, max_size=7).map("     ".join), max_size=3
    ),
).map(lambda table: "\n\n".join([table[0], *table[1]]))
TEXTS = st.lists(TABLES | WORDS, max_size=6).map("\n".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_claim_shaped_text_is_read_without_raising(body: str) -> None:
    for doc in (mail(body), text(body or " ")):
        extract(doc)
        extract(doc, ORDER)
