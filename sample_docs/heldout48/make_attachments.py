"""Write every request file of heldout48 (threads and follow-ups in the shared mailbox).

Usage:  python make_attachments.py [TARGET_DIR]     (default: ./requests beside this file)

Nothing here reads the clock or draws unseeded chance: each mail is assembled byte by
byte (the sending client's header order, CRLF line ends, fixed Date, Message-ID and MIME
boundaries); the one picture (a marked-up packing slip) is drawn with a system DejaVu
font and noise from a seeded generator and saved as PNG without time stamps; the portal
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
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
CRLF = b"\r\n"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# ------------------------------------------------------------------ the distributor
# Bramwell Supply Co. runs the shared returns mailbox these mails land in.

RETURNS = "returns@bramwellsupply.example"
ANNETTE = ("Annette Kowal", RETURNS)
DISPATCH = ("Bramwell Dispatch", "dispatch@bramwellsupply.example")
BILLING = ("Bramwell Billing", "billing@bramwellsupply.example")
WILLCALL = ("Bramwell Will Call - South", "willcall.south@bramwellsupply.example")
ORDERS = ("Bramwell Orders", "orders@bramwellsupply.example")
DESMOND = ("Desmond Pryce", "dpryce@bramwellsupply.example")
LORNA = ("Lorna Haig", "credit@bramwellsupply.example")

# ------------------------------------------------------------------ the people who write

TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
PRIYA = ("Priya Raman", "praman@keystonemech.com")
JORGE = ("Jorge Silva", "jsilva@keystonemech.com")
HANK = ("Hank Dobbs", "hdobbs@keystonemech.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
DALE = ("Dale Whitcomb", "dwhitcomb.plumbing@gmail.com")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
BO = ("Bo Lindqvist", "blindqvist@summithvac.net")
COLLEEN = ("Colleen Bragg", "cbragg@summithvac.net")
ERNESTO = ("Ernesto Vidal", "evidal@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
NADIA = ("Nadia Farouk", "nfarouk@harborpointpm.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
CHUY = ("Jesús Ibarra", "chuy.ibarra@delgadoplumbing.com")
MANNY = ("Manny Delgado", "manny@delgadosons.com")

# UTC offsets of the writers' offices
EAST, CENTRAL = -5, -6


# ------------------------------------------------------------------ mail plumbing


def addr(person):
    name, mail = person
    if any(ch in name for ch in "'.,"):
        name = f'"{name}"'
    return f"{name} <{mail}>"


def date_header(local, offset):
    """RFC 5322 date of a local wall-clock time 'YYYY-MM-DD HH:MM:SS'."""
    zone = timezone(timedelta(hours=offset))
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def digest(*parts, n=16):
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:n]


def fold(name, value):
    """One header line, folded at spaces before column 78."""
    words = value.split(" ")
    rows, cur = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(cur) + 1 + len(word) > 77:
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


def text_part(text, subtype="plain"):
    """A text part: 7bit when it is short ASCII lines, else quoted-printable."""
    raw = text.encode("utf-8")
    charset = "us-ascii" if text.isascii() else "utf-8"
    longest = max(len(row) for row in text.split("\n"))
    cte = "7bit" if text.isascii() and longest <= 76 else "quoted-printable"
    payload = quopri.encodestring(raw) if cte == "quoted-printable" else raw
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"'),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, crlf(payload))


def file_part(data, mime, filename):
    headers = [
        ("Content-Type", f'{mime}; name="{filename}"'),
        ("Content-Description", filename),
        ("Content-Disposition", f'attachment; filename="{filename}"; size={len(data)}'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return Part(headers, crlf(base64.encodebytes(data)))


def message_part(data, filename):
    """A whole mail attached as message/rfc822 (Outlook's 'forward as attachment')."""
    headers = [
        ("Content-Type", f'message/rfc822; name="{filename}"'),
        ("Content-Description", filename),
        ("Content-Disposition", f'attachment; filename="{filename}"; size={len(data)}'),
    ]
    return Part(headers, crlf(data))


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


def outlook_top(sender, to, subject, date, mid, cc=None, reply_to_id=None, attach=False):
    """Header order of Outlook on Exchange Online."""
    topic = subject
    for prefix in ("RE: ", "FW: ", "Re: ", "Fwd: "):
        topic = topic.removeprefix(prefix)
    index = base64.b64encode(bytes.fromhex(digest("ti", mid, n=44))).decode()
    rows = [("From", addr(sender)), ("To", to)]
    if cc:
        rows.append(("CC", cc))
    rows += [("Subject", subject), ("Thread-Topic", topic), ("Thread-Index", index)]
    rows += [("Date", date), ("Message-ID", mid)]
    if reply_to_id:
        rows += [("References", reply_to_id), ("In-Reply-To", reply_to_id)]
    rows += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return rows


def gmail_top(sender, to, subject, date, mid, cc=None, reply_to_id=None):
    """Header order of Gmail (web) on Google Workspace or gmail.com."""
    rows = [("MIME-Version", "1.0"), ("Date", date)]
    if reply_to_id:
        rows += [("References", reply_to_id), ("In-Reply-To", reply_to_id)]
    rows += [
        ("Message-ID", mid),
        ("Subject", subject),
        ("From", addr(sender)),
        ("To", to),
    ]
    if cc:
        rows.append(("Cc", cc))
    return rows


def iphone_top(sender, to, subject, date, mid, reply_to_id=None):
    rows = [("From", addr(sender)), ("Mime-Version", "1.0 (1.0)")]
    rows += [("Subject", subject), ("Date", date), ("Message-Id", mid)]
    if reply_to_id:
        rows += [("References", reply_to_id), ("In-Reply-To", reply_to_id)]
    rows += [("To", to), ("X-Mailer", "iPhone Mail (22B91)")]
    return rows


def thunderbird_top(sender, to, subject, date, mid, cc=None):
    rows = [("Message-ID", mid), ("Date", date), ("MIME-Version", "1.0")]
    rows += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    rows += [("To", to)]
    if cc:
        rows.append(("Cc", cc))
    rows += [("From", addr(sender)), ("Subject", subject)]
    return rows


def outlook_mid(key):
    box = (
        "PH0PR"
        + str(10 + int(digest("box", key, n=2), 16) % 80)
        + "MB"
        + str(4000 + int(digest("n", key, n=3), 16) % 5000)
    )
    return f"<{box}{digest('mid', key, n=20).upper()}@{box}.namprd{int(digest('p', key, n=1), 16) % 20:02d}.prod.outlook.com>"


def gmail_mid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(digest("g", key, n=40))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def apple_mid(key):
    h = digest("apple", key, n=32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@riverbendph.com>"


def our_mid(tag):
    """Message-ID of a mail the distributor's own system sent."""
    return f"<{tag}.{digest('ours', tag, n=10)}@bramwellsupply.example>"


def block(text):
    """A triple-quoted block: drop the first newline, keep the rest as written."""
    return text.removeprefix("\n")


def outlook_quote(sender, sent, to, subject, body, cc=None, rule=True):
    """What Outlook puts under a reply or forward: the old header block, the old body."""
    head = "________________________________\n" if rule else ""
    head += f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    head += f"Subject: {subject}\n\n"
    return "\n" + head + body


def original_message(sender, sent, to, subject, body, cc=None):
    """Older Outlook desktop style: an '-----Original Message-----' line."""
    head = f"-----Original Message-----\nFrom: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    head += f"Subject: {subject}\n\n"
    return "\n" + head + body


def gt(body):
    """Prefix every row with '>' as Gmail and Apple Mail do."""
    rows = body.rstrip("\n").split("\n")
    return "\n".join(">" + (" " + r if r and not r.startswith(">") else r) for r in rows) + "\n"


def gmail_quote(intro, body):
    return "\n" + intro + "\n" + gt(body)


def iphone_quote(intro, body):
    return "\n" + gt(intro + "\n\n" + body)


def gmail_forward(sender, date, subject, to, body):
    head = (
        "---------- Forwarded message ---------\n"
        f"From: {sender[0]} <{sender[1]}>\n"
        f"Date: {date}\n"
        f"Subject: {subject}\n"
        f"To: {to}\n\n"
    )
    return "\n" + head + body


def as_html(text):
    """The HTML half of an Outlook multipart/alternative: one paragraph a row."""
    rows = []
    for row in text.rstrip("\n").split("\n"):
        cell = html.escape(row) if row else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{cell}</p>')
    return (
        "<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:Calibri,sans-serif}</style>\n"
        '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n'
        + "\n".join(rows)
        + "\n</div>\n</body>\n</html>\n"
    )


def alternative(text, key):
    return multi(
        "alternative",
        "_000_" + digest("alt", key, n=24).upper() + "_",
        text_part(text),
        text_part(as_html(text), "html"),
    )


# ------------------------------------------------------------------ signatures

SIG_ANNETTE = block("""
Annette Kowal
Returns & Claims Coordinator
Bramwell Supply Co. | Plumbing - Heating - HVAC
610-555-0148 ext. 212 | returns@bramwellsupply.example
""")

SIG_TOM = block("""
Tom Morales | Project Manager
Keystone Mechanical Contractors
1450 Ridley Road, Folcroft PA 19032
c 215-555-0193
""")

SIG_DANA = block("""
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
ap@keystonemech.com | 215-555-0110
""")

SIG_PRIYA = block("""
Priya Raman
Purchasing | Keystone Mechanical Contractors
215-555-0116
""")

SIG_KAREN = block("""
Karen Liu | Office Manager
Riverbend Plumbing & Heating
(610) 555-0175
""")

SIG_RAJ = block("""
Raj Patel
Service Manager | Summit HVAC Services
o 630-555-0127 | m 630-555-0181
""")

SIG_COLLEEN = block("""
Colleen Bragg
Project Coordinator | Summit HVAC Services
630-555-0139
""")

SIG_ERNESTO = block("""
Ernesto Vidal
Field Foreman, Summit HVAC Services
cell 630-555-0166
""")

SIG_LINDA = block("""
Linda Chu
Accounts Payable | Summit HVAC Services
""")

SIG_LUIS = block("""
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
401 Harbor Point Blvd, Suite 200
(757) 555-0142
""")

SIG_ROSA = block("""
--
Rosa Delgado
Office Manager
Delgado & Sons Plumbing
(512) 555-0164
""")

# ------------------------------------------------------------------ the distributor's mails
# (quoted under the customers' replies)

ACK_1183 = (
    block("""
Hi Tom,

Thanks for the answers. I've opened claim C-26-1183 on SO-104233:

- DAMAGED: 5 x VLV-2210-BR 2" bronze gate valve, threaded - credit $294.50 (provisional), RA and R+L carrier claim to follow
- SHORT: 25 x FTG-CU-E90-100 1" wrot copper 90 - credit $73.75 pending a recount at our East DC

I'll send the RA number once the carrier claim is filed.

""")
    + SIG_ANNETTE
)

SHIPCONF_104236 = block("""
Your order has shipped.

Order SO-104236 | Your PO 24519
Carrier: UPS Ground | Tracking 1Z4F83090342217816
Est. delivery: Fri Nov 6

Qty  Item             Description
24   VLV-1005-BV      1" brass ball valve, full port, threaded
10   FTG-PEX-CPL-050  1/2" PEX brass crimp coupling, bag of 25
2    PIP-PEX-075-300  3/4" PEX-A tubing, 300 ft coil

Questions about this shipment? Reply to this email or call 610-555-0148.
""")


# ------------------------------------------------------------------ the 37 mails


def t01():
    asked = (
        block("""
Hi Tom,

Sorry to hear that. So I can open the claim correctly, could you answer a few questions once you have the counts?

1. Which item(s) are damaged? On SO-104233 the R+L shipment carried the 2" bronze gate valves (40) and the 1" copper 90s (150).
THE GATE VALVES. 5 OF THEM - 2 WITH CRACKED BONNETS, 3 WITH BENT STEMS / HANDWHEELS. THE OTHER 35 ARE FINE.

2. Is anything missing against the packing list?
YES, THE COPPER 90S. PACKING LIST SAYS 150, WE HAVE 5 BAGS OF 25 = 125. ONE BAG NEVER SHOWED UP.

3. Did the driver note the damage on the delivery receipt?
YES - "2 CTNS CRUSHED" ON THE R+L DELIVERY RECEIPT, JORGE SIGNED IT.

4. Replacement or credit?
CREDIT PLEASE, WE ALREADY BOUGHT LOCAL TO KEEP THE JOB MOVING.

Thanks,
Annette

""")
        + SIG_ANNETTE
    )
    first = block("""
Annette,
R+L dropped SO-104233 yesterday at the Lancaster Ave job. A couple of the gate valve cartons got mashed and I think we're short some fittings too. Haven't opened everything yet, I'll get you counts Monday.
Tom
""")
    body = (
        block("""
Annette,

Answers below in caps. Sorry it took till Monday, we didn't get to the bottom of the skid until this morning.

Tom

""")
        + SIG_TOM
        + outlook_quote(
            addr(ANNETTE),
            "Friday, November 6, 2026 4:47 PM",
            addr(TOM),
            "RE: SO-104233 - damage on R+L delivery",
            asked,
            rule=False,
        )
        + outlook_quote(
            addr(TOM),
            "Friday, November 6, 2026 2:58 PM",
            f"Bramwell Returns <{RETURNS}>",
            "SO-104233 - damage on R+L delivery",
            first,
            rule=False,
        )
    )
    top = outlook_top(
        TOM,
        f"Annette Kowal <{RETURNS}>",
        "RE: SO-104233 - damage on R+L delivery",
        date_header("2026-11-09 08:12:37", EAST),
        outlook_mid("t01"),
        reply_to_id=our_mid("reply-20261106-1647"),
    )
    return assemble(top, text_part(body))


T02_BO = block("""
Raj - bramwell truck yesterday, the filter cases were on the floor of the trailer in a puddle. 2 cases soaked thru, filters all swollen, cant use them. took pics on my phone. rest of that order (the wifi stats and the basic stats) is ok, counted it all.
-Bo
""")

T02_TEXT = (
    block("""
Annette,

Forwarding from our warehouse. This is your SO-104238, our PO-60418 - came on your truck Thursday.

One correction to Bo's note: it's 3 cases, not 2. He found a third one soaked through at the bottom of the stack after he sent this. So 3 cases of the 16x25x1 MERV 11 are junk; the other 7 are dry and fine.

Credit or replacement, whichever you can do faster - we use these on the maintenance contracts this month.

Thanks
Raj

""")
    + SIG_RAJ
    + original_message(
        addr(BO),
        "Friday, November 6, 2026 3:58 PM",
        addr(RAJ),
        "filters off bramwell truck thurs",
        T02_BO,
    )
)


def t02():
    top = outlook_top(
        RAJ,
        RETURNS,
        "FW: filters off bramwell truck thurs",
        date_header("2026-11-09 09:40:12", CENTRAL),
        outlook_mid("t02"),
    )
    return assemble(top, text_part(T02_TEXT))


T03_NOTICE = block("""
Your order is ready for pickup.

Order: SO-104240    Your PO: PO-40988
Pickup at: Bramwell Supply - South Branch, 2210 Industrial Pkwy, counter 2

Line  Item             Description                                Qty
1     PIP-BI-200-CTL   2" BLK STL PIPE SCH40 CUT TO LENGTH (FT)   120
2     FTG-BI-U-150     1-1/2" BLK MALL IRON UNION                  12
3     VLV-1005-BV      1" BRASS BALL VALVE FP THD                  10

Cut pipe is non-returnable. Please bring this notice or your order
number to the counter. Orders not picked up within 5 business days
go back to stock.
""")

T03_TEXT = (
    block("""
Hi,

Our guy picked this up friday morning. The unions were in one bag marked 12 but there were 14 in it, we counted twice. We only ordered 12, so there are 2 extra. Can your driver grab the 2 when he comes by next, or we can bring them to the counter next time we're there.

The pipe and the ball valves are all good.

Thanks,
Rosa

""")
    + SIG_ROSA
)


def t03():
    body = (
        gmail_quote(
            f"On Thu, Nov 5, 2026 at 3:12 PM {WILLCALL[0]} <{WILLCALL[1]}> wrote:",
            T03_NOTICE,
        ).lstrip("\n")
        + "\n"
        + T03_TEXT
    )
    top = gmail_top(
        ROSA,
        addr(WILLCALL),
        "Re: Order SO-104240 ready for pickup",
        date_header("2026-11-10 07:05:48", CENTRAL),
        gmail_mid("t03"),
        cc=RETURNS,
        reply_to_id=our_mid("willcall-SO-104240"),
    )
    return assemble(top, text_part(body))


def t04():
    body = block("""
Thank you for your email. I am out of the office today, Tuesday November 10, and will be back Wednesday morning.

For payment or invoice questions please contact Priya Raman at praman@keystonemech.com.
For damaged, short or wrong deliveries please contact Tom Morales at tmorales@keystonemech.com or 215-555-0193.

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
""")
    subject = "Automatic reply: Claim C-26-1183 opened - SO-104233 (5 gate valves damaged / 25 elbows short)"
    top = [
        ("From", addr(DANA)),
        ("To", addr(ANNETTE)),
        ("Subject", subject),
        (
            "Thread-Topic",
            "Claim C-26-1183 opened - SO-104233 (5 gate valves damaged / 25 elbows short)",
        ),
        (
            "Thread-Index",
            base64.b64encode(bytes.fromhex(digest("ti", "t04", n=44))).decode(),
        ),
        ("Date", date_header("2026-11-10 08:31:02", EAST)),
        ("Message-ID", outlook_mid("t04")),
        ("References", our_mid("claim-C-26-1183")),
        ("In-Reply-To", our_mid("claim-C-26-1183")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Inbox-Rules-Loop", "ap@keystonemech.com"),
        ("MIME-Version", "1.0"),
    ]
    return assemble(top, text_part(body))


T05_TEXT = block("""
couple things on this one

crimp couplings 1/2 - your notice says 10 bags, box only had 7. so 3 bags short

also we only need 1 of the 2 rolls of 3/4 pex now, the GC switched the mains to copper. can we send 1 roll back? its still sealed in the plastic

ball valves all good

Mike

Sent from my iPhone
""")


def t05():
    body = T05_TEXT + iphone_quote(
        f"On Nov 4, 2026, at 5:41 PM, {DISPATCH[0]} <{DISPATCH[1]}> wrote:",
        SHIPCONF_104236,
    )
    top = iphone_top(
        MIKE,
        f"Bramwell Dispatch <{DISPATCH[1]}>",
        "Re: Shipment confirmation PO 24519 / SO-104236",
        date_header("2026-11-10 09:15:20", EAST),
        apple_mid("t05"),
        reply_to_id=our_mid("ship-SO-104236"),
    )
    top.insert(len(top) - 1, ("Cc", RETURNS))
    return assemble(top, text_part(body))


def t06():
    notice = block("""
Your order SO-104239 (PO-70231) was delivered today by Bramwell truck 14 to Bayview Towers, 88 Shore Dr. Signed: L. ORTEGA

Qty  Item               Description
60   HVC-REG-1006-W     10x6 steel floor register, white
24   HVC-FLT-1625-M11   16x25x1 MERV 11 pleated filter, case of 12
10   TST-2100-NP        Non-programmable digital thermostat, 24 V

Please report shortages or damage within 5 days of delivery: returns@bramwellsupply.example
""")
    body = (
        block("""
Hi,

Two things from this delivery to the Bayview Towers shop:

1) Filters - we count 26 cases of the 16x25x1 MERV 11 and our PO is for 24. So 2 cases extra. Let me know if you want them back or if your driver can take them on the next trip.

2) Thermostats - my guys put in the basic digital thermostats yesterday. Two of them are dead right out of the box, no display at all. Fresh batteries, 24V at the terminals, tried both on a known good subbase - nothing. Please replace or credit those 2.

Registers are all here and fine.

Thanks,
Luis

""")
        + SIG_LUIS
        + outlook_quote(
            addr(DISPATCH),
            "Monday, November 9, 2026 1:26 PM",
            f"Harbor Point Maintenance <{LUIS[1]}>",
            "Delivered - SO-104239 / PO-70231",
            notice,
        )
    )
    top = outlook_top(
        LUIS,
        addr(DISPATCH),
        "RE: Delivered - SO-104239 / PO-70231",
        date_header("2026-11-11 08:20:05", EAST),
        outlook_mid("t06"),
        cc=RETURNS,
        reply_to_id=our_mid("delivered-SO-104239"),
    )
    return assemble(top, alternative(body, "t06"))


T07_CHUY = block("""
Rosa on Elmwood the 1 inch copper from the last bramwell delivery, 4 of the sticks are type M not type L, its printed right on the pipe in red. inspector wont pass M on this job. the other 8 are L and fine

also 2 of the 3/4 pressure reducers dont hold. set them at 55 and by morning they creep up to 80. the other 4 are in and working

Chuy
""")

T07_TEXT = (
    block("""
Hi Annette,

See below from Chuy. This is our PO-40962 (your SO-104231), your truck brought it Oct 29.

The 4 sticks of 1" copper he is talking about are type M, we ordered type L. Please send 4 sticks of the type L and take the M back. And the 2 PRVs that won't hold pressure are bad, we need those replaced under warranty or credited.

Thank you,
Rosa

""")
    + SIG_ROSA
)


def t07():
    body = T07_TEXT + gmail_forward(
        CHUY,
        "Tue, Nov 10, 2026 at 6:52 PM",
        "copper + PRVs Elmwood",
        addr(ROSA),
        T07_CHUY,
    )
    top = gmail_top(
        ROSA,
        addr(ANNETTE),
        "Fwd: copper + PRVs Elmwood",
        date_header("2026-11-11 07:55:31", CENTRAL),
        gmail_mid("t07"),
    )
    return assemble(top, text_part(body))


def t08():
    earlier = T05_TEXT + iphone_quote(
        f"On Nov 4, 2026, at 5:41 PM, {DISPATCH[0]} <{DISPATCH[1]}> wrote:",
        SHIPCONF_104236,
    )
    body = block("""
correction on the couplings - its 2 bags short not 3. one bag was stuck in the bottom of the ball valve box, found it this morning. so we got 8 of the 10

sorry about that

Sent from my iPhone
""") + iphone_quote(f"On Nov 10, 2026, at 9:15 AM, Mike O'Brien <{MIKE[1]}> wrote:", earlier)
    top = iphone_top(
        MIKE,
        f"Bramwell Dispatch <{DISPATCH[1]}>",
        "Re: Shipment confirmation PO 24519 / SO-104236",
        date_header("2026-11-11 09:48:44", EAST),
        apple_mid("t08"),
        reply_to_id=apple_mid("t05"),
    )
    top.insert(len(top) - 1, ("Cc", RETURNS))
    return assemble(top, text_part(body))


def t09():
    ack = ACK_1183
    body = (
        block("""
Annette,

One more on this same order. When we broke down the rest of the skid we found a box of 1" threaded ball valves, 6 pcs, that isnt on our PO or on your packing list. Your pick label on the box says VLV-1005-BV. Not ours - please send an RA or have R+L take it with the gate valves.

Tom

""")
        + SIG_TOM
        + outlook_quote(
            addr(ANNETTE),
            "Tuesday, November 10, 2026 8:30 AM",
            addr(TOM),
            "Claim C-26-1183 opened - SO-104233 / PO-77812",
            ack,
            cc=addr(DANA),
        )
    )
    top = outlook_top(
        TOM,
        addr(ANNETTE),
        "RE: Claim C-26-1183 opened - SO-104233 / PO-77812",
        date_header("2026-11-11 14:05:51", EAST),
        outlook_mid("t09"),
        reply_to_id=our_mid("claim-C-26-1183"),
    )
    return assemble(top, text_part(body))


def t10():
    invoice = block("""
Invoice INV-88133 dated 11/04/2026 for order SO-104235 (PO 77830) is attached. Terms: Net 30.

Qty  Item           Description                                 Unit       Ext
6    VLV-3100-CK    3" cast iron swing check valve, flanged   189.00  1,134.00
40   FTG-BI-U-150   1-1/2" black malleable iron union          10.80    432.00
8    HVC-CND-PUMP   Condensate removal pump, 115 V              64.90    519.20
4    PMP-CIRC-015   1/25 HP cast iron circulator, 115 V        139.00    556.00
                                                     Total due  2,641.20

Thank you for your business.
Bramwell Supply Co. - Accounts Receivable
""")
    body = (
        block("""
Hello,

The condensate pumps on this invoice are billed at $64.90 each. Our PO 77830 and your order confirmation both have them at $61.50. That is 8 pumps x $3.40 = $27.20 over.

Please send a credit memo for the $27.20. The rest of the invoice is approved and goes out on our 11/30 check run.

Thank you,

""")
        + SIG_DANA
        + outlook_quote(
            addr(BILLING),
            "Wednesday, November 4, 2026 6:02 PM",
            f"Keystone Mechanical AP <{DANA[1]}>",
            "Invoice INV-88133 from Bramwell Supply Co.",
            invoice,
        )
    )
    top = outlook_top(
        DANA,
        addr(BILLING),
        "RE: Invoice INV-88133 from Bramwell Supply Co.",
        date_header("2026-11-12 10:15:09", EAST),
        outlook_mid("t10"),
        cc=RETURNS,
        reply_to_id=our_mid("invoice-INV-88133"),
    )
    return assemble(top, alternative(body, "t10"))


def t11():
    ra = (
        block("""
Tom,

RA-55817 is issued for claim C-26-1183:
  5 x VLV-2210-BR 2" bronze gate valve - damaged in transit
R+L will pick up at 1450 Ridley Road on Friday 11/13 (PRO number to follow). Credit memo CM-30412 for $294.50 is posted as provisional credit.

The 25 x FTG-CU-E90-100 shortage is with our East DC for a recount; the $73.75 credit stays pending until they confirm.

The box of 6 x VLV-1005-BV that isn't yours can go on the same R+L pickup.

""")
        + SIG_ANNETTE
    )
    body = (
        block("""
Jorge,

RA for the 5 bad gate valves is below. Tag each box with RA-55817 and put them on a skid by door 3 - R+L is coming for them Friday morning. The box of 6 ball valves that isn't ours goes on the same skid. Keep the 35 good gate valves in the cage.

Nothing goes back on the copper 90s, that one's a shortage credit.

Annette - cc'ing you so you know Jorge is the one to call about the pickup.

Tom

""")
        + SIG_TOM
        + outlook_quote(
            addr(ANNETTE),
            "Thursday, November 12, 2026 11:04 AM",
            addr(TOM),
            "RA-55817 - SO-104233 gate valves",
            ra,
        )
    )
    top = outlook_top(
        TOM,
        addr(JORGE),
        "FW: RA-55817 - SO-104233 gate valves",
        date_header("2026-11-12 13:30:26", EAST),
        outlook_mid("t11"),
        cc=addr(ANNETTE),
    )
    return assemble(top, text_part(body))


T12_FIRST = block("""
Hi Annette,

Estes dropped PO-70288 on Wednesday at the Marina Court building. The carton on one of the 50 gal gas water heaters is crushed on a corner, and one of the 2 gal expansion tanks is dented. Please advise how you want to handle it.

Luis
""")

T12_TEXT = (
    block("""
Annette,

Scratch the water heater. I had the installer pull the rest of the carton off and the heater itself is fine - it was only the box that got torn up.

So it's just the expansion tank: 1 tank, dented in at the bottom seam, we can't install it. Please credit or replace the 1 tank only.

Luis

""")
    + SIG_LUIS
    + outlook_quote(
        addr(LUIS),
        "Friday, November 13, 2026 8:17 AM",
        RETURNS,
        "PO-70288 heater and exp tank damaged",
        T12_FIRST,
    )
)


def t12():
    top = outlook_top(
        LUIS,
        RETURNS,
        "RE: PO-70288 heater and exp tank damaged",
        date_header("2026-11-13 08:50:40", EAST),
        outlook_mid("t12"),
        reply_to_id=outlook_mid("t12-first"),
    )
    return assemble(top, text_part(T12_TEXT))


def t13():
    body = (
        block("""
Hi Annette,

Any update on this one? I haven't seen an RA or a credit come through for the wet filter cases yet, and my warehouse is asking whether they can toss them.

Thanks,
Raj

""")
        + SIG_RAJ
        + original_message(
            "Raj Patel",
            "Monday, November 9, 2026 9:40 AM",
            RETURNS,
            "FW: filters off bramwell truck thurs",
            T02_TEXT,
        )
    )
    top = outlook_top(
        RAJ,
        RETURNS,
        "RE: FW: filters off bramwell truck thurs",
        date_header("2026-11-13 14:40:18", CENTRAL),
        outlook_mid("t13"),
        reply_to_id=outlook_mid("t02"),
    )
    return assemble(top, text_part(body))


def packing_slip_png():
    """Riverbend's scan of the packing slip of SO-104243, marked up by hand at receiving."""
    rng = random.Random(48014)
    width, height = 1400, 780
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 30)
    reg = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 22)
    mono = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), 22)
    hand = ImageFont.truetype(str(FONTS / "DejaVuSans-Oblique.ttf"), 28)
    draw.text((60, 40), "BRAMWELL SUPPLY CO.", font=bold, fill=20)
    draw.text((60, 80), "PACKING SLIP", font=bold, fill=20)
    draw.text((760, 44), "Order: SO-104243", font=reg, fill=25)
    draw.text((760, 74), "Customer PO: 24530", font=reg, fill=25)
    draw.text((760, 104), "Ship date: 11/10/2026", font=reg, fill=25)
    draw.text((760, 134), "Carrier: R+L  PRO RL123512650", font=reg, fill=25)
    draw.text((60, 150), "Ship to: RIVERBEND PLUMBING & HEATING", font=reg, fill=25)
    draw.line((60, 200, 1340, 200), fill=40, width=3)
    cols = "LN  ITEM              DESCRIPTION                  ORD   SHIP"
    draw.text((60, 215), cols, font=mono, fill=20)
    draw.line((60, 250, 1340, 250), fill=40, width=2)
    rows = [
        "1   VLV-1005-BV       1in BRASS BALL VALVE THD      48     48",
        "2   FTG-CU-E90-100    1in WROT COPPER 90 CXC       250    250",
        "3   VLV-0750-PRV      3/4in PRESSURE RED VALVE       4      4",
    ]
    for i, row in enumerate(rows):
        draw.text((60, 275 + 60 * i), row, font=mono, fill=20)
    draw.line((60, 470, 1340, 470), fill=40, width=2)
    draw.text(
        (60, 490),
        "Inspect on receipt. Report damage or shortage within 5 days.",
        font=reg,
        fill=30,
    )
    # receiving marks, in pen
    draw.text((1080, 268), "rec'd 42", font=hand, fill=60)
    draw.text((1080, 328), "rec'd 275", font=hand, fill=60)
    draw.text((1080, 388), "4 ok", font=hand, fill=60)
    draw.text((160, 560), "short 1 inner box of 6 valves", font=hand, fill=60)
    draw.text((160, 610), "elbows: 11 bags x 25 = 275, one bag extra", font=hand, fill=60)
    draw.text((160, 700), "Received 11/12 - M. O'Brien", font=hand, fill=60)
    draw.line((1078, 306, 1210, 302), fill=80, width=3)
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250)
    px = img.load()
    for _ in range(4000):
        x, y = rng.randrange(width), rng.randrange(height)
        px[x, y] = max(0, px[x, y] - rng.randrange(40, 120))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def t14():
    text = (
        block("""
Hi Annette,

Mike's crew received PO 24530 (your SO-104243) on Thursday from R+L. Marked-up packing slip attached.

- 1" ball valves: slip says 48, we got 42. One inner box of 6 is missing.
- 1" copper 90s: slip says 250, we got 275 (11 bags of 25).

Please credit the missing valves, and let us know what to do with the extra bag of elbows. The PRVs were all there.

Thank you,
Karen

""")
        + SIG_KAREN
    )
    content = multi(
        "mixed",
        "_004_" + digest("mix", "t14", n=24).upper() + "_",
        text_part(text),
        file_part(packing_slip_png(), "image/png", "PO24530 packing slip.png"),
    )
    top = outlook_top(
        KAREN,
        RETURNS,
        "PO 24530 receiving - short valves / extra elbows",
        date_header("2026-11-16 09:05:33", EAST),
        outlook_mid("t14"),
        attach=True,
    )
    return assemble(top, content)


def t15():
    ack = (
        block("""
Hi Luis,

Got it - claim C-26-1207 is open for 1 x WH-EXP-2G 2 gal expansion tank, damaged. Credit $42.50 once the tank is back with us; the Estes carrier claim is filed on our side.

""")
        + SIG_ANNETTE
    )
    body = (
        block("""
Annette,

Sorry to go back and forth on this one. The installer started on the heater this morning and the draft hood / flue collar on top is crushed in - it won't seat, so we can't vent the heater. It must have taken a hit through the torn part of the box.

So I do need to claim the heater after all: 1 of the 50 gal gas water heaters, damaged in shipping. It's back in its carton at Marina Court.

The expansion tank is already on your claim from Friday, nothing new there.

Luis

""")
        + SIG_LUIS
        + outlook_quote(
            addr(ANNETTE),
            "Friday, November 13, 2026 10:26 AM",
            addr(LUIS),
            "RE: PO-70288 heater and exp tank damaged",
            ack,
        )
        + outlook_quote(
            addr(LUIS),
            "Friday, November 13, 2026 8:50 AM",
            RETURNS,
            "RE: PO-70288 heater and exp tank damaged",
            T12_TEXT,
        )
    )
    top = outlook_top(
        LUIS,
        addr(ANNETTE),
        "RE: PO-70288 heater and exp tank damaged",
        date_header("2026-11-16 10:10:57", EAST),
        outlook_mid("t15"),
        reply_to_id=our_mid("reply-C-26-1207"),
    )
    return assemble(top, alternative(body, "t15"))


T16_SHIP = block("""
Order SO-104244 (PO-60455) shipped today from our West DC.
Carrier: UPS Freight, tracking 1Z4F83090342291043, est. delivery Thu 11/12.

Qty  Item               Description
10   HVC-CND-PUMP       Condensate removal pump, 115 V, safety switch
12   TST-2100-NP        Non-programmable digital thermostat, 24 V
20   HVC-FLT-1625-M11   16x25x1 MERV 11 pleated filter, case of 12
""")


def t16():
    body = (
        block("""
Hello,

Two issues on this shipment:

- Filters 16x25x1 MERV 11: your notice below says 20 cases, we received 18. 2 cases short.
- Condensate pumps: one of the ten won't shut off. The float switch is stuck and the pump runs nonstop even with the reservoir dry. Our tech swapped it out at the Larkin Street job; the bad pump is bagged in our shop. Please send an RA for the 1 pump.

Thermostats: 12 boxes recieved, we haven't opened all of them yet.

Thanks,
Colleen

""")
        + SIG_COLLEEN
        + outlook_quote(
            addr(DISPATCH),
            "Tuesday, November 10, 2026 4:18 PM",
            f"Summit HVAC Services <{RAJ[1]}>",
            "Shipment confirmation - SO-104244 / PO-60455",
            T16_SHIP,
        )
    )
    top = outlook_top(
        COLLEEN,
        RETURNS,
        "RE: Shipment confirmation - SO-104244 / PO-60455",
        date_header("2026-11-16 09:20:14", CENTRAL),
        outlook_mid("t16"),
        cc=addr(RAJ),
        reply_to_id=our_mid("ship-SO-104244"),
    )
    return assemble(top, text_part(body))


def t17():
    raj = block("""
Ernesto, before we close out Cedar Grove, count what's left of the Bramwell material and send it to their returns desk (returns@bramwellsupply.example). I don't want tile sitting in our shop again.
Raj
""")
    body = (
        block("""
Hi Bramwell returns,

We're closing out the Cedar Grove Library job (your SO-104228, our PO-60377) this week. Two things:

1. Floor registers 10x6 white - the PO was for 30 and there are 36 on site. 6 extra, never opened. Please send an RA or pick them up.

2. Ceiling tile 2x2 acoustic - 4 full cartons left over, still sealed. We don't need them, please take them back for credit.

Both are at the library loading dock until Friday, after that they go to our shop.

""")
        + SIG_ERNESTO
        + block("""

-------- Forwarded Message --------
Subject: Cedar Grove leftovers
Date: Fri, 13 Nov 2026 16:55:03 -0600
From: Raj Patel <raj.patel@summithvac.net>
To: Ernesto Vidal <evidal@summithvac.net>

""")
        + raj
    )
    top = thunderbird_top(
        ERNESTO,
        RETURNS,
        "Fwd: Cedar Grove leftovers - SO-104228 registers / tile",
        date_header("2026-11-16 13:10:44", CENTRAL),
        f"<{digest('tb', 't17', n=8)}-{digest('tb2', 't17', n=4)}@summithvac.net>",
        cc=addr(RAJ),
    )
    return assemble(top, text_part(body))


T07_ACK = block("""
Hi Rosa,

Claim C-26-1196 is open on SO-104231 (your PO-40962):

- WRONG ITEM: 4 x PIP-CU-L-100-20 1" type L copper, 20 ft. Four type L
  lengths go out on Friday's truck; the driver will take the 4 type M back.
- DEFECTIVE: 2 x VLV-0750-PRV 3/4" pressure reducing valve. RA-55829,
  credit $188.00 after the valves are back and checked.

Thanks,
Annette
""")


def t18():
    body = (
        block("""
Thank you Annette.

Chuy says the copper 90s on that same order were short too. Packing list says 100 of the 1 inch 90s and we only had 90 - the bag of 10 was never in there. We didn't count them until now, sorry. Can you add the 10 elbows?

Rosa

""")
        + SIG_ROSA
        + gmail_quote(
            f"On Wed, Nov 11, 2026 at 2:41 PM Annette Kowal <{RETURNS}> wrote:",
            T07_ACK
            + gmail_quote(
                f"On Wed, Nov 11, 2026 at 7:55 AM Rosa Delgado <{ROSA[1]}> wrote:",
                T07_TEXT,
            ),
        )
    )
    top = gmail_top(
        ROSA,
        addr(ANNETTE),
        "Re: Claim C-26-1196 - PO-40962 / SO-104231",
        date_header("2026-11-16 14:02:09", CENTRAL),
        gmail_mid("t18"),
        reply_to_id=our_mid("claim-C-26-1196"),
    )
    return assemble(top, text_part(body))


def t19():
    hank = block("""
Tom - the 3" check on the pump 2 discharge is no good. Flapper hangs open and won't seat, we get reverse flow through it every time the pump cycles off. Pulled it today, the hinge pin looks bent from the factory, no marks on the body. Put one of our spares in. The bad one is on the bench in the shop.
Hank
""")
    body = (
        block("""
Annette,

See Hank's note below. Please RA 1 of the 3" flanged swing checks from PO 77830 (your SO-104235) - our part # KM-88502. Hank already put a spare in, so no rush on a replacement; credit is fine.

Tom

""")
        + SIG_TOM
        + outlook_quote(
            addr(HANK),
            "Monday, November 16, 2026 4:31 PM",
            addr(TOM),
            "pump 2 check valve Lancaster Ave",
            hank,
            rule=False,
        )
    )
    top = outlook_top(
        TOM,
        addr(ANNETTE),
        "FW: pump 2 check valve Lancaster Ave",
        date_header("2026-11-17 07:50:03", EAST),
        outlook_mid("t19"),
    )
    return assemble(top, alternative(body, "t19"))


def t20():
    reply = block("""
Hi Rosa,

No problem - our driver will pick up the 2 extra FTG-BI-U-150 1-1/2"
unions on his next run out to you. No need to bring them to the counter.

Annette
""")
    body = (
        block("""
Hi Annette,

Your driver took the 2 extra unions back yesterday with the Elmwood delivery, so that one is done. Thanks!

Can you add these to our next delivery:
6 - 1-1/2" black unions
2 - 3/4" pressure reducing valves (same as the Elmwood ones)

I'll send the PO number this afternoon.

Rosa

""")
        + SIG_ROSA
        + gmail_quote(
            f"On Tue, Nov 10, 2026 at 11:20 AM Annette Kowal <{RETURNS}> wrote:",
            reply
            + gmail_quote(
                f"On Tue, Nov 10, 2026 at 7:05 AM Rosa Delgado <{ROSA[1]}> wrote:",
                T03_TEXT,
            ),
        )
    )
    top = gmail_top(
        ROSA,
        addr(ANNETTE),
        "Re: Order SO-104240 ready for pickup",
        date_header("2026-11-17 09:10:27", CENTRAL),
        gmail_mid("t20"),
        reply_to_id=our_mid("reply-SO-104240"),
    )
    return assemble(top, text_part(body))


T21_TEXT = (
    block("""
Hi,

Got this Monday at the Marina Court shop. The box of 3/4" ball valves was crushed on one end and 2 of the valves have cracked bodies - the sweat end is split on both. The other 10 are OK. Please credit the 2.

The register boxes look pretty beat up too. I'll have the guys check the registers when they install them and let you know.

Luis

""")
    + SIG_LUIS
    + outlook_quote(
        addr(DISPATCH),
        "Monday, November 16, 2026 2:48 PM",
        f"Harbor Point Maintenance <{LUIS[1]}>",
        "Delivered - SO-104246 / PO-70296",
        block("""
Your order SO-104246 (PO-70296) was delivered today by Bramwell truck 9 to Marina Court, 1200 Bay Ave. Signed: J. PARKS

Qty  Item               Description
40   HVC-REG-1006-W     10x6 steel floor register, white
12   VLV-0075-BV        3/4" brass ball valve, full port, sweat

Please report shortages or damage within 5 days of delivery: returns@bramwellsupply.example
"""),
    )
)


def t21():
    top = outlook_top(
        LUIS,
        addr(DISPATCH),
        "RE: Delivered - SO-104246 / PO-70296",
        date_header("2026-11-18 08:05:12", EAST),
        outlook_mid("t21"),
        cc=RETURNS,
        reply_to_id=our_mid("delivered-SO-104246"),
    )
    return assemble(top, text_part(T21_TEXT))


def t22():
    ack = (
        block("""
Colleen,

Claim C-26-1221 is open on SO-104244:
- SHORT: 2 x HVC-FLT-1625-M11 16x25x1 MERV 11 (case of 12) - recount requested at our West DC, credit $79.00 pending
- DEFECTIVE: 1 x HVC-CND-PUMP condensate pump - RA-55844, credit $59.80 after inspection

""")
        + SIG_ANNETTE
    )
    body = (
        block("""
Annette,

One more from this same order, sorry. We opened the last boxes of the basic thermostats yesterday: 2 have the screen cracked, and both boxes have a crease right through them, so they got crushed somewhere in shipping. The other 10 are fine.

Please add the 2 thermostats to the claim.

Raj

""")
        + SIG_RAJ
        + original_message(
            addr(ANNETTE),
            "Monday, November 16, 2026 3:05 PM",
            addr(COLLEEN),
            "Claim C-26-1221 - SO-104244 / PO-60455",
            ack,
            cc=addr(RAJ),
        )
    )
    top = outlook_top(
        RAJ,
        addr(ANNETTE),
        "RE: Claim C-26-1221 - SO-104244 / PO-60455",
        date_header("2026-11-18 08:25:40", CENTRAL),
        outlook_mid("t22"),
        cc=addr(COLLEEN),
        reply_to_id=our_mid("claim-C-26-1221"),
    )
    return assemble(top, text_part(body))


def t23():
    mike = block("""
dale just email bramwell returns yourself, returns@bramwellsupply.example, its SO-104243. tell them how many. im on a roof all day
""")
    body = block("""
Hi,

This is Dale Whitcomb, service tech at Riverbend Plumbing & Heating (Mike O'Brien's crew). I'm writing from my own email, my work account is locked out.

2 of the 1" ball valves from your order SO-104243 leak at the stem. Tightened the packing nut, still weeping. We put them in Monday at the Oakmont job and had to cut them out today. They're in my van.

Mike said to email you directly (below). Can you send 2 replacements or credit?

Thanks
Dale Whitcomb
484-555-0122
""") + gmail_forward(
        MIKE,
        "Wed, Nov 18, 2026 at 11:02 AM",
        "leaking ball valves Oakmont",
        addr(DALE),
        mike,
    )
    top = gmail_top(
        DALE,
        RETURNS,
        "Fwd: leaking ball valves Oakmont",
        date_header("2026-11-18 12:40:16", EAST),
        gmail_mid("t23"),
    )
    top.insert(
        0,
        (
            "Received",
            "by 2002:a05:6a10:8e0c:b0:61f:2d4a:1c3e with SMTP id x12csp88412pxb; Wed, 18 Nov 2026 09:40:17 -0800 (PST)",
        ),
    )
    return assemble(top, text_part(body))


def t24():
    desmond = block("""
Priya,

We have the 12 cases of 16x25x1 MERV 11 in stock at East. They'll go on Thursday's truck with the 8 Wi-Fi thermostats on the same order. If anything's off when it lands, reply here and copy returns@bramwellsupply.example.

Desmond Pryce
Inside Sales | Bramwell Supply Co.
""")
    body = (
        block("""
Hi Desmond,

Following up on the filters from this order (PO-77760, your SO-104224). Our service department opened two of the cases labeled 16x25x1 MERV 11 this week and they have 20x25x1 MERV 8 filters inside. The other 10 cases are right.

Can you exchange the 2 cases? We need the 16x25x1 MERV 11 - that's the only size the RTUs on our maintenance contracts take. The 2 wrong cases are in our shop at 1450 Ridley Road.

Copying returns as you suggested.

Thanks,
Priya

""")
        + SIG_PRIYA
        + outlook_quote(
            addr(DESMOND),
            "Tuesday, October 20, 2026 10:14 AM",
            addr(PRIYA),
            "RE: 16x25x1 MERV 11 for service vans",
            desmond,
        )
    )
    top = outlook_top(
        PRIYA,
        addr(DESMOND),
        "RE: 16x25x1 MERV 11 for service vans",
        date_header("2026-11-19 09:30:55", EAST),
        outlook_mid("t24"),
        cc=RETURNS,
        reply_to_id=our_mid("desmond-20261020"),
    )
    return assemble(top, text_part(body))


def t25():
    memo = block("""
Hello,

Credit memo CM-30468 has been posted to your account:

  Order SO-104241 / PO-70288 / invoice INV-88171
  1 x WH-EXP-2G 2 gal thermal expansion tank - damaged in transit    $42.50

The claim for the 50 gal gas water heater on the same order (C-26-1213) is still with our claims team.

Lorna Haig
Credit Department | Bramwell Supply Co.
""")
    body = block("""
Thank you Lorna, received. We've applied it to INV-88171 and the balance of $2,152.00 goes out on Friday's payment run.

Grace Kim
Accounts Payable | Harbor Point Property Management
""") + outlook_quote(
        addr(LORNA),
        "Thursday, November 19, 2026 11:37 AM",
        GRACE[1],
        "Credit memo CM-30468 - PO-70288",
        memo,
        cc=LUIS[1],
    )
    top = outlook_top(
        GRACE,
        addr(LORNA),
        "RE: Credit memo CM-30468 - PO-70288",
        date_header("2026-11-19 15:12:31", EAST),
        outlook_mid("t25"),
        cc=RETURNS,
        reply_to_id=our_mid("cm-CM-30468"),
    )
    return assemble(top, text_part(body))


def t26():
    ack = block("""
Hi Karen,

Claim C-26-1230 is open on SO-104243 (PO 24530):
- SHORT: 6 x VLV-1005-BV 1" ball valve - recount at our East DC, credit $97.20 pending
- OVERSHIPPED: 25 x FTG-CU-E90-100 1" copper 90 - RA-55848, R+L will pick up the extra bag, no charge to you

Annette
""")
    body = block("""
one more on 24530

the 3/4 PRVs - one of the 4 boxes had a 1/2" PRV in it. box label says 3/4 but the valve inside is 1/2 inch, doesnt fit. need the right one swapped. other 3 are good

Mike

Sent from my iPhone
""") + iphone_quote(f"On Nov 16, 2026, at 2:22 PM, Annette Kowal <{RETURNS}> wrote:", ack)
    top = iphone_top(
        MIKE,
        addr(ANNETTE),
        "Re: Claim C-26-1230 - PO 24530",
        date_header("2026-11-20 07:40:08", EAST),
        apple_mid("t26"),
        reply_to_id=our_mid("claim-C-26-1230"),
    )
    top.insert(len(top) - 1, ("Cc", addr(KAREN)))
    return assemble(top, text_part(body))


def t27():
    inner_text = (
        block("""
Nadia,

Heads up on the thermostat upgrade. 4 of the Wi-Fi thermostats Bramwell shipped on SO-104238 are actually the basic non-programmable ones, packed in the Wi-Fi boxes. We installed the other 8 on floors 2-4. I need 4 real Wi-Fi units before we can finish floor 5.

Bramwell's returns desk is returns@bramwellsupply.example - the order is under Summit's account.

""")
        + SIG_ERNESTO
    )
    inner_top = outlook_top(
        ERNESTO,
        addr(NADIA),
        "Bayview Towers thermostats",
        date_header("2026-11-19 16:02:11", CENTRAL),
        outlook_mid("t27-inner"),
    )
    inner = assemble(inner_top, text_part(inner_text))
    text = block("""
Hello,

Summit HVAC is doing the thermostat upgrade at our Bayview Towers property, and their foreman tells me (his email is attached) that four of the Wi-Fi thermostats on your order SO-104238 turned out to be the basic non-programmable model packed in Wi-Fi boxes. The tenants were promised Wi-Fi thermostats.

Please send 4 of the correct 7-day Wi-Fi thermostats and take the 4 basic units back. The order was placed by Summit, but I am the property manager for the building and I need this resolved before the tenants' walk-through next week.

Regards,
Nadia Farouk
Property Manager | Harbor Point Property Management
(757) 555-0150
""")
    content = multi(
        "mixed",
        "_006_" + digest("mix", "t27", n=24).upper() + "_",
        text_part(text),
        message_part(inner, "Bayview Towers thermostats.eml"),
    )
    top = outlook_top(
        NADIA,
        RETURNS,
        "FW: Bayview Towers thermostats - wrong model",
        date_header("2026-11-20 11:15:36", EAST),
        outlook_mid("t27"),
        attach=True,
    )
    return assemble(top, content)


def t28():
    tom = block("""
Dana - Ridley Rd job is closed out. We have 8 of the 1" ball valves left from PO 77790. I'm keeping 2 on the service van, the other 6 can go back to Bramwell. Still going through the fittings, I'll tell Annette about those myself.
Tom
""")
    body = (
        block("""
Hi Annette,

Two things on PO-77790 (your SO-104226):

1. Tom's note below - 6 of the 1" ball valves (our part KM-88107) came back from the job unused. Please issue an RA so they can go back for credit.

2. Invoice INV-88098 bills the 1" type L copper at $76.40 a length. PO-77790 has it at $71.80. 30 lengths x $4.60 = $138.00. Please credit the difference.

Thank you,

""")
        + SIG_DANA
        + outlook_quote(
            addr(TOM),
            "Friday, November 20, 2026 3:44 PM",
            addr(DANA),
            "PO 77790 leftovers",
            tom,
            rule=False,
        )
    )
    top = outlook_top(
        DANA,
        addr(ANNETTE),
        "FW: PO 77790 leftovers",
        date_header("2026-11-23 09:30:19", EAST),
        outlook_mid("t28"),
        cc=addr(TOM),
    )
    return assemble(top, alternative(body, "t28"))


T29_FIRST = block("""
Hi Annette,

On SO-104230 (our PO 24460) we're missing 2 lengths of the 1" type L copper. The packing list says 10 and there are only 8 on our rack. Can you credit the 2?

Thanks,
Karen
""")

T29_TEXT = (
    block("""
Annette, please disregard my email below - Mike had the 2 lengths of 1" copper on his truck the whole time, they were never missing. Sorry about that!

Karen

""")
    + SIG_KAREN
    + outlook_quote(
        addr(KAREN),
        "Monday, November 23, 2026 1:36 PM",
        RETURNS,
        "SO-104230 - copper short",
        T29_FIRST,
    )
)


def t29():
    top = outlook_top(
        KAREN,
        RETURNS,
        "RE: SO-104230 - copper short",
        date_header("2026-11-23 14:05:02", EAST),
        outlook_mid("t29"),
        cc=addr(MIKE),
        reply_to_id=outlook_mid("t29-first"),
    )
    return assemble(top, text_part(T29_TEXT))


def t30():
    ack = (
        block("""
Dana,

Claim C-26-1244 is open on SO-104226:
- Return (not needed): 6 x VLV-1005-BV 1" ball valve - RA-55870, credit $77.52 after inspection (15% restocking per your terms)
- Price correction: 30 x PIP-CU-L-100-20 1" type L copper - credit memo CM-30502 for $138.00 posted today

""")
        + SIG_ANNETTE
    )
    body = (
        block("""
Annette,

Add one more to this. The 1" copper 90s from the same PO - we switched that job over to ProPress, so every one of the 200 elbows is sitting here untouched in the original bags (8 bags of 25). We don't need them. Please put them on the RA with the ball valves.

Tom

""")
        + SIG_TOM
        + outlook_quote(
            addr(ANNETTE),
            "Monday, November 23, 2026 2:18 PM",
            addr(DANA),
            "Claim C-26-1244 - PO-77790 / SO-104226",
            ack,
            cc=addr(TOM),
        )
    )
    top = outlook_top(
        TOM,
        addr(ANNETTE),
        "RE: Claim C-26-1244 - PO-77790 / SO-104226",
        date_header("2026-11-24 10:20:44", EAST),
        outlook_mid("t30"),
        reply_to_id=our_mid("claim-C-26-1244"),
    )
    return assemble(top, text_part(body))


def t31():
    mike = block("""
karen the engineer killed the RPZ at westfield, going with a double check in the vault instead. send bramwell back the rpz and one of the 3in checks, we're keeping the other check for the bypass. both still in the crates in the yard
""")
    body = (
        block("""
Hi Annette,

Please see below from Mike. On PO 24415 (your SO-104222) we no longer need the 3" RPZ backflow assembly or one of the two 3" flanged check valves - the engineer changed the design at the Westfield pump station. Both are still crated and were never installed.

Can you send an RA for:
1 - 3" RPZ backflow assembly
1 - 3" swing check valve

Thank you,
Karen

""")
        + SIG_KAREN
        + original_message(
            f"{MIKE[0]} <{MIKE[1]}>",
            "Tuesday, November 24, 2026 7:12 AM",
            addr(KAREN),
            "Westfield - RPZ",
            mike,
        )
    )
    top = outlook_top(
        KAREN,
        RETURNS,
        "FW: Westfield - RPZ",
        date_header("2026-11-24 11:02:28", EAST),
        outlook_mid("t31"),
    )
    return assemble(top, text_part(body))


def t32():
    annette = block("""
No problem Karen, nothing was opened on our side. Glad they turned up.

Annette
""")
    body = block("""
while were on 24460 - the 3/4 sweat ball valves from that order. opened the box today for the hillcrest job and 3 of them are cracked at the body, box was dented on the corner. must have been the truck. need 3 replacements or credit

Mike

Sent from my iPhone
""") + iphone_quote(
        f"On Nov 23, 2026, at 2:31 PM, Annette Kowal <{RETURNS}> wrote:",
        annette
        + "\n"
        + gt(f"On Nov 23, 2026, at 2:05 PM, Karen Liu <{KAREN[1]}> wrote:\n\n" + T29_TEXT),
    )
    top = iphone_top(
        MIKE,
        addr(ANNETTE),
        "Re: SO-104230 - copper short",
        date_header("2026-11-25 07:58:30", EAST),
        apple_mid("t32"),
        reply_to_id=our_mid("reply-SO-104230"),
    )
    top.insert(len(top) - 1, ("Cc", addr(KAREN)))
    return assemble(top, text_part(body))


def t33():
    body = block("""
Hello,

We have 5 of the 3/4" sweat ball valves left over from SO-104216 (Birch St heater job). Never installed, still in the box. We dont need them - can we return them for credit?

Manny Delgado
Delgado & Sons Plumbing
""")
    top = gmail_top(
        MANNY,
        RETURNS,
        "return - ball valves SO-104216",
        date_header("2026-11-25 10:30:51", CENTRAL),
        gmail_mid("t33"),
    )
    return assemble(top, text_part(body))


def t34():
    confirmation = block("""
Thank you for your order.

Order SO-104202 | Your PO-40611 | Ship via: Bramwell truck, Thu 10/23/2025

Qty  Item          Description
2    WH-50G-NG     50 gal natural gas water heater, 40,000 BTU
2    WH-EXP-2G     2 gal thermal expansion tank, potable
10   VLV-0075-BV   3/4" brass ball valve, full port, sweat

Bramwell Supply Co. - Order Desk
""")
    body = (
        block("""
Hi Annette,

Digging this one up from last year - the Harmon St job. 4 of the 3/4" ball valves we installed on that job are leaking at the stem now and the homeowner called us back. Can we get them replaced under warranty?

Rosa

""")
        + SIG_ROSA
        + gmail_quote(
            f"On Tue, Oct 21, 2025 at 4:10 PM {ORDERS[0]} <{ORDERS[1]}> wrote:",
            confirmation,
        )
    )
    top = gmail_top(
        ROSA,
        RETURNS,
        "Re: Order confirmation SO-104202 / PO-40611",
        date_header("2026-11-30 08:45:13", CENTRAL),
        gmail_mid("t34"),
        reply_to_id=our_mid("confirm-SO-104202"),
    )
    return assemble(top, text_part(body))


def t35():
    desmond = block("""
Raj - 16x25x1 MERV 11 pleated, case of 12: $36.90/case on 20+ cases. Good for 30 days.
Desmond
""")
    raj = block("""
Linda - fyi this is the quote Desmond gave us on the filters for Larkin St. The invoice came in higher.
Raj
""") + original_message(
        addr(DESMOND),
        "Thursday, November 5, 2026 9:47 AM",
        addr(RAJ),
        "RE: Merv 11 pricing",
        desmond,
    )
    text = (
        block("""
Hello,

Invoice INV-88184 bills the 16x25x1 MERV 11 filters at $39.50 a case. Raj's quote from Desmond (below) was $36.90 a case. 20 cases x $2.60 = $52.00.

Please issue a credit memo for $52.00 against INV-88184.

Thank you,

""")
        + SIG_LINDA
        + original_message(
            "Raj Patel",
            "Wednesday, November 25, 2026 8:20 AM",
            "Linda Chu",
            "FW: Merv 11 pricing",
            raj,
        )
    )
    top = outlook_top(
        LINDA,
        RETURNS,
        "FW: Merv 11 pricing - INV-88184",
        date_header("2026-11-30 10:00:07", CENTRAL),
        outlook_mid("t35"),
    )
    return assemble(top, alternative(text, "t35"))


def t36():
    first = block("""
The 40 gal electric heater we got this week has a big dent in the side of the jacket, box was crushed at the bottom. Can you credit it or send another one?
Manny
""")
    annette = block("""
Hi Manny,

Sorry about that. Which order was this on? I don't see a recent delivery of a 40 gal electric heater on your account. Can you send me your PO or our SO number?

Annette
""")
    body = block("""
Its our PO 41077. I called it in to Desmond last week, it came on your truck Friday. 1 heater, the 40 gallon electric.

Manny
""") + gmail_quote(
        f"On Mon, Nov 30, 2026 at 3:52 PM Annette Kowal <{RETURNS}> wrote:",
        annette
        + gmail_quote(f"On Mon, Nov 30, 2026 at 1:15 PM Manny Delgado <{MANNY[1]}> wrote:", first),
    )
    top = gmail_top(
        MANNY,
        addr(ANNETTE),
        "Re: dented water heater",
        date_header("2026-12-01 09:15:24", CENTRAL),
        gmail_mid("t36"),
        reply_to_id=our_mid("reply-manny-20261130"),
    )
    return assemble(top, text_part(body))


def t37():
    annette = block("""
Hi Luis,

The credit for the 2 x VLV-0075-BV ball valves is done (CM-30477). You mentioned the register boxes looked beat up - how many registers are damaged, if any, so I can add them before I close the claim?

Annette
""")
    body = (
        block("""
Hi Annette,

None, in the end. The painters installed all 40 registers last week and they're fine - it was only the boxes that were beat up. So it's only the 2 ball valves from my first email.

Thanks for checking.

Luis

""")
        + SIG_LUIS
        + outlook_quote(
            addr(ANNETTE),
            "Monday, November 30, 2026 9:10 AM",
            addr(LUIS),
            "RE: Delivered - SO-104246 / PO-70296",
            annette,
        )
        + outlook_quote(
            addr(LUIS),
            "Wednesday, November 18, 2026 8:05 AM",
            addr(DISPATCH),
            "RE: Delivered - SO-104246 / PO-70296",
            T21_TEXT,
            cc=RETURNS,
        )
    )
    top = outlook_top(
        LUIS,
        addr(ANNETTE),
        "RE: Delivered - SO-104246 / PO-70296",
        date_header("2026-12-01 10:40:49", EAST),
        outlook_mid("t37"),
        reply_to_id=our_mid("reply-SO-104246"),
    )
    return assemble(top, text_part(body))


# ------------------------------------------------------------------ portal form and uploads


def t38():
    form = {
        "order_number": "SO-104201",
        "lines": [{"sku": "WH-EXP-2G", "quantity": 2, "reason": "DEFECTIVE"}],
        "note": (
            "Following up on my call with your returns desk this morning. Two of the 2 gal "
            "expansion tanks from this order have failed: bladders ruptured, tanks waterlogged, "
            "relief valves weeping. They went in on the Fairview rec center job in October 2025. "
            "We replaced them out of our stock; both are tagged in our shop."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode()


def t39():
    text = block("""
Riverbend Plumbing & Heating - price discrepancy on SO-104214
(copy of our email thread, uploaded through the customer portal)

From: Karen Liu
Sent: Friday, December 4, 2026 10:12 AM
To: Bramwell Returns
Subject: FW: 1-1/2 black unions - price for Ridgeview

Hi,

Our invoice for SO-104214 (PO 24388) bills the 1-1/2" black malleable unions at $9.90 each. Desmond quoted us $8.75 (see below). All 30 unions on the order are affected: 30 x $1.15 = $34.50.

Please issue a credit for the difference.

Karen Liu
Office Manager, Riverbend Plumbing & Heating

-----Original Message-----
From: Desmond Pryce
Sent: Tuesday, September 29, 2026 2:30 PM
To: Karen Liu
Subject: RE: 1-1/2 black unions - price for Ridgeview

Karen, I can do $8.75 each on the 1-1/2" black unions if you take 30 or more. Good through October.
Desmond
""")
    return crlf(text.encode("ascii"))


def t40():
    text = block("""
KEYSTONE MECHANICAL - SHOP NOTE (Teams chat, copied)
Re: PEX crimp couplings, SO-104218

Hank Dobbs  11/30 7:42 AM
the bags of 1/2" pex crimp couplings in the shop are actually 3/4" couplings inside. bag label says 1/2. found 3 bags like that so far

Jorge Silva  11/30 8:05 AM
I checked the shelf and van 2. It's 4 bags total, the 3 on the shelf plus 1 in van 2. All from SO-104218 (came with the ball valves in October).

Hank Dobbs  11/30 8:09 AM
ok 4 then. can you get bramwell to swap them for real 1/2"

Jorge Silva  11/30 8:15 AM
Uploading this to their portal. We need 4 bags of 1/2" PEX brass crimp couplings (bag of 25) in exchange for the 4 wrong bags.
""")
    return text.encode("ascii")


BUILD = {
    "t01-keystone-tom-re-gate-valves-so104233.eml": t01,
    "t02-summit-raj-fw-filter-cases-van.eml": t02,
    "t03-delgado-rosa-re-pickup-ticket-unions.eml": t03,
    "t04-keystone-dana-re-case-so104233.eml": t04,
    "t05-riverbend-mike-po24519-couplings-pex.eml": t05,
    "t06-harbor-luis-re-delivery-so104239.eml": t06,
    "t07-delgado-rosa-fw-chuy-copper-prvs.eml": t07,
    "t08-riverbend-mike-re-po24519-couplings.eml": t08,
    "t09-keystone-tom-re-case-ball-valves.eml": t09,
    "t10-keystone-dana-re-invoice-88133.eml": t10,
    "t11-keystone-tom-fw-ra-gate-valves.eml": t11,
    "t12-harbor-luis-re-po70288-damage.eml": t12,
    "t13-summit-raj-re-filter-cases.eml": t13,
    "t14-riverbend-karen-po24530-receiving.eml": t14,
    "t15-harbor-luis-re-po70288-damage-2.eml": t15,
    "t16-summit-colleen-po60455-filters-pump.eml": t16,
    "t17-summit-ernesto-cedar-job-closeout.eml": t17,
    "t18-delgado-rosa-re-claim-so104231.eml": t18,
    "t19-keystone-tom-check-valve-so104235.eml": t19,
    "t20-delgado-rosa-re-unions-next-delivery.eml": t20,
    "t21-harbor-luis-re-delivery-so104246.eml": t21,
    "t22-summit-raj-re-po60455.eml": t22,
    "t23-riverbend-dale-ball-valves-po24530.eml": t23,
    "t24-keystone-priya-re-filters-po77760.eml": t24,
    "t25-harbor-grace-re-credit-memo.eml": t25,
    "t26-riverbend-mike-re-po24530-prv.eml": t26,
    "t27-harbor-nadia-fw-thermostats-bayview.eml": t27,
    "t28-keystone-dana-fw-po77790.eml": t28,
    "t29-riverbend-karen-re-so104230-copper.eml": t29,
    "t30-keystone-tom-re-po77790-elbows.eml": t30,
    "t31-riverbend-karen-po24415-rpz.eml": t31,
    "t32-riverbend-mike-re-so104230-valves.eml": t32,
    "t33-delgado-manny-ball-valves-so104216.eml": t33,
    "t34-delgado-rosa-re-old-heater-job-valves.eml": t34,
    "t35-summit-linda-inv88184-filters.eml": t35,
    "t36-delgado-manny-re-which-order.eml": t36,
    "t37-harbor-luis-re-registers.eml": t37,
    "t38-portal-expansion-tanks.json": t38,
    "t39-upload-union-pricing-thread.txt": t39,
    "t40-upload-pex-couplings.txt": t40,
}


def build(target):
    target.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (target / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    where = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    print(f"{build(where)} request files written to {where}")
