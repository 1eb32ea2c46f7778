"""Page layouts, as data, for the invariance tests (tests/extract/test_invariance.py).

Each layout is the chrome of a kind of real French site that publishes job
offers: an association's WordPress site, a job board of the social and
solidarity economy, a federation's Drupal site. The chrome holds what such
pages hold (logo and menu, breadcrumb, cookie banner, share buttons, an
"Autres offres" list naming other posts, contracts and towns, a footer with
the site's own address, phone and e-mail) and nothing that belongs to the
offer, so an offer wrapped in it must give the record it gives alone.

The builders below also lay out several offers as one page: a digest (text),
a grid of job cards and a table of offers (HTML).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

# Soft line breaks become <br>, as most CMS render a pasted offer: a plain-text
# offer (one field a line) keeps its lines.
_MARKDOWN = MarkdownIt("commonmark", {"breaks": True}).enable("table")


@dataclass(frozen=True)
class Layout:
    """The chrome of one kind of page: ``page`` holds ``{title}``, ``{site}``
    and ``{content}`` (the offer's HTML, or a listing)."""
    name: str
    site: str
    page: str


_COOKIE_BANNER = """
<div class="cookie-banner" id="cookie-notice" role="region">
  <p>Nous utilisons des cookies pour mesurer l'audience de notre site et améliorer votre expérience.
  <a href="/politique-de-confidentialite/">En savoir plus</a></p>
  <button class="accept">Accepter</button> <button class="refuse">Refuser</button>
</div>"""

_MENU_ITEMS = ("Accueil", "Qui sommes-nous", "Nos actions", "Offres d'emploi", "Contact")


def _menu(tag: str = "nav", attrs: str = ' class="main-navigation" aria-label="Menu principal"') -> str:
    items = "".join(f'<li class="menu-item"><a href="/{i}/">{html.escape(label)}</a></li>'
                    for i, label in enumerate(_MENU_ITEMS))
    return f"<{tag}{attrs}><ul class=\"menu\">{items}</ul></{tag}>"


# An association's WordPress site: header, breadcrumb above the content, the
# Jetpack share bar under the post, the theme's sidebar as <aside>.
WORDPRESS = Layout("wordpress", "Maison des Solidarités du Val", """<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="UTF-8"><title>{title} – {site}</title>
<link rel="stylesheet" href="/wp-content/themes/astra/style.css"></head>
<body class="post-template-default single single-post">
""" + _COOKIE_BANNER + """
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/" rel="home"><img src="/logo.png" alt="{site}"></a>
  <p class="site-title"><a href="/">{site}</a></p>
  <p class="site-description">Association d'éducation populaire depuis 1975</p></div>
  """ + _menu() + """
</header>
<div id="content" class="site-content">
<p id="breadcrumbs"><span><a href="/">Accueil</a> » <a href="/offres-emploi/">Offres d'emploi</a> »
<span class="breadcrumb_last">{title}</span></span></p>
<main id="primary" class="site-main">
<article class="post type-post status-publish">
<div class="entry-content">
{content}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3>
<ul><li><a class="share-facebook" href="https://www.facebook.com/sharer.php">Facebook</a></li>
<li><a class="share-twitter" href="https://twitter.com/share">Twitter</a></li>
<li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle">LinkedIn</a></li>
<li><a class="share-email" href="mailto:?subject=Offre">E-mail</a></li></ul></div>
</article>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Autres offres</h2>
  <ul><li><a href="/offre-1/">Animateur·rice jeunesse (CDI) – Villeurbanne</a></li>
  <li><a href="/offre-2/">Chargé·e de communication en alternance – Lyon</a></li>
  <li><a href="/offre-3/">Service civique : ambassadeur du tri – Vénissieux</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="footer-widgets"><h2>{site}</h2>
  <p>14 rue des Tanneurs<br>69007 Lyon</p>
  <p>Tél. : 04 72 73 74 75<br><a href="mailto:accueil@msv-asso.fr">accueil@msv-asso.fr</a></p></div>
  <div class="site-info"><a href="/mentions-legales/">Mentions légales</a> | <a href="/plan-du-site/">Plan du site</a>
  | © 2025 {site}</div>
</footer>
</body></html>""")

# A regional job board of the social and solidarity economy (Bootstrap):
# breadcrumb and share buttons inside <main>, the other offers in a sidebar
# <div>, no <aside>, no <nav> around the breadcrumb.
JOB_BOARD = Layout("job_board", "ESS Emploi Occitanie", """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>{title} | Offres d'emploi | {site}</title></head>
<body>
""" + _COOKIE_BANNER + """
<header class="navbar navbar-expand-lg">
  <a class="navbar-brand" href="/"><img src="/img/logo-ess-emploi.svg" alt="ESS Emploi"> {site}</a>
  """ + _menu("div", ' class="collapse navbar-collapse" id="menu-principal"') + """
  <a class="btn btn-primary" href="/deposer-une-offre">Déposer une offre</a>
</header>
<main class="container">
  <ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Accueil</a></li>
  <li class="breadcrumb-item"><a href="/offres">Offres d'emploi</a></li>
  <li class="breadcrumb-item active">{title}</li></ol>
  <div class="row">
    <div class="col-md-8">
      <div class="offre-detail">
{content}
      </div>
      <div class="share-buttons">Partager cette offre :
        <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
        <a href="https://www.linkedin.com/sharing/share-offsite/">LinkedIn</a>
        <a href="mailto:?subject=Offre%20d%27emploi">Par e-mail</a></div>
    </div>
    <div class="col-md-4 sidebar">
      <div class="autres-offres"><h3>Autres offres</h3>
      <ul><li><a href="/offres/1201">Directeur·rice de centre social – CDI – Montpellier (34)</a></li>
      <li><a href="/offres/1202">Stage assistant·e de projet – Toulouse (31)</a></li>
      <li><a href="/offres/1203">Éducateur spécialisé H/F – CDD 6 mois – Nîmes (30)</a></li></ul></div>
    </div>
  </div>
</main>
<footer class="footer">
  <div class="container"><p><strong>{site}</strong> – Chambre régionale de l'ESS</p>
  <p>Immeuble Le Triangle, 26 allée Jules Milhau, 34000 Montpellier – 04 67 00 11 22 –
  <a href="mailto:emploi@ess-occitanie.org">emploi@ess-occitanie.org</a></p>
  <p><a href="/mentions-legales">Mentions légales</a> | <a href="/plan-du-site">Plan du site</a></p></div>
</footer>
</body></html>""")

# A federation's Drupal site: regions as <div>s with ARIA roles, the breadcrumb
# as <nav>, the offer a node <article>, the other offers a views block in the
# second sidebar, the footer a "contentinfo" region.
DRUPAL = Layout("drupal", "Fédération des Centres Sociaux du Nord", """<!DOCTYPE html>
<html lang="fr" dir="ltr"><head><title>{title} | {site}</title></head>
<body class="path-node page-node-type-offre">
""" + _COOKIE_BANNER + """
<div class="dialog-off-canvas-main-canvas">
<div id="page-wrapper"><div id="page">
<div class="region region-header" role="banner">
  <div class="block-system-branding-block"><a href="/" rel="home"><img src="/themes/fcs/logo.svg" alt="Accueil"></a>
  <div class="site-name">{site}</div></div>
</div>
""" + _menu("nav", ' role="navigation" aria-labelledby="block-navigation-principale-menu"') + """
<div id="main-wrapper" class="layout-main-wrapper">
<main id="content" role="main">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>
  <li><a href="/">Accueil</a></li> &gt; <li><a href="/offres-emploi">Offres d'emploi</a></li> &gt; <li>{title}</li></ol></nav>
  <div class="region region-content">
  <article role="article" class="node node--type-offre node--view-mode-full">
  <div class="node__content clearfix">
{content}
  </div>
  <div class="social-media-sharing"><ul>
  <li><a href="https://www.facebook.com/share.php">Partager sur Facebook</a></li>
  <li><a href="https://twitter.com/intent/tweet">Partager sur Twitter</a></li></ul></div>
  </article>
  </div>
</main>
<div class="region region-sidebar-second" role="complementary">
  <div class="block block-views"><h2>Autres offres</h2>
  <div class="view-content"><ul>
  <li><a href="/offre/referent-famille">Référent·e famille (CDD) – Roubaix</a></li>
  <li><a href="/offre/coordinateur">Coordinateur·rice enfance jeunesse (CDI) – Lille</a></li>
  <li><a href="/offre/sc">Volontaire en service civique – Tourcoing</a></li></ul></div></div>
</div>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="region region-footer"><p>{site}<br>
  199-201 rue Colbert, 59000 Lille<br>Tél. 03 20 00 00 59 · <a href="mailto:contact@centres-sociaux-nord.fr">contact@centres-sociaux-nord.fr</a></p>
  <p><a href="/mentions-legales">Mentions légales</a> | <a href="/plan-du-site">Plan du site</a></p></div>
</footer>
</div></div></div>
</body></html>""")

# No chrome at all: the control that tells a chrome failure from one of the
# markdown-to-HTML rendering.
BARE = Layout("bare", "", """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body><main><article>
{content}
</article></main></body></html>""")

LAYOUTS = (BARE, WORDPRESS, JOB_BOARD, DRUPAL)

# ---------------------------------------------------------------------------
# One offer: its text as the page shows it.

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^(?:title|roles)\s*:\s*(?:>-?\s*\n)?\s*(.+(?:\n {2,}\S.*)*)", re.M)


def page_text(raw: str) -> str:
    """The offer as a page shows it (markdown): a post's front matter, which a
    site turns into its template, replaced by its title as a heading."""
    front = _FRONT_MATTER.match(raw)
    if not front:
        return raw
    body = raw[front.end():].lstrip("\n")
    found = _FRONT_TITLE.search(front.group(1))
    if not found:
        return body
    title = " ".join(found.group(1).split()).strip("'\"")
    return f"# {title}\n\n{body}"


def offer_html(markdown: str) -> str:
    """The offer's markdown rendered as a CMS renders it."""
    return _MARKDOWN.render(markdown)


def page_title(markdown: str) -> str:
    """The offer's first line (its heading), as the page and breadcrumb name it."""
    first = next(line for line in markdown.splitlines() if line.strip())
    return first.lstrip("# ").strip(" *")


def wrap(layout: Layout, markdown: str) -> bytes:
    """The offer of ``markdown`` in ``layout``'s page, as bytes of HTML."""
    title = html.escape(page_title(markdown))
    return _fill(layout, title, offer_html(markdown))


def _fill(layout: Layout, title: str, content: str) -> bytes:
    page = layout.page.replace("{title}", title).replace("{site}", html.escape(layout.site))
    return page.replace("{content}", content).encode("utf-8")


# ---------------------------------------------------------------------------
# Several offers on one page.

CONTRACT_LABELS = {
    "cdi": "CDI", "cdd": "CDD", "stage": "Stage", "alternance": "Alternance",
    "service_civique": "Service civique", "volontariat": "Volontariat", "interim": "Intérim",
    "freelance": "Freelance", "benevolat": "Bénévolat",
}


@dataclass(frozen=True)
class Card:
    """What a listing shows of one offer (values from the dev gold)."""
    title: str
    organization: str
    contract_types: tuple[str, ...]
    city: str
    summary: str
    slug: str

    @property
    def contract_label(self) -> str:
        return " / ".join(CONTRACT_LABELS[c] for c in self.contract_types)


def card_grid(cards: list[Card], layout: Layout = JOB_BOARD) -> bytes:
    """A listing page: one <div class="job-card"> per offer."""
    items = []
    for card in cards:
        items.append(f"""<div class="job-card">
  <h3 class="job-card__title"><a href="/offres/{card.slug}">{html.escape(card.title)}</a></h3>
  <p class="job-card__employer">{html.escape(card.organization)}</p>
  <ul class="job-card__meta"><li class="place">{html.escape(card.city)}</li>
  <li class="contract">{html.escape(card.contract_label)}</li></ul>
  <p class="job-card__summary">{html.escape(card.summary)}</p>
  <a class="job-card__link" href="/offres/{card.slug}">Voir l'offre</a>
</div>""")
    content = ("<h1>Offres d'emploi</h1>\n<p>Retrouvez les offres publiées par nos adhérents.</p>\n"
               f'<div class="job-grid">\n{chr(10).join(items)}\n</div>')
    return _fill(layout, "Offres d'emploi", content)


def offer_table(cards: list[Card], layout: Layout = WORDPRESS) -> bytes:
    """A listing page: a table with a header row, one row per offer."""
    rows = "\n".join(
        f'<tr><td><a href="/offres/{c.slug}">{html.escape(c.title)}</a></td><td>{html.escape(c.organization)}</td>'
        f"<td>{html.escape(c.contract_label)}</td><td>{html.escape(c.city)}</td></tr>" for c in cards)
    content = ("<h1>Les offres du réseau</h1>\n<table class=\"offres\">\n<thead><tr><th>Intitulé</th><th>Employeur</th>"
               f"<th>Contrat</th><th>Lieu</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>")
    return _fill(layout, "Les offres du réseau", content)


@dataclass(frozen=True)
class Part:
    """One offer of a digest: its title and its text (without the title)."""
    title: str
    body: str


def demote_headings(markdown: str, levels: int = 2) -> str:
    """The body's own headings pushed below the digest's offer headings."""
    return re.sub(r"(?m)^(#{1,6})(?=\s)", lambda m: "#" * min(6, len(m.group(1)) + levels), markdown)


def digest_part(part: Part, style: str) -> str:
    """One offer as a digest writes it (also the text the offer gives alone)."""
    if style == "headings":
        return f"## {part.title}\n\n{demote_headings(part.body)}"
    return f"{part.title}\n{part.body}"           # "plain": the title as the part's first line


def digest(parts: list[Part], style: str) -> str:
    """A digest of offers: a heading per offer and a rule between them
    ("headings"), or, as the dev corpus's France Travail digest, a title line
    per offer and a line of dashes between them ("plain"), or each offer's
    title numbered 1, 2, 3... with nothing else between them ("numbered", as
    a partner's page lists its internships)."""
    rendered = [digest_part(p, style).strip() for p in parts]
    if style == "numbered":
        intro = f"{len(parts)} offres sont à pourvoir :"
        return intro + "\n\n" + "\n\n".join(f"{i}. {text}" for i, text in enumerate(rendered, 1)) + "\n"
    if style == "headings":
        intro = f"# Offres d'emploi de la semaine\n\nVoici les {len(parts)} offres reçues cette semaine."
        return intro + "\n\n" + "\n\n---\n\n".join(rendered) + "\n"
    intro = f"Offres d'emploi - sélection de la semaine ({len(parts)} offres)"
    return intro + "\n\n" + "\n\n----------------------------------------\n\n".join(rendered) + "\n"
