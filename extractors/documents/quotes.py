"""Split the text of an email body into fresh text, quoted history and signature.

Quoted history is what an earlier message said: an attribution line ("On … wrote:")
and what follows it, lines starting with ">", an Outlook "-----Original Message-----"
block or an Outlook reply header (From:/Sent:/To:/Subject: lines). A signature
starts at a line "-- " and runs to the quoted history or the end.

A forwarded message ("---------- Forwarded message ---------", "Begin forwarded
message:") is not history: a customer forwarding their warehouse's note is making
the claim, so the forwarded text stays fresh, also where Apple Mail sets it off with
">" (one level of ">" is taken off it) or writes its line in the sender's language.
So too the first message under a forward's subject ("FW: …"), which Outlook sets off
by an underscore line and a header block, when it is from the forwarder's own
organisation (its From: has their domain or, as Exchange writes colleagues, no
address): the history starts at the next message below it; so too when the newest text
says it passes on the message below ("pass his note below on to you") under a reply's
subject. A forwarded message from elsewhere (our own notice, a carrier's) stays
history: it is what someone else said.
"""

import re
from typing import Literal

PieceKind = Literal["body", "quoted", "signature"]

_ATTRIBUTION_START = re.compile(r"^\s*(On|Le|Am|El|Op)\s.*", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(r"(wrote|a écrit|schrieb|escribió|schreef)\s*:\s*$", re.IGNORECASE)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Mensaje reenviado|Message transféré"
    r"|Weitergeleitete Nachricht|Messaggio inoltrato|Mensagem encaminhada)\s*-{2,}"
    r"|(?:Begin forwarded message|Inicio del mensaje reenviado|Début du message réexpédié"
    r"|Anfang der weitergeleiteten Nachricht|Inizio messaggio inoltrato"
    r"|Início da mensagem reencaminhada|Começo da mensagem encaminhada)\s*:)\s*$",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr)\s*:", re.IGNORECASE)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(From|De|Von)\s*:\*?\s+\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(r"^\s*\*?(Sent|Date|To|Subject|Envoyé|Gesendet)\s*:", re.IGNORECASE)
# "pass his note below on to you", "forwarding the yard's count below", "see Tom's note
# below" (not "see below", "disregard my email below": the author's own earlier words)
_PASSES_ON = re.compile(
    r"\b(?:pass(?:ing)?|send(?:ing)?)\b[^.\n]{0,40}\bbelow\b[^.\n]{0,12}\b(?:on|along)\b"
    r"|\bforward(?:ing|ed)?\b[^.\n]{0,40}\bbelow\b"
    r"|\b(?:his|her|their|[A-Za-z]+'s)\s+(?:note|notes|e-?mail|message|count|report|list)"
    r"\s+below\b",
    re.IGNORECASE,
)
_QUOTE_PREFIX = re.compile(r"^\s*>")
_ONE_LEVEL = re.compile(r"^\s*> ?")
_SIGNATURE = re.compile(r"^--\s?$")
_OUTLOOK_LOOKAHEAD = 4  # an Outlook header's From: is followed by Sent:/To: within 4 lines


def split_body(text: str, *, forwarder: str | None = None) -> list[tuple[PieceKind, str]]:
    """The body's pieces in their order, each with its kind; blank pieces left out. In a
    forward (`forwarder`: the forwarding sender's domain) the first message below the
    forwarder's text, if from their domain, is forwarded, not history."""
    lines = _unquote_forwarded(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    kinds = _line_kinds(lines, forwarder=forwarder)
    pieces: list[tuple[PieceKind, list[str]]] = []
    for line, kind in zip(lines, kinds, strict=True):
        if pieces and (pieces[-1][0] == kind or not line.strip()):
            pieces[-1][1].append(line)
        else:
            pieces.append((kind, [line]))
    result = [(kind, "\n".join(piece)) for kind, piece in pieces]
    return [(kind, piece) for kind, piece in result if piece.strip()]


def _unquote_forwarded(lines: list[str]) -> list[str]:
    """The lines with one level of ">" taken off a forwarded message that is set off by it
    (Apple Mail: "Begin forwarded message:" then "> From: …"): it is forwarded, not a
    reply's history; what it quotes in turn stays quoted."""
    lines = list(lines)
    for index, line in enumerate(lines):
        if not _FORWARDED.match(line):
            continue
        start = _next_text(lines, index + 1)  # past blank lines: only after a marker
        if start >= len(lines) or not _QUOTE_PREFIX.match(lines[start]):
            continue
        end = start
        while end < len(lines) and (_QUOTE_PREFIX.match(lines[end]) or not lines[end].strip()):
            lines[end] = _ONE_LEVEL.sub("", lines[end], count=1)
            end += 1
    return lines


def passes_on(text: str) -> bool:
    """Whether a body's newest text passes on the message below it ("Tom asked me to pass
    his note below on to you", "see the yard's count below"): the author forwards it, as a
    forward's subject says, though the message is set off as a reply's history is."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    newest = "\n".join(lines[: _history_start(lines)])
    return _PASSES_ON.search(newest) is not None


def forwarded_start(text: str) -> int | None:
    """Where the first forwarded message of a text begins (its "Forwarded message" line or
    its Outlook header block), if any: what stands above it is the newest author's."""
    offset = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _FORWARDED.match(line) or _is_outlook_header(lines, index, at_least=1):
            return offset
        offset += len(line) + 1
    return None


def is_forward(subject: str) -> bool:
    """Whether a subject is a forward's ("FW: …", "Fwd: …"), not a reply's."""
    return _FORWARD_SUBJECT.match(subject) is not None


def _line_kinds(lines: list[str], *, forwarder: str | None) -> list[PieceKind]:
    history = _history_start(lines, forwarder=forwarder)
    kinds: list[PieceKind] = []
    in_signature = False
    attribution_tail = -1  # the second line of a wrapped attribution
    for index, line in enumerate(lines):
        if index >= history:
            kinds.append("quoted")
            continue
        if _SIGNATURE.match(line):
            in_signature = True
        if in_signature:
            kinds.append("signature")
        elif _QUOTE_PREFIX.match(line) or index == attribution_tail:
            kinds.append("quoted")
        elif _is_attribution(lines, index):
            kinds.append("quoted")
            if not _ATTRIBUTION_END.search(line):
                attribution_tail = index + 1
        else:
            kinds.append("body")
    return kinds


def _history_start(lines: list[str], *, forwarder: str | None = None) -> int:
    """Index of the first line of the quoted history that runs to the end (len: none).
    With `forwarder`, the first message set off by a header, if from that domain, is the
    forwarded one."""
    forward, forwarded = forwarder is not None, False
    for index, line in enumerate(lines):
        if _FORWARDED.match(line):
            forwarded = True  # the header block right after it is the forwarded message's
            continue
        outlook = _UNDERSCORES.match(line) and _is_outlook_header(
            lines, _next_text(lines, index + 1)
        )
        from_line = _is_outlook_header(lines, index)
        if forward and not forwarded and (outlook or from_line or _ORIGINAL.match(line)):
            forward = False
            at = index if from_line else _next_text(lines, index + 1)
            header = lines[at] if at < len(lines) else ""
            if _same_organisation(header, forwarder or ""):
                forwarded = not from_line  # its header is this line or starts at the next
                continue
        if _ORIGINAL.match(line) or (from_line and not forwarded):
            return index
        if line.strip():
            forwarded = False
        if outlook:
            return index
        if _is_attribution(lines, index) and not _followed_by_quote(lines, index):
            return index  # "On … wrote:" then unprefixed history: all of it is quoted
    return len(lines)


def _same_organisation(from_line: str, domain: str) -> bool:
    """Whether a header's From: line is of the domain, or names no address at all."""
    addresses = _ADDRESS.findall(from_line)
    return all(found.lower() == domain for found in addresses)


def _is_attribution(lines: list[str], index: int) -> bool:
    """An "On <date>, <name> wrote:" line, possibly wrapped over two lines."""
    if index >= len(lines) or not _ATTRIBUTION_START.match(lines[index]):
        return False
    if _ATTRIBUTION_END.search(lines[index]):
        return True
    return index + 1 < len(lines) and bool(_ATTRIBUTION_END.search(lines[index + 1]))


def _followed_by_quote(lines: list[str], index: int) -> bool:
    """Whether ">" lines follow an attribution: then only those lines are quoted."""
    following = _next_text(lines, index + 1)
    if following < len(lines) and _ATTRIBUTION_END.search(lines[following]):
        following = _next_text(lines, following + 1)  # the wrapped second line
    return following < len(lines) and bool(_QUOTE_PREFIX.match(lines[following]))


def _is_outlook_header(lines: list[str], index: int, *, at_least: int = 2) -> bool:
    """Whether a "From:" line starts an Outlook header block: at least so many of Sent:,
    To:, Subject: … follow it within _OUTLOOK_LOOKAHEAD lines."""
    if index >= len(lines) or not _OUTLOOK_FROM.match(lines[index]):
        return False
    window = lines[index + 1 : index + 1 + _OUTLOOK_LOOKAHEAD]
    return sum(1 for line in window if _OUTLOOK_NEXT.match(line)) >= at_least


def _next_text(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index
