"""Write every request file of heldout53: a month of Tri-County Pipe & Supply's returns mailbox.

Usage:  python make_attachments.py TARGET_DIR

The 37 mails are put together byte by byte, each in the manner of the client that sent it
(Outlook on Exchange, Gmail for Google Workspace, iPhone Mail): fixed Date headers, fixed
Message-IDs and MIME boundaries derived from the file key, CRLF line ends. The two pictures
(a phone photo of a pick ticket with handwriting, a scanned receiving checklist) are drawn
with the system DejaVu fonts and seeded noise and saved as PNG without time stamps; the
text PDF is written object by object without dates; the CSV, the portal form and the two
text uploads are plain bytes. Nothing depends on the clock, so two runs give the same bytes.
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
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

NL = b"\r\n"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ------------------------------------------------------------------ the distributor

DESK = ("Tri-County Returns", "returns@tricountypipe.example")
ANNETTE = ("Annette Varga", "returns@tricountypipe.example")
CREDIT = ("Tri-County Credit Dept", "credit@tricountypipe.example")
SALES = ("Tri-County Sales", "sales@tricountypipe.example")

# ------------------------------------------------------------------ the writers

TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
FRANK = ("Frank Iacono", "fiacono@keystonemech.com")
PRIYA = ("Priya Shah", "pshah@keystonemech.com")
WALT = ("Keystone Warehouse", "warehouse@keystonemech.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
DALE = ("Dale Kowalczyk", "dkowalczyk@riverbendph.com")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
MINH = ("Minh Nguyen", "minh.nguyen@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
OLENA = ("Olena Bondarenko", "obondarenko@harborpointpm.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
BETO = ("Beto Ramirez", "beto.ramirez@delgadoplumbing.com")
HECTOR = ("Hector Delgado", "hector@delgadosons.com")
KWAME = ("Kwame Asante", "kwame.asante.hvac@gmail.com")

EASTERN, CENTRAL = -5, -6


# ------------------------------------------------------------------ small helpers


def key_hash(*parts, size=16):
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:size]


def mailbox(person):
    name, address = person
    if any(ch in name for ch in "'.,&()"):
        name = '"' + name + '"'
    return f"{name} <{address}>"


def stamp(local, offset):
    zone = timezone(timedelta(hours=offset))
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def dedent(text):
    return text.removeprefix("\n")


def header_line(name, value):
    """One header, folded at spaces to stay under 78 columns."""
    words = value.split(" ")
    lines, current = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(current) + len(word) + 1 > 76:
            lines.append(current)
            current = " " + word
        else:
            current += " " + word
    lines.append(current)
    return "\r\n".join(lines)


def to_crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", NL)


class Body:
    """A MIME entity: its own headers and its encoded payload."""

    def __init__(self, headers, payload):
        self.headers = headers
        self.payload = payload


def text_body(text, subtype="plain", charset=None, force_qp=False):
    raw = text.encode("utf-8")
    if charset is None:
        charset = "us-ascii" if text.isascii() else "utf-8"
    widest = max(len(line) for line in text.split("\n"))
    if text.isascii() and widest <= 76 and not force_qp:
        encoding, payload = "7bit", raw
    else:
        encoding, payload = "quoted-printable", quopri.encodestring(raw)
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"'),
        ("Content-Transfer-Encoding", encoding),
    ]
    return Body(headers, to_crlf(payload))


def gmail_text(text, subtype="plain"):
    """Gmail writes charset="UTF-8" and quoted-printable once a line is long."""
    body = text_body(text, subtype, charset="UTF-8")
    body.headers[0] = ("Content-Type", f'text/{subtype}; charset="UTF-8"')
    return body


def attachment(data, mime, filename, extra=()):
    headers = [
        ("Content-Type", f'{mime}; name="{filename}"'),
        ("Content-Disposition", f'attachment; filename="{filename}"'),
        ("Content-Transfer-Encoding", "base64"),
        *extra,
    ]
    return Body(headers, to_crlf(base64.encodebytes(data)))


def multipart(kind, boundary, *parts):
    out = b""
    for part in parts:
        out += b"--" + boundary.encode() + NL
        out += NL.join(header_line(k, v).encode() for k, v in part.headers) + NL + NL
        out += part.payload
        if not out.endswith(NL):
            out += NL
    out += b"--" + boundary.encode() + b"--" + NL
    return Body([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def message(top, body):
    lines = [header_line(k, v) for k, v in top]
    lines += [header_line(k, v) for k, v in body.headers]
    return "\r\n".join(lines).encode("ascii") + NL + NL + body.payload


# ------------------------------------------------------------------ the three mail clients


def exchange_id(key):
    box = "SA1PR" + str(10 + int(key_hash("box", key, size=2), 16) % 80) + "MB"
    box += str(5000 + int(key_hash("num", key, size=4), 16) % 4000)
    return f"<{box}{key_hash('id', key, size=18).upper()}@{box}.namprd14.prod.outlook.com>"


def outlook(sender, to, subject, date, key, cc=None, reply_to_id=None, attach=False):
    topic = subject
    for prefix in ("RE: ", "FW: ", "Automatic reply: "):
        topic = topic.removeprefix(prefix)
    index = base64.b64encode(bytes.fromhex(key_hash("thread", topic, size=44))).decode()
    top = [("From", mailbox(sender)), ("To", to)]
    if cc:
        top.append(("CC", cc))
    top += [
        ("Subject", subject),
        ("Thread-Topic", topic),
        ("Thread-Index", index),
        ("Date", date),
        ("Message-ID", exchange_id(key)),
    ]
    if reply_to_id:
        top += [("References", reply_to_id), ("In-Reply-To", reply_to_id)]
    top += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return top


def gmail(sender, to, subject, date, key, cc=None, reply_to_id=None):
    raw = base64.urlsafe_b64encode(bytes.fromhex(key_hash("gm", key, size=40))).decode()
    top = [("MIME-Version", "1.0"), ("Date", date)]
    if reply_to_id:
        top += [("References", reply_to_id), ("In-Reply-To", reply_to_id)]
    top += [
        ("Message-ID", f"<CAH{raw.rstrip('=')}@mail.gmail.com>"),
        ("Subject", subject),
        ("From", mailbox(sender)),
        ("To", to),
    ]
    if cc:
        top.append(("Cc", cc))
    return top


def iphone(sender, to, subject, date, key):
    h = key_hash("ios", key, size=32).upper()
    mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{sender[1].split('@')[1]}>"
    return [
        ("Content-Type", 'text/plain; charset="us-ascii"'),
        ("Content-Transfer-Encoding", "7bit"),
        ("From", mailbox(sender)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", subject),
        ("Message-Id", mid),
        ("To", to),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]


def bare(headers, text):
    """A single-part message whose content headers are already in the header list."""
    lines = [header_line(k, v) for k, v in headers]
    return "\r\n".join(lines).encode("ascii") + NL + NL + to_crlf(text.encode("ascii"))


def paragraphs(chunk):
    rows = chunk.rstrip("\n").split("\n")
    return "\n".join(f'<p class="MsoNormal">{html.escape(r) if r else "&nbsp;"}</p>' for r in rows)


def desk_id(tag):
    return f"<{tag}.{key_hash('desk', tag, size=10)}@mail.tricountypipe.example>"


def outlook_html(text):
    """Outlook's HTML half of a plain text: one MsoNormal paragraph a line."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append(f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}</p>')
    return outlook_page("\n".join(rows))


def outlook_page(inner):
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal {margin:0in;font-size:11.0pt;"
        'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
        '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + inner + "\n</div>\n</body>\n</html>\n"
    )


def outlook_alternative(text, key, page=None):
    boundary = "_000_" + key_hash("alt", key, size=30).upper() + "_"
    return multipart(
        "alternative",
        boundary,
        text_body(text),
        text_body(page or outlook_html(text), "html"),
    )


def outlook_mixed(key, *parts):
    return multipart("mixed", "_004_" + key_hash("mix", key, size=30).upper() + "_", *parts)


def gmail_html(text):
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append(f"<div>{html.escape(line)}</div>" if line else "<div><br></div>")
    return '<div dir="ltr">' + "".join(rows) + "</div>\n"


def gmail_alternative(text, key):
    boundary = "000000000000" + key_hash("galt", key, size=16)
    return multipart(
        "alternative", boundary, gmail_text(text), gmail_text(gmail_html(text), "html")
    )


def gmail_mixed(key, *parts):
    return multipart("mixed", "000000000000" + key_hash("gmix", key, size=16), *parts)


def quote_outlook(sender, sent, to, subject, body, cc=None):
    head = "\n________________________________\n"
    head += f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    return head + f"Subject: {subject}\n\n" + body


def chevrons(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ signatures

SIG_TOM = dedent("""
Tom Morales
Project Manager
Keystone Mechanical Contractors | 215-555-0163
""")

SIG_DANA = dedent("""
Dana Ruiz
Accounts Payable | Keystone Mechanical Contractors
200 W State St, Media, PA 19063
ap@keystonemech.com
""")

SIG_FRANK = dedent("""
Frank Iacono
Warehouse & Purchasing
Keystone Mechanical Contractors
610-555-0178
""")

SIG_PRIYA = dedent("""
Priya Shah
Service Coordinator
Keystone Mechanical Contractors
""")

SIG_KAREN = dedent("""
Karen Liu
Office Manager | Riverbend Plumbing & Heating
(484) 555-0134
""")

SIG_DALE = dedent("""
Dale Kowalczyk
Estimating & Purchasing
Riverbend Plumbing & Heating
""")

SIG_RAJ = dedent("""
Raj Patel | Operations Manager
Summit HVAC Services
312-555-0152
""")

SIG_LUIS = dedent("""
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
(856) 555-0127
""")

SIG_ANNETTE = dedent("""
Annette Varga
Returns & Claims | Tri-County Pipe & Supply
returns@tricountypipe.example | 610-555-0190
""")

TO_DESK = mailbox(DESK)


# ------------------------------------------------------------------ the mails, in the order they came


def m01():
    text = dedent("""
Annette

Got the RL delivery on 77812 thurs. 2 of the KM-88213 gate valves have cracked bodies, looks like a fork went into the crate. Not putting those in.

Also the 1" copper 90s - slip says 150, we counted 130 twice. So 20 short.

Can you get 2 valves and the 20 elbows on your next truck to the Wayne Ave site

Tom

Sent from my iPhone
""")
    top = iphone(
        TOM,
        "returns@tricountypipe.example",
        "77812",
        stamp("2026-11-09 07:12:48", EASTERN),
        "m01",
    )
    return bare(top, text)


def m02():
    text = (
        dedent("""
Good morning Annette,

Our crew started setting the floor registers at the Brookfield Pediatrics office on Saturday and found eight of them bent at the collar. The faces are twisted and they won't sit flat in the cut-outs. They came on the ODFL delivery last Monday (our PO-60377, your SO-104228), in the cartons under the ceiling tiles, so it looks like the pallet was double stacked in the trailer.

We set the bent ones aside. Please credit or replace the 8 registers - we have enough good ones to keep going this week.

The ceiling tiles are all fine.

Regards,
Raj

""")
        + SIG_RAJ
    )
    top = outlook(
        RAJ,
        TO_DESK,
        "Brookfield Pediatrics office - PO-60377 - bent registers",
        stamp("2026-11-09 08:31:05", CENTRAL),
        "m02",
    )
    return message(top, outlook_alternative(text, "m02"))


def m03():
    text = (
        dedent("""
Hi,

Before PO 24561 ships, could you change the 1-1/2" black unions from 20 to 30? Our estimate came up short for the Fenwick St boiler room. The three 3" swing check valves stay as they are.

If it's already picked, no problem, just put the extra 10 unions on a separate ticket and ship them together.

Thanks,

""")
        + SIG_DALE
    )
    top = outlook(
        DALE,
        TO_DESK,
        "PO 24561 - change before it ships",
        stamp("2026-11-09 10:05:37", EASTERN),
        "m03",
        cc=mailbox(KAREN),
    )
    return message(top, text_body(text))


def font(name, size):
    return ImageFont.truetype(str(FONT_DIR / name), size)


def grain(img, rng, count, low, high):
    px = img.load()
    width, height = img.size
    for _ in range(count):
        x, y = rng.randrange(width), rng.randrange(height)
        px[x, y] = max(0, min(255, px[x, y] + rng.randrange(low, high)))


def png(img, levels=16):
    step = 256 // levels
    img = img.point(lambda v: min(255, v // step * step + step // 2))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def pick_ticket_photo():
    """Beto's phone photo of the will-call pick ticket, with his notes in pen."""
    rng = random.Random(5304)
    width, height = 1100, 820
    img = Image.new("L", (width, height), 120)
    draw = ImageDraw.Draw(img)
    for y in range(height):  # the truck seat under the paper, darker at the bottom
        draw.line((0, y, width, y), fill=110 - y // 20)
    draw.polygon([(48, 30), (1060, 44), (1050, 800), (40, 790)], fill=232)
    mono = font("DejaVuSansMono.ttf", 21)
    mono_b = font("DejaVuSansMono-Bold.ttf", 24)
    pen = font("DejaVuSans-BoldOblique.ttf", 30)
    printed = [
        (80, 60, mono_b, "TRI-COUNTY PIPE & SUPPLY - WILL CALL PICK TICKET"),
        (80, 104, mono, "Order: SO-104240     Cust PO: 40988     Acct: C-1005"),
        (80, 136, mono, "Customer: DELGADO & SONS PLUMBING"),
        (80, 168, mono, "Pickup: 11/06/26  DC-SOUTH counter 3"),
        (80, 230, mono_b, "LN  ITEM             DESCRIPTION               QTY"),
        (80, 270, mono, ' 1  PIP-BI-200-CTL   2" BLK PIPE SCH40 CTL    120 FT'),
        (80, 310, mono, ' 2  FTG-BI-U-150     1-1/2" BLK MI UNION       12 EA'),
        (80, 350, mono, ' 3  VLV-1005-BV      1" BALL VLV FP THD        10 EA'),
        (80, 430, mono, "Received by: ______________________"),
    ]
    for x, y, face, value in printed:
        draw.text((x, y), value, font=face, fill=40)
    draw.line((70, 262, 1000, 262), fill=90, width=2)
    ink = 25
    draw.text((200, 472), "only 8 in box!!  need 2", font=pen, fill=ink)
    draw.text((200, 532), "1 stick bent (20 ft) - forklift", font=pen, fill=ink)
    draw.text((200, 592), "unions ok 12", font=pen, fill=ink)
    draw.text((560, 680), "Beto R.", font=pen, fill=ink)
    draw.text((300, 418), "Beto Ramirez", font=pen, fill=ink)
    draw.ellipse((668, 340, 762, 384), outline=ink, width=3)
    img = img.rotate(-2.2, resample=Image.BICUBIC, fillcolor=95)
    grain(img, rng, 4000, -40, 25)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    return png(img)


def m04():
    text = dedent("""
Good morning Annette,

Friday I pick up at your will call the order SO-104240 for Delgado. I check everything at the shop and there is 2 problem.

1. The ball valves 1" - the ticket say 10 but in the box only come 8. We need the other 2.

2. One stick of the 2" black pipe (20 ft) is bent in the middle, your forklift hit it when they load my truck. I tell the guy in the yard but he say to write you. We can not use it, is bent like a banana.

I send you photo of the ticket with my notes.

Thank you
Beto Ramirez
Delgado & Sons Plumbing
""")
    photo = attachment(
        pick_ticket_photo(),
        "image/png",
        "IMG_20261110_073402.png",
        extra=[("X-Attachment-Id", "f_" + key_hash("att", "m04", size=9))],
    )
    body = gmail_mixed("m04", gmail_alternative(text, "m04"), photo)
    top = gmail(
        BETO,
        TO_DESK,
        "will call friday SO-104240 - valves and pipe",
        stamp("2026-11-10 07:48:19", CENTRAL),
        "m04",
    )
    return message(top, body)


def m05():
    text = (
        dedent("""
Hi Annette,

Your truck dropped PO-70231 at Quarry Hill Apartments yesterday. The floor registers came in 4 boxes of 12 = 48, but we ordered 60 and the packing slip says 60. The thermostats and the filters are all there.

So we are one box short. Can you send the missing registers with your next delivery? We are doing the third floor units this week.

Thanks,

""")
        + SIG_LUIS
    )
    top = outlook(
        LUIS,
        TO_DESK,
        "PO-70231 floor registers short",
        stamp("2026-11-10 09:20:44", EASTERN),
        "m05",
    )
    return message(top, text_body(text))


def m06():
    rows = [
        ("Invoice", "PO", "Ln", "Item", "Qty", "PO price", "Inv price", "Variance"),
        (
            "INV-88133",
            "77830",
            "3",
            "Condensate pump 115V",
            "8",
            "61.50",
            "64.90",
            "27.20",
        ),
    ]
    widths = (11, 7, 4, 22, 5, 10, 11, 9)
    table = ""
    for row in rows:
        table += "".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n"
    head = dedent("""
Hello,

Invoice INV-88133 failed our three-way match. Exception from our AP system:

""")
    tail = dedent("""

Total variance $27.20 (8 pumps x $3.40). Please send a credit memo for $27.20. The other lines of the invoice are approved and go out on our Nov 25 payment run.

Regards,

""")
    text = head + table + tail + SIG_DANA
    cells = []
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        style = "border:solid windowtext 1.0pt;padding:0in 5.4pt"
        cells.append(
            "<tr>"
            + "".join(f'<{tag} style="{style}">{html.escape(c)}</{tag}>' for c in row)
            + "</tr>"
        )
    page = outlook_page(
        paragraphs(head)
        + '\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
        + "\n".join(cells)
        + "\n</table>\n"
        + paragraphs(tail + SIG_DANA)
    )
    top = outlook(
        DANA,
        TO_DESK,
        "Invoice exception - INV-88133 / PO 77830",
        stamp("2026-11-10 10:52:09", EASTERN),
        "m06",
    )
    return message(top, outlook_alternative(text, "m06", page))


def m07():
    text = dedent("""
Annette - 2 things on PO 24519 (the UPS one fri)

- 1/2 crimp couplings: ordered 10 bags, 13 came. Holding the 3 extra bags for you

- PEX coils: 1 of the 2 coils is 1/2" not 3/4". Label on the coil says 1/2. Need a 3/4 coil, we rough in thursday

Mike

Sent from my iPhone
""")
    top = iphone(
        MIKE,
        "returns@tricountypipe.example",
        "PO 24519",
        stamp("2026-11-10 13:15:30", EASTERN),
        "m07",
    )
    return bare(top, text)


def m08():
    text = dedent("""
Hello Annette,

I am technician at Summit HVAC. Today I open the box of the Wi-Fi thermostats from order SO-104238 (deliver last Thursday) for the job at Lakeview Dental. 2 pcs have the screen cracked and the plastic case broken on the corner, look like something heavy was on top of the box. UPC on the box is 084512075004.

The other thermostats are OK. Please send 2 new one, I keep the broken ones in my van if you need them back.

Thank you
Minh Nguyen
Service Technician
Summit HVAC Services
""")
    top = outlook(
        MINH,
        TO_DESK,
        "damaged thermostat SO-104238",
        stamp("2026-11-11 08:02:51", CENTRAL),
        "m08",
    )
    return message(top, outlook_alternative(text, "m08"))


def m09():
    text = (
        dedent("""
Good morning Annette,

The Estes delivery for PO-70288 came to Marina Terrace yesterday afternoon. Two things:

- One of the three 50 gallon gas water heaters has a big dent in the jacket and the gas valve is pushed in. The crate was broken on one side. The driver wrote it on the delivery receipt. We will not install it.

- We received 4 expansion tanks but the PO is for 3. The extra one is in our boiler room, your driver can take it back.

Please let me know about the heater, we need it for unit 2B next week.

Thank you,

""")
        + SIG_LUIS
    )
    top = outlook(
        LUIS,
        TO_DESK,
        "PO-70288 Marina Terrace - heater damaged / extra tank",
        stamp("2026-11-12 07:30:12", EASTERN),
        "m09",
    )
    return message(top, text_body(text))


WAREHOUSE_NOTE = dedent("""
Frank,

Finished checking in PO 77830 (came ODFL on Friday, I only got to it today).

Check valves 6/6 ok
Unions 40/40 ok
Circulators - packing list says 4, only 3 in the crate. Looked all over the dock, not here.
Condensate pumps 8/8 but one is dead. Plugged it in on the bench, float switch clicks but the motor never runs. Tried a second outlet, same. Tagged it and put it on the return shelf.

Walt
""")


def frank_mail_text():
    return (
        dedent("""
Annette,

See our warehouse notes below on PO 77830. One circulator is missing and one of the condensate pumps is dead out of the box. Can you send the missing circ and set up a return on the pump?

Thanks,

""")
        + SIG_FRANK
        + quote_outlook(
            "Keystone Warehouse <warehouse@keystonemech.com>",
            "Wednesday, November 11, 2026 3:42 PM",
            "Frank Iacono <fiacono@keystonemech.com>",
            "PO 77830 receiving - Harmon Ave",
            WAREHOUSE_NOTE,
        )
    )


def m10():
    top = outlook(
        FRANK,
        TO_DESK,
        "FW: PO 77830 receiving - Harmon Ave",
        stamp("2026-11-12 09:45:26", EASTERN),
        "m10",
        cc=mailbox(PRIYA),
    )
    return message(top, text_body(frank_mail_text()))


def m11():
    text = dedent("""
Thank you for your message. I am out of the office through Monday, November 16, with limited access to email.

For payment status or remittance questions please contact Raj Patel at raj.patel@summithvac.net or 312-555-0152.

Linda Chu
Accounts Payable
Summit HVAC Services
""")
    subject = "Automatic reply: Claim TC-11482 received - SO-104238 damaged thermostats"
    top = outlook(
        LINDA,
        TO_DESK,
        subject,
        stamp("2026-11-12 08:58:40", CENTRAL),
        "m11",
        reply_to_id=desk_id("tc-11482"),
    )
    top.insert(-1, ("Auto-Submitted", "auto-replied"))
    top.insert(-1, ("X-Auto-Response-Suppress", "All"))
    return message(top, outlook_alternative(text, "m11"))


def pdf_string(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(rows, rules, title, producer):
    """One page of real text. rows: (x, y, size, bold, text); rules: (x1, y1, x2, y2)."""
    ops = ["BT"]
    for x, y, size, bold, value in rows:
        ops.append(
            f"/{'F2' if bold else 'F1'} {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_string(value)}) Tj"
        )
    ops.append("ET")
    ops.append("0.5 w")
    for x1, y1, x2, y2 in rules:
        ops.append(f"{x1} {y1} m {x2} {y2} l S")
    content = zlib.compress("\n".join(ops).encode("cp1252"), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 792 612] "
            b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
        f"<< /Title ({pdf_string(title)}) /Producer ({pdf_string(producer)}) >>".encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    ident = key_hash("pdf", title, size=32).encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\n" % (
        len(objects) + 1,
        ident,
        ident,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return out


def discrepancy_report_pdf():
    rows = [
        (40, 560, 15, True, "RIVERBEND PLUMBING & HEATING"),
        (40, 541, 11, False, "2207 Canal Rd, Phoenixville PA 19460  |  (484) 555-0134"),
        (500, 560, 13, True, "RECEIVING DISCREPANCY REPORT"),
        (500, 541, 10, False, "Report no. RDR-1126"),
        (40, 505, 10, True, "Vendor:"),
        (130, 505, 10, False, "Tri-County Pipe & Supply"),
        (40, 488, 10, True, "Our PO:"),
        (130, 488, 10, False, "24530"),
        (40, 471, 10, True, "Vendor order:"),
        (130, 471, 10, False, "SO-104243"),
        (400, 505, 10, True, "Carrier:"),
        (480, 505, 10, False, "R+L Carriers  PRO RL123512650"),
        (400, 488, 10, True, "Received:"),
        (480, 488, 10, False, "11/12/2026  by M. O'Brien"),
        (400, 471, 10, True, "Ship to:"),
        (480, 471, 10, False, "Shop - 2207 Canal Rd"),
        (40, 430, 10, True, "Item"),
        (150, 430, 10, True, "Description"),
        (400, 430, 10, True, "Ordered"),
        (460, 430, 10, True, "Shipped"),
        (520, 430, 10, True, "Received"),
        (585, 430, 10, True, "Accepted"),
        (650, 430, 10, True, "Exception"),
    ]
    lines = [
        ("VLV-1005-BV", '1" ball valve FP thd', "48", "48", "48", "48", "-"),
        ("FTG-CU-E90-100", '1" wrot copper 90 CxC', "250", "250", "250", "250", "-"),
        ("VLV-0750-PRV", '3/4" PRV 25-75 psi', "4", "4", "4", "3", "DAMAGED"),
    ]
    y = 410
    for item, desc, ordered, shipped, received, accepted, exc in lines:
        for x, value in (
            (40, item),
            (150, desc),
            (410, ordered),
            (470, shipped),
            (530, received),
            (595, accepted),
            (650, exc),
        ):
            rows.append((x, y, 10, False, value))
        y -= 20
    rows += [
        (40, 325, 10, True, "Exception detail:"),
        (
            40,
            308,
            10,
            False,
            "VLV-0750-PRV - 1 pc. Bell housing cracked, carton crushed on one corner. Not accepted,",
        ),
        (40, 294, 10, False, "held at the shop for return. Remaining 3 pcs accepted."),
        (40, 255, 10, True, "Action requested:"),
        (40, 238, 10, False, "Replace 1 pressure reducing valve or issue credit."),
        (
            40,
            170,
            10,
            False,
            "Prepared by: Karen Liu, Office Manager          Date: 11/13/2026",
        ),
        (
            40,
            60,
            8,
            False,
            "Riverbend P&H - receiving discrepancy report - page 1 of 1",
        ),
    ]
    rules = [
        (40, 525, 752, 525),
        (40, 443, 752, 443),
        (40, 425, 752, 425),
        (40, 345, 752, 345),
    ]
    return simple_pdf(rows, rules, "RDR-1126 PO 24530", "Riverbend ShopDesk 2.8")


def m12():
    text = (
        dedent("""
Hi Annette,

Attached is our receiving discrepancy report for PO 24530 (the R+L delivery yesterday). One of the pressure reducing valves came with the bell housing cracked, the box was crushed on one corner. The rest of the order checked in fine.

Could you send a replacement, or credit it if you don't have one in stock?

Thanks so much,
Karen

""")
        + SIG_KAREN
    )
    pdf = attachment(discrepancy_report_pdf(), "application/pdf", "RDR-1126 PO 24530.pdf")
    body = outlook_mixed("m12", outlook_alternative(text, "m12"), pdf)
    top = outlook(
        KAREN,
        TO_DESK,
        "PO 24530 - receiving discrepancy report",
        stamp("2026-11-13 08:10:33", EASTERN),
        "m12",
        attach=True,
    )
    return message(top, body)


def m13():
    karen = dedent("""
Mike,

Did you get out to Dorset St to check the material from PO 24460 yet? Estes dropped it at the site Saturday the 31st: 100 of the 2" PVC tees, 10 lengths of 1" copper and 30 of the 3/4" ball valves. I'd like to close out the receiving.

Thanks,
Karen
""")
    text = dedent("""
Karen / Annette -

Finally got out to Dorset St this morning. Copper is there but two of the ten lengths are flattened about 3 ft from the end, like something heavy was set on the bundle. Can't use those. Annette can you replace the 2 sticks?

Tees and ball valves are fine.

Mike
""") + quote_outlook(
        "Karen Liu <office@riverbendph.com>",
        "Thursday, November 12, 2026 4:18 PM",
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "Dorset St copper",
        karen,
    )
    top = outlook(
        MIKE,
        mailbox(KAREN),
        "RE: Dorset St copper",
        stamp("2026-11-13 11:40:02", EASTERN),
        "m13",
        cc=TO_DESK,
        reply_to_id=exchange_id("m13-karen"),
    )
    return message(top, outlook_alternative(text, "m13"))


def m14():
    text = (
        dedent("""
Hi Annette,

We'd like to return 8 bags of the 1/2" PEX crimp couplings from PO-77731. The Chestnut Hill job switched to expansion fittings, so they're surplus. The bags are unopened, 25 per bag.

Please send an RA and let me know what the restocking fee comes to.

Thanks,

""")
        + SIG_PRIYA
    )
    top = outlook(
        PRIYA,
        TO_DESK,
        "Return request - PO-77731 crimp couplings",
        stamp("2026-11-13 14:25:17", EASTERN),
        "m14",
    )
    return message(top, outlook_alternative(text, "m14"))


def checklist_scan():
    """Summit's receiving checklist for PO-60455, filled in by hand, run through the copier."""
    rng = random.Random(5315)
    width, height = 1240, 900
    img = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(img)
    bold, reg = font("DejaVuSans-Bold.ttf", 28), font("DejaVuSans.ttf", 21)
    small = font("DejaVuSans.ttf", 16)
    hand = font("DejaVuSans-Oblique.ttf", 25)
    draw.text((50, 34), "SUMMIT HVAC SERVICES", font=bold, fill=20)
    draw.text((50, 72), "RECEIVING CHECKLIST", font=bold, fill=20)
    draw.text((960, 40), "Form SR-4 rev 2", font=small, fill=40)
    fields = [
        ("Supplier:", "Tri-County Pipe & Supply", 50, 130),
        ("PO #:", "PO-60455", 50, 172),
        ("Supplier order:", "SO-104244", 50, 214),
        ("Carrier:", "UPS", 660, 130),
        ("Date rec'd:", "11/12/26", 660, 172),
        ("Rec'd by:", "R. Patel", 660, 214),
    ]
    for label, value, x, y in fields:
        draw.text((x, y), label, font=reg, fill=20)
        draw.text((x + 200, y - 3), value, font=hand, fill=55)
    draw.line((50, 270, 1190, 270), fill=25, width=3)
    heads = [
        ("Item", 60),
        ("Ordered", 560),
        ("Received", 690),
        ("OK?", 830),
        ("Notes", 920),
    ]
    for head, x in heads:
        draw.text((x, 282), head, font=reg, fill=20)
    draw.line((50, 318, 1190, 318), fill=25, width=2)
    rows = [
        ("Condensate pump 115V", "10", "10", "NO", "1 cracked tank"),
        ("Thermostat non-prog 24V", "12", "10", "NO", "short 2"),
        ("Filter 16x25x1 MERV 11", "20", "20", "yes", ""),
    ]
    for i, (item, ordered, got, ok, note) in enumerate(rows):
        y = 336 + 64 * i
        draw.text((60, y), item, font=reg, fill=25)
        draw.text((585, y - 2), ordered, font=hand, fill=50)
        draw.text((715, y - 2), got, font=hand, fill=50)
        draw.text((830, y - 2), ok, font=hand, fill=50)
        draw.text((920, y - 2), note, font=hand, fill=50)
        draw.line((50, y + 48, 1190, y + 48), fill=140, width=1)
    draw.text((50, 560), "Exceptions reported to supplier:", font=reg, fill=20)
    draw.text((80, 604), "thermostats: 12 ordered, 10 rec'd - SHORT 2", font=hand, fill=50)
    draw.text(
        (80, 652),
        "1 condensate pump - reservoir cracked in box (damaged)",
        font=hand,
        fill=50,
    )
    draw.text((50, 760), "Signature:", font=reg, fill=20)
    draw.text((200, 752), "Raj Patel", font=hand, fill=50)
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=246)
    grain(img, rng, 3000, -120, -30)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    return png(img)


def m15():
    text = (
        dedent("""
Annette,

Scanned receiving checklist for PO-60455 attached (UPS delivery, Thursday). Two exceptions are on the sheet: the non-programmable thermostats came in short, and one of the condensate pumps has a cracked reservoir - it was like that in the box.

Please ship the missing thermostats and replace the pump. Everything else matches.

Regards,

""")
        + SIG_RAJ
    )
    scan = attachment(checklist_scan(), "image/png", "Scan_20261116_081204.png")
    body = outlook_mixed("m15", text_body(text), scan)
    top = outlook(
        RAJ,
        TO_DESK,
        "PO-60455 receiving checklist - 2 exceptions",
        stamp("2026-11-16 08:15:50", CENTRAL),
        "m15",
        attach=True,
    )
    return message(top, body)


def m16():
    text = dedent("""
Dear Annette,

I want to confirm that we received yesterday the delivery for PO-70296 at Ashford Court. Everything is here: 40 floor registers and 12 ball valves, nothing damaged, nothing missing. Your driver was very helpful with the cart, please say thank you to him from us.

Please send the invoice to payables@harborpointpm.com as usual.

Best regards,
Olena Bondarenko
Property Manager, Ashford Court
Harbor Point Property Management
""")
    top = outlook(
        OLENA,
        TO_DESK,
        "Delivery PO-70296 received - Ashford Court",
        stamp("2026-11-17 09:05:22", EASTERN),
        "m16",
        cc=mailbox(LUIS),
    )
    return message(top, outlook_alternative(text, "m16"))


def m17():
    text = dedent("""
Hi Annette,

Opened the PRVs from PO-40962 today for the Walnut Hill house and 2 of the 6 are 1/2" not 3/4". The box label says 3/4" but the valve inside is 1/2", the threads don't match. We need two 3/4" ones, the 1/2" ones are back in their boxes.

Also there was a bag of 1/2" PEX crimp couplings in the carton with the copper fittings. We didn't order those and we don't use crimp. Your driver can take the bag back when he brings the PRVs.

Thanks
Rosa
""")
    top = gmail(
        ROSA,
        TO_DESK,
        "PO-40962 wrong PRVs",
        stamp("2026-11-17 10:30:41", CENTRAL),
        "m17",
    )
    return message(top, gmail_alternative(text, "m17"))


NOTICE_11496 = (
    dedent("""
Luis,

Thank you for your report on PO-70288 (our order SO-104241). Claim TC-11496:

  OVERSHIPPED  WH-EXP-2G  2 gal thermal expansion tank    qty 1  approved
               RA-24-3302, our driver picks the tank up on his next stop.
  DAMAGED      WH-50G-NG  50 gal natural gas water heater qty 1  under review
               (the credit is above the limit on your account, a manager signs off)

A replacement heater is being scheduled with dispatch.

""")
    + SIG_ANNETTE
)


def m18():
    text = (
        dedent("""
Annette, thank you. Your driver picked up the extra expansion tank this morning and dispatch called, the replacement heater is coming Thursday. Much appreciated.

Luis

""")
        + SIG_LUIS
        + quote_outlook(
            "Tri-County Returns <returns@tricountypipe.example>",
            "Thursday, November 12, 2026 2:06 PM",
            "Luis Ortega <maintenance@harborpointpm.com>",
            "Claim TC-11496 - PO-70288 Marina Terrace",
            NOTICE_11496,
        )
    )
    top = outlook(
        LUIS,
        TO_DESK,
        "RE: Claim TC-11496 - PO-70288 Marina Terrace",
        stamp("2026-11-17 14:50:08", EASTERN),
        "m18",
        reply_to_id=desk_id("tc-11496"),
    )
    return message(top, outlook_alternative(text, "m18"))


def m19():
    text = dedent("""
Hello Annette,

We do the thermostat change for Harbor Point at Quarry Hill Apartments (they buy the thermostats from you, order SO-104239, I take them from their maintenance room). 1 of the non-programmable thermostats is dead, no display at all. I check 24V at the wires and it is OK, so the thermostat is bad. I put another one.

Luis from Harbor Point tell me to write to you. Can you replace it? I have the bad one with me.

Thank you
Minh Nguyen
Summit HVAC Services
""")
    top = outlook(
        MINH,
        TO_DESK,
        "thermostat not working - Quarry Hill Apartments",
        stamp("2026-11-18 08:40:15", CENTRAL),
        "m19",
        cc=mailbox(LUIS),
    )
    return message(top, outlook_alternative(text, "m19"))


def m20():
    text = dedent("""
Hi,

Not a return this time :) Can you send me price and availability on two 3" flanged swing check valves and four 3/4" PRVs? Rosa says you're already sending the right PRVs for the Walnut Hill order, this is for a different job (Oak Lawn). We need them by Dec 4.

Thanks
Hector Delgado
Delgado & Sons Plumbing
""")
    top = gmail(
        HECTOR,
        mailbox(SALES),
        'price and availability - 3" check valves + PRVs',
        stamp("2026-11-18 11:10:56", CENTRAL),
        "m20",
        cc=TO_DESK,
    )
    return message(top, gmail_alternative(text, "m20"))


def m21():
    text = (
        dedent("""
Annette,

Following up on Frank's email below. Your driver brought the missing circulator on Monday, so that part is taken care of, thank you. But we still have no RA for the condensate pump that was dead out of the box, and Harmon Ave needs it. Can you send the RA and a replacement for that one pump?

Thanks,

""")
        + SIG_PRIYA
        + quote_outlook(
            "Frank Iacono <fiacono@keystonemech.com>",
            "Thursday, November 12, 2026 9:45 AM",
            "Tri-County Returns <returns@tricountypipe.example>",
            "FW: PO 77830 receiving - Harmon Ave",
            frank_mail_text(),
            cc="Priya Shah <pshah@keystonemech.com>",
        )
    )
    top = outlook(
        PRIYA,
        TO_DESK,
        "FW: PO 77830 receiving - Harmon Ave",
        stamp("2026-11-19 07:55:03", EASTERN),
        "m21",
    )
    return message(top, outlook_alternative(text, "m21"))


def m22():
    text = dedent("""
Annette,

Two things on PO 24415 (Elmwood school job):

1) The engineer changed the backflow spec to a double check assembly, so we don't need the 3" RPZ anymore. It's still in the crate, never installed. Can we send it back?

2) One of the 3" swing check valves from the same order won't seat - the clapper hangs open and water runs right back through. We pulled it and put the other one in for now. It's defective, please replace it.

Mike O'Brien
Riverbend Plumbing & Heating
(484) 555-0117
""")
    top = outlook(
        MIKE,
        TO_DESK,
        "PO 24415 - RPZ return + bad check valve",
        stamp("2026-11-19 13:20:27", EASTERN),
        "m22",
    )
    return message(top, text_body(text))


def m23():
    text = dedent("""
Annette,

One of the two 40 gal electric heaters from PO-40917 (installed Oct 9 at the Mockingbird Ln rental) quit making hot water. Lower element is burned out and the upper thermostat has tripped twice. Label says UPC 084512004002, serial ends in 4471.

We already put a new one in from our stock so the tenant has hot water. We want to send the bad heater back under warranty for credit.

Hector
""")
    top = gmail(
        HECTOR,
        TO_DESK,
        "40 gal electric heater - element burned out (PO-40917)",
        stamp("2026-11-20 08:35:14", CENTRAL),
        "m23",
    )
    return message(top, gmail_alternative(text, "m23"))


def m24():
    text = (
        dedent("""
Annette,

Lakeview Dental scaled back their maintenance agreement, so we're left with three cases of the 16x25x1 MERV 11 filters from PO-60418 that we won't use. The cases are still sealed. Can we return them? We're fine with the restocking fee.

Regards,

""")
        + SIG_RAJ
    )
    top = outlook(
        RAJ,
        TO_DESK,
        "PO-60418 filters - return",
        stamp("2026-11-20 10:50:38", CENTRAL),
        "m24",
    )
    return message(top, outlook_alternative(text, "m24"))


NOTICE_RA_3317 = (
    dedent("""
Hi Priya,

Your return for PO-77731 (our order SO-104218) is approved.

  NOT_NEEDED  FTG-PEX-CPL-050  1/2" PEX brass crimp coupling, bag of 25
              8 bags - RA-24-3317
  Credit after inspection: 8 x $8.95 = $71.60 less 15% restocking = $60.86

Please mark the RA number on the carton.

""")
    + SIG_ANNETTE
)


def m25():
    text = (
        dedent("""
Annette, got the RA for the crimp couplings, thanks.

Two questions before I send them: do they have to go back boxed with the RA label on it, or can your driver just take the bags on his next stop at our Media yard? And do you want a copy of the packing slip with them?

Frank

""")
        + SIG_FRANK
        + quote_outlook(
            "Tri-County Returns <returns@tricountypipe.example>",
            "Monday, November 16, 2026 10:12 AM",
            "Priya Shah <pshah@keystonemech.com>",
            "RA-24-3317 approved - PO-77731 crimp couplings",
            NOTICE_RA_3317,
            cc="Frank Iacono <fiacono@keystonemech.com>",
        )
    )
    top = outlook(
        FRANK,
        TO_DESK,
        "RE: RA-24-3317 approved - PO-77731 crimp couplings",
        stamp("2026-11-20 15:05:19", EASTERN),
        "m25",
        reply_to_id=desk_id("ra-24-3317"),
    )
    return message(top, text_body(text))


def m26():
    head = dedent("""
Hello Annette,

Invoice INV-88098 bills the 1" type L copper at $76.40 a length. Our PO-77790 and your order acknowledgement both show $71.80.

""")
    rows = [
        ("Item", "Qty", "Invoiced", "PO price", "Difference"),
        ('1" type L copper tube, 20 ft', "30", "$76.40", "$71.80", "$138.00"),
    ]
    tail = dedent("""

Please send a credit memo for $138.00. If it isn't here by November 30 we will short-pay the invoice by that amount.

Thank you,

""")
    text = head
    for row in rows:
        text += f"{row[0]:<32}{row[1]:>5}{row[2]:>11}{row[3]:>11}{row[4]:>12}\n"
    text += tail + SIG_DANA
    style = "border:solid #BFBFBF 1.0pt;padding:2pt 6pt"
    cells = []
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells.append(
            "<tr>"
            + "".join(f'<{tag} style="{style}">{html.escape(c)}</{tag}>' for c in row)
            + "</tr>"
        )
    page = outlook_page(
        paragraphs(head)
        + '\n<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
        + "\n".join(cells)
        + "\n</table>\n"
        + paragraphs(tail + SIG_DANA)
    )
    top = outlook(
        DANA,
        TO_DESK,
        "Pricing dispute - INV-88098 (PO-77790)",
        stamp("2026-11-23 09:10:45", EASTERN),
        "m26",
    )
    return message(top, outlook_alternative(text, "m26", page))


def m27():
    inner = dedent("""
<p class="MsoNormal">Hi Annette,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">On invoice <b>INV-88152</b> (our PO-60418) the 20 non-programmable thermostats are billed at <b>$28.90</b> each. Raj&#8217;s quote from September was <b>$26.50</b>.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please issue a credit for the difference, $2.40 x 20 = $48.00, or send a corrected invoice. The invoice is on hold in our system until then.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="color:#2F5496">Linda Chu<br>Accounts Payable<br>Summit HVAC Services<br>ap@summithvac.net</span></p>""")
    top = outlook(
        LINDA,
        TO_DESK,
        "INV-88152 - thermostat pricing",
        stamp("2026-11-23 10:40:02", CENTRAL),
        "m27",
    )
    return message(top, text_body(outlook_page(inner), "html"))


LEFTOVER_CSV = dedent("""
job,po,part_no,description,ordered,used,left,return
Jefferson St,PO-77790,KM-20100,1in type L copper 20ft,30,30,0,0
Jefferson St,PO-77790,KM-40112,1in wrot copper 90 CxC,200,10,190,190
Jefferson St,PO-77790,KM-88107,1in brass ball valve FP thd,36,36,0,0
""")


def m28():
    text = (
        dedent("""
Annette,

Jefferson St is closed out. Attached is the leftover list for PO-77790. We want to send back the 1" copper 90s we didn't use - 190 pieces (200 ordered, 10 used), in the unopened boxes. The copper tube and the ball valves were all used.

Please send an RA.

Thanks,

""")
        + SIG_FRANK
    )
    csv = attachment(to_crlf(LEFTOVER_CSV.encode("ascii")), "text/csv", "PO-77790 leftovers.csv")
    body = outlook_mixed("m28", outlook_alternative(text, "m28"), csv)
    top = outlook(
        FRANK,
        TO_DESK,
        "PO-77790 leftover fittings - return",
        stamp("2026-11-24 08:20:36", EASTERN),
        "m28",
        attach=True,
    )
    return message(top, body)


def m29():
    text = (
        dedent("""
Annette,

We have 4 cases of the 16x25x1 MERV 11 filters left from PO-77760 (the Ridley Park thermostat and filter job). The owner decided to buy his own filters from now on. Can we send the 4 cases back for credit? They're sealed.

Thanks

""")
        + SIG_TOM
    )
    top = outlook(
        TOM,
        TO_DESK,
        "PO-77760 filters - send back?",
        stamp("2026-11-24 12:00:51", EASTERN),
        "m29",
    )
    return message(top, text_body(text))


def m30():
    text = (
        dedent("""
Hi Annette,

We over-ordered the 1" full port threaded ball valves on PO 24530. The Fenwick St job only needed 36 of the 48, so we'd like to send back the other dozen. They're still boxed. Understood on the 10% restocking.

Thanks,

""")
        + SIG_DALE
    )
    top = outlook(
        DALE,
        TO_DESK,
        'Return - 1" ball valves PO 24530',
        stamp("2026-11-25 09:30:27", EASTERN),
        "m30",
    )
    return message(top, outlook_alternative(text, "m30"))


def m31():
    text = dedent("""
Hello Annette,

For the order PO-60455, the filter boxes say 16x25x1 MERV 11 but when we open them the filters inside are MERV 8 (it is printed on the frame). The customer contract need MERV 11. We opened 5 cases and all 5 have MERV 8 inside. The other 15 cases are MERV 11, those are OK. We did not install the MERV 8.

Please send 5 cases MERV 11 and pick up the wrong ones.

Thank you
Minh Nguyen
Summit HVAC Services
""")
    top = outlook(
        MINH,
        TO_DESK,
        "filters wrong MERV - PO-60455",
        stamp("2026-11-25 11:15:09", CENTRAL),
        "m31",
        cc=mailbox(RAJ),
    )
    return message(top, outlook_alternative(text, "m31"))


def m32():
    text = dedent("""
Hi,

I'm a sub for Summit HVAC on the Lakeview Dental job, Raj Patel asked me to email you direct. One of the condensate pumps from your order SO-104244 stopped pumping after a week - the float switch sticks and the unit overflowed the pan. Cleaned it out, still sticks. It's defective.

Raj says it's under warranty with you. Please send a replacement to Summit's shop, I'll drop the bad one there.

Kwame Asante
Asante Refrigeration & Air
(312) 555-0199
""")
    top = gmail(
        KWAME,
        TO_DESK,
        "condensate pump failed - SO-104244",
        stamp("2026-11-30 07:05:44", CENTRAL),
        "m32",
        cc=mailbox(RAJ),
    )
    return message(top, gmail_alternative(text, "m32"))


def m33():
    text = dedent("""
Hi Annette,

The 50 gal gas water heater we put in at Juniper Dr last October (PO-40611) is leaking from the bottom seam, the tank is rusted through. Homeowner had no hot water, we swapped it this weekend. The 3/4" ball valve on the cold side of that heater is also weeping at the stem - same order - so we replaced that too.

Please handle both under warranty. Both are tagged at our shop.

Thanks
Rosa Delgado
Delgado & Sons Plumbing
(214) 555-0171
""")
    top = gmail(
        ROSA,
        TO_DESK,
        "Juniper Dr water heater leaking - PO-40611",
        stamp("2026-11-30 10:20:17", CENTRAL),
        "m33",
    )
    return message(top, gmail_alternative(text, "m33"))


def m34():
    text = dedent("""
Dear Annette,

In Ashford Court three of the digital thermostats (non-programmable, 24V) we bought in November do not work, the display stays blank. Our PO was 70340. Please, can you replace the three pieces? Luis has the bad ones in the maintenance office.

Best regards,
Olena Bondarenko
Property Manager, Ashford Court
Harbor Point Property Management
""")
    top = outlook(
        OLENA,
        TO_DESK,
        "thermostats not working PO 70340",
        stamp("2026-12-01 08:45:30", EASTERN),
        "m34",
        cc=mailbox(LUIS),
    )
    return message(top, outlook_alternative(text, "m34"))


def m35():
    text = dedent("""
Annette - one of the PRVs (KM-88340) from 77812 is creeping. Set it at 60, climbs to 85 overnight. Pulled it. Defective, need a replacement

Tom

Sent from my iPhone
""")
    top = iphone(
        TOM,
        "returns@tricountypipe.example",
        "PRV creeping - 77812",
        stamp("2026-12-01 13:30:06", EASTERN),
        "m35",
    )
    return bare(top, text)


CM_40915 = dedent("""
Credit memo CM-40915 has been issued to your account.

Customer:   Harbor Point Property Management (C-1004)
Reference:  Claim TC-11487, SO-104239 / PO-70231
Line:       HVC-REG-1006-W  10x6 steel floor register, white   12 @ 5.60
Reason:     Shortage confirmed by recount
Amount:     $67.20

Tri-County Pipe & Supply - Credit Department
""")


def m36():
    text = dedent("""
Thank you. CM-40915 ($67.20, the 12 registers short on PO-70231) is applied to INV-88160 and the balance went out on today's ACH. This one is closed on our side.

Grace Kim
Accounts Payable
Harbor Point Property Management
""") + quote_outlook(
        "Tri-County Credit Dept <credit@tricountypipe.example>",
        "Monday, November 30, 2026 3:41 PM",
        "payables@harborpointpm.com",
        "Credit memo CM-40915 - Harbor Point Property Management",
        CM_40915,
    )
    top = outlook(
        GRACE,
        mailbox(CREDIT),
        "RE: Credit memo CM-40915 - Harbor Point Property Management",
        stamp("2026-12-02 09:00:58", EASTERN),
        "m36",
        cc=TO_DESK,
        reply_to_id=desk_id("cm-40915"),
    )
    return message(top, outlook_alternative(text, "m36"))


def m37():
    text = (
        dedent("""
Hi Annette,

We finished the register replacements at Ashford Court and have 10 of the white 10x6 floor registers left over from PO-70296, unopened. We don't need them. Can your driver take them back on the next delivery, for credit?

Thank you,

""")
        + SIG_LUIS
    )
    top = outlook(
        LUIS,
        TO_DESK,
        "PO-70296 - 10 registers to return",
        stamp("2026-12-03 10:10:42", EASTERN),
        "m37",
    )
    return message(top, text_body(text))


# ------------------------------------------------------------------ the portal form and the two uploads


def m38():
    form = {
        "order_number": "SO-104201",
        "lines": [{"sku": "VLV-1250-TMV", "quantity": 2, "reason": "NOT_NEEDED"}],
        "note": (
            "Shop stock clean-out: two mixing valves from this order were never installed and "
            "are still in their boxes. Please take them back for credit."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("ascii")


def m39():
    text = dedent("""
STOCKROOM NOTE - Chester Rd job

Order SO-104218 (our PO-77731)
Part KM-88107  1" ball valve FP threaded

Opened the last 4 boxes of these for the Chester Rd job. All 4 have 3/4" sweat valves inside, not 1" threaded. Wrong item. Need 4 of the right valves, the 3/4" ones are back in their boxes on shelf B.

G. Pappas
""")
    return to_crlf(text.encode("ascii"))


def m40():
    text = dedent("""
Damage report
Invoice INV-88165

3 of the 1-1/2" black unions are cracked at the nut. Found when we unpacked at the Beltline job. Not usable, we need 3 new ones.

J. Trevino
""")
    return text.encode("ascii")


BUILD = {
    "m01-keystone-tom-gate-valves-elbows-77812.eml": m01,
    "m02-summit-raj-brookfield-bent-registers.eml": m02,
    "m03-riverbend-dale-add-unions-po24561.eml": m03,
    "m04-delgado-beto-will-call-ticket-photo.eml": m04,
    "m05-harbor-luis-registers-4-boxes.eml": m05,
    "m06-keystone-dana-ap-exception-inv88133.eml": m06,
    "m07-riverbend-mike-couplings-pex-coil.eml": m07,
    "m08-summit-minh-wifi-thermostats-cracked.eml": m08,
    "m09-harbor-luis-marina-terrace-heater-tank.eml": m09,
    "m10-keystone-frank-fw-receiving-77830.eml": m10,
    "m11-summit-linda-automatic-reply.eml": m11,
    "m12-riverbend-karen-po24530-discrepancy-pdf.eml": m12,
    "m13-riverbend-mike-re-dorset-st-copper.eml": m13,
    "m14-keystone-priya-crimp-couplings-return.eml": m14,
    "m15-summit-raj-po60455-receiving-scan.eml": m15,
    "m16-harbor-olena-delivery-all-ok.eml": m16,
    "m17-delgado-rosa-half-inch-prvs.eml": m17,
    "m18-harbor-luis-thanks-tank-rma.eml": m18,
    "m19-summit-minh-harbor-thermostat-dead.eml": m19,
    "m20-delgado-hector-check-valve-quote.eml": m20,
    "m21-keystone-priya-fwd-condensate-pump.eml": m21,
    "m22-riverbend-mike-rpz-and-check-valve.eml": m22,
    "m23-delgado-hector-electric-heater-element.eml": m23,
    "m24-summit-raj-filters-job-scaled-back.eml": m24,
    "m25-keystone-frank-ra-how-to-send.eml": m25,
    "m26-keystone-dana-copper-inv88098-html.eml": m26,
    "m27-summit-linda-inv88152-thermostat-price.eml": m27,
    "m28-keystone-frank-leftover-elbows-csv.eml": m28,
    "m29-keystone-tom-filters-77760.eml": m29,
    "m30-riverbend-dale-ball-valves-dozen.eml": m30,
    "m31-summit-minh-merv8-filters.eml": m31,
    "m32-gmail-kwame-condensate-pump.eml": m32,
    "m33-delgado-rosa-juniper-dr-heater-leak.eml": m33,
    "m34-harbor-olena-thermostats-po70340.eml": m34,
    "m35-keystone-tom-prv-creeping.eml": m35,
    "m36-harbor-grace-credit-applied.eml": m36,
    "m37-harbor-luis-leftover-registers.eml": m37,
    "m38-portal-mixing-valves-stock-return.json": m38,
    "m39-upload-ball-valve-boxes-so104218.txt": m39,
    "m40-upload-cracked-unions-inv88165.txt": m40,
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
