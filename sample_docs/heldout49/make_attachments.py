"""Write every request file of heldout49 (many lines, few words): 37 emails, 1 portal form, 2 uploads.

    .venv/bin/python sample_docs/heldout49/make_attachments.py [OUT_DIR]

OUT_DIR defaults to requests/ beside this file. The emails are what purchasing and receiving
staff of bigger customers send: several items in one short mail, as tables pasted from their
own systems (aligned columns, pipes, tabs), HTML tables in Outlook mail (multipart/alternative),
bullet lists, CSV exports and two text PDFs. Emails are put together with the standard library's
email package; the PDFs are made with fpdf2 (core Helvetica, nothing embedded).

Nothing depends on the clock or on randomness: PDFs carry a fixed creation date, and Message-IDs
and MIME boundaries are hashes of the request key in each mail client's shape.
"""

import csv
import datetime as dt
import hashlib
import io
import json
import sys
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DESK = "returns@distributor.example"
DESK_TO = f"Larchmont Supply Returns <{DESK}>"
US = "Larchmont Supply Co."

PDF = ("application", "pdf")
CSV = ("text", "csv")


# ---------------------------------------------------------------- stable numbers


def digest(*parts: str, n: int = 32) -> str:
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:n]


def at(stamp: str, hours: int) -> dt.datetime:
    """'YYYY-MM-DD HH:MM:SS' local time at UTC+hours."""
    zone = dt.timezone(dt.timedelta(hours=hours))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)


# ---------------------------------------------------------------- tables as people paste them


def aligned(
    rows: list[list[str]], right: str = "", gap: int = 2, rule: bool = False, head: bool = True
) -> str:
    """Fixed-width columns, as a screen or a report printed to text. right: 'r' per column;
    head: the first row is a heading (left-aligned throughout)."""
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            flush = c < len(right) and right[c] == "r" and (r > 0 or not head)
            cells.append(text.rjust(widths[c]) if flush else text.ljust(widths[c]))
        out.append((" " * gap).join(cells).rstrip())
        if rule and r == 0:
            out.append((" " * gap).join("-" * w for w in widths))
    return "\n".join(out)


def piped(rows: list[list[str]], right: str = "", pad: bool = True, rule: bool = True) -> str:
    """A pipe table; padded like a markdown table, or not padded as typed by hand."""
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            if pad:
                flush = c < len(right) and right[c] == "r" and r > 0
                text = text.rjust(widths[c]) if flush else text.ljust(widths[c])
            cells.append(text)
        out.append("| " + " | ".join(cells) + " |")
        if rule and r == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def tabbed(rows: list[list[str]], trailing: bool = False) -> str:
    """Tab-separated, as copied from a spreadsheet or a grid (Outlook's text part adds a tab)."""
    end = "\t" if trailing else ""
    return "\n".join("\t".join(row) + end for row in rows)


def esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def html_table(rows: list[list[str]], right: str = "", bold_last: bool = False) -> str:
    """An HTML table the way Outlook writes one pasted from Excel or typed into the editor."""
    out = [
        (
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">'
        )
    ]
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, text in enumerate(row):
            style = "border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"
            align = ' align="right"' if c < len(right) and right[c] == "r" and r > 0 else ""
            inner = esc(text) or "&nbsp;"
            if r == 0 or (bold_last and r == len(rows) - 1):
                inner = f"<b>{inner}</b>"
            out.append(
                f'<td valign="top" style="{style}"><p class="MsoNormal"{align}>{inner}</p></td>'
            )
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


class Table:
    """A table inside a mail body: plain text as tabs (Outlook's text part), HTML as a grid."""

    def __init__(self, rows: list[list[str]], right: str = "", bold_last: bool = False) -> None:
        self.rows, self.right, self.bold_last = rows, right, bold_last


class Pre:
    """Fixed-width text pasted into an Outlook mail: Courier New and hard spaces in the HTML."""

    def __init__(self, text: str) -> None:
        self.text = text


def outlook_parts(blocks: list) -> tuple[str, str]:
    """Plain and HTML halves of an Outlook message from paragraphs (str), Pre blocks and Tables."""
    plain, html = [], []
    for block in blocks:
        if isinstance(block, Pre):
            plain.append(block.text)
            for line in block.text.split("\n"):
                kept = esc(line).replace(" ", "&nbsp;")
                html.append(
                    '<p class="MsoNormal"><span style="font-family:&quot;Courier New&quot;;'
                    f'font-size:9.0pt">{kept}</span></p>'
                )
            html.append('<p class="MsoNormal">&nbsp;</p>')
            continue
        if isinstance(block, Table):
            plain.append(tabbed(block.rows, trailing=True))
            html.append(html_table(block.rows, block.right, block.bold_last))
            html.append('<p class="MsoNormal">&nbsp;</p>')
            continue
        plain.append(block)
        for line in block.split("\n"):
            html.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}</p>')
        html.append('<p class="MsoNormal">&nbsp;</p>')
    text = "\n\n".join(plain) + "\n"
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal {margin:0in;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
        '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(html) + "\n</div>\n</body>\n</html>\n"
    )
    return text, page


def gmail_html(text: str) -> str:
    """Gmail's HTML half: one div per line; a table pasted as a grid is kept as text lines."""
    lines = []
    for line in text.rstrip("\n").split("\n"):
        lines.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    return '<div dir="ltr">' + "\n".join(lines) + "</div>\n"


# ---------------------------------------------------------------- mail

CLIENTS = {
    "outlook": (
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", "en-US"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ),
    "iphone": (("X-Mailer", "iPhone Mail (22B91)"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "tbird": (("User-Agent", "Mozilla Thunderbird 128.5.0"),),
    "gmail": (),
}


def message_id(key: str, client: str, domain: str) -> str:
    core = digest("mid", key)
    if client == "outlook":
        up = core.upper()
        return f"<{up[:2]}{up[2:6]}MB{up[6:10]}{up[10:28]}@{up[28:32]}PR{up[4:6]}MB.namprd05.prod.outlook.com>"
    if client == "gmail":
        return f"<CAK{core[:10]}{core[10:18].upper()}-{core[18:30]}@mail.gmail.com>"
    if client in ("iphone", "apple"):
        up = core.upper()
        return f"<{up[:8]}-{up[8:12]}-{up[12:16]}-{up[16:20]}-{up[20:32]}@{domain}>"
    return f"<{core[:8]}-{core[8:12]}-{core[12:16]}-{core[16:20]}-{core[20:32]}@{domain}>"


def boundary(key: str, client: str, n: int) -> str:
    core = digest("b", key, str(n), n=30)
    if client == "outlook":
        return f"_{n:03d}_{core[:20].upper()}MB{core[20:24].upper()}namp_"
    if client == "gmail":
        return f"0000000000{core[:18]}"
    if client in ("iphone", "apple"):
        return f"Apple-Mail={core[:8].upper()}-{core[8:12].upper()}-{core[12:16].upper()}-{core[16:28].upper()}"
    return f"------------{core[:24]}"


def mail(
    key: str,
    *,
    sender: str,
    subject: str,
    sent: dt.datetime,
    client: str,
    domain: str,
    body: str = "",
    blocks: list | None = None,
    files: tuple = (),
    cc: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
) -> bytes:
    """One RFC 822 message. Outlook messages are built from blocks (paragraphs and Tables) and
    carry an HTML half; Gmail adds its own HTML half; the others are plain text."""
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = DESK_TO
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id(key, client, domain)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    msg["MIME-Version"] = "1.0"
    for name, value in CLIENTS[client]:
        if name == "X-MS-Has-Attach":
            value = "yes" if files else ""
        msg[name] = value
    html = None
    if client == "outlook":
        body, html = outlook_parts(blocks if blocks is not None else [body.rstrip("\n")])
    elif client == "gmail":
        html = gmail_html(body)
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for data, (main, sub), filename in files:
        if main == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=sub, filename=filename)
        else:
            msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for n, part in enumerate(msg.walk()):
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, client, n))
    out = io.BytesIO()
    BytesGenerator(out, policy=policy.default.clone(linesep="\n")).flatten(msg)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], crlf: bool = True) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    return out.getvalue().encode("utf-8")


# ---------------------------------------------------------------- PDF


class Form(FPDF):
    """A one-page form on Letter paper with a pinned creation date."""

    def __init__(self, made: dt.datetime) -> None:
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(made)
        self.set_author("")
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=18)
        self.add_page()

    def heading(self, issuer: str, title: str, small: str) -> None:
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 7, issuer, new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8.5)
        self.cell(0, 4.5, small, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_font("Helvetica", "B", 12)
        self.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def pairs(self, items: list[tuple[str, str]], width: float = 38) -> None:
        for label, value in items:
            self.set_font("Helvetica", "B", 9.5)
            self.cell(width, 5.8, label)
            self.set_font("Helvetica", "", 9.5)
            self.cell(0, 5.8, value, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def grid(self, widths: list[float], rows: list[list[str]], right: str = "") -> None:
        """Bordered table, first row the heading; a cell too narrow for its text is an error."""
        for r, row in enumerate(rows):
            self.set_font("Helvetica", "B" if r == 0 else "", 8.8)
            self.set_fill_color(222, 226, 230)
            for c, (width, text) in enumerate(zip(widths, row, strict=True)):
                if self.get_string_width(text) > width - 1.6:
                    raise ValueError(f"cell too narrow ({width} mm): {text!r}")
                how = "R" if c < len(right) and right[c] == "r" and r > 0 else "L"
                self.cell(width, 6.6, text, border=1, align=how, fill=r == 0)
            self.ln(6.6)
        self.ln(3)

    def para(self, text: str, size: float = 9.5, style: str = "") -> None:
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def bytes(self) -> bytes:
        return bytes(self.output())


# ---------------------------------------------------------------- people

KEYSTONE, RIVERBEND, SUMMIT = "keystonemech.com", "riverbendph.com", "summithvac.net"
HARBOR, DELGADO, DELGADO2 = "harborpointpm.com", "delgadoplumbing.com", "delgadosons.com"

DANA = "Dana Ruiz <ap@keystonemech.com>"
TOM = "Tom Morales <tmorales@keystonemech.com>"
GARY = "Gary Lutz <glutz@keystonemech.com>"
BEN = "Ben Carver <bcarver@keystonemech.com>"
ANITA = "Anita Shah <ashah@keystonemech.com>"
MARISOL = "Marisol Vega <mvega@keystonemech.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
TINA = "Tina Booker <tbooker@riverbendph.com>"
DOUG = "Doug Farrell <dfarrell@riverbendph.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
WENDELL = "Wendell Price <wprice@summithvac.net>"
CARLA = "Carla Jimenez <cjimenez@summithvac.net>"
NICK = "Nick Sorensen <nsorensen@summithvac.net>"
COREY = "Corey Blake <cblake@summithvac.net>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
DWAYNE = "Dwayne Hicks <dhicks@harborpointpm.com>"
THEO = "Theo Marsh <tmarsh@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
JOE = "Joe Pruneda <jpruneda@delgadoplumbing.com>"
MANNY = "Manny Ortiz <manny@delgadoplumbing.com>"
CARMEN = "Carmen Delgado <carmen@delgadosons.com>"
FRANK = "Frank Oyelaran <chief.engineer@bayviewsuites.com>"

KEYSTONE_NOTE = (
    "CONFIDENTIALITY: This e-mail and any attachments are for the named recipient only and may "
    "contain information of Keystone Mechanical Contractors that is privileged or confidential."
)
HARBOR_SIG = "Harbor Point Property Management\n1400 Shoreline Ave, Suite 210"


# ---------------------------------------------------------------- week 1: Mon 9 - Thu 12 Nov 2026


def m01() -> bytes:
    table = aligned(
        [
            [
                "Ln",
                "Our P/N",
                "Vendor Item",
                "Description",
                "Qty Ord",
                "Qty Shp",
                "Qty Rec",
                "Var",
                "Status",
            ],
            ["1", "KM-88213", "VLV-2210-BR", '2" BRZ GATE VLV THD', "40", "40", "40", "0", "OK"],
            [
                "2",
                "KM-40112",
                "FTG-CU-E90-100",
                '1" WROT CU 90 CXC',
                "150",
                "150",
                "138",
                "-12",
                "SHORT",
            ],
            [
                "3",
                "KM-88340",
                "VLV-0750-PRV",
                '3/4" PRV 25-75 PSI',
                "12",
                "12",
                "12",
                "0",
                "3 DAMAGED",
            ],
            [
                "4",
                "",
                "PIP-PEX-075-300",
                "3/4\" PEX-A 300' COIL",
                "6",
                "6",
                "0",
                "--",
                "DIRECT TO SITE",
            ],
        ],
        right="rlllrrrr",
        rule=True,
    )
    blocks = [
        "Hi,",
        "Receiving variance for PO-77812 (your SO-104233). Both trucks are in now (RL Thu, Estes Fri).",
        Pre(table),
        (
            "The 3 PRVs have cracked bodies, their boxes were crushed at the bottom of the pallet. They are "
            "tagged in the cage. Line 4 was shipped direct to the jobsite, not received here."
        ),
        "Gary Lutz\nReceiving Supervisor\nKeystone Mechanical Contractors | Yard 1\n412-555-0148",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m01",
        sender=GARY,
        subject="PO-77812 receiving variance",
        sent=at("2026-11-09 07:42:16", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
    )


def m02() -> bytes:
    body = """Unpacked the ODFL crate from Friday, SO-104235. Damaged:

- KM-88502 3" check valve x2 - flange ears snapped off
- 1 circulator pump PMP-CIRC-015, volute cracked

Rest of the order is fine (unions, condensate pumps, the other 4 check valves). Keeping the crate for the ODFL inspecter, pics if you want them.

Ben

Sent from my iPhone
"""
    return mail(
        "m02",
        sender=BEN,
        subject="SO-104235 crate",
        sent=at("2026-11-09 10:18:52", -5),
        client="iphone",
        domain=KEYSTONE,
        body=body,
    )


def m03() -> bytes:
    table = aligned(
        [
            ["ITEM", "ORDERED", "RECEIVED", "CONDITION"],
            ["10x6 floor register, white", "60", "52", "ok"],
            ["16x25x1 MERV 11 filter (cs)", "24", "24", "2 cs crushed, filters bent"],
            ["Thermostat, 24V non-prog", "10", "10", "ok"],
        ],
        right="lrr",
        gap=3,
    )
    body = f"""Hello,

Receiving report for PO-70231, delivered yesterday on your truck to the Bayside maintenance shop.

{table}

So we are 8 registers short and 2 cases of the filters came in crushed (forklift went through both
cases). The crushed cases are set aside in the shop.

Thanks,

Luis Ortega
Maintenance Coordinator
{HARBOR_SIG}
"""
    return mail(
        "m03",
        sender=LUIS,
        subject="Receiving report - PO-70231",
        sent=at("2026-11-10 07:55:03", -6),
        client="tbird",
        domain=HARBOR,
        body=body,
    )


def m04() -> bytes:
    table = tabbed(
        [
            ["Item#", "Description", "PO Qty", "Recv Qty", "Status"],
            ["VLV-1005-BV", '1" BALL VALVE FP THD', "24", "24", "OK"],
            ["FTG-PEX-CPL-050", '1/2" PEX CRIMP CPLG BAG/25', "10", "10", "4 BAGS WRONG PART"],
            ["PIP-PEX-075-300", '3/4" PEX-A 300FT COIL', "2", "3", "OVER 1"],
        ]
    )
    body = f"""Hi,

Pasting from our receiving screen for PO-24519 (UPS, came in Friday):

{table}

4 of the coupling bags are labled right but have 1/2" crimp elbows inside, not couplings - we need the couplings. Also 3 coils of the 3/4 PEX showed up and the PO was for 2. Let me know how you want the extra coil back.

Thanks
Tina Booker
Purchasing | Riverbend Plumbing & Heating
"""
    return mail(
        "m04",
        sender=TINA,
        subject="PO-24519 receiving discrepancies",
        sent=at("2026-11-10 09:06:41", -5),
        client="tbird",
        domain=RIVERBEND,
        body=body,
    )


def m05_csv() -> bytes:
    return csv_bytes(
        [
            [
                "PO",
                "Line",
                "Vendor Item",
                "Description",
                "Qty Ordered",
                "Qty Received",
                "Qty Damaged",
                "Damage Type",
                "Disposition",
            ],
            [
                "60377",
                "1",
                "CLG-TILE-24-ACU",
                "2X2 ACOUSTIC TILE CTN/16",
                "40",
                "40",
                "3",
                "WATER",
                "SCRAPPED ON SITE",
            ],
            [
                "60377",
                "2",
                "HVC-REG-1006-W",
                "10X6 FLOOR REGISTER WHT",
                "30",
                "30",
                "4",
                "BENT",
                "HOLD FOR RETURN",
            ],
            ["", "", "", "TOTAL", "70", "70", "7", "", ""],
        ]
    )


def m05() -> bytes:
    body = """Damage report for PO 60377 (your SO-104228, ODFL 11/2) attached. Two lines, tile cartons soaked through and some registers bent.

Wendell Price
Warehouse / Receiving
Summit HVAC Services
"""
    return mail(
        "m05",
        sender=WENDELL,
        subject="Damage report PO 60377",
        sent=at("2026-11-10 08:51:27", -6),
        client="gmail",
        domain=SUMMIT,
        body=body,
        files=((m05_csv(), CSV, "DMG_60377_20261110.csv"),),
    )


def m06() -> bytes:
    body = """Hi, our driver picked up PO-40988 at your will call counter Friday. Checked it in Monday:

* 2" black pipe cut to length - 120 ft, all there, but one 20 ft piece is bent (it was like that on your rack when they loaded it). 20 ft damaged
* 1-1/2" black iron unions - 12 ordered, only 10 in the box. 2 short
* 1" ball valves - 10, all good

Can you credit the 2 unions and tell me what to do with the bent pipe?

Joe Pruneda
Delgado & Sons - warehouse
"""
    return mail(
        "m06",
        sender=JOE,
        subject="PO-40988 pickup",
        sent=at("2026-11-10 09:30:10", -6),
        client="gmail",
        domain=DELGADO,
        body=body,
    )


def m07() -> bytes:
    blocks = [
        "Hello,",
        "Finally got through the SO-104230 delivery (our PO-24460) at the Mill Creek job:",
        (
            '- 2" PVC tees, UPC 061234500200: 15 cracked at the hub, the box was crushed in transit\n'
            "- 3/4\" sweat ball valves: 3 won't shut off, the ball doesn't seat. Defective.\n"
            '- 1" type L copper: fine'
        ),
        "Sorry this is late, the crew only opened the boxes last week.",
        "Mike O'Brien\nProject Manager\nRiverbend Plumbing & Heating\nc. 717-555-0133",
    ]
    return mail(
        "m07",
        sender=MIKE,
        subject="SO-104230 - tees and ball valves",
        sent=at("2026-11-10 10:34:58", -5),
        client="outlook",
        domain=RIVERBEND,
        blocks=blocks,
    )


def m08() -> bytes:
    body = """Hi,

We're doing the plumbing on Keystone's Lakeview Commons job. Keystone sent over part of your SO-104233 (their PO-77812) to our laydown yard and when we went to set the 2" bronze gate valves VLV-2210-BR, 2 of them were cracked at the bonnet. Boxes look ok from outside, so it happened before they got to us.

Can you credit us the 2 gate valves? We need replacements to keep going on the risers.

Carmen Delgado
Project Coordinator
Delgado & Sons Plumbing
"""
    return mail(
        "m08",
        sender=CARMEN,
        subject="Lakeview - 2 cracked gate valves",
        sent=at("2026-11-10 11:12:35", -6),
        client="apple",
        domain=DELGADO2,
        body=body,
    )


def m09() -> bytes:
    blocks = [
        "Hi,",
        "Two items on PO-77790 (SO-104226):",
        (
            '1) Copper - invoice INV-88098 bills the 1" type L at 76.40 a length, our PO price is 71.80. '
            "Please credit the difference on all 30 lengths.\n"
            "2) 1\" ball valves - the job was redesigned and we don't need 24 of the 36. "
            "Please send an RMA so we can return the 24."
        ),
        Table(
            [
                ["Line", "Our P/N", "Description", "Qty", "PO price", "Invoiced", "Action"],
                [
                    "1",
                    "KM-20100",
                    "1\" type L copper 20'",
                    "30",
                    "71.80",
                    "76.40",
                    "credit price difference",
                ],
                ["2", "KM-40112", '1" CU 90 ell', "200", "2.95", "2.95", "-"],
                [
                    "3",
                    "KM-88107",
                    '1" ball valve FP',
                    "36",
                    "15.20",
                    "15.20",
                    "return 24 (not needed)",
                ],
            ],
            right="llrrrrl",
        ),
        "Thank you,\nAnita Shah\nPurchasing Agent\nKeystone Mechanical Contractors",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m09",
        sender=ANITA,
        subject="PO-77790 / INV-88098 - copper price + ball valve return",
        sent=at("2026-11-11 08:20:44", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
    )


def m10() -> bytes:
    body = """Hi,

On PO-40917 you sent us four expansion tanks but they're the 4.5 gallon ones, not the 2 gallon WH-EXP-2G we ordered. We didn't catch it until the guys went to install them this week, they don't fit in the closets. All 4 are the wrong item.

Can you swap them out?

Rosa
Delgado & Sons Plumbing
"""
    return mail(
        "m10",
        sender=ROSA,
        subject="wrong expansion tanks PO-40917",
        sent=at("2026-11-11 09:05:19", -6),
        client="apple",
        domain=DELGADO,
        body=body,
    )


def m11() -> bytes:
    table = aligned(
        [
            ["Item", "Now", "Change to"],
            ["VLV-3100-CK", "3", "2"],
            ["FTG-BI-U-150", "20", "20 (no change)"],
        ],
        right="lr",
    )
    body = f"""Hi,

Before SO-104247 (our PO-24561) ships, can you change it to:

{table}

The GC cancelled one of the check valves. If it already went out never mind, we'll keep it for stock.

Thanks,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return mail(
        "m11",
        sender=KAREN,
        subject="SO-104247 change before it ships",
        sent=at("2026-11-11 13:40:02", -5),
        client="tbird",
        domain=RIVERBEND,
        body=body,
    )


def m12() -> bytes:
    blocks = [
        "Good morning,",
        (
            "Luis let me know that 8 of the floor registers on invoice INV-88160 never arrived "
            "(PO-70231, we got 52 of the 60). Please issue a credit memo for the 8 short registers so I "
            "can match the invoice."
        ),
        "Thank you,\nGrace Kim\nAccounts Payable\n" + HARBOR_SIG,
    ]
    return mail(
        "m12",
        sender=GRACE,
        subject="INV-88160 - credit for short registers",
        sent=at("2026-11-12 08:10:37", -6),
        client="outlook",
        domain=HARBOR,
        blocks=blocks,
    )


def m13() -> bytes:
    blocks = [
        "Hello,",
        "Invoice INV-88133 (SO-104235 / PO-77830) does not match our PO on one line:",
        Table(
            [
                ["Item", "Qty", "PO price", "Inv price", "Diff", "Ext diff"],
                ["VLV-3100-CK", "6", "189.00", "189.00", "0.00", "0.00"],
                ["FTG-BI-U-150", "40", "10.80", "10.80", "0.00", "0.00"],
                ["HVC-CND-PUMP", "8", "61.50", "64.90", "3.40", "27.20"],
                ["PMP-CIRC-015", "4", "139.00", "139.00", "0.00", "0.00"],
                ["Total", "", "", "", "", "27.20"],
            ],
            right="lrrrrr",
            bold_last=True,
        ),
        (
            "Please send a credit memo for 27.20 (8 condensate pumps billed 3.40 over PO price). "
            "The rest of the invoice is approved for payment."
        ),
        "Dana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m13",
        sender=DANA,
        subject="INV-88133 price discrepancy",
        sent=at("2026-11-12 09:22:08", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
    )


def m14() -> bytes:
    table = piped(
        [
            ["qty", "item", "problem"],
            ["2", "TST-2100-NP thermostat", "screens cracked"],
            ["1", "HVC-CND-PUMP condensate pump", "reservoir broken off"],
            ["10", "HVC-FLT-1625-M11 filters", "fine"],
        ],
        pad=False,
        rule=False,
    )
    body = f"""Hi,

PO 60502 came in this morning by UPS with damage:

{table}

Please credit or replace the 3 damaged pieces.

Carla Jimenez
Purchasing, Summit HVAC Services
"""
    return mail(
        "m14",
        sender=CARLA,
        subject="PO 60502 damaged",
        sent=at("2026-11-12 10:25:49", -6),
        client="gmail",
        domain=SUMMIT,
        body=body,
    )


def m15() -> bytes:
    table = aligned(
        [
            ["HVC-CND-PUMP", "15"],
            ["TST-2100-NP", "18"],
            ["HVC-FLT-1625-M11", "30 cs"],
        ],
        right="lr",
        gap=4,
        head=False,
    )
    body = f"""Need to place a re-order, same items as PO 60455 but more of them:

{table}

Can you quote and give me lead time? If the thermostats are backordered send what you have and backorder the rest.

Raj
"""
    return mail(
        "m15",
        sender=RAJ,
        subject="re-order quote - pumps, stats, filters",
        sent=at("2026-11-12 14:15:33", -6),
        client="iphone",
        domain=SUMMIT,
        body=body + "\nSent from my iPhone\n",
    )


# ---------------------------------------------------------------- Fri 13 Nov 2026


def m16_csv() -> bytes:
    rows = [["Job", "Unit", "Our Part", "Serial", "Installed", "Status", "Notes"]]
    units = [
        ("AHU-1 zone 1", "T75P-2610-004417", "2026-10-27", "OK", ""),
        ("AHU-1 zone 2", "T75P-2610-004418", "2026-10-27", "FAIL", "drops wifi / loses schedule"),
        ("AHU-1 zone 3", "T75P-2610-004421", "2026-10-27", "OK", ""),
        ("AHU-2 zone 1", "T75P-2610-004422", "2026-10-28", "FAIL", "drops wifi"),
        ("AHU-2 zone 2", "T75P-2610-004425", "2026-10-28", "OK", ""),
        ("AHU-2 zone 3", "T75P-2610-004426", "2026-10-28", "FAIL", "wont hold schedule"),
    ]
    for unit, serial, day, status, note in units:
        rows.append(["Kingsbury Hall", unit, "KM-61750", serial, day, status, note])
    return csv_bytes(rows)


def m16() -> bytes:
    blocks = [
        "Dana asked me to send these over.",
        (
            "Of the 8 Wi-Fi thermostats on PO-77760 (our part KM-61750) we have put in 6 so far, and 3 of "
            "them are defective: they drop off Wi-Fi every few minutes and lose the schedule. Serial list "
            "from our service log attached, the bad ones are marked FAIL. The other 2 are still in the box."
        ),
        "Tom Morales\nService Manager\nKeystone Mechanical Contractors",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m16",
        sender=TOM,
        subject="KM-61750 thermostats failing - PO-77760",
        sent=at("2026-11-13 07:50:21", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
        files=((m16_csv(), CSV, "Kingsbury_tstat_serials.csv"),),
    )


def m17() -> bytes:
    table = piped(
        [
            ["Item", "Shipped", "Counted", "Diff", "Comment"],
            ["VLV-1005-BV", "48", "48", "0", "3 w/ handles snapped off"],
            ["FTG-CU-E90-100", "250", "240", "-10", ""],
            ["VLV-0750-PRV", "4", "4", "0", ""],
        ],
        right="lrrrl",
    )
    body = f"""Count on SO-104243 / PO-24530 (RL, yesterday):

{table}

So 10 elbows short and 3 ball valves damaged, handles broken off in the box (RL dropped a carton, driver noted it on the BOL).

Doug Farrell
Warehouse Mgr, Riverbend P&H
"""
    return mail(
        "m17",
        sender=DOUG,
        subject="SO-104243 count",
        sent=at("2026-11-13 08:32:14", -5),
        client="tbird",
        domain=RIVERBEND,
        body=body,
    )


def m18() -> bytes:
    blocks = [
        "Hi,",
        "Problems with PO-70288 (Estes delivery Wednesday):",
        Table(
            [
                ["Item", "Qty rec'd", "Issue"],
                [
                    "50 gal gas water heater",
                    "3",
                    "1 dented - jacket caved in, Estes driver signed for it",
                ],
                [
                    "2 gal expansion tank",
                    "3",
                    "2 defective - air valve leaks, won't hold precharge",
                ],
            ],
            right="lrl",
        ),
        "Please credit the dented heater and the 2 bad tanks.",
        "Dwayne Hicks\nMaintenance Supervisor\n" + HARBOR_SIG,
    ]
    return mail(
        "m18",
        sender=DWAYNE,
        subject="PO-70288 heater + tanks",
        sent=at("2026-11-13 09:10:56", -6),
        client="outlook",
        domain=HARBOR,
        blocks=blocks,
    )


def m19() -> bytes:
    body = """Hi - the 3/4" PEX coils on PO-77812 went straight to the Lakeview site. The site super counted 5 coils, packing slip says 6. So one coil short, can you check?

Marisol Vega
Project Admin, Keystone Mechanical
"""
    return mail(
        "m19",
        sender=MARISOL,
        subject="PO-77812 PEX coils",
        sent=at("2026-11-13 10:25:40", -5),
        client="gmail",
        domain=KEYSTONE,
        body=body,
    )


def m20_csv() -> bytes:
    return csv_bytes(
        [
            [
                "Rcv Date",
                "PO",
                "Vendor",
                "Our P/N",
                "Vendor Item",
                "Qty Ord",
                "Qty Rec",
                "Status",
                "Comment",
            ],
            [
                "2026-11-05",
                "PO-77812",
                "LARCHMONT",
                "KM-88213",
                "VLV-2210-BR",
                "40",
                "40",
                "COMPLETE",
                "",
            ],
            [
                "2026-11-05",
                "PO-77812",
                "LARCHMONT",
                "KM-40112",
                "FTG-CU-E90-100",
                "150",
                "138",
                "VARIANCE",
                "reported 11/9",
            ],
            [
                "2026-11-06",
                "PO-77812",
                "LARCHMONT",
                "KM-88340",
                "VLV-0750-PRV",
                "12",
                "12",
                "VARIANCE",
                "reported 11/9",
            ],
            [
                "2026-11-06",
                "PO-77830",
                "LARCHMONT",
                "KM-88502",
                "VLV-3100-CK",
                "6",
                "6",
                "VARIANCE",
                "reported 11/9 (B. Carver)",
            ],
            [
                "2026-11-06",
                "PO-77830",
                "LARCHMONT",
                "KM-40415",
                "FTG-BI-U-150",
                "40",
                "40",
                "COMPLETE",
                "",
            ],
            ["2026-11-06", "PO-77830", "LARCHMONT", "", "HVC-CND-PUMP", "8", "8", "COMPLETE", ""],
            [
                "2026-11-06",
                "PO-77830",
                "LARCHMONT",
                "",
                "PMP-CIRC-015",
                "4",
                "4",
                "VARIANCE",
                "reported 11/9 (B. Carver)",
            ],
            ["2026-11-10", "PO-77841", "FERGUSON", "KM-30050", "", "24", "24", "COMPLETE", ""],
        ]
    )


def m20() -> bytes:
    blocks = [
        "Hi,",
        (
            "Weekly receiving log attached for your records. The variances on it were already sent to "
            "you on Monday (mine and Ben's), nothing new this week. No action needed."
        ),
        "Gary Lutz\nReceiving Supervisor\nKeystone Mechanical Contractors | Yard 1",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m20",
        sender=GARY,
        subject="Weekly receiving log w/e 11/13",
        sent=at("2026-11-13 15:20:09", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
        files=((m20_csv(), CSV, "RCV_LOG_WE_2026-11-13.csv"),),
    )


# ---------------------------------------------------------------- week 2: Mon 16 - Thu 19 Nov 2026


def m21() -> bytes:
    table = aligned(
        [
            ["LINE", "ITEM", "DESCRIPTION", "ORD", "SHIP", "RECV", "NOTE"],
            [
                "1",
                "HVC-CND-PUMP",
                "CONDENSATE PUMP 115V",
                "10",
                "10",
                "10",
                "1 DAMAGED - TANK CRACKED",
            ],
            ["2", "TST-2100-NP", "T-STAT NON-PROG 24V", "12", "12", "10", ""],
            ["3", "HVC-FLT-1625-M11", "16X25X1 MERV11 (CS)", "20", "20", "24", ""],
        ],
        right="lllrrr",
    )
    body = f"""PO 60455 rec'd Thu 11/12 (UPS). Count:

{table}

2 thermostats short, 4 extra cases of filters (holding them for pickup) and 1 pump damaged.

Wendell Price
Warehouse / Receiving
Summit HVAC Services
"""
    return mail(
        "m21",
        sender=WENDELL,
        subject="PO 60455 receipt",
        sent=at("2026-11-16 07:45:12", -6),
        client="gmail",
        domain=SUMMIT,
        body=body,
    )


def m22() -> bytes:
    table = piped(
        [
            ["Qty", "Item", "Desc"],
            ["1", "VLV-0750-PRV", "3/4 PRV"],
            ["25", "FTG-CU-E90-100", '1" copper 90'],
            ["3", "PIP-CU-L-100-20", '1" L copper 20ft'],
        ],
        pad=False,
        rule=False,
    )
    body = f"""Hello,

Rosa asked me to send you the leftovers from the Hillcrest job, PO-40962. We don't need these anymore:

{table}

All unused, in teh original boxes. Send an RMA and we'll drop it at the counter.

Carmen Delgado
Delgado & Sons Plumbing
"""
    return mail(
        "m22",
        sender=CARMEN,
        subject="Hillcrest leftovers PO-40962",
        sent=at("2026-11-16 08:40:26", -6),
        client="apple",
        domain=DELGADO2,
        body=body,
    )


def m23() -> bytes:
    body = """Going through the tile at the Maple Ridge job. Receiving had PO 60377 as 40 cartons of the 2x2 acoustic tile but the pallet had a bottom layer they missed: we have 42 cartons here counting the 3 wet ones you already know about. So 2 cartons extra / overshipped. Want them back? They are in the job trailer.

Nick Sorensen
Site Lead - Maple Ridge
Summit HVAC Services
"""
    return mail(
        "m23",
        sender=NICK,
        subject="PO 60377 - 2 extra tile cartons",
        sent=at("2026-11-16 09:55:03", -6),
        client="gmail",
        domain=SUMMIT,
        body=body,
    )


def m24() -> bytes:
    blocks = [
        "Remittance advice - ACH payment 11/16/2026",
        Table(
            [
                ["Invoice", "Inv date", "Amount", "Paid", "Note"],
                [
                    "INV-88160",
                    "11/09/2026",
                    "1,552.60",
                    "1,552.60",
                    "paid in full - credit for short registers requested 11/12",
                ],
                ["INV-88171", "11/09/2026", "2,194.50", "2,194.50", ""],
                ["Total", "", "3,747.10", "3,747.10", ""],
            ],
            right="llrrl",
            bold_last=True,
        ),
        "Funds should post in 1-2 business days.",
        "Grace Kim\nAccounts Payable\n" + HARBOR_SIG,
    ]
    return mail(
        "m24",
        sender=GRACE,
        subject="Remittance advice 11/16",
        sent=at("2026-11-16 11:30:45", -6),
        client="outlook",
        domain=HARBOR,
        blocks=blocks,
    )


def m25() -> bytes:
    table = tabbed(
        [
            ["Description", "Ordered", "Received", "Remarks"],
            ["Floor register 10x6 white", "40", "35", "5 missing"],
            ['3/4" ball valve sweat', "12", "12", "6 are threaded, not sweat - wrong item"],
        ]
    )
    body = f"""PO-70296 came in yesterday. From our receiving sheet:

{table}

Need 5 registers and 6 sweat valves please.

Luis Ortega
Maintenance Coordinator
{HARBOR_SIG}
"""
    return mail(
        "m25",
        sender=LUIS,
        subject="PO-70296",
        sent=at("2026-11-17 07:38:50", -6),
        client="tbird",
        domain=HARBOR,
        body=body,
    )


def m26() -> bytes:
    body = """Two things on SO-104238:

- 3 cases of the 16x25x1 MERV 11 filters: don't need them, the building changed to 20x25 returns. Please set up a return.
- 1 Wi-Fi thermostat, UPC 084512075004, dead out of the box. No display with 24V confirmed at the terminals. Defective.

The TST-2100-NP thermostats on that order are all fine.

Raj Patel
Summit HVAC Services
"""
    return mail(
        "m26",
        sender=RAJ,
        subject="SO-104238 return + 1 bad stat",
        sent=at("2026-11-17 08:15:31", -6),
        client="apple",
        domain=SUMMIT,
        body=body,
    )


def m27_pdf() -> bytes:
    pdf = Form(at("2026-11-17 09:30:00", -5))
    pdf.heading(
        "Keystone Mechanical Contractors",
        "MATERIAL RETURN REQUEST",
        "Purchasing Dept. - 2200 Liberty Ave, Pittsburgh PA - purchasing@keystonemech.com",
    )
    pdf.pairs(
        [
            ("Vendor:", US),
            ("PO number:", "PO-77731"),
            ("Job:", "Riverside Lofts - closeout"),
            ("Requested by:", "Anita Shah"),
            ("Date:", "11/17/2026"),
        ]
    )
    pdf.grid(
        [24, 34, 56, 18, 42],
        [
            ["Our P/N", "Vendor item", "Description", "Qty", "Reason"],
            [
                "KM-88107",
                "VLV-1005-BV",
                '1" ball valve, full port, thd',
                "10",
                "Not needed - closeout",
            ],
            [
                "",
                "FTG-PEX-CPL-050",
                '1/2" PEX crimp coupling, bag/25',
                "8",
                "Not needed - closeout",
            ],
            ["", "", "Total pieces", "18", ""],
        ],
        right="lllrl",
    )
    pdf.para(
        "Material is unused and in original packaging. Please issue an RMA number and credit "
        "the PO. Keystone will arrange drop-off at your DC-EAST counter."
    )
    return pdf.bytes()


def m27() -> bytes:
    blocks = [
        "Hello,",
        (
            "Attached is our return request for the leftovers on PO-77731 (10 ball valves and 8 bags of "
            "PEX couplings). Not needed, job is closed out. Please send an RMA."
        ),
        "Thanks,\nAnita Shah\nPurchasing Agent\nKeystone Mechanical Contractors",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m27",
        sender=ANITA,
        subject="Return request PO-77731",
        sent=at("2026-11-17 09:48:14", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
        files=((m27_pdf(), PDF, "Return_Request_PO-77731.pdf"),),
    )


def m28() -> bytes:
    body = """Hi, on PO 60455 six of the 10x6 white floor registers (HVC-REG-1006-W) came bent, louvers crushed. Can we get them replaced or credited? 6 pcs.

Thanks
Corey Blake
Summit HVAC
"""
    return mail(
        "m28",
        sender=COREY,
        subject="bent registers",
        sent=at("2026-11-17 10:20:07", -6),
        client="iphone",
        domain=SUMMIT,
        body=body + "\nSent from my iPhone\n",
    )


def m29() -> bytes:
    ours = message_id("m29-ack", "tbird", "distributor.example")
    first = message_id("m06", "gmail", DELGADO)
    body = """Thanks, got it. The bent 20 ft stick is tagged in our yard, whoever picks it up ask for Joe. No other issues on that pickup.

Joe

On Tue, Nov 10, 2026 at 10:02 AM Larchmont Supply Returns <returns@distributor.example> wrote:
> Thank you, we have received your request about PO-40988 (our SO-104240).
>
>   FTG-BI-U-150  qty 2   short       - credit pending our recount
>   PIP-BI-200-CTL qty 20 damaged     - under review
>
> We will be in touch about the damaged pipe.
>
> Larchmont Supply Co. - Returns Desk
"""
    return mail(
        "m29",
        sender=JOE,
        subject="Re: Your request PO-40988",
        sent=at("2026-11-17 13:05:58", -6),
        client="gmail",
        domain=DELGADO,
        body=body,
        in_reply_to=ours,
        references=f"{first} {ours}",
    )


def m30_pdf() -> bytes:
    pdf = Form(at("2026-11-18 07:55:00", -5))
    pdf.heading(
        "Riverbend Plumbing & Heating",
        "Return Authorization Request",
        "88 Canal St, Harrisburg PA - office@riverbendph.com - 717-555-0100",
    )
    pdf.pairs(
        [
            ("To:", US + " - Returns"),
            ("Our PO:", "PO-24415"),
            ("Job:", "Dauphin St fire service"),
            ("Date:", "11/18/2026"),
        ]
    )
    pdf.grid(
        [36, 64, 20, 20, 30],
        [
            ["Item", "Description", "Shipped", "Return", "Reason code"],
            ["BFP-RPZ-300-SO", '3" RPZ backflow assembly', "1", "1", "NN"],
            ["VLV-3100-CK", '3" swing check valve, flanged', "2", "1", "NN"],
        ],
        right="llrrl",
    )
    pdf.para(
        "Reason codes: DA damaged - DF defective - WI wrong item - NN not needed - OS over shipped"
    )
    pdf.para("Remarks: owner cancelled the second fire line. Both items are unused, still crated.")
    pdf.para("Authorized: Karen Liu", style="I")
    return pdf.bytes()


def m30() -> bytes:
    body = """Hi,

Please see the attached return request for PO-24415.

Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return mail(
        "m30",
        sender=KAREN,
        subject="Return request - PO-24415",
        sent=at("2026-11-18 08:12:22", -5),
        client="tbird",
        domain=RIVERBEND,
        body=body,
        files=((m30_pdf(), PDF, "RA-request-PO-24415.pdf"),),
    )


def m31() -> bytes:
    blocks = [
        "Tom again.",
        (
            'The 1" ball valves from PO-77790 (KM-88107): we installed 14 of them on the 3rd floor risers '
            "and all 14 weep at the stem packing. Tightening the packing nut doesn't stop it. Defective - "
            "need them credited or replaced."
        ),
        "Tom Morales\nService Manager\nKeystone Mechanical Contractors",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m31",
        sender=TOM,
        subject="PO-77790 ball valves leaking",
        sent=at("2026-11-18 09:30:33", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
    )


def m32() -> bytes:
    blocks = [
        "Hello,",
        "INV-88190 (PO-70296) is priced above our 2026 supply agreement on both lines:",
        Table(
            [
                ["Item", "Qty", "Invoiced", "Agreement", "Over"],
                ["HVC-REG-1006-W floor register", "40", "5.60", "5.25", "14.00"],
                ['VLV-0075-BV 3/4" ball valve', "12", "10.40", "9.95", "5.40"],
                ["Total", "", "", "", "19.40"],
            ],
            right="lrrrr",
            bold_last=True,
        ),
        "Please issue a credit for 19.40 or send a corrected invoice.",
        "Regards,\nTheo Marsh\nPurchasing Coordinator\n" + HARBOR_SIG,
    ]
    return mail(
        "m32",
        sender=THEO,
        subject="INV-88190 pricing",
        sent=at("2026-11-18 10:45:18", -6),
        client="outlook",
        domain=HARBOR,
        blocks=blocks,
    )


def m33() -> bytes:
    table = aligned(
        [
            ["INV-88109", "10/30", "2,074.00"],
            ["INV-88152", "11/05", "2,557.00"],
            ["INV-88184", "11/10", "1,734.80"],
        ],
        right="llr",
        gap=4,
        head=False,
    )
    body = f"""Hi,

Reconciling your statement, we show these open:

{table}

Could you send copies of INV-88152 and INV-88184? We never got them by email. Raj has a couple of receiving issues open with your returns desk on those orders, I'll pay them once his credits come through.

Thank you,
Linda Chu
Accounts Payable
Summit HVAC Services
"""
    return mail(
        "m33",
        sender=LINDA,
        subject="invoice copies please",
        sent=at("2026-11-18 14:00:27", -6),
        client="gmail",
        domain=SUMMIT,
        body=body,
    )


def m34() -> bytes:
    body = """Hi again - more trouble from the PO-40917 job:

- 1 of the 40 gal electric heaters (084512004002 on the label): lower element burned out after 5 weeks, I tested it and the element is open. Warranty please.
- 3 of the 3/4" sweat ball valves leak thru when closed.

The other heater and the rest of the valves are fine.

Rosa
Delgado & Sons Plumbing
"""
    return mail(
        "m34",
        sender=ROSA,
        subject="PO-40917 heater + valves warranty",
        sent=at("2026-11-19 08:05:44", -6),
        client="apple",
        domain=DELGADO,
        body=body,
    )


def m35() -> bytes:
    body = """Service call at the Ridgeway house (the job from last fall, PO-40611). Found:

2 x 3/4" sweat ball valves - stems seized, won't turn
1 x 2 gal expansion tank - bladder failed, waterlogged

Both installed Oct 2025. Are these still under warranty? If so please credit or replace them.

Manny Ortiz
Delgado & Sons Plumbing
"""
    return mail(
        "m35",
        sender=MANNY,
        subject="warranty? PO-40611",
        sent=at("2026-11-19 08:40:09", -6),
        client="gmail",
        domain=DELGADO,
        body=body,
    )


def m36() -> bytes:
    body = """Hello,

Summit HVAC installed new thermostats in our guest rooms last week. Two of them are defective (blank display, no call for heat). The box label and the packing slip show your order SO-104238, item TST-2100-NP. Summit told us to contact you directly about the warranty.

Regards,
Frank Oyelaran
Chief Engineer, Bayview Suites
"""
    return mail(
        "m36",
        sender=FRANK,
        subject="Defective thermostats - warranty",
        sent=at("2026-11-19 09:25:36", -6),
        client="tbird",
        domain="bayviewsuites.com",
        body=body,
    )


def m37() -> bytes:
    blocks = [
        "Hi,",
        "Before I cut the next PO, can you confirm these prices still hold? From our last POs:",
        Table(
            [
                ["Item", "Last PO", "Price", "Qty needed"],
                ["HVC-CND-PUMP", "PO-77830", "61.50", "10"],
                ["VLV-3100-CK", "PO-77830", "189.00", "4"],
                ['KM-88213 2" gate valve', "PO-77812", "58.90", "24"],
            ],
            right="llrr",
        ),
        (
            "The pumps were billed at 64.90 on the last invoice, Dana already sorted that out with you, "
            "I just want to make sure the new PO goes through clean."
        ),
        "Anita Shah\nPurchasing Agent\nKeystone Mechanical Contractors",
        KEYSTONE_NOTE,
    ]
    return mail(
        "m37",
        sender=ANITA,
        subject="price check before new PO",
        sent=at("2026-11-19 11:10:51", -5),
        client="outlook",
        domain=KEYSTONE,
        blocks=blocks,
    )


# ---------------------------------------------------------------- portal form and uploads


def m38() -> bytes:
    form = {
        "order_number": "SO-104236",
        "lines": [
            {"sku": "VLV-1005-BV", "quantity": 2, "reason": "DAMAGED"},
            {"sku": "PIP-PEX-075-300", "quantity": 1, "reason": "DAMAGED"},
        ],
        "note": (
            "Found at rough-in on the Pine St job: two of the 1 inch ball valves have cracked bodies "
            "and one PEX coil has a crushed section about 40 ft in. The boxes were stacked under the "
            "coils on delivery."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def m39() -> bytes:
    table = aligned(
        [
            ["SKU", "Description", "Qty Rcvd", "Exception"],
            ["VLV-0075-BV", '3/4" FP ball valve, sweat', "12", "5 WRONG ITEM - threaded ends"],
            ["HVC-REG-1006-W", "10x6 floor register", "40", "none"],
            ["FTG-PVC-T-200", '2" PVC tee', "50", "none"],
        ],
        right="llr",
    )
    text = f"""RECEIVING EXCEPTIONS - week of 11/16

{table}

Please replace the 5 valves with the sweat version.
"""
    return text.encode("utf-8")


def m40() -> bytes:
    return b"""SO-104214 shortage

1-1/2" black iron unions FTG-BI-U-150: packing slip 30, counted 28. Short 2.
3" check valves: 4 of 4 ok.
"""


NAMES = {
    "m01": "m01-keystone-po77812-receiving-variance.eml",
    "m02": "m02-keystone-so104235-crate-damage.eml",
    "m03": "m03-harbor-po70231-receiving-report.eml",
    "m04": "m04-riverbend-po24519-couplings-coils.eml",
    "m05": "m05-summit-po60377-damage-csv.eml",
    "m06": "m06-delgado-po40988-will-call-count.eml",
    "m07": "m07-riverbend-so104230-tees-ballvalves.eml",
    "m08": "m08-delgado-on-keystone-so104233.eml",
    "m09": "m09-keystone-po77790-price-and-return.eml",
    "m10": "m10-delgado-po40917-expansion-tanks.eml",
    "m11": "m11-riverbend-so104247-change-before-ship.eml",
    "m12": "m12-harbor-inv88160-registers-credit.eml",
    "m13": "m13-keystone-inv88133-price-check.eml",
    "m14": "m14-summit-po60502-damage.eml",
    "m15": "m15-summit-reorder-quote-po60455.eml",
    "m16": "m16-keystone-km61750-thermostat-serials.eml",
    "m17": "m17-riverbend-so104243-warehouse-count.eml",
    "m18": "m18-harbor-po70288-heater-tanks.eml",
    "m19": "m19-keystone-site-pex-coils-short.eml",
    "m20": "m20-keystone-weekly-receiving-log.eml",
    "m21": "m21-summit-po60455-receipt.eml",
    "m22": "m22-delgado-po40962-leftovers.eml",
    "m23": "m23-summit-po60377-extra-tiles.eml",
    "m24": "m24-harbor-remittance-advice.eml",
    "m25": "m25-harbor-po70296-tab-paste.eml",
    "m26": "m26-summit-so104238-filters-stat.eml",
    "m27": "m27-keystone-po77731-closeout-returns.eml",
    "m28": "m28-summit-po60455-registers.eml",
    "m29": "m29-delgado-re-will-call-ack.eml",
    "m30": "m30-riverbend-po24415-return-request-pdf.eml",
    "m31": "m31-keystone-po77790-ballvalves-weeping.eml",
    "m32": "m32-harbor-inv88190-agreement-pricing.eml",
    "m33": "m33-summit-statement-copies.eml",
    "m34": "m34-delgado-po40917-heater-valves-warranty.eml",
    "m35": "m35-delgado-po40611-old-job-warranty.eml",
    "m36": "m36-hotel-engineer-so104238-stats.eml",
    "m37": "m37-keystone-price-check-before-po.eml",
    "m38": "m38-portal-so104236-damaged.json",
    "m39": "m39-upload-wrong-valves-no-reference.txt",
    "m40": "m40-upload-so104214-unions-short.txt",
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    out.mkdir(parents=True, exist_ok=True)
    builders = globals()
    for key, name in NAMES.items():
        (out / name).write_bytes(builders[key]())
    print(f"{len(NAMES)} request files written to {out}")


if __name__ == "__main__":
    main()
