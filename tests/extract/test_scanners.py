"""The markup scanners find what the regular expressions they replace found, in linear time."""
import random
import re
import subprocess
import sys

import pytest

from filon.extract.scanners import Anchors, CommentsAndScripts, JsonLdScripts

# The regular expressions the scanners replace (quadratic on hostile input): the reference.
COMMENT = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
ANCHOR = re.compile(r"<a\b[^>]*\bhref=[\"']([^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.S | re.I)
SCRIPT = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)

ATOMS = {
    "comments": ["<!--", "-->", "<script", "<SCRIPT", "<style", ">", "</script>", "</style >", "</script", "x", " ",
                 "-", "<", "<!-->", "\n"],
    "anchors": ["<a", "<A", " href=", '"', "'", "x", ">", "</a>", "</a >", "</A>", " ", "href='u'", 'href="v"', "<ab",
                "<", "\n"],
    "jsonld": ["<script", "<SCRIPT", ' type="application/ld+json"', "application/LD+json", ">", "</script>", "{}", "x",
               " ", "<"],
}


def _link(m) -> str:
    return f"[{m.group(1)}|{m.group(2)}]"


SAME = {
    "comments": lambda s: COMMENT.sub("", s) == CommentsAndScripts().sub("", s),
    "anchors": lambda s: ANCHOR.sub(_link, s) == Anchors().sub(_link, s),
    "jsonld": lambda s: SCRIPT.findall(s) == JsonLdScripts().findall(s),
}


@pytest.mark.parametrize("kind", sorted(ATOMS))
def test_scanner_matches_the_regex_it_replaces(kind):
    rng = random.Random(kind)
    strings = ["".join(rng.choice(ATOMS[kind]) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    differ = [s for s in strings if not SAME[kind](s)]
    assert not differ, differ[:3]


@pytest.mark.parametrize("kind, text", [
    ("comments", "<p>a</p><!-- hidden --><script type='x'>var a = '<p>';</script ><STYLE>p{}</style>b<!-- open"),
    ("anchors", 'Écrire à <a class="x" href="mailto:rh@asso.fr" target=_blank>RH</a>, ou <A HREF=\'https://a.fr\'>site</a >'),
    ("jsonld", '<script type="application/ld+json">{"@type": "JobPosting"}</script><script>x</script>'
               '<SCRIPT TYPE="application/ld+json">[1]</SCRIPT>'),
])
def test_scanner_matches_the_regex_on_real_markup(kind, text):
    assert SAME[kind](text)


HOSTILE = [  # (what, python expression building the input, call)
    ("json-ld openers without closer", "'<script type=\"application/ld+json\">{' * 40000",
     "from filon.extract.jsonld import job_postings as f"),
    ("comment openers without closer", "'<!-- x ' * 100000", "from filon.extract.clean import clean as f"),
    ("script openers without '>'", "'<script x ' * 100000", "from filon.extract.clean import clean as f"),
    ("anchors without closer", "'<a href=\"x\">y ' * 50000", "from filon.extract.clean import clean as f"),
    ("anchor tags without '>'", "'<a href=\"x\" ' * 50000 + '</a>'", "from filon.extract.clean import clean as f"),
]


@pytest.mark.parametrize("what, build, call", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_markup_is_read_in_linear_time(what, build, call):
    # In a child process so that a quadratic scan fails the test after the timeout instead of hanging it.
    code = f"{call}\nimport time\ntext = {build}\nt = time.perf_counter()\nf(text)\nprint(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) < 2.0, f"{what}: {float(done.stdout):.1f} s"
