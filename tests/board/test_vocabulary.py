"""The board's French names for record values: months of a start, contract types from their bits
(unknown types ignored), départements with their code."""
import pytest

from filon.offers.vocabulary import CONTRACT_LABELS, contract_kinds, contract_mask, department_labels, month_label


@pytest.mark.parametrize("yyyymm, label", [(202701, "janvier 2027"), (202703, "mars 2027"), (202812, "décembre 2028")])
def test_month_labels(yyyymm, label):
    assert month_label(yyyymm) == label


@pytest.mark.parametrize("kinds", [["cdi"], ["cdd", "benevolat"], list(CONTRACT_LABELS), []])
def test_contract_types_go_through_their_bits_and_back(kinds):
    assert contract_kinds(contract_mask(kinds)) == kinds


def test_unknown_contract_types_have_no_bit():
    assert contract_mask(["cdi", "job", ""]) == contract_mask(["cdi"]) == 1 and contract_mask(None) == 0
    assert contract_kinds(0) == []


@pytest.mark.parametrize("code, label", [("69", "Rhône (69)"), ("2A", "Corse-du-Sud (2A)"), ("974", "La Réunion (974)")])
def test_departements_are_named_with_their_code(code, label):
    assert department_labels()[code] == label
