"""Markup found in linear time: HTML comments, ``<script>``/``<style>``
elements, ``<a href>`` links and JSON-LD scripts.

The regular expressions these replace (``<!--.*?-->``, ``<a\\b[^>]*href=...
>(.*?)</a>``...) restart their scan at every opener that has no closer, so a
page of ``<!-- x`` repeated takes quadratic time: hours for a few megabytes.
Each scanner here reads the text once: it stops looking for a closer as soon
as one is known to be absent from the rest of the text, and a tag's end is
found once for all the openers before it. Each finds what its regular
expression found (same leftmost, shortest matches) and offers the same
``sub``/``findall`` calls, so callers need not change.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator


class Found:
    """A match of a scanner, read like a regular-expression match."""

    def __init__(self, *groups: str):
        self._groups = groups

    def group(self, index: int = 0) -> str:
        return self._groups[index]


class Scanner:
    """``sub`` and ``findall`` over the non-overlapping ``(start, end, Found)`` of :meth:`spans`."""

    def spans(self, text: str) -> Iterator[tuple[int, int, Found]]:
        raise NotImplementedError

    def sub(self, repl: str | Callable[[Found], str], text: str) -> str:
        """``text`` with each match replaced by ``repl`` (a string, or a function of the match)."""
        out, last = [], 0
        for start, end, found in self.spans(text):
            out += [text[last:start], repl(found) if callable(repl) else repl]
            last = end
        return "".join(out) + text[last:] if out else text

    def findall(self, text: str) -> list[str]:
        """Group 1 of each match."""
        return [found.group(1) for _, _, found in self.spans(text)]


class CommentsAndScripts(Scanner):
    """``<!-- ... -->`` and ``<script ...>...</script>``, ``<style ...>...</style>``
    (what ``<!--.*?-->|<(script|style)\\b[^>]*>.*?</\\1\\s*>`` matches, re.S | re.I)."""

    _OPENER = re.compile(r"<(?:!--|(script|style)\b)", re.I)
    _CLOSERS = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style")}

    def spans(self, text: str) -> Iterator[tuple[int, int, Found]]:
        done = 0
        absent: set[str] = set()        # closers not found after an opener: absent after every later one
        for opener in self._OPENER.finditer(text):
            start = opener.start()
            name = (opener.group(1) or "!--").lower()
            if start < done or name in absent:
                continue
            if name == "!--":
                close = text.find("-->", start + 4)
                end = close + 3
            else:
                gt = text.find(">", opener.end())
                if gt < 0:
                    return                  # no ">" left: neither a tag nor a comment can end
                closer = self._CLOSERS[name].search(text, gt + 1)
                close, end = (closer.start(), closer.end()) if closer else (-1, -1)
            if close < 0:
                absent.add(name)
                continue
            yield start, end, Found(text[start:end])
            done = end


class _TagEnds:
    """The first ``>`` at or after a position, each searched once for the
    openers that share it."""

    def __init__(self, text: str):
        self.text, self.at = text, -1

    def after(self, position: int) -> int:
        if self.at < position:
            self.at = self.text.find(">", position)
            if self.at < 0:
                self.at = len(self.text)
        return self.at


class Anchors(Scanner):
    """``<a ... href="URL" ...>TEXT</a>``: group 1 the URL, group 2 the text
    (what ``<a\\b[^>]*\\bhref=["']([^"']+)["'][^>]*>(.*?)</a\\s*>`` matches,
    re.S | re.I: of several ``href`` in a tag, the last one followed by a closer)."""

    _OPENER = re.compile(r"<a\b", re.I)
    _HREF = re.compile(r"\bhref=[\"']", re.I)
    _QUOTE = re.compile(r"[\"']")
    _CLOSER = re.compile(r"</a\s*>", re.I)

    def spans(self, text: str) -> Iterator[tuple[int, int, Found]]:
        closers = [m.start() for m in self._CLOSER.finditer(text)]
        if not closers:
            return
        gts = [m.start() for m in re.finditer(">", text)]
        hrefs, value_ends = self._hrefs(text)
        # where the tag of each href ends: the first ">" after its value (len(text): none)
        link_ends = [gts[k] if (k := bisect.bisect_right(gts, end)) < len(gts) else len(text) for end in value_ends]
        last_closable = bisect.bisect_left(link_ends, closers[-1]) - 1     # link_ends only grow
        done = 0
        for opener in self._OPENER.finditer(text):
            start = opener.start()
            if start < done:
                continue
            k = bisect.bisect_left(gts, opener.end())
            gt = gts[k] if k < len(gts) else len(text)
            # the regex's greedy [^>]* tries the tag's last href first, then earlier ones
            index = min(bisect.bisect_left(hrefs, gt) - 1, last_closable)
            if index < 0 or hrefs[index] < opener.end():
                continue
            value_start, value_end, tag_end = hrefs[index] + len('href="'), value_ends[index], link_ends[index]
            closer = self._CLOSER.search(text, tag_end + 1)
            yield start, closer.end(), Found(text[start:closer.end()], text[value_start:value_end],
                                              text[tag_end + 1:closer.start()])
            done = closer.end()

    def _hrefs(self, text: str) -> tuple[list[int], list[int]]:
        """Where each ``href="value"`` with a non-empty value starts, and
        where its value ends (the next quote)."""
        starts, ends = [], []
        for href in self._HREF.finditer(text):
            quote = self._QUOTE.search(text, href.end())
            if quote and quote.start() > href.end():
                starts.append(href.start())
                ends.append(quote.start())
        return starts, ends


class JsonLdScripts(Scanner):
    """The content of each ``<script ... application/ld+json ...>...</script>``
    (what ``<script[^>]*application/ld\\+json[^>]*>(.*?)</script>`` matches, re.S | re.I)."""

    _OPENER = re.compile(r"<script", re.I)
    _TYPE = re.compile(r"application/ld\+json", re.I)
    _CLOSER = re.compile(r"</script>", re.I)

    def spans(self, text: str) -> Iterator[tuple[int, int, Found]]:
        tag_ends = _TagEnds(text)
        last_type: dict[int, int] = {}      # tag end -> start of the last type mention before it
        done = 0
        for opener in self._OPENER.finditer(text):
            start = opener.start()
            if start < done:
                continue
            gt = tag_ends.after(opener.end())
            if gt >= len(text):
                return
            if gt not in last_type:
                mentions = [m.start() for m in self._TYPE.finditer(text, opener.end(), gt)]
                last_type = {gt: mentions[-1] if mentions else -1}
            if last_type[gt] < opener.end():
                continue
            closer = self._CLOSER.search(text, gt + 1)
            if closer is None:
                return                      # no closer after this tag: none after any later one
            yield start, closer.end(), Found(text[start:closer.end()], text[gt + 1:closer.start()])
            done = closer.end()
