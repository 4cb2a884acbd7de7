"""HTML to readable text."""

from extractors.documents.html_text import html_to_text


def test_paragraphs_are_separated_by_a_blank_line_and_breaks_end_lines() -> None:
    html = "<p>Hi team,</p><p>Order SO-104233<br>PO-77812</p><div>Thanks</div><div>Dana</div>"

    assert html_to_text(html) == "Hi team,\n\nOrder SO-104233\nPO-77812\n\nThanks\nDana"


def test_outlook_paragraphs_are_lines_and_nbsp_paragraphs_blank_lines() -> None:
    html = (
        '<p class="MsoNormal">SKU: VLV-2210-BR</p><p class="MsoNormal">Qty: 18</p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Dana</p>'
    )

    assert html_to_text(html) == "SKU: VLV-2210-BR\nQty: 18\n\nDana"


def test_table_rows_are_lines_with_cells_separated_by_bars() -> None:
    html = """
    <table border=1>
      <thead><tr><th>SKU</th><th>Qty</th><th>Reason</th></tr></thead>
      <tbody>
        <tr><td><p>VLV-2210-BR</p></td><td><p>18</p></td>
            <td><div>crushed<br>on arrival</div></td></tr>
        <tr><td>HTR-50-NG</td><td>6</td><td>missing</td></tr>
      </tbody>
    </table>"""

    assert html_to_text(html) == (
        "SKU | Qty | Reason\nVLV-2210-BR | 18 | crushed on arrival\nHTR-50-NG | 6 | missing"
    )


def test_scripts_styles_and_head_are_dropped_and_entities_unescaped() -> None:
    html = (
        "<html><head><title>Claim</title><style>p{color:red}</style></head><body>"
        "<script>var x = '18 crushed';</script><p>Smith &amp; Sons &lt;ap@smith.example&gt;"
        " &#8211; 6&nbsp;pcs</p></body></html>"
    )

    assert html_to_text(html) == "Smith & Sons <ap@smith.example> \u2013 6 pcs"


def test_blockquote_lines_get_a_quote_prefix() -> None:
    html = (
        "<div>Also 2 x KM-88213 crushed.</div>"
        '<div class="gmail_quote"><div>On Mon, Nov 9, 2026 Returns Desk wrote:</div>'
        "<blockquote><div>We opened a case.</div><div>Returns</div></blockquote></div>"
    )

    assert html_to_text(html) == (
        "Also 2 x KM-88213 crushed.\nOn Mon, Nov 9, 2026 Returns Desk wrote:\n\n"
        "> We opened a case.\n> Returns"
    )


def test_list_items_become_bullets_and_pre_keeps_its_lines() -> None:
    html = "<ul><li>18 x VLV-2210-BR</li><li>6 x HTR-50-NG</li></ul><pre>SKU   QTY\nA-100   2</pre>"

    assert html_to_text(html) == "- 18 x VLV-2210-BR\n- 6 x HTR-50-NG\n\nSKU   QTY\nA-100   2"


def test_broken_markup_still_gives_its_text() -> None:
    assert html_to_text("<p>6 pcs <b>missing<td>from <head>SO-104233") == (
        "6 pcs missing from SO-104233"
    )
