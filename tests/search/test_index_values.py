"""Values as the index stores them: an offer's contract types, telework, level
of study and start month packed in one number and read back for the facets
(each part apart from the others, out-of-range parts left out), and dates
as days since 2000."""
import datetime as dt

import pytest

from filon.search.index import attributes, day, unpack_attributes

# (contract bits, telework, level, start month) -> what the facets read back
ATTRIBUTES = [
    pytest.param((0, 0, "", None), (0, 0, "", None), id="nothing"),
    pytest.param((0b101, 1, "bac+3", 202705), (0b101, 1, "bac+3", 202705), id="all-parts"),
    pytest.param((0xFFFF, 0, "", None), (0xFFFF, 0, "", None), id="every-contract-bit"),
    pytest.param((0x1FFFF, 0, "", None), (0xFFFF, 0, "", None), id="contract-bits-past-16-left-out"),
    pytest.param((0, 1, "", None), (0, 1, "", None), id="telework-alone"),
    pytest.param((0, 3, "", None), (0, 1, "", None), id="telework-one-bit"),
    pytest.param((0, 2, "", None), (0, 0, "", None), id="telework-only-its-bit"),
    pytest.param((0, 0, "bac", None), (0, 0, "bac", None), id="first-level"),
    pytest.param((0, 0, "bac+8", None), (0, 0, "bac+8", None), id="last-level"),
    pytest.param((0, 0, "cap", None), (0, 0, "", None), id="unknown-level-left-out"),
    pytest.param((0, 0, "", 190001), (0, 0, "", 190001), id="first-month"),
    pytest.param((0, 0, "", 190012), (0, 0, "", 190012), id="december"),
    pytest.param((0, 0, "", 224012), (0, 0, "", 224012), id="last-month"),
    pytest.param((0, 0, "", 224101), (0, 0, "", None), id="past-the-last-year"),
    pytest.param((0, 0, "", 189912), (0, 0, "", None), id="before-the-first-year"),
    pytest.param((0, 0, "", 202700), (0, 0, "", None), id="month-0"),
    pytest.param((0, 0, "", 202713), (0, 0, "", None), id="month-13"),
    pytest.param((1 << 15, 1, "bac+8", 224012), (1 << 15, 1, "bac+8", 224012), id="every-part-at-its-top"),
]


@pytest.mark.parametrize("parts, read", ATTRIBUTES)
def test_an_offer_s_attributes_packed_and_read_back(parts, read):
    packed = attributes(*parts)
    assert unpack_attributes(packed) == read
    assert 0 <= packed < 2 ** 33


def test_attributes_that_differ_pack_differently():
    parts = [(c, r, e, m) for c in (0, 1, 0x8000) for r in (0, 1) for e in ("", "bac", "bac+8")
             for m in (None, 190001, 202705, 224012)]
    assert len({attributes(*p) for p in parts}) == len(parts)


@pytest.mark.parametrize("date, days", [
    (None, None), (dt.date(2000, 1, 1), 0), (dt.date(2000, 1, 2), 1), (dt.date(1999, 12, 31), 0),
    (dt.date(2027, 3, 1), 9921),
], ids=["none", "epoch", "day-after", "before-is-0", "a-day-in-2027"])
def test_a_date_as_the_index_counts_days(date, days):
    assert day(date) == days
