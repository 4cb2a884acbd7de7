"""Write every request file of heldout60: 37 emails, 1 portal form, 2 text uploads.

    .venv/bin/python sample_docs/heldout60/make_attachments.py OUT_DIR

The angle of the set is "long mail": the claim is often one sentence among forwarded chains
(a foreman to a buyer to us), replies above, below or inside the desk's quoted questions,
quoted older claims that were handled long ago, out-of-office lines, signatures full of phone,
fax, licence, PO box and tax numbers, confidentiality and wire-fraud footers, "sent from my
phone" lines, bilingual Spanish / English mail, calendar text and the ticket footers of the
customers' shared inboxes.

Files besides the mail text:
- two phone photos (JPEG: a carton label, a marked-up packing list) and one fax-style scan of
  a filled-in form (bilevel PNG), drawn with Pillow, noise from seeded numpy generators;
- two text PDFs (fpdf2, PDF core fonts, pinned creation date);
- one CSV, one iCalendar invitation part.

Nothing reads the clock or draws unseeded random numbers: Message-IDs, MIME boundaries,
Thread-Index values and the noise seeds are SHA-256 hashes of fixed keys.
"""

import base64
import csv
import datetime as dt
import hashlib
import html
import io
import json
import sys
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype")
EST = dt.timezone(dt.timedelta(hours=-5))
CST = dt.timezone(dt.timedelta(hours=-6))

US = "Larkspur Supply Co."
DESK_ADDR = "returns@distributor.example"
DESK = f"Larkspur Supply Returns <{DESK_ADDR}>"
TERESA = "Teresa Vance <returns@distributor.example>"
JOLENE = "Jolene Price <jprice@distributor.example>"
AR_DESK = "Larkspur Supply AR <ar@distributor.example>"
NOREPLY = "Larkspur Supply <noreply@distributor.example>"
WILLCALL = "Larkspur Supply Will Call <willcall@distributor.example>"

# Keystone Mechanical Contractors (C-1001), Eastern time
DANA = "Dana Ruiz <ap@keystonemech.com>"
TOM = "Tom Morales <tmorales@keystonemech.com>"
BRENDA = "Brenda Okafor <bokafor@keystonemech.com>"
WALT = "Walt Szymanski <wszymanski@keystonemech.com>"
GARY = "Gary Lindqvist <glindqvist@keystonemech.com>"
KMC_PURCHASING = "Keystone Purchasing <purchasing@keystonemech.com>"
# Riverbend Plumbing & Heating (C-1002), Eastern time
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
DALE = "Dale Fitzgerald <dfitz@riverbendph.com>"
TASHA = "Tasha Greene <tgreene@riverbendph.com>"
PAT = "Pat Sullivan <psullivan@riverbendph.com>"
# Summit HVAC Services (C-1003), Central time
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
INGRID = "Ingrid Solberg <isolberg@summithvac.net>"
SUMMIT_DISPATCH = "Summit HVAC Dispatch <dispatch@summithvac.net>"
CARLOS_GMAIL = "Carlos Mendez <cmendez.hvac@gmail.com>"
# Harbor Point Property Management (C-1004), Central time
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
DEBORAH = "Deborah Anand <danand@harborpointpm.com>"
YUSUF = "Yusuf Karim <ykarim@harborpointpm.com>"
# Delgado & Sons Plumbing (C-1005), Central time
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
ERNESTO = "Ernesto Delgado <edelgado@delgadosons.com>"
CHUY_GMAIL = "Jesús Ramírez <chuyramirez77@gmail.com>"

PDF = ("application", "pdf")
JPEG = ("image", "jpeg")
PNG = ("image", "png")
CSV = ("text", "csv")


# ------------------------------------------------------------------ hashes and times


def digest(*parts: str) -> str:
    return hashlib.sha256("\x1e".join(("heldout60",) + parts).encode("utf-8")).hexdigest()


def seeded(key: str) -> np.random.Generator:
    return np.random.default_rng(int(digest("seed", key)[:16], 16))


def when(stamp: str, zone: dt.timezone) -> dt.datetime:
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=zone)


def clock(d: dt.datetime, seconds: bool = False) -> str:
    h = d.hour % 12 or 12
    sec = f":{d.second:02d}" if seconds else ""
    return f"{h}:{d.minute:02d}{sec} {'AM' if d.hour < 12 else 'PM'}"


def outlook_sent(d: dt.datetime) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {clock(d)}"


def mac_outlook_date(d: dt.datetime) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year} at {clock(d)}"


def gmail_date(d: dt.datetime) -> str:
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {clock(d)}"


def uuid_of(key: str, upper: bool = False) -> str:
    h = digest("uuid", key)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


# ------------------------------------------------------------------ quoting styles


def outlook_block(
    frm: str, d: dt.datetime, to: str, subject: str, cc: str = "", old: bool = False
) -> str:
    """The header block Outlook writes above a quoted or forwarded message (plain text)."""
    top = "-----Original Message-----" if old else "________________________________"
    lines = [top, f"From: {frm}", f"Sent: {outlook_sent(d)}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n"


def quote_lines(text: str) -> str:
    return "\n".join(">" if not ln else f"> {ln}" for ln in text.rstrip("\n").split("\n")) + "\n"


def gmail_attr(d: dt.datetime, who: str) -> str:
    return f"On {gmail_date(d)} {who} wrote:\n"


def gmail_forward(frm: str, d: dt.datetime, subject: str, to: str) -> str:
    return (
        "---------- Forwarded message ---------\n"
        f"From: {frm}\nDate: {gmail_date(d)}\nSubject: {subject}\nTo: {to}\n\n"
    )


def apple_forward(frm: str, d: dt.datetime, to: str, subject: str, zone: str) -> str:
    stamp = f"{d:%B} {d.day}, {d.year} at {clock(d, seconds=True)} {zone}"
    return (
        f"Begin forwarded message:\n\nFrom: {frm}\nDate: {stamp}\nTo: {to}\nSubject: {subject}\n\n"
    )


def tbird_attr(d: dt.datetime, who: str) -> str:
    return f"On {d.month}/{d.day}/{d:%y} {clock(d)}, {who} wrote:\n"


def flowed(text: str, width: int = 72) -> str:
    """format=flowed as Thunderbird writes it: long lines broken with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        lead = "> " if line.startswith("> ") else ""
        cur = ""
        for w in line[len(lead) :].split(" "):
            if cur and len(lead) + len(cur) + len(w) + 1 > width:
                out.append(lead + cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(lead + cur)
    return "\n".join(out)


# ------------------------------------------------------------------ HTML alternatives


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def outlook_html(text: str, blue: tuple[str, ...] = ()) -> str:
    """Outlook's HTML for a plain body: one MsoNormal paragraph per line; header blocks of
    quoted mail after a rule; lines starting with one of `blue` in blue (inline answers)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("________________________________") or line.startswith("-----Orig"):
            out.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                "</div>"
            )
            continue
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        body = esc(line).replace("  ", "&nbsp; ")
        head = line.split(":", 1)[0]
        if head in ("From", "Sent", "To", "Cc", "Subject") and ":" in line:
            body = f"<b>{esc(head)}:</b>{esc(line.split(':', 1)[1])}"
        if blue and line.startswith(blue):
            body = f'<span style="color:#0070C0">{body}</span>'
        out.append(f'<p class="MsoNormal">{body}<o:p></o:p></p>')
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif}'
        "</style></head>\n"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        '<div class="WordSection1">\n' + "\n".join(out) + "\n</div></body></html>\n"
    )


def gmail_html(text: str) -> str:
    """Gmail's HTML: a ltr div with <br>s; '> ' lines go into nested gmail_quote blocks."""
    parts, depth = ['<div dir="ltr">'], 0
    for line in text.rstrip("\n").split("\n"):
        level = len(line) - len(line.lstrip(">"))
        content = line[level:].lstrip(" ") if level else line
        while depth < level:
            parts.append(
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            )
            depth += 1
        while depth > level:
            parts.append("</blockquote>")
            depth -= 1
        parts.append(f"{esc(content)}<br>" if content else "<br>")
    parts.extend(["</blockquote>"] * depth)
    parts.append("</div>\n")
    return "\n".join(parts)


# ------------------------------------------------------------------ the message itself

OUTLOOK_SERVERS = ["SJ0PR12MB", "BN8PR12MB", "CH3PR12MB", "DM6PR12MB", "MN2PR12MB", "PH7PR12MB"]


def outlook_server(key: str) -> str:
    h = digest("server", key)
    return OUTLOOK_SERVERS[int(h[:2], 16) % len(OUTLOOK_SERVERS)] + h[2:6].upper()


def message_id(key: str, client: str, domain: str) -> str:
    h = digest("mid", key)
    if client in ("outlook", "outlook-mac", "outlook-android", "autoreply", "meeting"):
        server = outlook_server(key)
        return f"<{server}{h[:32].upper()}@{server}.namprd12.prod.outlook.com>"
    if client in ("gmail", "gmail-android"):
        b = base64.b64encode(bytes.fromhex(h[:54]), altchars=b"+_").decode().rstrip("=")
        return f"<CA{b[:2]}{b[2:34]}{b[34:]}@mail.gmail.com>"
    if client == "iphone":
        return f"<{uuid_of(key, upper=True)}@{domain}>"
    if client == "thunderbird":
        return f"<{uuid_of(key)}@{domain}>"
    if client == "freshdesk":
        return f"<{h[:13]}_{int(h[13:19], 16)}_{h[19:27]}@{domain.split('.')[0]}.freshdesk.com>"
    if client == "zendesk":
        return f"<{h[:10].upper()}_{h[10:23]}_{h[23:29]}_sprut@zendesk.com>"
    raise ValueError(client)


def boundary(key: str, n: int, client: str) -> str:
    h = digest("boundary", key, str(n))
    if client in ("outlook", "outlook-android", "autoreply", "meeting"):
        server = outlook_server(key)
        return f"_00{n}_{server}{h[:24].upper()}{server}namp_"
    if client == "outlook-mac":
        return f"B_{int(h[:8], 16)}_{int(h[8:16], 16)}"
    if client in ("gmail", "gmail-android"):
        return f"000000000000{h[:16]}"
    if client == "iphone":
        return f"Apple-Mail-{uuid_of(key + str(n), upper=True)}"
    if client == "thunderbird":
        return f"------------{base64.b64encode(bytes.fromhex(h[:36])).decode()[:24]}"
    return f"--==_mimepart_{h[:13]}_{int(h[13:17], 16)}"


CLIENT_HEADERS = {
    "outlook": [("Accept-Language", "en-US"), ("Content-Language", "en-US")],
    "autoreply": [
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "en-US"),
    ],
    "meeting": [
        ("Content-Language", "en-US"),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ],
    "outlook-mac": [("User-Agent", "Microsoft-MacOutlook/16.91.24111020")],
    "outlook-android": [("X-Mailer", "Outlook for Android")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
    ],
    "gmail": [],
    "gmail-android": [],
    "freshdesk": [("X-Mailer", "Freshdesk")],
    "zendesk": [("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "5c1f0a2")],
}


def thread_index(key: str) -> str:
    return base64.b64encode(bytes.fromhex(digest("thread", key)[:44])).decode()


def mail(
    key: str,
    *,
    client: str,
    sender: str,
    subject: str,
    sent: dt.datetime,
    text: str,
    html_body: str | None = None,
    to: str = DESK,
    cc: str | None = None,
    files: tuple = (),
    in_reply_to: str | None = None,
    references: str | None = None,
    calendar: str | None = None,
    extra: tuple = (),
) -> bytes:
    """One RFC 5322 message; files are (bytes, (maintype, subtype), filename)."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    m = EmailMessage(policy=policy.default)
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    if client in ("outlook", "outlook-mac", "outlook-android", "autoreply", "meeting"):
        topic = subject
        for prefix in ("RE: ", "FW: ", "Re: ", "Fwd: ", "Automatic reply: "):
            topic = topic.removeprefix(prefix)
        m["Thread-Topic"] = topic
        m["Thread-Index"] = thread_index(key)
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = message_id(key, client, domain)
    if references or in_reply_to:
        m["References"] = references or in_reply_to
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    for name, value in CLIENT_HEADERS[client]:
        m[name] = value
    if client in ("outlook", "autoreply", "meeting", "outlook-android"):
        m["X-MS-Has-Attach"] = "yes" if files else ""
        m["X-MS-TNEF-Correlator"] = ""
    for name, value in extra:
        m[name] = value
    if client == "thunderbird":
        m.set_content(flowed(text), params={"format": "flowed"}, cte="7bit")
    else:
        m.set_content(text)
    if html_body is not None:
        m.add_alternative(html_body, subtype="html")
    if calendar is not None:
        if html_body is None:
            m.make_alternative()
        m.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    for data, (main, sub), filename in files:
        m.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for n, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, n, client))
    if client == "iphone":
        del m["MIME-Version"]
        m["Mime-Version"] = "1.0 (1.0)"
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.default.clone(linesep="\n", max_line_length=100)).flatten(m)
    return buf.getvalue()


def desk_mid(key: str) -> str:
    """Message-ID of a message the desk (or another Larkspur mailbox) sent earlier."""
    h = digest("desk", key)
    return f"<{h[:16]}.{h[16:28]}@distributor.example>"


# ------------------------------------------------------------------ signatures and footers

KMC_FOOTER = """\
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use \
of the intended recipient(s) and may contain confidential and privileged information. Any \
unauthorized review, use, disclosure or distribution is prohibited. If you are not the \
intended recipient, please contact the sender by reply e-mail and destroy all copies of the \
original message. Keystone Mechanical Contractors, Inc. accepts no liability for errors or \
omissions in this message that arise as a result of e-mail transmission.
"""

KMC_ADDR = "2290 Paxton Church Rd | Harrisburg, PA 17110"
KMC_LIC = "PA HIC PA041187 | Licensed & insured since 1987"

RPH_FOOTER = """\
This e-mail and any files transmitted with it are confidential and intended solely for the \
use of the individual or entity to whom they are addressed. If you have received this e-mail \
in error please notify the sender and delete it. Riverbend Plumbing & Heating, LLC will never \
ask you to change payment instructions by e-mail.
"""

RPH_SIG_TAIL = """\
Riverbend Plumbing & Heating
417 Canal Street, Easton, PA 18042
Office 610-555-0139 | Fax 610-555-0140
PA HIC #PA118842 | NJ Master Plumber Lic. #36BI01188200
www.riverbendph.com"""

HPM_FOOTER = """\
Harbor Point Property Management, LLC | 1150 Lakeshore Pkwy, Suite 300 | Milwaukee, WI 53202
Bayview Apartments · Seaview Commons · Pier 9 Lofts · Harbor Point Townhomes
Residents: please submit work orders at portal.harborpointpm.com - this mailbox is not \
monitored for resident requests.

WIRE FRAUD ALERT: Harbor Point will never ask you to change payment or banking \
information by e-mail. Verify any such request by calling our office at 414-555-0170 before \
acting on it.

The information contained in this e-mail is confidential and may be legally privileged. It \
is intended solely for the addressee. Access to this e-mail by anyone else is unauthorized. \
Equal Housing Opportunity. Licensed real estate broker, State of Wisconsin, \
Lic. #937104-91.
"""

LUIS_SIG = """\
Luis Ortega
Director of Maintenance
Harbor Point Property Management
Office 414-555-0172 | Cell 414-555-0119
After-hours maintenance line 414-555-0100"""

SUMMIT_FOOTER = """\
Summit HVAC Services, Inc. | 1840 Industrial Pkwy, Lenexa, KS 66215
Main 913-555-0110 | Fax 913-555-0111 | 24/7 Emergency 913-555-0199
KS Mechanical Contractor Lic. #MC-2209 | MO Lic. #HV-40881 | BBB A+ since 2009
NOTICE: This message may contain confidential or proprietary information. If you received \
it in error, please notify the sender and delete it without copying or forwarding.
"""

DELGADO_SIG = """\
Rosa Delgado
Gerente de Oficina / Office Manager
Delgado & Sons Plumbing
7315 Telephone Rd · Houston, TX 77087
Tel (713) 555-0184 · Cel (832) 555-0126 · Fax (713) 555-0185
TSBPE Master Plumber Lic. M-38812 · RMP 40517
P.O. Box 26611, Houston, TX 77207"""

SIG_DASH = "-- "  # the usenet signature separator, with its trailing space

TERESA_SIG = """\
Teresa Vance
Returns Desk | Larkspur Supply Co.
3300 Distribution Way, Allentown, PA 18109
1-800-555-0135 ext. 3 | returns@distributor.example"""


# ------------------------------------------------------------------ pictures


def face(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONT_DIR / folder / f"{name}.ttf"), size)


def handwriting(
    img: Image.Image, xy: tuple[int, int], words: str, g, size: int = 38, ink=(30, 40, 120)
) -> None:
    """Pen writing: every word a little turned and lifted, in blue ink."""
    x, y = xy
    f = face("DejaVuSans-Oblique", size)
    for word in words.split(" "):
        box = f.getbbox(word)
        tile = Image.new("RGBA", (box[2] + 14, box[3] + 16), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((7, 6), word, font=f, fill=ink + (235,))
        tile = tile.rotate(float(g.uniform(-4, 4)), resample=Image.BICUBIC, expand=True)
        img.paste(tile, (x, y + int(g.integers(-4, 5))), tile)
        x += box[2] + int(size * 0.4) + int(g.integers(0, 6))


def lighting(w: int, h: int, g, strength: float) -> np.ndarray:
    """A soft uneven light falloff, as from a phone held over a desk."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * g.uniform(0.35, 0.65), h * g.uniform(0.3, 0.6)
    r = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    return 1.0 - strength * r**1.6


def jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def photo_carton_label() -> bytes:
    """q13: the foreman's phone photo of the crushed elbow carton and its label."""
    g = seeded("q13/photo")
    w, h = 1000, 750
    coarse = g.normal(0.0, 1.0, (h // 50 + 2, w // 50 + 2)).astype(np.float32)
    mottle = np.asarray(
        Image.fromarray(((coarse + 3) * 40).clip(0, 255).astype(np.uint8)).resize(
            (w, h), Image.BICUBIC
        ),
        dtype=np.float32,
    )
    board = np.zeros((h, w, 3), np.float32)
    for c, base in enumerate((176, 138, 92)):
        board[..., c] = base + (mottle - 120) * 0.18
    img = Image.fromarray(board.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    # the crushed corner: dark creases
    for _ in range(5):
        x0 = int(g.integers(20, 260))
        d.line([(x0, 0), (x0 + int(g.integers(80, 220)), 320)], fill=(110, 84, 52), width=4)
    d.line([(0, 600), (1000, 540)], fill=(140, 108, 70), width=3)
    label = Image.new("RGB", (620, 400), (246, 244, 238))
    ld = ImageDraw.Draw(label)
    ld.rectangle([0, 0, 619, 399], outline=(60, 60, 60), width=3)
    ld.text(
        (24, 18), "LARKSPUR SUPPLY CO.", font=face("LiberationSans-Bold", 34), fill=(20, 20, 20)
    )
    ld.text(
        (24, 62),
        "DC-EAST  Allentown PA",
        font=face("LiberationSans-Regular", 22),
        fill=(40, 40, 40),
    )
    ld.line([(24, 98), (596, 98)], fill=(30, 30, 30), width=2)
    ld.text(
        (24, 112), "ITEM: FTG-CU-E90-100", font=face("LiberationSans-Bold", 38), fill=(15, 15, 15)
    )
    ld.text(
        (24, 162),
        '1" WROT COPPER 90 ELL C x C',
        font=face("LiberationSans-Regular", 28),
        fill=(25, 25, 25),
    )
    ld.text((24, 206), "QTY: 25 EA", font=face("LiberationSans-Bold", 38), fill=(15, 15, 15))
    ld.text((330, 214), "LOT L2610", font=face("LiberationSans-Regular", 26), fill=(25, 25, 25))
    x = 30
    bars = g.integers(1, 5, 70)
    for i, bw in enumerate(bars):
        if i % 2 == 0:
            ld.rectangle([x, 270, x + int(bw) * 2, 350], fill=(10, 10, 10))
        x += int(bw) * 2 + 2
        if x > 580:
            break
    ld.text(
        (150, 356), "0 61234 50090 5", font=face("LiberationMono-Regular", 24), fill=(20, 20, 20)
    )
    label = label.rotate(-1.5, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = label.convert("L").point(lambda v: 255 if v > 8 else 0)
    img.paste(label, (250, 250), mask)
    arr = np.asarray(img, dtype=np.float32)
    arr *= lighting(w, h, g, 0.55)[..., None]
    arr += g.normal(0.0, 4.0, arr.shape)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB").filter(
        ImageFilter.GaussianBlur(0.7)
    )
    return jpeg(out, 62)


def photo_packing_list() -> bytes:
    """q17: the building super's photo of our packing list with his pen marks."""
    g = seeded("q17/photo")
    w, h = 1100, 1400
    sheet = Image.new("RGB", (1000, 1294), (250, 249, 244))
    d = ImageDraw.Draw(sheet)
    bold, reg, mono = (
        face("LiberationSans-Bold", 34),
        face("LiberationSans-Regular", 22),
        face("LiberationSans-Regular", 25),
    )
    d.text((60, 50), "LARKSPUR SUPPLY CO.", font=bold, fill=(15, 15, 15))
    d.text(
        (60, 94),
        "3300 Distribution Way, Allentown PA 18109  -  1-800-555-0135",
        font=reg,
        fill=(40, 40, 40),
    )
    d.text((640, 50), "PACKING LIST", font=face("LiberationSans-Bold", 36), fill=(15, 15, 15))
    d.line([(60, 136), (940, 136)], fill=(20, 20, 20), width=3)
    rows = [
        ("Order:", "SO-104246", "Ship date:", "11/16/2026"),
        ("Cust PO:", "PO-70296", "Ship via:", "LARKSPUR TRUCK"),
        ("Ship to:", "PIER 9 LOFTS", "Site:", "DC-EAST"),
    ]
    y = 160
    for a, b, c, e in rows:
        d.text((60, y), a, font=face("LiberationSans-Bold", 25), fill=(20, 20, 20))
        d.text((200, y), b, font=mono, fill=(20, 20, 20))
        d.text((540, y), c, font=face("LiberationSans-Bold", 25), fill=(20, 20, 20))
        d.text((690, y), e, font=mono, fill=(20, 20, 20))
        y += 44
    d.text((200, y), "900 WATER ST, MILWAUKEE WI 53202", font=mono, fill=(20, 20, 20))
    y += 70
    cols = [60, 300, 650, 735, 820]
    d.rectangle([60, y, 820, y + 48], fill=(225, 225, 225), outline=(30, 30, 30), width=2)
    for x, t in zip(cols, ["ITEM", "DESCRIPTION", "ORD", "SHIP"], strict=False):
        d.text((x + 10, y + 10), t, font=face("LiberationSans-Bold", 24), fill=(15, 15, 15))
    items = [
        ("HVC-REG-1006-W", "10X6 REGISTER WHITE", "40", "40"),
        ("VLV-0075-BV", "3/4 BALL VALVE SWT", "12", "12"),
    ]
    row_y = []
    for item in items:
        y += 48
        row_y.append(y)
        d.rectangle([60, y, 820, y + 60], outline=(30, 30, 30), width=2)
        for x, t in zip(cols, item, strict=False):
            d.text((x + 10, y + 16), t, font=mono, fill=(15, 15, 15))
        y += 12
    y += 110
    d.text(
        (60, y),
        "Cartons: 5     Weight: 61 lb     Picked by: 117   Checked by: DW",
        font=reg,
        fill=(30, 30, 30),
    )
    d.text(
        (60, y + 40),
        "Report shortages or damage to returns@distributor.example",
        font=reg,
        fill=(30, 30, 30),
    )
    d.text((60, y + 150), "Received by:", font=face("LiberationSans-Bold", 25), fill=(20, 20, 20))
    d.line([(230, y + 178), (640, y + 178)], fill=(30, 30, 30), width=2)
    handwriting(sheet, (832, row_y[0] + 6), "8 bent", g, size=34)
    handwriting(sheet, (832, row_y[1] + 6), "got 14", g, size=34)
    d.text((60, 1200), "Page 1 of 1", font=reg, fill=(60, 60, 60))
    d.text((640, 1200), "Thank you for your business.", font=reg, fill=(60, 60, 60))
    handwriting(sheet, (250, y + 128), "Y. Karim 11/18", g, size=42)
    sheet = sheet.rotate(
        float(g.uniform(1.2, 2.0)), resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0)
    )
    table = np.zeros((h, w, 3), np.float32) + np.array([92, 78, 66], np.float32)
    img = Image.fromarray(table.astype(np.uint8), "RGB")
    mask = sheet.convert("L").point(lambda v: 255 if v > 8 else 0)
    img.paste(sheet, (40, 40), mask)
    arr = np.asarray(img, dtype=np.float32)
    arr *= lighting(w, h, g, 0.35)[..., None]
    arr += g.normal(0.0, 3.0, arr.shape)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB").filter(
        ImageFilter.GaussianBlur(0.6)
    )
    return jpeg(out.resize((880, 1120), Image.LANCZOS), 58)


def scan_warranty_form() -> bytes:
    """q19: Delgado's bilingual warranty form, typed, signed, sent through the office
    scanner in black and white (200 dpi, 1 bit)."""
    g = seeded("q19/scan")
    img = Image.new("L", (1700, 2000), 255)
    d = ImageDraw.Draw(img)
    b = face("LiberationSans-Bold", 46)
    d.text((120, 100), "DELGADO & SONS PLUMBING", font=b, fill=0)
    d.text(
        (120, 160),
        "7315 Telephone Rd, Houston TX 77087  -  (713) 555-0184  -  Lic. M-38812",
        font=face("LiberationSans-Regular", 28),
        fill=0,
    )
    d.line([(120, 210), (1580, 210)], fill=0, width=4)
    d.text(
        (120, 240),
        "FORMA DE GARANTIA / WARRANTY CLAIM",
        font=face("LiberationSans-Bold", 50),
        fill=0,
    )
    label_f, value_f = face("LiberationSans-Bold", 34), face("LiberationSans-Regular", 36)
    fields = [
        ("Proveedor / Supplier:", "Larkspur Supply Co."),
        ("Orden de compra / PO:", "PO-40611"),
        ("Fecha / Date:", "11/18/2026"),
        ("Articulo / Item:", "WH-50G-NG"),
        ("Descripcion:", "50 gal gas water heater"),
        ("Cantidad / Qty:", "1"),
        ("Instalado / Installed:", "11/04/2025"),
        ("Serie / Serial:", "BT2541187603"),
    ]
    y = 350
    for label, value in fields:
        d.text((120, y), label, font=label_f, fill=0)
        d.text((620, y), value, font=value_f, fill=0)
        d.line([(610, y + 46), (1500, y + 46)], fill=0, width=2)
        y += 78
    y += 30
    d.text((120, y), "Motivo / Reason:", font=label_f, fill=0)
    d.text((620, y), "DEFECTIVE - tank leaking", font=value_f, fill=0)
    y += 90
    d.text((120, y), "Descripcion del problema / Problem:", font=label_f, fill=0)
    for i, line in enumerate(
        [
            "Water leaking from the bottom of the tank, under the",
            "burner. Tank is wet inside the combustion chamber.",
            "Fuga en el tanque. Cliente sin agua caliente.",
        ]
    ):
        d.text((120, y + 60 + i * 52), line, font=value_f, fill=0)
    y += 260
    d.text((120, y), "Direccion del trabajo / Job:", font=label_f, fill=0)
    d.text((620, y), "9206 Gessner Dr, Houston", font=value_f, fill=0)
    y += 110
    d.text((120, y), "Tecnico / Tech:", font=label_f, fill=0)
    rgb = img.convert("RGB")
    handwriting(rgb, (620, y - 10), "Ernesto D.", g, size=48, ink=(20, 20, 20))
    sig = [(1050 + i * 8, y + 20 + 18 * np.sin(i / 3.0 + g.uniform(0, 0.3))) for i in range(45)]
    ImageDraw.Draw(rgb).line(sig, fill=(10, 10, 10), width=4)
    img = rgb.convert("L").rotate(
        float(g.uniform(-0.6, 0.6)), resample=Image.BICUBIC, fillcolor=255
    )
    arr = np.asarray(img, dtype=np.float32) + g.normal(0.0, 22.0, (img.height, img.width))
    bw = Image.fromarray((arr > 150).astype(np.uint8) * 255, "L").convert("1", dither=Image.NONE)
    buf = io.BytesIO()
    bw.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ------------------------------------------------------------------ PDFs


class Paper(FPDF):
    """Letter paper in millimetres, core fonts only, a pinned creation date."""

    def __init__(self, made: str, font: str = "Helvetica") -> None:
        super().__init__("P", "mm", "Letter")
        self.font_face = font
        stamp = dt.datetime.strptime(made, "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC)
        self.set_creation_date(stamp)
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 18)
        self.add_page()

    def write_line(self, text: str, size: float = 10, style: str = "", h: float = 5.2) -> None:
        self.set_font(self.font_face, style, size)
        self.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    def grid(self, widths, rows, size: float = 9) -> None:
        for r, row in enumerate(rows):
            self.set_font(self.font_face, "B" if r == 0 else "", size)
            for w, cell in zip(widths, row, strict=True):
                if self.get_string_width(cell) > w - 1.5:
                    raise ValueError(f"{cell!r} does not fit in {w} mm")
                self.cell(w, 6.5, cell, border=1, fill=r == 0)
            self.ln(6.5)
        self.ln(3)

    def pdf_bytes(self) -> bytes:
        return bytes(self.output())


def pdf_riverbend_letter() -> bytes:
    """q25: Riverbend's estimator writes a formal letter about PO-24415."""
    p = Paper("2026-11-24 09:55", "Times")
    p.set_font("Helvetica", "B", 16)
    p.cell(0, 8, "RIVERBEND PLUMBING & HEATING", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 8.5)
    p.cell(
        0,
        4.5,
        "417 Canal Street, Easton, PA 18042  |  Office 610-555-0139  |  Fax 610-555-0140",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.cell(
        0,
        4.5,
        "PA HIC #PA118842  |  NJ Master Plumber Lic. #36BI01188200  |  EIN 82-3319047",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.set_line_width(0.5)
    p.line(22, p.get_y() + 2, 194, p.get_y() + 2)
    p.ln(9)
    p.write_line("November 24, 2026", 11)
    p.ln(4)
    p.write_line(
        "Larkspur Supply Co.\nAttn: Returns Desk\n3300 Distribution Way\nAllentown, PA 18109", 11
    )
    p.ln(4)
    p.write_line(
        "Re:  Your order SO-104222 / our PO-24415 - Northampton Fire Station No. 3", 11, "B"
    )
    p.ln(3)
    p.write_line("To whom it may concern:", 11)
    p.ln(2)
    p.write_line(
        "We write about two items of the above order, delivered to our shop on October 22, 2026.",
        11,
    )
    p.ln(2)
    p.write_line(
        '1.  Wrong item. Of the two cartons labeled 3" cast iron swing check valve, flanged '
        '(VLV-3100-CK), one contains a 3" flanged gate valve. We need the swing check valve '
        "that was ordered, quantity 1. The gate valve is unused and back in its carton for your "
        "driver.",
        11,
    )
    p.ln(2)
    p.write_line(
        "2.  Backflow assembly no longer needed. The township revised the fire service design "
        'on November 16 and now calls for a double check detector assembly instead of the 3" '
        "reduced pressure zone assembly (BFP-RPZ-300-SO), quantity 1. The RPZ is still crated "
        "and has never been installed. We ask that you accept it back for credit.",
        11,
    )
    p.ln(2)
    p.write_line(
        "Please contact me with RMA numbers or any questions. Thank you for your help.", 11
    )
    p.ln(8)
    p.write_line("Sincerely,", 11)
    p.ln(3)
    p.set_font("Times", "I", 18)
    p.cell(0, 9, "Tasha Greene", new_x="LMARGIN", new_y="NEXT")
    p.write_line(
        "Tasha Greene\nEstimator / Project Engineer\ntgreene@riverbendph.com  |  Direct 610-555-0146",
        10.5,
    )
    p.ln(6)
    p.write_line("cc: Mike O'Brien, Operations Manager; job file 26-031", 9, "I")
    return p.pdf_bytes()


def pdf_service_report() -> bytes:
    """q28: the outside plumber's service report on the Seaview heater."""
    p = Paper("2026-11-25 16:40")
    p.set_font("Helvetica", "B", 15)
    p.cell(110, 8, "BREW CITY PLUMBING & DRAIN")
    p.set_font("Helvetica", "B", 12)
    p.cell(0, 8, "SERVICE REPORT  #6619", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 8.5)
    p.cell(
        0,
        4.5,
        "2645 S Kinnickinnic Ave, Milwaukee WI 53207  |  414-555-0131  |  WI MP Lic. 221504",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.ln(5)
    p.set_fill_color(230, 230, 230)
    p.grid(
        [43, 43, 43, 43],
        [
            ["Customer", "Site", "Date of visit", "Technician"],
            ["Harbor Point PM", "Seaview Commons", "11/25/2026", "K. Wojcik #14"],
        ],
    )
    p.grid(
        [62, 50, 30, 30],
        [
            ["Equipment", "Model / Serial", "Installed", "Supplied by"],
            [
                "50 gal NG water heater, 40k BTU",
                "WH-50G-NG / BT2611090214",
                "11/13/2026",
                "Larkspur",
            ],
        ],
    )
    p.write_line("Complaint:", 10, "B")
    p.write_line(
        "No hot water in building C laundry. Heater installed 11/13 from owner-furnished stock.", 10
    )
    p.ln(2)
    p.write_line("Findings:", 10, "B")
    p.write_line(
        "Pilot lights and holds while the knob is depressed, drops out within 20-40 seconds of "
        "release. Thermocouple output 9 mV (spec min 20 mV); replaced thermocouple with new, "
        "same result. Gas valve does not hold pilot - internal magnet unit failed. Manifold "
        "pressure 3.5 in. w.c., venting and draft OK, gas supply 7.0 in. w.c.",
        10,
    )
    p.ln(2)
    p.write_line("Recommendation:", 10, "B")
    p.write_line(
        "Unit is defective from the factory (gas control). Replace heater or gas control under "
        "manufacturer warranty. Heater shut off and tagged OUT OF SERVICE. Other 2 heaters at "
        "the site (bldg A, bldg B) checked and operating normally.",
        10,
    )
    p.ln(4)
    p.grid(
        [80, 30, 30, 32],
        [
            ["Labor / material", "Qty", "Rate", "Amount"],
            ["Service call, diagnosis", "1.5 h", "128.00", "192.00"],
            ["Thermocouple 36in (no charge)", "1", "0.00", "0.00"],
        ],
    )
    p.write_line(
        "Total billed to Harbor Point PM WO 44871: $192.00    Tech signature: K. Wojcik", 9.5
    )
    return p.pdf_bytes()


def csv_price_check() -> bytes:
    table = """\
Invoice|Inv Date|Item|Description|Qty|Invoiced|Quoted|Quote #|Diff/ea|Ext diff
INV-88180|11/10/2026|VLV-1005-BV|1" brass ball valve FP|48|16.20|16.20|Q-26-1187|0.00|0.00
INV-88180|11/10/2026|FTG-CU-E90-100|1" wrot copper 90 CxC|250|2.90|2.65|Q-26-1187|0.25|62.50
INV-88180|11/10/2026|VLV-0750-PRV|3/4" PRV 25-75 psi|4|92.80|92.80|Q-26-1187|0.00|0.00
||||||||Total|62.50"""
    rows = [line.split("|") for line in table.split("\n")]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


# ================================================================== the requests


def q01() -> bytes:
    text = f"""\
Buenos días,

El jueves llegó su camión con el pedido de la factura INV-88112 y al descargar encontramos 2 \
tubos de cobre tipo L de 1" (los de 20 pies) doblados por la mitad, parece que les pusieron \
algo pesado encima en el camión. No se pueden usar. Los demás tubos, los codos y las válvulas \
reductoras llegaron bien.

Por favor nos mandan crédito o reposición de los 2 tubos.

---

Good morning,

Your truck delivered invoice INV-88112 on Thursday and when we unloaded we found 2 of the 1" \
type L copper tubes (the 20 ft lengths) bent in the middle, looks like something heavy was \
stacked on them in the truck. They can't be used. The rest of the tubes, the elbows and the \
pressure reducing valves arrived fine.

Please send us credit or a replacement for the 2 tubes.

Gracias / Thank you,

{DELGADO_SIG}

Enviado desde mi iPhone
"""
    return mail(
        "q01",
        client="iphone",
        sender=ROSA,
        subject="Tubos de cobre doblados / bent copper tubes - INV-88112",
        sent=when("2026-11-02 09:40", CST),
        text=text,
    )


Q02_DALE = """\
Karen
Larkspur truck (Estes) came at 2. Counted everything on PO 24460.
- 2" pvc tees: slip says 100, I count 80. 2 bags short (20)
- 3/4 ball valves: 30 there but 3 have cracked bodies, box was crushed on one corner
- copper 1" L: 10 lengths, one looks dinged on the end, will check monday
Pics on my phone if they want them.
Dale

Sent from my Verizon, Samsung Galaxy smartphone
"""

Q02_KAREN = f"""\
Good morning,

Forwarding Dale's notes from Saturday's delivery on our PO-24460. He recounted the tees \
yesterday after the guys cleaned out the van - the second bag turned up under the seat, so we \
are only missing ONE bag of the 2" PVC tees (10 pcs), not two. The 3 cracked ball valves are \
still bad, they are tagged and sitting in the shop.

So please:
- ship or credit 10 x 2" PVC Sch 40 tees
- replace or credit 3 x 3/4" ball valves (cracked bodies)

The copper is fine, ignore his note about the one length, it was only the end cap.

Thank you,
Karen

Karen Liu | Office Manager
{RPH_SIG_TAIL}

{RPH_FOOTER}"""


def q02() -> bytes:
    text = (
        Q02_KAREN
        + "\n"
        + outlook_block(DALE, when("2026-10-31 16:52", EST), KAREN, "Cedar Hollow delivery")
        + Q02_DALE
    )
    return mail(
        "q02",
        client="outlook",
        sender=KAREN,
        subject="FW: Cedar Hollow delivery - short/damaged (PO-24460)",
        sent=when("2026-11-03 10:20", EST),
        text=text,
        html_body=outlook_html(text),
    )


def q03() -> bytes:
    text = """\
Thank you for your message. I am out of the office Wednesday 11/4 through Friday 11/6 at the \
PHCC service managers' training in Hershey with limited access to e-mail, and will be back \
Monday 11/9.

For service emergencies please call dispatch at (717) 555-0150 (24/7).
For purchasing, deliveries, returns and the Linden St. material please contact Brenda \
Okafor, bokafor@keystonemech.com, (717) 555-0147.
For invoices, statements and credits: ap@keystonemech.com.

Tom Morales
Service Operations Manager
Keystone Mechanical Contractors
"""
    return mail(
        "q03",
        client="autoreply",
        sender=TOM,
        subject="Automatic reply: RMA-9003 received - SO-104226 credit to follow",
        sent=when("2026-11-04 07:02", EST),
        text=text,
        html_body=outlook_html(text),
        in_reply_to=desk_mid("q03-notice"),
    )


def q04() -> bytes:
    text = f"""\
Hello Larkspur Returns,

Our Linden Street crew received PO-77812 yesterday afternoon (R+L pro RL123456789, 6 pallets). \
Two of the 2" bronze gate valves, our part # KM-88213, arrived with the handwheels snapped off \
and the stems bent - that carton had a forklift puncture on the side. The other 38 are fine, \
and the copper elbows on the same truck were counted good.

Please credit or replace the 2 valves. The driver noted "1 ctn damaged" on the delivery \
receipt; a copy is on file with our receiving dept. if you need it.

When you reply, please keep [#30577] in the subject line so your answer reaches the whole \
purchasing team.

Kelsey Hart
Purchasing Coordinator | Keystone Mechanical Contractors
purchasing@keystonemech.com | (717) 555-0147 ext. 2

--
Ticket #30577 | Priority: Medium | Status: Open | Group: Purchasing
Requester: Walt Szymanski (Linden St, job 24-117)
Created: Thu, 5 Nov 2026 at 4:48 PM EST
Please do not remove the ticket number from the subject line. Replies to this address are \
added to the ticket automatically.

Keystone Mechanical Contractors, Inc. · {KMC_ADDR} · {KMC_LIC} · EIN 23-4418871

{KMC_FOOTER}"""
    return mail(
        "q04",
        client="freshdesk",
        sender=KMC_PURCHASING,
        subject="Damaged bronze gate valves - PO-77812 [#30577]",
        sent=when("2026-11-06 08:15", EST),
        text=text,
        extra=(("Reply-To", KMC_PURCHASING),),
    )


def q05() -> bytes:
    text = f"""\
Morning - on SO-104235 we got 44 of the 1-1/2" black unions (KM-40415), PO was for 40. The 4 \
extra are boxed up at the shop, your driver can grab them Thursday when he drops the Mill St \
order.

Tom

Tom Morales
Service Operations Manager
Keystone Mechanical Contractors
{KMC_ADDR}
Office (717) 555-0142 | Mobile (717) 555-0168 | Dispatch 24/7 (717) 555-0150
{KMC_LIC}

Sent from my iPhone

{KMC_FOOTER}
Keystone Mechanical Contractors is an equal opportunity employer. Please consider the \
environment before printing this e-mail.
"""
    return mail(
        "q05",
        client="iphone",
        sender=TOM,
        subject="SO-104235 extra unions",
        sent=when("2026-11-09 07:31", EST),
        text=text,
    )


Q06_RECEIPT = """\
WILL CALL PICKUP RECEIPT - Larkspur Supply Co. DC-SOUTH
Order: SO-104240    Customer PO: PO-40988
Picked up: 11/06/2026 2:35 PM by ERNESTO D. (DELGADO & SONS)
Vehicle: F-350 flatbed + trailer, TX plate DSP-4471

Ln  Item             Description                              Qty
1   PIP-BI-200-CTL   2" BLACK STL SCH40 CUT TO LENGTH (FT)    120
2   FTG-BI-U-150     1-1/2" BLACK MALL IRON UNION              12
3   VLV-1005-BV      1" BRASS BALL VALVE FP THD                10
Cut list: 6 @ 20'-0"  (cut-to-length material is not returnable)

Signature on file. Thank you for your business!
"""


def q06() -> bytes:
    new = """\
Hi,

Two problems with this pickup (our PO-40988):

1) The bag marked 1-1/2" black unions has 4 pieces that are 1-1/4", they don't fit. So 4 of \
the 12 are the wrong size - we need 4 of the 1-1/2" (FTG-BI-U-150). The other 8 are ok.

2) When your yard guy loaded the pipe bundle on our trailer the forklift pinched it, and one \
of the 20 ft cut pieces is kinked about 3 ft from the end. We didn't see it until we \
unloaded at our shop. That's 20 ft of the 2" black pipe damaged. I know it's cut to length, \
but it got damaged on your side.

Thanks,
Ernesto Delgado
Delgado & Sons Plumbing
(713) 555-0184 office | (832) 555-0191 cell
Lic. M-38812
"""
    text = (
        new + "\n" + gmail_attr(when("2026-11-06 14:41", CST), WILLCALL) + quote_lines(Q06_RECEIPT)
    )
    return mail(
        "q06",
        client="gmail",
        sender=ERNESTO,
        subject="Re: Will call pickup receipt SO-104240",
        sent=when("2026-11-10 11:05", CST),
        text=text,
        html_body=gmail_html(text),
        in_reply_to=desk_mid("q06-receipt"),
    )


Q07_BODY = f"""\
Good morning,

Yesterday's delivery to the Bayview Apartments shop on our PO-70231 came with 20 cases of the \
16x25x1 MERV 11 pleated filters. The PO and your packing list both say 24. So we are 4 cases \
short. The floor registers and the thermostats counted OK.

Please ship the 4 cases or credit them on the invoice.

Thank you,

{LUIS_SIG}

{HPM_FOOTER}"""


def q07() -> bytes:
    return mail(
        "q07",
        client="outlook",
        sender=LUIS,
        subject="Filters short - Bayview - PO-70231",
        sent=when("2026-11-10 13:50", CST),
        text=Q07_BODY,
        html_body=outlook_html(Q07_BODY),
    )


def q08() -> bytes:
    desk = f"""\
Hi Brenda,

Following up on your voicemail from this morning about ball valves for the Ridgeview job. So \
I can set this up, please answer the questions below:

1. Order or PO number?
[BO] SO-104226 - our PO-77790 (delivered 10/28)

2. Which item did you order, and what came instead?
[BO] We ordered the 1" full port ball valves, your VLV-1005-BV / our KM-88107. One of the \
boxes labeled 1" had 3/4" valves inside.

3. How many pieces are affected?
[BO] 6 - the whole box. The other 30 are correct.

4. Are they unused and in the original packaging?
[BO] Yes, still in the bags. You can take the 3/4" back when you bring the 1".

5. Do you need the valves by a certain date?
[BO] Before 11/18 if possible, that's when the Ridgeview boiler room gets piped.

Thanks,
{TERESA_SIG}
"""
    top = f"""\
Teresa - answers below marked [BO]. Thanks for the quick call back.

Brenda

Brenda Okafor
Buyer, Purchasing
Keystone Mechanical Contractors
{KMC_ADDR}
T (717) 555-0147 | F (717) 555-0149 | purchasing@keystonemech.com
{KMC_LIC}

"""
    text = (
        top
        + outlook_block(
            TERESA, when("2026-11-10 11:26", EST), BRENDA, "Ball valves - Ridgeview job"
        )
        + desk
        + "\n"
        + KMC_FOOTER
    )
    return mail(
        "q08",
        client="outlook",
        sender=BRENDA,
        subject="RE: Ball valves - Ridgeview job",
        sent=when("2026-11-11 09:12", EST),
        text=text,
        html_body=outlook_html(text, blue=("[BO]",)),
        in_reply_to=desk_mid("q08-questions"),
    )


def q09() -> bytes:
    text = f"""\
Hi Teresa,

We wrapped up the Central Dauphin Middle School boiler room and have 36 of the 1" full port \
ball valves left over from SO-104218 (our PO-77731). They were never installed and are still \
in the cartons of 6. We don't need them any more and would like to return them for credit - I \
understand there is a restocking fee.

Could you send me an RMA? Our driver can bring them to your counter any morning next week.

Thanks,
Gary

Gary Lindqvist, PMP
Project Manager
Keystone Mechanical Contractors
{KMC_ADDR}
D (717) 555-0153 | M (717) 555-0177 | F (717) 555-0149
{KMC_LIC}
Project 24-098 Central Dauphin MS Boiler Replacement - closeout 11/06/2026

From: Tom Morales <tmorales@keystonemech.com>
Date: Monday, November 9, 2026 at 8:02 AM
To: Gary Lindqvist <glindqvist@keystonemech.com>
Subject: Re: CDMS closeout - material left

Fine by me, send them back. Make sure the credit goes against the school job, not the \
service account.

From: Gary Lindqvist <glindqvist@keystonemech.com>
Date: Friday, November 6, 2026 at 3:47 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: CDMS closeout - material left

Tom - closeout walk is done. Left over from the Larkspur order: 1" ball valves, 6 cartons. \
The PEX couplings were all used. OK to send the valves back?

{KMC_FOOTER}"""
    return mail(
        "q09",
        client="outlook-mac",
        sender=GARY,
        subject="Return - leftover ball valves, Central Dauphin MS (SO-104218)",
        sent=when("2026-11-11 15:40", EST),
        text=text,
    )


def q10() -> bytes:
    chuy = """\
Rosa, los 2 tanques de expansión que quedaban del pedido de octubre (el de los calentadores \
eléctricos) no son de 2 galones, son de 4.5. La caja dice 2 gal pero adentro es otro tanque, \
no caben en el closet de la casa de Sagemont. Hay que pedir 2 de los de 2 galones. Los tengo \
en la troca.

Chuy
"""
    text = f"""\
Hello,

Below is a note from our plumber Jesús (Chuy) Ramírez, in Spanish. In short: from our order \
SO-104216 in October, the last 2 expansion tanks he had on the truck are not the 2 gallon \
tanks we ordered (WH-EXP-2G), they are 4.5 gallon tanks in 2 gallon boxes. He only found out \
this week when he went to install one at a house in Sagemont. We need 2 of the 2 gallon \
tanks, and you can pick up the two big ones.

Gracias,
Rosa

{DELGADO_SIG}

{gmail_forward(CHUY_GMAIL, when("2026-11-11 18:48", CST), "tanques", ROSA)}{chuy}"""
    return mail(
        "q10",
        client="gmail",
        sender=ROSA,
        subject="Fwd: tanques - SO-104216 wrong expansion tanks",
        sent=when("2026-11-12 10:30", CST),
        text=text,
        html_body=gmail_html(text),
    )


def q11() -> bytes:
    notice = """\
Your order has been delivered.

Order: SO-104238       Your PO: PO-60418
Shipment: SH-55140     Carrier: Larkspur truck
Delivered: 11/05/2026 2:58 PM     Signed by: RPATEL

Item               Description                                  Shipped
TST-7500-PRO       7-day programmable Wi-Fi thermostat               12
TST-2100-NP        Non-programmable digital thermostat, 24 V         20
HVC-FLT-1625-M11   16x25x1 MERV 11 pleated filter, case of 12        10

Questions about this delivery? Reply to this message or call 1-800-555-0135.
Please report damage or shortages promptly.
Larkspur Supply Co. | 3300 Distribution Way, Allentown, PA 18109
"""
    text = f"""\
Hi,

Finally got through the count on this one. We are short 3 of the non-programmable \
thermostats (17 in the boxes, 20 billed) and one case of the 16x25x1 MERV 11 filters (9 cases \
here, 10 billed). The Wi-Fi thermostats are all here, 12 of 12.

Please send the missing 3 stats + 1 case or credit them.

Thanks
Raj

Raj Patel | Purchasing & Inventory
Summit HVAC Services
Direct 913-555-0123 | Cell 913-555-0171
EPA 608 Universal #3481-772

{SUMMIT_FOOTER}
{outlook_block(NOREPLY, when("2026-11-05 15:14", CST), RAJ, "Delivered: SO-104238 / PO-60418")}\
{notice}"""
    return mail(
        "q11",
        client="outlook",
        sender=RAJ,
        subject="RE: Delivered: SO-104238 / PO-60418",
        sent=when("2026-11-12 14:05", CST),
        text=text,
        html_body=outlook_html(text),
        in_reply_to=desk_mid("q11-delivered"),
    )


def q12() -> bytes:
    text = f"""\
Hello again - resending my message below from Tuesday. I haven't received an \
acknowledgment, RMA or case number yet. We are still 4 cases of the MERV 11 filters short on \
PO-70231 and the Bayview filter change-out starts Monday.

Could someone confirm you received it?

Thanks,
Luis

{LUIS_SIG}

{outlook_block("Luis Ortega", when("2026-11-10 13:50", CST), "'returns@distributor.example'", "Filters short - Bayview - PO-70231")}\
{Q07_BODY}"""
    return mail(
        "q12",
        client="outlook",
        sender=LUIS,
        subject="FW: Filters short - Bayview - PO-70231 (2nd request)",
        sent=when("2026-11-13 08:05", CST),
        text=text,
        html_body=outlook_html(text),
    )


def q13() -> bytes:
    walt = """\
Brenda, opened the last box of 1" copper ells today, it was at the bottom under the pex coils. \
Box flattened and the ells are all egg shaped. Thats 25 no good. Pic attached.
Also we dont need the 3 pex coils that are left, job went with 1/2 for the branch runs. They \
can go back.
Walt

Sent from my iPhone
"""
    text = f"""\
Hi Teresa,

Two things on SO-104233 (our PO-77812), see Walt's note below and the photo.

1. A full box of the 1" copper 90s (your FTG-CU-E90-100, our KM-40112), 25 pcs, was crushed \
under the PEX coils on the truck. Walt only opened that box yesterday; the fittings are oval \
and can't be used. Please credit the 25.

2. Walt has 3 PEX coils left over. I checked with the PM and we are keeping one for the \
Hoover St job, so please set up a return for 2 coils of the 3/4" PEX-A (300 ft). They are \
unopened.

The gate valves from that delivery were handled under our ticket last week, nothing more \
needed there.

Thanks,
Brenda

Brenda Okafor
Buyer, Purchasing
Keystone Mechanical Contractors
{KMC_ADDR}
T (717) 555-0147 | F (717) 555-0149
{KMC_LIC}

{outlook_block(WALT, when("2026-11-12 18:14", EST), BRENDA, "Linden St - crushed elbows / extra PEX")}\
{walt}
{KMC_FOOTER}"""
    return mail(
        "q13",
        client="outlook",
        sender=BRENDA,
        subject="FW: Linden St - crushed elbows / extra PEX",
        sent=when("2026-11-13 13:20", EST),
        text=text,
        files=((photo_carton_label(), JPEG, "IMG_4471.jpg"),),
    )


def q14() -> bytes:
    text = """\
Hello, this is Carlos with Summit HVAC. I opened one of the condensate pumps from order \
SO-104244 on a job this morning and the reservoir is cracked and the float switch housing is \
broken off, the box has a hole punched in the side. So 1 pump damaged. The other 9 I have not \
opened yet. Please send a replacement or credit to Summit.

My work email isn't syncing on my phone since the update so I'm sending from my personal, \
Ingrid in our office can confirm.

Carlos Mendez
Service Technician, Summit HVAC Services
cell 913-555-0164
EPA 608 Universal Cert #1128-4471 | NATE ID 1190231
"""
    return mail(
        "q14",
        client="gmail-android",
        sender=CARLOS_GMAIL,
        cc=SUMMIT_DISPATCH,
        subject="damaged condensate pump SO-104244",
        sent=when("2026-11-16 07:10", CST),
        text=text,
        html_body=gmail_html(text),
    )


def q15() -> bytes:
    desk = f"""\
Hi Karen,

Thanks - we have opened two cases on SO-104230 (your PO-24460):
- SHORT: FTG-PVC-T-200, 10 pcs - the tees ship on Monday's truck
- DAMAGED: VLV-0075-BV, 3 pcs - replacements on the same truck; please give the cracked \
valves to our driver

{TERESA_SIG}
"""
    text = f"""\
Teresa - different order, same kind of problem. On SO-104243 (Birch Lane, delivered \
Thursday) we are short 6 of the 1" brass ball valves: the packing list says 48 and we have 42 \
(7 boxes of 6). The copper elbows and the PRVs are all there. Can you ship the 6 or credit \
us?

The Cedar Hollow items below are all taken care of, thank you for that.

Mike

Mike O'Brien
Operations Manager
Cell 484-555-0162 | Direct 610-555-0144
{RPH_SIG_TAIL}
NJ HIC #13VH09876500

{outlook_block(DESK, when("2026-11-03 14:30", EST), KAREN, "RE: FW: Cedar Hollow delivery - short/damaged (PO-24460)", cc=MIKE)}\
{desk}
{outlook_block(KAREN, when("2026-11-03 10:20", EST), DESK, "FW: Cedar Hollow delivery - short/damaged (PO-24460)")}\
{Q02_KAREN}"""
    return mail(
        "q15",
        client="outlook",
        sender=MIKE,
        cc=KAREN,
        subject="RE: FW: Cedar Hollow delivery - short/damaged (PO-24460) - NEW: SO-104243",
        sent=when("2026-11-16 11:45", EST),
        text=text,
        in_reply_to=desk_mid("q15-desk"),
    )


def q16() -> bytes:
    desk = f"""\
Hi Karen,

Thanks - we have opened two cases on SO-104230 (your PO-24460):
- SHORT: FTG-PVC-T-200, 10 pcs - the tees ship on Monday's truck
- DAMAGED: VLV-0075-BV, 3 pcs - replacements on the same truck; please give the cracked \
valves to our driver

{TERESA_SIG}
"""
    text = f"""\
Hi Teresa,

The 10 tees and the 3 replacement ball valves came on last Monday's truck - all good, and Dale \
sent the 3 cracked ones back with your driver. You can close both of these out on our end. \
Thank you for the quick turnaround!

(Mike's note about the Birch Lane ball valves is a different order - he is following up on \
that one himself.)

Karen

Karen Liu | Office Manager
{RPH_SIG_TAIL}

{RPH_FOOTER}
{outlook_block(DESK, when("2026-11-03 14:30", EST), KAREN, "RE: FW: Cedar Hollow delivery - short/damaged (PO-24460)", cc=MIKE)}\
{desk}"""
    return mail(
        "q16",
        client="outlook",
        sender=KAREN,
        subject="RE: FW: Cedar Hollow delivery - short/damaged (PO-24460)",
        sent=when("2026-11-17 10:05", EST),
        text=text,
        in_reply_to=desk_mid("q15-desk"),
    )


def q17() -> bytes:
    text = """\
Hello Larkspur,

Delivery Monday to Pier 9 Lofts on PO-70296. When we opened the register cartons today, 8 of \
the 10x6 white floor registers are bent - faces crushed, dampers jammed. The bottom carton \
got wet on the truck and collapsed. We also got 14 of the 3/4" ball valves, the PO is for 12, \
so 2 extra you can take back.

Photo of the packing list with my count attached.

Yusuf Karim
Building Superintendent - Pier 9 Lofts
Harbor Point Property Management
900 Water St, Milwaukee WI 53202
Office 414-555-0188 | Cell 414-555-0121
Resident emergencies 414-555-0100

Sent from my iPhone
"""
    return mail(
        "q17",
        client="iphone",
        sender=YUSUF,
        subject="Pier 9 delivery PO-70296 - bent registers + extra valves",
        sent=when("2026-11-18 16:20", CST),
        text=text,
        files=((photo_packing_list(), JPEG, "IMG_0932.jpeg"),),
    )


def q18() -> bytes:
    text = f"""\
Hello,

Regarding your invoice INV-88184 (our PO-60455) - our warehouse finished checking in the rest \
of that shipment yesterday:

- 2 of the non-programmable thermostats (TST-2100-NP) have cracked display covers, the inner \
carton was crushed. Please credit or replace them.
- We received 22 cases of the MERV 11 filters and were billed for 20. The 2 extra cases are \
on our dock for pickup.

Carlos already wrote to you on Monday from his personal e-mail about a condensate pump from \
the same shipment - that one is separate, please keep it as he sent it.

Best regards,

Ingrid Solberg
Service Manager
Summit HVAC Services
Direct 913-555-0127 | Cell 913-555-0175 | Dispatch 913-555-0110 opt. 2
NATE Certified Senior Technician #2201187 | EPA 608 Universal #1109-3320
"We keep Kansas City comfortable since 1998"

Now booking fall furnace tune-ups: $89 per system, 21-point inspection. Call 913-555-0110.
We're hiring! Licensed HVAC techs and installers - summithvac.net/careers

{SUMMIT_FOOTER}"""
    return mail(
        "q18",
        client="outlook",
        sender=INGRID,
        subject="Invoice INV-88184 - damaged thermostats / extra filters",
        sent=when("2026-11-19 09:30", CST),
        text=text,
        html_body=outlook_html(text),
    )


def q19() -> bytes:
    text = f"""\
Hola,

Adjunto la forma de garantía del calentador de gas de 50 galones de nuestra orden de compra \
PO-40611 (del año pasado). El tanque tiene fuga por abajo, el cliente está sin agua caliente.

Attached is our warranty form for the 50 gallon gas water heater from our PO-40611 (last \
year). The tank is leaking at the bottom, 1 heater. It is disconnected at the house and we \
can bring it to your counter. Please let us know if the manufacturer needs anything else.

Gracias,

{DELGADO_SIG}
"""
    return mail(
        "q19",
        client="gmail",
        sender=ROSA,
        subject="Garantía calentador / Warranty claim water heater PO-40611",
        sent=when("2026-11-19 11:10", CST),
        text=text,
        html_body=gmail_html(text),
        files=((scan_warranty_form(), PNG, "garantia_PO-40611.png"),),
    )


def q20() -> bytes:
    text = """\
##- Please type your reply above this line -##

Your request (20931) has been updated. To add additional comments, reply to this email.

Bree Hollis (Summit HVAC Dispatch)
Nov 20, 2026, 10:00 CST

Hi Larkspur team,

Our van stock replenishment on PO 60493 came in short on one item and over on another:

- HVC-FLT-1625-M11  16x25x1 MERV 11 filters: 2 cases short
- TST-2100-NP  non-programmable thermostats, 24 V: 3 extra

The 3 extra thermostats are set aside at the Lenexa shop for your driver. Please advise \
on the filters.

Bree Hollis
Dispatch Coordinator | Summit HVAC Services

----------------------------------------------

Andre Fuller (Summit HVAC Dispatch)
Nov 19, 2026, 16:42 CST

Bree can you send this to Larkspur? Van restock PO 60493 - filters 8 cases not 10, stats 15 \
not 12. Stats are on the shelf by the cage.

----------------------------------------------

This email is a service from Summit HVAC Dispatch.
Ticket #20931 | Status: Pending | Priority: Normal | Assignee: Bree Hollis
[8R1KQ7-Y2V3]
"""
    return mail(
        "q20",
        client="zendesk",
        sender=SUMMIT_DISPATCH,
        subject="[Summit Dispatch] Re: Receiving discrepancy - PO 60493 (Ticket #20931)",
        sent=when("2026-11-20 10:00", CST),
        text=text,
        extra=(("Reply-To", "Summit HVAC Dispatch <dispatch+id20931@summithvac.net>"),),
    )


def q21() -> bytes:
    ack = """\
Hi Mike, thank you for your order. Please review the acknowledgement below and let me know \
of any changes.

Order SO-104247    PO-24561    Ordered 11/16/2026    Ship via: Best way
Ln  Item           Description                            Qty    Unit       Ext
1   VLV-3100-CK    3" CI swing check valve, flanged          3   198.00    594.00
2   FTG-BI-U-150   1-1/2" black malleable iron union        20     9.90    198.00
                                                      Subtotal          792.00
Estimated ship date: 11/23/2026

Jolene Price
Inside Sales | Larkspur Supply Co.
Direct 610-555-0157 | jprice@distributor.example
"""
    text = f"""\
Jolene,

The 3" check valves for this order showed up at the Maple Ave job today - one of the three is \
a wafer-style check, not the flanged swing check we ordered (VLV-3100-CK). The other two are \
right. Can you swap the one? The wafer can go back on the same truck. I copied your returns \
desk like you asked last time.

Unions are not here yet, I assume they are still coming.

Mike

Mike O'Brien
Operations Manager
Cell 484-555-0162 | Direct 610-555-0144
{RPH_SIG_TAIL}

{outlook_block(JOLENE, when("2026-11-16 15:40", EST), MIKE, "Order Acknowledgement SO-104247 / PO-24561")}\
{ack}"""
    return mail(
        "q21",
        client="outlook",
        sender=MIKE,
        to=JOLENE,
        cc=DESK,
        subject="RE: Order Acknowledgement SO-104247 / PO-24561",
        sent=when("2026-11-20 14:15", EST),
        text=text,
        in_reply_to=desk_mid("q21-ack"),
    )


def q22() -> bytes:
    text = f"""\
Hello,

Delgado & Sons re-piped the Seaview Commons boiler room for us in October using material \
from your order SO-104216 (their order, not ours). One of the 3/4" brass ball valves on the \
make-up water line will not close all the way - it passes water in the closed position, so we \
cannot isolate the PRV. It's 1 valve.

Rosa Delgado asked me to contact you directly since our maintenance team has the valve now. \
Please let me know how you would like it returned; we can swap it ourselves if you send a new \
one to our shop.

Luis

{LUIS_SIG}

{HPM_FOOTER}"""
    return mail(
        "q22",
        client="outlook",
        sender=LUIS,
        subject="Defective ball valve - Seaview boiler room (Delgado order SO-104216)",
        sent=when("2026-11-23 09:00", CST),
        text=text,
        html_body=outlook_html(text),
    )


def q23() -> bytes:
    tom = """\
Dana - one of the condensate pumps from the Larkspur order with the check valves (PO-77830) \
is DOA on the Elm Terrace job. Motor hums, float trips, nothing moves. Can you add it to \
whatever you're sending them on that invoice? Just the 1, the other 7 are installed and fine.
Tom
"""
    text = f"""\
Good afternoon,

Two items on your invoice INV-88133 (SO-104235, our PO-77830):

1. Price: the condensate removal pumps (HVC-CND-PUMP) were invoiced at $64.90 each; our PO \
has them at $61.50. 8 pumps x $3.40 = $27.20. Please issue a credit memo for the difference. \
We have paid the invoice less $27.20.

2. Tom Morales' crew reports that one of these 8 pumps has failed - the motor runs but does \
not pump, and the safety switch trips (his note is below). Please advise how to return it for \
credit or replacement.

Thank you,

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
{KMC_ADDR}
T (717) 555-0142 x 4 | F (717) 555-0149 | ap@keystonemech.com
Remit to: P.O. Box 60912, Harrisburg, PA 17106-0912
Please reference our PO number on all invoices. Invoices without a valid PO number will be \
returned unpaid.

I will be out of the office Thursday 11/26 and Friday 11/27 for the Thanksgiving holiday. \
Payments scheduled for those days will be released on Monday 11/30.

{outlook_block(TOM, when("2026-11-20 16:55", EST), DANA, "pump")}\
{tom}
{KMC_FOOTER}"""
    return mail(
        "q23",
        client="outlook",
        sender=DANA,
        subject="INV-88133 - price variance on condensate pumps + 1 defective",
        sent=when("2026-11-23 13:30", EST),
        text=text,
        html_body=outlook_html(text),
    )


def q24() -> bytes:
    ticket = """\
Service call #77185 - CLOSED
Customer: Hendricks, Paula - 11420 W 92nd Terr, Overland Park KS 66214
Tech: D. Nguyen (#31)
Complaint: thermostat loses its schedule, shows "offline" in the app
Work performed: Replaced thermostat under warranty. Old unit bagged and returned to shop. \
Failed unit firmware 4.2.17. Reset breaker, verified heat and cool, 72F setpoint held for 20 \
min.
Parts: 1 thermostat 7-day Wi-Fi (van stock), 2 wire nuts
Labor: 1.0 hr
Invoice to customer: $0.00 (warranty)
"""
    text = f"""\
See below - one of the Wi-Fi thermostats from SO-104238 is defective, it won't hold the \
schedule and drops off Wi-Fi every few minutes. Dan swapped it out yesterday. UPC on the box \
084512075004. Just the one. How do we send it back?

Raj

Sent from my iPhone

{apple_forward("Summit Service <service@summithvac.net>", when("2026-11-23 17:41", CST), RAJ, "Service call 77185 - thermostat", "CST")}\
{ticket}"""
    return mail(
        "q24",
        client="iphone",
        sender=RAJ,
        subject="Fwd: Service call 77185 - thermostat",
        sent=when("2026-11-24 08:05", CST),
        text=text,
    )


def q25() -> bytes:
    text = f"""\
Good morning,

Please see the attached letter about two items on our PO-24415 (Northampton Fire Station \
No. 3). Mike O'Brien is copied. I am in the field most of this week; my cell is the best way \
to reach me.

Thank you,

Tasha Greene
Estimator / Project Engineer
Direct 610-555-0146 | Cell 484-555-0183
{RPH_SIG_TAIL}

Upcoming: office closed Thursday 11/26 and Friday 11/27. Emergency service 610-555-0190.

{RPH_FOOTER}"""
    return mail(
        "q25",
        client="outlook",
        sender=TASHA,
        cc=MIKE,
        subject="PO-24415 - check valve / RPZ (letter attached)",
        sent=when("2026-11-24 10:40", EST),
        text=text,
        files=((pdf_riverbend_letter(), PDF, "Riverbend_PO-24415_Larkspur_2026-11-24.pdf"),),
    )


def q26() -> bytes:
    original = """\
Mike the 3 inch check on the booster discharge is leaking by. Pulled it. Its from the Larkspur \
order in october (SO-104214). What do you want me to do
"""
    auto = """\
I am out of the office until Monday, November 30 with limited access to e-mail. For job site \
issues please contact Karen Liu at office@riverbendph.com or 610-555-0139. For returns and \
warranty on Larkspur material, e-mail returns@distributor.example directly with the order \
number.
"""
    text = f"""\
Hi, Mike is out till Monday (see below) so I'm sending this direct.

One of the 3" flanged check valves from SO-104214 leaks by - it was installed on the Mill \
Creek booster pump discharge, the clapper doesn't seat and the line drains back every time \
the pump stops. It's out of the line and tagged. 1 valve. Need a replacement or credit.

Dale Fitzgerald
Foreman, Riverbend Plumbing & Heating
484-555-0158

Get Outlook for Android

{outlook_block(MIKE, when("2026-11-24 16:01", EST), DALE, "Automatic reply: mill creek check valve")}\
{auto}
{outlook_block(DALE, when("2026-11-24 16:01", EST), MIKE, "mill creek check valve")}\
{original}"""
    return mail(
        "q26",
        client="outlook-android",
        sender=DALE,
        cc=MIKE,
        subject="FW: Automatic reply: mill creek check valve",
        sent=when("2026-11-25 07:45", EST),
        text=text,
    )


def q27() -> bytes:
    statement = """\
Dear Customer,

Please find your statement of account below. Payment is due net 30 from the invoice date. If \
your records differ, reply to this message and note the invoice in question.

Keystone Mechanical Contractors - account 40117 - statement date 11/20/2026

Invoice     Date        Your PO     Amount      Balance    Days
INV-88098   10/26/2026  PO-77790    3,429.20    3,429.20     25
[DR] Short-paying this one by $138.00 - the 1" type L copper (PIP-CU-L-100-20) was billed at \
$76.40 per length, our PO-77790 price is $71.80. 30 lengths x $4.60 = $138.00. Please issue a \
credit memo; the rest ($3,291.20) goes out with the 12/04 check run.
INV-88120   11/02/2026  PO-77812    2,798.50    2,798.50     18
[DR] OK to pay 12/04.
INV-88121   11/03/2026  PO-77812    2,080.80    2,080.80     17
[DR] OK to pay 12/04.
INV-88133   11/04/2026  PO-77830    2,641.20    2,641.20     16
[DR] The $27.20 on the condensate pumps is already with your returns desk (my e-mail of \
11/23); paying this one less that amount.
                                   Total due   10,949.70

Remit to: Larkspur Supply Co., P.O. Box 4410, Allentown, PA 18105-4410
ACH: see your customer portal. We never change bank details by e-mail.

Marcus Bell
Credit & Collections | Larkspur Supply Co.
610-555-0161 | ar@distributor.example
"""
    text = f"""\
Marcus,

My notes are inline below, marked [DR]. I copied your returns desk for the copper credit.

Thanks,

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
{KMC_ADDR}
T (717) 555-0142 x 4 | F (717) 555-0149 | ap@keystonemech.com
Remit to: P.O. Box 60912, Harrisburg, PA 17106-0912

{outlook_block(AR_DESK, when("2026-11-20 07:30", EST), DANA, "Statement of Account - Keystone Mechanical Contractors - acct 40117")}\
{statement}
{KMC_FOOTER}"""
    return mail(
        "q27",
        client="outlook",
        sender=DANA,
        to=AR_DESK,
        cc=DESK,
        subject="RE: Statement of Account - Keystone Mechanical Contractors - acct 40117",
        sent=when("2026-11-25 10:10", EST),
        text=text,
        html_body=outlook_html(text, blue=("[DR]",)),
        in_reply_to=desk_mid("q27-statement"),
    )


def q28() -> bytes:
    text = f"""\
Good morning Teresa,

I hope you had a good Thanksgiving - sorry to start the day after with a problem.

One of the three 50 gallon gas water heaters from your order SO-104241 (our PO-70288) has \
failed at Seaview Commons, building C laundry. It was installed on 11/13 and the pilot will \
not stay lit. Our plumber (Brew City Plumbing) replaced the thermocouple and says the gas \
control itself is bad - his service report is attached. 1 heater. We need a replacement or a \
credit, whichever is faster. The heaters in buildings A and B are running fine.

Site access for the pickup:
When: Monday-Friday, 8:00 AM - 3:30 PM
Where: Seaview Commons, 2210 S Shore Dr, Milwaukee WI 53207 - Building C, lower level laundry
Contact: Marco (maintenance tech) 414-555-0114; gate code at the leasing office

Thank you,

Deborah Anand
Regional Property Manager
Harbor Point Property Management
Office 414-555-0176 | Cell 414-555-0128

{HPM_FOOTER}"""
    return mail(
        "q28",
        client="outlook",
        sender=DEBORAH,
        cc=LUIS,
        subject="Seaview Commons - new gas water heater failed (SO-104241)",
        sent=when("2026-11-27 09:20", CST),
        text=text,
        files=((pdf_service_report(), PDF, "BrewCity_ServiceReport_6619.pdf"),),
    )


def q29() -> bytes:
    raj = """\
If we buy 40 and send 12 back: 12 x 132.00 = 1,584.00, less 15% restocking = 237.60 we eat. \
Or we buy 28 now and 12 later at whatever the price is then. Your call - can you ask Larkspur \
what their policy is before we commit?
Raj
"""
    text = f"""\
Hi,

A question before we place an order. We are bidding the Prairie Village school district \
thermostat retrofit and would order 40 of the 7-day Wi-Fi thermostats (TST-7500-PRO) in \
January. The district may cut the scope to 28 units after the pilot building. If that \
happens, could we return the 12 unopened units, and what would the restocking fee be? Raj's \
math is below - is 15% right for our account?

We had one defective unit from SO-104238 this month that you handled without any trouble, \
so we would like to stay with this model.

Thanks,
Ingrid

Ingrid Solberg
Service Manager
Summit HVAC Services
Direct 913-555-0127 | Cell 913-555-0175

{SUMMIT_FOOTER}
{outlook_block(RAJ, when("2026-11-25 16:12", CST), INGRID, "RE: PV schools stats")}\
{raj}"""
    return mail(
        "q29",
        client="outlook",
        sender=INGRID,
        subject="Question before ordering - Wi-Fi thermostats, returns of unopened units",
        sent=when("2026-11-27 11:00", CST),
        text=text,
    )


def q30() -> bytes:
    text = f"""\
Hi Teresa,

Two of the 1-1/4" thermostatic mixing valves we bought last fall on PO-76115 have failed at \
the Riverside Towers domestic hot water plant. Both are hunting +/- 15 degrees and won't hold \
the 120F setpoint; we cleaned the check/strainer screens and the cartridges, no change. They \
were installed in November 2025. Can we send them back under warranty? 2 valves.

Riverside's service agreement (contract RT-2025-14) gives us 48 hours to restore tempered \
water, so we have already put in two new valves from our stock.

Tom

Tom Morales
Service Operations Manager
Keystone Mechanical Contractors
{KMC_ADDR}
Office (717) 555-0142 | Mobile (717) 555-0168 | Dispatch 24/7 (717) 555-0150
{KMC_LIC}

{KMC_FOOTER}"""
    return mail(
        "q30",
        client="outlook",
        sender=TOM,
        subject="Failed mixing valves - PO-76115 - warranty?",
        sent=when("2026-11-30 08:40", EST),
        text=text,
    )


def q31() -> bytes:
    desk = f"""\
Hi Luis,

Sorry for the delay - your first message did reach us on Tuesday and the shortage case is \
open (recount at DC-EAST). The 4 cases of filters go out on Monday's truck. No need to resend; \
I've put your second message with the same case.

{TERESA_SIG}
"""
    text = f"""\
Teresa,

Thanks again for sorting out the filters - the 4 cases came in on the 16th.

New request on the same order (SO-104239): we have 4 of the non-programmable thermostats \
(TST-2100-NP) left over that we no longer need. The owners approved Wi-Fi thermostats for the \
remaining Bayview units, so these won't be installed. They are still sealed. Can we return \
them for credit?

Luis

{LUIS_SIG}

{HPM_FOOTER}
{outlook_block(DESK, when("2026-11-13 11:02", CST), LUIS, "RE: FW: Filters short - Bayview - PO-70231 (2nd request)")}\
{desk}"""
    return mail(
        "q31",
        client="outlook",
        sender=LUIS,
        subject="RE: FW: Filters short - Bayview - PO-70231 (2nd request)",
        sent=when("2026-11-30 10:15", CST),
        text=text,
        html_body=outlook_html(text),
        in_reply_to=desk_mid("q31-desk"),
    )


def q32() -> bytes:
    text = f"""\
Hello,

Please see the attached price check for INV-88180 (SO-104243, our PO-24530). We were quoted \
$2.65 each for the 1" wrot copper 90s on quote Q-26-1187 (Jolene Price, 11/05/2026), but the \
invoice bills 250 @ $2.90. Difference $0.25 x 250 = $62.50. Please send a credit memo for \
$62.50 and we will release the invoice for payment. The ball valves and PRVs match the quote.

Regards,

Pat Sullivan
Bookkeeper
AP direct 610-555-0148
{RPH_SIG_TAIL}
W-9 on file | EIN 82-3319047

{RPH_FOOTER}"""
    return mail(
        "q32",
        client="outlook",
        sender=PAT,
        subject="Price discrepancy INV-88180 - 1in copper 90s",
        sent=when("2026-11-30 14:30", EST),
        text=text,
        files=((csv_price_check(), CSV, "INV-88180_price_check.csv"),),
    )


def q33() -> bytes:
    desk = f"""\
Hola Rosa,

Credit memo CM-26-7720 for $148.40 has been issued against INV-88112 (SO-104231) for the 2 \
lengths of 1" type L copper (PIP-CU-L-100-20) that were bent in delivery. Our driver \
collected the bent tubes on 11/20.

{TERESA_SIG}
"""
    text = f"""\
Gracias Teresa, ya vimos el crédito CM-26-7720 en la cuenta. Todo bien, no necesitamos nada \
más de este caso.

Thank you Teresa, we see credit memo CM-26-7720 on our account. All good, we don't need \
anything else on this one.

Que tengan buena semana,

{DELGADO_SIG}

{gmail_attr(when("2026-11-30 15:22", EST), TERESA)}{quote_lines(desk)}"""
    return mail(
        "q33",
        client="gmail",
        sender=ROSA,
        subject="Re: Credit memo CM-26-7720 - INV-88112",
        sent=when("2026-12-01 09:00", CST),
        text=text,
        html_body=gmail_html(text),
        in_reply_to=desk_mid("q33-credit"),
    )


Q34_AGENDA = """\
When: Thursday, December 10, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Teresa and Jolene,

Setting up our Q4 vendor review. Agenda below - feel free to add items.

Agenda
1. Open items from November
   - Seaview heater (SO-104241) - status of the warranty replacement Deborah asked for on 11/27
   - Seaview ball valve on Delgado's order - Luis' note of 11/23
   - Bayview filters PO-70231 - received 11/16, closed
2. Credits applied year to date and the December statement
3. 2027 pricing: MERV 11 filters, thermostats, floor registers
4. Delivery windows at Pier 9 Lofts (freight elevator 7-9 AM only)

Grace Kim
Accounts Payable | Harbor Point Property Management
414-555-0170 ext. 12

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 248 551 903 117
Passcode: Hp7kQ2
Dial in by phone
+1 414-555-0199,,538211047# United States, Milwaukee
Phone Conference ID: 538 211 047#
________________________________________________________________________________
"""


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    out, rest = [], line
    while len(rest.encode("utf-8")) > 74:
        out.append(rest[:74])
        rest = " " + rest[74:]
    out.append(rest)
    return "\r\n".join(out)


def q34_calendar() -> str:
    uid = digest("q34", "uid")[:40].upper()
    lines = [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:Central Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0600",
        "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Grace Kim:mailto:payables@harborpointpm.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Larkspur Supply "
        "Returns:mailto:returns@distributor.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jolene Price:"
        "mailto:jprice@distributor.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Deborah Anand:"
        "mailto:danand@harborpointpm.com",
        "DESCRIPTION;LANGUAGE=en-US:" + ics_escape(Q34_AGENDA.split("\n\n", 1)[1]),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Harbor Point / Larkspur - Q4 vendor review",
        "DTSTART;TZID=Central Standard Time:20261210T100000",
        "DTEND;TZID=Central Standard Time:20261210T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261201T210000Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(ics_fold(x) for x in lines) + "\r\n"


def q34() -> bytes:
    return mail(
        "q34",
        client="meeting",
        sender=GRACE,
        to=f"{DESK}, {JOLENE}",
        cc=DEBORAH,
        subject="Harbor Point / Larkspur - Q4 vendor review",
        sent=when("2026-12-01 15:00", CST),
        text=Q34_AGENDA,
        calendar=q34_calendar(),
    )


def q35() -> bytes:
    desk = """\
Hi Mike,

Got your voicemail about returning leftover material from Birch Lane (SO-104243). Before I \
set up the RMA, can you confirm by e-mail:
- which items and how many
- that they are unused and in the original boxes

The return window on your account is 60 days from delivery, with a 10% restocking fee.

Thanks,
Teresa
"""
    text = f"""\
{tbird_attr(when("2026-12-01 16:12", EST), "Larkspur Supply Returns")}{quote_lines(desk)}
Confirmed:
- 2 of the 3/4" pressure reducing valves (25-75 psi), VLV-0750-PRV
- 6 of the 1" full port ball valves, VLV-1005-BV (the 6 that were short came in on the 19th, \
and by then we had bought some locally, so we ended up with extras)

All unused, in the original boxes. The 10% fee is fine.

Mike

{SIG_DASH}
Mike O'Brien
Operations Manager | Riverbend Plumbing & Heating
Cell 484-555-0162 | Office 610-555-0139
417 Canal Street, Easton, PA 18042
"""
    return mail(
        "q35",
        client="thunderbird",
        sender=MIKE,
        subject="Re: Birch Lane leftovers - SO-104243",
        sent=when("2026-12-02 09:50", EST),
        text=text,
        in_reply_to=desk_mid("q35-question"),
    )


def q36() -> bytes:
    text = f"""\
Hello Larkspur Returns,

Ticket #30577 "Damaged bronze gate valves - PO-77812" has been marked Resolved by Kelsey \
Hart.

Resolution note:
Damaged valves (2) picked up by R+L on 11/12. Credit memo CM-26-7702 for $117.80 received and \
matched to INV-88120. No further action needed.

If you believe this ticket has not been resolved, reply to this e-mail within 7 days and it \
will be reopened automatically.

--- Conversation history ---

Larkspur Supply Returns - Fri, 6 Nov 2026 at 10:02 AM
Hi Kelsey, case opened for 2 x VLV-2210-BR (your KM-88213) damaged on SO-104233 / PO-77812. \
A provisional credit has been issued and R+L will pick up the damaged valves. Teresa

Kelsey Hart - Fri, 6 Nov 2026 at 8:15 AM
Our Linden Street crew received PO-77812 yesterday afternoon (R+L pro RL123456789, 6 \
pallets). Two of the 2" bronze gate valves, our part # KM-88213, arrived with the handwheels \
snapped off and the stems bent - that carton had a forklift puncture on the side. The other \
38 are fine, and the copper elbows on the same truck were counted good. Please credit or \
replace the 2 valves.

--
Ticket #30577 | Priority: Medium | Status: Resolved | Group: Purchasing
Keystone Mechanical Contractors, Inc. · {KMC_ADDR} · {KMC_LIC}
"""
    return mail(
        "q36",
        client="freshdesk",
        sender=KMC_PURCHASING,
        subject="[#30577] Resolved: Damaged bronze gate valves - PO-77812",
        sent=when("2026-12-03 07:00", EST),
        text=text,
        extra=(("Auto-Submitted", "auto-generated"), ("Reply-To", KMC_PURCHASING)),
    )


def q37() -> bytes:
    text = f"""\
Hi,

We have 10 of the 10x6 white steel floor registers left over from PO-60377 (delivered 11/2). \
The owner cancelled the last phase of the Olathe Family Clinic remodel, so we won't be using \
them. They are unused and still in the cartons. Can we return them for credit? The ceiling \
tiles on that order were all used.

Thanks,
Raj

Raj Patel | Purchasing & Inventory
Summit HVAC Services
Direct 913-555-0123 | Cell 913-555-0171

Holiday schedule: our warehouse is closed Dec 24-25 and Dec 31-Jan 1. Deliveries for those \
weeks must be scheduled by Dec 18.

{SUMMIT_FOOTER}"""
    return mail(
        "q37",
        client="outlook",
        sender=RAJ,
        subject="Return 10 floor registers - PO-60377",
        sent=when("2026-12-04 10:30", CST),
        text=text,
        html_body=outlook_html(text),
    )


def q38() -> bytes:
    form = {
        "order_number": "SO-104236",
        "lines": [{"sku": "FTG-PEX-CPL-050", "quantity": 2, "reason": "OVERSHIPPED"}],
        "note": (
            "Pasted from my text to our office:\n\n"
            '"Karen - the UPS boxes from Larkspur had 12 bags of the 1/2 PEX crimp couplings, '
            'we only ordered 10. 2 bags extra, still sealed, on the shelf by the door."\n\n'
            "Please send a call tag for the 2 bags.\n\n"
            "Mike O'Brien | Riverbend Plumbing & Heating | Cell 484-555-0162\n"
            "Sent from my iPhone"
        ),
    }
    return (json.dumps(form, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def q39() -> bytes:
    text = """\
From:	Linda Chu <ap@summithvac.net>
Sent:	Wednesday, December 2, 2026 3:18 PM
To:	Larkspur Supply AR
Cc:	Raj Patel
Subject:	RE: Credit memos posted - Summit HVAC Services (acct 52208)

Marcus,

Thank you - I see both credit memos on the statement now and have applied them to our \
December payment:

  CM-26-7731   SO-104238   3 thermostats + 1 case filters short     126.20
  CM-26-7748   INV-88184   2 thermostats damaged                     57.80

Nothing else is outstanding from our side. The Wi-Fi thermostat that went back for warranty \
is still with your inspection team; Raj says no action is needed from us on that one.

Linda Chu
Accounts Payable | Summit HVAC Services
913-555-0110 ext. 4

-----Original Message-----
From: Larkspur Supply AR
Sent: Wednesday, December 2, 2026 11:04 AM
To: Linda Chu <ap@summithvac.net>
Subject: Credit memos posted - Summit HVAC Services (acct 52208)

Hi Linda, two credit memos were posted to your account this week (see attached statement). \
Please let me know if anything does not match your records.
Marcus Bell, Credit & Collections
"""
    return text.encode("utf-8")


def q40() -> bytes:
    text = """\
SHOP NOTE - Lenexa warehouse                 11/04/2026

Supplier: Larkspur Supply      Inv# INV-88109

HVC-REG-1006-W floor registers 10x6 white: invoice says 30, counted 28 in 3 cartons (10/10/8).
  -> 2 SHORT
Ceiling tiles 2x2 acoustic: 40 cartons, OK.

Counted by: A.F.     Entered in system: not yet
Send to Larkspur for credit on the 2 registers.
"""
    return text.encode("utf-8")


NAMES = {
    "q01": "q01-delgado-bilingual-bent-copper.eml",
    "q02": "q02-riverbend-foreman-chain-recount.eml",
    "q03": "q03-keystone-out-of-office-reply.eml",
    "q04": "q04-keystone-shared-inbox-ticket-valves.eml",
    "q05": "q05-keystone-unions-disclaimer-iphone.eml",
    "q06": "q06-delgado-second-domain-unions-pipe.eml",
    "q07": "q07-harbor-filters-short-long-footer.eml",
    "q08": "q08-keystone-inline-answers-ball-valves.eml",
    "q09": "q09-keystone-leftover-valves-too-many.eml",
    "q10": "q10-delgado-spanish-forward-tanks-late.eml",
    "q11": "q11-summit-reply-above-delivery-notice.eml",
    "q12": "q12-harbor-second-request-resend.eml",
    "q13": "q13-keystone-foreman-photo-elbows-coils.eml",
    "q14": "q14-summit-tech-personal-gmail-pump.eml",
    "q15": "q15-riverbend-old-claim-quoted-new-short.eml",
    "q16": "q16-riverbend-thanks-close-out.eml",
    "q17": "q17-harbor-super-packing-slip-photo.eml",
    "q18": "q18-summit-service-manager-signature.eml",
    "q19": "q19-delgado-warranty-scan-old-heater.eml",
    "q20": "q20-summit-dispatch-ticket-unknown-po.eml",
    "q21": "q21-riverbend-reply-order-ack-unshipped.eml",
    "q22": "q22-harbor-on-delgado-order.eml",
    "q23": "q23-keystone-ap-invoice-pumps-two-things.eml",
    "q24": "q24-summit-thermostat-upc-phone-reply.eml",
    "q25": "q25-riverbend-letter-pdf-check-valve-rpz.eml",
    "q26": "q26-riverbend-foreman-after-autoreply.eml",
    "q27": "q27-keystone-statement-inline-copper-price.eml",
    "q28": "q28-harbor-heater-service-report-pdf.eml",
    "q29": "q29-summit-question-before-ordering.eml",
    "q30": "q30-keystone-mixing-valves-last-year.eml",
    "q31": "q31-harbor-thermostats-not-needed-thread.eml",
    "q32": "q32-riverbend-elbow-price-csv.eml",
    "q33": "q33-delgado-credit-received-gracias.eml",
    "q34": "q34-harbor-calendar-vendor-review.eml",
    "q35": "q35-riverbend-bottom-post-returns.eml",
    "q36": "q36-keystone-ticket-resolved-notice.eml",
    "q37": "q37-summit-registers-return-late.eml",
    "q38": "q38-portal-pex-couplings-extra.json",
    "q39": "q39-upload-saved-thread-credit-posted.txt",
    "q40": "q40-upload-shop-note-registers-short.txt",
}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make_attachments.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    makers = globals()
    for key, name in NAMES.items():
        (out / name).write_bytes(makers[key]())
    print(f"{len(NAMES)} files written to {out}")


if __name__ == "__main__":
    main()
