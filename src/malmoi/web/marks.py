"""Quotes marked in their text: a paragraph cut into plain and quoted pieces, from offsets."""

from __future__ import annotations

from typing import Any

Key = tuple[str, int | None]  # ("title" | "subtitle" | "body" | "caption", index)
Mark = tuple[int, int, dict[str, Any]]
PALETTE = 12  # speaker colours: CSS classes spk0 … spk11; spkx for unnamed speakers
UNDERLINES = 4  # underline styles ul0 … ul3 (solid, dashed, dotted, double), turning with them
FIDELITY = {
    "verbatim": "본문 그대로",
    "shortened": "본문을 줄임",
    "paraphrased": "본문을 바꿔 씀",
    "not_found": "본문에 없음",
}


def locate(text: str, quote: dict[str, Any]) -> tuple[int, int] | None:
    """Where the quote stands in ``text``: its offsets when they hold, else where its words are."""
    words = quote.get("text") or ""
    start, end = quote.get("start"), quote.get("end")
    if isinstance(start, int) and isinstance(end, int) and words and text[start:end] == words:
        return start, end
    found = text.find(words) if words else -1
    return (found, found + len(words)) if found >= 0 else None


def segments(text: str, marks: list[Mark]) -> list[dict[str, Any]]:
    """``text`` as pieces ``{"text", "quote"}``; a mark overlapping an earlier one is dropped."""
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, mark in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < pos:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "quote": None})
        out.append({"text": text[start:end], "quote": mark})
        pos = end
    if pos < len(text) or not out:
        out.append({"text": text[pos:], "quote": None})
    return out


def style(i: int) -> str:
    """The CSS classes of the ``i``-th speaker: a colour and an underline, so that two
    speakers share both only after ``PALETTE * UNDERLINES`` speakers."""
    return f"spk{i % PALETTE} ul{(i + i // PALETTE) % UNDERLINES}"


def colours(quotes: list[dict[str, Any]]) -> dict[str | None, str]:
    """CSS classes per speaker, in order of first appearance."""
    out: dict[str | None, str] = {None: "spkx"}
    for q in quotes:
        name = (q.get("speaker") or {}).get("name")
        if name not in out:
            out[name] = style(len(out) - 1)
    return out


def where(q: dict[str, Any]) -> Key:
    """("title" | "subtitle" | "body" | "caption", index) of the text a quote stands in."""
    if q.get("in") == "headline":
        sub = q.get("subtitle")
        return ("subtitle", sub) if isinstance(sub, int) else ("title", None)
    return ("caption" if q.get("in") == "caption" else "body", q.get("paragraph"))


def marked(record: dict[str, Any]) -> dict[Key, list[dict[str, Any]]]:
    """Title, subtitles, body and captions of a record, each cut into marked pieces."""
    quotes = record.get("quotes") or []
    cls = colours(quotes)
    texts: dict[Key, str] = {("title", None): record.get("title") or ""}
    texts |= {("subtitle", i): s for i, s in enumerate(record.get("subtitles") or [])}
    texts |= {("body", i): p for i, p in enumerate(record.get("body") or [])}
    texts |= {
        ("caption", i): c.get("text") or "" for i, c in enumerate(record.get("captions") or [])
    }
    marks: dict[Key, list[Mark]] = {k: [] for k in texts}
    for i, q in enumerate(quotes):
        name = (q.get("speaker") or {}).get("name")
        mark = {"index": i, "speaker": name, "class": cls[name], "verb": q.get("verb")}
        for key, span in pieces(texts, q):
            marks[key].append((*span, mark))
    return {key: segments(text, marks[key]) for key, text in texts.items()}


def pieces(texts: dict[Key, str], q: dict[str, Any]) -> list[tuple[Key, tuple[int, int]]]:
    """Where a quote stands: one span, or, for a quote over several paragraphs
    (``paragraph_end``), a span in each of them when its pieces hold."""
    key = where(q)
    first, last = q.get("paragraph"), q.get("paragraph_end")
    if key[0] == "body" and isinstance(first, int) and isinstance(last, int) and last > first:
        words = (q.get("text") or "").split("\n")
        start, end = q.get("start"), q.get("end")
        keys = [("body", k) for k in range(first, last + 1)]
        if len(words) == len(keys) and all(k in texts for k in keys) and isinstance(start, int) and isinstance(end, int):
            spans = [(start, len(texts[keys[0]]))] + [(0, len(texts[k])) for k in keys[1:-1]] + [(0, end)]
            if all(texts[k][a:b].strip() == w.strip() for k, (a, b), w in zip(keys, spans, words, strict=True)):
                return list(zip(keys, spans, strict=True))
    span = locate(texts[key], q) if key in texts else None
    return [(key, span)] if span else []
