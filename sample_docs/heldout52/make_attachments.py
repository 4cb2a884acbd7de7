"""Write every request file of heldout52 (one month of the shared returns mailbox).

Usage:  python make_attachments.py TARGET_DIR

Deterministic: no clock, no unseeded chance. Mails are assembled byte by byte (each
client's header order, CRLF line ends, fixed Date, Message-ID and MIME boundaries); the
two pictures are drawn with system DejaVu fonts and seeded noise and saved as PNG
without time stamps; the PDF is written object by object without dates; the portal
form and the two text uploads are plain bytes.
"""

import base64
import hashlib
import html
import io
import json
import quopri
import random
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

CRLF = b"\r\n"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------- the distributor
# Hollis & Crane Supply keeps the shared returns mailbox these messages land in.

RETURNS = "returns@hollis-crane.example"
MARISOL = ("Marisol Fenn", RETURNS)
DISPATCH = ("H&C Dispatch", "dispatch@hollis-crane.example")
CREDIT = ("H&C Credit Department", "credit@hollis-crane.example")
TO_RETURNS = "H&C Returns <returns@hollis-crane.example>"

# ---------------------------------------------------------------- who writes

TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
BILL = ("Bill Szymanski", "bszymanski@keystonemech.com")
RICK = ("Rick Alvarado", "ralvarado@keystonemech.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
TERESA = ("Teresa Nguyen", "tnguyen@riverbendph.com")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
GUSTAVO = ("Gustavo Ferreira", "gferreira@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
WOJTEK = ("Wojciech Nowak", "wnowak@harborpointpm.com")
DARNELL = ("Darnell Price", "darnellprice.super@gmail.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
JESUS = ("Jesús Ortiz", "jortiz@delgadoplumbing.com")
ERNIE = ("Ernie Delgado", "ernie@delgadosons.com")
MANNY = ("Manny Delgado", "manny@delgadosons.com")

EAST, CENTRAL = -5, -6

# ---------------------------------------------------------------- mail plumbing


def addr(person):
    name, mail = person
    if not name.isascii():
        return f"{Header(name, 'utf-8').encode()} <{mail}>"
    if any(ch in name for ch in "'.,&"):
        name = f'"{name}"'
    return f"{name} <{mail}>"


def when(local, offset):
    zone = timezone(timedelta(hours=offset))
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def digest(*parts, n=16):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def fold(name, value):
    words = value.split(" ")
    rows, cur = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(cur) + 1 + len(word) > 76:
            rows.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    rows.append(cur)
    return "\r\n".join(rows)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", CRLF)


class Part:
    def __init__(self, headers, payload):
        self.headers = headers
        self.payload = payload


def text_part(text, subtype="plain", charset=None):
    raw = text.encode("utf-8")
    charset = charset or ("us-ascii" if text.isascii() else "utf-8")
    longest = max(len(row) for row in text.split("\n"))
    if text.isascii() and longest <= 76:
        cte, payload = "7bit", raw
    else:
        cte, payload = "quoted-printable", quopri.encodestring(raw)
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"'),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, crlf(payload))


def file_part(data, mime, filename, inline=False):
    kind = "inline" if inline else "attachment"
    headers = [
        ("Content-Type", f'{mime}; name="{filename}"'),
        ("Content-Disposition", f'{kind}; filename="{filename}"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return Part(headers, crlf(base64.encodebytes(data)))


def multi(kind, boundary, *parts):
    out = b""
    for part in parts:
        out += b"--" + boundary.encode() + CRLF
        out += CRLF.join(fold(k, v).encode() for k, v in part.headers) + CRLF + CRLF
        out += part.payload
        if not out.endswith(CRLF):
            out += CRLF
    out += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def assemble(top, content):
    rows = [fold(k, v) for k, v in top] + [fold(k, v) for k, v in content.headers]
    return "\r\n".join(rows).encode("ascii") + CRLF + CRLF + content.payload


def topic_of(subject):
    for prefix in ("RE: ", "FW: ", "Re: ", "Fwd: ", "Fw: "):
        subject = subject.removeprefix(prefix)
    return subject


def outlook_top(sender, to, subject, date, key, cc=None, reply=None, attach=False):
    index = base64.b64encode(bytes.fromhex(digest("thread", key, n=44))).decode()
    rows = [("From", addr(sender)), ("To", to)]
    if cc:
        rows.append(("CC", cc))
    rows += [("Subject", subject), ("Thread-Topic", topic_of(subject))]
    rows += [("Thread-Index", index), ("Date", date), ("Message-ID", outlook_mid(key))]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply)]
    rows += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return rows


def gmail_top(sender, to, subject, date, key, cc=None, reply=None):
    rows = [("MIME-Version", "1.0"), ("Date", date)]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply)]
    rows += [("Message-ID", gmail_mid(key)), ("Subject", subject)]
    rows += [("From", addr(sender)), ("To", to)]
    if cc:
        rows.append(("Cc", cc))
    return rows


def iphone_top(sender, to, subject, date, key, reply=None):
    mid = apple_mid(key, sender[1].split("@")[1])
    rows = [("From", addr(sender)), ("Mime-Version", "1.0 (1.0)")]
    rows += [("Subject", subject), ("Date", date), ("Message-Id", mid)]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply)]
    rows += [("To", to), ("X-Mailer", "iPhone Mail (22B91)")]
    return rows


def outlook_mid(key):
    box = f"BN{int(digest('b', key, n=2), 16) % 9 + 1}PR0{int(digest('c', key, n=2), 16) % 9 + 1}"
    box += f"MB{4100 + int(digest('n', key, n=3), 16) % 4000}"
    return f"<{box}{digest('m', key, n=20).upper()}@{box}.namprd0{int(digest('p', key, n=1), 16) % 9 + 1}.prod.outlook.com>"


def gmail_mid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(digest("g", key, n=42))).decode()
    return f"<CA{raw.rstrip('=')}@mail.gmail.com>"


def apple_mid(key, domain):
    h = digest("apple", key, n=32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"


def our_mid(tag):
    return f"<{tag}.{digest('hc', tag, n=12)}@mail.hollis-crane.example>"


def block(text):
    return text.removeprefix("\n")


def outlook_quote(sender, sent, to, subject, body, cc=None):
    head = "________________________________\n"
    head += f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    head += f"Subject: {subject}\n\n"
    return "\n" + head + body


def gt(body):
    rows = body.rstrip("\n").split("\n")
    return "\n".join(">" + (" " + r if r and not r.startswith(">") else r) for r in rows) + "\n"


def as_html(text, font="Calibri"):
    rows = []
    for row in text.rstrip("\n").split("\n"):
        cell = html.escape(row) if row else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{cell}</p>')
    return html_page("\n".join(rows), font)


def html_page(body, font="Calibri"):
    return (
        "<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<style>p.MsoNormal{{margin:0in;font-size:11.0pt;font-family:{font},sans-serif}}"
        "</style>\n</head>\n"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + body
        + "\n</div>\n</body>\n</html>\n"
    )


def alternative(text, key, html_text=None):
    return multi(
        "alternative",
        "_000_" + digest("alt", key, n=26).upper() + "_",
        text_part(text),
        text_part(html_text or as_html(text), "html"),
    )


def mixed(key, *parts):
    return multi("mixed", "_004_" + digest("mix", key, n=26).upper() + "_", *parts)


# ---------------------------------------------------------------- signatures

SIG_TOM = block("""
Tom Morales
Project Manager | Keystone Mechanical Contractors
215-555-0142 (c)
""")

SIG_DANA = block("""
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
1180 Industrial Hwy, Eddystone PA 19022
""")

SIG_KAREN = block("""
Karen Liu | Office Manager
Riverbend Plumbing & Heating
(484) 555-0110
""")

SIG_RAJ = block("""
Raj Patel
Operations Manager
Summit HVAC Services | 312-555-0186
""")

SIG_LUIS = block("""
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
""")

SIG_MARISOL = block("""
Marisol Fenn
Returns & Claims | Hollis & Crane Supply
returns@hollis-crane.example | 610-555-0166
""")

# ---------------------------------------------------------------- the 37 mails


def m01():
    text = block("""
Marisol - 2nd delivery on 104233 came fri (the estes one). 2 problems

one of the 3/4 pex coils got forked right thru the box, tubing is gouged in like 6 spots. not usable

PRVs - we got 10, should be 12

Send the 2 PRVs asap pls, need them on the 3rd floor risers next wk. I'll hold the coil for pickup

Tom

Sent from my iPhone
""")
    top = iphone_top(
        TOM,
        RETURNS,
        "104233",
        when("2026-11-09 07:38", EAST),
        "m01",
    )
    return assemble(top, text_part(text))


def m02():
    text = (
        block("""
Good morning,

Could someone give me a ship date for our PO 24561? It still shows open on our end and I have nothing from your dispatch yet. It's the three 3" check valves and the 20 black unions for the Larchmont boiler room.

Mike's crew is scheduled to set the pumps on the 16th and we are missing exactly these parts for that, so if they can't make it by Friday the 13th I need to know today so we can move the crew.

Thanks so much,
Karen

""")
        + SIG_KAREN
    )
    top = outlook_top(
        KAREN,
        TO_RETURNS,
        "PO 24561 - ship date?",
        when("2026-11-09 09:12", EAST),
        "m02",
    )
    return assemble(top, text_part(text))


def m03():
    text = (
        block("""
Hi Marisol,

Two things on PO-60377 (your SO-104228), the ceiling tiles and registers for the Cedar Point clinic. ODFL dropped it on the 2nd but the crew only opened everything this morning, sorry.

1) Ceiling tiles - 3 cartons got wet. The trailer roof must have leaked, the boxes on top of the pallet were soaked through and the tiles are sagging and stained. No way they go in a clinic ceiling. We will throw them out on site unless you want them back.

2) Floor registers - too many. The PO is for 30. We got 3 boxes of 12, so 36. Please have the driver pick up the 6 extra next time he's out or tell me where to send them.

Everything else looks fine.

Thanks,
Raj

""")
        + SIG_RAJ
    )
    top = outlook_top(
        RAJ,
        RETURNS,
        "PO-60377 Cedar Point - wet tile cartons + extra registers",
        when("2026-11-10 08:47", CENTRAL),
        "m03",
    )
    return assemble(top, text_part(text))


def m04():
    intro = "Hello,\n\nWe are holding invoice INV-88133 (your SO-104235, our PO 77830) for a price difference on one line:\n"
    table_rows = [
        ("Item", "Qty", "PO price", "Invoiced", "Difference"),
        ("Condensate pump w/ safety switch", "8", "$61.50", "$64.90", "$27.20"),
    ]
    after = block("""
The $61.50 is on our PO and on your order confirmation. Please send a credit memo for $27.20 (8 x $3.40) and we will release the rest of the invoice for payment. The other three lines are fine.

Thank you,

""")
    text = intro + "\n"
    for row in table_rows:
        text += f"{row[0]:<34}{row[1]:>4}{row[2]:>11}{row[3]:>11}{row[4]:>12}\n"
    text += "\n" + after + SIG_DANA
    cells = []
    for i, row in enumerate(table_rows):
        tag = "th" if i == 0 else "td"
        cells.append(
            "<tr>"
            + "".join(
                f'<{tag} style="border:solid #A6A6A6 1.0pt;padding:2pt 6pt">{html.escape(c)}</{tag}>'
                for c in row
            )
            + "</tr>"
        )
    body = (
        '<p class="MsoNormal">Hello,</p>\n<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">We are holding invoice INV-88133 (your SO-104235, our PO 77830) '
        "for a price difference on one line:</p>\n"
        '<p class="MsoNormal">&nbsp;</p>\n'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">\n'
        + "\n".join(cells)
        + "\n</table>\n"
        + "\n".join(
            f'<p class="MsoNormal">{html.escape(r) if r else "&nbsp;"}</p>'
            for r in ("\n" + after + SIG_DANA).rstrip("\n").split("\n")
        )
    )
    top = outlook_top(
        DANA,
        RETURNS,
        "Price discrepancy - INV-88133",
        when("2026-11-10 10:05", EAST),
        "m04",
    )
    return assemble(top, alternative(text, "m04", html_page(body)))


def m05():
    text = block("""
Hola buenos dias,

I pick up Friday at your will call the order PO-40988 for Delgado. Two problem:

- the black unions 1-1/2, the ticket say 12 but in the bag come 15. So is 3 more, I bring back next time I pass by or your driver take it.

- ball valve 1 inch, 4 of the boxes have inside a 3/4 valve not 1 inch. The box is right but the valve is wrong. Please change the 4, we need the 1 inch for the job on Harwood.

The 2 inch pipe is ok.

Gracias
Jesús Ortiz
Delgado & Sons Plumbing
""")
    top = gmail_top(
        JESUS,
        RETURNS,
        "pick up PO-40988 unions and valves",
        when("2026-11-10 11:21", CENTRAL),
        "m05",
    )
    return assemble(top, text_part(text))


def m06():
    text = block("""
PO 24519 - box from UPS only had 8 bags of the 1/2 crimp couplings, invoice says 10. 2 bags short. Rest of it is here

Mike

Sent from my iPhone
""")
    top = iphone_top(
        MIKE,
        RETURNS,
        "Couplings short PO 24519",
        when("2026-11-11 06:55", EAST),
        "m06",
    )
    return assemble(top, text_part(text))


DELIVERED_104235 = block("""
Your order has been delivered.

Order:     SO-104235
Your PO:   77830
Carrier:   ODFL   PRO OD0782301177
Delivered: 11/06/2026 1:52 PM   Signed: J SILVA

Ln  Item           Description                            Qty
1   VLV-3100-CK    3" CI swing check valve, flanged         6
2   FTG-BI-U-150   1-1/2" black malleable union            40
3   HVC-CND-PUMP   Condensate removal pump 115V             8
4   PMP-CIRC-015   1/25 HP circulator, cast iron            4

Please inspect your material and report any damage or shortage to returns@hollis-crane.example within 5 days of delivery.

Hollis & Crane Supply - Dispatch
""")


def m07():
    text = (
        block("""
Marisol,

Two issues with this one.

VLV-3100-CK - one of the check valves came with the flange cracked, a piece of the ear is broken off. The crate was busted on one end so I assume it got dropped by ODFL. The other 5 are fine.

PMP-CIRC-015 - one circulator is dead out of the box. Hums but the shaft doesn't turn. Jorge bench tested it with a known good cord, same thing. The other 3 run.

Can you get a replacement valve and pump moving? I'd rather not wait on the credit.

Thanks
""")
        + SIG_TOM
        + outlook_quote(
            "H&C Dispatch <dispatch@hollis-crane.example>",
            "Friday, November 6, 2026 2:04 PM",
            "Tom Morales <tmorales@keystonemech.com>",
            "Delivered: SO-104235 / PO 77830",
            DELIVERED_104235,
        )
    )
    top = outlook_top(
        TOM,
        RETURNS,
        "RE: Delivered: SO-104235 / PO 77830",
        when("2026-11-11 13:40", EAST),
        "m07",
        reply=our_mid("dlv-104235"),
    )
    return assemble(top, text_part(text))


def m08():
    text = (
        block("""
Hello,

The Estes delivery for PO-70288 came yesterday afternoon. Two of the three expansion tanks are dented pretty bad, one has a crease right at the top seam. I won't put those on a potable system.

The 3 water heaters look ok from the outside, we haven't uncrated them yet, I'll let you know if anything is wrong there.

Please send 2 replacement tanks. The dented ones are in our shop at 40 Wharf St.

Thank you,
""")
        + SIG_LUIS
    )
    top = outlook_top(
        LUIS,
        RETURNS,
        "PO-70288 dented expansion tanks",
        when("2026-11-12 08:16", EAST),
        "m08",
    )
    return assemble(top, alternative(text, "m08"))


def m09():
    text = block("""
Hello Marisol,

About order SO-104238 (our PO-60418). Today we open the box of the thermostats at the job and 2 pcs arrive with the screen broken, the plastic cover is crack. The label say UPC 084512021006. Your truck deliver it last week Thursday, we did not open before.

Please can you send 2 new ones or make credit. The broken ones I keep in the van.

Thank you
Gustavo Ferreira
Summit HVAC Services - Field Tech

Enviado do meu Galaxy
""")
    top = outlook_top(
        GUSTAVO,
        RETURNS,
        "thermostat broken SO-104238",
        when("2026-11-12 14:02", CENTRAL),
        "m09",
    )
    return assemble(top, text_part(text))


def m10():
    text = block("""
Hi,

I'm the super on the Chestnut St job for Keystone. Not a return, I just want this on record somewhere.

Your R+L truck with the gate valves and copper fittings for SO-104233 was supposed to be here in the 7-9 window last Thursday. It showed up at 4:40 in the afternoon. My crew was gone, I had to keep two guys on overtime to unload it and nobody called ahead. The material itself was fine, everything was there and nothing was damaged, so that's not the problem.

It's the second time this fall. Can you please put a note on our account that deliveries to 2200 Chestnut have to be before noon, and that the driver calls me at 215-555-0177 when he's 30 minutes out?

Thanks,
Rick Alvarado
Superintendent, Keystone Mechanical Contractors
""")
    top = outlook_top(
        RICK,
        RETURNS,
        "Late delivery Chestnut St - please note on our account",
        when("2026-11-12 15:31", EAST),
        "m10",
    )
    return assemble(top, text_part(text))


def m11():
    forwarded = block("""
Bill,

Fairmount went to PEX manifolds on the upper floors so we won't use the 1" ball valves we got on PO-77790. There are 10 of them still in the crate, our part # KM-88107. They're no longer needed - please get them back to Hollis & Crane for credit before they walk off.

Tom
""")
    text = block("""
Hi Marisol,

See Tom's note below. The 10 valves are boxed on our dock and tagged with the PO number, unused, original boxes. Please send an RA and let me know if your driver can grab them or if I should ship.

Thanks,
Bill Szymanski
Warehouse / Receiving
Keystone Mechanical Contractors
""") + outlook_quote(
        "Tom Morales <tmorales@keystonemech.com>",
        "Thursday, November 12, 2026 5:48 PM",
        "Bill Szymanski <bszymanski@keystonemech.com>",
        "ball valves Fairmount",
        forwarded,
    )
    top = outlook_top(
        BILL,
        RETURNS,
        "FW: ball valves Fairmount",
        when("2026-11-13 07:26", EAST),
        "m11",
        cc=addr(TOM),
    )
    return assemble(top, text_part(text))


def font(name, size):
    return ImageFont.truetype(str(FONTS / name), size)


def speckle(img, rng, count, lo, hi):
    px = img.load()
    width, height = img.size
    for _ in range(count):
        x, y = rng.randrange(width), rng.randrange(height)
        px[x, y] = max(0, px[x, y] - rng.randrange(lo, hi))


def png_bytes(img):
    """Sixteen grey levels, as a scanner's or phone's 'document' mode gives."""
    img = img.point(lambda v: min(255, v // 16 * 16 + 8))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def receiving_report_png():
    """Riverbend's receiving report for PO 24530, filled in by hand and scanned."""
    rng = random.Random(5212)
    width, height = 1300, 860
    img = Image.new("L", (width, height), 248)
    draw = ImageDraw.Draw(img)
    bold, reg = font("DejaVuSans-Bold.ttf", 30), font("DejaVuSans.ttf", 22)
    small = font("DejaVuSans.ttf", 18)
    hand = font("DejaVuSans-Oblique.ttf", 26)
    draw.text((50, 36), "RIVERBEND PLUMBING & HEATING", font=bold, fill=15)
    draw.text((50, 76), "RECEIVING REPORT", font=bold, fill=15)
    draw.text((900, 44), "Form RR-2", font=small, fill=30)
    fields = [
        ("Vendor:", "Hollis & Crane Supply", 140),
        ("Our PO #:", "24530", 180),
        ("Vendor order #:", "SO-104243", 220),
        ("Carrier:", "R+L", 260),
    ]
    for label, value, y in fields:
        draw.text((50, y), label, font=reg, fill=20)
        draw.text((260, y - 4), value, font=hand, fill=50)
    draw.text((700, 140), "Date rec'd:", font=reg, fill=20)
    draw.text((860, 136), "11/12/26", font=hand, fill=50)
    draw.text((700, 180), "Rec'd by:", font=reg, fill=20)
    draw.text((860, 176), "M. O'Brien", font=hand, fill=50)
    draw.line((50, 315, 1250, 315), fill=30, width=3)
    heads = [("Description", 60), ("Ordered", 640), ("Shipped", 800), ("Received", 960)]
    for head, x in heads:
        draw.text((x, 325), head, font=reg, fill=20)
    draw.line((50, 360, 1250, 360), fill=30, width=2)
    rows = [
        ('1" ball valve FP thd', "48", "48", "48"),
        ('1" copper 90 CxC', "250", "250", "200"),
        ('3/4" PRV', "4", "4", "4"),
        ("2 gal expansion tank", "--", "--", "1"),
    ]
    for i, (desc, ordered, shipped, got) in enumerate(rows):
        y = 380 + 62 * i
        draw.text((60, y), desc, font=hand, fill=45)
        draw.text((660, y), ordered, font=hand, fill=45)
        draw.text((820, y), shipped, font=hand, fill=45)
        draw.text((985, y), got, font=hand, fill=45)
        draw.line((50, y + 50, 1250, y + 50), fill=150, width=1)
    draw.text((50, 640), "Notes / discrepancies:", font=reg, fill=20)
    draw.text(
        (70, 686),
        "copper 90s: 8 bags x 25 = 200, slip says 250. SHORT 50",
        font=hand,
        fill=45,
    )
    draw.text((70, 736), "1 exp tank 2 gal on pallet - NOT on our PO", font=hand, fill=45)
    img = img.rotate(-0.5, resample=Image.BICUBIC, fillcolor=248)
    speckle(img, rng, 2500, 30, 110)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return png_bytes(img)


def m12():
    text = (
        block("""
Hi Marisol,

Receiving report for PO 24530 (SO-104243) attached, R+L delivered yesterday afternoon.

  Item                    Ordered  Shipped  Received
  1" ball valve FP thd       48       48       48
  1" copper 90 CxC          250      250      200
  3/4" PRV                    4        4        4
  2 gal expansion tank        -        -        1

The copper 90s: the slip says 250 but there were only 8 bags of 25 on the pallet, so we are 50 short. Please send the 2 missing bags or credit them.

Also there was one 2 gallon expansion tank shrink-wrapped on our pallet. We didn't order it, it isn't on the PO or the slip. It's sitting in our warehouse, let me know if your driver can take it back.

Thank you,
Karen

""")
        + SIG_KAREN
    )
    content = mixed(
        "m12",
        text_part(text),
        file_part(receiving_report_png(), "image/png", "RR PO24530.png"),
    )
    top = outlook_top(
        KAREN,
        RETURNS,
        "PO 24530 receiving report - copper 90s short, extra tank",
        when("2026-11-13 10:44", EAST),
        "m12",
        attach=True,
    )
    return assemble(top, content)


def m13():
    text = block("""
Dear Sir or Madam,

I write about the delivery SO-104239 from last Monday to Harbor Point, 115 Seaview Ave.

1. Three pieces of the digital thermostat (non programmable) are not working. Display stay black, no heat call. Our electrician check the wiring and the 24V is there, we try them in two different apartments. So the thermostats are defective, please replace them.

2. Filters 16x25x1: we receive 26 boxes but we order 24. So 2 boxes are extra, please take them back with the thermostats.

Best regards,
Wojciech Nowak
Maintenance Technician
Harbor Point Property Management
""")
    top = outlook_top(
        WOJTEK,
        RETURNS,
        "SO-104239 - thermostats not working / filters",
        when("2026-11-16 09:03", EAST),
        "m13",
        cc=addr(LUIS),
    )
    return assemble(top, text_part(text))


def m14():
    text = (
        block("""
Marisol,

PO-60455 came in Thursday by UPS to our shop. Count below:

  ITEM                          PO    REC'D   NOTE
  condensate pump 115V          10     10     ok
  digital tstat non-prog        12     14     2 extra
  16x25x1 MERV 11 (case/12)     20     18     2 cases short

So we need the 2 cases of filters (or credit) and you can have the 2 extra thermostats back, they are still sealed.

Raj

""")
        + SIG_RAJ
    )
    top = outlook_top(
        RAJ,
        RETURNS,
        "PO-60455 receiving count",
        when("2026-11-16 10:20", CENTRAL),
        "m14",
    )
    return assemble(top, text_part(text))


def m15():
    text = block("""
I am out of the office from November 17 to November 23 with very limited access to email.

For anything urgent on a job site please call Rick Alvarado at 215-555-0177. Invoices and statements go to ap@keystonemech.com.

I will reply when I am back.

Tom Morales
Keystone Mechanical Contractors
""")
    top = outlook_top(
        TOM,
        RETURNS,
        "Automatic reply: HC-26-1142 update - replacements shipped for SO-104235 (damaged check valve / defective circulator)",
        when("2026-11-17 06:41", EAST),
        "m15",
        reply=our_mid("upd-1142"),
    )
    top.insert(2, ("Auto-Submitted", "auto-replied"))
    top.insert(3, ("X-Auto-Response-Suppress", "All"))
    return assemble(top, text_part(text))


ACK_1139 = block("""
Hi Mike,

We received your claim and opened it under HC-26-1139.

  Order SO-104236 / PO 24519
  SHORT - FTG-PEX-CPL-050  1/2" PEX brass crimp coupling, bag of 25 - qty 2
  Credit pending our warehouse recount (48 h).

If the bags turn up, just let us know and we'll close it.

Marisol Fenn
Returns & Claims | Hollis & Crane Supply
""")


def m16():
    text = block("""
Marisol another one on this same order. The 1in ball valves - 6 of the boxes say 1" full port threaded but inside are 3/4 sweat valves. Found them when we started the Glenwood job. Need 6 of the right ones, the 3/4 ones are back in the boxes

Mike

Sent from my iPhone
""")
    text += "\n" + gt(
        "On Nov 11, 2026, at 10:15 AM, H&C Returns <returns@hollis-crane.example> wrote:\n\n"
        + ACK_1139
    )
    top = iphone_top(
        MIKE,
        RETURNS,
        "Re: HC-26-1139 Couplings short PO 24519",
        when("2026-11-17 07:12", EAST),
        "m16",
        reply=our_mid("ack-1139"),
    )
    return assemble(top, text_part(text))


def m17():
    text = block("""
Hi

On PO-40917 you sent us 4 of the 2 gallon expansion tanks. We just opened them this week for the Maple St units and 2 of the 4 are 4.5 gal tanks in a 2 gal box. They don't fit the bracket. Please send 2 of the 2 gallon and pick up the big ones.

Ernie Delgado
Delgado & Sons
""")
    top = gmail_top(
        ERNIE,
        RETURNS,
        "wrong size exp tanks PO-40917",
        when("2026-11-18 08:30", CENTRAL),
        "m17",
    )
    return assemble(top, text_part(text))


def m18():
    text = (
        block("""
Hi Marisol,

Monday's delivery for PO-70296 (Linden Court) - 5 of the 10x6 floor registers are bent, the carton was on the bottom of the stack and got crushed. Louvers are pushed in, frames twisted. Can you send 5 new ones with the next truck? I have pictures if you need them.

Thanks,
""")
        + SIG_LUIS
    )
    top = outlook_top(
        LUIS,
        RETURNS,
        "PO-70296 bent registers",
        when("2026-11-18 13:55", EAST),
        "m18",
    )
    return assemble(top, text_part(text))


ACK_1128 = block("""
Hi Raj,

Claim HC-26-1128 (SO-104228 / PO-60377) is approved:

  DAMAGED - CLG-TILE-24-ACU 2x2 acoustic ceiling tile, carton of 16 - qty 3
    Disposal authorized: please scrap on site, no return needed. Credit $142.50.
  OVERSHIPPED - HVC-REG-1006-W 10x6 floor register - qty 6
    Our driver will collect the 6 extra on the next delivery.

Marisol Fenn
Returns & Claims | Hollis & Crane Supply
""")


def m19():
    text = (
        block("""
Marisol,

Just wanted to say thanks - that was the fastest claim I've had with anyone this year. Your driver picked up the 6 registers this morning and the credit for the tiles is already on our account. Appreciate it.

Raj

""")
        + SIG_RAJ
        + outlook_quote(
            "H&C Returns <returns@hollis-crane.example>",
            "Tuesday, November 10, 2026 2:31 PM",
            "Raj Patel <raj.patel@summithvac.net>",
            "HC-26-1128 approved - PO-60377 Cedar Point",
            ACK_1128,
        )
    )
    top = outlook_top(
        RAJ,
        RETURNS,
        "RE: HC-26-1128 approved - PO-60377 Cedar Point",
        when("2026-11-19 11:14", CENTRAL),
        "m19",
        reply=our_mid("ack-1128"),
    )
    return assemble(top, alternative(text, "m19"))


def m20():
    text = (
        block("""
Hi Marisol,

Hope your week is going ok. Sorry to bring you two more things, both on PO-77760 (the Walnut St condos, delivered back in October on your truck).

First, one of the Wi-Fi thermostats, our part KM-61750, has died. It ran for about three weeks and then the screen went blank and it won't come back, we swapped the C-wire and tried it on a second unit, nothing. Looks like a bad board. We put a spare in so the owner has heat. I'd like to send the dead one back under warranty.

Second, and this one is on us: the owner decided to go with 4" media cabinets on the air handlers, so we won't need 4 cases of the 16x25x1 MERV 11 filters. They're sealed, never opened, still on the pallet in our shop. Can we send those back as well? I know there's a restocking fee on that, that's fine.

If it's easier, your driver can grab both when he drops the Fairmount order.

Thanks as always,

""")
        + SIG_TOM
    )
    top = outlook_top(
        TOM,
        RETURNS,
        "PO-77760 - warranty thermostat + filters we don't need",
        when("2026-11-19 16:05", EAST),
        "m20",
    )
    return assemble(top, alternative(text, "m20"))


def m21():
    text = block("""
Hi Marisol,

Problem with the 2" black pipe on PO-40988 that Jesus picked up on the 6th. We had you cut 40 ft into 4 x 10 ft for the boiler room at Harwood. My guys went to thread it Wednesday and it's schedule 80, not schedule 40 like the PO says. Our fittings and hangers are for sch 40. We need 40 ft of the right pipe cut the same.

And while I'm at it: the engineer changed the last run to copper so we don't need 20 ft of the rest of that pipe anymore. Can we bring the 20 ft back for credit? It's still in the rack, never threaded.

Thanks,
Rosa Delgado
Delgado & Sons Plumbing
(214) 555-0133
""")
    top = gmail_top(
        ROSA,
        RETURNS,
        "2in black pipe PO-40988 wrong schedule",
        when("2026-11-20 09:10", CENTRAL),
        "m21",
    )
    return assemble(top, text_part(text))


def pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(rows, title):
    """A one-page PDF with real text: rows of (x, y, size, bold, text)."""
    ops = ["BT"]
    for x, y, size, bold, value in rows:
        face = "F2" if bold else "F1"
        ops.append(f"/{face} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_escape(value)}) Tj")
    ops.append("ET")
    ops.append("0.6 w 50 560 m 562 560 l S 50 470 m 562 470 l S")
    stream = zlib.compress("\n".join(ops).encode("latin-1"), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< /Title ({pdf_escape(title)}) /Producer (Keystone AP DocPrint 4.2) >>".encode(
            "latin-1"
        ),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    ident = digest("pdf", title, n=32).upper().encode()
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\n"
        % (len(objects) + 1, ident, ident)
        + b"startxref\n%d\n%%%%EOF\n" % xref
    )
    return out


def debit_memo_pdf():
    rows = [
        (50, 740, 16, True, "KEYSTONE MECHANICAL CONTRACTORS"),
        (
            50,
            722,
            10,
            False,
            "1180 Industrial Hwy, Eddystone PA 19022   Accounts Payable",
        ),
        (400, 690, 14, True, "DEBIT MEMO"),
        (400, 672, 10, False, "No.  DM-2611-07"),
        (400, 658, 10, False, "Date:  11/19/2026"),
        (50, 690, 10, True, "To:"),
        (50, 676, 10, False, "Hollis & Crane Supply - Returns / Credit"),
        (50, 662, 10, False, "returns@hollis-crane.example"),
        (50, 620, 10, False, "Reference:  your invoice INV-88098 dated 10/26/2026"),
        (50, 606, 10, False, "Our PO:  PO-77790      Your order:  SO-104226"),
        (50, 580, 9, True, "Item"),
        (250, 580, 9, True, "Qty"),
        (300, 580, 9, True, "PO price"),
        (380, 580, 9, True, "Invoiced"),
        (460, 580, 9, True, "Difference"),
        (50, 545, 9, False, '1" type L copper tube, 20 ft'),
        (250, 545, 9, False, "30"),
        (300, 545, 9, False, "71.80"),
        (380, 545, 9, False, "76.40"),
        (460, 545, 9, False, "4.60 / length"),
        (50, 525, 9, False, "Reason: price billed above the price agreed on our PO."),
        (50, 490, 10, True, "Amount of this debit memo:"),
        (460, 490, 10, True, "$138.00"),
        (
            50,
            440,
            9,
            False,
            "We have short-paid INV-88098 by the amount above. Please issue",
        ),
        (
            50,
            427,
            9,
            False,
            "a credit memo to match, or contact AP at ap@keystonemech.com.",
        ),
        (50, 390, 9, False, "Prepared by: D. Ruiz"),
    ]
    return text_pdf(rows, "DM-2611-07")


def m22():
    text = (
        block("""
Hello,

Please see the attached debit memo DM-2611-07 for the price difference on invoice INV-88098. We paid the invoice less that amount on today's check run.

Thank you,

""")
        + SIG_DANA
    )
    content = mixed(
        "m22",
        alternative(text, "m22"),
        file_part(debit_memo_pdf(), "application/pdf", "DM-2611-07.pdf"),
    )
    top = outlook_top(
        DANA,
        RETURNS,
        "Debit memo DM-2611-07 / INV-88098",
        when("2026-11-20 10:48", EAST),
        "m22",
        attach=True,
    )
    return assemble(top, content)


def m23():
    text = block("""
Hi,

I'm the building super at Linden Court (Harbor Point Property Management manages us). Luis Ortega told me to email you directly because he's out today.

The delivery Monday, packing slip SO-104246. One of the 3/4" ball valves came with the handle snapped off at the stem, the lever was loose in the box. The box itself was smashed on one corner. We need a good one, I have a riser isolation job waiting on it.

Thanks,
Darnell Price
Linden Court - Building Superintendent
267-555-0193
""")
    top = gmail_top(
        DARNELL,
        RETURNS,
        "broken valve from Monday delivery",
        when("2026-11-20 12:37", EAST),
        "m23",
    )
    return assemble(top, text_part(text))


ACK_1151 = block("""
Hi Raj,

Claim HC-26-1151 (SO-104244 / PO-60455) is open:

  SHORT - HVC-FLT-1625-M11 16x25x1 MERV 11 pleated filter, case of 12 - qty 2
    Credit pending warehouse recount (48 h).
  OVERSHIPPED - TST-2100-NP non-programmable digital thermostat - qty 2
    Please keep them sealed, our driver will collect.

Marisol Fenn
Returns & Claims | Hollis & Crane Supply
""")


def m24():
    text = block("""
Hello Marisol,

Same PO-60455 but other problem. 2 of the condensate pumps are defective, the safety switch not cut the unit when the pan is full, so the water overflow in the ceiling at the customer. We test them with water in the shop, same. The float is stuck. We change them already with other pumps.

Please tell me what to do with the 2 bad pumps, return or you want pictures.

Thanks
Gustavo
""")
    text += outlook_quote(
        "H&C Returns <returns@hollis-crane.example>",
        "Monday, November 16, 2026 3:12 PM",
        "Raj Patel <raj.patel@summithvac.net>",
        "HC-26-1151 - PO-60455 receiving count",
        ACK_1151,
        cc="Gustavo Ferreira <gferreira@summithvac.net>",
    )
    top = outlook_top(
        GUSTAVO,
        RETURNS,
        "RE: HC-26-1151 - PO-60455 receiving count",
        when("2026-11-23 08:41", CENTRAL),
        "m24",
        cc=addr(RAJ),
        reply=our_mid("ack-1151"),
    )
    return assemble(top, text_part(text))


def m25():
    body = block("""
<p class="MsoNormal">Good afternoon,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Invoice <b>INV-88171</b> (our PO-70288) bills the three gas water heaters at <b>$689.00</b> each. Our maintenance supervisor tells me your inside sales quoted us <b>$649.00</b> each in October for these units.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please issue a credit for the difference, 3 x $40.00 = $120.00, or send me a corrected invoice. I have put the invoice on hold until then.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="color:#1F3864"><b>Grace Kim</b><br>Accounts Payable<br>Harbor Point Property Management<br>payables@harborpointpm.com</span></p>""")
    top = outlook_top(
        GRACE,
        RETURNS,
        "INV-88171 pricing",
        when("2026-11-23 13:26", EAST),
        "m25",
    )
    return assemble(top, text_part(html_page(body), "html", charset="utf-8"))


def m26():
    text = block("""
Hello,

The GC cancelled the Ridgeview job, so we'd like to return the 1-1/2" black malleable unions from PO 24388. All 30 of them, unused, still in the bags they came in. We understand there's a restocking fee.

Can you send an RA? Our office is open 7-4 for a pickup.

Thank you,
Teresa Nguyen
Purchasing
Riverbend Plumbing & Heating
""")
    top = outlook_top(
        TERESA,
        RETURNS,
        "Return - PO 24388 unions (job cancelled)",
        when("2026-11-24 09:18", EAST),
        "m26",
        cc=addr(KAREN),
    )
    return assemble(top, text_part(text))


def m27():
    text = block("""
Hi Marisol

We finished Maple St and have 8 of the 3/4" ball valves left over from SO-104216. We don't need them, can we send them back for credit? They are new in the box.

Thanks
Rosa
""")
    top = gmail_top(
        ROSA,
        RETURNS,
        "leftover ball valves SO-104216",
        when("2026-11-24 15:02", CENTRAL),
        "m27",
    )
    return assemble(top, text_part(text))


def m28():
    text = (
        block("""
Marisol,

Got a call from the Orchard Lane building this morning, no heat on the west side. One of the 1/25 HP circulators from PO-76115 has seized, motor is hot and the shaft won't turn by hand. That's the job we did last October, the pumps went in right after they came.

Can you run it through warranty? I've got the pump in the truck.

Thanks
""")
        + SIG_TOM
    )
    top = outlook_top(
        TOM,
        RETURNS,
        "circulator seized - PO-76115",
        when("2026-11-25 10:37", EAST),
        "m28",
    )
    return assemble(top, text_part(text))


def m29():
    text = block("""
Hi,

Can you quote me 4 of the 40 gallon electric water heaters, same as we bought on PO-40917, plus 6 of the 2 gal expansion tanks, delivered to 812 Birch Ave. We need them the week of Dec 14.

Last time the heaters were $446 each. If you can do better on 4 I'd appreciate it, the homeowner is shopping us against the big box store.

Thanks
Manny Delgado
Delgado & Sons Plumbing
""")
    top = gmail_top(
        MANNY,
        "Hollis & Crane Sales <sales@hollis-crane.example>",
        "quote - 40 gal electric heaters + exp tanks",
        when("2026-11-25 13:15", CENTRAL),
        "m29",
        cc=RETURNS,
    )
    return assemble(top, text_part(text))


def m30():
    text = block("""
Marisol - PO 24460 / SO-104230. The 3/4 sweat ball valves, label on the box says UPC 071812340075. 2 of them are leaking at the stem after we soldered them in at the Pike St job. Tightened the packing nut, still weeping. Defective, we cut them out. Please replace the 2

Mike

Sent from my iPhone
""")
    top = iphone_top(
        MIKE,
        RETURNS,
        "leaking valves PO 24460",
        when("2026-11-30 07:20", EAST),
        "m30",
    )
    return assemble(top, text_part(text))


def m31():
    text = (
        block("""
Hello Marisol,

Summit HVAC replaced the thermostats in our Bayview Towers units two weeks ago. One of the new non-programmable digital thermostats does not power up at all, the tenant in 4C has had no heat since Saturday. Summit's tech told me to contact you directly, he says the part came from you on order SO-104244 (the packing slip was left in our boiler room).

Can you please send one replacement thermostat to 300 Bayview Ave? We can hand the bad one to your driver.

Thank you,
""")
        + SIG_LUIS
    )
    top = outlook_top(
        LUIS,
        RETURNS,
        "Bayview Towers - dead thermostat, SO-104244",
        when("2026-11-30 11:48", EAST),
        "m31",
    )
    return assemble(top, text_part(text))


def m32():
    text = block("""
PO 77901 came this morning. 2 of the 2in bronze gate valves VLV-2210-BR have cracked bonnets, box was crushed in. Need 2 replacements this week

Tom

Get Outlook for iOS
""")
    top = outlook_top(
        TOM,
        RETURNS,
        "PO 77901 damaged",
        when("2026-11-30 14:09", EAST),
        "m32",
    )
    return assemble(top, text_part(text))


RA_1163 = block("""
Hi Mike,

Claim HC-26-1163 (SO-104236 / PO 24519) is approved.

  WRONG_ITEM - VLV-1005-BV 1" brass ball valve, full port, threaded - qty 6
  Return authorization RA-26-0871. Replacement order SO-104262 is backordered, it ships Wednesday 12/2.

Please mark the 6 boxes RA-26-0871 and keep them together for pickup.

Marisol Fenn
Returns & Claims | Hollis & Crane Supply
""")


def m33():
    text = (
        block("""
Hi Marisol,

Quick question on RA-26-0871 below. Do we need a printed RA form taped to the box, or is writing the number on the boxes enough? And will your driver take them when he drops off the replacements on Wednesday, or should I book UPS?

Thanks,
Karen

""")
        + SIG_KAREN
        + outlook_quote(
            "H&C Returns <returns@hollis-crane.example>",
            "Tuesday, November 17, 2026 11:02 AM",
            "Mike O'Brien <mike.obrien@riverbendph.com>",
            "HC-26-1163 approved - PO 24519 wrong ball valves",
            RA_1163,
            cc="Karen Liu <office@riverbendph.com>",
        )
    )
    top = outlook_top(
        KAREN,
        RETURNS,
        "RE: HC-26-1163 approved - PO 24519 wrong ball valves",
        when("2026-12-01 08:14", EAST),
        "m33",
        reply=our_mid("ra-1163"),
    )
    return assemble(top, text_part(text))


def m34():
    earlier = block("""
Marisol another one on this same order. The 1in ball valves - 6 of the boxes say 1" full port threaded but inside are 3/4 sweat valves. Found them when we started the Glenwood job. Need 6 of the right ones, the 3/4 ones are back in the boxes

Mike

Sent from my iPhone
""")
    text = block("""
Sending again, never heard back on this. Still have half a dozen 3/4 sweat valves sitting in 1" boxes and Glenwood needs the 1" ones. PO 24519

Sent from my iPhone

Begin forwarded message:

""")
    text += (
        "From: Mike O'Brien <mike.obrien@riverbendph.com>\n"
        "Date: November 17, 2026 at 7:12:40 AM EST\n"
        "To: returns@hollis-crane.example\n"
        "Subject: Re: HC-26-1139 Couplings short PO 24519\n\n"
        + earlier
        + "\n"
        + gt(
            "On Nov 11, 2026, at 10:15 AM, H&C Returns <returns@hollis-crane.example> wrote:\n\n"
            + ACK_1139
        )
    )
    top = iphone_top(
        MIKE,
        RETURNS,
        "Fwd: HC-26-1139 Couplings short PO 24519",
        when("2026-12-01 14:33", EAST),
        "m34",
    )
    return assemble(top, text_part(text))


def count_note_png():
    """A phone photo of the shop's handwritten count sheet, a little skewed."""
    rng = random.Random(5235)
    width, height = 1000, 760
    img = Image.new("L", (width, height), 0)
    px = img.load()
    for y in range(height):
        for x in range(width):
            px[x, y] = 226 - (x + y) // 60
    draw = ImageDraw.Draw(img)
    draw.rectangle((60, 40, 940, 720), fill=236)
    for y in range(130, 700, 56):
        draw.line((70, y + 44, 930, y + 44), fill=205, width=1)
    hand = font("DejaVuSans-Oblique.ttf", 34)
    big = font("DejaVuSans-BoldOblique.ttf", 38)
    rows = [
        (100, 70, big, "COPPER COUNT 12/1"),
        (100, 150, hand, "PO-40962  Hollis & Crane"),
        (100, 206, hand, '1" type L copper 20 ft'),
        (100, 262, hand, "ticket says: 12 lengths"),
        (100, 318, hand, "rack: 7   truck 3: 3"),
        (100, 374, hand, "counted: 10"),
        (100, 430, big, "SHORT 2"),
        (100, 542, hand, "- Chuy"),
    ]
    for x, y, face, value in rows:
        draw.text((x, y), value, font=face, fill=35)
    img = img.rotate(1.8, resample=Image.BICUBIC, fillcolor=200)
    speckle(img, rng, 1500, 20, 60)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return png_bytes(img)


def m35():
    text = block("""
Hi Marisol,

We did the inventory count yesterday and the 1" type L copper from PO-40962 doesn't add up. Ticket says 12 lengths, we only have 10, Chuy counted twice (rack and truck 3). Nobody used any yet, that job starts next week. Picture of his count sheet attached.

Can you credit the 2 lengths or send them with the next delivery?

Thanks
Rosa Delgado
Delgado & Sons Plumbing
(214) 555-0133
""")
    content = mixed(
        "m35",
        text_part(text),
        file_part(count_note_png(), "image/png", "IMG_4471.png"),
    )
    top = gmail_top(
        ROSA,
        RETURNS,
        "copper count PO-40962",
        when("2026-12-02 09:44", CENTRAL),
        "m35",
    )
    return assemble(top, content)


CM_NOTICE = block("""
Credit memo CM-77102 has been posted to your account.

Customer:    Keystone Mechanical Contractors (C-1001)
Reference:   Claim HC-26-1121, SO-104233 / PO-77812
Line:        PIP-PEX-075-300  3/4" PEX-A tubing, 300 ft coil   1 @ 164.00
Reason:      Damaged in transit
Amount:      $164.00

This credit will appear on your next statement.

Hollis & Crane Supply - Credit Department
""")


def m36():
    text = (
        block("""
Thank you, CM-77102 received and applied against our November statement. With the replacement coil that arrived last week this one is closed on our side.

Dana

""")
        + SIG_DANA
        + outlook_quote(
            "H&C Credit Department <credit@hollis-crane.example>",
            "Tuesday, December 1, 2026 4:55 PM",
            "ap@keystonemech.com",
            "Credit memo CM-77102 - Keystone Mechanical Contractors",
            CM_NOTICE,
        )
    )
    top = outlook_top(
        DANA,
        "H&C Credit Department <credit@hollis-crane.example>",
        "RE: Credit memo CM-77102 - Keystone Mechanical Contractors",
        when("2026-12-02 11:30", EAST),
        "m36",
        cc=RETURNS,
        reply=our_mid("cm-77102"),
    )
    return assemble(top, alternative(text, "m36"))


def m37():
    text = (
        block("""
Hi Marisol,

Change of plans on PO-70288. The third apartment renovation at Seaview got pushed to the spring, so we only need 2 of the 3 gas water heaters. The third one is still in its crate, never uncrated or installed.

Could you take that one back? We don't have room to store it until April. I understand there may be a restocking fee.

Thank you,
""")
        + SIG_LUIS
    )
    top = outlook_top(
        LUIS,
        RETURNS,
        "PO-70288 - return one water heater",
        when("2026-12-03 10:02", EAST),
        "m37",
        cc=addr(GRACE),
    )
    return assemble(top, alternative(text, "m37"))


# ---------------------------------------------------------------- portal form and uploads


def m38():
    form = {
        "order_number": "SO-104202",
        "lines": [{"sku": "WH-EXP-2G", "quantity": 1, "reason": "DEFECTIVE"}],
        "note": (
            "Expansion tank on the Elm Ct water heater (installed Oct 2025) has lost its "
            "air charge, water comes out of the air valve. Tank is off the wall and tagged."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode()


def m39():
    text = block("""
RECEIVING DISCREPANCY - entered by jobsite staging
Vendor: Hollis & Crane Supply      Order: SO-104230
Found: staging for Pike St phase 2

ITEM                        SLIP   COUNTED   DIFF
2" PVC sch 40 tee SxSxS      100        88    -12
1" type L copper 20'          10        10      0
3/4" ball valve sweat         30        30      0

Comment: tees came as 1 carton of 50 + 1 carton of 38. The second carton was not full. 12 tees missing.
""")
    return crlf(text.encode("ascii"))


def m40():
    text = block("""
re PO 77812

2 of the boxes marked 2" bronze gate valve have 1-1/2" gate valves inside. wrong valves, won't fit the 2" nipples on the header. need the 2" ones sent out, the 1-1/2" are back in their boxes for pickup.

- Sal, mech room level 3
""")
    return text.encode("ascii")


BUILD = {
    "m01-keystone-tom-pex-coil-prvs-so104233.eml": m01,
    "m02-riverbend-karen-eta-po24561.eml": m02,
    "m03-summit-raj-wet-tiles-extra-registers.eml": m03,
    "m04-keystone-dana-inv88133-pump-price.eml": m04,
    "m05-delgado-jesus-pickup-unions-ball-valves.eml": m05,
    "m06-riverbend-mike-couplings-short.eml": m06,
    "m07-keystone-tom-re-delivered-so104235.eml": m07,
    "m08-harbor-luis-po70288-exp-tanks.eml": m08,
    "m09-summit-gustavo-thermostats-screen.eml": m09,
    "m10-keystone-rick-late-truck-so104233.eml": m10,
    "m11-keystone-bill-fw-ball-valves-return.eml": m11,
    "m12-riverbend-karen-po24530-receiving-report.eml": m12,
    "m13-harbor-wojciech-thermostats-filters.eml": m13,
    "m14-summit-raj-po60455-count.eml": m14,
    "m15-keystone-tom-auto-reply.eml": m15,
    "m16-riverbend-mike-re-couplings-wrong-valves.eml": m16,
    "m17-delgado-ernie-expansion-tanks-size.eml": m17,
    "m18-harbor-luis-bent-registers.eml": m18,
    "m19-summit-raj-thanks-tiles.eml": m19,
    "m20-keystone-tom-po77760-thermostat-filters.eml": m20,
    "m21-delgado-rosa-black-pipe-sch80.eml": m21,
    "m22-keystone-dana-debit-memo-inv88098.eml": m22,
    "m23-gmail-darnell-linden-ball-valve.eml": m23,
    "m24-summit-gustavo-re-po60455-pumps.eml": m24,
    "m25-harbor-grace-inv88171-heater-price.eml": m25,
    "m26-riverbend-teresa-unions-job-cancelled.eml": m26,
    "m27-delgado-rosa-leftover-ball-valves.eml": m27,
    "m28-keystone-tom-circulator-failed.eml": m28,
    "m29-delgado-manny-quote-heaters.eml": m29,
    "m30-riverbend-mike-ball-valves-leaking.eml": m30,
    "m31-harbor-luis-so104244-thermostat.eml": m31,
    "m32-keystone-tom-po77901-gate-valves.eml": m32,
    "m33-riverbend-karen-re-ra-how-to-ship.eml": m33,
    "m34-riverbend-mike-resend-wrong-valves.eml": m34,
    "m35-delgado-rosa-copper-count.eml": m35,
    "m36-keystone-dana-credit-memo-received.eml": m36,
    "m37-harbor-luis-heater-not-needed.eml": m37,
    "m38-portal-expansion-tank-leak.json": m38,
    "m39-upload-pvc-tees-short.txt": m39,
    "m40-upload-wrong-gate-valves.txt": m40,
}


def build(target):
    target.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (target / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make_attachments.py TARGET_DIR")
    where = Path(sys.argv[1])
    print(f"{build(where)} request files written to {where}")
