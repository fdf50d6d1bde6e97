"""How an unregistered site prints its OWN name, beyond the host spelling a line word for word (issue 14, step 3
of the one outlet rule in tests/realworld/README.md, session 14).

- ``branded_part``: a name line that ends with a web brand word after the name the host spells ("Huế ngày nay
  Online" on ``huengaynay.vn``, "Quân khu 3 Online", "Hà Tĩnh TV"): the whole line is the site's name, brand kept.
- ``initials_part``: a name line whose words' initials are a host label ("LUẬT SƯ VIỆT NAM" on ``lsvn.vn``): the
  line is the name, so it beats the same letters printed as an abbreviated lead tag ("(LSVN) - ").
- ``section_word``: a section label ("Tin mới", "Thời sự") the host may spell (``tinmoi.vn``) but that names a
  page's section, never the site (outlets_more.yml ``section_words``).
- ``host_tag``: a lead tag that spells the whole host ("(Tinmoi.vn)" on ``www.tinmoi.vn``) or is the initials of
  the syllables its host label runs together ("(NCTG)" on ``nhipcauthegioi.hu``: Nhịp cầu thế giới): the site's
  name as printed, when the page prints no name line (an abbreviated tag names the site only then).
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from haucan.host_spelling import slug, spelled_part
from haucan.rules import RULES_DIR, bare_host

# A web edition's brand word after a site's name: it belongs to the name the site goes by.
_BRAND_TAIL = re.compile(r"\s+(?:online|tv|news|radio|plus|điện tử|24h|\.vn)$", re.IGNORECASE)
# A bullet or arrow a template prints before its name line ("• Huế ngày nay Online").
LINE_MARKS = "•·*►▪●■◦ "
MIN_INITIALS = 3


def branded_part(site: str, part: str) -> str | None:
    """``part`` whole when it is a name the host label ``site`` spells in full (its own brand word aside),
    followed by a brand word."""
    brand = _BRAND_TAIL.search(part)
    if brand is None or " " not in part[:brand.start()].strip():
        return None
    name = part[:brand.start()].strip()
    # The host may carry the brand too ("songlamnews" for "Sông Lam News"): the name is spelled by the rest.
    core = site.removesuffix(slug(brand.group(0))) or site
    return part if name in (spelled_part(site, name), spelled_part(core, name)) else None


def initials_part(site: str, part: str) -> str | None:
    """``part`` when the initials of its words (at least MIN_INITIALS) spell the host label ``site`` exactly."""
    words = [slug(w) for w in part.split() if slug(w)]
    if len(words) < MIN_INITIALS or len(words) != len(site):
        return None
    return part if "".join(w[0] for w in words) == site else None


@cache
def _section_words() -> frozenset[str]:
    with open(RULES_DIR / "outlets_more.yml", encoding="utf-8") as handle:
        words = yaml.safe_load(handle)["section_words"]
    return frozenset(" ".join(w.casefold().split()) for w in words)


def section_word(line: str) -> bool:
    """True for a line that is a section's label, not a site's name ("Tin mới", "THỜI SỰ")."""
    return " ".join(line.strip(LINE_MARKS + "-–—|:").casefold().split()) in _section_words()


def host_tag(tag: str, host: str) -> str | None:
    """``tag`` as printed when it is the site's whole host in any case ("Tinmoi.vn" on ``www.tinmoi.vn``) or the
    initials, in capitals, of the syllables of its host's first label ("NCTG" on ``nhipcauthegioi.hu``)."""
    if "." in tag and " " not in tag and tag.lower() == bare_host(host):
        return tag
    if not _CAPITALS.fullmatch(tag):
        return None
    label = bare_host(host).split(".")[0]
    return tag if _syllable_initials(label, slug(tag)) else None


_CAPITALS = re.compile(r"[A-ZĐ]{2,8}")
# A Vietnamese syllable written without tone marks: an onset, a vowel run, a coda; a host runs them together.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


@cache
def _syllable_initials(label: str, initials: str) -> bool:
    """True when ``label`` splits into exactly as many syllables as ``initials`` has letters, each opening with its
    letter ("lyluanchinhtri": ly-luan-chinh-tri, "llct")."""
    if not label or not initials:
        return label == initials
    return any(_SYLLABLE.fullmatch(label[:end]) and _syllable_initials(label[end:], initials[1:])
               for end in range(1, min(len(label), 7) + 1) if label[0] == initials[0])
