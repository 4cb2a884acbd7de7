"""Write every request file of heldout66: the trade's own words.

Usage:  python make_attachments.py OUTDIR

Forty requests that reached returns@cardinalvalley.example, the shared returns mailbox of
Cardinal Valley Supply (Mel Okafor works it), between Monday 2026-10-26 and Friday
2026-12-04: 37 mails, one portal form and two text uploads. The writers are foremen,
service techs, warehouse leads, purchasing and AP people and owners of small shops. They
name items the way they do on the job: by size and nickname ("1 inch 90s", "3/4 PRVs",
"the 16x25s", "wifi stats", "circs"), by their own part numbers or a UPC off the box, with
counts in boxes, cases, sticks, bags, pieces and feet, often several items with several
reasons in one mail, and some of them write English as a second language.

Mails are put together byte by byte the way the sending program writes them (Outlook on
Exchange Online, Outlook for iOS and Android, Outlook in plain-text mode, Outlook 16, Gmail,
the Gmail app, iPhone Mail, Apple Mail, Thunderbird, Samsung Email); the receiving server's
Received line is on top. Dates are fixed per request; Message-IDs, MIME boundaries and every
other token a mail program makes up come from SHA-256 of the request key. Nothing reads the
clock or the time zone. Standard library only.
"""

import base64
import hashlib
import html
import json
import quopri
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

# ------------------------------------------------------------------ who writes

DESK = ("Cardinal Valley Returns", "returns@cardinalvalley.example")
MX = "mx2.cardinalvalley.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
GARY = ("Gary Pruitt", "gpruitt@keystonemech.com")
VINCE = ("Vince Kowalczyk", "vkowalczyk@keystonemech.com")
SHONDA = ("Shonda Ellis", "sellis@keystonemech.com")
DMITRI = ("Dmitri Baranov", "dbaranov.plumb@gmail.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
BOBBY = ("Bobby Tran", "btran@riverbendph.com")
DENISE = ("Denise Hollis", "dhollis@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
MARCUS = ("Marcus Bell", "mbell@summithvac.net")
PRIYA = ("Priya Nair", "pnair@summithvac.net")
JAIME = ("Jaime Ortiz", "jortiz@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
DARNELL = ("Darnell Brooks", "dbrooks@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
HECTOR = ("Héctor Delgado", "hdelgado@delgadosons.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam11on2094.outbound.protection.outlook.com", "40.107.236.94"),
    "gws": ("mail-yw1-f175.google.com", "209.85.128.175"),
    "gmail": ("mail-pj1-f48.google.com", "209.85.216.48"),
    "hosted": ("smtp.mailhostpro.example", "203.0.113.41"),
}

ZONES = {"ET": (-4, -5), "CT": (-5, -6)}
ZONE_NAMES = {"ET": ("EDT", "EST"), "CT": ("CDT", "CST")}


# ------------------------------------------------------------------ tokens and time


def tok(*parts, n=16):
    """A stable hex string for anything a mail program would otherwise make up."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def at(local, zone):
    """Local wall-clock 'YYYY-MM-DD HH:MM' in ET or CT, seconds from a hash."""
    base = datetime.strptime(local, "%Y-%m-%d %H:%M")
    summer = base < datetime(2026, 11, 1, 2, 0)
    offset = ZONES[zone][0 if summer else 1]
    label = ZONE_NAMES[zone][0 if summer else 1]
    sec = int(tok("sec", local, zone, n=4), 16) % 60
    return base.replace(tzinfo=timezone(timedelta(hours=offset), label)) + timedelta(seconds=sec)


def rfc(when, utc=False):
    if utc:
        when = when.astimezone(UTC)
    return f"{when:%a}, {when.day} {when:%b %Y %H:%M:%S %z}"


def clock(when):
    return f"{when.hour % 12 or 12}:{when:%M} {when:%p}"


def outlook_sent(when):
    return f"{when:%A, %B} {when.day}, {when.year} {clock(when)}"


def gmail_when(when):
    return f"{when:%a, %b} {when.day}, {when.year} at {clock(when)}"


def uuid(*parts):
    h = tok(*parts, n=32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def para(text):
    return textwrap.dedent(text).lstrip("\n")


def quote(text, mark="> "):
    out = []
    for row in text.rstrip("\n").split("\n"):
        if row.startswith(">"):
            out.append(">" + row)
        elif row:
            out.append(mark + row)
        else:
            out.append(mark.rstrip())
    return "\n".join(out) + "\n"


def name_addr(person):
    return f"{person[0]} <{person[1]}>"


# ------------------------------------------------------------------ headers and MIME


def word(value):
    if value.isascii():
        return value
    return "=?UTF-8?B?" + base64.b64encode(value.encode()).decode() + "?="


def word_q(value):
    """The Q form of an encoded word, as Apple's mail programs write a subject."""
    if value.isascii():
        return value
    out = ""
    for ch in value:
        if ch == " ":
            out += "_"
        elif ch.isascii() and (ch.isalnum() or ch in "-/.,"):
            out += ch
        else:
            out += "".join(f"={b:02X}" for b in ch.encode())
    return f"=?utf-8?Q?{out}?="


def addr(person):
    name, mail = person
    if not name.isascii():
        return f"{word(name)} <{mail}>"
    if any(c in name for c in "'.,&()"):
        return f'"{name}" <{mail}>'
    return f"{name} <{mail}>"


def fold(key, value, width=76):
    words = value.split(" ")
    lines, cur = [], f"{key}: {words[0]}"
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def head(self):
        return "".join(fold(k, v) + "\r\n" for k, v in self.headers).encode("ascii")


def encode_body(data, cte):
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(data))
    if cte == "base64":
        return crlf(base64.encodebytes(data))
    return crlf(data)


def needs_qp(text):
    return any(len(r) > 76 for r in text.split("\n")) or not text.isascii()


def leaf(ctype, content, cte=None):
    if cte is None:
        cte = "quoted-printable" if needs_qp(content) else "7bit"
    return Part(
        [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)],
        encode_body(content.encode("utf-8"), cte),
    )


def multi(kind, boundary, parts):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p.head() + b"\r\n" + p.body
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def envelope(key, person, when, via):
    """Return-Path and our MX's Received line, a few seconds after the Date."""
    host, ip = SENDERS[via]
    got = (when + timedelta(seconds=3 + int(tok("rx", key, n=2), 16) % 9)).astimezone(UTC)
    qid = tok("qid", key, n=10).upper()
    return (
        f"Return-Path: <{person[1]}>\r\n"
        f"Received: from {host} ({host} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id "
        f"4f{qid}\r\n\tfor <{DESK[1]}>; {rfc(got)} (UTC)\r\n"
    ).encode("ascii")


def mail(key, person, when, via, headers, part):
    rows = "".join(fold(k, v) + "\r\n" for k, v in headers).encode("ascii")
    return envelope(key, person, when, via) + rows + part.head() + b"\r\n" + part.body


def single(key, person, when, via, headers, ctype, text, cte=None):
    """A mail whose whole body is one text part."""
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    rows = [*headers, ("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    top = "".join(fold(k, v) + "\r\n" for k, v in rows).encode("ascii")
    return envelope(key, person, when, via) + top + b"\r\n" + encode_body(text.encode(), cte)


def divs(text, tag="div"):
    out = []
    for row in text.split("\n"):
        out.append(f"<{tag}>{html.escape(row, quote=False) or '<br>'}</{tag}>")
    return "\n".join(out)


def desk_id(key, n=0):
    return f"<CV.{tok('desk', key, n, n=14)}.{tok('desk2', key, n, n=6)}@cardinalvalley.example>"


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {"keystonemech.com": ("BL1PR11", 11), "harborpointpm.com": ("DM4PR06", 6)}


def exo_msgid(key, person):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{2200 + int(tok('hb', key, n=3), 16) % 7000}"
    return f"<{host}{tok('id', key, n=20).upper()}@{host}.namprd{nam:02d}.prod.outlook.com>"


def exo_headers(key, person, subject, when, reply=None, cc=()):
    topic = subject
    for pre in ("RE: ", "FW: "):
        topic = topic.removeprefix(pre)
    index = base64.b64encode(bytes.fromhex(tok("ti", key, topic, n=44))).decode()
    rows = [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("CC", ", ".join(addr(p) for p in cc))]
    rows += [("Subject", subject), ("Thread-Topic", topic), ("Thread-Index", index)]
    rows += [("Date", rfc(when, utc=True)), ("Message-ID", exo_msgid(key, person))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    rows += [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return rows


def word_page(inner):
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "--></style>\n</head>\n"
        '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def word_paras(text):
    out = []
    for row in text.split("\n"):
        inner = html.escape(row, quote=False) if row else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def word_quote_block(block):
    head, _, body = block.partition("\n\n")
    rows = []
    for row in head.split("\n"):
        label, _, value = row.partition(": ")
        rows.append(f"<b>{html.escape(label)}:</b> {html.escape(value, quote=False)}")
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
        '<p class="MsoNormal">' + "<br>\n".join(rows) + "<o:p></o:p></p>\n</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_paras(body.rstrip("\n"))
    )


def outlook_block(sender, when, to, subject, body):
    rows = [f"From: {sender}", f"Sent: {outlook_sent(when)}", f"To: {to}", f"Subject: {subject}"]
    return "\n".join(rows) + "\n\n" + body


def outlook_desktop(key, person, subject, when, body, blocks=(), reply=None, cc=()):
    """Outlook for Windows on Exchange Online: Word HTML and its text rendering."""
    text_part = body
    inner = word_paras(body.rstrip("\n"))
    for block in blocks:
        text_part += "\n" + block
        inner += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_quote_block(block)
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text_part, "quoted-printable"),
            leaf('text/html; charset="utf-8"', word_page(inner), "quoted-printable"),
        ],
    )
    rows = exo_headers(key, person, subject, when, reply, cc)
    return mail(key, person, when, "exo", rows, part)


def outlook_plain(key, person, subject, when, text):
    """Outlook set to plain text: one text/plain part."""
    rows = exo_headers(key, person, subject, when)
    return single(key, person, when, "exo", rows, 'text/plain; charset="us-ascii"', text)


def outlook_mobile(key, person, subject, when, body, app="iOS"):
    link = "https://aka.ms/o0ukef" if app == "iOS" else "https://aka.ms/AAb9ysg"
    text_part = body + f"\nGet Outlook for {app}<{link}>\n"
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div dir="ltr">\n' + divs(body.rstrip("\n")) + "\n</div>\n"
        '<div id="ms-outlook-mobile-signature" dir="ltr"><div>Get '
        f'<a href="{link}">Outlook for {app}</a></div></div>\n</body>\n</html>\n'
    )
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text_part, "quoted-printable"),
            leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        ],
    )
    rows = exo_headers(key, person, subject, when)
    return mail(key, person, when, "exo", rows, part)


# ------------------------------------------------------------------ Gmail


def gmail_msgid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def gmail_html(text, quoted_html=""):
    rows = "".join(
        f"<div>{html.escape(r, quote=False)}</div>" if r else "<div><br></div>"
        for r in text.rstrip("\n").split("\n")
    )
    return f'<div dir="ltr">{rows}</div>{quoted_html}\n'


def gmail_quote_html(intro, text):
    return (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + html.escape(intro, quote=False)
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + divs(text.rstrip("\n"))
        + "</blockquote></div>"
    )


def gmail(key, person, subject, when, body, reply=None, quoted="", qhtml="", cc=(), via="gws"):
    alt = multi(
        "alternative",
        "000000000000" + tok("ga", key, n=14),
        [
            leaf('text/plain; charset="UTF-8"', body + quoted),
            leaf('text/html; charset="UTF-8"', gmail_html(body, qhtml)),
        ],
    )
    rows = [("MIME-Version", "1.0"), ("Date", rfc(when))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("Message-ID", gmail_msgid(key)), ("Subject", word(subject))]
    rows += [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    return mail(key, person, when, via, rows, alt)


# ------------------------------------------------------------------ Apple


def iphone(key, person, subject, when, body, via):
    """iPhone Mail: one text/plain part."""
    domain = person[1].split("@")[1]
    rows = [("From", addr(person)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when))]
    rows += [("Subject", word_q(subject))]
    rows += [("Message-Id", f"<{uuid('ios', key)}@{domain}>"), ("To", addr(DESK))]
    rows += [("X-Mailer", "iPhone Mail (22B83)")]
    cs = "us-ascii" if body.isascii() else "utf-8"
    return single(key, person, when, via, rows, f"text/plain; charset={cs}", body)


def apple_mail(key, person, subject, when, body):
    """Apple Mail on a Mac: multipart/alternative."""
    domain = person[1].split("@")[1]
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;">{divs(body.rstrip(chr(10)))}</body></html>'
    )
    part = multi(
        "alternative",
        "Apple-Mail=_" + uuid("ama", key),
        [leaf("text/plain; charset=utf-8", body), leaf("text/html; charset=utf-8", markup)],
    )
    rows = [("From", addr(person))]
    rows += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")]
    rows += [("Subject", word_q(subject)), ("Message-Id", f"<{uuid('mac', key)}@{domain}>")]
    rows += [("Date", rfc(when)), ("To", addr(DESK))]
    rows += [("X-Mailer", "Apple Mail (3826.300.87.4.3)")]
    return mail(key, person, when, "hosted", rows, part)


# ------------------------------------------------------------------ Outlook 16, Thunderbird, Samsung


def outlook16(key, person, subject, when, body, via="gws"):
    domain = person[1].split("@")[1]
    mid = f"<00{tok('o16', key, n=10)}${tok('a', key, n=8)}${tok('b', key, n=8)}$@{domain}>"
    rows = [("From", addr(person)), ("To", addr(DESK))]
    rows += [("Subject", subject), ("Date", rfc(when)), ("Message-ID", mid)]
    rows += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
    rows += [("Thread-Index", base64.b64encode(bytes.fromhex(tok("t16", key, n=40))).decode())]
    rows += [("Content-Language", "en-us")]
    n2 = tok("n2", key, n=4).upper()
    n3 = tok("n3", key, n=8).upper()
    part = multi(
        "alternative",
        f"----=_NextPart_000_{tok('n1', key, n=4).upper()}_01DC{n2}.{n3}",
        [
            leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
            leaf('text/html; charset="utf-8"', word_page(word_paras(body.rstrip("\n")))),
        ],
    )
    return mail(key, person, when, via, rows, part)


def flowed(text, width=72):
    """format=flowed: long lines broken with a trailing space on every line but the last."""
    out = []
    for row in text.split("\n"):
        if len(row) <= width:
            out.append(row)
            continue
        words = row.split(" ")
        cur = words[0]
        for w in words[1:]:
            if len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur += " " + w
        out.append(cur)
    return "\n".join(out)


def thunderbird(key, person, subject, when, body, via="gws"):
    domain = person[1].split("@")[1]
    rows = [("Message-ID", f"<{uuid('tb', key).lower()}@{domain}>"), ("Date", rfc(when))]
    rows += [("MIME-Version", "1.0")]
    rows += [("User-Agent", "Mozilla Thunderbird")]
    rows += [("Content-Language", "en-US"), ("To", addr(DESK)), ("From", addr(person))]
    rows += [("Subject", subject)]
    ctype = "text/plain; charset=UTF-8; format=flowed"
    return single(key, person, when, via, rows, ctype, flowed(body), "7bit")


def samsung(key, person, subject, when, body, via="gws"):
    """Samsung Email on a Galaxy phone: plain and HTML, its own signature line."""
    text = body + "\n\n\nSent from my Galaxy\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '</head><body dir="auto">'
        + "".join(
            f'<div dir="auto">{html.escape(r, quote=False) or "<br>"}</div>'
            for r in body.rstrip("\n").split("\n")
        )
        + '<div dir="auto"><br></div><div dir="auto"><br></div>'
        '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" '
        'dir="auto">Sent from my Galaxy</div></div></body></html>\n'
    )
    boundary = "--_com.samsung.android.email_" + str(int(tok("sb", key, n=12), 16))
    part = multi(
        "alternative",
        boundary,
        [
            leaf("text/plain; charset=utf-8", text, "base64"),
            leaf("text/html; charset=utf-8", markup, "base64"),
        ],
    )
    stamp = when.astimezone(UTC)
    mid = f"<{stamp:%Y%m%d%H%M%S}.{tok('sm', key, n=8)}@email.android.com>"
    rows = [("MIME-Version", "1.0"), ("Message-ID", mid), ("Date", rfc(when))]
    rows += [("Subject", subject), ("From", addr(person)), ("To", addr(DESK))]
    return mail(key, person, when, via, rows, part)


# ------------------------------------------------------------------ signatures

KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | PA HIC #PA091337
    This e-mail and any attachments are confidential and intended only for the named recipient(s). If you received it in error, please notify the sender and delete it. Do not rely on e-mail for time-sensitive instructions.
    """)
SIG_DANA = (
    para("""
    Thank you,

    Dana Ruiz
    Accounts Payable
    Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    T 717-555-0160 | F 717-555-0161
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_TOM = (
    para("""
    Tom Morales
    Project Manager | Keystone Mechanical Contractors
    O 717-555-0148 | C 717-555-0129
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_GARY = (
    para("""
    Gary Pruitt
    Warehouse / Shop
    Keystone Mechanical Contractors
    717-555-0190 x214
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_SHONDA = (
    para("""
    Shonda Ellis
    Purchasing Coordinator
    Keystone Mechanical Contractors
    Direct 717-555-0175 | purchasing@keystonemech.com
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_KAREN = para("""
    --
    Karen Liu
    Office Manager | Riverbend Plumbing & Heating
    2210 Kanawha Blvd E, Charleston, WV 25311
    (304) 555-0102
    """)
SIG_MIKE = para("""
    Mike O'Brien
    Service Manager
    Riverbend Plumbing & Heating
    cell (304) 555-0126
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager
    Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    Office 918-555-0140 | Cell 918-555-0186
    OK Mechanical Lic. #M-204417
    """)
SIG_PRIYA = para("""
    Priya Nair
    Dispatch & Scheduling
    Summit HVAC Services | 918-555-0149
    """)
SIG_MARCUS = para("""
    --
    Marcus Bell | Service Manager
    Summit HVAC Services
    918-555-0152
    """)
SIG_LUIS = para("""
    Luis Ortega
    Maintenance Supervisor
    Harbor Point Property Management
    600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401
    361-555-0170
    """)
SIG_GRACE = para("""
    Grace Kim
    Accounts Payable
    Harbor Point Property Management
    600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401
    361-555-0175 | payables@harborpointpm.com
    """)
SIG_ROSA = para("""
    Rosa Delgado
    Office Manager
    Delgado & Sons Plumbing
    1118 Agnes St, Corpus Christi, TX 78401
    361-555-0193
    TX RMP-44810
    """)


# ------------------------------------------------------------------ the requests


def w01():
    when = at("2026-10-26 08:52", "ET")
    body = (
        para("""
        Hi Mel,

        Two things on PO-77760 that came in on your truck Thursday:

        - KM-61750 wifi stats: 2 of the 8 are dead. Put them on the bench with a 24V transformer, no display at all on either one. The other 6 went in fine at the Lemoyne office job.
        - 16x25x1 merv 11s: one case got soaked. It was on the bottom of the pallet and the pallet sat in a puddle at the liftgate while your driver was waiting on us. Filters are swollen and smell musty, can't put them in. Other 11 cases are OK.

        Please send 2 replacement stats and 1 case of filters. The bad ones are tagged in our warehouse.

        Thanks,
        Tom

        """)
        + SIG_TOM
    )
    return outlook_desktop("w01", TOM, "PO-77760 - stats + filters", when, body)


def w02():
    when = at("2026-10-27 07:18", "ET")
    body = para("""
        Mel this is Bobby w Riverbend. the Cresthaven pump house stuff on 24415 came thurs. there were 3 of the 3in flanged checks on the truck, PO is for 2 so you got 1 extra sitting here come get it. also the 3in RPZ, the relief valve housing is cracked, looks like it took a hit in the crate. cant install it like that. let me know

        Bobby

        Sent from my iPhone
        """)
    return iphone("w02", BOBBY, "24415 checks + rpz", when, body, "gws")


def w03():
    when = at("2026-10-28 10:10", "CT")
    body = (
        para("""
        Hi,

        Can somebody send me pricing and availability on the below? Need it at our shop by 11/6.

        12 - wifi stats, the 7 day programmable ones (same as we always get)
        20 - basic non programmable stats, 24V
        2 cs - 20x25x4 MERV 13
        10 cs - 16x25x1 MERV 11
        3 - condensate pumps w/ safety switch

        If the 20x25x4 aren't a stock item let me know and we'll go with 20x25x1. I sent this to the order desk Friday and didn't hear back, sorry for using the returns box.

        Thanks,

        """)
        + SIG_RAJ
    )
    return outlook16("w03", RAJ, "Quote - stats, filters, condensate pumps", when, body)


def w04():
    when = at("2026-10-29 15:40", "CT")
    body = para("""
        Hi Mel

        Today arrive the order 40962 for the Alvarez house. The copper 90s 1 inch, the box say 100 but we count 2 times and is 88, so 12 missing. And 1 of the 3/4 PRV the bell is broke, the plastic cap is crack and you can see the spring, I think it fall in the truck. The other 5 are ok and the copper pipe ok.
        Please send the 12 elbows and 1 PRV with the next delivery.

        Thank you
        Héctor Delgado
        Delgado & Sons Plumbing

        Enviado desde mi iPhone
        """)
    return iphone("w04", HECTOR, "PO 40962 faltan codos y prv", when, body, "hosted")


W05_BODY = (
    para("""
    Good morning,

    Invoice INV-88098 for our PO-77790 bills part KM-20100 (1" type L hard copper, 20' lengths) at $76.40 per length. Our PO and your quote Q-26-4471 have it at $71.80.

    30 lengths x $4.60 = $138.00

    Please issue a credit memo for the difference. The 1" wrot 90s and the 1" ball valves on the same invoice are billed correctly.

    """)
    + SIG_DANA
)


def w05():
    when = at("2026-10-30 11:25", "ET")
    return outlook_desktop("w05", DANA, "Price discrepancy INV-88098 / PO-77790", when, W05_BODY)


def w06():
    when = at("2026-11-02 09:03", "ET")
    body = para("""
        Hi,

        Our PO 24460 (Millbrook) was delivered Saturday by Estes. It was supposed to have 100 of the 2" PVC sch 40 tees, they come 25 to a box, so 4 boxes. Only 3 boxes were on the pallet, UPC on the boxes is 061234500200. The packing list says 100 so it looks like one box got left behind at your end.

        The copper and the 3/4 ball valves were all there.

        Can you send the missing box of 25, or credit it if it's going to be a while?

        Thanks,
        Denise Hollis
        Purchasing - Riverbend Plumbing & Heating
        (304) 555-0118
        """)
    return thunderbird("w06", DENISE, "Short on PO 24460 - 2in PVC tees", when, body)


def w07():
    when = at("2026-11-03 08:30", "CT")
    body = (
        para("""
        Mel, quick one, not a return this time.

        Do you have these in stock:
        - 2 of the 40 gal electrics (240V / 4500W)
        - 4 of the 2 gal thermal expansion tanks

        And what's the lead time on the 50 gal natural gas heaters? We'll need 3 for Bayside building C next week, and last time the tanks were backordered 2 weeks. If it's all in stock I'll have Grace cut the PO today.

        Thanks

        """)
        + SIG_LUIS
    )
    return outlook_desktop("w07", LUIS, "stock check - heaters / exp tanks", when, body)


def w08():
    when = at("2026-11-04 09:47", "CT")
    body = (
        para("""
        Hi Mel,

        Our guys opened the tile delivery at the Brookfield clinic this morning (PO 60377, came Monday on ODFL). 3 cartons of the 2x2 acoustic tiles are crushed on one end, the corners are snapped off most of the tiles inside. The driver wrote "3 ctns damaged" on the BOL. We can't hang those in a clinic ceiling. The 10x6 registers were fine.

        Can you send 3 more cartons? Jaime says the crushed ones already went in the dumpster on site, hope that's ok.

        Thanks!

        """)
        + SIG_PRIYA
    )
    return gmail("w08", PRIYA, "PO 60377 - tile damage", when, body)


def w09():
    when = at("2026-11-05 07:40", "ET")
    body = (
        para("""
        Mel,

        Need to send back 12 of the KM-88107 (1" full port ball valves) from PO 77790. Lemoyne went to press fittings so they won't get used. Boxes never opened, it's 12 of the 36 we got.

        Can you put them on an RMA and have your driver grab them next time he's here?

        Gary

        """)
        + SIG_GARY
    )
    return outlook_desktop("w09", GARY, "Return - KM-88107 x 12", when, body)


def w10():
    when = at("2026-11-06 13:12", "ET")
    desk_sent = at("2026-11-05 15:02", "ET")
    body = (
        para("""
        Hi Mel,

        Credit memo CM-30418 for $138.00 came through this morning, thank you for turning it around so fast. I've applied it to INV-88098 and the balance on that invoice now matches our PO.

        Have a good weekend.

        """)
        + SIG_DANA
    )
    desk = para("""
        Hi Dana,

        The price difference on the 1" type L copper is approved: 30 lengths x $4.60 = $138.00. Credit memo CM-30418 will post to your account tomorrow.

        Mel Okafor
        Returns & Credits | Cardinal Valley Supply
        """)
    blocks = [
        outlook_block(
            name_addr(DESK),
            desk_sent,
            name_addr(DANA),
            "RE: Price discrepancy INV-88098 / PO-77790",
            desk,
        ),
        outlook_block(
            name_addr(DANA),
            at("2026-10-30 11:25", "ET"),
            name_addr(DESK),
            "Price discrepancy INV-88098 / PO-77790",
            W05_BODY,
        ),
    ]
    ref = desk_id("w10")
    first = exo_msgid("w05", DANA)
    return outlook_desktop(
        "w10",
        DANA,
        "RE: Price discrepancy INV-88098 / PO-77790",
        when,
        body,
        blocks,
        reply=(ref, f"{first} {ref}"),
    )


def w11():
    when = at("2026-11-09 10:20", "ET")
    body = (
        para("""
        Morning Mel,

        Hope you had a good weekend. Couple things on PO 24519 that UPS dropped Friday at the Hillcrest job:

        One of the two 3/4 PEX coils has a gash through the outer 3 or 4 loops, looks like somebody put a box knife or a fork through the carton. Can't run a coil with a cut in it, so please send a replacement coil, I'll hold the bad one for your driver.

        Also we way over-ordered on the 1/2 crimp couplings. We got the 10 bags and only need 6, so I'd like to send 4 bags back, they're still sealed. I know there's a restock fee, that's fine.

        The 1" ball valves are all good.

        Thanks,

        """)
        + SIG_MIKE
    )
    return gmail("w11", MIKE, "PO 24519 - pex coil + extra crimp couplings", when, body)


def w12():
    when = at("2026-11-10 07:05", "ET")
    body = para("""
        Mel - Vince K with Keystone. 77830 came fri at the Camp Hill school. 1-1/2 black unions KM-40415, PO says 40, we counted 50, so theres an extra box of 10. Dont want to get billed for them, have your driver pick up the 10 next time hes out. Checks, condensate pumps and circs all there.

        Vince
        """)
    return outlook_mobile("w12", VINCE, "77830 unions", when, body, "iOS")


def w13():
    when = at("2026-11-10 14:10", "CT")
    body = para("""
        Hello Mel, is Jaime from Summit HVAC.
        On the order 60418 for the Riverside clinic we receive only 16 of the basic thermostat, the non programmable 24V. The order is for 20. The wifi thermostats and the filters are complete.
        Please send the 4 that are missing, we need for finish the 2nd floor.

        Thanks
        Jaime Ortiz
        Summit HVAC Services
        """)
    return samsung("w13", JAIME, "60418 thermostat missing", when, body)


def w14():
    when = at("2026-11-11 08:15", "CT")
    body = para("""
        Hey Mel, Darnell w/ Harbor Point maintenance.

        Put away PO 70231 yesterday, the 16x25x1 merv 11s for Bayside. Should be 24 cases, I only have 22. Checked the truck bay and the storage cage twice. The 60 floor registers and the 10 stats are all there.

        Can you get the 2 missing cases out to us?

        Thx
        Darnell
        """)
    return outlook_mobile("w14", DARNELL, "PO 70231 filters", when, body, "Android")


def w15():
    when = at("2026-11-12 10:30", "CT")
    body = (
        para("""
        Hi Mel,

        Hope you're doing well. We have a warranty one for you.

        Last October (our PO 40611) we bought 2 of the 50 gallon natural gas heaters for the Garza duplex. One of them started leaking from the bottom this week. Héctor pulled the burner door and the water is coming from the tank itself, not a fitting or the T&P. The other heater on that job is fine, and the expansion tanks and the ball valves we got with them too.

        The family is without hot water so Héctor put in one of our spares for now. Can we get a replacement heater under the warranty? We'll bring the bad one to your counter, it's drained and tagged.

        Thank you!
        Rosa

        """)
        + SIG_ROSA
    )
    return apple_mail("w15", ROSA, "Warranty - 50 gal gas heater from PO 40611", when, body)


def w16():
    when = at("2026-11-13 09:05", "CT")
    body = para("""
        Mel,

        The 3 gas heaters from PO 70288 came Wednesday on Estes. One of them the jacket is caved in on the side and the gas valve is knocked crooked on the nipple. Carton was crushed, Darnell took pics, the driver wouldn't wait for us to open it. UPC on the carton 084512005001.

        Other 2 heaters and the 3 exp tanks are fine. Need a replacement for the one, tenants in bldg C are waiting.

        Luis

        Sent from my iPhone
        """)
    return iphone("w16", LUIS, "damaged heater PO 70288", when, body, "exo")


def w17():
    when = at("2026-11-16 08:20", "ET")
    body = (
        para("""
        Mel,

        Jorge's crew finally got into the last boxes of the 2" bronze gates (KM-88213) from PO 77812 on Friday. 3 of the 40 have cracked bonnets, all on the same side, like the box got dropped on a corner. They were still sealed in your cartons so it happened before they got to us.

        I know it's been over a week since delivery, but nobody opened those boxes until now. Please replace the 3.

        """)
        + SIG_TOM
    )
    return outlook_desktop("w17", TOM, "PO 77812 - 2in gate valves cracked", when, body)


W18_BODY = (
    para("""
    Mel, on po# 60455 that UPS brought Thursday, 2 out of the box of 10 condensate pumps the float is stuck and they won't kick on, we tested both on the bench with a bucket of water, and you sent us 22 cases of the 16x25 merv 11s when the PO says 20 so there's 2 extra cases sitting in our shop, and we don't need 3 of the 12 basic stats anymore since the customer went with wifi on that job, so can we get 2 new pumps, have somebody pick up the 2 extra filter cases and send the 3 stats back for credit. thanks

    """)
    + SIG_MARCUS
)


def w18():
    when = at("2026-11-16 15:05", "CT")
    return gmail("w18", MARCUS, "po# 60455", when, W18_BODY, cc=[LINDA])


def w19():
    when = at("2026-11-17 09:50", "ET")
    body = (
        para("""
        Hi Mel,

        Two things on PO 24530:

        1) The 3/4" PRVs - all 4 are creeping. Bobby set them at 55 psi on the Fenwick job and by morning the gauges were back up near street pressure (about 90). He swapped one out for a PRV off his truck and that one held, so it's the valves. Please replace all 4, we'll send the bad ones back with your driver.

        2) The 1" copper 90s on invoice INV-88180 came through at $2.90 each. Mike says we were quoted $2.60 on these when he placed the order. 250 pcs, so $75.00. Can you check and credit the difference?

        Thanks,
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("w19", KAREN, "PO 24530 - PRVs not holding + price on 90s", when, body)


def w20():
    when = at("2026-11-18 11:00", "CT")
    sent = at("2026-11-16 15:05", "CT")
    body = para("""
        Hi Mel,

        Following up on Marcus's note below. The 2 extra cases of the 16x25 filters are still sitting in our shop. INV-88184 has them at 20 cases, which is right, so please don't bill the extra 2, just have someone come get them this week, they're in the way.

        Thanks,
        Linda Chu
        Accounts Payable | Summit HVAC Services
        918-555-0145
        """)
    intro = f"On {gmail_when(sent)} {MARCUS[0]} <{MARCUS[1]}> wrote:"
    first = gmail_msgid("w18")
    return gmail(
        "w20",
        LINDA,
        "Re: po# 60455",
        when,
        body,
        reply=(first, first),
        quoted="\n" + intro + "\n" + quote(W18_BODY),
        qhtml=gmail_quote_html(intro, W18_BODY),
        cc=[MARCUS],
    )


def w21():
    when = at("2026-11-19 06:40", "ET")
    body = para("""
        Hello,

        I am foreman for Keystone Mechanical on Mechanicsburg apartments job. On packing list SO-104233 is 6 coil PEX 3/4 inch 300 ft. Two coil is not 3/4, is 1/2 inch, the printing on pipe say 1/2. We open them only now for second floor. Please send 2 coil 3/4 and take back the 1/2.

        My phone 717-555-0187. In office is Tom Morales.

        Dmitri
        """)
    return gmail("w21", DMITRI, "SO-104233 pex wrong size", when, body, via="gmail")


def w22():
    when = at("2026-11-20 08:35", "ET")
    body = (
        para("""
        Hi Mel,

        Not a return, more of a gripe, and I don't know who else to send it to. Last week R+L dropped our PO 24530 at the GC's trailer instead of our gang box, and the guys spent an hour hunting for 250 copper 90s and 48 ball valves. Nothing was damaged and nothing is missing, we don't need anything sent back or credited.

        Can you ask whoever sets up the delivery notes to put "call Bobby 304-555-0131 on arrival" on our Fenwick ship-to?

        (The PRV thing I sent Tuesday is separate.)

        Thanks,
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("w22", KAREN, "Fenwick deliveries", when, body)


def w23():
    when = at("2026-11-20 13:15", "CT")
    body = (
        para("""
        Mel,

        On PO 60455 we were supposed to get 12 of the wifi 7-day stats and I only count 10 in the shop. Can you check the pick ticket and send the other 2? Tech needs them Monday for the Riverside clinic.

        Thanks,

        """)
        + SIG_RAJ
    )
    return outlook16("w23", RAJ, "PO 60455 - wifi stats short", when, body)


def w24():
    when = at("2026-11-23 09:10", "ET")
    body = (
        para("""
        Hi Mel,

        On PO-77830 we ordered 6 of the 3" flanged swing checks (our part KM-88502). The field opened the crates in the Camp Hill mech room this morning and 2 of them are wafer style checks, not flanged swing, so they won't fit the spool pieces. The other 4 are correct.

        Please send 2 of the correct 3" swing checks and set up a pickup for the 2 wafers.

        Thank you,

        """)
        + SIG_SHONDA
    )
    return outlook_desktop("w24", SHONDA, "PO-77830 - wrong check valves", when, body)


def w25():
    when = at("2026-11-23 14:30", "CT")
    body = para("""
        Mel - PO 70296. All 12 of the 3/4 ball valves came threaded, FIP x FIP. PO says sweat. We solder these in at the unit risers so threaded wont work. Need 12 sweat ones, I'll send the threaded back with the driver.

        40 registers are fine.

        Darnell
        """)
    return outlook_mobile("w25", DARNELL, "70296 ball valves", when, body, "Android")


def w26():
    when = at("2026-11-24 07:50", "ET")
    body = (
        para("""
        Mel,

        Lemoyne went to press (same as the ball valves I sent back) so we're sitting on the box of 200 1" copper 90s, KM-40112, from PO 77790. Want to send the whole box back, 200 pcs, never opened. Restock fee is OK.

        Gary

        """)
        + SIG_GARY
    )
    return outlook_desktop("w26", GARY, "Return KM-40112 1in 90s - PO 77790", when, body)


def w27():
    when = at("2026-11-24 16:05", "CT")
    body = para("""
        Mel buenas tardes

        2 things from the will call 40988 (Nov 6).
        - The ball valve 1 inch, 4 of the 10 are 3/4 inside the 1 inch box. We need 4 of 1 inch, I bring back the 3/4.
        - Also we have 2 piece of the 2 inch black pipe, 20 ft each, that we dont use. Can we return for credit?
        The unions ok.

        Gracias
        Héctor

        Enviado desde mi iPhone
        """)
    return iphone("w27", HECTOR, "40988 válvulas y tubo", when, body, "hosted")


def w28():
    when = at("2026-11-25 10:40", "CT")
    text = (
        para("""
        Hello,

        Could you please e-mail a copy of invoice INV-88171 (our PO 70288: 3 x 50 gal gas water heaters, 3 x 2 gal expansion tanks)? Our AP system did not pick up the PDF when it came in.

        I understand Luis has a damage claim open on one of the heaters; please don't hold the copy for that, I only need it for month end.

        Thank you,

        """)
        + SIG_GRACE
    )
    return outlook_plain("w28", GRACE, "Invoice copy request - INV-88171", when, text)


def w29():
    when = at("2026-11-30 08:45", "ET")
    body = (
        para("""
        Mel,

        2 of the 1-1/4" thermostatic mixing valves we put in at Eastgate Elementary last fall (PO 76115) are sticking hot. The school is getting 130+ at the lav sinks. We pulled and cleaned the cartridges and checked the inlet checks, still creeping up. The other 2 on that job are fine so far.

        Can these go back under warranty? We need 2 replacements either way.

        """)
        + SIG_TOM
    )
    return outlook_desktop("w29", TOM, "Eastgate - mixing valves PO 76115", when, body)


def w30():
    when = at("2026-11-30 13:20", "ET")
    body = (
        para("""
        Mel,

        We have 4 cases of the 16x25x1 merv 11 (UPC 061234516251) left over from PO-77760. Lemoyne office is done and they won't get used. Full cases, still shrink wrapped. Can they go back? (The case that got wet already got taken care of.)

        Gary

        """)
        + SIG_GARY
    )
    return outlook_desktop("w30", GARY, "16x25 filters leftover - PO-77760", when, body)


def w31():
    when = at("2026-12-01 08:05", "CT")
    body = para("""
        Mel - Marcy says we can send back what's left over from the Bayside job on PO 70231:

        20 - 10x6 white floor registers
        2 - basic stats (24V non programmable)

        All in the original boxes. Let me know when the driver can come. The 2 filter cases you sent for the short are used already.

        Darnell
        """)
    return outlook_mobile("w31", DARNELL, "Returns from PO 70231", when, body, "Android")


def w32():
    when = at("2026-12-01 11:30", "CT")
    body = (
        para("""
        Mel,

        We do the HVAC service for Harbor Point Property Management's Bayside buildings. Marcy Bellamy asked us to deal with you directly on the thermostats they bought on SO-104239 (their PO 70231).

        3 of the basic non-programmable stats are dead, blank screen with 24V at the terminals, checked by our tech. Can you replace the 3 under warranty? We will drop the bad ones at your counter.

        Thanks,

        """)
        + SIG_RAJ
    )
    return outlook16("w32", RAJ, "Harbor Point stats - SO-104239", when, body)


def w33():
    when = at("2026-12-02 07:55", "CT")
    body = para("""
        Mel,

        One of the 2 gal expansion tanks from PO 70282 is shot, bladder's gone, water comes out the air valve when you press it. Its only about 3 weeks old. Can you replace it?

        Luis

        Sent from my iPhone
        """)
    return iphone("w33", LUIS, "exp tank warranty", when, body, "exo")


def w34():
    when = at("2026-12-02 14:10", "CT")
    body = (
        para("""
        Hi Mel,

        Our accountant is going through last year's invoices for the tax people and found one he wants fixed or explained. On invoice 88016 (PO 40611, October 2025) the 3/4 ball valves are billed at $9.60 each, 10 of them. We always get those at $8.75. It's only $8.50 but he won't let it go.

        Could you credit the difference, or tell me why they were $9.60?

        Thank you,
        Rosa

        """)
        + SIG_ROSA
    )
    return apple_mail("w34", ROSA, "Invoice 88016 - ball valve price", when, body)


def w35():
    when = at("2026-12-03 10:00", "ET")
    body = (
        para("""
        Hello,

        INV-88133 (PO-77830) bills the condensate pumps w/ safety switch at $64.90 ea. Our PO and your quote have them at $61.50.

        8 ea x $3.40 = $27.20

        Please credit. All other lines on that invoice match.

        """)
        + SIG_DANA
    )
    return outlook_desktop("w35", DANA, "Price variance - INV-88133 / PO-77830", when, body)


def w36():
    when = at("2026-12-03 15:20", "CT")
    body = para("""
        Mel, Rosa say you dont take orders on this email but the counter phone is busy all day. For pick up Friday morning please:

        6 piece 2 inch black pipe 21 ft (cut)
        12 union 1-1/2 black
        10 ball valve 1 inch full port

        Same like the order 40988. The 4 valves 3/4 from last time I bring back Friday also like you told me.

        Gracias
        Héctor

        Enviado desde mi iPhone
        """)
    return iphone("w36", HECTOR, "pedido para recoger viernes", when, body, "hosted")


def w37():
    when = at("2026-12-04 07:30", "ET")
    desk_sent = at("2026-11-05 14:20", "ET")
    body = (
        para("""
        Mel,

        Your driver was here yesterday with a delivery but didn't take the 12 ball valves (KM-88107) going back on this RMA, said it wasn't on his sheet. They're still tagged on the dock with the RMA number on the box. Does he need a printed copy, or can you just add it to his next run?

        Gary

        """)
        + SIG_GARY
    )
    desk = para("""
        Hi Gary,

        Your return is approved. RMA-70412: 12 x VLV-1005-BV, 1" brass ball valve, full port (your KM-88107), PO 77790. Please mark the RMA number on the carton; our driver will pick it up on his next stop. Credit of $155.04 (after the 15% restocking fee) will post once the valves are checked in.

        Mel Okafor
        Returns & Credits | Cardinal Valley Supply
        """)
    blocks = [
        outlook_block(
            name_addr(DESK), desk_sent, name_addr(GARY), "RE: Return - KM-88107 x 12", desk
        )
    ]
    ref = desk_id("w37")
    first = exo_msgid("w09", GARY)
    return outlook_desktop(
        "w37",
        GARY,
        "RE: Return - KM-88107 x 12",
        when,
        body,
        blocks,
        reply=(ref, f"{first} {ref}"),
    )


def w38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Both 2 gal expansion tanks on the Garza duplex are waterlogged, bladders gone, the "
        "T&P on the heater was weeping. Same job as the 50 gal gas heater that was replaced "
        "last month. Bought Oct 2025. Tanks are off and tagged."
    )
    line = {"sku": "WH-EXP-2G", "quantity": 2, "reason": "DEFECTIVE"}
    text = (
        "{\n"
        '  "order_number": "SO-104202",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def w39():
    """A yard note typed up and uploaded, CRLF line ends."""
    text = para("""
        DELGADO & SONS - YARD NOTE                          11/30

        will call ticket SO-104240 (picked up 11/6, Hector)
        2" black pipe sch 40 -- 6 pcs x 20ft = 120 ft

        one of the 20 footers is GALVANIZED not black. found it when we
        went to thread it for the Ramirez boiler job. galv stick is on
        the rack by the gate, tagged.

        need 1 x 20 ft black to replace it.
        the other 5 ok (2 of them are the leftovers Hector asked about)

        - Chuy
        """)
    return crlf(text.encode("ascii"))


def w40():
    """A receiving list typed on a phone and uploaded, LF line ends."""
    text = para("""
        receiving - cardinal valley - tues 11/24

        circs 1/25hp cast iron 115v ... ordered 5, got 3  <-- 2 SHORT
        TMVs 1-1/4 ... 3 ok
        1/2 crimp couplings ... 5 bags ok
        2 gal exp tanks ... ok

        need the 2 circs before the boiler startup on the 9th.
        packing slip went out with the driver, didnt get a copy
        """)
    return text.encode("ascii")


BUILD = {
    "w01-keystone-tom-km61750-stats-and-soaked-filters.eml": w01,
    "w02-riverbend-bobby-phone-extra-check-rpz-cracked.eml": w02,
    "w03-summit-raj-quote-more-stats-20x25x4.eml": w03,
    "w04-delgado-hector-90s-short-prv-broke.eml": w04,
    "w05-keystone-dana-km20100-copper-price.eml": w05,
    "w06-riverbend-denise-2in-tees-three-boxes.eml": w06,
    "w07-harbor-luis-availability-electrics-tanks.eml": w07,
    "w08-summit-priya-crushed-tile-cartons.eml": w08,
    "w09-keystone-gary-km88107-ball-valves-back.eml": w09,
    "w10-keystone-dana-thanks-copper-credit.eml": w10,
    "w11-riverbend-mike-pex-coil-gash-crimp-bags.eml": w11,
    "w12-keystone-vince-extra-black-unions.eml": w12,
    "w13-summit-jaime-basic-stats-16-of-20.eml": w13,
    "w14-harbor-darnell-filters-22-of-24.eml": w14,
    "w15-delgado-rosa-gas-heater-leaking-warranty.eml": w15,
    "w16-harbor-luis-50-gal-gas-caved-in.eml": w16,
    "w17-keystone-tom-2in-gates-bonnets-cracked.eml": w17,
    "w18-summit-marcus-pumps-filters-stats-runon.eml": w18,
    "w19-riverbend-karen-prvs-creep-and-90s-price.eml": w19,
    "w20-summit-linda-following-up-extra-filters.eml": w20,
    "w21-keystone-dmitri-gmail-half-inch-pex.eml": w21,
    "w22-riverbend-karen-driver-complaint-nothing-back.eml": w22,
    "w23-summit-raj-wifi-stats-10-of-12-wrong-po.eml": w23,
    "w24-keystone-shonda-wafer-checks-not-swing.eml": w24,
    "w25-harbor-darnell-threaded-not-sweat.eml": w25,
    "w26-keystone-gary-km40112-box-of-200-back.eml": w26,
    "w27-delgado-hector-3-4-in-1-box-and-black-pipe.eml": w27,
    "w28-harbor-grace-invoice-copy-88171.eml": w28,
    "w29-keystone-tom-tmvs-eastgate-sticking.eml": w29,
    "w30-keystone-gary-leftover-16x25-cases.eml": w30,
    "w31-harbor-darnell-registers-and-stats-back.eml": w31,
    "w32-summit-raj-harbor-stats-on-their-order.eml": w32,
    "w33-harbor-luis-tank-po-typo.eml": w33,
    "w34-delgado-rosa-cpa-ball-valve-price-2025.eml": w34,
    "w35-keystone-dana-condensate-pump-price.eml": w35,
    "w36-delgado-hector-pickup-order-more-pipe.eml": w36,
    "w37-keystone-gary-driver-left-valves.eml": w37,
    "w38-portal-expansion-tanks-waterlogged.json": w38,
    "w39-upload-yard-note-galvanized-stick.txt": w39,
    "w40-upload-shop-list-circs-short.txt": w40,
}


def build(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (outdir / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make_attachments.py OUTDIR")
    target = Path(sys.argv[1])
    print(f"{build(target)} request files written to {target}")
