"""The same facts in the many ways news writes them: generated sentences (subjects x verbs x nouns, claimants x
attribution shapes, dates x positions), each read as meant. A rule that fits one wording and not its neighbours
fails here."""
from datetime import date
from itertools import product

import pytest

from pipeline.extract import extract_article

PUB = date(2025, 6, 20)  # a Friday


def _figures(text: str):
    return extract_article("a", text, PUB, "en").figures


_PER_SIDE = [
    f"{subject} {verb} {tail}"
    for subject, verb, tail in product(
        ["Russia and Ukraine", "Kyiv and Moscow", "The two sides", "Both countries", "The warring sides"],
        ["exchanged", "swapped", "traded", "each released", "each freed", "each returned", "each handed over", "have exchanged"],
        ["205 prisoners of war each on Thursday.", "205 POWs apiece on Thursday.", "205 captives each on Thursday.", "205 soldiers each on Thursday."])
]


@pytest.mark.parametrize("text", _PER_SIDE)
def test_a_swap_of_so_many_each(text):
    assert [(f.value, f.kind, f.side, f.scope) for f in _figures(text)] == [(205, "exchanged", "both", "per_side")]


_ONE_SIDE = (
    [(f"{s} {v} 205 soldiers on Thursday.", "ukraine") for s, v in product(
        ["Ukraine", "Kyiv"], ["brought home", "got back", "secured the release of", "welcomed home", "has returned home", "received"])]
    + [(f"{s} {v} 205 soldiers on Thursday.", "russia") for s, v in product(
        ["Russia", "Moscow"], ["brought home", "got back", "secured the release of", "received", "has returned home"])]
    + [(f"On Thursday, 205 {who} {v}.", "ukraine") for who, v in product(
        ["Ukrainian servicemen", "Ukrainian defenders", "Ukrainians", "Ukrainian POWs"],
        ["were freed", "returned home", "came home", "were released", "have been returned", "were handed over to Ukraine"])]
    + [(f"On Thursday, 205 {who} {v}.", "russia") for who, v in product(
        ["Russian servicemen", "Russians", "Russian POWs"], ["were freed", "returned home", "were released", "were returned to Russia"])]
)


@pytest.mark.parametrize("text, side", _ONE_SIDE)
def test_one_sides_count_and_whose_it_is(text, side):
    assert [(f.value, f.kind, f.side) for f in _figures(text)] == [(205, "exchanged", side)]


@pytest.mark.parametrize("text, kind, side", [
    *[(s, "agreed", "both") for s in [
        "Russia and Ukraine agreed to exchange 1,000 prisoners each.", "The sides agreed on a swap of 1,000 for 1,000.",
        "Under the deal, 1,000 prisoners from each side will be freed.", "The two sides will swap 1,000 prisoners each, Medinsky said.",
        "Negotiators agreed to release 1,000 POWs each.", "A deal to exchange 1,000 prisoners each was reached in Istanbul.",
        "Both sides committed to swapping 1,000 prisoners apiece."]],
    *[(s, "offered", None) for s in [
        "Russia offered to hand over 1,000 prisoners.", "Kyiv proposed swapping 1,000 prisoners.",
        "Zelensky said Ukraine was ready to exchange 1,000 prisoners.", "Moscow said it was prepared to release 1,000 Ukrainians."]],
    *[(s, "bodies", "ukraine") for s in [
        "Ukraine received 1,000 bodies on Wednesday.", "The bodies of 1,000 soldiers were returned to Ukraine.",
        "Russia handed over 1,000 bodies of Ukrainian soldiers.", "Kyiv got back the remains of 1,000 fallen soldiers.",
        "1,000 bodies were repatriated to Ukraine on Wednesday."]],
    *[(s, "cumulative_released", "ukraine") for s in [
        "Since 2022, 1,000 Ukrainians have been freed.", "In total, 1,000 Ukrainians have returned home since the start of the war.",
        "A total of 1,000 Ukrainians have been released since February 2022.", "Ukraine has brought home 1,000 people since the invasion began.",
        "The number of Ukrainians freed has reached 1,000.", "This brings the total number of freed Ukrainians to 1,000."]],
    *[(s, "other", "ukraine") for s in [
        "About 1,000 Ukrainians remain in Russian captivity.", "Russia is still holding 1,000 Ukrainians.",
        "Some 1,000 Ukrainians are still held by Russia.", "Kyiv believes 1,000 Ukrainians are in Russian captivity.",
        "Russia holds about 1,000 Ukrainian prisoners."]],
])
def test_agreed_offered_bodies_running_totals_and_people_still_held(text, kind, side):
    (f,) = [f for f in _figures(text) if f.value == 1000]
    assert (f.kind, f.side if side else None) == (kind, side)


_CLAIMANTS = {"Zelensky": "Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky": "Volodymyr Zelensky", "Lubinets": "Dmytro Lubinets",
              "Ombudsman Dmytro Lubinets": "Dmytro Lubinets", "the Coordination Headquarters": "Coordination Headquarters",
              "Russia's Defence Ministry": "Russian Defence Ministry", "the Russian Defense Ministry": "Russian Defence Ministry",
              "TASS": "TASS", "Medinsky": "Vladimir Medinsky", "Kremlin aide Vladimir Medinsky": "Vladimir Medinsky",
              "Yermak": "Andriy Yermak", "Tatyana Moskalkova": "Tatyana Moskalkova",
              "Ukraine's military intelligence": "Ukrainian military intelligence (HUR)"}


@pytest.mark.parametrize("who, shape", list(product(_CLAIMANTS, [
    "{Who} said 205 prisoners of war had been freed on Thursday.", "205 prisoners of war were freed on Thursday, {who} said.",
    "According to {who}, 205 prisoners of war were freed on Thursday."])))
def test_who_said_it_in_three_shapes(who, shape):
    text = shape.format(who=who, Who=who[0].upper() + who[1:])
    assert [f.claimant for f in _figures(text)] == [_CLAIMANTS[who]]


@pytest.mark.parametrize("when, day", [
    ("on Thursday", date(2025, 6, 19)), ("yesterday", date(2025, 6, 19)), ("on June 19", date(2025, 6, 19)), ("on 19 June", date(2025, 6, 19)),
    ("on Thursday night", date(2025, 6, 19)), ("late on Thursday", date(2025, 6, 19)), ("today", date(2025, 6, 20)),
    ("this morning", date(2025, 6, 20)), ("two days ago", date(2025, 6, 18)), ("on Wednesday", date(2025, 6, 18)),
    ("on June 19, 2025", date(2025, 6, 19)), ("on 19.06.2025", date(2025, 6, 19)),
])
@pytest.mark.parametrize("opening", [False, True])
def test_the_day_of_the_swap_before_or_after_it(when, day, opening):
    text = (f"{when[0].upper() + when[1:]}, Russia and Ukraine exchanged 205 prisoners each." if opening
            else f"Russia and Ukraine exchanged 205 prisoners each {when}.")
    assert [f.event_date for f in _figures(text)] == [day]


LEDE = "Russia and Ukraine exchanged 205 prisoners each. "


@pytest.mark.parametrize("sentence", [
    "It was the 65th exchange since the war began.", "It was the sixty-fifth swap.", "This was the 65th prisoner swap since 2022.",
    "The exchange was the 65th of the war.", "Kyiv called it the 65th such exchange.", "It was Ukraine's 65th exchange.",
    "The swap, the 65th, was mediated by the UAE.",
])
def test_the_exchanges_number_in_the_series(sentence):
    assert [f.kind for f in _figures(LEDE + sentence) if f.value == 65] == ["exchange_ordinal"]


@pytest.mark.parametrize("sentence, ages", [
    ("The freed were aged between 19 and 64.", [(19, 64)]), ("The youngest was 19 and the oldest 64.", [(19, None), (64, None)]),
    ("They ranged in age from 19 to 64.", [(19, 64)]), ("The freed, aged 19 to 64, were taken to hospital.", [(19, 64)]),
    ("Among them was a 19-year-old soldier.", [(19, None)]), ("The oldest prisoner freed is 64 years old.", [(64, None)]),
])
def test_ages_of_the_freed(sentence, ages):
    assert [(f.value, f.value_high) for f in _figures(LEDE + sentence) if f.kind == "age"] == ages


@pytest.mark.parametrize("sentence", [
    "The swap took place at 10:30 near the border.", "The front line is 1,200 km long.", "The talks followed a 30-day ceasefire.",
    "The US pledged $1.5 billion in aid.", "UN Resolution 2202 was cited.", "Call +380 44 123 4567 for information.",
    "An Il-76 crashed near Belgorod.", "Ukraine has received 16 F-16 jets.", "Page 3 of 12.", "The war began in 2022.",
    "The exchange took 3 hours.", "It happened 2 weeks ago.", "Temperatures reached 35 degrees.", "Zelensky said Ukraine needs 10 more Patriot systems.",
])
def test_numbers_beside_a_swap_that_are_not_its_figures(sentence):
    assert [f.value for f in _figures(LEDE + sentence) if f.value != 205] == []
