"""Which numbers count a claimed item: those naming the item or a part of it do not."""

from extractors.claims.offline import extract
from tests.extractors.test_offline import D, mail, rows


def test_a_rating_in_the_items_name_is_no_count_of_it() -> None:
    fields = extract(mail("The pleated MERV 13 filters (HVC-FLT-2020-M13) came in crushed."))

    assert rows(fields) == [("HVC-FLT-2020-M13", None, D)]


def test_a_gauge_before_the_item_is_no_count_of_it() -> None:
    fields = extract(mail("The 14 gauge duct straps (DUC-STRAP-14) arrived bent."))

    assert rows(fields) == [("DUC-STRAP-14", None, D)]
