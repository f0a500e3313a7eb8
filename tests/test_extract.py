"""Extraction rules, each case a sentence written for the test, plus the seed figures and span properties."""
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_article
from pipeline.extract.numbers import find_numbers, words_to_int
from pipeline.ingest.reader import read_folder

from .conftest import SEEDS

PUB = date(2025, 10, 10)  # a Friday


def figs(text: str, published: date | None = PUB, language: str = "en"):
    return extract_article("a1", text, published, language).figures


def one(text: str, **kw):
    found = figs(text, **kw)
    assert len(found) == 1, [(f.value, f.kind) for f in found]
    return found[0]


@pytest.mark.parametrize(
    "text, value, value_high",
    [
        ("released 1,000 prisoners", 1000, None),
        ("released 5 757 prisoners", 5757, None),
        ("Two hundred and seven prisoners came home", 207, None),
        ("Two hundred forty-six soldiers came home", 246, None),
        ("a dozen prisoners came home", 12, None),
        ("half a dozen prisoners came home", 6, None),
        ("the 1,000-for-1,000 exchange", 1000, None),
        ("aged 18 to 25", 18, 25),
        ("15-20% of the bodies", 15, 20),
    ],
)
def test_numbers_as_news_writes_them(text, value, value_high):
    n = find_numbers(text, "en")[0]
    assert (n.value, n.value_high) == (value, value_high)
    assert text[n.start : n.end]
    if text.startswith("half"):
        assert text[n.start : n.end] == "half a dozen"  # the span is the whole number


def test_european_thousands_only_outside_english():
    assert find_numbers("damit 3.135 Ukrainer", "de")[0].value == 3135
    assert [n.value for n in find_numbers("a 3.135 ratio", "en")] == []


@pytest.mark.parametrize(
    "text, kind, side, scope, qualifier, status",
    [
        ("Ukraine and Russia exchanged 84 prisoners each on Thursday.", "exchanged", "both", "per_side", "exact", "completed"),
        ("The two sides agreed to exchange more than 1,000 prisoners of war.", "agreed", "unknown", None, "more_than", "agreed"),
        ("Moscow said it can transfer 500 Ukrainian soldiers next week.", "offered", "ukraine", None, "exact", "offered"),
        ("Kyiv said the sides would return the bodies of 6,000 soldiers from each side.", "bodies", "both", "per_side", "exact", "agreed"),
        ("Since March 2022, 4,100 Ukrainians have been freed from captivity.", "cumulative_released", "ukraine", None, "exact", None),
        ("It was the 61st exchange of prisoners since the invasion.", "exchange_ordinal", "both", None, "exact", None),
        ("The two countries have held at least nine exchanges this year.", "exchange_count", "both", None, "at_least", None),
        ("More than 90% of freed prisoners said they were tortured.", "percentage", "unknown", None, "more_than", None),
        ("Nearly 2,000 Ukrainian prisoners are still held in Russia.", "other", "ukraine", None, "up_to", None),
        ("About 300 Russian servicemen were returned to Russia on Monday.", "exchanged", "russia", None, "about", "completed"),
        ("Another 400 prisoners from each side are due to be released.", "agreed", "both", "per_side", "exact", "planned"),
        ("In the swap, a total of 310 people changed sides.", "exchanged", "both", "total", "exact", "completed"),
        ("Russia still holds more than 8,000 Ukrainian POWs, the ombudsman said.", "other", "ukraine", None, "more_than", None),
        ("Some 1,200 Ukrainians remain missing, officials said.", "other", "ukraine", None, "about", None),
        ("The sides agreed to hand over 1,000 POWs each.", "agreed", "both", "per_side", "exact", "agreed"),
        ("Last year the two countries held 13 prisoner exchanges.", "exchange_count", "both", None, "exact", None),
        ("Ukraine has returned 5,857 people from Russian captivity through many exchanges.", "cumulative_released", "ukraine", None, "exact", None),
        ("Kyiv says it has more than 1,000 Russian prisoners of war available for exchange.", "other", "russia", None, "more_than", None),
        ("The prisoner swap, the 49th of the war, came after a pause of five months.", "exchange_ordinal", "both", None, "exact", None),
        ("It was the first prisoner swap of the year, officials said.", "exchange_ordinal", "both", None, "exact", None),
        ("The Emirates, which mediated the swap, said it was the 10th such mediation since the war began.", "exchange_ordinal", "both", None, "exact", None),
        ("Russia said it had received 195 of its soldiers in the swap.", "exchanged", "russia", None, "exact", "completed"),
        ("Ukraine received the bodies of 757 soldiers killed in action.", "bodies", "ukraine", None, "exact", "completed"),
        # a since-phrase after the release verb makes a large count a running total, in any tense
        ("Lubinets said more than 3,300 people had been released since 2022.", "cumulative_released", "ukraine", None, "more_than", None),
        ("The swap freed 1,200 people, the largest exchange since 2022.", "exchanged", "unknown", None, "exact", "completed"),
        # "officials on both sides" says who reported it, not that the count is per side
        ("The swap freed 248 Russians on Wednesday, according to officials on both sides.", "exchanged", "russia", None, "exact", "completed"),
        ("The sides freed 150 prisoners on both sides on Friday.", "exchanged", "both", "per_side", "exact", "completed"),
        ("Ukraine has secured the release of 215 people in exchange for Russian prisoners.", "exchanged", "ukraine", None, "exact", "completed"),
        ("The Russian defence ministry said 75 servicemen had been returned from territory controlled by the Kyiv regime.",
         "exchanged", "russia", None, "exact", "completed"),
        ("In return, 75 prisoners of war from the Ukrainian armed forces were handed over.", "exchanged", "ukraine", None, "exact", "completed"),
        ("Russia received the bodies of 27 of its soldiers, according to Medinsky.", "bodies", "russia", None, "exact", "completed"),
        # a swap "planned for" a date has not happened, whatever noun names it
        ("Russia had blocked a swap of 150 people planned for December.", "agreed", "both", "total", "exact", "planned"),
        # a deal named in the next clause does not make this exchange a promise
        ("The spring talks brought a 500-for-500 exchange in April, then a deal on the wounded.", "exchanged", "both", "per_side", "exact", "completed"),
        # a count of exchanges "brought to" a number
        ("The swap on Sunday brought the total number of exchanges this year to 5.", "exchange_count", "both", None, "exact", None),
    ],
)
def test_kind_side_scope_qualifier_status(text, kind, side, scope, qualifier, status):
    f = one(text)
    assert (f.kind, f.side, f.scope, f.qualifier, f.status) == (kind, side, scope, qualifier, status)


@pytest.mark.parametrize(
    "text, ages",
    [
        ("The youngest freed soldier was 21 and the oldest 63, the ombudsman said.", [21, 63]),
        ("Those released included prisoners aged 19 to 24 who were captured last year.", [(19, 24)]),
        ("The deal covers prisoners of war under the age of 25.", [25]),
        ("The women had been held for months; some of those freed were as young as 18.", [18]),
        ("The freed civilians were as old as 74, the ombudsman said.", [74]),
        ("Who came home: privates and sergeants, 48; officers, 12. Age range: 23 to 61.", [(23, 61)]),
    ],
)
def test_ages(text, ages):
    found = [f for f in figs(text) if f.kind == "age"]
    assert [(f.value, f.value_high) if f.value_high else f.value for f in found] == ages


@pytest.mark.parametrize(
    "text",
    [
        "The war has lasted over three years, and a 30-day ceasefire was proposed in 2025.",
        "Prisoners were exchanged at 14:30 on Friday after a 48-hour delay.",
        "Russia launched 72 drones overnight and 3,000 households lost power after the swap.",
        "Gold tops $3,800 as the exchange of prisoners was announced.",
        "All 74 people aboard were killed when the plane carrying prisoners crashed.",
        "Article 118 of the convention requires prisoners to be released.",
        "An earlier version of this article said 300 prisoners were exchanged.",
        "The United States and Russia swapped two prisoners in Abu Dhabi.",
        "The exchange was the largest since Russia invaded Ukraine with 190,000 troops.",
        "Over the weekend, Russia launched 537 drones at Ukraine before the swap.",
        # the vehicles that carried them are not the people carried
        "The exchange took place on the border, where 12 buses carrying the prisoners arrived.",
        "Two trains and four ambulances carrying the freed soldiers left the border.",
        # soldiers who gave themselves up are no exchange's count
        "Russia says 1,300 Ukrainian soldiers surrendered in Avdiivka before the swap.",
        # children returned after deportation are no prisoners of war
        "Russia has deported at least 19,546 Ukrainian children, Kyiv says; only 388 have been returned.",
    ],
)
def test_numbers_that_are_not_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("Ukrainian President Volodymyr Zelenskyy said 120 soldiers came home.", "Volodymyr Zelensky"),
        ("Russia's Defence Ministry said 120 Russian servicemen had been returned.", "Russian Defence Ministry"),
        ("According to ombudsman Dmytro Lubinets, 120 Ukrainians were freed.", "Dmytro Lubinets"),
        ("Kyiv said 120 Ukrainians came home.", "Ukrainian government"),
        ("Officials in the city counted 120 prisoners who came home.", None),
    ],
)
def test_claimants(text, claimant):
    assert one(text).claimant == claimant


def test_claimant_carries_to_a_pronoun_sentence():
    found = figs("Lubinets said the swap went well. He said 230 Ukrainians had been freed.")
    assert [f.claimant for f in found] == ["Dmytro Lubinets"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia and Ukraine exchanged 84 prisoners each on Thursday.", date(2025, 10, 9)),
        ("Russia and Ukraine exchanged 84 prisoners each on Friday.", date(2025, 10, 10)),
        ("On Thursday last week, 185 Ukrainian soldiers came home.", date(2025, 10, 2)),
        ("On 30 December, 189 Ukrainians came home.", date(2024, 12, 30)),
        ("On June 2, 189 Ukrainians came home.", date(2025, 6, 2)),
        ("From 23 to 25 May, 1,000 prisoners from each side were exchanged.", date(2025, 5, 25)),
    ],
)
def test_event_dates_resolve_against_publication(text, expected):
    assert one(text).event_date == expected


def test_event_date_without_publication_date_uses_only_the_text():
    assert one("Russia and Ukraine exchanged 84 prisoners each on Thursday.", published=None).event_date is None
    assert one("On 6 May 2025, Ukraine returned 205 prisoners home.", published=None).event_date == date(2025, 5, 6)


def test_repeated_fact_is_one_figure_at_its_first_span():
    text = "Ukraine got back 150 prisoners. Later, officials confirmed that 150 prisoners had come home."
    (f,) = figs(text)
    assert f.char_start == text.index("150")


def _seed_figures():
    out = {}
    for _, res in read_folder(SEEDS):
        for a, _ in res.articles:
            out[a.source_path[:3]] = (a, extract_article(a.article_id, a.body, a.published_date, a.language).figures)
    return out


SEED_FIGURES = _seed_figures()


@pytest.mark.parametrize(
    "seed, value, value_high, kind, side, scope, qualifier, extra",
    [
        ("001", 1000, None, "agreed", None, None, "more_than", {"event_date": date(2025, 6, 2)}),
        ("004", 1000, None, "agreed", "both", "total", "exact", {"event_date": date(2025, 6, 2)}),
        ("004", 1200, None, "agreed", "both", "per_side", "exact", {"claimant": "Vladimir Medinsky", "text": "1200 for 1200"}),
        ("004", 500, None, "offered", "ukraine", None, "exact", {"status": "offered"}),
        ("003", 6000, None, "bodies", "both", "per_side", "exact", {"status": "agreed"}),
        ("004", 5757, None, "cumulative_released", "ukraine", None, "exact", {"since_date": date(2022, 3, 1)}),
        ("004", 536, None, "cumulative_released", "ukraine", None, "exact", {"subject": "returned by other means"}),
        ("004", 205, None, "exchanged", "ukraine", None, "exact", {"event_date": date(2025, 5, 6)}),
        ("004", 1000, None, "exchanged", "both", "per_side", "about", {"event_date": date(2025, 5, 25), "event_date_from": date(2025, 5, 23)}),
        ("002", 20, None, "age", None, None, "exact", {}),
        ("002", 59, None, "age", None, None, "exact", {}),
        ("003", 22, None, "age", None, None, "exact", {}),
        ("004", 18, 25, "age", "both", None, "exact", {"status": "agreed"}),
        ("001", 25, None, "age", None, None, "up_to", {"status": "agreed"}),
    ],
)
def test_seed_figures(seed, value, value_high, kind, side, scope, qualifier, extra):
    article, found = SEED_FIGURES[seed]
    matches = [f for f in found if f.value == value and f.value_high == value_high and f.kind == kind]
    assert matches, [(f.value, f.kind) for f in found]
    f = matches[0]
    if side:
        assert f.side == side
    assert f.scope == scope and f.qualifier == qualifier
    for key, expected in extra.items():
        assert getattr(f, key) == expected, key
    assert article.body[f.char_start : f.char_end] == f.text


def test_seed_distractors_are_not_figures():
    values = {f.value for _, found in SEED_FIGURES.values() for f in found}
    assert not values & {242, 100, 122, 30, 2014, 2012, 2022, 3}
    for _, found in SEED_FIGURES.values():
        for f in found:
            assert "cup of coffee" not in f.sentence and "tens of thousands" not in f.text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_formatted_numbers_parse_back(value):
    # (a comma, a space of any width or a Swiss apostrophe between thousands; "1.000" before people in English too)
    grouped = f"{value:,}"
    for text in (grouped, grouped.replace(",", " "), grouped.replace(",", "\u2009"), grouped.replace(",", "\u202f"),
                 grouped.replace(",", "’"), grouped.replace(",", "."), str(value)):
        (n,) = find_numbers(f"returned {text} prisoners", "en")
        assert n.value == value
        (n,) = find_numbers(f"gab {text} Gefangene frei", "de")
        assert n.value == value


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_parse_back(value):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def say(n):
        if n < 20:
            return ones[n]
        if n < 100:
            return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
        if n < 1000:
            return ones[n // 100] + " hundred" + (" and " + say(n % 100) if n % 100 else "")
        return say(n // 1000) + " thousand" + (" " + say(n % 1000) if n % 1000 else "")

    assert words_to_int(say(value)) == value


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–%abcdefor\nPrisoners each exchanged aged since 2022 Ukraine Russia bodies")), max_size=300))
def test_spans_always_slice_to_the_figure_text(text):
    result = extract_article("p", text, PUB, "en")
    again = extract_article("p", text, PUB, "en")
    assert result == again
    for f in result.figures:
        assert 0 <= f.char_start < f.char_end <= len(text)
        assert text[f.char_start : f.char_end] == f.text
        assert text[f.sentence_start : f.sentence_start + len(f.sentence)] == f.sentence
    for m in result.mentions:
        if m.deal_reference is not None:
            assert text[m.reference_char_start : m.reference_char_end] == m.deal_reference


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Ukraine and Russia exchanged 84 prisoners on 14 August.", "The swap was the ninth stage of the exchanges.",
    "It was carried out under the agreements reached in Istanbul last month.", "On Sunday 303 came home in the third stage of the 1000-for-1000 exchange.",
    "Officials said more would follow.", "as part of the deal", "\n", "Since the talks in May, the fifth swap.",
]), max_size=8))
def test_deal_reference_spans_slice_to_their_words(parts):
    text = " ".join(parts)
    for m in extract_article("p", text, PUB, "en").mentions:
        if m.deal_reference is not None:
            assert text[m.reference_char_start : m.reference_char_end] == m.deal_reference
        if m.referenced_from is not None:
            assert m.referenced_from <= m.referenced_to


@pytest.mark.parametrize("text, expected", [
    # the Donbas exchanges of 2017-2020: separatists' side, counts without a noun, controlled territory
    ("Kyiv and the separatists swapped prisoners on Wednesday, with Kyiv handing over 233 people and receiving 73 in return.",
     [(233, "russia"), (73, "ukraine")]),
    # both parties swapping a count, with where the separatists are between them and the verb
    ("Ukraine and Russian-backed separatists in the east exchanged about 200 prisoners on Sunday.", [(200, "both")]),
    ("The sides swapped prisoners on Sunday, with 76 people returning to Ukrainian-controlled territory and 124 handed over to the separatists.",
     [(76, "ukraine"), (124, "russia")]),
    ("The sides exchanged prisoners on Thursday, with 20 people returned to Kyiv-controlled territory and 14 to rebel-held areas.",
     [(20, "ukraine"), (14, "russia")]),
    ("Ukraine and Russia have exchanged more prisoners, with 28 Ukrainian soldiers and 13 civilians returning home.",
     [(28, "ukraine"), (13, "ukraine")]),
    # the next clause names the next count's side, not this one's
    ("Ukraine also got back the bodies of 501 soldiers, while Russia received the remains of 89.", [(501, "ukraine"), (89, "russia")]),
])
def test_sides_of_older_exchanges(text, expected):
    assert [(f.value, f.side) for f in figs(text) if f.kind in ("exchanged", "bodies")] == expected


def test_a_count_restated_without_a_side_is_one_figure_but_the_other_sides_equal_count_is_not():
    found = figs("Ukraine said on Friday it had freed 86 servicemen in a prisoner exchange with Russia. "
                 "Deputy Prime Minister Iryna Vereshchuk said 86 soldiers, including 15 women, were returned.")
    assert [(f.value, f.side, f.claimant) for f in found] == [(86, "ukraine", "Ukrainian government"), (15, "ukraine", "Iryna Vereshchuk")]
    found = figs("The ministry said 75 Russian servicemen were returned. In return, 75 prisoners of war were handed over.")
    assert [(f.value, f.side) for f in found] == [(75, "russia"), (75, "unknown")]


def test_an_exchange_a_month_ago_named_with_when_is_dated_by_its_month():
    found = figs("It was the first exchange since September, when Russia and Ukraine swapped 35 prisoners each.")
    assert [(f.value, f.event_date, f.event_date_precision) for f in found if f.kind == "exchanged"] == [(35, date(2025, 9, 1), "month")]


@pytest.mark.parametrize("text", [
    "The UAE has mediated 11 exchanges between the two countries, totalling 2,184 captives.",
    "The UAE has mediated 11 exchanges, with the total number of prisoners exchanged reaching 2,184.",
])
def test_people_freed_over_a_number_of_exchanges_are_a_running_total_of_both_sides(text):
    got = [(f.value, f.kind, f.side, f.scope) for f in figs(text)]
    assert got == [(11, "exchange_count", "both", None), (2184, "cumulative_released", "both", "total")]


def test_additional_groups_and_breakdowns():
    found = figs("Russia and Ukraine exchanged 185 prisoners each on Thursday, and Ukraine also got back 20 civilians.")
    extra = [f for f in found if f.value == 20]
    assert extra and extra[0].is_additional and not extra[0].is_breakdown
    found = figs("Ukraine got back 207 people on Friday. The group comprised 27 officers and 180 soldiers.")
    assert {f.value for f in found if f.is_breakdown} == {27, 180}
    found = figs("Ukraine brought home 150 defenders on Wednesday. Of them, 41 had been held since 2022.")
    assert [(f.value, f.is_breakdown) for f in found] == [(150, False), (41, True)]
    found = figs("Ukraine and Russia exchanged 103 prisoners each on Saturday. Among those released were 82 soldiers captured in Kursk.")
    assert [(f.value, f.is_breakdown) for f in found] == [(103, False), (82, True)]
    (alone,) = figs("• 17 October 2022 – 108 women come home.")
    assert not alone.is_breakdown  # a sub-category with no larger count beside it is the count


def test_timeline_sentences_take_their_paragraph_date():
    text = "• 21 September 2022 – 215 people return to Ukraine. Russia gets 55 soldiers.\n\n• 17 October 2022 – 108 women come home. Russia receives 110 people."
    got = {f.value: f.event_date for f in figs(text)}
    assert got == {215: date(2022, 9, 21), 55: date(2022, 9, 21), 108: date(2022, 10, 17), 110: date(2022, 10, 17)}


def test_same_number_in_the_next_sentence_makes_it_per_side():
    f = figs("Two hundred forty-six Russian servicemen have been returned. In return, the same number of Ukrainian prisoners were transferred.")[0]
    assert (f.value, f.side, f.scope) == (246, "both", "per_side")


PUBLISHED = date(2025, 7, 24)


@pytest.mark.parametrize(
    "text, reference, quantity, window",
    [
        ("The swap was carried out under the agreements reached in Istanbul last month.",
         "under the agreements reached in Istanbul last month", None, (date(2025, 6, 1), date(2025, 6, 30))),
        ("Kyiv said 84 soldiers came home in the second stage of the 1,000-for-1,000 exchange.",
         "stage of the 1,000-for-1,000 exchange", 1000, (None, None)),
        ("The handover took place in accordance with the agreements in Geneva on July 2, the ministry said.",
         "in accordance with the agreements in Geneva on July 2", None, (date(2025, 7, 2), date(2025, 7, 2))),
        ("It was part of a deal struck earlier this month.",
         "part of a deal struck earlier this month", None, (date(2025, 7, 1), PUBLISHED)),
        ("The prisoners were freed as part of the deal.", "as part of the deal", None, (None, None)),
        ("The exchange was the fifth since the talks in Riyadh in May.", "the talks in Riyadh in May", None,
         (date(2025, 5, 1), date(2025, 5, 31))),
        ("Prisoners under the age of 25 were freed on Friday.", None, None, None),
        ("Both sides exchanged 84 prisoners, officials said.", None, None, None),
    ],
)
def test_deal_references(text, reference, quantity, window):
    from pipeline.extract.references import find_deal_reference

    ref = find_deal_reference(text, PUBLISHED)
    if reference is None:
        assert ref is None
        return
    assert text[ref.start : ref.end] == reference
    assert ref.quantity == quantity
    assert (ref.agreed_from, ref.agreed_to) == window


@pytest.mark.parametrize(
    "text, ordinal",
    [
        ("Ukraine brought home 303 defenders in the third and final stage of the exchange.", 3),
        ("The first round of exchanges under the deal took place on Monday.", 1),
        ("Russia carries out 8th prisoner exchange with Ukraine since Istanbul talks", 8),
        ("This is the 65th exchange since the full-scale invasion began.", None),
        ("It was the third time the UAE mediated.", None),
    ],
)
def test_stage_ordinals(text, ordinal):
    from pipeline.extract.references import find_stage

    stage = find_stage(text, find_numbers(text))
    assert (stage.ordinal if stage else None) == ordinal


def test_a_reference_in_the_next_sentence_belongs_to_the_exchange_before_it():
    body = ("Russia and Ukraine swapped 84 prisoners each on Thursday, officials said.\n"
            "The swap was the ninth stage of exchanges under the agreements reached in Istanbul last month.")
    (mention,) = extract_article("a", body, PUBLISHED, "en").mentions
    assert mention.event_date == date(2025, 7, 24)
    assert mention.stage_ordinal == 9
    assert body[mention.reference_char_start : mention.reference_char_end] == mention.deal_reference
    assert mention.deal_reference.endswith("under the agreements reached in Istanbul last month")
    assert (mention.referenced_from, mention.referenced_to) == (date(2025, 6, 1), date(2025, 6, 30))


def test_reference_without_publication_date_resolves_against_the_exchange():
    body = "Russia and Ukraine exchanged prisoners on July 4, 2025, as part of the agreement signed last month in Istanbul."
    (mention,) = extract_article("a", body, None, "en").mentions
    assert (mention.referenced_from, mention.referenced_to) == (date(2025, 6, 1), date(2025, 6, 30))


def test_a_running_total_clause_does_not_make_the_exchange_count_cumulative():
    r = extract_article("a", "Both sides handed over 90 prisoners of war, bringing the total number of Ukrainians "
                             "freed since 2022 to more than 3,000.", PUB, "en")
    assert [(f.value, f.kind, f.scope) for f in r.figures] == [(90, "exchanged", "per_side"), (3000, "cumulative_released", None)]


def test_casualties_named_before_the_number_are_not_figures():
    text = ("A transport plane crashed near Belgorod, killing all 74 people on board, including 65 Ukrainian "
            "prisoners of war who were being taken to an exchange, Moscow said.")
    assert extract_article("a", text, PUB, "en").figures == []
    # the dead handed over are still counted
    (f,) = extract_article("a", "The bodies of 757 soldiers killed in action were repatriated.", PUB, "en").figures
    assert (f.value, f.kind) == (757, "bodies")


def test_an_earlier_exchange_named_by_its_distance_has_no_date():
    # "two weeks after 150 POWs were freed": that exchange is not the article's, and its day is not stated
    found = figs("Ukraine received 95 prisoners on Wednesday. The exchange came two weeks after 150 Ukrainian POWs were freed.")
    assert [(f.value, f.event_date) for f in found] == [(95, date(2025, 10, 8)), (150, None)]
    # "a day after" is resolved: the day before the article's exchange
    found = figs("Russia and Ukraine exchanged 95 prisoners each on Wednesday. The swap came a day after 49 Ukrainians were brought home.")
    assert [(f.value, f.event_date) for f in found] == [(95, date(2025, 10, 8)), (49, date(2025, 10, 7))]


@pytest.mark.parametrize("text", [
    "The Red Cross visited 3,000 prisoners of war in Russia before the exchange.",
    "Russian forces captured 300 Ukrainian soldiers near Pokrovsk, weeks before the swap.",
])
def test_people_visited_or_captured_are_not_exchanged(text):
    assert figs(text) == []


def test_a_month_without_a_day_dates_the_exchange_by_month():
    body = ("Ukraine and Russia swapped 95 prisoners each on Friday.\nThe previous exchange, in August, saw 22 Ukrainians return home.\n"
            "The bodies of three volunteers, who were killed in December, were also handed over.")
    got = {f.value: (f.event_date, f.event_date_precision) for f in extract_article("a", body, date(2024, 1, 6), "en").figures}
    # "in August" before a January publication is last year's; "in December" dates the deaths, not the handover:
    # that figure keeps the day of the exchange
    assert got == {95: (date(2024, 1, 5), "day"), 22: (date(2023, 8, 1), "month"), 3: (date(2024, 1, 5), "day")}


def test_two_attributions_in_one_sentence_give_each_figure_its_own_claimant():
    text = "Ombudsman Dmytro Lubinets said 207 Ukrainians were released, while Russia said it had received 195 of its soldiers."
    got = [(f.value, f.claimant, f.side) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(207, "Dmytro Lubinets", "ukraine"), (195, "Russian government", "russia")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the mediator is not who said it
        ("Russia and Ukraine each returned 90 prisoners on Tuesday in an exchange mediated by the United Arab Emirates, officials said.",
         [(90, "exchanged", None)]),
        # people a side says it holds are not an exchange; each claim keeps its claimant
        ("Moscow claims to be holding some 6,000 Ukrainian POWs, while Kyiv says it holds about 1,000 Russians.",
         [(6000, "other", "Russian government"), (1000, "other", "Ukrainian government")]),
        # people on a plane that was shot down were not handed over
        ("The swap comes a week after Moscow accused Kyiv of shooting down a plane carrying 65 Ukrainian prisoners.", []),
    ],
)
def test_claimants_and_non_exchanges_in_news_phrasing(text, expected):
    got = [(f.value, f.kind, f.claimant) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


@pytest.mark.parametrize("opening, month", [
    ("In May, ", date(2024, 5, 1)),
    ("Earlier this month, ", date(2024, 6, 1)),
    ("Last month, ", date(2024, 5, 1)),
    ("In March 2023, ", date(2023, 3, 1)),
])
def test_an_exchange_dated_by_its_month_alone_has_the_month_and_no_day(opening, month):
    (f,) = extract_article("a", opening + "Ukraine and Russia exchanged 75 prisoners each.", date(2024, 6, 26), "en").figures
    assert (f.value, f.event_date, f.event_date_precision) == (75, month, "month")


@pytest.mark.parametrize("when, published, expected", [
    # a week and no day: dated by the week's Monday, with the precision that says so (no event is merged on it)
    ("Earlier this week,", date(2024, 1, 3), (date(2024, 1, 1), "week")),
    ("Earlier this week,", date(2024, 8, 1), (date(2024, 7, 29), "week")),  # (a week that began in July)
    ("Last week,", date(2025, 2, 7), (date(2025, 1, 27), "week")),
    ("In the past week,", date(2025, 2, 7), (date(2025, 1, 27), "week")),
    # days
    ("A week ago,", date(2025, 2, 7), (date(2025, 1, 31), "day")),
    ("The day before yesterday,", date(2025, 2, 7), (date(2025, 2, 5), "day")),
    ("Yesterday,", date(2025, 2, 7), (date(2025, 2, 6), "day")),
    # "last weekend" is a span of days
    ("Last weekend,", date(2025, 2, 7), (date(2025, 2, 2), "day")),
])
def test_a_week_with_no_day_named_is_dated_by_the_week(when, published, expected):
    result = extract_article("a", when + " Ukraine and Russia exchanged 75 prisoners each.", published, "en")
    (f,) = result.figures
    assert (f.event_date, f.event_date_precision) == expected
    if expected[1] == "week":
        assert result.mentions == []  # no exchange is put on the Monday


def test_a_month_that_dates_a_capture_does_not_date_the_release():
    body = ("Ukraine and Russia swapped 95 prisoners each on Friday. "
            "They include two journalists, one of whom was seized in the Kyiv region in March 2022.")
    got = [(f.value, f.event_date, f.event_date_precision) for f in extract_article("a", body, date(2024, 1, 6), "en").figures]
    assert (2, date(2022, 3, 1), "month") not in got


@pytest.mark.parametrize("text, expected", [
    # counted from the date just stated in the sentence
    ("On March 8, Ukraine got back 90 soldiers; a week later, another 75 returned.", {90: date(2025, 3, 8), 75: date(2025, 3, 15)}),
    # counted from the paragraph's exchange
    ("Ukraine got back 90 soldiers on March 8. Two days later, 40 more came home.", {90: date(2025, 3, 8), 40: date(2025, 3, 10)}),
    # "a week earlier" before the lead exchange
    ("Ukraine and Russia swapped 84 prisoners each on Friday, March 14. A week earlier, Ukraine received 757 bodies.",
     {84: date(2025, 3, 14), 757: date(2025, 3, 7)}),
])
def test_days_and_weeks_before_or_after_another_date(text, expected):
    got = {f.value: f.event_date for f in extract_article("a", text, date(2025, 3, 20), "en").figures}
    assert got == expected


def test_in_the_days_after_is_no_span_of_days():
    found = extract_article("a", "Ukraine and Russia swapped 84 prisoners each on March 14. In the days after the swap, 12 more were freed.",
                            date(2025, 3, 20), "en").figures
    assert [(f.value, f.event_date) for f in found][0] == (84, date(2025, 3, 14))


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("fr", "Au total, 1 000 prisonniers de chaque camp doivent être libérés.", [(1000, "agreed", "planned")]),
        ("uk", "З початку повномасштабного вторгнення з полону повернули 4 552 українців.", [(4552, "cumulative_released", None)]),
        ("ru", "Россия и Украина обменялись 84 военнопленными.", [(84, "exchanged", "completed")]),
        ("de", "Russland und die Ukraine haben am Sonntag jeweils 303 Gefangene ausgetauscht.", [(303, "exchanged", "completed")]),
    ],
)
def test_other_languages(language, text, expected):
    got = [(f.value, f.kind, f.status) for f in extract_article("a", text, PUB, language).figures]
    assert got == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("ru", "Россия и Украина провели обмен пленными в формате 390 на 390.", (390, "exchanged", "both", "per_side")),
        ("ru", "Стороны договорились провести обмен в формате 1000 на 1000.", (1000, "agreed", "both", "per_side")),
        ("uk", "Україна повернула додому 390 громадян.", (390, "exchanged", "ukraine", None)),
        ("de", "Insgesamt sollen 1000 Gefangene pro Seite freikommen.", (1000, "agreed", "both", "per_side")),
        ("fr", "La Russie et l'Ukraine ont échangé vendredi 390 prisonniers de chaque côté.", (390, "exchanged", "both", "per_side")),
    ],
)
def test_other_languages_sides_and_formats(language, text, expected):
    got = [(f.value, f.kind, f.side, f.scope) for f in extract_article("a", text, PUB, language).figures]
    assert got == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kyiv said it had received 197 people, while Moscow said it got 175 back.",
         [(197, None, "exact", "ukraine", "Ukrainian government"), (175, None, "exact", "russia", "Russian government")]),
        ("The exchange was the 62nd since 2022, with 5,000-plus Ukrainians freed so far.",
         [(62, None, "exact", "both", None), (5000, None, "more_than", "ukraine", None)]),
        ("Between 100 and 150 prisoners are expected to be released next week.", [(100, 150, "exact", "unknown", None)]),
        ("Kyiv says 1,000 or more Ukrainian soldiers are still held in Russia.", [(1000, None, "at_least", "ukraine", "Ukrainian government")]),
    ],
)
def test_qualifiers_after_the_number_ranges_of_people_and_receiving_sides(text, expected):
    got = [(f.value, f.value_high, f.qualifier, f.side, f.claimant) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


def test_the_stage_number_of_a_headline_goes_to_the_article_exchange():
    body = "Russia and Ukraine swapped prisoners on July 4, the defence ministry said."
    (m,) = extract_article("a", body, date(2025, 7, 4), "en", title="Russia Carries Out 8th Prisoner Exchange With Ukraine Since Istanbul Talks").mentions
    assert (m.event_date, m.stage_ordinal, m.stage_in_title) == (date(2025, 7, 4), 8, True)
    (m,) = extract_article("a", body, date(2025, 7, 4), "en", title="Russia and Ukraine swap prisoners").mentions
    assert (m.stage_ordinal, m.stage_in_title) == (None, False)


def test_a_side_count_equal_to_the_per_side_count_is_the_same_fact():
    body = ("Ukraine and Russia exchanged 146 prisoners of war each on Sunday.\n"
            "Russia's Defence Ministry said 146 Russian servicemen had been returned.\n"
            "The previous swap, on August 14, also saw 146 Russian servicemen returned.")
    got = [(f.value, f.side, f.scope, f.event_date) for f in extract_article("a", body, date(2025, 8, 24), "en").figures]
    # the ministry's 146 restates the lede; the same number for another day is another exchange
    assert got == [(146, "both", "per_side", date(2025, 8, 24)), (146, "russia", None, date(2025, 8, 14))]


def test_an_age_limit_restated_is_one_figure():
    body = ("The sides agreed to free all prisoners aged 18 to 25.\n"
            "Those aged 18 to 25 will be released first, officials said.")
    assert [(f.value, f.value_high, f.kind) for f in extract_article("a", body, PUB, "en").figures] == [(18, 25, "age")]


@pytest.mark.parametrize("text, expected", [
    # a side's own equal count after a possessive subject ("Russia's defence ministry said it received")
    ("Kyiv said 95 of its soldiers came home on Tuesday. Russia's Defence Ministry said it had received 95 servicemen.",
     [(95, "exchanged", "ukraine"), (95, "exchanged", "russia")]),
    # what one side hands over is the other side's people
    ("The sides swapped 84 prisoners each, and Moscow also handed over 6 badly wounded soldiers.",
     [(84, "exchanged", "both"), (6, "exchanged", "ukraine")]),
    # bodies one side hands over, named before the count, are the other side's dead
    ("Separately, Russia handed over the bodies of 909 soldiers, while Ukraine transferred the remains of 34 to Russia.",
     [(909, "bodies", "ukraine"), (34, "bodies", "russia")]),
    ("Kyiv handed over the remains of 41 Russian servicemen on Friday.", [(41, "bodies", "russia")]),
    # the people one side holds are the other side's
    ("Moscow says it holds about 1,300 Ukrainian POWs, while Ukraine is holding 400 Russians.",
     [(1300, "other", "ukraine"), (400, "other", "russia")]),
    ("An estimated 2,000 civilians are believed to be held by Russian forces, the ombudsman said.",
     [(2000, "other", "unknown")]),
    # could/may be freed: not done yet
    ("A further 300 prisoners may be released next month under the deal, officials said.", [(300, "agreed", "unknown")]),
    # refusals are not exchanges
    ("The swap was completed on Monday, although 9 prisoners declined to be exchanged.", [(9, "other", "unknown")]),
])
def test_sides_of_holders_and_givers_and_what_is_not_yet_an_exchange(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


def test_things_next_to_an_exchange_that_are_not_its_figures():
    body = ("Russia and Ukraine exchanged 205 prisoners each on Tuesday after talks in Istanbul. "
            "The Ukrainian delegation consisted of 14 people, and a 9-member team came from Moscow. "
            "Shares in Ukrainian steelmakers rose 7% on the news.")
    assert [(f.value, f.kind) for f in figs(body)] == [(205, "exchanged")]


def test_the_day_the_war_began_dates_nothing():
    body = "Ukraine said on Monday it had exchanged 60 soldiers, the fourth such swap since Russia invaded on Feb. 24. Ten of them were wounded."
    got = [(f.value, f.kind, f.event_date) for f in figs(body, published=date(2022, 5, 9))]
    assert got == [(60, "exchanged", date(2022, 5, 9)), (4, "exchange_ordinal", date(2022, 5, 9)), (10, "exchanged", date(2022, 5, 9))]


def test_a_count_referred_back_to_with_the_is_not_a_new_figure():
    body = ("Each side released 120 prisoners on Friday. "
            "The ministry said the 120 Russian soldiers were in Belarus and would be flown to Moscow.")
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(body)] == [(120, "exchanged", "both", "per_side")]


@pytest.mark.parametrize("text, expected", [
    # a breakdown takes the side of the count it breaks down
    ("Some 130 Ukrainian servicemen were freed on Sunday. Among them were 20 officers.", [(130, "ukraine", False), (20, "ukraine", True)]),
    ("Separately, 64 Ukrainian troops came home, the ministry said, adding that 5 medics were among them.",
     [(64, "ukraine", False), (5, "ukraine", True)]),
    # ... unless the breakdown's own sentence names a nation: then who is counted is not certain
    ("Russia got back 100 servicemen. A Ukrainian brigade said 12 of its marines were among those freed.",
     [(100, "russia", False), (12, "unknown", True)]),
])
def test_breakdown_sides(text, expected):
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text)] == expected


def test_fact_box_lines_read_their_label_as_the_noun():
    body = ("Key numbers\n"
            "- Soldiers returned in Tuesday's swap: 103 per side\n"
            "- Swaps brokered by Qatar so far: 4\n"
            "- Ukrainians still in captivity, according to Kyiv: 7,500\n"
            "- Area of the occupied territories: 18%\n")
    got = [(f.value, f.kind, f.side, f.scope) for f in figs(body)]
    assert got == [(103, "exchanged", "both", "per_side"), (4, "exchange_count", "both", None), (7500, "other", "ukraine", None)]


@pytest.mark.parametrize("text, expected", [
    ("Some 210 Ukrainian soldiers came home, 60 of whom had been wounded.", [(210, False), (60, True)]),
    ("Ukraine said 170 servicemen were freed on Monday. The 170 include 31 members of the National Guard.", [(170, False), (31, True)]),
    ("The ICRC, whose team of 6 staff escorted the buses, said 52 prisoners were handed over.", [(52, False)]),
])
def test_sub_counts_written_other_ways_and_escorts_that_are_not_prisoners(text, expected):
    assert [(f.value, f.is_breakdown) for f in figs(text)] == expected


@pytest.mark.parametrize("language, text, expected", [
    # casualties in other languages are not people handed over
    ("de", "Russland und die Ukraine haben jeweils 84 Gefangene ausgetauscht. Bei einem Angriff wurden 9 Menschen getötet.", [(84, "exchanged", "both")]),
    ("fr", "La Russie et l'Ukraine ont échangé 84 prisonniers de chaque côté. Une frappe a fait 7 morts.", [(84, "exchanged", "both")]),
    # running totals in German and French; captivity names where, not whose
    ("de", "Seit Kriegsbeginn sind 3.100 Menschen aus russischer Gefangenschaft zurückgekehrt.", [(3100, "cumulative_released", "ukraine")]),
    ("fr", "Au total, 2 900 Ukrainiens ont été libérés depuis 2022.", [(2900, "cumulative_released", "ukraine")]),
    ("en", "On Friday 52 soldiers came back from Russian captivity.", [(52, "exchanged", "ukraine")]),
])
def test_other_languages_casualties_totals_and_captivity(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, language=language)] == expected


@pytest.mark.parametrize("text, expected", [
    # a mediator's running total over its mediations, and the count of those mediations
    ("Qatar said its efforts had led to the release of 1,540 captives across 9 mediations.",
     [(1540, "cumulative_released", "both"), (9, "exchange_count", "both")]),
    # the Russian side received men from the territory "controlled by the Kiev regime": Russia's
    ("The Russian side received 64 servicemen from the territory controlled by the Kiev regime.", [(64, "exchanged", "russia")]),
    # every count of a sentence that opens "Among those freed" is part of the count before
    ("Some 120 Ukrainian soldiers came home. Among those freed are border guards, medics and 14 marines.",
     [(120, "exchanged", "ukraine"), (14, "exchanged", "ukraine")]),
])
def test_mediators_totals_russian_side_and_among_openings(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


def test_ages_in_apposition_to_names_and_casualties_with_an_aside():
    body = ("Ukraine said 90 soldiers were freed on Friday. Among them were Taras Melnyk, 23, and Olha Bondar, 47. "
            "In Sumy, 19, including two children, were wounded by shelling the same day.")
    got = [(f.value, f.kind) for f in figs(body)]
    assert got == [(90, "exchanged"), (23, "age"), (47, "age")]


@pytest.mark.parametrize("text, expected", [
    # "servicemen" is not "service" + "men": a side's count of servicemen is not a sub-count
    ("Kyiv got back 150 people. Russia's defence ministry said it had received 150 servicemen, which makes 300 people in total.",
     [(150, "exchanged", False), (150, "exchanged", False), (300, "exchanged", False)]),
    # the military part of a count split by category is a sub-count of it
    ("Ukraine said the 95 people it got back were 80 soldiers and 15 civilians.",
     [(95, "exchanged", False), (80, "exchanged", True), (15, "exchanged", True)]),
    # "an exchange of 1,000 each agreed at talks": the deal, not what was handed over that day
    ("Each side freed 300 people on Friday, the first stage of an exchange of 1,000 prisoners each agreed at talks in Istanbul.",
     [(300, "exchanged", False), (1, "exchange_ordinal", False), (1000, "agreed", False)]),
])
def test_sub_counts_by_category_and_deals_named_after_an_exchange(text, expected):
    assert [(f.value, f.kind, f.is_breakdown) for f in figs(text)] == expected


def test_bodies_counted_in_pairs_and_totals_sent_to_one_side():
    body = ("A total of 212 bodies of fallen soldiers were repatriated to Ukraine on Friday. "
            "Earlier, the sides had swapped the bodies of 45 and 51 soldiers respectively.")
    assert [(f.value, f.kind, f.side) for f in figs(body)] == [(212, "bodies", "ukraine"), (45, "bodies", "unknown"), (51, "bodies", "unknown")]


def test_an_n_for_n_offer_is_offered_and_an_n_for_n_deal_agreed():
    assert [(f.kind, f.status) for f in figs("Kyiv is ready to hand over 500 Russians for 500 Ukrainians, the minister said.")] == [("offered", "offered")]
    assert [(f.kind, f.status) for f in figs("The sides agreed on a 500-for-500 exchange, the minister said.")] == [("agreed", "agreed")]


@pytest.mark.parametrize("text, language, expected", [
    ("about 1.2 thousand prisoners", "en", [(1200, "1.2 thousand")]),
    ("some 2.5K prisoners and 1K bodies", "en", [(2500, "2.5K"), (1000, "1K")]),  # a K after the digits is thousands
    ("2,5 тис. полонених", "uk", [(2500, "2,5 тис.")]),
    ("1,5 Millionen Menschen", "de", [(1500000, "1,5 Millionen")]),
    ("a 4.5 km queue and a 3.2% rise", "en", []),  # decimals without a scale word are measurements and shares
])
def test_decimals_with_a_scale_word_are_whole_numbers(text, language, expected):
    assert [(n.value, text[n.start:n.end]) for n in find_numbers(text, language)] == expected


def test_people_of_the_war_that_are_not_of_a_swap():
    body = ("Ukraine and Russia swapped 75 prisoners each on Friday. "
            "Some 6.7 million Ukrainians have fled abroad, and 40 men from the village were mobilised last year.")
    assert [(f.value, f.kind) for f in figs(body)] == [(75, "exchanged")]


@pytest.mark.parametrize("text, claimant", [
    ("Ukraine's defence ministry said 40 soldiers had come home.", "Ukrainian Defence Ministry"),
    ("Russia's defence ministry said 40 soldiers had come home.", "Russian Defence Ministry"),
    # a role named without its holder is the claimant; with the holder named, the person is
    ("Ukraine's human rights ombudsman said 40 soldiers had come home.", "Ukrainian ombudsman"),
    ("Dmytro Lubinets, Ukraine's human rights ombudsman, said 40 soldiers had come home.", "Dmytro Lubinets"),
    ("The Russian ombudsman said 40 Russian soldiers had come home.", "Russian ombudsman"),
    ("Ukraine's military intelligence agency said 40 soldiers had come home.", "Ukrainian military intelligence (HUR)"),
])
def test_claimants_named_by_role(text, claimant):
    assert one(text).claimant == claimant


def test_he_said_reaches_back_to_the_actor_a_sentence_opens_with():
    body = "Zelensky thanked Qatar for its mediation on Friday. Russia still holds about 7,000 Ukrainians, he said."
    assert [(f.value, f.claimant) for f in figs(body)] == [(7000, "Volodymyr Zelensky")]


def test_an_ordinal_equal_to_an_earlier_count_is_not_a_back_reference():
    body = "Ukraine and Russia exchanged 58 prisoners each on Thursday. According to the headquarters, this was the 58th exchange."
    assert [(f.value, f.kind) for f in figs(body)] == [(58, "exchanged"), (58, "exchange_ordinal")]


def test_he_said_does_not_reach_back_to_an_institution():
    body = "The United Arab Emirates mediated the swap on Friday. He said 120 Ukrainian soldiers came home."
    assert [(f.value, f.claimant) for f in figs(body)] == [(120, None)]


@pytest.mark.parametrize("language, text, expected", [
    ("uk", "Україна повернула додому 84 захисників, повідомив Зеленський. Внаслідок обстрілу загинули 3 людини.",
     [(84, "exchanged", "ukraine", "Volodymyr Zelensky")]),
    ("ru", "Из украинского плена возвращены 90 российских военнослужащих, сообщило Минобороны России. В ответ передано 90 военнопленных ВСУ.",
     [(90, "exchanged", "russia", "Russian Defence Ministry"), (90, "exchanged", "ukraine", None)]),
    ("ru", "Всего с начала СВО из плена вернулись более 3000 российских военных.", [(3000, "cumulative_released", "russia", None)]),
    ("de", "Bei dem Austausch kamen 95 ukrainische Soldaten frei. Russland erhielt 95 Soldaten zurück.",
     [(95, "exchanged", "ukraine", None), (95, "exchanged", "russia", None)]),
    # "au total ... ont été libérés samedi" is one exchange, not a running total
    ("fr", "Au total, 246 prisonniers ukrainiens ont été libérés samedi, selon le ministère russe de la Défense.",
     [(246, "exchanged", "ukraine", "Russian Defence Ministry")]),
    # where they came back from or to names whose they are: "из украинского плена" (Russia's), "do domu" (home: Ukraine's)
    ("ru", "Россия вернула из украинского плена 195 военнослужащих, сообщило Минобороны РФ.",
     [(195, "exchanged", "russia", "Russian Defence Ministry")]),
    ("uk", "Україна повернула з російського полону 207 захисників.", [(207, "exchanged", "ukraine", None)]),
    ("pl", "W sobotę odbyła się wymiana jeńców. Do domu wróciło 84 żołnierzy, poinformował prezydent Zełenski.",
     [(84, "exchanged", "ukraine", "Volodymyr Zelensky")]),
    # an ordinal written with a degree sign: "il 58° scambio"
    ("it", "Si tratta del 58° scambio di prigionieri dall'inizio della guerra, ha detto Zelensky.",
     [(58, "exchange_ordinal", "both", "Volodymyr Zelensky")]),
])
def test_sides_claimants_and_casualties_in_other_languages(language, text, expected):
    assert [(f.value, f.kind, f.side, f.claimant) for f in figs(text, language=language)] == expected


def test_the_n_freed_is_a_count_of_people():
    body = "Marines of the 36th Brigade were among the 175 freed, Kyiv said. Six crew and three escorts were on the plane."
    assert [(f.value, f.kind) for f in figs(body)] == [(175, "exchanged")]


@pytest.mark.parametrize("text, expected", [
    # a mediator's running total of everyone swapped in both directions
    ("Qatar said the deal raised the total number of prisoners exchanged through its mediation to 2,410.",
     [(2410, "cumulative_released", "both", "total")]),
    ("According to Ankara, the total number of captives swapped with Turkish help has reached 1,890.",
     [(1890, "cumulative_released", "both", "total")]),
    # "the exchange of N ... from both sides" counts both sides together; "from each side" does not
    ("The talks led to the exchange of 260 detainees from both sides on Monday.", [(260, "exchanged", "both", "total")]),
    ("The talks led to the exchange of 130 detainees from each side on Monday.", [(130, "exchanged", "both", "per_side")]),
    # the people one side still holds are the other side's
    ("Kyiv estimates that about 6,500 Ukrainians remain in Russian captivity.", [(6500, "other", "ukraine", None)]),
    ("Officials believe around 900 servicemen are still held in Ukrainian captivity.", [(900, "other", "russia", None)]),
])
def test_mediator_totals_both_sides_together_and_who_is_still_held(text, expected):
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a count given "in exchange for" another is the other side's
    ("Kyiv won the release of 112 marines in exchange for 40 Russian-backed fighters.", [(112, "ukraine"), (40, "russia")]),
    ("Moscow got back 64 of its soldiers in return for 58 captives, the ministry said.", [(64, "russia"), (58, "ukraine")]),
    # a group added in the next sentence goes to the side of the count it is added to, and the other
    # side's equal count after "in turn" is kept
    ("Ukraine brought home 140 soldiers on Sunday. Additionally, 12 severely wounded men were returned. "
     "In turn, 140 Russian prisoners and 12 wounded servicemen were handed back.",
     [(140, "ukraine"), (12, "ukraine"), (140, "russia"), (12, "russia")]),
])
def test_sides_of_counts_given_in_exchange_or_added_to_another(text, expected):
    assert [(f.value, f.side) for f in figs(text)] == expected


def test_a_sub_count_that_points_back_reaches_two_sentences():
    body = ("Ukraine and Russia each freed 120 prisoners on Friday. The exchange was mediated by the UAE. "
            "The Ukrainian ombudsman said 15 civilians were among those released.")
    assert [(f.value, f.is_breakdown) for f in figs(body)] == [(120, False), (15, True)]
    # without the pointer back, a sub-count two sentences on stands alone
    body = ("Ukraine and Russia each freed 120 prisoners on Friday. The exchange was mediated by the UAE. "
            "The Ukrainian ombudsman said 15 civilians came home on Saturday.")
    assert [(f.value, f.is_breakdown) for f in figs(body)] == [(120, False), (15, False)]


@pytest.mark.parametrize("text, expected", [
    # a side that "released" people gives them to the other side; "released ... from captivity" are its own
    ("Kyiv released 96 detainees and received 41 in return at the checkpoint.", [(96, "russia"), (41, "ukraine")]),
    ("Moscow released 58 men on Tuesday, the Russian side said.", [(58, "ukraine")]),
    ("Ukraine released 64 fighters from Russian captivity, its ombudsman said.", [(64, "ukraine")]),
    # the receiver of "while receiving N" is the side that handed over
    ("Russia has handed over 2,400 bodies under the June agreements, while receiving 31.", [(2400, "ukraine"), (31, "russia")]),
    # "N of its soldiers": the people of the nation named before
    ("Moscow said on Friday that 117 of its soldiers had returned.", [(117, "russia")]),
    ("Kyiv reports that 132 of its defenders are back home.", [(132, "ukraine")]),
])
def test_sides_of_releasers_receivers_and_own_people(text, expected):
    assert [(f.value, f.side) for f in figs(text)] == expected


def test_a_deal_named_is_not_a_promise_and_returnees_listed_missing_came_home():
    # "under the ... agreements" names the deal of a handover that happened
    f = one("Russia returned the bodies of 909 soldiers on Monday under the Istanbul agreements.")
    assert (f.kind, f.status) == ("bodies", "completed")
    body = ("Ukraine brought back 88 soldiers on Sunday. Of those, 30 had been listed as missing. "
            "Nine of the returnees needed urgent surgery.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(body)]
    assert got == [(88, "exchanged", "ukraine", False), (30, "exchanged", "ukraine", True), (9, "exchanged", "ukraine", True)]


def test_live_blog_speaker_lines_mediator_totals_after_an_ordinal_and_brokered_deals():
    body = ("14:05 Lubinets: 112 of our defenders are home.\n"
            "14:20 The swap was the 61st exchange since 2022.\n")
    got = [(f.value, f.kind, f.side, f.claimant) for f in figs(body)]
    assert got == [(112, "exchanged", "ukraine", "Dmytro Lubinets"), (61, "exchange_ordinal", "both", None)]
    # "its tenth mediation, totalling 2,650 captives": everyone freed in those mediations, both sides
    f = figs("Qatar said it was its tenth mediation, totalling 2,650 captives released.")[-1]
    assert (f.value, f.kind, f.side, f.scope) == (2650, "cumulative_released", "both", "total")
    # a deal named by its broker is where the swap happened, not a promise of one
    f = one("Russia and Ukraine freed 64 prisoners each in a Turkish-brokered deal on Monday.")
    assert (f.kind, f.status) == ("exchanged", "completed")


@pytest.mark.parametrize("text, expected", [
    ("Kyiv also returned 19 bodies to Moscow the same day.", [(19, "bodies", "russia")]),
    ("Moscow has offered to hand over another 2,000 bodies, the ministry said.", [(2000, "bodies", "ukraine")]),
])
def test_bodies_sent_to_a_capital_and_offers_to_hand_over(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


@pytest.mark.parametrize("language, text, expected", [
    # German separable verbs: "kehrten ... zurück", "tauschten ... aus"
    ("de", "Am Freitag kehrten 61 ukrainische Soldaten aus der Gefangenschaft zurück.", [(61, "exchanged", "ukraine")]),
    ("de", "Moskau und Kiew tauschten jeweils 92 Gefangene aus.", [(92, "exchanged", "both")]),
    # French body handovers: "les corps de N", "a récupéré", "a reçu N dépouilles"
    ("fr", "L'Ukraine a récupéré les corps de 757 militaires, tandis que la Russie a reçu 29 dépouilles.",
     [(757, "bodies", "ukraine"), (29, "bodies", "russia")]),
])
def test_german_separable_verbs_and_french_body_handovers(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, language=language)] == expected


def test_the_coordination_headquarters_named_in_french():
    f = one("Selon le quartier général de coordination, 95 prisonniers ukrainiens ont été libérés.", language="fr")
    assert (f.value, f.claimant) == (95, "Coordination Headquarters")


@pytest.mark.parametrize("language, text, expected", [
    # Spanish, Italian, Portuguese and Polish: the plain cases, weekdays resolved against publication (Fri 10 Oct 2025)
    ("es", "Rusia y Ucrania canjearon el martes 88 prisioneros cada uno. Un bombardeo dejó 6 muertos en Sumy.",
     [(88, "exchanged", "both", date(2025, 10, 7))]),
    ("it", "Russia e Ucraina si sono scambiate mercoledì 120 prigionieri ciascuna.", [(120, "exchanged", "both", date(2025, 10, 8))]),
    ("pt", "Desde o início da guerra, 4.120 ucranianos foram libertados, disse Kiev na segunda-feira.",
     [(4120, "cumulative_released", "ukraine", date(2025, 10, 6))]),
    ("pl", "W czwartek Rosja i Ukraina wymieniły 75 jeńców z każdej strony. W ataku zginęło 9 osób.",
     [(75, "exchanged", "both", date(2025, 10, 9))]),
])
def test_spanish_italian_portuguese_and_polish(language, text, expected):
    assert [(f.value, f.kind, f.side, f.event_date) for f in figs(text, language=language)] == expected


@pytest.mark.parametrize("text, expected", [
    # a gapped verb: the second nation's count is the other side of the first
    ("Ukraine got back 121 people, Russia 121.", [(121, "ukraine"), (121, "russia")]),
    ("Kyiv handed over 60 prisoners and Moscow 44.", [(60, "russia"), (44, "ukraine")]),
    # the nation's people named as the group a count belongs to
    ("The Russians freed include 37 conscripts and 4 officers.", [(37, "russia"), (4, "russia")]),
    ("Ukraine brings home 71 soldiers in a new swap.", [(71, "ukraine")]),
])
def test_gapped_counts_and_groups_named_by_nation(text, expected):
    assert [(f.value, f.side) for f in figs(text)] == expected


def test_a_verbless_headline_n_for_n_over_a_completed_swap_is_that_swap():
    body = "Prisoner swap: 64 for 64\nRussia and Ukraine each handed over 64 prisoners of war on Friday."
    assert [(f.text, f.kind, f.status) for f in figs(body)] == [("64 for 64", "exchanged", "completed")]
    # a deal headline stays a deal
    body = "Talks: 500 for 500\nThe delegations agreed on Friday to swap 500 prisoners each next month."
    assert [(f.kind, f.status) for f in figs(body)] == [("agreed", "planned")]


def test_the_same_count_handed_over_on_another_day_is_another_fact():
    body = ("Ukraine brought home 47 soldiers on Friday. The swap came two days after 47 other Ukrainians were "
            "freed on Wednesday. In all, the 47 freed on Friday included 9 civilians.")
    got = [(f.value, f.side, str(f.event_date)) for f in figs(body) if f.value == 47]
    assert got == [(47, "ukraine", "2025-10-10"), (47, "ukraine", "2025-10-08")]


def test_a_dateline_dates_an_article_whose_exchange_sentences_carry_no_date():
    body = ("KYIV, March 3. /Ukrinform/.\nSome 60 Ukrainian soldiers have been returned from Russian captivity, "
            "the Coordination Headquarters said.")
    f = one(body, published=date(2025, 3, 4))  # the page was saved the next day
    assert (f.value, f.event_date) == (60, date(2025, 3, 3))


@pytest.mark.parametrize("text, expected", [
    ("The swap was the 71st.", [(71, "exchange_ordinal", "both")]),
    # a list of names is not people handed over
    ("Kyiv handed Moscow a list of 600 names of prisoners it wants back.", []),
    # a running total of people handed over since the start of the year, even below a thousand
    ("Moskalkova said 140 Russian soldiers had been handed over by Kyiv since the start of the year.",
     [(140, "cumulative_released", "russia")]),
    ("Around 500 civilians are still held in Russia, the ombudsman said.", [(500, "other", "ukraine")]),
    # "of its citizens" after Russia is Russia's, not the Ukrainian default
    ("Russia received 73 of its citizens, the ministry said.", [(73, "exchanged", "russia")]),
])
def test_predicate_ordinals_lists_of_names_totals_since_the_year_began_and_whose_citizens(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


def test_running_totals_as_of_a_date_and_their_parts():
    body = ("By the ombudsman's count, 4,900 Ukrainians had been freed by March 2025. "
            "Of those, 410 were returned outside the exchanges.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(body)]
    assert got == [(4900, "cumulative_released", "ukraine", False), (410, "cumulative_released", "ukraine", True)]
    f = one("As of June, 6,210 people had been returned to Ukraine, officials said.")
    assert (f.value, f.kind) == (6210, "cumulative_released")


def test_a_claim_that_opens_a_later_clause_is_not_the_claim_of_the_figure_before_it():
    got = [(f.value, f.claimant) for f in figs("Some 168 Ukrainians came home on Friday, while Russia said it got back 151 soldiers.")]
    assert got == [(168, None), (151, "Russian government")]
    # a closing attribution covers the whole sentence
    got = [(f.value, f.claimant) for f in figs("Some 168 Ukrainians came home on Friday, Zelensky said.")]
    assert got == [(168, "Volodymyr Zelensky")]


def test_totals_over_a_period_of_years_n_for_n_swapped_and_a_year_as_the_only_date():
    body = ("From 2015 to 2018, Kyiv and the rebels exchanged about 1,400 people, the SBU said. "
            "In 2016, the two sides swapped 24 for 24.")
    got = [(f.value, f.kind, f.side, f.scope, f.status, f.event_date, f.event_date_precision) for f in figs(body)]
    assert got == [(1400, "cumulative_released", "both", "total", None, PUB, "day"),
                   (24, "exchanged", "both", "per_side", "completed", date(2016, 1, 1), "year")]


def test_gapped_running_totals_and_each_according_to_for_its_own_clause():
    body = "Ukraine has now brought back 2,870 people, according to Lubinets, and Russia about 2,100, according to Moskalkova."
    got = [(f.value, f.kind, f.side, f.claimant) for f in figs(body)]
    assert got == [(2870, "cumulative_released", "ukraine", "Dmytro Lubinets"), (2100, "cumulative_released", "russia", "Tatyana Moskalkova")]


@pytest.mark.parametrize("language, text, expected", [
    # who received the bodies, in Ukrainian and Russian word order
    ("uk", "В Україну повернули тіла 757 загиблих воїнів. Росії передали 31 тіло.", [(757, "bodies", "ukraine"), (31, "bodies", "russia")]),
    ("ru", "Украина передала России тела 41 военного, а получила 1000 тел.", [(41, "bodies", "russia"), (1000, "bodies", "ukraine")]),
    # the Russian passive "возвращены", and people who remain held
    ("ru", "С украинской стороны возвращены 95 российских военнослужащих.", [(95, "exchanged", "russia")]),
    ("uk", "За оцінками омбудсмана, у полоні залишаються понад 7 тисяч українців.", [(7000, "other", "ukraine")]),
])
def test_ukrainian_and_russian_handovers_and_people_still_held(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, language=language)] == expected


def test_a_closing_about_this_said_sentence_names_the_claimant_of_its_paragraph():
    body = "Україна повернула з полону 103 захисників. Серед них 12 офіцерів. Про це повідомив Володимир Зеленський."
    got = [(f.value, f.claimant) for f in figs(body, language="uk")]
    assert got == [(103, "Volodymyr Zelensky"), (12, "Volodymyr Zelensky")]


@pytest.mark.parametrize("text, expected", [
    # promises to hand over, offers of a swap, and swaps only discussed are not handovers
    ("Medinsky said Moscow would soon hand over 2,000 bodies of Ukrainian soldiers next week.", [(2000, "bodies", "planned")]),
    ("Kyiv said it was ready for a 500-for-500 exchange this month.", [(500, "offered", "offered")]),
    ("The envoys discussed a possible exchange of up to 700 prisoners per side.", [(700, "offered", "offered")]),
    # "transfers of N bodies ... followed" happened
    ("Talks produced a deal on the dead. Two transfers of 900 bodies each followed on Friday.",
     [(2, "exchange_count", None), (900, "bodies", "completed")]),
])
def test_promises_offers_and_discussed_swaps_are_not_handovers(text, expected):
    assert [(f.value, f.kind, f.status) for f in figs(text)] == expected


def test_a_swap_still_to_come_on_a_weekday_is_dated_to_the_coming_one():
    # published Friday 10 Oct 2025: "on Tuesday" is 14 October for a swap still to come, 7 October for one that happened
    f = one("Russia and Ukraine will swap 120 prisoners each on Tuesday, the mediator said.")
    assert (f.status, f.event_date) == ("planned", date(2025, 10, 14))
    f = one("Russia and Ukraine swapped 120 prisoners each on Tuesday, the mediator said.")
    assert (f.status, f.event_date) == ("completed", date(2025, 10, 7))
    f = one("They agreed to swap 60 prisoners each next Friday.")
    assert f.event_date == date(2025, 10, 17)


@pytest.mark.parametrize("text, expected", [
    # bodies held, found or searched for are not handed over; people in prisons are held
    ("Russia has been holding the remains of some 1,300 Ukrainian soldiers in morgues.", [(1300, "other", "ukraine")]),
    ("Search teams said they had located 37 bodies near Bakhmut.", [(37, "other", "unknown")]),
    ("About 2,600 Ukrainian servicemen are currently in Russian prisons, a source said.", [(2600, "other", "ukraine")]),
])
def test_bodies_held_or_found_and_people_in_prisons_are_not_handed_over(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


def test_a_count_of_exchanges_is_dated_as_the_article_stands():
    body = "Ukraine and Russia swapped 90 prisoners each on Monday. The sides have held 61 exchanges since 2022."
    got = [(f.value, f.kind, f.event_date) for f in figs(body)]
    assert got == [(90, "exchanged", date(2025, 10, 6)), (61, "exchange_count", PUB)]


def test_groups_traded_for_each_other_are_not_parts_of_a_count_and_deals_due_in_days_are_planned():
    body = ("Moscow said 190 Russian soldiers were returned, and 27 wounded Ukrainian POWs were handed over "
            "in return for 12 wounded Russians.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(body)]
    assert got == [(190, "russia", False), (27, "ukraine", False), (12, "russia", False)]
    f = one("The ministry said 800 more prisoners from each side would be freed in the coming days under the deal.")
    assert (f.kind, f.status) == ("agreed", "planned")


@pytest.mark.parametrize("text, expected", [
    # "bringing to N the number of ...": a running total; a mediator's is both sides'
    ("The UAE said it was its 9th mediation, bringing to 1,996 the number of captives freed through its efforts.",
     [(9, "exchange_ordinal", "both"), (1996, "cumulative_released", "both")]),
    # a total with a since-phrase, in any tense
    ("Kyiv had brought home a total of 2,940 people since the start of the war.", [(2940, "cumulative_released", "ukraine")]),
    # "including N who defended ...": people, though no noun follows the number
    ("Ukraine got back 160 soldiers, including 54 who defended Mariupol.", [(160, "exchanged", "ukraine"), (54, "exchanged", "ukraine")]),
])
def test_inverted_totals_totals_with_since_and_relative_clauses(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


@pytest.mark.parametrize("text", [
    "Ukraine received the bodies of 800 people, which Russia says are Ukrainian soldiers, the Coordination Headquarters said.",
    "Ukraine received the bodies of 800 people who, according to the Russian side, are Ukrainian soldiers, the Coordination Headquarters said.",
])
def test_a_hedge_inside_the_noun_phrase_is_not_the_claim(text):
    assert [(f.value, f.claimant) for f in figs(text)] == [(800, "Coordination Headquarters")]


@pytest.mark.parametrize("text", [
    "The ICRC said that since 2022 it had visited over 2,100 prisoners of war on both sides.",
    "Ukraine said its forces had captured 410 Russian soldiers in the Kursk region so far.",
])
def test_people_something_else_was_done_to_are_not_figures_even_as_running_totals(text):
    assert figs(text) == []


def test_weekends_and_days_ago():
    # published Friday 10 Oct 2025
    f = one("Russia and Ukraine swapped 84 prisoners each over the weekend, officials said.")
    assert (f.event_date_from, f.event_date) == (date(2025, 10, 4), date(2025, 10, 5))
    f = one("Three days ago, 66 Ukrainian soldiers came home.")
    assert f.event_date == date(2025, 10, 7)
    # a weekend still to come dates nothing
    body = "Ukraine got back 120 soldiers on Thursday. The exchange will continue over the weekend."
    assert [(f.value, f.event_date) for f in figs(body)] == [(120, date(2025, 10, 9))]


@pytest.mark.parametrize("language, text, expected", [
    # a German ordinal "der 58. Austausch" is one figure, not a sentence end and a stray number
    ("de", "Es war der 58. Gefangenenaustausch seit Kriegsbeginn.", [("58.", "exchange_ordinal", "both")]),
    # French: a count with its per-side words and no noun, wounded soldiers handed over, bodies received by Russia
    ("fr", "Kiev et Moscou ont procédé à un échange de prisonniers, 115 de chaque côté.", [("115", "exchanged", "both")]),
    ("fr", "Kiev a par ailleurs récupéré 19 soldats blessés.", [("19", "exchanged", "ukraine")]),
    ("fr", "En échange, la Russie a reçu les dépouilles de 38 de ses militaires.", [("38", "bodies", "russia")]),
])
def test_german_ordinals_and_french_counts_wounded_and_bodies(language, text, expected):
    assert [(f.text, f.kind, f.side) for f in figs(text, language=language)] == expected


def test_numbered_list_markers_are_not_figures_and_a_list_total_is_read_with_its_list():
    body = "Key facts about the swap:\n1. It took place on Friday.\n2. Ukraine got back 112 soldiers.\n3. It was mediated by Qatar."
    assert [(f.value, f.side) for f in figs(body)] == [(112, "ukraine")]
    body = "Who came home today:\n• 70 servicemen\n• 12 civilians\nTotal: 82 people."
    assert [f.value for f in figs(body)] == [70, 12, 82]  # the closing total has no word of the subject of its own


@pytest.mark.parametrize("text, expected", [
    # "the day before," and "a day earlier" date the figure's own event the day before the lead one;
    # "a day after 49 were freed" names another event a day before; "a day later", "the next day" the day after
    ("Ukraine got back 140 soldiers on Friday. The day before, 52 Ukrainians had been brought home.", date(2025, 10, 9)),
    ("Ukraine got back 140 soldiers on Friday. Another 52 had come home a day earlier.", date(2025, 10, 9)),
    ("Ukraine got back 140 soldiers on Friday, a day after 52 Ukrainians were brought home.", date(2025, 10, 9)),
    ("Ukraine got back 140 soldiers on Friday. A day later, 52 more Ukrainians came home.", date(2025, 10, 11)),
    ("Ukraine got back 140 soldiers on Friday. The next day, 52 more Ukrainians came home.", date(2025, 10, 11)),
])
def test_a_day_before_and_after_in_both_senses(text, expected):
    assert [f.event_date for f in figs(text) if f.value == 52] == [expected]


def test_conjoined_parts_share_a_side():
    body = "Ukraine and Russia each freed 103 prisoners. Among the Ukrainians freed were 82 soldiers and 21 civilians."
    assert [(f.value, f.side, f.is_breakdown) for f in figs(body)] == [(103, "both", False), (82, "ukraine", True), (21, "ukraine", True)]


def test_a_year_total_over_a_number_of_exchanges_and_n_of_the_nation_as_a_part():
    f = figs("Ukraine says it brought home 1,240 people from Russian captivity this year in 9 exchanges.")[0]
    assert (f.value, f.kind, f.side) == (1240, "cumulative_released", "ukraine")
    body = "Kyiv and Moscow traded 95 prisoners each on Friday. Seven of the Ukrainians were civilians."
    assert [(f.value, f.is_breakdown) for f in figs(body)] == [(95, False), (7, True)]


def test_counts_by_day_after_a_colon_are_parts_of_the_count_with_its_side_and_their_own_days():
    body = "Over two days the sides freed 480 prisoners each: 270 on Wednesday and 210 on Thursday."
    got = [(f.value, f.side, f.scope, f.is_breakdown, f.event_date) for f in figs(body)]
    assert got == [(480, "both", "per_side", False, date(2025, 10, 9)), (270, "both", "per_side", True, date(2025, 10, 8)),
                   (210, "both", "per_side", True, date(2025, 10, 9))]
    # a named group in a per-side swap belongs to one side, which the sentence does not say
    body = "The sides swapped 40 prisoners each on Thursday, including a journalist and 12 marines."
    assert [(f.value, f.side) for f in figs(body)] == [(40, "both"), (12, "unknown")]


def test_of_the_n_names_the_count_its_parts_break_down_however_far_back():
    body = ("Ukraine won the release of 140 prisoners on Thursday. The swap was mediated by Qatar. "
            "Separately, Turkey mediated the release of six foreign volunteers. Of the 140, 61 were national guardsmen.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(body)]
    assert got == [(140, "ukraine", False), (6, "ukraine", False), (61, "ukraine", True)]


def test_the_date_after_since_is_the_date_of_a_when_clause():
    body = "The sides swapped 75 prisoners each on Thursday, the first exchange since Aug. 14, when 84 Ukrainians came home."
    assert [(f.value, f.event_date) for f in figs(body) if f.kind == "exchanged"] == [(75, date(2025, 10, 9)), (84, date(2025, 8, 14))]


@pytest.mark.parametrize("text", [
    "UN monitors were given access to 310 Russian prisoners of war held in Ukraine.",
    "The ombudsman met with 46 Ukrainian POWs in a camp in Rostov region.",
])
def test_prisoners_visited_or_met_are_not_handed_over(text):
    assert [f.kind for f in figs(text) if f.kind == "exchanged"] == []


def test_americans_among_released_fighters_are_not_a_us_russia_swap():
    body = "Ukraine got back 90 soldiers on Friday. Also freed were 4 foreign fighters, including an American."
    assert 4 in [f.value for f in figs(body)]
    # a US-Russia swap is another event
    assert figs("The United States and Russia exchanged 26 prisoners in Ankara, including the American journalist.") == []


@pytest.mark.parametrize("text, expected", [
    # "the number of ... has reached N", "the total now stands at N": a running total
    ("With Friday's swap, the number of Ukrainians freed from captivity has reached 5,210.", [(5210, "cumulative_released", "ukraine")]),
    ("The tally of Ukrainians returned home now stands at 5,210, officials said.", [(5210, "cumulative_released", "ukraine")]),
    # a requested exchange is a proposal; people whose release is demanded, or whom a side "has", are still held
    ("Kyiv requested the exchange of 900 prisoners, Russian media reported.", [(900, "offered", "both")]),
    ("Lubinets urged the release of 300 Ukrainian civilians held in Russia.", [(300, "other", "ukraine")]),
    ("Moscow has about 7,000 Ukrainian prisoners of war, Kyiv estimates.", [(7000, "other", "ukraine")]),
])
def test_totals_that_reached_a_number_requests_and_demands(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


def test_n_of_the_returned_is_a_part():
    body = "Russia and Ukraine swapped 120 prisoners each on Thursday. Lubinets said 14 of the freed were civilians."
    assert [(f.value, f.is_breakdown) for f in figs(body)] == [(120, False), (14, True)]


def test_according_to_a_person_not_in_the_alias_list_names_that_person():
    f = one("Russia received the bodies of 38 soldiers, according to Russian senator Ivan Petrenko.")
    assert f.claimant == "Ivan Petrenko"
    f = one("Russia received the bodies of 38 soldiers, according to the Russian Red Cross.")
    assert f.claimant is None


@pytest.mark.parametrize("language, text, expected", [
    # Russian: "Ukrainian" as an adjective names whose people; "не менее" is at least
    ("ru", "Кроме того, освобождены 95 украинских военнопленных.", [("95", "exchanged", "ukraine", "exact")]),
    ("ru", "Стороны договорились обменять не менее 500 пленных с каждой стороны.", [("500", "agreed", "both", "at_least")]),
    # Spanish and Italian qualifiers
    ("es", "Desde el inicio de la guerra, más de 4.800 ucranianos han sido liberados.", [("4.800", "cumulative_released", "ukraine", "more_than")]),
    ("it", "Russia e Ucraina si sono scambiate circa 90 prigionieri ciascuna.", [("90", "exchanged", "both", "about")]),
    # ordinals in apposition to the exchange, in French and Spanish
    ("fr", "Kiev et Moscou ont mené un échange de prisonniers, le septième depuis janvier.", [("septième", "exchange_ordinal", "both", "exact")]),
    ("es", "Rusia y Ucrania realizaron un canje de prisioneros, el quinto desde marzo.", [("quinto", "exchange_ordinal", "both", "exact")]),
])
def test_russian_sides_and_qualifiers_in_other_languages_and_their_ordinals(language, text, expected):
    assert [(f.text, f.kind, f.side, f.qualifier) for f in figs(text, language=language)] == expected


def test_an_emoji_bulleted_list_of_parts_under_its_lead_with_the_sides_of_the_count():
    body = ("Today, 150 Ukrainian defenders came home from captivity.\n\nAmong those freed:\n"
            "🔸 Armed Forces of Ukraine — 96;\n🔸 National Guard — 40;\n🔸 Navy — 14.\n\nThe youngest is 20 years old, the oldest is 58.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(body)]
    assert got == [(150, "exchanged", "ukraine", False), (96, "exchanged", "ukraine", True), (40, "exchanged", "ukraine", True),
                   (14, "exchanged", "ukraine", True), (20, "age", "ukraine", False), (58, "age", "ukraine", False)]


def test_a_vague_dozen_is_not_a_number_and_a_group_added_to_a_restated_count_keeps_its_side():
    assert figs("Ukraine got back 120 soldiers on Friday. Several dozen of them were wounded.") == figs("Ukraine got back 120 soldiers on Friday.")
    body = "Kyiv freed 84 Russian soldiers on Friday. Russia said it received 84 servicemen, as well as six civilians from Kursk."
    assert [(f.value, f.side, f.is_additional) for f in figs(body)] == [(84, "russia", False), (6, "russia", True)]


def test_she_said_reaches_back_to_the_person_who_last_spoke_in_the_paragraph():
    body = ("Ukraine got back 90 soldiers on Friday, Iryna Vereshchuk said. The swap was the 60th. "
            "About 2,000 Ukrainian civilians are still held in Russia, she said.")
    assert [(f.value, f.claimant) for f in figs(body) if f.value == 2000] == [(2000, "Iryna Vereshchuk")]
    # no one else may speak in between
    body = ("Ukraine got back 90 soldiers on Friday, Iryna Vereshchuk said. Russia's Defence Ministry said 90 Russians were freed. "
            "About 2,000 Ukrainian civilians are still held in Russia, she said.")
    assert [(f.value, f.claimant) for f in figs(body) if f.value == 2000] == [(2000, None)]


def test_a_years_total_and_the_same_measure_compared_with_another_year():
    body = ("The sides held 9 prisoner exchanges in 2024, compared with 13 in 2023. "
            "In total, 2,500 Ukrainians came home this year, up from 1,100 in 2023.")
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(body)]
    # (the count of 2024 is that year's, as the one it is compared with is 2023's)
    assert got == [(9, "exchange_count", date(2024, 1, 1), "year"), (13, "exchange_count", date(2023, 1, 1), "year"),
                   (2500, "cumulative_released", PUB, "day"), (1100, "cumulative_released", date(2023, 1, 1), "year")]
    assert figs("Looking back at 2024's prisoner exchanges.") == []


def test_each_clause_of_a_sentence_dates_its_own_count():
    body = "The first swap took place on Sept. 2, when each side freed 40 prisoners; on Sept. 30, 88 Ukrainians came home."
    assert [(f.value, f.event_date) for f in figs(body)] == [(40, date(2025, 9, 2)), (88, date(2025, 9, 30))]


def test_a_count_traded_for_the_other_sides_people_and_a_cue_of_an_earlier_clause():
    body = "Kyiv said it held enough Russians for an exchange fund, and on Friday 60 of them were swapped for 60 Ukrainian POWs."
    assert [(f.value, f.kind, f.side) for f in figs(body)] == [(60, "exchanged", "russia"), (60, "exchanged", "ukraine")]


def test_a_running_total_both_sides_swapped_is_dated_as_it_stands_not_by_its_deal():
    f = one("Under the May 16 agreement, the sides have so far swapped more than 2,000 prisoners in several stages.")
    assert (f.kind, f.side, f.scope, f.event_date) == ("cumulative_released", "both", "total", PUB)


def test_people_injured_are_not_handed_over_and_people_expected_to_return_are_planned():
    body = "Ukraine got back 80 soldiers on Friday. Overnight, Russian drones hit Odesa, injuring 14 people."
    assert [f.value for f in figs(body)] == [80]
    f = one("The sides agreed on a new swap, with 600 Ukrainians expected to return home, Umerov said.")
    assert (f.value, f.kind, f.status) == (600, "agreed", "planned")


def test_a_weekday_after_a_future_cue_is_the_coming_one():
    body = "Ukraine got back 80 soldiers on Wednesday. The second stage of the exchange is expected on Sunday."
    got = [(f.text, f.event_date) for f in figs(body)]
    assert got == [("80", date(2025, 10, 8)), ("second", date(2025, 10, 12))]


def test_donbas_swaps_rebels_are_the_russian_side_and_two_parties_swapping_is_a_total():
    body = "Ukraine and pro-Russian rebels exchanged 146 prisoners on Wednesday; 73 went to Kyiv and 73 were going to the rebel-held areas."
    got = [(f.value, f.side, f.scope) for f in figs(body)]
    assert got == [(146, "both", "total"), (73, "ukraine", None), (73, "russia", None)]
    f = one("On Sunday, 42 separatists were handed over in the exchange.")
    assert (f.value, f.side) == (42, "russia")


def test_a_bare_number_stated_before_with_another_meaning_is_a_reference_not_a_figure():
    body = "Kyiv said 900 people would be freed under the deal. Officials later said 900 was only an estimate."
    assert [(f.value, f.kind) for f in figs(body)] == [(900, "agreed")]


def test_a_hyphenated_count_of_people_and_a_gapped_count_of_bodies_in_a_bodies_only_article():
    f = one("On Thursday the 84-person exchange was completed at the Belarusian border.")
    assert (f.value, f.kind) == (84, "exchanged")
    body = "Kyiv received 909 bodies on Friday, while Moscow got 34."
    assert [(f.value, f.kind, f.side) for f in figs(body)] == [(909, "bodies", "ukraine"), (34, "bodies", "russia")]


def test_an_age_in_brackets_after_a_name():
    body = "Ukraine got back 75 soldiers on Friday. Among them were Oleh Marchenko (27) and Taras Bondar (52)."
    assert [(f.value, f.kind) for f in figs(body)] == [(75, "exchanged"), (27, "age"), (52, "age")]


def test_a_repeat_names_the_claimant_the_first_statement_lacked():
    body = ("Ukraine brings home 185 soldiers in latest swap\n\n"
            "Ukraine and Russia exchanged prisoners on Thursday, with 185 Ukrainian soldiers returning home, President Volodymyr Zelensky said.")
    (f,) = extract_article("a", body, date(2025, 10, 3), "en").figures
    # the figure keeps its first span (the headline) and takes the lede's claimant
    assert (f.value, f.char_start, f.claimant) == (185, body.index("185"), "Volodymyr Zelensky")


@pytest.mark.parametrize("text, claimant", [
    ("In total 2,598 Ukrainians have been freed from Russian captivity, according to the Ukrainian authorities.", "Ukrainian officials"),
    ("Russian officials said 95 servicemen had been returned from Ukrainian-controlled territory.", "Russian officials"),
    ("The authorities in Moscow said 95 servicemen had been returned in the exchange.", "Russian officials"),
    # an institution named with its officials stays the institution
    ("Russian Defence Ministry officials said 95 servicemen had been returned in the exchange.", "Russian Defence Ministry"),
    # Kyiv's presidential office by its title, and a capital whose statement came earlier
    ("In the swap, 140 Ukrainians were freed, the presidential office said on Saturday.", "Ukrainian government"),
    # (the office a named speaker heads is not the claimant)
    ("Sixty-three Ukrainian soldiers returned home on Saturday in the latest prisoner exchange, Andriy Yermak, the head of the "
     "presidential office, said.", "Andriy Yermak"),
    ("The Office of the President of Ukraine said 140 Ukrainians were freed in the swap.", "Ukrainian government"),
    ("Moscow had earlier said it would free 103 Ukrainians in exchange.", "Russian government"),
    ("Kyiv has said that 103 Ukrainians were freed in the exchange.", "Ukrainian government"),
])
def test_authorities_and_officials_as_claimants(text, claimant):
    (f,) = extract_article("a", text, PUB, "en").figures
    assert f.claimant == claimant


@pytest.mark.parametrize("text", [
    "A Russian military transport plane that Moscow said was carrying 65 captured Ukrainian soldiers to a prisoner exchange crashed on Wednesday.",
    "Russia said the Il-76 was transporting 65 Ukrainian POWs for an exchange when it was shot down.",
])
def test_prisoners_on_a_plane_to_an_exchange_were_not_handed_over(text):
    (f,) = extract_article("a", text, PUB, "en").figures
    assert (f.value, f.kind, f.status) == (65, "other", None)


@pytest.mark.parametrize("text, expected", [
    # groups named one after another with no total: added up, the first is the count
    ("Ukraine and Russia exchanged prisoners on Thursday, with 185 Ukrainian soldiers and 20 civilians returning home.",
     [(185, False, False), (20, False, True)]),
    ("Ukraine brought home 82 soldiers, 21 civilians and 4 medics on Friday.", [(82, False, False), (21, False, True), (4, False, True)]),
    # with the total stated just before, they are its parts
    ("Ukraine said 207 of its people had come home. The group comprised 27 officers and 180 soldiers and sergeants.",
     [(207, False, False), (27, True, False), (180, True, False)]),
    # a part of the group ("of them"), not a group of its own
    ("Ukraine brought home 108 women on Friday, a dozen of them civilians.", [(108, False, False), (12, True, False)]),
])
def test_groups_named_together_add_up_unless_a_total_is_stated(text, expected):
    got = [(f.value, f.is_breakdown, f.is_additional) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


@pytest.mark.parametrize("text, sides", [
    ("Ukraine received 1,000 bodies and handed over 24, the Coordination Headquarters said.", [(1000, "ukraine"), (24, "russia")]),
    ("Russia received 27 bodies and handed back 1,212.", [(27, "russia"), (1212, "ukraine")]),
])
def test_what_the_receiving_side_gave_back_is_the_other_sides(text, sides):
    got = [(f.value, f.side) for f in extract_article("a", text, PUB, "en").figures]
    assert got == sides


@pytest.mark.parametrize("text, expected", [
    ("The returnees included soldiers aged between 22 and 60.", (22, 60)),
    ("The returnees, aged from 22 to 60, were taken to hospital.", (22, 60)),
    ("The freed prisoners were between the ages of 22 and 60.", (22, 60)),
])
def test_age_ranges_with_between_and_from(text, expected):
    (f,) = extract_article("a", text, PUB, "en").figures
    assert (f.kind, f.value, f.value_high) == ("age", *expected)


def test_a_range_from_to_of_people_is_still_two_numbers_and_no_age():
    got = [(f.value, f.value_high, f.kind) for f in extract_article("a", "The exchange will involve from 100 to 150 prisoners.", PUB, "en").figures]
    assert all(kind != "age" for _, _, kind in got)


def test_a_part_of_people_still_held_is_still_held():
    found = extract_article("a", "Around 8,000 Ukrainians are still held in Russia, including some 1,600 civilians.", PUB, "en").figures
    assert [(f.value, f.kind, f.status) for f in found] == [(8000, "other", None), (1600, "other", None)]
    # a part of an offer is part of the offer
    found = extract_article("a", "Russia offered to hand over 500 Ukrainians, including 120 civilians.", PUB, "en").figures
    assert [(f.value, f.kind) for f in found] == [(500, "offered"), (120, "offered")]
    # and a part of a release, released
    found = extract_article("a", "Russia freed 300 Ukrainians, including 120 civilians.", PUB, "en").figures
    assert [(f.value, f.kind, f.is_breakdown) for f in found] == [(300, "exchanged", False), (120, "exchanged", True)]


@pytest.mark.parametrize("text, expected", [
    ("Over the past year, Ukraine has carried out about 40 such exchanges, freeing more than 2,500 people.",
     [(40, "exchange_count", "both"), (2500, "cumulative_released", "ukraine")]),
    ("The UAE has mediated 13 exchanges, freeing 2,669 prisoners.", [(13, "exchange_count", "both"), (2669, "cumulative_released", "both")]),
    ("The UAE said its mediation had resulted in the release of 2,669 prisoners in total, across eight exchanges.",
     [(2669, "cumulative_released", "both"), (8, "exchange_count", "both")]),
    # more people than one exchange has freed, "in total" in the past tense; the largest swap's 1,000 stays that swap's
    ("Zelensky said more than 4,000 Ukrainians were returned in total from Russian captivity.", [(4000, "cumulative_released", "ukraine")]),
    ("In the three days, 1,000 Ukrainians were returned in total, the headquarters said.", [(1000, "exchanged", "ukraine")]),
])
def test_people_freed_over_several_exchanges_are_a_running_total(text, expected):
    got = [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


@pytest.mark.parametrize("text, side", [
    ("The sides exchanged 10 servicemen each, plus 11 civilian sailors freed by Moscow.", "ukraine"),
    ("Separately, 12 soldiers released by Kyiv were flown to Moscow in the exchange.", "russia"),
])
def test_people_freed_by_one_side_go_to_the_other(text, side):
    f = [f for f in extract_article("a", text, PUB, "en").figures if f.value in (11, 12)][0]
    assert f.side == side


@pytest.mark.parametrize("language, text, expected", [
    # "bereits" (already) is not "bereit" (ready): a completed return, not an offer
    ("de", "Am Freitag waren bereits 390 Ukrainer zurückgekehrt.", [(390, "exchanged", "ukraine")]),
    # the German verb comes after the since-phrase
    ("de", "Mehr als 4.000 Ukrainer wurden seit 2022 aus russischer Gefangenschaft befreit.", [(4000, "cumulative_released", "ukraine")]),
    # more people than one exchange frees, under a word of the total
    ("uk", "Загалом з російського полону вдалося повернути 5 857 українців.", [(5857, "cumulative_released", "ukraine")]),
    # still held, in Ukrainian
    ("uk", "У російському полоні досі утримуються понад 8 тисяч українців.", [(8000, "other", "ukraine")]),
    # Russian number words (residents of the Kursk region are Russia's civilians)
    ("ru", "Кроме того, на родину вернулись восемь жителей Курской области.", [(8, "exchanged", "russia")]),
])
def test_other_languages_word_order_totals_and_words(language, text, expected):
    got = [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, language).figures]
    assert got == expected


def test_a_ukrainian_count_split_into_civilians_and_soldiers():
    text = "Сьогодні додому повернулися 84 українці — 33 цивільних і 51 військовий, повідомив Президент Володимир Зеленський."
    got = [(f.value, f.is_breakdown, f.claimant) for f in extract_article("a", text, PUB, "uk").figures]
    assert got[:2] == [(84, False, "Volodymyr Zelensky"), (33, True, "Volodymyr Zelensky")]


@pytest.mark.parametrize("language, text, claimant", [
    ("uk", "Загалом з полону повернули 5 857 українців, зазначив Координаційний штаб.", "Coordination Headquarters"),
    ("uk", "За даними омбудсмана Дмитра Лубінця, у російському полоні досі утримуються понад 8 тисяч українців.", "Dmytro Lubinets"),
    ("ru", "В плену остаются более 1000 россиян, отметил Песков.", "Dmitry Peskov"),
])
def test_other_language_speech_verbs(language, text, claimant):
    (f,) = extract_article("a", text, PUB, language).figures
    assert f.claimant == claimant


def test_a_quoted_n_for_n_naming_the_exchange_just_done_is_not_an_agreement():
    text = 'On Friday, 31 Ukrainians returned home, while 31 Russian servicemen were transferred to Moscow, in what officials called a "31 for 31" exchange.'
    got = [(f.value, f.kind) for f in extract_article("a", text, PUB, "en").figures]
    assert got and all(kind == "exchanged" for _, kind in got)


def test_a_side_named_after_an_including_aside_belongs_to_the_count_before_it():
    found = extract_article("a", "On Friday, 390 people, including 120 civilians, were returned to each side.", PUB, "en").figures
    assert [(f.value, f.side, f.scope, f.is_breakdown) for f in found] == [(390, "both", "per_side", False), (120, "both", "per_side", True)]


@pytest.mark.parametrize("text", [
    "Some had been taken prisoner in the first days of the war, when more than 40,000 troops crossed into Ukraine from Belarus.",
    "Some of the freed had been captured when 3,000 paratroopers stormed the airport in the first days of the war.",
])
def test_an_army_on_the_move_is_no_exchange(text):
    assert [f.value for f in extract_article("a", text, PUB, "en").figures if f.kind == "exchanged"] == []


def test_returnees_crossing_the_border_are_still_returnees():
    found = extract_article("a", "Ukraine and Russia swapped prisoners on Friday. The 390-strong group that crossed on Friday included 120 civilians.",
                            PUB, "en").figures
    assert [f.value for f in found] == [390, 120]


def test_a_count_right_after_a_crash_named_as_a_time_marker_is_still_counted():
    text = ("Russia and Ukraine exchanged prisoners of war Wednesday for the first time since a deadly plane crash last week, "
            "with Kyiv getting back 207 people and Moscow receiving 195.")
    got = [(f.value, f.side, f.event_date) for f in extract_article("a", text, date(2024, 1, 31), "en").figures]
    # "since a deadly plane crash last week" dates the crash, not the exchange
    assert got == [(207, "ukraine", date(2024, 1, 31)), (195, "russia", date(2024, 1, 31))]


def test_of_the_count_named_picks_that_count_among_two():
    text = ("The exchange on Jan. 3 involved 230 Ukrainians and 248 Russians. "
            "Of the 230, 224 were servicemen and six were civilians.")
    got = [(f.value, f.side, f.is_breakdown) for f in extract_article("a", text, date(2024, 1, 31), "en").figures]
    assert got == [(230, "ukraine", False), (248, "russia", False), (224, "ukraine", True), (6, "ukraine", True)]


def test_a_headline_and_its_lede_are_one_fact():
    body = ("Ukraine repatriates bodies of 1,000 soldiers\n\n"
            "Ukraine on Thursday received the bodies of 1,000 soldiers from Russia, the Coordination Headquarters said, while Russia got back 24.")
    got = [(f.value, f.side, f.event_date, f.claimant, f.char_start) for f in extract_article("a", body, date(2025, 9, 19), "en").figures]
    assert got == [(1000, "ukraine", date(2025, 9, 18), "Coordination Headquarters", body.index("1,000")),
                   (24, "russia", date(2025, 9, 18), "Coordination Headquarters", body.index("24"))]


@pytest.mark.parametrize("text, expected", [
    # a future exchange's size is a term, not a handover
    ("He said the exchange would involve at least 1,000 people from each side.", [(1000, "agreed")]),
    ("The next stage will see another 300 prisoners freed on each side.", [(300, "agreed")]),
    # ready to consider: an offer
    ("At the prisoner exchange talks, Medinsky said Russia was ready to consider the return of 10 of the deported children.", [(10, "offered")]),
    # listed as missing now: not handed over (but "had been listed as missing" returnees came home)
    ("About 16,000 Ukrainians are listed as missing, according to the Ukrainian authorities.", [(16000, "other")]),
])
def test_future_offers_and_missing(text, expected):
    got = [(f.value, f.kind) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


def test_one_sides_count_restated_per_side_is_one_figure():
    body = ("Ukraine brings home 95 soldiers, including 12 officers\n\n"
            "Ukraine and Russia swapped 95 prisoners of war each on Friday, officials in both countries said.")
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in extract_article("a", body, date(2025, 3, 1), "en").figures]
    assert got == [(12, "ukraine", None, True), (95, "both", "per_side", False)]
    # both sides' equal counts stated first: they stand, and "each" repeats them
    body = "Ukraine got back 95 soldiers on Friday and Russia got back 95. The sides swapped 95 each."
    got = [(f.value, f.side) for f in extract_article("a", body, date(2025, 3, 1), "en").figures]
    assert got == [(95, "ukraine"), (95, "russia")]


def test_the_next_clause_about_the_other_side_is_not_this_counts():
    got = [(f.value, f.side) for f in extract_article("a", "Ukraine got back 95 soldiers on Friday and Russia got back 95.", PUB, "en").figures]
    assert got == [(95, "ukraine"), (95, "russia")]


@pytest.mark.parametrize("text, expected", [
    ("A planned handover of 6,000 bodies of Ukrainian soldiers did not take place on Saturday.", [(6000, "bodies", "agreed")]),
    ("A swap in which Ukraine was to get back 130 soldiers was postponed on Tuesday.", [(130, "agreed", "agreed")]),
    # people named on a list, people a side wants back: not handed over
    ("Ukraine says it has handed Russia lists of 3,000 prisoners it wants back.", [(3000, "other", None)]),
])
def test_called_off_exchanges_and_lists(text, expected):
    got = [(f.value, f.kind, f.status) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


def test_a_mediators_running_total_is_both_sides():
    text = "The UAE said it was the eighth exchange it had mediated, bringing the total number of prisoners released in its mediations to 2,184."
    got = [(f.value, f.kind, f.side, f.scope) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(8, "exchange_ordinal", "both", None), (2184, "cumulative_released", "both", "total")]


def test_parts_that_point_back_reach_past_a_sentence_in_between():
    body = ("Russia and Ukraine exchanged 103 prisoners of war each on Saturday. "
            "The Russian servicemen had been captured in the Kursk region. "
            "Ukraine said the returned included 82 soldiers and 21 civilians.")
    got = [(f.value, f.is_breakdown) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(103, False), (82, True), (21, True)]


def test_a_group_is_additional_only_on_top_of_that_sides_count():
    text = ("Ninety Ukrainian soldiers have returned home from Russian captivity, Zelensky said on Tuesday, "
            "in an exchange that also saw 90 Russian servicemen handed back.")
    got = [(f.value, f.side, f.is_additional) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(90, "ukraine", False), (90, "russia", False)]
    text = "Ukraine brought home 95 soldiers on Friday. Two Ukrainian civilians were also freed."
    got = [(f.value, f.side, f.is_additional) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(95, "ukraine", False), (2, "ukraine", True)]


def test_a_part_of_a_running_total_is_part_of_the_running_total():
    text = "In total, Ukraine has now secured the release of 3,310 people, including 148 civilians, military intelligence said."
    got = [(f.value, f.kind, f.side, f.is_breakdown, f.event_date) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(3310, "cumulative_released", "ukraine", False, PUB), (148, "cumulative_released", "ukraine", True, PUB)]


@pytest.mark.parametrize("text, expected", [
    ("Russia said in September that it held about 6,000 Ukrainian POWs.", [(6000, "other", "ukraine", None)]),
    ("The final stage of the prisoner exchange, with around 300 on each side, is expected on Sunday.", [(300, "agreed", "both", "planned")]),
    ("He said Ukraine had freed 1,331 people from captivity since the start of the war.", [(1331, "cumulative_released", "ukraine", None)]),
    # a since-phrase after a single swap's count names the time, not a total
    ("Ukraine freed 130 soldiers on Friday, its largest swap since the start of the war.", [(130, "exchanged", "ukraine", "completed")]),
])
def test_held_planned_and_since_totals(text, expected):
    got = [(f.value, f.kind, f.side, f.status) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # TASS's wording for one exchange: "a total of" alone does not make a running total of 150
    ("A total of 150 Russian servicemen have been returned from territory controlled by the Kiev regime, the ministry said.",
     [(150, "exchanged")]),
    ("A total of 3,135 Ukrainians have been returned from captivity, the headquarters said.", [(3135, "cumulative_released")]),
    # an elliptical count after a count of exchanges is a count of exchanges
    ("In the first six months, the sides held 25 prisoner swaps; in the next 12 months, just 15.",
     [(25, "exchange_count"), (15, "exchange_count")]),
    # calls, not people
    ("The hotline for Russian soldiers who want to surrender and be exchanged has received 28,000 calls from Russian soldiers.", []),
    ("Ukraine says Russia has refused to include the 700 or so soldiers captured at Azovstal in further swaps.", [(700, "other")]),
    # a description of returnees: captured somewhere, and freed
    ("Russia's Defense Ministry said 95 Russian soldiers captured in the Kursk region were freed in the exchange.", [(95, "exchanged")]),
])
def test_totals_ellipses_and_what_is_no_person(text, expected):
    got = [(f.value, f.kind) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


@pytest.mark.parametrize("language, text, claimant", [
    ("de", "Russland und die Ukraine haben am Samstag jeweils 115 Kriegsgefangene ausgetauscht. Das teilte das russische Verteidigungsministerium mit.",
     "Russian Defence Ministry"),
    ("fr", "Depuis le début de la guerre, plus de 5 000 Ukrainiens ont été libérés, selon Kiev.", "Ukrainian government"),
    ("en", "More than 5,000 Ukrainians have been freed from captivity since the start of the war, according to Kyiv.", "Ukrainian government"),
    ("en", "About 6,000 Ukrainian prisoners of war are still held in Russia, according to Moscow.", "Russian government"),
])
def test_a_capital_or_a_following_sentence_names_the_claimant(language, text, claimant):
    (f,) = extract_article("a", text, PUB, language).figures
    assert f.claimant == claimant


def test_bodies_russia_returned_are_ukraines_and_ukraine_returned_its_own():
    got = [(f.value, f.side) for f in extract_article("a", "Russia returned the bodies of 1,000 fallen soldiers on Thursday.", PUB, "en").figures]
    assert got == [(1000, "ukraine")]
    got = [(f.value, f.side) for f in extract_article("a", "Ukraine returned the bodies of 502 fallen defenders on Thursday.", PUB, "en").figures]
    assert got == [(502, "ukraine")]


def test_a_count_of_the_previous_swap_has_no_day_of_its_own():
    body = "Ukraine and Russia swapped 84 prisoners each on Thursday. Some 100 people were freed in the previous swap, 90 of them soldiers."
    got = [(f.value, f.event_date) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(84, date(2025, 10, 9)), (100, None), (90, None)]


def test_groups_named_together_share_the_cue_after_them_and_the_nation_before_them():
    body = ("16:45 — Zelensky confirms 185 soldiers and 20 civilians are home\n"
            "16:10 — Russia's defence ministry says 185 Russian servicemen and 20 civilians, including residents of the Kursk region, have been returned.")
    got = [(f.value, f.side, f.is_additional) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(185, "ukraine", False), (20, "ukraine", True), (185, "russia", False), (20, "russia", True)]


@pytest.mark.parametrize("language, text, expected", [
    # the stage of a named deal: the deal's terms, not the stage's count
    ("uk", "Сьогодні відбувся третій етап обміну 1000 на 1000.", [(3, "exchange_ordinal", "both"), (1000, "agreed", "both")]),
    # three days of an exchange: a duration
    ("uk", "Загалом за три дні обміну в Україну повернулися 1000 людей.", [(1000, "exchanged", "ukraine")]),
    # handed over to the Ukrainian side
    ("ru", "Кроме того, в ходе обмена украинской стороне переданы два тела погибших.", [(2, "bodies", "ukraine")]),
])
def test_ukrainian_and_russian_stages_durations_and_receiving_sides(language, text, expected):
    got = [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, language).figures]
    assert got == expected


def test_an_ordinal_apposed_with_its_and_overall():
    text = "This was the 13th exchange mediated by the Emirates since 2024 and its 15th overall."
    got = [(f.value, f.kind) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(13, "exchange_ordinal"), (15, "exchange_ordinal")]


def test_a_mediators_statement_totals_and_counts():
    text = ("The United Arab Emirates succeeded in a new mediation effort between the Russian Federation and Ukraine, resulting in the "
            "release of 300 captives from both sides, bringing the total number of captives released in mediations by the UAE to 3,233. "
            "This is the 12th mediation since the beginning of 2024 and the 13th since the start of the crisis, bringing the total "
            "number of mediations conducted by the UAE to 13.")
    got = [(f.value, f.kind, f.side, f.scope) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(300, "exchanged", "both", "total"), (3233, "cumulative_released", "both", "total"),
                   (12, "exchange_ordinal", "both", None), (13, "exchange_ordinal", "both", None), (13, "exchange_count", "both", None)]


@pytest.mark.parametrize("text, expected", [
    ("Since the start of the invasion, the UN mission has documented the executions of 79 Ukrainian POWs.", []),
    ("More than 5,000 Ukrainians remain in Russian captivity, Kyiv estimates, and some 2,000 are unaccounted for.",
     [(5000, "other"), (2000, "other")]),
])
def test_executions_and_the_unaccounted(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, PUB, "en").figures] == expected


def test_of_those_released_in_a_swap_is_not_part_of_the_running_total():
    body = ("Ukraine has returned 4,306 people from captivity since February 2022. "
            "Of those released in the latest swap, on March 19, 175 were soldiers.")
    got = [(f.value, f.kind) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(4306, "cumulative_released"), (175, "exchanged")]
    body = "Ukraine has returned 4,306 people from captivity since February 2022. Of those, 536 were returned by other means."
    got = [(f.value, f.kind) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(4306, "cumulative_released"), (536, "cumulative_released")]


@pytest.mark.parametrize("text, side", [
    ("Russia says 63 servicemen returned in swap with Ukraine", "russia"),
    ("Ukraine says 207 POWs came home after the exchange", "ukraine"),
    # a speaker's count of the other side's people keeps its nation
    ("Ukraine says 248 Russian soldiers returned in the exchange", "russia"),
])
def test_a_side_that_says_its_people_returned(text, side):
    (f,) = extract_article("a", text, PUB, "en").figures
    assert f.side == side


@pytest.mark.parametrize("language, text, expected", [
    ("es", "Rusia y Ucrania intercambiaron este domingo 303 prisioneros cada uno, informó el Ministerio de Defensa ruso.",
     [(303, "exchanged", "both", "Russian Defence Ministry")]),
    ("es", "En total, 1.000 prisioneros de cada bando fueron liberados en tres días.", [(1000, "exchanged", "both", None)]),
    ("es", "Desde 2022, más de 5.000 ucranianos han sido liberados del cautiverio, según Kiev.", [(5000, "cumulative_released", "ukraine", "Ukrainian government")]),
    ("it", "Secondo Kiev, oltre 3.000 ucraini sono stati liberati dal 2022.", [(3000, "cumulative_released", "ukraine", "Ukrainian government")]),
    ("pl", "Rosja i Ukraina wymieniły w środę po 150 jeńców wojennych, poinformowało rosyjskie ministerstwo obrony.",
     [(150, "exchanged", "both", "Russian Defence Ministry")]),
])
def test_spanish_italian_polish_each_totals_and_claimants(language, text, expected):
    got = [(f.value, f.kind, f.side, f.claimant) for f in extract_article("a", text, PUB, language).figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # captured with others: held, not a running total of the released
    ("She has not heard from her son since April 2022, when he was taken prisoner at the Azovstal steelworks along with roughly 2,500 other defenders.",
     [(2500, "other")]),
    # "have since come home": a running total
    ("Of the Azovstal defenders, about 1,000 have since come home in exchanges, according to the Azov brigade.", [(1000, "cumulative_released")]),
])
def test_captured_with_others_and_have_since_come_home(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, PUB, "en").figures] == expected


def test_a_list_of_past_exchanges_labelled_with_their_month():
    text = ("Key exchanges:\n- May 2025: 1,000 for 1,000, the largest so far\n- January 2024: 230 Ukrainians and 248 Russians\n"
            "- September 2022: 215 Ukrainians for 55 people, including Viktor Medvedchuk")
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in extract_article("a", text, date(2025, 6, 20), "en").figures]
    assert got == [(1000, "exchanged", date(2025, 5, 1), "month"), (230, "exchanged", date(2024, 1, 1), "month"),
                   (248, "exchanged", date(2024, 1, 1), "month"), (215, "exchanged", date(2022, 9, 1), "month"),
                   (55, "exchanged", date(2022, 9, 1), "month")]
    # (an item that says the deal was agreed stays agreed)
    got = [(f.value, f.kind) for f in extract_article("a", "- May 2025: a 1,000 for 1,000 prisoner exchange is agreed in Istanbul", date(2025, 6, 20), "en").figures]
    assert got == [(1000, "agreed")]


@pytest.mark.parametrize("text, expected", [
    # an earlier swap named with its year
    ("Kyiv handed over 306 people to the rebels. The last major swap, in 2016, saw 15 people freed.",
     [(306, date(2025, 10, 10), "day"), (15, date(2016, 1, 1), "year")]),
    # "since December, when ...": that month
    ("Ukraine and separatists swapped a total of 34 prisoners on Thursday, the first exchange since December, when around 200 prisoners were freed.",
     [(34, date(2025, 10, 9), "day"), (200, date(2024, 12, 1), "month")]),
])
def test_earlier_swaps_named_by_year_or_month(text, expected):
    got = [(f.value, f.event_date, f.event_date_precision) for f in extract_article("a", text, PUB, "en").figures if f.kind == "exchanged"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Kyiv handed over 306 people to the rebels, while 74 Ukrainians were freed, according to the Security Service of Ukraine (SBU).",
     [(306, "Security Service of Ukraine (SBU)"), (74, "Security Service of Ukraine (SBU)")]),
    # a pandemic's cases are no exchange
    ("The swap was delayed by the coronavirus pandemic, which has infected more than 4,000 people in Ukraine.", []),
])
def test_sbu_and_infections(text, expected):
    assert [(f.value, f.claimant) for f in extract_article("a", text, PUB, "en").figures] == expected


def test_a_headline_swap_of_two_parties_is_both_sides_total():
    body = "Ukraine and separatists swap 34 prisoners amid pandemic\n\nUkraine and pro-Russian separatists swapped a total of 34 prisoners on Thursday."
    got = [(f.value, f.side, f.scope) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(34, "both", "total")]


def test_a_count_of_stages_before_people_counts_stages():
    got = [(f.value, f.kind) for f in extract_article("a", "On June 9 and 10, the first two stages of the exchange freed soldiers under 25.", PUB, "en").figures]
    assert (2, "exchange_count") in got and all(kind != "exchanged" for _, kind in got)


@pytest.mark.parametrize("text, expected", [
    ("Each side usually releases the same number, but not always: in January 2024, Ukraine received 207 prisoners and Russia 195.",
     [(207, "exchanged", "ukraine"), (195, "exchanged", "russia")]),
    ("Ukraine's hotline project says 1,500 Russian POWs have applied to be exchanged.", [(1500, "other", "russia")]),
])
def test_a_receiving_nation_after_a_comma_and_people_who_applied_to_be_exchanged(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    ("According to Ukraine's Human Rights Commissioner Dmytro Lubinets, 3,574 people have been returned from captivity so far.",
     [(3574, "cumulative_released", "ukraine", "Dmytro Lubinets")]),
    ("Lubinets said Russia was blocking the return of roughly 1,000 civilians held in captivity.", [(1000, "other", "ukraine", "Dmytro Lubinets")]),
    ("Lubinets said that 45 Ukrainian POWs had been executed.", []),
    ("The last exchange, on Aug. 7, brought home 22 soldiers.", [(22, "exchanged", "ukraine", None)]),
])
def test_role_holders_blocked_returns_executions_and_brought_home(text, expected):
    assert [(f.value, f.kind, f.side, f.claimant) for f in extract_article("a", text, PUB, "en").figures] == expected


def test_a_compared_count_takes_the_measure_closest_in_size():
    text = "Ukraine brought home 1,358 people in 11 exchanges in 2024, the Coordination Headquarters said, compared with 1,010 in 2023."
    got = [(f.value, f.kind) for f in extract_article("a", text, date(2025, 1, 6), "en").figures]
    assert got == [(1358, "cumulative_released"), (11, "exchange_count"), (1010, "cumulative_released")]


def test_a_month_named_in_the_clause_dates_the_exchange():
    body = "The largest swap of the year, on Jan. 3, returned 230 Ukrainians. The smallest, in June, freed 10 prisoners."
    got = [(f.value, f.event_date, f.event_date_precision) for f in extract_article("a", body, date(2025, 1, 6), "en").figures]
    assert got[-1] == (10, date(2024, 6, 1), "month")


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Russland und die Ukraine haben am Freitag je 390 Gefangene ausgetauscht.", [(390, "exchanged", "both")]),
    ("fr", "Plus de 3 000 Ukrainiens ont été libérés depuis le début de la guerre. Environ 8 000 sont encore détenus en Russie.",
     [(3000, "cumulative_released", "ukraine"), (8000, "other", "unknown")]),
])
def test_german_je_and_french_still_detained(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, language).figures] == expected


def test_among_the_freed_in_other_languages_points_back_to_the_count():
    body = ("Russland und die Ukraine haben am Freitag je 390 Gefangene ausgetauscht. Es ist die erste Phase des Austauschs. "
            "Unter den Freigelassenen seien 120 Zivilisten, hieß es aus Kiew.")
    got = [(f.value, f.is_breakdown) for f in extract_article("a", body, PUB, "de").figures if f.kind == "exchanged"]
    assert got == [(390, False), (120, True)]


def test_a_group_of_another_day_is_not_a_part_of_this_days_count():
    body = ("Saturday's swap, in which 246 Ukrainians came home, was followed late Sunday by the return of 31 wounded soldiers.")
    got = [(f.value, f.event_date, f.is_breakdown) for f in extract_article("a", body, date(2025, 4, 21), "en").figures]
    assert got == [(246, date(2025, 4, 19), False), (31, date(2025, 4, 20), False)]
    # a part that points back keeps its whole, whatever day its sentence names
    body = "Ukraine got back 95 soldiers on Friday. The headquarters said 40 of those released today had defended Mariupol."
    got = [(f.value, f.is_breakdown) for f in extract_article("a", body, date(2025, 4, 18), "en").figures]
    assert got == [(95, False), (40, True)]


def test_a_quote_that_goes_on_keeps_its_speaker_and_parts_that_add_up_find_their_count():
    body = ('"Today, 100 of our warriors are returning home from Russian captivity," Zelensky wrote. '
            '"We have already brought back 3,135 of our people."\n\n'
            "Ukraine has managed to return 3,135 people home since the start of the full-scale war, the headquarters said. "
            "It was the 50th exchange. Among those returning are 4 civilians and 96 servicemen.")
    got = [(f.value, f.kind, f.side, f.claimant, f.is_breakdown) for f in extract_article("a", body, date(2024, 2, 8), "en").figures]
    assert got == [(100, "exchanged", "ukraine", "Volodymyr Zelensky", False),
                   (3135, "cumulative_released", "ukraine", "Volodymyr Zelensky", False),
                   (50, "exchange_ordinal", "both", "Coordination Headquarters", False),
                   (4, "exchanged", "ukraine", None, True), (96, "exchanged", "ukraine", None, True)]


def test_a_group_also_returned_to_a_named_side_further_along_the_sentence():
    text = ("Ukraine and Russia each handed over 146 prisoners of war on Sunday. "
            "Eight civilians from the Kursk region were also returned to Russia, the Russian defence ministry said.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in extract_article("a", text, PUB, "en").figures]
    assert got == [(146, "both", False, False), (8, "russia", False, True)]


def test_a_headline_count_with_no_side_takes_the_side_of_its_lede():
    body = ("Interfax-Ukraine: 150 defenders return home\n\n"
            "One hundred and fifty Ukrainian defenders have returned home in another exchange, President Volodymyr Zelensky said. "
            '"Another 150 of our people are home," he wrote.')
    got = [(f.value, f.side, f.claimant, f.char_start) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(150, "ukraine", "Volodymyr Zelensky", body.index("150"))]
    # two equal counts in one sentence are the two sides'
    body = "Zelensky said 115 Russian soldiers were taken in Kursk. On Saturday 115 of them were swapped for 115 Ukrainian POWs."
    sides = sorted(f.side for f in extract_article("a", body, PUB, "en").figures if f.value == 115 and f.kind == "exchanged")
    assert sides == ["russia", "ukraine"]


@pytest.mark.parametrize("text, expected", [
    ("The 116-for-63 swap was the largest in months. It followed a swap of 50 for 50 on Jan. 8.", [(50, "exchanged", "completed")]),
    ("Ukraine also received the bodies of four foreigners, including two Britons.", [(4, "bodies", "completed"), (2, "bodies", "completed")]),
    # a swap of N for N still to come is a term
    ("Officials said a swap of 100 for 100 was planned for next week.", [(100, "agreed", "agreed")]),
])
def test_an_earlier_swap_named_by_its_numbers_and_parts_of_bodies(text, expected):
    got = [(f.value, f.kind, f.status) for f in extract_article("a", text, date(2023, 2, 5), "en").figures if f.value != 116 and f.value != 63]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # groups of people named together add up; a part "of them" stays a part
    ("No exchange has taken place since Oct. 2, when 185 Ukrainians and 20 civilians came home.", [(185, False, False), (20, False, True)]),
    ("The swap came a day after 46 Ukrainians, 31 of them women, were brought home in a separate release.", [(46, False, False), (31, True, False)]),
])
def test_groups_of_people_add_up_and_parts_of_them_do_not(text, expected):
    got = [(f.value, f.is_breakdown, f.is_additional) for f in extract_article("a", text, PUB, "en").figures]
    assert got == expected


def test_people_a_side_was_holding_are_held():
    text = "Ukraine's ombudsman said Russia was holding about 8,000 Ukrainian POWs and some 16,000 civilians."
    assert [(f.value, f.kind) for f in extract_article("a", text, PUB, "en").figures] == [(8000, "other"), (16000, "other")]


def test_a_list_of_parts_goes_on_after_as_well_as():
    body = ("Russia and Ukraine exchanged 95 prisoners of war each on Wednesday. The headquarters said those freed included 35 soldiers "
            "who had defended the Azovstal plant, as well as 16 national guardsmen and 44 border guards.")
    got = [(f.value, f.is_breakdown, f.is_additional) for f in extract_article("a", body, PUB, "en").figures]
    assert got == [(95, False, False), (35, True, False), (16, True, False), (44, True, False)]


@pytest.mark.parametrize("text, expected", [
    ("Since the start of the war, 3,108 bodies have been repatriated to Ukraine, according to the Ministry for Reintegration.",
     [(3108, "Ukrainian Ministry for Reintegration")]),
    ("Russia handed over the bodies of 100 soldiers on Thursday. Separately, Ukraine said 10 of its soldiers killed near Bakhmut "
     "would be buried next week.", [(100, None)]),
])
def test_the_reintegration_ministry_and_soldiers_killed(text, expected):
    assert [(f.value, f.claimant) for f in extract_article("a", text, PUB, "en").figures] == expected


def test_a_side_count_reported_by_both_sides_is_that_sides():
    # "both sides said" says who reported it, not that each side freed 150
    text = ("Ukraine brought home 189 prisoners of war on Monday, while 150 Russian servicemen were returned to Russia, both sides said.")
    assert [(f.value, f.side, f.scope) for f in figs(text)] == [(189, "ukraine", None), (150, "russia", None)]


def test_a_mediators_running_total_counts_both_ways():
    text = ("Ukraine and Russia swapped 150 prisoners each on Monday. The United Arab Emirates said the swap brought the number of "
            "captives released through its mediation to 3,233.")
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text)][-1] == (3233, "cumulative_released", "both", "total")
    text = "The exchange brought the number of Ukrainians freed through UAE mediation to 2,100."
    assert [(f.value, f.kind, f.side) for f in figs(text)] == [(2100, "cumulative_released", "ukraine")]


def test_ages_with_a_qualifier_after_aged_and_the_part_after_them():
    text = ("Ukraine and Russia each returned 150 prisoners of war on Wednesday. Among the Ukrainians were 13 soldiers aged over 60 "
            "and 2 who had been held since 2014.")
    got = [(f.value, f.kind, f.side, f.qualifier, f.is_breakdown) for f in figs(text)]
    assert got == [(150, "exchanged", "both", "exact", False), (13, "exchanged", "ukraine", "exact", True),
                   (60, "age", "unknown", "more_than", False), (2, "exchanged", "ukraine", "exact", True)]


@pytest.mark.parametrize("text, expected", [
    # "the first exchange since June" says how long there was none: no count of exchanges
    ("Twenty-two Ukrainian soldiers came home on Monday in the first exchange since June.", [(22, "exchanged")]),
    ("Ukraine and Russia exchanged 22 prisoners each on Monday, the first swap since a plane crash in January.", [(22, "exchanged")]),
    # counted from the start of the war it is the first of a count
    ("The first exchange since the start of the full-scale invasion freed 50 soldiers.", [(1, "exchange_ordinal"), (50, "exchanged")]),
])
def test_the_first_exchange_since_an_event_is_no_ordinal(text, expected):
    assert [(f.value, f.kind) for f in figs(text)] == expected


def test_a_date_in_a_since_clause_dates_that_event_not_the_exchange():
    text = ("Ukraine and Russia carried out their first exchange since a military transport plane crashed in Russia's Belgorod region "
            "on Jan. 24, killing everyone on board. Moscow said 195 Russian soldiers were returned and Kyiv said it got back 207 of its people.")
    got = [(f.value, f.side, f.event_date) for f in extract_article("a", text, date(2024, 1, 31), "en").figures]
    assert got == [(195, "russia", date(2024, 1, 31)), (207, "ukraine", date(2024, 1, 31))]


def test_bring_about_is_a_verb_not_a_qualifier():
    text = ("Ukraine and Russia swapped 75 prisoners each on Friday. The UAE, which mediated, has now helped bring about "
            "nine exchanges involving a total of 2,500 prisoners.")
    assert [(f.value, f.kind, f.qualifier) for f in figs(text)][1] == (9, "exchange_count", "exact")


def test_a_part_equal_to_the_other_sides_count_is_still_a_part():
    text = ("Ukraine brought home 45 of its soldiers in a swap for three Russian pilots on Saturday. "
            "The exchange, Kyiv's first in two weeks, included 3 officers.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text)]
    assert got == [(45, "ukraine", False), (3, "russia", False), (3, "unknown", True)]


def test_two_groups_a_side_received_add_up_whatever_the_second_is_called():
    text = ("Ukraine brought home 146 soldiers and 8 civilians, Zelensky said. "
            "Russia received 146 servicemen and 8 residents of the Kursk region, its Defence Ministry said.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text)]
    assert got == [(146, "ukraine", False, False), (8, "ukraine", False, True), (146, "russia", False, False), (8, "russia", False, True)]


def test_the_two_sides_is_no_count_and_a_noun_is_not_reached_past_another_number():
    text = ("Russia launched 250 drones at Kyiv overnight, hours after the two sides swapped 307 prisoners each "
            "in the second stage of their largest exchange.")
    assert [(f.value, f.kind) for f in figs(text)] == [(307, "exchanged"), (2, "exchange_ordinal")]


def test_a_second_that_clause_has_its_own_status():
    text = ("The Coordination Headquarters said it had received 8,000 applications from families of missing soldiers "
            "and that 2,598 Ukrainians had been freed since March 2022.")
    assert [(f.value, f.kind, f.side) for f in figs(text)] == [(2598, "cumulative_released", "ukraine")]


def test_people_deported_are_not_people_released():
    text = ("Ukraine and Russia swapped 90 prisoners each on Tuesday. About 20,000 Ukrainian children were deported to Russia, "
            "according to Kyiv.")
    assert [(f.value, f.kind) for f in figs(text)] == [(90, "exchanged"), (20000, "other")]


@pytest.mark.parametrize("language, text, expected", [
    # a group returned "в Россию" is Russia's, and added on top of the count ("Кроме того")
    ("ru", "Из плена возвращены 146 российских военнослужащих. Кроме того, в Россию возвращены восемь жителей Курской области.",
     [(146, "exchanged", "russia", False), (8, "exchanged", "russia", True)]),
    # two groups named together add up in Ukrainian too
    ("uk", "Додому повернулися 185 військовослужбовців та 20 цивільних, повідомив Координаційний штаб.",
     [(185, "exchanged", "ukraine", False), (20, "exchanged", "ukraine", True)]),
    # bodies named after the count are handed over, not casualties of a clause before; "prête à remettre" is an offer
    ("fr", "L'Ukraine a reçu les corps de 1 212 soldats tués, tandis que la Russie a récupéré 27 dépouilles. "
           "Moscou affirme être prête à remettre plus de 6 000 corps.",
     # (what Moscow is ready to hand over is Kyiv's dead)
     [(1212, "bodies", "ukraine", False), (27, "bodies", "russia", False), (6000, "bodies", "ukraine", False)]),
])
def test_other_languages_groups_bodies_and_offers(language, text, expected):
    got = [(f.value, f.kind, f.side, f.is_additional) for f in extract_article("a", text, PUB, language).figures]
    assert got == expected
    if language == "fr":
        assert extract_article("a", text, PUB, language).figures[-1].status == "offered"


@pytest.mark.parametrize("text, expected", [
    # a correction note restates the wrong and the right number; the article's own sentence is the figure
    ("Correction: An earlier version of this article incorrectly said 160 prisoners were freed on each side. The correct figure is 150. "
     "Ukraine and Russia each released 150 prisoners of war on Wednesday.", [(150, "exchanged", "both")]),
    ("Ukraine and Russia swapped 103 prisoners each on Saturday, the 55th exchange overall. "
     "(This story has been refreshed to correct the number of exchanges in paragraph 2 to 55 from 56.)",
     [(103, "exchanged", "both"), (55, "exchange_ordinal", "both")]),
    # people who answered a poll are no prisoners
    ("Some 68% of Ukrainians support an all-for-all exchange, according to a KIIS survey of 1,021 respondents.", [(68, "percentage", "unknown")]),
])
def test_correction_notes_and_polls_are_not_figures(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


def test_a_speaker_claims_what_its_text_attributes_to_no_one():
    # a Telegram channel's own post: the channel (by its canonical name when known) is the claimant
    text = "🇺🇦 Додому повернулися 84 захисники! Це 66-й обмін, повідомив Зеленський."
    got = [(f.value, f.claimant) for f in extract_article("a", text, PUB, "uk", None, "Координаційний штаб").figures]
    assert got == [(84, "Coordination Headquarters"), (66, "Volodymyr Zelensky")]
    got = [(f.value, f.claimant) for f in extract_article("a", "84 defenders are home!", PUB, "en", None, "Some Channel").figures]
    assert got == [(84, "Some Channel")]
    assert [f.claimant for f in extract_article("a", "84 defenders are home!", PUB, "en").figures] == [None]


def test_a_compared_count_does_not_take_the_next_numbers_noun():
    text = "In 2024, Ukraine brought home 1,358 people in 11 exchanges, compared with 2,598 in 48 exchanges before that."
    got = [(f.value, f.kind) for f in figs(text)]
    assert got == [(1358, "cumulative_released"), (11, "exchange_count"), (2598, "cumulative_released"), (48, "exchange_count")]


def test_moscows_wording_of_the_other_sides_count_and_a_group_returned_to_russia():
    text = ("On August 14, 84 Russian servicemen were returned from the territory controlled by the Kyiv regime. In return, 84 Armed "
            "Forces of Ukraine prisoners of war were handed over. In addition, 8 residents of the Kursk region illegally detained by "
            "the Kyiv regime were returned to Russia.")
    got = [(f.value, f.side, f.is_additional) for f in figs(text)]
    assert got == [(84, "russia", False), (84, "ukraine", False), (8, "russia", True)]


def test_groups_that_add_up_to_a_count_stated_before_are_its_parts():
    text = ("Ukraine has returned 84 of its citizens from Russian captivity. This was reported by President Volodymyr Zelensky. "
            '"Our people are home. 33 military and 51 civilians," he wrote.')
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text)]
    assert got == [(84, "ukraine", False, False), (33, "ukraine", True, False), (51, "ukraine", True, False)]


def test_each_other_is_not_each_side():
    text = "A planned handover of 6,000 bodies of Ukrainian soldiers did not take place on Saturday, with Moscow and Kyiv blaming each other for the delay."
    assert [(f.value, f.side, f.scope) for f in figs(text)] == [(6000, "ukraine", None)]


def test_last_year_dates_a_count_by_its_year():
    text = "Russia returned the bodies of 757 soldiers on Friday. Last year, 5,000 bodies were returned in total."
    got = [(f.value, f.event_date, f.event_date_precision) for f in extract_article("a", text, date(2025, 3, 5), "en").figures]
    assert got == [(757, date(2025, 2, 28), "day"), (5000, date(2024, 1, 1), "year")]


def test_an_answer_is_read_with_its_question():
    text = ("Q: How many people came home today? A: Eighty-four. Thirty-three servicemen and 51 civilians, some held since 2014.")
    got = [(f.value, f.kind, f.is_breakdown) for f in figs(text)]
    assert got == [(84, "exchanged", False), (33, "exchanged", True), (51, "exchanged", True)]


def test_a_relatives_age_and_comrades_captured_with_him_are_not_exchange_figures():
    text = ("Serhiy, 34, spent almost three years in Russian captivity after he was captured in Mariupol in April 2022 with "
            "12 other marines. His wife Iryna, 31, learned he was alive "
            "from a video. On Feb. 5, he was one of 150 Ukrainians freed in the 61st exchange of the war.")
    got = [(f.value, f.kind) for f in extract_article("a", text, date(2025, 3, 1), "en").figures]
    assert got == [(34, "age"), (12, "other"), (150, "exchanged"), (61, "exchange_ordinal")]


@pytest.mark.parametrize("text, expected", [
    ("On the 14th, Ukraine brought home 84 defenders.", date(2025, 9, 14)),
    ("On the 30th, Ukraine brought home 84 defenders.", date(2025, 8, 30)),  # a day still to come this month: last month's
    ("The 14th exchange took place on Friday, and 84 soldiers came home.", date(2025, 9, 19)),  # an ordinal, no day
])
def test_on_the_nth_is_a_day_of_the_month(text, expected):
    assert [f.event_date for f in extract_article("a", text, date(2025, 9, 20), "en").figures if f.kind == "exchanged"] == [expected]


@pytest.mark.parametrize("channel, claimant", [
    ("Координаційний штаб з питань поводження з військовополоненими", "Coordination Headquarters"),
    ("Минобороны России", "Russian Defence Ministry"),
    ("Міністерство оборони України", "Ukrainian Defence Ministry"),
    ("ГУР МО України", "Ukrainian military intelligence (HUR)"),
    ("Уповноважений Верховної Ради України з прав людини", "Ukrainian ombudsman"),
    ("Some Local News", "Some Local News"),
])
def test_channel_names_as_claimants(channel, claimant):
    from pipeline.extract.figures import speaker_claimant

    assert speaker_claimant(channel) == claimant


@pytest.mark.parametrize("text", ["a couple of dozen prisoners", "a few dozen soldiers", "several hundred captives"])
def test_vague_quantities_are_no_numbers(text):
    assert find_numbers(text, "en") == []


def test_a_relative_date_in_a_since_clause_dates_that_event():
    text = ("Ukraine and Russia exchanged prisoners for the first time since a Russian military transport plane crashed last week. "
            "Ukraine said 207 of its people came home, while Russia said 195 Russian servicemen had been returned.")
    got = [(f.value, f.event_date) for f in extract_article("a", text, date(2024, 1, 31), "en").figures]
    assert got == [(207, date(2024, 1, 31)), (195, date(2024, 1, 31))]


def test_what_russia_says_it_got_back_and_what_ukraine_which_received_got():
    text = ("Russia's Defence Ministry said on Wednesday it had got back 195 servicemen in an exchange with Ukraine, "
            "which received 195 prisoners in return, the ministry said.")
    got = [(f.value, f.side) for f in extract_article("a", text, date(2024, 1, 31), "en").figures]
    assert got == [(195, "russia"), (195, "ukraine")]


def test_what_freed_people_said_is_no_exchange_figure_and_released_last_year_dates_by_year():
    text = ("The UN mission said it had interviewed 205 Ukrainian POWs released in 2024, 195 of whom reported being tortured. "
            "Amnesty said that of the 1,358 Ukrainians released last year, many had been held incommunicado.")
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in extract_article("a", text, date(2024, 7, 18), "en").figures]
    assert got == [(1358, "cumulative_released", date(2023, 1, 1), "year")]  # the year's total


def test_a_body_named_in_full_is_the_claimant():
    text = "The UN Human Rights Monitoring Mission said 84 prisoners had been freed in the swap."
    assert [f.claimant for f in figs(text)] == ["UN Human Rights Monitoring Mission"]


@pytest.mark.parametrize("language, text, expected", [
    # "además de 20" is in addition to, not "más de"; the claimant after "según el", "secondo il", "segundo o"
    ("es", "Rusia y Ucrania intercambiaron 185 prisioneros cada uno, además de 20 civiles, según el Ministerio de Defensa ruso.",
     [(185, "exact", False, "Russian Defence Ministry"), (20, "exact", True, "Russian Defence Ministry")]),
    ("it", "La Russia e l'Ucraina hanno scambiato 185 prigionieri ciascuna, oltre a 20 civili, secondo il ministero della Difesa russo.",
     [(185, "exact", False, "Russian Defence Ministry"), (20, "exact", True, "Russian Defence Ministry")]),
    ("pt", "A Rússia e a Ucrânia trocaram 185 prisioneiros cada uma, além de 20 civis, segundo o Ministério da Defesa russo.",
     [(185, "exact", False, "Russian Defence Ministry"), (20, "exact", True, "Russian Defence Ministry")]),
])
def test_romance_languages_added_groups_qualifiers_and_claimants(language, text, expected):
    got = [(f.value, f.qualifier, f.is_additional, f.claimant) for f in extract_article("a", text, PUB, language).figures]
    assert got == expected


def test_polish_thousands_abbreviated():
    assert [(n.value, "5,8 tys." ) for n in find_numbers("ponad 5,8 tys. Ukraińców", "pl")] == [(5800, "5,8 tys.")]


@pytest.mark.parametrize("text", [
    "Ukraine got back 197 people on Wednesday. 175 were soldiers and 22 were severely wounded.",
    "Ukraine got back 197 people on Wednesday: 175 were soldiers and 22 were severely wounded.",
])
def test_a_count_split_in_two_with_were_and_were(text):
    got = [(f.value, f.side, f.is_breakdown) for f in extract_article("a", text, date(2025, 3, 19), "en").figures]
    assert got == [(197, "ukraine", False), (175, "ukraine", True), (22, "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # "today" in a quote is the day the speaker spoke, when the sentence says which
    ('Zelensky said on Saturday: "Today 84 of our people came home."', date(2025, 8, 16)),
    ('"Today 84 of our people came home," Zelensky said on Saturday.', date(2025, 8, 16)),
    ('"Today 84 of our people came home," Zelensky said.', date(2025, 8, 17)),  # no day of speaking: the article's
])
def test_today_in_a_quote_is_the_day_the_speaker_spoke(text, expected):
    assert [f.event_date for f in extract_article("a", text, date(2025, 8, 17), "en").figures] == [expected]


def test_an_outlet_before_a_colon_is_not_the_claimant_when_someone_speaks_after_it():
    text = ("RIA Novosti: Russian Human Rights Commissioner Tatyana Moskalkova said 27 Ukrainian civilians had been returned "
            "home via Belarus.")
    assert [f.claimant for f in figs(text)] == ["Tatyana Moskalkova"]
    assert [f.claimant for f in figs("Zelensky: 277 of our warriors are home.")] == ["Volodymyr Zelensky"]


@pytest.mark.parametrize("text, language", [
    ("Preparations for the swap had been thrown into doubt on Jan. 24, when an Il-76 military transport crashed in Belgorod.", "en"),
    ("Es war der erste Austausch nach dem Absturz eines russischen Militärtransporters vom Typ Il-76 am 24. Januar.", "de"),
])
def test_the_day_of_another_event_is_no_exchange_mention(text, language):
    assert extract_article("a", text, date(2024, 1, 31), language).mentions == []


def test_an_exchange_named_in_a_since_clause_is_still_mentioned():
    text = "It was the first swap since the exchange on Jan. 3, when 230 Ukrainians came home."
    assert [m.event_date for m in extract_article("a", text, date(2024, 1, 31), "en").mentions] == [date(2024, 1, 3)]


@pytest.mark.parametrize("text, expected", [
    # a round of the exchanges is done on its day; a round of talks only dates the talks
    ("In the latest round on Monday, 150 Ukrainians and 150 Russians were freed.", [date(2024, 12, 30)]),
    ("At the round on Monday, the sides agreed to free 150 prisoners each.", []),
])
def test_a_round_of_exchanges_is_mentioned_on_its_day(text, expected):
    assert [m.event_date for m in extract_article("a", text, date(2024, 12, 31), "en").mentions] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the day of a holiday the text puts the exchange on; Easter is the Orthodox one unless it says otherwise
    ("Ukraine and Russia swapped 146 prisoners each on Ukraine's Independence Day.", date(2025, 8, 25), date(2025, 8, 24)),
    ("On Independence Day, 115 Ukrainian defenders came home.", date(2024, 8, 26), date(2024, 8, 24)),
    ("On Easter Sunday, 44 Ukrainian soldiers were returned.", date(2024, 5, 10), date(2024, 5, 5)),
    ("Russia and Ukraine exchanged 246 prisoners each on the eve of Orthodox Easter.", date(2025, 4, 22), date(2025, 4, 19)),
    ("On Catholic Easter, 60 Ukrainians were freed.", date(2024, 4, 3), date(2024, 3, 31)),
    ("Ukraine and Russia exchanged 230 prisoners on New Year's Eve.", date(2024, 1, 5), date(2023, 12, 31)),
    # a holiday still ahead, within two months
    ("An exchange of 100 prisoners is expected on Easter.", date(2024, 3, 15), date(2024, 5, 5)),
    # an exchange named by its holiday and year, with no publication date
    ("The Easter 2024 swap brought home 75 Ukrainians.", None, date(2024, 5, 5)),
    # near the day is not on it; another nation's day is not Ukraine's
    ("Ahead of Easter, Ukraine and Russia exchanged 246 prisoners each.", date(2025, 4, 25), date(2025, 4, 25)),
    ("On the Fourth of July, US Independence Day, 90 Ukrainians were freed in a swap.", date(2024, 7, 6), date(2024, 7, 6)),
])
def test_holidays_date_the_exchange_on_them(text, published, expected):
    assert [f.event_date for f in figs(text, published)][:1] == [expected]


def test_an_exchange_named_by_its_holiday_is_dated_by_it():
    got = figs("Putin declared an Easter truce. The Easter exchange freed 246 Ukrainians.", date(2025, 5, 2))
    assert [(f.value, f.event_date) for f in got] == [(246, date(2025, 4, 20))]


@pytest.mark.parametrize("text, expected", [
    # a handover that is possible, could take place, or is being prepared has not happened
    ("A swap of 300 prisoners before the end of the year is possible, officials said.", [(300, "agreed", "planned")]),
    ("An exchange of 300 prisoners could take place before the new year, Lubinets said.", [(300, "agreed", "planned")]),
    ("The ombudsman said a swap of some 200 prisoners was being prepared.", [(200, "agreed", "planned")]),
    ("Ukraine's ombudsman said the exchange of 84 people would likely happen next week.", [(84, "agreed", "planned")]),
    # people a side hopes to get back; people it wants to trade are offered
    ("Kyiv hopes to bring home 500 prisoners in the next exchange.", [(500, "agreed", "planned")]),
    ("Ukraine wants to swap 500 Russian prisoners for its own soldiers.", [(500, "offered", "offered")]),
    # a handover denied in the number's own clause
    ("Ukraine has not received the bodies of 6,000 soldiers that Russia promised to return.", [(6000, "bodies", "agreed")]),
    ("The Kremlin has yet to hand over the 1,000 prisoners it promised.", [(1000, "agreed", "agreed")]),
    # ... but not a modal verb of another clause
    ("Russia's Defence Ministry confirmed that 375 Russians had been returned and said the next stages would take place soon.",
     [(375, "exchanged", "completed")]),
    ("Umerov said the sides had agreed to free more than 1,200 people and that Ukraine hoped the exchange would take place soon.",
     [(1200, "agreed", "agreed")]),
    ("Ukraine received 390 prisoners on Friday, and the remaining 610 have not yet been freed.",
     [(390, "exchanged", "completed"), (610, "agreed", "planned")]),  # ("remaining": still to come)
])
def test_possible_hoped_and_denied_handovers_are_not_completed(text, expected):
    assert [(f.value, f.kind, f.status) for f in figs(text)] == expected


def test_a_bare_count_that_would_be_freed_is_a_promise_not_dropped():
    text = "Ukraine and Russia will swap prisoners this week. Budanov said 390 would be freed on Friday."
    assert [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 5, 20))] == [(390, "agreed", date(2025, 5, 23))]


@pytest.mark.parametrize("text, qualifier", [
    ("As many as 1,000 Ukrainians could be freed, Zelensky said.", "up_to"),
    ("A maximum of 500 prisoners will be exchanged.", "up_to"),
])
def test_as_many_as_is_an_upper_bound(text, qualifier):
    assert [f.qualifier for f in figs(text)] == [qualifier]


def test_a_release_as_agreed_at_talks_is_not_dated_by_the_talks():
    text = ("Russia and Ukraine exchanged 303 soldiers each on Sunday, the last day of the swap. "
            "Over three days, 1,000 prisoners were released by each side, as agreed at talks in Istanbul on May 16.")
    got = [(f.value, f.event_date) for f in figs(text, date(2025, 5, 26))]
    assert got == [(303, date(2025, 5, 25)), (1000, date(2025, 5, 25))]


@pytest.mark.parametrize("text, expected", [
    # a dash or bracket aside between a count and its verb does not hide the verb's "each side"
    ("On Friday, 390 people — 270 soldiers and 120 civilians — were freed by each side.",
     [(390, "both", "per_side", False), (270, "both", "per_side", True), (120, "both", "per_side", True)]),
    ("On Friday, 390 people (270 soldiers and 120 civilians) were freed by each side.",
     [(390, "both", "per_side", False), (270, "both", "per_side", True), (120, "both", "per_side", True)]),
    # the next day's batch is counted the way the one before it is
    ("On Friday, 390 people were freed by each side, followed by 307 soldiers on Saturday.",
     [(390, "both", "per_side", False), (307, "both", "per_side", False)]),
])
def test_asides_and_later_batches_keep_the_side(text, expected):
    assert [(f.value, f.side, f.scope, f.is_breakdown) for f in figs(text)] == expected


def test_the_number_a_mediator_has_helped_free_is_of_both_sides():
    text = ("It was the UAE's seventh mediation this year and brought the number of prisoners it has helped free to 1,994, "
            "the Emirati foreign ministry said.")
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text) if f.value == 1994] == [(1994, "cumulative_released", "both", "total")]


def test_a_since_phrase_after_a_later_number_is_that_numbers():
    text = ("Ukraine and Russia exchanged 22 prisoners of war each on Monday, the latest in a series of swaps "
            "that have brought back more than 2,500 Ukrainians since the war began.")
    assert [(f.value, f.kind) for f in figs(text, date(2023, 8, 7))] == [(22, "exchanged"), (2500, "cumulative_released")]


def test_the_previous_exchange_does_not_date_the_article():
    text = ("Ukraine has returned 95 prisoners of war from Russian captivity.\n\n"
            "Russia's Defense Ministry said that 95 Russian soldiers had been returned in exchange.\n\n"
            "This was the 58th exchange. The previous exchange took place on Sept. 14, when 103 Ukrainians were released.")
    got = [(f.value, f.event_date) for f in figs(text, date(2024, 10, 19))]
    assert got == [(95, date(2024, 10, 19)), (95, date(2024, 10, 19)), (58, date(2024, 10, 19)), (103, date(2024, 9, 14))]


def test_a_dated_has_returned_sentence_is_the_lead_exchange():
    text = ("Ukraine has returned 95 prisoners of war from Russian captivity, President Volodymyr Zelensky announced on Oct. 18.\n\n"
            "Russia's Defense Ministry said that 95 Russian soldiers had been returned in exchange.")
    assert [(f.value, f.event_date) for f in figs(text, date(2024, 10, 19))] == [(95, date(2024, 10, 18)), (95, date(2024, 10, 18))]


def test_a_group_also_freed_past_an_including_aside_is_added():
    text = "Ukraine secured the release of 215 people. Ten foreigners, including five Britons, were also freed."
    got = [(f.value, f.is_additional, f.is_breakdown) for f in figs(text)]
    assert got == [(215, False, False), (10, True, False), (5, False, True)]


@given(st.text(alphabet=st.characters(max_codepoint=0x17f), max_size=60))
@settings(max_examples=300, deadline=None)
def test_sentence_tokens_are_the_runs_of_letters(text):
    # (ASCII text is split without the pattern; the two must agree)
    import re

    from pipeline.extract.numbers import tokens

    assert tokens(text) == frozenset(re.findall(r"[^\W\d_]+", text.lower()))


@pytest.mark.parametrize("text, expected", [
    # TASS's "as many as" stresses a known count; with a modal verb it is a bound
    ("As many as 246 Russian servicemen have been returned from territory controlled by Kiev, the ministry said.", [(246, "exact")]),
    ("As many as 1,000 Ukrainians could be freed before the summer.", [(1000, "up_to")]),
])
def test_as_many_as_is_a_bound_only_for_what_has_not_happened(text, expected):
    assert [(f.value, f.qualifier) for f in figs(text)] == expected


def test_had_been_brought_home_in_total_is_a_running_total():
    text = "Zelensky said it was the 60th exchange and that 3,956 Ukrainians had been brought home in total."
    assert [(f.value, f.kind) for f in figs(text)] == [(60, "exchange_ordinal"), (3956, "cumulative_released")]


def test_the_ministry_said_reaches_back_past_an_unattributed_sentence():
    text = ("As many as 246 Russian servicemen have been returned, the Russian Defence Ministry said on Saturday. "
            "In return, 246 Ukrainian prisoners of war were handed over. "
            "In addition, 15 wounded Russian servicemen were returned in exchange for 31 wounded Ukrainian POWs, the ministry said.")
    got = [(f.value, f.claimant) for f in figs(text)]
    assert got == [(246, "Russian Defence Ministry"), (246, None), (15, "Russian Defence Ministry"), (31, "Russian Defence Ministry")]


def test_the_ministry_said_does_not_reach_back_to_the_headquarters():
    text = ("Ukraine's Coordination Headquarters said 246 Ukrainians had come home. The swap was the 63rd. "
            "Fifteen of them were wounded, the ministry said.")
    assert [(f.value, f.claimant) for f in figs(text)][-1] == (15, None)


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Jede Seite habe 150 Gefangene freigelassen, teilte das russische Verteidigungsministerium mit.", [(150, "both", "per_side")]),
    ("ru", "Каждая из сторон передала 150 военнопленных.", [(150, "both", "per_side")]),
    ("es", "Cada parte liberó a 150 prisioneros de guerra.", [(150, "both", "per_side")]),
])
def test_each_side_named_before_the_count_in_other_languages(language, text, expected):
    assert [(f.value, f.side, f.scope) for f in extract_article("a", text, PUB, language).figures] == expected


def test_sides_that_exchanged_n_for_n_in_russian_completed_the_exchange():
    text = "Всего в рамках договоренностей, достигнутых в Стамбуле, стороны обменялись 1000 на 1000."
    assert [(f.value, f.kind, f.status) for f in extract_article("a", text, PUB, "ru").figures] == [(1000, "exchanged", "completed")]


def test_bodies_that_should_be_returned_are_planned_and_those_that_arrived_are_returned():
    text = "Officials said about 6,000 bodies should be returned under the deal, but only 1,212 had arrived by Wednesday."
    assert [(f.value, f.kind, f.status) for f in figs(text)] == [(6000, "bodies", "planned"), (1212, "bodies", "completed")]


def test_what_the_separatists_freed_was_ukraines():
    text = ("Ukraine and pro-Russian separatists carried out their biggest prisoner exchange on Wednesday, "
            "with Kiev handing over 233 people and the rebels freeing 73.")
    assert [(f.value, f.side) for f in figs(text)] == [(233, "russia"), (73, "ukraine")]


def test_a_mediator_that_mediated_the_release_of_a_total_counts_both_sides():
    text = "The UAE said it had mediated the release of 2,574 captives in total since the war began."
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text)] == [(2574, "cumulative_released", "both", "total")]


def test_russian_state_media_is_a_claimant_of_its_own():
    text = ("Ukraine says 95 soldiers came home in the latest prisoner swap with Russia, "
            "while Russian state media said 94 Russian servicemen had returned.")
    assert [(f.value, f.claimant) for f in figs(text)] == [(95, "Ukrainian government"), (94, "Russian state media")]


def test_the_day_of_a_swap_does_not_date_the_deal_named_after_it():
    text = "Russia and Ukraine swapped 307 prisoners each on Saturday, the second day of a 1,000-for-1,000 exchange agreed in Istanbul."
    got = [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 5, 26))]
    assert got == [(307, "exchanged", date(2025, 5, 24)), (1000, "agreed", None)]


@pytest.mark.parametrize("language, text, span", [
    ("it", "Russia e Ucraina hanno scambiato 307 prigionieri ciascuna, nel secondo giorno di uno scambio di 1.000 per 1.000.", "1.000 per 1.000"),
    ("es", "Es la segunda etapa del canje de 1.000 por 1.000 prisioneros acordado en Estambul.", "1.000 por 1.000"),
    ("pl", "To drugi etap wymiany 1000 za 1000 uzgodnionej w Stambule.", "1000 za 1000"),
])
def test_n_for_n_in_italian_spanish_and_polish(language, text, span):
    got = [(text[f.char_start : f.char_end], f.scope) for f in extract_article("a", text, PUB, language).figures if f.value == 1000]
    assert got == [(span, "per_side")]


@pytest.mark.parametrize("text, expected", [
    # groups listed before the total they add up to are its parts; the total is their side's
    ("The Ukrainians freed were 12 officers, 30 sergeants and 53 privates — 95 in total.",
     [(12, "ukraine", True), (30, "ukraine", True), (53, "ukraine", True), (95, "ukraine", False)]),
    ("Among those freed: 12 officers, 30 sergeants and 53 privates, making a total of 95.",
     [(12, "unknown", True), (30, "unknown", True), (53, "unknown", True), (95, "unknown", False)]),
    # groups that do not add up to it are not its parts
    ("Those freed were 12 officers and 30 sergeants; 95 people in total came home this week.",
     [(12, "unknown", False), (30, "unknown", False), (95, "ukraine", False)]),
])
def test_parts_listed_before_their_total(text, expected):
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text)] == expected


def test_a_running_total_of_bodies_is_bodies_and_what_kyiv_repatriates_is_its_own():
    text = ("Ukraine has received another 1,245 bodies that Russia says are of Ukrainian soldiers. "
            "It was the fourth such repatriation in a week under the Istanbul agreements, bringing the total to 4,812. "
            "Since the start of the full-scale war, Ukraine has repatriated the bodies of 6,000 servicemen.")
    got = [(f.value, f.kind, f.side, f.status) for f in figs(text) if f.kind != "exchange_ordinal"]
    assert got == [(1245, "bodies", "ukraine", "completed"), (4812, "bodies", "unknown", "completed"), (6000, "bodies", "ukraine", "completed")]


def test_men_inside_agreements_is_no_people_noun():
    from pipeline.extract import lexicon as lx

    assert lx.PEOPLE_WORD.search("under the Istanbul agreements, in a statement") is None
    assert lx.PEOPLE_WORD.search("84 men and women") is not None


def test_a_russian_ministry_statement_of_both_sides_and_the_wounded_traded():
    text = ("Россия вернула из плена 246 военнослужащих, сообщили в Минобороны РФ. Взамен Украине передали 246 военнопленных ВСУ. "
            "Кроме того, были возвращены 15 тяжелораненых российских военных в обмен на 31 раненого украинского военнопленного.")
    got = [(f.value, f.side, f.is_additional) for f in extract_article("a", text, PUB, "ru").figures]
    assert got == [(246, "russia", False), (246, "ukraine", False), (15, "russia", True), (31, "ukraine", True)]


def test_wounded_traded_in_exchange_are_no_casualties():
    text = "Russia's Defence Ministry said 15 Russian servicemen were freed in exchange for 31 wounded Ukrainian prisoners of war."
    assert [(f.value, f.side) for f in figs(text)] == [(15, "russia"), (31, "ukraine")]


@pytest.mark.parametrize("language, text, published, expected", [
    ("uk", "На Великдень додому повернулися 246 українських захисників.", date(2025, 4, 21), date(2025, 4, 20)),
    ("ru", "Накануне Пасхи Россия вернула из плена 246 военнослужащих.", date(2025, 4, 21), date(2025, 4, 19)),
    ("uk", "У День Незалежності з полону повернулися 115 захисників.", date(2024, 8, 26), date(2024, 8, 24)),
    ("de", "An Ostern tauschten Russland und die Ukraine jeweils 246 Gefangene aus.", date(2025, 4, 22), date(2025, 4, 20)),
])
def test_holidays_in_other_languages(language, text, published, expected):
    assert [f.event_date for f in extract_article("a", text, published, language).figures] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Russia holds some 20% of Ukraine's territory, officials said after 205 prisoners were exchanged.", [205]),
    ("In a poll, 62% of respondents backed an all-for-all exchange of prisoners.", []),
    ("More than 90% of the freed prisoners reported torture.", [90]),
])
def test_shares_of_something_else_are_no_figures(text, expected):
    assert [f.value for f in figs(text)] == expected


def test_the_number_of_russians_put_at_is_russias_count_not_a_repeat():
    text = ("According to Ukraine's ombudsman, 175 Ukrainian soldiers were freed. "
            "Russia's ombudswoman Tatyana Moskalkova put the number of Russians returned at 175.")
    assert [(f.value, f.side, f.claimant) for f in figs(text)] == [
        (175, "ukraine", "Ukrainian ombudsman"), (175, "russia", "Tatyana Moskalkova")]


def test_a_distance_after_the_number_and_a_claim_about_something_else_are_not_the_figures():
    text = ("Russia and Ukraine have carried out a prisoner exchange, each freeing 195 POWs, a week after a Russian military "
            "transport plane crashed in what Moscow said was a Ukrainian attack.")
    assert [(f.value, f.event_date, f.claimant) for f in figs(text, date(2024, 1, 31))] == [(195, date(2024, 1, 31), None)]


def test_a_distance_before_the_number_still_names_the_other_event():
    text = "Russia and Ukraine swapped 100 prisoners each on Friday. A day after 49 were brought home, the ministry said."
    assert [(f.value, f.event_date) for f in figs(text, date(2024, 2, 10))] == [(100, date(2024, 2, 9)), (49, date(2024, 2, 8))]


@pytest.mark.parametrize("body, expected", [
    ("After the exchange the Russian servicemen were transferred to Belarus, the ministry said.", "Belarus"),
    ("The freed soldiers are currently on the territory of the Republic of Belarus.", "Belarus"),
    ("The 90 Russians were flown via Turkey to Moscow.", "Turkey"),
    ("They are receiving medical and psychological help in the United Arab Emirates.", "the United Arab Emirates"),
    ("Ukraine thanked Turkey and Qatar for their mediation.", None),  # a mediator is no place the freed were taken
    ("Ukraine and Russia swapped 95 prisoners each.", None),
])
def test_where_the_freed_were_taken_is_found_once_per_article(body, expected):
    from pipeline.extract.article_facts import transit_country

    assert transit_country(body) == expected
    assert extract_article("a", body, date(2024, 6, 25), "en").transit_country == expected


@pytest.mark.parametrize("body, expected", [
    ("Some had been held captive since 2014. Others were detained in Mariupol since 2022.", [2014, 2022]),
    ("Among them were defenders held in captivity since 2015.", [2015]),
    ("It was the largest exchange since 2022.", []),  # no captivity: a since-year of something else
    ("He had been held since the start of the war. Since 2022, 3,000 have come home.", []),  # no year after "since" within the clause
])
def test_years_captivity_began_are_found_once_per_article(body, expected):
    from pipeline.extract.article_facts import captivity_since_years

    assert captivity_since_years(body) == expected
    assert extract_article("a", body, date(2024, 6, 25), "en").captivity_since_years == expected


@pytest.mark.parametrize("text, published, expected", [
    ("It was the first exchange since mid-October, when each side freed 95 prisoners.", date(2024, 12, 30), (95, date(2024, 10, 1), "month")),
    ("The swap was the first since late December 2024, when 150 Ukrainians were freed.", date(2025, 2, 5), (150, date(2024, 12, 1), "month")),
])
def test_a_month_when_an_earlier_exchange_took_place_dates_it_by_that_month(text, published, expected):
    assert [(f.value, f.event_date, f.event_date_precision) for f in figs(text, published)] == [expected]


def test_the_date_of_another_event_in_its_own_clause_dates_no_exchange():
    body = ("Ukraine and Russia traded 115 prisoners of war each on Saturday. The Russian soldiers released had been captured "
            "during Ukraine's incursion that began on Aug. 6. Officials said 50 of the freed Ukrainians were defenders of Mariupol.")
    result = extract_article("a", body, date(2024, 8, 24), "en")
    assert [(f.value, f.event_date) for f in result.figures] == [(115, date(2024, 8, 24)), (50, date(2024, 8, 24))]
    assert [m.event_date for m in result.mentions] == [date(2024, 8, 24)]
    # an exchange named by the clause keeps its date
    later = extract_article("a", "The swap that began on Aug. 6 freed 90 people from each side.", date(2024, 8, 24), "en")
    assert [(f.value, f.event_date) for f in later.figures] == [(90, date(2024, 8, 6))]
    stages = extract_article("a", "The repatriations run alongside the exchanges of seriously wounded and young prisoners of war "
                             "that began on June 9 and are continuing in stages.", date(2025, 6, 14), "en")
    assert [m.event_date for m in stages.mentions] == [date(2025, 6, 9)]


@pytest.mark.parametrize("body, expected", [
    ("Ukraine and Russia traded 115 prisoners of war each on Saturday.", [date(2024, 8, 24)]),
    ("Kyiv and Moscow traded the bodies of fallen soldiers on Saturday.", [date(2024, 8, 24)]),
    ("Ukraine and Russia traded accusations on Saturday over the stalled talks.", []),
])
def test_traded_prisoners_is_an_exchange_and_traded_accusations_is_not(body, expected):
    assert [m.event_date for m in extract_article("a", body, date(2024, 8, 24), "en").mentions] == expected


def test_groups_right_after_the_count_they_add_up_to_share_its_day_and_side():
    text = ("On Friday, 390 people from each side were exchanged - 270 soldiers and 120 civilians - and on Saturday "
            "307 servicemen from each side were freed.")
    assert [(f.value, f.event_date, f.side, f.scope, f.is_breakdown) for f in figs(text, date(2025, 5, 25))] == [
        (390, date(2025, 5, 23), "both", "per_side", False),
        (270, date(2025, 5, 23), "both", "per_side", True),
        (120, date(2025, 5, 23), "both", "per_side", True),
        (307, date(2025, 5, 24), "both", "per_side", False),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Medinsky said Moscow had handed over 6,060 bodies in total under the deal.", ("ukraine", None)),
    ("Kyiv has handed over a total of 78 bodies.", ("russia", None)),
    ("Ukraine and Russia swapped 1,000 prisoners in total.", ("both", "total")),
])
def test_a_total_one_side_handed_over_is_the_other_sides(text, expected):
    assert [(f.side, f.scope) for f in figs(text, date(2025, 6, 14))] == [expected]


@pytest.mark.parametrize("text", [
    "Russia said 65 Ukrainian POWs were among the 74 people killed in the Jan. 24 crash.",
    # ("Moscow said 65 Ukrainian prisoners of war were killed when the plane crashed": `other`, see test_prisoners_killed_are_their_fate)
    "Russia said the plane crash killed 74 people, including 65 Ukrainian prisoners of war.",
])
def test_prisoners_among_the_dead_of_a_crash_are_no_exchange_figures(text):
    assert figs(text, date(2024, 1, 31)) == []


def test_prisoners_among_those_freed_are_still_parts():
    found = figs("Ukraine brought home 207 people. Officials said 20 civilians were among those freed.", date(2024, 1, 31))
    assert [(f.value, f.is_breakdown) for f in found] == [(207, False), (20, True)]


@pytest.mark.parametrize("text, expected", [
    ("Russia and Ukraine exchanged 246 prisoners each on Saturday, hours after Vladimir Putin announced an Easter truce.", None),
    ("Ukraine got back 84 soldiers on Thursday, a day after Zelensky said talks had stalled.", None),
    ("Ukraine got back 84 soldiers on Thursday, as Zelensky said on Telegram.", "Volodymyr Zelensky"),
])
def test_an_announcement_the_figure_is_timed_by_is_not_its_claim(text, expected):
    assert [f.claimant for f in figs(text, date(2025, 4, 19))] == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Russia handed Ukraine 1,212 bodies of fallen soldiers on Wednesday.", "ukraine"),
    ("en", "Russia handed over to Ukraine the bodies of 1,212 soldiers on Wednesday.", "ukraine"),
    ("en", "Ukraine handed Russia 27 bodies.", "russia"),
    ("fr", "La Russie a remis mercredi à l'Ukraine 1 212 corps de soldats tués.", "ukraine"),
    ("ru", "Россия передала Украине тела 1212 погибших военных.", "ukraine"),
])
def test_the_recipient_named_between_the_verb_and_the_number_is_the_side(language, text, expected):
    assert [f.side for f in figs(text, date(2025, 6, 11), language)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("10:30 Russian MoD: 185 servicemen returned from Ukrainian-held territory.", ("russia", "Russian Defence Ministry")),
    ("Ukraine's MoD: 84 defenders are back home.", ("ukraine", "Ukrainian Defence Ministry")),
])
def test_a_live_blog_speaker_before_a_colon_claims_its_own_returned_people(text, expected):
    assert [(f.side, f.claimant) for f in figs(text, date(2025, 10, 2))] == [expected]


def test_territory_held_by_a_side_names_where_not_whose_people():
    assert [f.side for f in figs("Russia said 185 servicemen returned from Ukrainian-held territory.", date(2025, 10, 2))] == ["russia"]
    assert [f.side for f in figs("Kyiv said 95 soldiers were freed from Russian-occupied areas.", date(2025, 10, 2))] == ["ukraine"]


def test_a_holiday_dates_an_earlier_exchange_named_with_a_distance():
    text = "The exchange came a week after Ukraine and Russia swapped 140 people on New Year's Eve."
    assert [(f.value, f.event_date) for f in figs(text, date(2023, 1, 8))] == [(140, date(2022, 12, 31))]


@pytest.mark.parametrize("text, expected", [
    ("Kyiv proposed an exchange of 1,200 prisoners.", ("offered", "offered")),
    ("Umerov said Kyiv had proposed another exchange of 1,200 prisoners.", ("offered", "offered")),
    ("The exchange of 1,200 prisoners took place on Friday.", ("exchanged", "completed")),
])
def test_a_verb_that_governs_the_exchange_noun_says_what_it_is(text, expected):
    assert [(f.kind, f.status) for f in figs(text, date(2025, 7, 23))] == [expected]


def test_a_running_total_of_a_named_nation_after_an_ordinal_is_that_nations():
    text = "It was the 66th exchange, and a total of 5,857 Ukrainians had been freed since the start of the full-scale war."
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 8, 14))][-1] == (5857, "cumulative_released", "ukraine", None)


def test_the_second_exchange_in_as_many_days_is_no_ordinal_of_the_series():
    text = ("Russia and Ukraine each returned 103 prisoners of war on Saturday. It was the second exchange in as many days, "
            "after 49 people from each side were freed on Friday.")
    assert [(f.value, f.kind) for f in figs(text, date(2024, 9, 14))] == [(103, "exchanged"), (49, "exchanged")]
    assert [(f.value, f.kind) for f in figs("It was the 58th exchange of the war.", date(2024, 9, 14))] == [(58, "exchange_ordinal")]


def test_a_side_that_speaks_in_a_relative_clause_claims_its_own_count():
    text = ("Ninety-five Ukrainian prisoners of war returned home on Friday, Zelensky said, in the latest exchange with Russia, "
            "which said it had got back 95 of its own soldiers.")
    assert [(f.side, f.claimant) for f in figs(text, date(2024, 10, 18))] == [
        ("ukraine", "Volodymyr Zelensky"), ("russia", "Russian government")]


@pytest.mark.parametrize("text, expected", [
    ("Moscow also said Kyiv had returned the bodies of 15 Russian soldiers.", "Russian government"),
    ("Ukraine later said it had received 909 bodies.", "Ukrainian government"),
    ("Russia, for its part, said 115 of its servicemen had been returned from captivity.", "Russian government"),
])
def test_a_government_that_also_said_is_the_claimant(text, expected):
    assert [f.claimant for f in figs(text, date(2025, 5, 6))] == [expected]


@pytest.mark.parametrize("text", [
    "Freed Ukrainian soldiers, Feb. 5, 2025. Photo: 3 of 12",
    "Soldiers who returned from captivity. Photo 4/12",
    "Prisoners freed in the exchange. Gallery: 12 images",
])
def test_a_photo_gallerys_counter_is_no_figure(text):
    assert [f.value for f in figs(text, date(2025, 2, 5))] == []


@pytest.mark.parametrize("language, text, expected", [
    ("pl", "Rosja i Ukraina wymieniły w środę po 175 jeńców wojennych. Dodatkowo Rosja przekazała 22 ciężko rannych ukraińskich żołnierzy.",
     [(175, "exchanged", "both"), (22, "exchanged", "ukraine")]),
    ("it", "Russia e Ucraina si sono scambiate sabato 246 prigionieri per parte. "
           "Inoltre sono stati rilasciati 31 soldati ucraini feriti in cambio di 15 militari russi feriti.",
     [(246, "exchanged", "both"), (31, "exchanged", "ukraine"), (15, "exchanged", "russia")]),
    ("es", "Rusia y Ucrania intercambiaron 246 prisioneros cada uno. Rusia entregó 31 soldados ucranianos heridos a cambio de 15 militares rusos heridos.",
     [(246, "exchanged", "both"), (31, "exchanged", "ukraine"), (15, "exchanged", "russia")]),
])
def test_wounded_handed_over_in_other_languages_are_handed_over_not_casualties(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 4, 19), language)] == expected


def test_an_ordinal_is_not_dated_by_the_earlier_swap_it_is_counted_after():
    body = ("Ukraine got 86 servicemen back in a prisoner swap with Russia on Friday. It was the second exchange of POWs "
            "since the invasion began on Feb. 24, after a swap of 10 for 10 on March 24.")
    result = extract_article("a", body, date(2022, 4, 1), "en")
    assert [(f.value, f.kind, f.side, f.event_date) for f in result.figures] == [
        (86, "exchanged", "ukraine", date(2022, 4, 1)), (2, "exchange_ordinal", "both", date(2022, 4, 1)),
        (10, "exchanged", "both", date(2022, 3, 24))]
    assert [(m.event_date, m.ordinal) for m in result.mentions] == [(date(2022, 4, 1), None), (date(2022, 3, 24), None)]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine got 86 servicemen back in a prisoner swap on Friday.", "ukraine"),
    ("Russia brought 90 soldiers home from Ukrainian captivity.", "russia"),
])
def test_a_nation_that_got_its_people_back_is_their_side(text, expected):
    assert [f.side for f in figs(text, date(2022, 4, 1))] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("On Dec. 30, 150 Russians and 189 Ukrainians were freed.", [(150, "russia", False), (189, "ukraine", False)]),
    ("The exchange saw 195 Russian servicemen and 207 Ukrainian soldiers freed.", [(195, "russia", False), (207, "ukraine", False)]),
    ("Ukraine got back 230 Ukrainians and Russia 248 Russians.", [(230, "ukraine", False), (248, "russia", False)]),
])
def test_each_count_takes_the_nation_named_after_it_not_the_next_counts(text, expected):
    assert [(f.value, f.side, f.is_additional) for f in figs(text, date(2025, 1, 15))] == expected


@pytest.mark.parametrize("language, text, expected", [
    ("es", "Rusia y Ucrania acordaron canjear mil prisioneros por bando.", [(1000, "agreed", "per_side")]),
    ("de", "Russland und die Ukraine wollen je 1.000 Gefangene austauschen, teilte Medinski mit.", [(1000, "agreed", "per_side")]),
    ("ru", "Стороны договорились обменять тысячу на тысячу пленных.", [(1000, "agreed", "per_side")]),
    ("de", "Nach ukrainischen Angaben befinden sich weiterhin mehrere tausend Ukrainer in russischer Gefangenschaft.", []),
])
def test_a_thousand_written_as_a_word_and_intentions_in_other_languages(language, text, expected):
    assert [(f.value, f.kind, f.scope) for f in figs(text, date(2025, 5, 20), language)] == expected


def test_other_language_thousands_multiply():
    from pipeline.extract.numbers import find_numbers

    assert [n.value for n in find_numbers("échanger deux mille prisonniers", "fr")] == [2000]


def test_the_handover_a_sentence_says_this_one_followed_is_not_the_articles_lead_date():
    body = ("Ukraine has received the bodies of 1,200 soldiers, officials said. The handover, the fourth this week, "
            "followed the repatriation of 1,245 bodies on Monday.")
    assert [(f.value, f.event_date) for f in figs(body, date(2025, 6, 14))] == [(1200, date(2025, 6, 14)), (1245, date(2025, 6, 9))]


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said 189 Ukrainians had returned. Russia said Ukraine had received 150.",
     [(189, "ukraine", "Volodymyr Zelensky"), (150, "ukraine", "Russian government")]),
    ("Kyiv said Russia had received 150 soldiers.", [(150, "russia", "Ukrainian government")]),
])
def test_the_nation_that_received_is_the_one_nearest_the_verb_not_the_speaker(text, expected):
    assert [(f.value, f.side, f.claimant) for f in figs(text, date(2024, 12, 30))] == expected


def test_a_count_the_other_side_received_in_turn_is_kept_with_its_claim():
    text = "Zelensky said 189 Ukrainians had returned. Russia said it had received 150 soldiers, adding that Ukraine had received 150 in turn."
    assert [(f.value, f.side, f.claimant) for f in figs(text, date(2024, 12, 30))] == [
        (189, "ukraine", "Volodymyr Zelensky"), (150, "russia", "Russian government"), (150, "ukraine", "Russian government")]


def test_what_kyiv_handed_over_with_a_qualifier_is_russias():
    assert [(f.value, f.side, f.qualifier) for f in figs("Kyiv said it had handed over more than 150 prisoners.", date(2024, 12, 30))] == [
        (150, "russia", "more_than")]


def test_a_running_total_from_each_side_is_per_side_not_ukraines():
    text = "A total of 1,000 prisoners from each side have now been returned in the three-day exchange."
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 5, 25))] == [(1000, "cumulative_released", "both", "per_side")]


def test_a_holiday_still_to_come_names_an_exchange_already_done_but_does_not_date_it():
    body = "Russia said it had handed over 246 Ukrainian servicemen in the Easter exchange."
    result = extract_article("a", body, date(2025, 4, 19), "en")  # Orthodox Easter 2025: April 20
    assert [(f.value, f.event_date) for f in result.figures] == [(246, date(2025, 4, 19))]
    assert [(m.status, m.event_date) for m in result.mentions] == []
    # a swap planned for the holiday keeps its date
    planned = extract_article("a", "The sides are expected to swap 300 prisoners each on Easter.", date(2025, 4, 17), "en")
    assert [(f.value, f.status, f.event_date) for f in planned.figures] == [(300, "planned", date(2025, 4, 20))]


@pytest.mark.parametrize("language, text, expected", [
    ("uk", "🇺🇦 Додому повертаються 84 українці! Серед них — 33 військовослужбовці та 51 цивільний. Це вже 66-й обмін.",
     [(84, "exchanged", "ukraine", False), (33, "exchanged", "ukraine", True), (51, "exchanged", "ukraine", True), (66, "exchange_ordinal", "both", False)]),
    ("ru", "Сегодня домой возвращаются 84 российских военнослужащих.", [(84, "exchanged", "russia", False)]),
])
def test_a_return_told_in_the_present_tense_is_a_return(language, text, expected):
    assert [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2025, 8, 14), language)] == expected


def test_each_side_handing_over_is_per_side():
    text = "The exchange began on Friday, with each side handing over 390 people."
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2025, 5, 23))] == [(390, "both", "per_side")]


@pytest.mark.parametrize("text", [
    "Zelensky said 1,000 Ukrainians should be back home by Sunday.",
    "Officials said 500 prisoners will be home next week.",
])
def test_people_who_should_be_back_are_not_back_yet(text):
    assert [f.status for f in figs(text, date(2025, 5, 23))] in (["agreed"], ["planned"])


def test_a_second_year_compared_with_is_the_same_measure():
    text = ("In 2024, Ukraine brought home 1,358 people in 11 exchanges, compared with 2,598 in 2023 and 1,596 in 2022, "
            "the Coordination Headquarters said.")
    # each is its year's total: dated by the year, counted from its first day
    assert [(f.value, f.kind, f.event_date, f.event_date_precision, f.since_date) for f in figs(text, date(2024, 12, 31))
            if f.kind == "cumulative_released"] == [
        (1358, "cumulative_released", date(2024, 1, 1), "year", date(2024, 1, 1)),
        (2598, "cumulative_released", date(2023, 1, 1), "year", date(2023, 1, 1)),
        (1596, "cumulative_released", date(2022, 1, 1), "year", date(2022, 1, 1))]


@pytest.mark.parametrize("text, published, expected", [
    # a year's total: dated by its year and counted from its first day
    ("Ukraine brought home 1,358 people from Russian captivity in 2024, compared with 2,598 in 2023, the headquarters said.",
     date(2025, 1, 5), [(1358, "cumulative_released", date(2024, 1, 1), "year", date(2024, 1, 1)),
                        (2598, "cumulative_released", date(2023, 1, 1), "year", date(2023, 1, 1))]),
    ("Last year Ukraine freed 1,358 prisoners of war.", date(2025, 6, 5),
     [(1358, "cumulative_released", date(2024, 1, 1), "year", date(2024, 1, 1))]),
    # the year so far
    ("Since the start of the year, 1,200 Ukrainians have returned home from captivity.", date(2025, 6, 5),
     [(1200, "cumulative_released", date(2025, 6, 5), "day", date(2025, 1, 1))]),
    ("So far this year 640 defenders have been brought home, the ombudsman's office said.", date(2025, 6, 5),
     [(640, "cumulative_released", date(2025, 6, 5), "day", date(2025, 1, 1))]),
    # a span of a whole year with a past tense, in the year's own articles too
    ("Over the year 1,456 Ukrainians were brought home, according to Kyiv.", date(2022, 12, 31),
     [(1456, "cumulative_released", date(2022, 1, 1), "year", date(2022, 1, 1))]),
    ("During 2023, Russia returned 1,100 Ukrainian prisoners in a dozen swaps.", date(2023, 12, 30),
     [(1100, "cumulative_released", date(2023, 1, 1), "year", date(2023, 1, 1)),
      (12, "exchange_count", date(2023, 12, 30), "day", None)]),
    ("In 2023, 1,100 Ukrainians were freed in exchanges.", date(2023, 12, 30),
     [(1100, "cumulative_released", date(2023, 1, 1), "year", date(2023, 1, 1))]),
    # (a day of its own, or one exchange named, keeps it one swap's count)
    ("This year the largest swap freed 230 Ukrainians.", date(2024, 1, 5),
     [(230, "exchanged", date(2024, 1, 5), "day", None)]),
    ("Over the year, Ukraine freed 140 prisoners on 31 December alone.", date(2022, 12, 31),
     [(140, "exchanged", date(2022, 12, 31), "day", None)]),
    # one swap dated only by its year stays that swap's count
    ("In 2019, Ukraine got back 76 prisoners in a swap with the separatists.", date(2025, 6, 5),
     [(76, "exchanged", date(2019, 1, 1), "year", None)]),
    ("Since March 2022, 5,757 Ukrainians have been released.", date(2025, 6, 5),
     [(5757, "cumulative_released", date(2025, 6, 5), "day", date(2022, 3, 1))]),
])
def test_a_years_total_is_counted_from_the_years_first_day(text, published, expected):
    got = [(f.value, f.kind, f.event_date, f.event_date_precision, f.since_date) for f in figs(text, published)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Ukraine and Russia carried out Exchange No. 58 on Saturday, returning 175 Ukrainian servicemen.",
     [(58, "exchange_ordinal"), (175, "exchanged")]),
    ("It was prisoner swap number 12 since the spring.", [(12, "exchange_ordinal")]),
    ("Це обмін №58, повідомив Координаційний штаб.", [(58, "exchange_ordinal")]),
    # a reference number is still no figure
    ("Under resolution No. 58, the prisoners were exchanged on Friday.", []),
])
def test_a_numbered_exchange_is_the_series_ordinal(text, expected):
    assert [(f.value, f.kind) for f in figs(text, language="uk" if "обмін" in text else "en")] == expected


def test_the_wounded_handed_over_are_people_and_the_wounded_of_a_strike_are_not():
    text = ("The two sides swapped prisoners again on Wednesday. Moscow had offered to hand over 23 wounded but Kyiv had taken back 22, "
            "officials said. A Russian strike on Kharkiv killed three people and left 23 wounded, officials said after the exchange.")
    assert [(f.value, f.kind, f.side) for f in figs(text)] == [(23, "offered", "ukraine"), (22, "exchanged", "ukraine")]


def test_a_branch_of_the_forces_in_a_list_of_parts_is_a_part():
    text = "Among the 115 freed were 60 members of the Armed Forces, 45 of the National Guard and 10 of the State Border Service."
    assert [(f.value, f.is_breakdown) for f in figs(text)] == [(115, False), (60, True), (45, True), (10, True)]


@pytest.mark.parametrize("text, language, expected", [
    ("Russland übergab der Ukraine 1212 Leichen gefallener Soldaten. Im Gegenzug erhielt Moskau 49 Leichen.", "de",
     [(1212, "bodies", "ukraine"), (49, "bodies", "russia")]),
    ("Moskau übergab 909 Leichen.", "de", [(909, "bodies", "ukraine")]),
    ("La Russie a remis 1 212 corps et l'Ukraine a remis 49 corps de soldats russes.", "fr",
     [(1212, "bodies", "ukraine"), (49, "bodies", "russia")]),
    ("Rusia entregó a Ucrania 1.212 cuerpos de soldados caídos.", "es", [(1212, "bodies", "ukraine")]),
    ("La Russia ha consegnato all'Ucraina 1.212 salme di soldati.", "it", [(1212, "bodies", "ukraine")]),
    ("Rosja przekazała 1212 ciał, a Ukraina przekazała 49 ciał.", "pl", [(1212, "bodies", "ukraine"), (49, "bodies", "russia")]),
])
def test_bodies_handed_over_in_other_languages(text, language, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 6, 13), language)] == expected


def test_a_mediators_count_secured_through_its_mediation_is_both_ways():
    text = "The UAE said its mediation had now secured the release of 2,258 captives."
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text)] == [(2258, "cumulative_released", "both", "total")]


def test_a_deal_that_provided_for_bodies_to_be_returned_is_agreed():
    text = ("Russia handed over 1,245 bodies on Friday, Ukraine said. The repatriation was the fourth under the Istanbul deal, "
            "which provided for 6,000 bodies to be returned to each side.")
    assert [(f.value, f.kind, f.status) for f in figs(text)] == [(1245, "bodies", "completed"), (6000, "bodies", "agreed")]


def test_a_nation_after_a_conjunction_is_the_next_counts():
    text = ("Ukraine and Russian-backed separatists exchanged prisoners on Thursday, with Kyiv getting back 20 people "
            "and the rebels receiving 14.")
    assert [(f.value, f.side) for f in figs(text)] == [(20, "ukraine"), (14, "russia")]


@pytest.mark.parametrize("language, text, expected", [
    # ordinal words with their case endings; the formula is the deal's
    ("ru", "Россия и Украина провели третий этап обмена военнопленными по формуле 1000 на 1000.",
     [(3, "exchange_ordinal", "both", None), (1000, "agreed", "both", "agreed")]),
    ("ru", "В рамках пятого обмена на родину вернулись 90 российских военнослужащих.", [(5, "exchange_ordinal", "both", None), (90, "exchanged", "russia", "completed")]),
    ("uk", "Відбувся другий етап обміну.", [(2, "exchange_ordinal", "both", None)]),
    # Russian "другой" is "another", not "second"
    ("ru", "Другой обмен пока не согласован.", []),
    # the recipient before a passive verb, and two groups joined by "та"
    ("ru", "При посредничестве ОАЭ в обмен Киеву переданы 150 пленных.", [(150, "exchanged", "ukraine", "completed")]),
    ("uk", "Ще 185 захисників та 20 цивільних повернулися додому з російського полону.",
     [(185, "exchanged", "ukraine", "completed"), (20, "exchanged", "ukraine", "completed")]),
])
def test_ukrainian_and_russian_ordinal_words_formulas_and_recipients(language, text, expected):
    assert [(f.value, f.kind, f.side, f.status) for f in figs(text, date(2025, 5, 25), language)] == expected


def test_prisoners_who_want_to_stay_are_held_not_exchanged():
    text = "Russia says it has recorded 1,200 Ukrainian POWs who want to stay in Russia; Ukraine says the figure is propaganda."
    assert [(f.value, f.kind, f.status) for f in figs(text)] == [(1200, "other", None)]


def test_the_previous_round_is_not_dated_by_the_article():
    text = "Ukraine expects another exchange soon, Zelensky said. In the previous round, 390 people were freed on each side."
    assert [(f.value, f.kind, f.event_date) for f in figs(text)] == [(390, "exchanged", None)]


def test_an_attribution_after_a_comma_closes_its_own_clause():
    text = ("On New Year's Eve, Ukraine and Russia exchanged prisoners again: 140 Ukrainians came home, Yermak said, while 82 Russian "
            "servicemen were released in return, according to the Russian Defence Ministry.")
    assert [(f.value, f.claimant) for f in figs(text)] == [(140, "Andriy Yermak"), (82, "Russian Defence Ministry")]
    # an opening "according to" is the claim; the outlet that reports it is not
    text = "According to Zelensky, Russia committed to exchanging 500 prisoners, Suspilne reports."
    assert [(f.value, f.claimant) for f in figs(text)] == [(500, "Volodymyr Zelensky")]


def test_bodies_brought_to_the_border_are_offered_not_handed_over():
    text = ("Russia said it had brought 1,212 frozen bodies of Ukrainian soldiers to the border for the exchange, "
            "but Kyiv had not come to collect them.")
    assert [(f.value, f.kind, f.status) for f in figs(text)] == [(1212, "bodies", "offered")]


@pytest.mark.parametrize("text, expected", [
    ("Russia and Ukraine exchanged 150 prisoners each in early February.", (date(2025, 2, 1), "month")),
    ("Russia and Ukraine exchanged 150 prisoners each in late December.", (date(2024, 12, 1), "month")),  # last year's
    # a month that dates a capture does not date the release
    ("Russia and Ukraine exchanged 150 prisoners each, including soldiers captured in December.", (date(2025, 2, 7), "day")),
])
def test_a_month_named_after_the_count_dates_it(text, expected):
    (f,) = figs(text, date(2025, 2, 7))
    assert (f.event_date, f.event_date_precision) == expected


@pytest.mark.parametrize("text, expected", [
    # an official who names no nation speaks of their own side's people coming back
    ("The Ukrainian president's chief of staff, Andriy Yermak, said 175 servicemen had been freed.", [(175, "ukraine", "Andriy Yermak")]),
    ("Petro Yatsenko, a spokesman for the Coordination Headquarters, told the BBC that 175 POWs had returned.",
     [(175, "ukraine", "Coordination Headquarters")]),
    ("Moskalkova said 150 servicemen were back home.", [(150, "russia", "Tatyana Moskalkova")]),
    # not for a swap both ways, nor for an outlet
    ("Yermak said 175 prisoners were exchanged.", [(175, "unknown", "Andriy Yermak")]),
    ("The BBC said 175 servicemen had been freed.", [(175, "unknown", None)]),
    # "Kremlin-backed" is not the Kremlin; the outlet named is the source
    ("According to the Kremlin-backed outlet RT, 175 Russians were released.", [(175, "russia", "RT")]),
])
def test_an_official_speaks_of_their_own_sides_people_and_an_outlet_is_named(text, expected):
    assert [(f.value, f.side, f.claimant) for f in figs(text)] == expected


@pytest.mark.parametrize("text", [
    "The delegations met again on Wednesday, and Russia proposed handing over 3,000 more bodies.",
    "Moscow suggested returning 3,000 more bodies of Ukrainian soldiers.",
])
def test_a_proposed_handover_is_offered_not_done(text):
    assert [(f.value, f.kind, f.status) for f in figs(text)] == [(3000, "bodies", "offered")]


def test_a_group_that_had_also_been_handed_over_is_added():
    text = "Russia's defence ministry put the number of Russians returned at 185, adding that 20 civilians had also been handed over."
    assert [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text)] == [(185, "russia", False, False), (20, "russia", False, True)]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine and Russia received 31 and 15 wounded prisoners respectively.", [(31, "ukraine"), (15, "russia")]),
    ("Kyiv and Moscow got back 207 and 195 prisoners, respectively.", [(207, "ukraine"), (195, "russia")]),
    # what a party freed are the other party's people
    ("Russia and Ukraine freed 195 and 207 POWs respectively.", [(195, "ukraine"), (207, "russia")]),
])
def test_counts_matched_to_parties_by_respectively(text, expected):
    assert [(f.value, f.side) for f in figs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The 15-member UN Security Council discussed the prisoners on Tuesday. Ukraine and Russia then exchanged 175 prisoners each.", [175]),
    ("Zelensky's plan calls for the release of all prisoners. The 15-member council met on Tuesday.", []),
    ("The 215-person exchange took place on Wednesday.", [215]),
    ("A 40-strong group of civilians came home on Friday.", [40]),
])
def test_a_hyphenated_count_is_people_only_when_it_names_the_exchanged_group(text, expected):
    assert [f.value for f in figs(text)] == expected


@pytest.mark.parametrize("language, text, expected", [
    # the future tense and "is to" make a count agreed, not done
    ("es", "En total, cada bando liberará a 1.000 prisioneros en los próximos días.", [(1000, "agreed", "both")]),
    ("it", "In totale saranno scambiati 1.000 prigionieri per parte, ha detto Zelensky.", [(1000, "agreed", "both")]),
    ("pl", "Łącznie każda ze stron ma wymienić 1000 jeńców.", [(1000, "agreed", "both")]),
    # "w tym", "tra cui": the parts of the count before
    ("pl", "Do domu wróciło 390 Ukraińców, w tym 270 żołnierzy i 120 cywilów.",
     [(390, "exchanged", "ukraine"), (270, "exchanged", "ukraine"), (120, "exchanged", "ukraine")]),
])
def test_future_and_parts_in_spanish_italian_polish(language, text, expected):
    got = figs(text, date(2025, 5, 23), language)
    assert [(f.value, f.kind, f.side) for f in got] == expected
    if language == "pl" and len(got) == 3:
        assert [f.is_breakdown for f in got] == [False, True, True]


def test_a_planned_exchange_on_a_weekday_is_the_coming_one():
    text = "Au total, 1 000 prisonniers de chaque camp doivent être échangés d'ici dimanche, selon Kiev."
    result = extract_article("a", text, date(2025, 5, 23), "fr")  # a Friday
    assert [(m.status, m.event_date) for m in result.mentions] == [("planned", date(2025, 5, 25))]


@pytest.mark.parametrize("language, text", [
    ("uk", "Україна повернула додому 277 захисників. Серед них — 146 військовослужбовців ЗСУ, 67 — Національної гвардії, "
           "47 — Державної прикордонної служби та 17 — ВМС."),
    ("en", "Ukraine brought home 277 defenders. Among them were 146 servicemen of the Armed Forces, 67 of the National Guard, "
           "47 of the Border Guard Service and 17 of the Navy."),
])
def test_a_list_of_parts_goes_on_past_commas(language, text):
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 4, 19), language)]
    assert got == [(277, "ukraine", False), (146, "ukraine", True), (67, "ukraine", True), (47, "ukraine", True), (17, "ukraine", True)]


def test_a_bare_count_still_in_captivity_is_held():
    text = "Ukraine says it has returned more than 5,000 people since 2022, with roughly 8,000 still in captivity."
    assert [(f.value, f.kind, f.qualifier) for f in figs(text)] == [(5000, "cumulative_released", "more_than"), (8000, "other", "about")]


def test_a_mediator_that_says_it_is_the_claimant():
    text = ("The exchange was mediated by the United Arab Emirates, which said it was the 11th mediation it had done between the two "
            "countries, bringing the total number of detainees exchanged in UAE-mediated efforts to 2,372.")
    assert [(f.value, f.claimant) for f in figs(text)] == [(11, "United Arab Emirates"), (2372, "United Arab Emirates")]
    # mediated by it, said by others
    text = "The exchange of 150 prisoners each was mediated by the United Arab Emirates, officials said."
    assert [(f.value, f.claimant) for f in figs(text)] == [(150, None)]


def test_a_running_total_of_bodies_has_its_start():
    text = ("Ukraine received the bodies of 757 fallen defenders on Friday. Since 2022, Ukraine has repatriated more than 9,000 bodies, "
            "of which about 7,000 have been identified.")
    got = [(f.value, f.kind, f.since_date) for f in figs(text, date(2025, 2, 14))]
    assert got == [(757, "bodies", None), (9000, "bodies", date(2022, 1, 1)), (7000, "bodies", date(2022, 1, 1))]
    # a handover that names a year in another clause has none
    assert [f.since_date for f in figs("Russia returned 1,000 bodies on Thursday, as it has done since 2023.", date(2025, 2, 14))] == [None]
    # since the year's start, or the full-scale invasion; a running total Ukraine gives "in total" is Ukraine's, not both sides'
    got = [(f.value, f.side, f.scope, f.since_date) for f in figs(
        "Since the start of the year, Ukraine has repatriated 1,936 bodies, the ministry said.", date(2023, 11, 17))]
    assert got == [(1936, "ukraine", None, date(2023, 1, 1))]
    got = [(f.value, f.side, f.scope, f.since_date) for f in figs(
        "Since the full-scale invasion began in February 2022, Ukraine has repatriated 15,801 bodies in total.", date(2025, 6, 16))]
    assert got == [(15801, "ukraine", None, date(2022, 2, 24))]
    got = [(f.value, f.since_date) for f in figs("Since the start of 2025, Ukraine has received 1,514 bodies.", date(2025, 2, 14))]
    assert got == [(1514, date(2025, 1, 1))]


def test_the_total_of_one_exchange_as_agreed_is_no_running_total_nor_a_term():
    text = ("The final stage has been completed, with 303 more Ukrainians freed. "
            "That brings the total for the three days to 1,000, as agreed in Istanbul.")
    got = [(f.value, f.kind, f.status) for f in figs(text, date(2025, 5, 25))]
    assert got == [(303, "exchanged", "completed"), (1000, "exchanged", "completed")]


def test_tomorrow_dates_what_is_expected():
    text = "Tomorrow we expect the third stage of the exchange, Zelensky said."
    assert [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 5, 24))] == [(3, "exchange_ordinal", date(2025, 5, 25))]


def test_a_part_is_never_also_added_on_top():
    text = "Russia freed 1,000-plus Ukrainian POWs (912 men, 88 women) in the three-day exchange."
    assert [(f.value, f.is_breakdown, f.is_additional) for f in figs(text)] == [(1000, False, False), (912, True, False), (88, True, False)]
    for _, res in read_folder(SEEDS):
        for a, _ in res.articles:
            figures = extract_article(a.article_id, a.body, a.published_date, a.language, a.title).figures
            assert not [f.text for f in figures if f.is_breakdown and f.is_additional]


@pytest.mark.parametrize("text, published, expected", [
    # a range across months
    ("Between Dec. 30 and Jan. 1, Ukraine and Russia exchanged 300 prisoners.", date(2025, 1, 2),
     (300, "completed", date(2024, 12, 30), date(2025, 1, 1))),
    ("From 30 December to 1 January, Ukraine and Russia exchanged 300 prisoners.", date(2025, 1, 2),
     (300, "completed", date(2024, 12, 30), date(2025, 1, 1))),
    # a span of weekdays, just past or still to come
    ("The exchange took place from Friday to Sunday, freeing 1,000 people on each side.", date(2025, 5, 26),
     (1000, "completed", date(2025, 5, 23), date(2025, 5, 25))),
    ("The exchange will take place from Friday to Sunday, freeing 1,000 people on each side.", date(2025, 5, 21),
     (1000, "planned", date(2025, 5, 23), date(2025, 5, 25))),
])
def test_spans_of_days_across_months_and_weekdays(text, published, expected):
    (f, *_) = figs(text, published)
    assert (f.value, f.status, f.event_date_from, f.event_date) == expected


def test_days_listed_after_a_month_are_no_counts():
    assert [f.value for f in figs("On May 23, 24 and 25, a total of 1,000 Ukrainians were freed.", date(2025, 5, 26))] == [1000]
    assert [f.value for f in figs("On 23, 24 and 25 May, a total of 1,000 Ukrainians were freed.", date(2025, 5, 26))] == [1000]


def test_coming_days_do_not_date_the_next_sentence():
    text = ("Ukraine got back 270 servicemen and 120 civilians, Zelensky wrote. He said the exchange would continue over the weekend. "
            "Russia's Defence Ministry confirmed that 390 Russians had been returned.")
    got = [(f.value, f.event_date) for f in figs(text, date(2025, 5, 23))]
    assert got == [(270, date(2025, 5, 23)), (120, date(2025, 5, 23)), (390, date(2025, 5, 23))]


@pytest.mark.parametrize("text, published, expected", [
    ("On May 23, 24 and 25, Russia and Ukraine exchanged 1,000 prisoners each.", date(2025, 5, 26), (date(2025, 5, 23), date(2025, 5, 25))),
    ("On 23, 24 and 25 May, Russia and Ukraine exchanged 1,000 prisoners each.", date(2025, 5, 26), (date(2025, 5, 23), date(2025, 5, 25))),
    ("The 1,200 bodies each came in three handovers (13, 15 and 18 June).", date(2024, 6, 20), (date(2024, 6, 13), date(2024, 6, 18))),
    # a day and counts are not a list of days
    ("On May 23, 24 soldiers and 25 civilians were freed.", date(2025, 5, 26), (None, date(2025, 5, 23))),
])
def test_a_list_of_days_is_dated_from_its_first_day(text, published, expected):
    (f, *_) = figs(text, published)
    assert (f.event_date_from, f.event_date) == expected


def test_a_part_of_a_bodies_handover_is_a_part():
    text = "Ukraine received the bodies of 212 fallen defenders on Friday. Of them, 34 were from morgues in Russia, the Coordination Headquarters said."
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2024, 5, 31))]
    assert got == [(212, "bodies", "ukraine", False), (34, "bodies", "ukraine", True)]
    # people are not parts of bodies, nor bodies parts of people
    text = "Russia handed over 1,245 bodies. Among the 250 freed on the same day were 245 men and five women."
    assert [(f.value, f.is_breakdown) for f in figs(text) if f.kind != "bodies"] == [(250, False), (245, True), (5, True)]


@pytest.mark.parametrize("text", [
    "Kyiv has been getting back between 100 and 150 prisoners a month, officials said.",
    "Ukraine freed an average of 60 soldiers per week in the first year of the war.",
    "Russia has been returning about 500 bodies every month.",
])
def test_a_rate_is_no_exchange(text):
    (f,) = figs(text)
    assert (f.kind, f.event_date) in (("other", PUB), ("bodies", PUB)) and f.status in (None, "completed")


@pytest.mark.parametrize("text, expected", [
    ("Vereshchuk said 25 Ukrainians had been returned on Thursday.", (25, "ukraine", "Iryna Vereshchuk")),
    ("Yusov said 84 servicemen were back home.", (84, "ukraine", "Andriy Yusov")),
    ("Pushilin said 75 fighters were back home.", (75, "russia", "Denis Pushilin")),
    # a rate followed by "after" is a date, not a rate
    ("Ukraine got back 50 soldiers a week after the talks, Zakharova said.", (50, "ukraine", "Maria Zakharova")),
])
def test_officials_named_by_surname(text, expected):
    (f,) = figs(text)
    assert (f.value, f.side, f.claimant) == expected


def test_bare_counts_of_bodies_for_each_side():
    text = "Ukraine and Russia on Friday exchanged the bodies of fallen soldiers, with Kyiv receiving 6,057 and Moscow 78, officials said."
    assert [(f.value, f.kind, f.side) for f in figs(text)] == [(6057, "bodies", "ukraine"), (78, "bodies", "russia")]


def test_being_ready_for_an_exchange_is_an_offer_made_that_day_not_an_exchange():
    ex = extract_article("a1", '"We are ready for an exchange of 1,000 for 1,000," Zelensky told reporters on Monday.', PUB, "en")
    assert [(f.value, f.kind, f.scope) for f in ex.figures] == [(1000, "offered", "per_side")]
    assert ex.mentions == []
    # a swap done on the day named still makes its mention
    ex = extract_article("a1", "Ukraine and Russia exchanged 95 prisoners each, Zelensky said on Monday.", PUB, "en")
    assert [m.event_date for m in ex.mentions] == [date(2025, 10, 6)]


def test_the_people_a_survey_asked_are_no_exchanged_count():
    text = "In a survey of 200 former prisoners, 95% of the freed POWs said they had been tortured."
    assert [(f.value, f.kind) for f in figs(text)] == [(95, "percentage")]


def test_a_quote_that_goes_on_into_the_next_sentence_is_its_speakers():
    text = '"Ukraine returned 150 people home today. Our warriors, 4 civilians," Zelensky wrote on Telegram.'
    assert [(f.value, f.claimant) for f in figs(text)] == [(150, "Volodymyr Zelensky"), (4, "Volodymyr Zelensky")]


@pytest.mark.parametrize("language, text, expected", [
    # German separable verbs: the particle comes after the count
    ("de", "Russland und die Ukraine haben am Sonntag ihren Gefangenenaustausch abgeschlossen. Jede Seite ließ 303 Soldaten frei.",
     [(303, "exchanged", "both")]),
    ("de", "Insgesamt kamen damit binnen drei Tagen je 1000 Gefangene frei.", [(1000, "exchanged", "both")]),
    # the German perfect puts the verb last
    ("de", "Die Ukraine hat nach eigenen Angaben 1212 Leichen gefallener Soldaten aus Russland erhalten.", [(1212, "bodies", "ukraine")]),
    ("de", "Bei dem Austausch wurden 185 ukrainische Soldaten und 20 Zivilisten freigelassen.",
     [(185, "exchanged", "ukraine"), (20, "exchanged", "ukraine")]),
    # French numbers in words open a sentence; "sont rentrés" is a return
    ("fr", "Quatre-vingt-quatre prisonniers ukrainiens sont rentrés jeudi, dont 33 militaires et 51 civils.",
     [(84, "exchanged", "ukraine"), (33, "exchanged", "ukraine"), (51, "exchanged", "ukraine")]),
    ("fr", "Deux cent cinquante prisonniers de guerre ukrainiens ont été libérés.", [(250, "exchanged", "ukraine")]),
    ("en", "Ukraine got back 207 soldiers, while Russia recovered 195 of its own.", [(207, "exchanged", "ukraine"), (195, "exchanged", "russia")]),
])
def test_german_particles_and_perfect_french_number_words_own_people(language, text, expected):
    found = figs(text, language=language)
    assert [(f.value, f.kind, f.side) for f in found] == expected
    if "Zivilisten" in text:
        assert [f.is_additional for f in found] == [False, True]  # two groups named side by side, not a part of the first


@pytest.mark.parametrize("phrase, value", [
    ("quatre-vingt-quatre", 84), ("soixante-dix-sept", 77), ("quatre-vingt-dix-neuf", 99), ("vingt et un", 21),
    ("deux cent quatre-vingts", 280), ("deux mille cinq cents", 2500),
])
def test_french_number_words(phrase, value):
    assert [n.value for n in find_numbers(phrase, "fr")] == [value]
    assert find_numbers("un échange", "fr") == [] and [n.value for n in find_numbers("15 pour cent", "fr")] == [15]


def test_the_day_another_event_began_makes_no_exchange_without_an_article_before_it():
    text = ("Ukraine and Russia each released 115 prisoners of war on Saturday, the 55th such deal. "
            "It was the first swap since Ukrainian troops crossed into the Kursk region on Aug. 6.")
    ex = extract_article("a1", text, date(2024, 8, 24), "en")
    assert [(f.value, f.kind) for f in ex.figures] == [(115, "exchanged"), (55, "exchange_ordinal")]
    assert [m.event_date for m in ex.mentions] == [date(2024, 8, 24)]


def test_securing_the_release_is_the_one_named_nations_people():
    text = ("Ukraine said on Wednesday it had carried out the biggest prisoner swap of the war, securing the release of "
            "144 servicemen, 95 of whom had defended the Azovstal plant.")
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text)] == [(144, "ukraine", False), (95, "ukraine", True)]


def test_a_part_named_by_of_which():
    text = "Russia said it was ready to hand over 6,000 bodies of Ukrainian soldiers, 1,212 of which had already been brought to the exchange point."
    assert [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text)] == [(6000, "bodies", "ukraine", False), (1212, "bodies", "ukraine", True)]


@pytest.mark.parametrize("text, published, since", [
    ("According to the Coordination Headquarters, 3,956 Ukrainians have been released since the start of the full-scale war.",
     date(2024, 12, 30), date(2022, 2, 24)),
    ("Since Russia invaded, Ukraine has brought home 4,552 people.", date(2025, 2, 5), date(2022, 2, 24)),
    ("З початку повномасштабного вторгнення з полону повернули 5 857 українців.", date(2025, 6, 1), date(2022, 2, 24)),
    ("Since March 2022, 5,757 people have been released.", date(2025, 6, 1), date(2022, 3, 1)),
    # before 2022 the war had begun in 2014: no start is guessed
    ("Since the war began, 3,200 people have been freed from captivity.", date(2019, 12, 30), None),
])
def test_a_running_total_since_the_invasion_starts_on_its_day(text, published, since):
    language = "uk" if text.startswith("З") else "en"
    (f,) = figs(text, published, language)
    assert (f.kind, f.since_date) == ("cumulative_released", since)


def test_the_release_a_series_of_swaps_brought_is_a_running_total():
    text = ("The two sides have carried out a series of swaps since direct talks in Istanbul in May and June, "
            "which resulted in the release of more than 1,000 prisoners from each side.")
    (f,) = figs(text, date(2025, 8, 14))
    assert (f.kind, f.side, f.scope, f.qualifier) == ("cumulative_released", "both", "per_side", "more_than")


def test_an_official_lists_their_own_sides_people_among_a_count_of_each_side():
    text = ("Russia and Ukraine have exchanged 84 prisoners each. Zelensky said on Thursday that among those returned "
            "were 33 military personnel and 51 civilians.")
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in figs(text, date(2025, 8, 14))]
    assert got == [(84, "both", "per_side", False), (33, "ukraine", None, True), (51, "ukraine", None, True)]


def test_prisoners_a_plane_was_carrying_were_not_exchanged():
    text = ("It followed an exchange of 207 Ukrainians for 195 Russians on Jan. 31, which was itself preceded by the crash "
            "of an Il-76 on Jan. 24 that Moscow said was carrying 65 Ukrainian POWs.")
    got = [(f.value, f.kind) for f in figs(text, date(2024, 2, 8))]
    assert got == [(207, "exchanged"), (195, "exchanged"), (65, "other")]


def test_groups_also_handed_over_after_an_announcement_are_added_and_not_its_claim():
    text = ("Russia and Ukraine exchanged 246 prisoners each on Saturday, hours after Putin announced an Easter truce, "
            "with 31 wounded Ukrainians and 15 wounded Russians also handed over.")
    got = [(f.value, f.side, f.claimant, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 4, 19))]
    assert got == [(246, "both", None, False, False), (31, "ukraine", None, False, True), (15, "russia", None, False, True)]
    # what the announcement says is its claim
    (f,) = figs("Hours after Putin announced that 31 wounded Ukrainians would be handed over, the truce began.", date(2025, 4, 19))
    assert f.claimant == "Vladimir Putin"


def test_a_part_of_the_people_still_held_is_held_too():
    text = "Ukraine says Russia is holding about 8,000 Ukrainians, including 1,800 civilians."
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text)]
    assert got == [(8000, "other", "ukraine", False), (1800, "other", "ukraine", True)]


def test_a_group_returned_to_a_nation_at_the_end_of_a_long_clause_is_its():
    text = ("As a result of the negotiation process, 84 Russian servicemen were returned. In return, 84 prisoners of war of the "
            "Armed Forces of Ukraine were handed over. In addition, eight residents of the Kursk region who had been illegally "
            "detained by the Kyiv regime were returned to Russia.")
    assert [(f.value, f.side) for f in figs(text)] == [(84, "russia"), (84, "ukraine"), (8, "russia")]


def test_two_parties_exchanging_two_counts_give_no_total():
    text = "Jan 3, 2024 - Russia and Ukraine exchange 248 and 230 prisoners in the largest swap of the war."
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2024, 5, 31))] == [(248, "unknown", None), (230, "unknown", None)]


def test_held_since_is_how_long_not_a_running_total():
    text = "Among the 150 Ukrainians released, some had been held since 2022, and 19 were captured in the Kursk region."
    assert [(f.value, f.kind, f.since_date) for f in figs(text)] == [(150, "exchanged", None), (19, "exchanged", None)]


def test_a_day_told_in_the_pluperfect_is_not_the_articles_lead_day():
    text = "On the second day of the exchange, 307 Ukrainian servicemen returned home, Zelensky said. On Friday, 270 soldiers and 120 civilians had been freed."
    got = [(f.value, f.event_date, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 5, 24))]
    assert got == [(307, date(2025, 5, 24), False, False), (270, date(2025, 5, 23), False, False), (120, date(2025, 5, 23), False, True)]
    # in reported speech the pluperfect is only the tense of "said": that day is the lead
    text = "Kyiv said on Thursday that 150 soldiers had been freed on Wednesday. The swap was mediated by the UAE, which said 150 Russians went home."
    assert [(f.value, f.event_date) for f in figs(text, date(2025, 2, 6))] == [(150, date(2025, 2, 5)), (150, date(2025, 2, 5))]


def test_ukrainian_parts_after_a_colon_and_a_total_as_of_today():
    text = "Додому повертаються 150 українців: 149 військових та одна цивільна. Зокрема, 27 офіцерів, повідомив Зеленський."
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2024, 12, 30), "uk")]
    assert got == [(150, "ukraine", False), (149, "ukraine", True), (27, "ukraine", True)]
    ex = extract_article("a1", "Станом на сьогодні з полону вдалося повернути 4 131 українця.", date(2025, 2, 5), "uk")
    assert [(f.value, f.kind) for f in ex.figures] == [(4131, "cumulative_released")]
    assert ex.mentions == []  # a total as of today is no exchange on that day


@pytest.mark.parametrize("text, claimant", [
    ("Ukraine and Russia exchanged 84 prisoners each on Thursday, the Ukrainian president said.", "Ukrainian president"),
    ("Ukrainian President Volodymyr Zelensky said 84 Ukrainians came home.", "Volodymyr Zelensky"),
    ("The Ukrainian president's chief of staff, Andriy Yermak, said 84 Ukrainians came home.", "Andriy Yermak"),
])
def test_a_president_named_by_office(text, claimant):
    (f,) = figs(text)
    assert f.claimant == claimant


@pytest.mark.parametrize("text, expected", [
    # prisoners who died in captivity are their fate, not casualties of another event nor people freed
    ("More than 1,000 Ukrainian prisoners of war have died in Russian captivity, according to Ukraine's military intelligence.",
     [(1000, "other", "ukraine")]),
    ("At least 177 Ukrainian prisoners of war have been executed by Russian forces since 2022, prosecutors say.", []),
    # a possible larger exchange is proposed, not done
    ("Talks continue on a possible larger exchange of up to 1,000 captives.", [(1000, "offered", "unknown")]),
    # "the 8th such deal this year": an ordinal within the year is an ordinal too
    ("Each side released 103 prisoners of war on Saturday, the 8th such deal this year.", [(103, "exchanged", "both"), (8, "exchange_ordinal", "both")]),
])
def test_deaths_in_captivity_possible_exchanges_and_ordinals_within_a_period(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian and Ukrainian delegations held their first direct talks in Istanbul on Friday, agreeing to a prisoner exchange of 1,000 people each.",
     [(1000, "agreed", "both", "agreed")]),
    ("Ukraine released the names of 6,000 soldiers whose bodies Russia said it was ready to return.", [(6000, "bodies", "unknown", "offered")]),
    ("Ukrainian forces have taken hundreds of Russian prisoners, including 115 who were swapped on Saturday.",
     [(115, "exchanged", "russia", "completed")]),
])
def test_agreeing_to_an_exchange_names_released_and_a_part_of_a_nations_prisoners(text, expected):
    assert [(f.value, f.kind, f.side, f.status) for f in figs(text)] == expected


@pytest.mark.parametrize("language, text, expected", [
    ("es", "Ucrania recupera a 150 soldados en un nuevo canje con Rusia. Según el Cuartel General de Coordinación, es el 62º intercambio desde 2022.",
     [(150, "exchanged", "ukraine", None), (62, "exchange_ordinal", "both", "Coordination Headquarters")]),
    ("it", "Kiev ha riportato a casa 189 soldati. Mosca ha detto di aver ricevuto 150 militari.",
     [(189, "exchanged", "ukraine", None), (150, "exchanged", "russia", None)]),
])
def test_spanish_and_italian_returns_and_ordinals(language, text, expected):
    assert [(f.value, f.kind, f.side, f.claimant) for f in figs(text, language=language)] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("On Christmas Eve, Ukraine brought home 48 soldiers.", date(2023, 12, 26), (48, "exchanged", date(2023, 12, 24))),
    ("The Christmas exchange freed 150 Ukrainians.", date(2024, 12, 26), (150, "exchanged", date(2024, 12, 25))),
    ("The two countries swapped 50 prisoners each on Orthodox Christmas.", date(2023, 1, 9), (50, "exchanged", date(2023, 1, 7))),
    # a hope is no exchange, and "before Christmas" dates nothing
    ("Zelensky hopes for an exchange before Christmas of about 200 prisoners.", date(2024, 12, 20), (200, "agreed", None)),
])
def test_christmas_dates_and_a_hoped_for_exchange(text, published, expected):
    (f,) = figs(text, published)
    assert (f.value, f.kind, f.event_date) == expected


@pytest.mark.parametrize("language, text", [
    ("uk", "185 військових і 20 цивільних повернулися додому. Це 69-й обмін, повідомив Координаційний штаб."),
    ("en", "A total of 205 Ukrainians came home. This is the 69th exchange, the Coordination Headquarters said."),
    ("en", "A total of 205 Ukrainians came home on Thursday. The figures were confirmed by the Coordination Headquarters."),
])
def test_an_attribution_closing_the_next_sentence_about_the_same_exchange_covers_it(language, text):
    assert {f.claimant for f in figs(text, language=language)} == {"Coordination Headquarters"}


def test_more_transfers_of_so_many_bodies_each_over_a_span_of_weekdays():
    text = ("The first handover took place last Wednesday, when Ukraine received 1,212 bodies and handed 27 to Russia. "
            "Three more transfers of 1,200 bodies each followed between Friday and Sunday.")
    got = [(f.value, f.kind, f.side, f.scope, f.event_date_from, f.event_date) for f in figs(text, date(2025, 6, 16))]
    assert got == [(1212, "bodies", "ukraine", None, None, date(2025, 6, 11)), (27, "bodies", "russia", None, None, date(2025, 6, 11)),
                   (3, "exchange_count", "both", None, date(2025, 6, 13), date(2025, 6, 15)),
                   (1200, "bodies", "ukraine", None, date(2025, 6, 13), date(2025, 6, 15))]


def test_the_day_of_a_holiday_and_of_talks_make_no_exchange():
    ex = extract_article("a1", "The swap came days before Orthodox Easter, which both countries celebrate on April 16 this year.", date(2023, 4, 12), "en")
    assert ex.mentions == []
    ex = extract_article("a1", "• 16 May 2025 – At the first direct talks in Istanbul since 2022, the sides agree to swap 1,000 prisoners each.",
                         date(2025, 7, 1), "en")
    assert [(f.value, f.kind) for f in ex.figures] == [(1000, "agreed")] and ex.mentions == []
    # a stage carried out under an agreement is an exchange that day, whatever ages the agreement covers
    ex = extract_article("a1", "On Wednesday, the two countries carried out the ninth stage of exchanges under the agreement reached at the "
                         "previous round, which covers all prisoners aged 18 to 25.", date(2025, 7, 24), "en")
    assert [m.event_date for m in ex.mentions] == [date(2025, 7, 23)]


def test_what_remains_of_a_deal_is_not_dated_by_its_talks():
    text = ("At talks in Istanbul on May 16, the sides agreed to swap 1,000 prisoners each. "
            "So far 390 have been freed, so another 610 from each side are due to be released in the coming days.")
    f = next(f for f in figs(text, date(2025, 5, 24)) if f.value == 610)
    assert (f.kind, f.status, f.event_date, f.agreement_date) == ("agreed", "planned", None, date(2025, 5, 16))


def test_civilians_among_those_who_came_home_are_on_top_of_a_count_of_prisoners_of_war():
    text = ("Ukraine and Russia exchanged 146 prisoners of war each on Sunday. Ukraine's Coordination Headquarters did not "
            "confirm the number of soldiers, but said eight civilians were among those who came home.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 8, 24))]
    assert got == [(146, "both", False, False), (8, "ukraine", False, True)]
    # parts named with the count they add up to stay parts
    text = "Ukraine said the 84 people it got back were 33 servicemen and 51 civilians."
    assert [(f.value, f.is_breakdown, f.is_additional) for f in figs(text)] == [(84, False, False), (33, True, False), (51, True, False)]


@pytest.mark.parametrize("text, expected", [
    # a clause about killings does not reach past ", and" into the next clause's share
    ("Officials say at least 245 POWs have been executed since 2022, and 90% of those freed report torture.", [(90, "percentage")]),
    # a ratio is no count; people admitted to hospital are what befell the freed, not another exchange
    ("He was among 197 Ukrainians freed on Wednesday. About 1 in 3 prisoners in his block had tuberculosis, he said.",
     [(197, "exchanged")]),
    ("He was among 197 Ukrainians freed on Wednesday. The convoy took them to a hospital, where 47 were admitted.",
     [(197, "exchanged"), (47, "other")]),
])
def test_clauses_of_killings_ratios_and_hospital_admissions(text, expected):
    assert [(f.value, f.kind) for f in figs(text)] == expected


@pytest.mark.parametrize("language, text, expected", [
    # "from Russian captivity" names where, not whose people; the severely wounded are a part handed over
    ("uk", "🇺🇦 Наші вдома! 277 захисників повернулися з російського полону. Серед них — 31 важкопоранений.",
     [(277, "ukraine", None, False), (31, "ukraine", None, True)]),
    # "по 1000" is so many each
    ("ru", "Всего за три дня стороны передали друг другу по 1000 человек.", [(1000, "both", "per_side", False)]),
    ("fr", "Kiev et Moscou ont échangé samedi 115 prisonniers chacun. Parmi les Ukrainiens libérés figurent 33 soldats capturés à Marioupol.",
     [(115, "both", "per_side", False), (33, "ukraine", None, True)]),
])
def test_captivity_adjectives_each_and_parts_in_other_languages(language, text, expected):
    assert [(f.value, f.side, f.scope, f.is_breakdown) for f in figs(text, language=language)] == expected


def test_a_swap_done_that_day_is_no_planned_one_because_more_are_expected():
    ex = extract_article("a1", "More than a hundred Ukrainian soldiers came home on Tuesday, and dozens more are expected to follow.",
                         date(2025, 6, 10), "en")
    assert [(f.value, f.qualifier, f.status) for f in ex.figures] == [(100, "more_than", "completed")]
    assert [(m.status, m.event_date) for m in ex.mentions] == [("completed", date(2025, 6, 10))]


def test_a_war_verb_of_the_group_before_does_not_hide_the_next_part():
    text = "Ukraine brought home 189 prisoners of war on Monday. The returnees include soldiers captured in Mariupol and two civilians."
    assert [(f.value, f.is_breakdown) for f in figs(text)] == [(189, False), (2, True)]
    # but soldiers captured with others are no part of a handover
    assert figs("Russian forces captured 700 soldiers and two civilians near Avdiivka.") == []


@pytest.mark.parametrize("text, expected", [
    ("Ukraine and the separatists swapped prisoners on Thursday, with 20 returning to Ukrainian-controlled territory and 14 going the other way.",
     [(20, "ukraine", False), (14, "russia", False)]),
    ("Ukraine and Russia swapped 130 prisoners each on Tuesday. Among the 130 freed Ukrainians were 87 defenders of Mariupol, including 35 from Azovstal.",
     [(130, "both", False), (87, "ukraine", True), (35, "ukraine", True)]),
])
def test_counts_going_the_other_way_and_parts_of_the_freed_of_a_nation(text, expected):
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text)] == expected


def test_a_weekday_in_a_clause_with_would_is_the_coming_one_and_a_promise_is_an_offer():
    text = ("Putin and Trump agreed that Russia and Ukraine would exchange 175 prisoners each on Wednesday. "
            "Putin also promised to hand over 23 severely wounded Ukrainian soldiers.")
    ex = extract_article("a1", text, date(2025, 3, 18), "en")
    assert [(f.value, f.kind, f.event_date) for f in ex.figures] == [(175, "agreed", date(2025, 3, 19)), (23, "offered", date(2025, 3, 18))]
    assert [(m.status, m.event_date) for m in ex.mentions] == [("planned", date(2025, 3, 19))]
    # an offer the other side accepted is agreed
    (f,) = figs("Ukraine proposed a 1,000-for-1,000 exchange at the talks, which Russia accepted.")
    assert (f.kind, f.scope) == ("agreed", "per_side")


def test_a_mediators_running_total_after_freeing_is_both_ways_and_its_ministry_claims_it():
    text = "The UAE Foreign Ministry said it was the 10th time its mediation had secured a swap, freeing 1,558 captives in total since 2022."
    got = [(f.value, f.kind, f.side, f.scope, f.claimant) for f in figs(text, date(2024, 1, 3))]
    assert got == [(10, "exchange_ordinal", "both", None, "UAE foreign ministry"),
                   (1558, "cumulative_released", "both", "total", "UAE foreign ministry")]


def test_a_strong_group_of_a_nations_soldiers_is_theirs():
    (f,) = figs("Russia returned a 150-strong group of Ukrainian soldiers, mostly from the Kursk front.")
    assert (f.value, f.kind, f.side) == (150, "exchanged", "ukraine")


def test_ukrainian_service_branches_and_tass_negotiation_process_day():
    text = ("Україна повернула з полону 75 своїх громадян. Серед звільнених — 45 військовослужбовців ЗСУ, 25 нацгвардійців, "
            "4 прикордонники та 1 цивільний.")
    assert [(f.value, f.is_breakdown) for f in figs(text, date(2024, 5, 31), "uk")] == [(75, False), (45, True), (25, True), (4, True), (1, True)]
    ex = extract_article("a1", "В результате переговорного процесса 31 мая с подконтрольной киевскому режиму территории возвращены "
                         "75 российских военнослужащих.", date(2024, 5, 31), "ru")
    assert [m.event_date for m in ex.mentions] == [date(2024, 5, 31)]


@pytest.mark.parametrize("language, text", [
    ("de", "Die Ukraine erhielt 1.000 Leichen, Russland 24."),
    ("fr", "L'Ukraine a récupéré 1 000 corps, la Russie 24, selon Kiev."),
    ("en", "Ukraine received 1,000 bodies, Russia 24."),
])
def test_a_count_after_the_other_nation_named_alone_is_its(language, text):
    assert [(f.value, f.side) for f in figs(text, language=language)] == [(1000, "ukraine"), (24, "russia")]


def test_an_exchange_under_way_today_is_done_not_agreed():
    text = ("Russia and Ukraine are exchanging a further 307 prisoners each today, the second stage of the 1,000-for-1,000 swap "
            "agreed in Istanbul, Russia's defence ministry said.")
    got = [(f.value, f.kind, f.scope) for f in figs(text, date(2025, 5, 24))]
    assert got == [(307, "exchanged", "per_side"), (2, "exchange_ordinal", None), (1000, "agreed", "per_side")]


def test_the_subject_of_said_claims_and_a_number_that_could_be_is_an_estimate():
    (f,) = figs("Russia's chief negotiator Vladimir Medinsky said Moscow would hand over 6,000 bodies of Ukrainian servicemen in the coming week.")
    assert (f.value, f.kind, f.claimant) == (6000, "bodies", "Vladimir Medinsky")
    text = "The two sides agreed on Monday in Istanbul to exchange prisoners under 25. Medinsky said the number could be 1,200 per side."
    f = next(f for f in figs(text, date(2025, 6, 3)) if f.value == 1200)
    assert (f.kind, f.status, f.scope, f.claimant) == ("agreed", "agreed", "per_side", "Vladimir Medinsky")


def test_a_sentence_opening_with_the_freed_nation_gives_its_groups_a_side():
    got = [(f.value, f.side) for f in figs("Ukrainians freed Thursday included 185 soldiers and 20 civilians.")]
    assert got == [(185, "ukraine"), (20, "ukraine")]


def test_a_channels_list_with_emoji_bullets_a_short_lead_and_a_group_returned_separately():
    text = ("🇺🇦 246 defenders are home!\nAmong those returned:\n▪️ 139 servicemen of the Armed Forces\n▪️ 61 of the National Guard\n"
            "▪️ 46 of the State Border Guard Service\nAnother 31 seriously wounded were returned separately.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 4, 19))]
    assert got == [(246, "ukraine", False, False), (139, "ukraine", True, False), (61, "ukraine", True, False),
                   (46, "ukraine", True, False), (31, "ukraine", False, True)]
    text = "Ukraine returned 189 people home. Details:\n- 150 soldiers\n- 39 civilians, including 2 women\nThank you to the UAE."
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2024, 12, 30))]
    assert got == [(189, "ukraine", False), (150, "ukraine", True), (39, "ukraine", True), (2, "ukraine", True)]


@pytest.mark.parametrize("language, text", [
    ("de", "Am Sonntag kamen auf beiden Seiten jeweils 303 Soldaten frei. Insgesamt wurden innerhalb von drei Tagen je 1000 Gefangene ausgetauscht."),
    ("es", "Rusia y Ucrania completaron el domingo el intercambio con la liberación de 303 militares por cada bando. "
           "En total, 1.000 prisioneros de cada lado fueron liberados en tres días."),
])
def test_durations_in_other_languages_are_no_counts_and_each_side(language, text):
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2025, 5, 25), language)] == [(303, "both", "per_side"), (1000, "both", "per_side")]


def test_polish_n_na_n_and_zelensky_in_polish():
    text = "Rosja i Ukraina wymieniły w piątek po 390 jeńców – poinformował prezydent Zełenski. To pierwszy etap wymiany 1000 na 1000."
    got = [(f.text, f.kind, f.scope, f.claimant) for f in figs(text, date(2025, 5, 23), "pl")]
    assert got == [("390", "exchanged", "per_side", "Volodymyr Zelensky"), ("1000 na 1000", "agreed", "per_side", None)]


@pytest.mark.parametrize("text, expected", [
    ("The ICRC said it has registered over 8,000 Ukrainians held by Russia.", [(8000, "other", "ukraine")]),
    ("Ukraine has returned 103 of its soldiers, where Ukrainian troops hold some 600 Russian servicemen.",
     [(103, "exchanged", "ukraine"), (600, "other", "russia")]),
    # a release of people held by the other side is still a release
    ("Ukraine got back 100 soldiers held by Russia since 2022.", [(100, "exchanged", "ukraine")]),
])
def test_people_held_by_a_side_or_its_troops_are_held(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text)] == expected


def test_an_n_for_m_swap_gives_both_counts_and_a_range_of_days_is_no_count():
    got = [(f.value, f.kind, f.event_date) for f in figs("The sides traded 100 prisoners each, the first swap since the 230-for-248 exchange on Jan. 3.",
                                                          date(2024, 1, 5))]
    assert got == [(100, "exchanged", date(2024, 1, 5)), (230, "exchanged", date(2024, 1, 3)), (248, "exchanged", date(2024, 1, 3))]
    # a deal's name is no count of the day's stage
    got = [(f.value, f.kind) for f in figs("On Sunday, 259 Ukrainian defenders returned in the final stage of the 1000-for-1000 exchange.")]
    assert got == [(259, "exchanged"), (1000, "agreed")]
    assert figs("Russia's delegation proposed a ceasefire of two to three days to collect the bodies of fallen soldiers.") == []


def test_a_years_running_total_of_bodies_starts_on_its_first_day():
    text = "The repatriation brought the number of bodies returned to Ukraine this year to more than 4,000, according to the Coordination Headquarters."
    (f,) = figs(text, date(2024, 11, 29))
    assert (f.kind, f.side, f.since_date) == ("bodies", "ukraine", date(2024, 1, 1))


def test_bringing_home_after_ukraine_as_the_subject_is_ukraines_even_with_russia_named():
    text = ("Ukraine carried out its fourth prisoner swap with Russia on Thursday, bringing home 30 people, Deputy Prime Minister "
            "Iryna Vereshchuk said. Five officers and 17 servicemen were among them, as well as eight civilians.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2022, 4, 14)) if f.kind == "exchanged"]
    assert got == [(30, "ukraine", False, False), (5, "ukraine", True, False), (17, "ukraine", True, False), (8, "ukraine", False, True)]
    # Russia as the subject: its own people
    (f,) = figs("Russia carried out a swap with Ukraine on Thursday, bringing home 30 servicemen.")
    assert f.side == "russia"


@pytest.mark.parametrize("text, claimant", [
    ("Ukraine brought home 75 soldiers on Friday, Ukrainska Pravda reported.", "Ukrainska Pravda"),
    ("According to Interfax, 75 Russian servicemen were returned.", "Interfax"),
    ("Russia's RIA news agency said 75 Russian soldiers had returned.", "RIA Novosti"),
])
def test_news_outlets_as_claimants(text, claimant):
    (f,) = figs(text)
    assert f.claimant == claimant


def test_two_parts_of_the_same_size_are_two_parts():
    text = "Ukraine got back 10 prisoners — five soldiers and five civilians — in a small exchange on Monday."
    got = [(f.value, f.subject, f.is_breakdown) for f in figs(text)]
    assert got == [(10, "prisoners", False), (5, "soldiers", True), (5, "civilians", True)]


def test_a_list_of_daily_n_for_n_swaps_is_each_days_exchange():
    text = "The three-day swap saw 390-for-390 on Friday, 307-for-307 on Saturday and 303-for-303 on Sunday."
    got = [(f.value, f.kind, f.scope, f.event_date) for f in extract_article("a", text, date(2025, 5, 26), "en").figures]
    assert got == [(390, "exchanged", "per_side", date(2025, 5, 23)), (307, "exchanged", "per_side", date(2025, 5, 24)),
                   (303, "exchanged", "per_side", date(2025, 5, 25))]


@pytest.mark.parametrize("text, expected", [
    # a gapped second count with a comma after its nation: "; Ukraine, 34" (Ukraine handed over 34: Russia's dead)
    ("Russia handed over 757 bodies on Friday; Ukraine, 34.", [(757, "bodies", "ukraine"), (34, "bodies", "russia")]),
    ("Ukraine received 757 bodies on Friday; Russia, 34.", [(757, "bodies", "ukraine"), (34, "bodies", "russia")]),
    # the number of swaps as a running count ("since 2022" inside it)
    ("The number of swaps since 2022 has reached 59, the UAE said.", [(59, "exchange_count", "both")]),
])
def test_gapped_counts_and_the_number_of_swaps(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 1, 20), "en").figures] == expected


def test_returned_n_prisoners_on_a_day_is_the_articles_exchange():
    # the headline's count is the lede's, dated by the lede's day; the lede makes the exchange mention
    body = ("Ukraine, Russia swap 95 POWs each in UAE-brokered deal\n"
            "Russia and Ukraine each returned 95 prisoners of war on Friday, officials said.")
    ex = extract_article("a", body, date(2024, 10, 19), "en")
    assert [(f.value, f.scope, f.event_date, f.char_start) for f in ex.figures] == [(95, "per_side", date(2024, 10, 18), body.index("95"))]
    assert [m.event_date for m in ex.mentions] == [date(2024, 10, 18)]


@pytest.mark.parametrize("text, expected", [
    # what the sides may do is not done
    # ("next week" dates it by that week's Monday)
    ("The two sides may exchange as many as 175 prisoners each next week, according to a source.", [(175, "agreed", "planned", date(2024, 12, 23))]),
    # "last year" next to a day and month without a year: that day of the year before
    ("A similar exchange last year, on Dec. 30, returned 230 Ukrainians.", [(230, "exchanged", "completed", date(2023, 12, 30))]),
    ("On Dec. 30 last year, 230 Ukrainians were returned.", [(230, "exchanged", "completed", date(2023, 12, 30))]),
    ("On Dec. 18, 150 Ukrainians were freed, more than in any swap last year.", [(150, "exchanged", "completed", date(2024, 12, 18))]),
])
def test_may_exchange_and_a_day_of_last_year(text, expected):
    got = [(f.value, f.kind, f.status, f.event_date) for f in extract_article("a", text, date(2024, 12, 20), "en").figures]
    assert got == expected


def test_were_returned_on_a_day_is_an_exchange_mention_and_an_incursions_day_is_not():
    text = "On Dec. 30 last year, 230 Ukrainians were returned."
    assert [m.event_date for m in extract_article("a", text, date(2024, 12, 20), "en").mentions] == [date(2023, 12, 30)]
    text = ("Russia's Defence Ministry said the servicemen who were returned had been captured in the Kursk region, "
            "where Ukrainian forces launched an incursion on Aug. 6.")
    assert extract_article("a", text, date(2024, 9, 15), "en").mentions == []


@pytest.mark.parametrize("text, expected", [
    # both sides' exchange "with N captives released": everyone, both ways
    ("KYIV, Ukraine (AP) — Russia and Ukraine on Wednesday carried out their largest prisoner exchange since the war began, "
     "with more than 450 captives released in a deal mediated by the United Arab Emirates.", [(450, "both", "total")]),
    # people "illegally taken to Ukraine" and now returned to Russia are Russia's
    ("Moscow said 84 people had been returned to Russia, including eight residents of the Kursk region who had been illegally "
     "taken to Ukraine.", [(84, "russia", None), (8, "russia", None)]),
])
def test_both_sides_with_n_released_and_people_taken_to_ukraine(text, expected):
    assert [(f.value, f.side, f.scope) for f in extract_article("a", text, date(2025, 8, 15), "en").figures] == expected


def test_foreign_nationals_are_people_and_those_who_surrendered_may_be_freed():
    text = ("In a separate deal brokered by Saudi Arabia, Russia released 10 foreigners, including five Britons and two Americans, "
            "who had fought for Ukraine.")
    assert [(f.value, f.subject, f.is_breakdown) for f in figs(text)] == [(10, "foreigners", False), (5, "britons", True), (2, "americans", True)]
    text = "Ukraine said 40 soldiers who surrendered at Azovstal were freed in the swap."
    assert [(f.value, f.kind) for f in figs(text)] == [(40, "exchanged")]


@pytest.mark.parametrize("language, text, expected", [
    # both parties swapping a count in other languages: everyone, both ways
    ("fr", "La Russie et l'Ukraine ont échangé mercredi 300 prisonniers de guerre.", [(300, "exchanged", "both", "total")]),
    ("es", "Rusia y Ucrania intercambiaron este miércoles 300 prisioneros de guerra.", [(300, "exchanged", "both", "total")]),
    ("de", "Kurz vor dem Jahreswechsel haben Russland und die Ukraine fast 300 Kriegsgefangene ausgetauscht.", [(300, "exchanged", "both", "total")]),
    ("de", "Russland und die Ukraine tauschten am Mittwoch 300 Kriegsgefangene aus.", [(300, "exchanged", "both", "total")]),
    ("ru", "Россия и Украина обменялись 300 пленными.", [(300, "exchanged", "both", "total")]),
    # (so many each is still per side)
    ("fr", "La Russie et l'Ukraine ont échangé mercredi 90 prisonniers de guerre chacune.", [(90, "exchanged", "both", "per_side")]),
    ("de", "Am Freitag waren bereits 390 Gefangene auf jeder Seite freigekommen.", [(390, "exchanged", "both", "per_side")]),
    # a Ukrainian running total "з 2022 року"
    ("uk", "Загалом з 2022 року з полону повернули 4 131 українця.", [(4131, "cumulative_released", "ukraine", None)]),
])
def test_both_parties_each_side_and_running_totals_in_other_languages(language, text, expected):
    got = [(f.value, f.kind, f.side, f.scope) for f in extract_article("a", text, date(2024, 12, 31), language).figures]
    assert got == expected


def test_bodies_russia_returned_and_their_parts():
    text = "Earlier, Russia had returned 160 bodies, including those of 52 Azovstal defenders."
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text)]
    assert got == [(160, "bodies", "ukraine", False), (52, "bodies", "ukraine", True)]


def test_a_list_of_people_a_side_is_ready_to_release_is_an_offer_and_told_an_outlet_is_no_claim():
    text = ("Russia's ombudsman Tatyana Moskalkova said 100 Russian servicemen had returned home, adding that she had handed her "
            "Ukrainian counterpart a list of 3,000 Ukrainians Russia was ready to release.")
    assert [(f.value, f.kind, f.side) for f in figs(text)] == [(100, "exchanged", "russia"), (3000, "offered", "ukraine")]
    # (a list of those it wants back is no offer)
    assert [(f.value, f.kind) for f in figs("Ukraine has handed Russia a list of 1,000 prisoners it wants back.")] == [(1000, "other")]
    # "she told TASS": she said it, the one the paragraph opened with
    text = 'Tatyana Moskalkova met her counterpart on Friday. "We have 3,000 Ukrainians we could release," she told TASS.'
    assert [f.claimant for f in figs(text)] == ["Tatyana Moskalkova"]
    text = "Dmytro Lubinets spoke after the swap. He told Ukrinform that 100 Ukrainians had come home."
    assert [f.claimant for f in figs(text)] == ["Dmytro Lubinets"]


def test_a_colon_list_of_parts_after_a_count_with_its_verb():
    text = ("Our people are home! 246 Ukrainians are back from Russian captivity: 239 soldiers of the Armed Forces, National Guard "
            "and State Border Guard Service, and 7 civilians.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text)]
    assert got == [(246, "ukraine", False), (239, "ukraine", True), (7, "ukraine", True)]


def test_people_still_in_russian_jails_are_ukraines():
    got = [(f.value, f.kind, f.side) for f in figs("Nearly a thousand more remain in Russian jails, the ombudsman said after the swap.")]
    assert got == [(1000, "other", "ukraine")]


def test_abbreviations_do_not_end_a_sentence():
    from pipeline.extract.figures import split_sentences
    body = "Among them were 4 civilians, incl. 2 women. Pres. Zelensky thanked the team."
    assert [s.text for s in split_sentences(body)] == ["Among them were 4 civilians, incl. 2 women.", "Pres. Zelensky thanked the team."]
    got = [(f.value, f.is_breakdown) for f in figs("Ukraine said 90 Ukrainians had been freed. Among them were 4 civilians, incl. 2 women.")]
    assert got == [(90, False), (4, True), (2, True)]


@pytest.mark.parametrize("text", [
    "Ninety Ukrainian servicemen made it home on Tuesday after months in Russian captivity.",
    "Ukraine won the release of 90 soldiers on Tuesday.",
    "Ukraine welcomed home 90 soldiers on Tuesday.",
    "Beide Seiten hätten am Dienstag jeweils 90 Gefangene übergeben, teilte das Verteidigungsministerium in Moskau mit.",
])
def test_people_handed_over_on_a_day_make_an_exchange_mention_in_any_words(text):
    ex = extract_article("a", text, date(2024, 6, 26), "de" if "Gefangene" in text else "en")
    assert [(f.value, f.kind, f.event_date) for f in ex.figures] == [(90, "exchanged", date(2024, 6, 25))]
    assert [(m.category, m.status, m.event_date) for m in ex.mentions] == [("prisoners", "completed", date(2024, 6, 25))]
    if "welcomed" in text:
        assert ex.figures[0].side == "ukraine"


def test_a_live_blogs_headline_count_is_the_per_side_count_and_the_injured_of_a_strike_are_no_figure():
    body = ("Russia-Ukraine war live: Putin declares Easter truce; 246 POWs swapped\n"
            "Russia and Ukraine exchanged 246 prisoners each on Saturday, according to Russia's defence ministry.\n"
            "Russian shelling killed two people in Kherson, and injured 11, the regional governor said.")
    got = [(f.value, f.side, f.scope, f.char_start) for f in extract_article("a", body, date(2025, 4, 19), "en").figures]
    assert got == [(246, "both", "per_side", body.index("246"))]


@pytest.mark.parametrize("language, text, expected", [
    # "by the formula 390 for 390" with a verb of the swap done: that day's exchange
    ("ru", "Россия и Украина обменялись пленными по формуле 390 на 390, сообщили в Минобороны.", [(390, "exchanged", "both")]),
    # "189 of our people are home" (Ukrainian "вдома"): Ukraine's people back
    ("uk", "Ще 189 наших людей вдома. Серед них військові ЗСУ та двоє цивільних.", [(189, "exchanged", "ukraine"), (2, "exchanged", "ukraine")]),
])
def test_a_formula_swapped_and_people_at_home_in_ukrainian_and_russian(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 5, 23), language).figures] == expected


def test_people_freed_in_swaps_over_a_period_and_the_next_clause_after_a_semicolon():
    text = ("Ukraine conducted 48 prisoner swaps in 2022 and 2023, freeing 2,598 people; in the same period Russia received "
            "2,015 of its servicemen.")
    got = [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2023, 12, 31), "en").figures]
    assert got == [(48, "exchange_count", "both"), (2598, "cumulative_released", "ukraine"), (2015, "cumulative_released", "russia")]


def test_the_number_of_people_held_estimated_as_a_range():
    text = "The number of Ukrainians held by Russia is estimated at 8,000 to 10,000, Lubinets said."
    got = [(f.value, f.value_high, f.kind, f.side, f.text) for f in figs(text)]
    assert got == [(8000, 10000, "other", "ukraine", "8,000 to 10,000")]
    # ("from 100 to 150 prisoners" is still two numbers, "between 2022 and 2024" no range of people)
    assert find_numbers("estimated at 8,000 to 10,000", "en")[0].value_high == 10000
    assert [n.value for n in find_numbers("from 100 to 150 prisoners", "en")] == [100, 150]


def test_of_those_released_points_back_to_the_paragraphs_count_and_is_no_added_group():
    text = ("Ukraine brought home 49 people from Russian captivity, including 23 soldiers, Zelensky announced on Sept. 13. "
            "Among those released were defenders of Mariupol, medics, and civilians. The exchange was mediated by the UAE. "
            "Zelensky also said that 14 of those released were severely ill.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in extract_article("a", text, date(2024, 9, 14), "en").figures]
    assert got == [(49, "ukraine", False, False), (23, "ukraine", True, False), (14, "ukraine", True, False)]


@pytest.mark.parametrize("language, text, expected", [
    # Polish: where they went names whose they are; "49." before an exchange noun is an ordinal
    ("pl", "Na Ukrainę wróciło 230 osób, a do Rosji 248 żołnierzy. To 49. wymiana od lutego 2022 roku.",
     [(230, "exchanged", "ukraine", None), (248, "exchanged", "russia", None), (49, "exchange_ordinal", "both", None)]),
    # Spanish: a running total of citizens since the start of the war
    ("es", "Desde el inicio de la guerra, Ucrania ha recuperado a 3.956 de sus ciudadanos.",
     [(3956, "cumulative_released", "ukraine", date(2022, 2, 24))]),
    # two counts joined by "y"/"und": each a count, neither both sides' total
    ("es", "Rusia y Ucrania canjearon el lunes 150 y 189 prisioneros.",
     [(150, "exchanged", "unknown", None), (189, "exchanged", "unknown", None)]),
    ("de", "Russland und die Ukraine tauschten am Montag 150 und 189 Gefangene aus.",
     [(150, "exchanged", "unknown", None), (189, "exchanged", "unknown", None)]),
])
def test_polish_spanish_and_german_sides_ordinals_and_pairs_of_counts(language, text, expected):
    got = [(f.value, f.kind, f.side, f.since_date) for f in extract_article("a", text, date(2024, 12, 31), language).figures]
    assert got == expected


def test_an_agreed_swap_of_equal_counts_is_so_many_each_on_the_coming_day():
    text = "Putin agreed to free 175 Ukrainians in exchange for 175 Russians on Wednesday, the Kremlin said."
    got = [(f.value, f.kind, f.side, f.scope, f.event_date) for f in extract_article("a", text, date(2025, 3, 18), "en").figures]
    assert got == [(175, "agreed", "both", "per_side", date(2025, 3, 19))]
    # (unequal counts stay two)
    text = "Kyiv proposed to swap 100 Russian soldiers for 120 Ukrainians."
    assert [(f.value, f.side) for f in extract_article("a", text, date(2025, 3, 18), "en").figures] == [(100, "russia"), (120, "ukraine")]


@pytest.mark.parametrize("text, expected", [
    # Donbas years: government forces as a party, government-held territory as home, "last month" after the count
    ("Government forces and pro-Russian rebels exchanged 191 prisoners late on Saturday.", [(191, "both", date(2015, 2, 21), "day")]),
    ("The sides swapped prisoners on Thursday, with 20 people returning to government-held territory.", [(20, "ukraine", date(2015, 2, 19), "day")]),
    ("Ukraine got back 50 soldiers last month in a swap.", [(50, "ukraine", date(2015, 1, 1), "month")]),
])
def test_donbas_parties_and_a_month_named_after_the_count(text, expected):
    got = [(f.value, f.side, f.event_date, f.event_date_precision) for f in extract_article("a", text, date(2015, 2, 22), "en").figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a count followed by half of it from each side is both sides together; prisoners who "changed hands" too
    ("The exchange involved 180 prisoners, 90 from each side.", [(180, "both", "total"), (90, "both", "per_side")]),
    ("Over three days, 2,000 people were freed – 1,000 from each side.", [(2000, "both", "total"), (1000, "both", "per_side")]),
    ("On the last day alone, 606 prisoners changed hands.", [(606, "both", "total")]),
    # (a count and a per-side count that is not its half stay apart)
    ("Ukraine got back 150 people, 90 from each side's lists.", [(150, "ukraine", None), (90, "both", "per_side")]),
])
def test_a_count_and_half_of_it_from_each_side(text, expected):
    assert [(f.value, f.side, f.scope) for f in extract_article("a", text, date(2025, 5, 26), "en").figures] == expected


def test_our_guys_are_people():
    got = [(f.value, f.kind, f.side) for f in figs('"We brought home 95 of our guys," Zelensky said on Friday.', date(2024, 10, 18))]
    assert got == [(95, "exchanged", "ukraine")]


@pytest.mark.parametrize("text, expected", [
    # Moscow's running totals: since the start of the "special military operation", or over the past years
    ("In total, since the beginning of the special military operation, more than 2,500 Russian servicemen have been returned "
     "from Ukrainian captivity, Moskalkova said.", [(2500, "cumulative_released", "russia", date(2022, 2, 24))]),
    ("Moskalkova said that over 2,500 Russians had returned home over the past two and a half years.",
     [(2500, "cumulative_released", "russia", None)]),
])
def test_russian_running_totals(text, expected):
    got = [(f.value, f.kind, f.side, f.since_date) for f in extract_article("a", text, date(2024, 8, 24), "en").figures]
    assert got == expected


def test_traffic_blocked_is_no_swap_called_off():
    text = "Traffic on the M-03 highway was blocked for 2 hours as buses carrying the 150 freed soldiers passed."
    assert [(f.value, f.kind, f.status) for f in figs(text)] == [(150, "exchanged", "completed")]
    text = "The swap was blocked at the last minute, and the 150 prisoners were not freed."
    assert [(f.value, f.kind) for f in figs(text)] == [(150, "agreed")]


@pytest.mark.parametrize("text, expected", [
    # a nation's own people named by possessive, "of the Ukrainians", or "the Ukrainian side received ... the Russian side"
    ("Russia and Ukraine swapped prisoners on Friday. Ukraine's 75 went home by bus, while Russia's 75 were flown to Moscow.",
     [(75, "ukraine"), (75, "russia")]),
    ("Russia and Ukraine swapped prisoners on Friday. Of the Ukrainians freed, 45 were soldiers and 30 civilians. "
     "Of the Russians, all 75 were soldiers.", [(45, "ukraine"), (30, "ukraine"), (75, "russia")]),
    ("Russia and Ukraine swapped prisoners on Friday. The Ukrainian side received 75 people and the Russian side 75.",
     [(75, "ukraine"), (75, "russia")]),
])
def test_each_sides_people_named_by_possessive_or_side(text, expected):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2024, 5, 31), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "від початку повномасштабного вторгнення": since 24 February 2022
    ("Загалом від початку повномасштабного вторгнення з полону повернуто 6 000 українців.",
     [(6000, "cumulative_released", "ukraine", date(2022, 2, 24))]),
    # a part from morgues "на території Росії" is a place, not Russia's dead
    ("Повернули тіла 212 загиблих захисників. Серед них — 34 тіла з моргів на території Росії.",
     [(212, "bodies", "ukraine", None), (34, "bodies", "ukraine", None)]),
])
def test_ukrainian_running_total_since_the_invasion_and_a_place_in_russia(text, expected):
    got = [(f.value, f.kind, f.side, f.since_date) for f in extract_article("a", text, date(2025, 8, 24), "uk").figures]
    assert got == expected


@pytest.mark.parametrize("language, text, expected", [
    # an age limit written with its years in other languages is an age, not a duration
    ("de", "Am Montag kamen weitere Soldaten unter 25 Jahren frei.", [(25, "age", "up_to")]),
    ("fr", "Lundi, des soldats de moins de 25 ans ont été libérés.", [(25, "age", "up_to")]),
    ("ru", "В понедельник освобождены военные младше 25 лет.", [(25, "age", "up_to")]),
    # "under 50 prisoners" is fewer than 50 people, not an age limit
    ("en", "Ukraine got back under 50 prisoners in the swap on Monday.", [(50, "exchanged", "up_to")]),
])
def test_age_limits_with_their_years_and_under_a_count_of_people(language, text, expected):
    got = [(f.value, f.kind, f.qualifier) for f in extract_article("a", text, date(2025, 6, 10), language).figures]
    assert got == expected


def test_a_share_of_the_economy_is_no_figure_even_beside_a_share_of_the_freed():
    text = "About 40 per cent of those freed in the swap were civilians, while Russia's economy grew 4% last year."
    assert [(f.value, f.kind) for f in figs(text)] == [(40, "percentage")]


def test_what_the_receiving_side_handed_over_in_turn_is_the_others():
    got = [(f.value, f.side) for f in figs("Ukraine received 1,000 bodies, and in turn handed over 24.", date(2025, 9, 19))]
    assert got == [(1000, "ukraine"), (24, "russia")]


def test_a_stage_whose_clause_after_brings_the_total_so_far_is_that_days_count():
    text = ("A day after the first stage, the two sides on Saturday swapped 307 more prisoners each, bringing the total "
            "exchanged so far to 697 from each side.")
    got = [(f.value, f.kind, f.scope) for f in extract_article("a", text, date(2025, 5, 24), "en").figures if f.value > 1]
    assert got[0] == (307, "exchanged", "per_side")


@pytest.mark.parametrize("text, expected", [
    # "for the 14th time" after a mediation counts the mediations; "for the third time" of a strike, "for the first time", nothing
    ("The UAE mediated the swap, for the 14th time. Russia hit Kyiv for the third time this week.", [(14, "exchange_ordinal", "both")]),
    # what a coming exchange could involve is not done
    ('Zelensky said the next exchange could come "within weeks" and involve up to 1,000 people.', [(1000, "agreed", "unknown")]),
    # "33 of its returnees": the nation's own people
    ("Each side released 84 people. Ukraine said 33 of its returnees were soldiers.", [(84, "exchanged", "both"), (33, "exchanged", "ukraine")]),
])
def test_nth_time_mediated_could_involve_and_its_returnees(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 8, 15), "en").figures] == expected


def test_a_claim_opening_the_clause_after_a_semicolon_is_not_the_claim_before_it():
    text = ("Russia and Ukraine exchanged 100 prisoners of war each on Thursday. Among the Ukrainians were 16 defenders of "
            "Mariupol; the Russian side said its 100 included 9 officers.")
    got = [(f.value, f.claimant) for f in extract_article("a", text, date(2024, 2, 8), "en").figures if f.value in (16, 9)]
    assert got == [(16, None), (9, "Russian government")]


def test_a_count_with_no_noun_before_a_since_phrase_is_read_with_the_noun_before():
    text = ("Both countries have also repeatedly exchanged bodies: Ukraine has received more than 11,000 since 2022, "
            "according to the headquarters.")
    got = [(f.value, f.kind, f.side, f.since_date) for f in extract_article("a", text, date(2025, 3, 20), "en").figures]
    assert got == [(11000, "bodies", "ukraine", date(2022, 1, 1))]


@pytest.mark.parametrize("text, expected", [
    # what Russia says it is ready to hand over is Ukraine's dead; what it says Kyiv handed over is not
    ("Russia says it is ready to hand over 6,000 bodies this week, Medinsky said.", [(6000, "bodies", "ukraine")]),
    ("Moscow said Kyiv had handed over 62 bodies of Russian soldiers.", [(62, "bodies", "russia")]),
])
def test_what_russia_is_ready_to_hand_over(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 6, 4), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "no fewer than" and "not less than" are at least, "no more than" is at most
    ("No fewer than 300 Ukrainians were freed on Monday.", [(300, None, "at_least")]),
    ("Not less than 300 Ukrainians were freed on Monday.", [(300, None, "at_least")]),
    ("No more than 50 Ukrainians were freed on Monday.", [(50, None, "up_to")]),
    # a scale word after a range is both ends' ("8-10 thousand"), unless the first end is already the larger number
    ("Kyiv estimates that 8-10 thousand Ukrainians remain in Russian captivity.", [(8000, 10000, "exact")]),
    ("Kyiv estimates that between 5 and 7 thousand Ukrainians remain in Russian captivity.", [(5000, 7000, "exact")]),
    ("Kyiv estimates that 1,500-2 thousand Ukrainians remain in Russian captivity.", [(1500, 2000, "exact")]),
])
def test_negated_qualifiers_and_ranges_that_share_a_scale_word(text, expected):
    got = [(f.value, f.value_high, f.qualifier) for f in extract_article("a", text, date(2024, 12, 31), "en").figures]
    assert got == expected


def test_an_agreement_made_at_talks_on_a_day_does_not_date_the_exchange_that_fulfils_it():
    text = ("Russia and Ukraine completed the final stage of their largest prisoner exchange on Sunday. Over three days, the two "
            "sides swapped 1,000 prisoners each, fulfilling the one concrete agreement from talks in Istanbul on May 16.")
    got = [(f.value, f.event_date) for f in extract_article("a", text, date(2025, 5, 26), "en").figures]
    assert got == [(1000, date(2025, 5, 25))]


@pytest.mark.parametrize("text, expected", [
    # a nation that "was given" or "had been handed back" bodies received them: its own dead
    ("Kyiv received 1,000 bodies. Moscow said it had been given 24 bodies in return.", [(1000, "ukraine"), (24, "russia")]),
    ("Russia received 24 bodies. Ukraine was given 1,000 bodies in return.", [(24, "russia"), (1000, "ukraine")]),
    # what a nation has given is the other's
    ("Ukraine has given 24 bodies to Russia. Kyiv said it had been handed back 1,000 bodies.", [(24, "russia"), (1000, "ukraine")]),
])
def test_a_nation_given_bodies_receives_its_own(text, expected):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2025, 10, 2), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition opened by "including" does not say what happened to the whole; the verb after it does
    ("Ukraine's ombudsman estimates that over 10,000 Ukrainians, including some 2,000 civilians, are held by Russia.",
     [(10000, "other", "ukraine", False), (2000, "other", "ukraine", True)]),
    ("Over 10,000 Ukrainians, including 2,000 civilians, are still held in Russia.",
     [(10000, "other", "ukraine", False), (2000, "other", "ukraine", True)]),
    # (a count handed over keeps its verb before the number)
    ("Russia freed 100 Ukrainians, including 20 civilians who were flown to Kyiv.",
     [(100, "exchanged", "ukraine", False), (20, "exchanged", "ukraine", True)]),
])
def test_the_verb_after_an_including_apposition_gives_the_status(text, expected):
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in extract_article("a", text, date(2025, 8, 14), "en").figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # soldiers taken prisoner in battle are captured, like "captured 600": no exchange figure
    ("Ukraine's military says it has taken more than 600 Russian soldiers prisoner in Kursk.", []),
    ("Ukrainian forces took 40 Russian troops prisoner near Sudzha, the general staff said.", []),
    # what a side took in return is still the exchange's
    ("Russia handed over 100 Ukrainians, and Ukraine took 100 prisoners in return.", [(100, "exchanged"), (100, "exchanged")]),
])
def test_soldiers_taken_prisoner_in_battle_are_not_exchange_figures(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 8, 14), "en").figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    # German: "übergaben" hands over; "Verteidiger" are people; a compound "Gefangenenaustausch" on a day dates the lead
    ("de", "Beide Seiten übergaben jeweils 303 Kriegsgefangene, wie das Verteidigungsministerium mitteilte.",
     [(303, "exchanged", "both", None)]),
    ("de", "Selenskyj schrieb auf Telegram, 303 Verteidiger seien nach Hause zurückgekehrt.", [(303, "exchanged", "unknown", None)]),
    ("de", "Russland und die Ukraine haben am Sonntag die letzte Phase ihres Gefangenenaustauschs abgeschlossen. "
           "Beide Seiten übergaben jeweils 303 Kriegsgefangene.", [(303, "exchanged", "both", date(2025, 5, 25))]),
    # French: a running total since a month and year; people who "seraient encore détenus" are still held;
    # "La Russie a également récupéré 95 soldats" is Russia's own, not Ukraine's 95 again
    ("fr", "Plus de 3 700 Ukrainiens ont été libérés depuis février 2022.", [(3700, "cumulative_released", "ukraine", None)]),
    ("fr", "Environ 8 000 Ukrainiens seraient encore détenus en Russie.", [(8000, "other", "ukraine", None)]),
    ("fr", "Au total, 95 militaires ukrainiens ont été libérés vendredi. La Russie a également récupéré 95 soldats.",
     [(95, "exchanged", "ukraine", date(2025, 5, 23)), (95, "exchanged", "russia", date(2025, 5, 23))]),
])
def test_german_and_french_handovers_totals_and_people_still_held(language, text, expected):
    got = [(f.value, f.kind, f.side, f.event_date if f.kind == "exchanged" and expected[0][3] else None)
           for f in extract_article("a", text, date(2025, 5, 26), language).figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # what a side got "in return for" a count, or a group "exchanged for" one: that count is the other side's
    ("Kyiv got back 20 people in return for 14.", [(20, "exchanged", "ukraine"), (14, "exchanged", "russia")]),
    ("Russia got back 20 people in return for 14.", [(20, "exchanged", "russia"), (14, "exchanged", "ukraine")]),
    ("On December 29, 76 Ukrainians were exchanged for 124 people held by Kyiv.",
     [(76, "exchanged", "ukraine"), (124, "exchanged", "russia")]),
    # a people count before "and N bodies" is people, the bodies the next count's (not "1,000 vs 16 bodies")
    ("Russia received three servicemen and 42 bodies.", [(3, "exchanged", "russia"), (42, "bodies", "russia")]),
])
def test_counts_given_in_return_and_people_listed_before_bodies(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2020, 4, 17), "en").figures] == expected


def test_bodies_russia_is_prepared_to_transfer_are_ukraines():
    text = "Medinsky said Moscow was prepared to transfer a further 4,788 bodies over the coming days."
    assert [(f.value, f.kind, f.side, f.status) for f in extract_article("a", text, date(2025, 6, 12), "en").figures] == [
        (4788, "bodies", "ukraine", "offered")]


def test_the_days_count_after_a_running_total_is_that_days_exchange_not_a_part_of_the_total():
    text = ("Ukraine brought home 95 soldiers on Wednesday. Since February 2022, 3,405 Ukrainians have been released from "
            "captivity, 95 of them today.")
    got = [(f.value, f.kind, f.is_breakdown) for f in extract_article("a", text, date(2024, 7, 17), "en").figures]
    assert got == [(95, "exchanged", False), (3405, "cumulative_released", False)]


@pytest.mark.parametrize("text, expected", [
    # an ordinal in apposition to the exchange, followed by the exchange's verb
    ("The latest exchange, the 60th, brought home 189 people.", [(60, "exchange_ordinal"), (189, "exchanged")]),
    # (a day of the month is no ordinal of the series)
    ("The exchange, on the 15th, brought home 189 people.", [(189, "exchanged")]),
])
def test_an_ordinal_in_apposition_before_the_exchanges_verb(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 12, 31), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a nation's own forces named with its possessive: that nation's count
    ("On Friday, Ukraine's 75 soldiers and Russia's 75 servicemen were exchanged.", [(75, "exchanged", "ukraine"), (75, "exchanged", "russia")]),
    # a nation's count stated before and referred back to with its possessive is no new figure
    ("Russia and Ukraine swapped 75 prisoners each on Friday. Ukraine's 75 were taken to a hospital in Chernihiv.",
     [(75, "exchanged", "both")]),
    # (the other nation's equal count is its own)
    ("Ukraine got back 75 soldiers on Friday. Russia's 75 were flown to Moscow.", [(75, "exchanged", "ukraine"), (75, "exchanged", "russia")]),
])
def test_a_nations_possessive_names_its_own_people(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 10, 2), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline is the day the story was filed; the swap's own day in the sentence dates the mention
    ("KYIV, June 26 (Xinhua) -- Ukraine and Russia swapped 90 prisoners of war each on Tuesday, officials said.",
     [(date(2024, 6, 25), "Tuesday")]),
    # (a day it was said is no day of the swap: the dateline stays)
    ("MOSCOW, June 26 (TASS) - Ninety Russian servicemen have been returned, the ministry said on Tuesday.",
     [(date(2024, 6, 26), "June 26")]),
])
def test_a_datelines_day_yields_to_the_swaps_own_day_in_the_sentence(text, expected):
    got = [(m.event_date, text[m.char_start : m.char_end]) for m in extract_article("a", text, date(2024, 6, 26), "en").mentions]
    assert got == expected


def test_list_items_of_units_after_among_them_are_parts_of_the_count():
    text = ("189 Ukrainians are home!\nAmong them:\n▪️ 87 - Armed Forces of Ukraine\n▪️ 8 - Navy\n▪️ 43 - National Guard\n"
            "▪️ 51 - State Border Guard Service")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in extract_article("a", text, date(2024, 12, 30), "en").figures]
    assert got == [(189, "exchanged", "ukraine", False), (87, "exchanged", "ukraine", True), (8, "exchanged", "ukraine", True),
                   (43, "exchanged", "ukraine", True), (51, "exchanged", "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # handed over "to the Russian side" / "to the Ukrainian side": that side's dead
    ("Ukraine received the bodies of 79 soldiers, while 36 bodies were handed over to the Russian side.", [(79, "ukraine"), (36, "russia")]),
    ("Russia received 24 bodies, while 36 bodies were handed over to the Ukrainian side.", [(24, "russia"), (36, "ukraine")]),
    # ("according to the Russian side" is who says so, not where they went)
    ("Ukraine has received the bodies of 1,000 people who, according to the Russian side, are Ukrainian servicemen.", [(1000, "ukraine")]),
])
def test_bodies_handed_over_to_a_named_side(text, expected):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2023, 6, 16), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # an official's age after the name is no prisoner's age
    ("The sides agreed to swap 1,000 prisoners each. Ukraine's delegation was led by Defence Minister Rustem Umerov, 43.",
     [(1000, "agreed")]),
    # prisoners being flown to an exchange that did not happen are aboard, not exchanged; a plane's crew are no prisoners
    ("Moscow said 65 of them were Ukrainian prisoners of war being flown to an exchange, along with six crew members and three escorts.",
     [(65, "other")]),
])
def test_an_officials_age_prisoners_on_their_way_and_a_planes_crew(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 1, 25), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "put the number of its returnees at 207": the nation's own; "returning Ukrainians": Ukraine's; "spoke of" is a claim
    ("Ukraine put the number of its returnees at 207, while the Russian Defence Ministry spoke of 195 servicemen returned to Russia.",
     [(207, "ukraine", None, "Ukrainian government"), (195, "russia", None, "Russian Defence Ministry")]),
    ("Zelensky put the number of returning Ukrainians at 277.", [(277, "ukraine", None, "Volodymyr Zelensky")]),
    # "apiece" is so many each
    ("Moscow and Kyiv traded 246 POWs apiece on Saturday.", [(246, "both", "per_side", None)]),
])
def test_put_the_number_of_and_apiece(text, expected):
    got = [(f.value, f.side, f.scope, f.claimant) for f in extract_article("a", text, date(2025, 4, 19), "en").figures]
    assert got == expected


@pytest.mark.parametrize("language, text, expected", [
    # reflexive "вернулись" after "в Россию": the running total of those who came back to Russia
    ("ru", "Всего с начала специальной военной операции в Россию вернулись более 2 тысяч военнослужащих.",
     [(2000, "cumulative_released", "russia", None)]),
    # "Коордштаб" is the Coordination Headquarters
    ("uk", "В Україну повернули тіла 1212 загиблих захисників, повідомили в Коордштабі.",
     [(1212, "bodies", "ukraine", "Coordination Headquarters")]),
])
def test_russian_reflexive_returns_and_the_headquarters_short_name(language, text, expected):
    got = [(f.value, f.kind, f.side, f.claimant) for f in extract_article("a", text, date(2024, 6, 25), language).figures]
    assert got == expected


def test_the_counts_of_a_swap_days_before_are_undated_and_defence_intelligence_is_hur():
    text = ("Ukraine brought home 140 people on New Year's Eve, Zelensky's office said. It came days after an exchange of "
            "64 Ukrainian troops and two US citizens for 50 Russian soldiers. Ninety-five of the 140 had defended Azovstal, "
            "Ukraine's defence intelligence said.")
    got = [(f.value, f.event_date, f.claimant) for f in extract_article("a", text, date(2022, 12, 31), "en").figures]
    # ("Zelensky's office" is the presidential office, as the claimant aliases name it)
    assert got[:4] == [(140, date(2022, 12, 31), "Ukrainian government"), (64, None, "Ukrainian government"),
                       (2, None, "Ukrainian government"), (50, None, "Ukrainian government")]
    assert got[4][::2] == (95, "Ukrainian military intelligence (HUR)")


def test_a_key_numbers_box_with_dashes_and_a_label_naming_a_year():
    text = ("Key numbers\n• 4,552 – Ukrainians freed from Russian captivity since 2022\n• 64 – exchanges carried out\n"
            "• about 8,000 – Ukrainians still held, Kyiv estimates\nBy the numbers:\nPrisoners freed in 2025: 1,800+\n"
            "Bodies repatriated in June: 6,057")
    got = [(f.value, f.kind, f.side, f.event_date_precision) for f in extract_article("a", text, date(2025, 6, 18), "en").figures]
    assert got == [(4552, "cumulative_released", "ukraine", "day"), (64, "exchange_count", "both", "day"),
                   (8000, "other", "ukraine", "day"), (1800, "cumulative_released", "ukraine", "year"), (6057, "bodies", "unknown", "day")]


@pytest.mark.parametrize("published, text, expected", [
    # a running total "in 2024" after the count is that year's, also in an article of the next year
    (date(2025, 1, 10), "In total, 1,358 Ukrainians were freed in 2024.", (date(2024, 1, 1), "year", date(2024, 1, 1))),
    (date(2024, 12, 31), "In total, 1,358 Ukrainians were freed in 2024.", (date(2024, 1, 1), "year", date(2024, 1, 1))),
    # (a year inside the since-phrase starts the total)
    (date(2024, 12, 31), "4,552 people have been freed since the start of the invasion in 2022.",
     (date(2024, 12, 31), "day", date(2022, 2, 24))),
])
def test_a_running_total_in_a_named_year(published, text, expected):
    (f,) = extract_article("a", text, published, "en").figures
    assert (f.event_date, f.event_date_precision, f.since_date) == expected


@pytest.mark.parametrize("text, expected", [
    # people "were being held" are still held; soldiers a side "refused to take back" were not exchanged
    ("Ukrainian officials said more than 10,000 Ukrainian civilians were being held in Russia.", [(10000, "other", "ukraine")]),
    ("Russia and Ukraine exchanged 75 prisoners each. Moscow says Kyiv has refused to take back 935 of its soldiers.",
     [(75, "exchanged", "both"), (935, "other", "ukraine")]),
])
def test_people_being_held_and_soldiers_a_side_refused_to_take_back(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2024, 5, 31), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "N more" with a noun of its own after it is no count of people ("10 more Patriot systems")
    ("Ukraine and Russia exchanged 95 prisoners each. Zelensky said Ukraine needs 10 more Patriot systems.", [(95, "exchanged")]),
    # (with a verb after it, it is: "50 more were freed")
    ("Ukraine and Russia exchanged 95 prisoners each. Then 50 more were freed.", [(95, "exchanged"), (50, "exchanged")]),
])
def test_n_more_of_something_else(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 11, 19), "en").figures] == expected


@pytest.mark.parametrize("text", [
    # relatives and families of prisoners are no prisoners
    "A rally by 500 relatives of POWs was held in Kyiv after the exchange.",
    "Ukraine and Russia swapped prisoners; 200 families of POWs protested in Kyiv.",
])
def test_relatives_of_prisoners_are_not_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize("text, expected", [
    # "with Kyiv saying ... and Moscow saying ...": each count its own claimant
    ("Ukraine and Russia exchanged hundreds of prisoners on Monday, with Kyiv saying 189 of its citizens had come home and "
     "Moscow saying 150 Russian troops had been freed.", [(189, "Ukrainian government"), (150, "Russian government")]),
    ("Zelensky warned that identification would be slow, saying only 14% of the remains handed over had been identified.",
     [(14, "Volodymyr Zelensky")]),
])
def test_saying_attributes_a_count(text, expected):
    assert [(f.value, f.claimant) for f in extract_article("a", text, date(2024, 12, 31), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "traded N soldiers each" is a swap, in a sentence with no other word of one
    ("Russia and Ukraine traded 205 soldiers each on Thursday.", [(205, "exchanged", "both")]),
    # a nation that "has returned home" soldiers got its own back
    ("Moscow has returned home 205 soldiers on Thursday.", [(205, "exchanged", "russia")]),
])
def test_traded_soldiers_and_a_nation_that_returned_home_its_own(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 6, 20), "en").figures] == expected


def test_who_reported_it_not_the_outlet_passing_it_on():
    text = ("Ukraine brings home 150 prisoners from Russian captivity. This was reported by the Coordination Headquarters for "
            "the Treatment of Prisoners of War, Ukrinform reports.")
    assert [(f.value, f.claimant) for f in extract_article("a", text, date(2024, 12, 30), "en").figures] == [(150, "Coordination Headquarters")]


@pytest.mark.parametrize("text, expected", [
    # "going the other way" is opposite the count before it, whichever way that went
    ("Kyiv handed over 233 people to the rebels on Wednesday, with 73 going the other way.", [(233, "russia"), (73, "ukraine")]),
    ("Ukraine got back 230 people on Wednesday, with 248 going the other way.", [(230, "ukraine"), (248, "russia")]),
])
def test_the_other_way_is_opposite_the_count_before(text, expected):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2017, 12, 28), "en").figures] == expected


def test_soldiers_in_rebel_hands_are_still_held():
    text = "Ukraine and the separatists exchanged 36 for 32 prisoners. Kiev says around 1,000 of its soldiers remain in rebel hands."
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2014, 9, 21), "en").figures if f.value == 1000] == [(1000, "other")]


def test_the_parts_a_per_side_count_comprised_are_each_sides_whoever_lists_them():
    text = "The 390 freed by each side comprised 270 soldiers and 120 civilians, Russia's defence ministry said."
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in extract_article("a", text, date(2025, 5, 24), "en").figures]
    assert got == [(390, "both", "per_side", False), (270, "both", "per_side", True), (120, "both", "per_side", True)]


@pytest.mark.parametrize("text, side", [
    # soldiers captured in the Kursk region with no nation named are Russia's (taken in Ukraine's incursion there)
    ("Russia has returned 103 servicemen captured in the Kursk region.", "russia"),
    # (a nation named says whose they are)
    ("Ukraine freed 103 Ukrainian soldiers captured in the Kursk region.", "ukraine"),
])
def test_servicemen_captured_in_kursk(text, side):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2024, 9, 14), "en").figures] == [(103, side)]


def test_the_dead_a_nation_returned_in_turn_are_the_others():
    text = "Russia has handed over more than 6,000 bodies since June, while Ukraine has returned about 500."
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 6, 20), "en").figures] == [
        (6000, "bodies", "ukraine"), (500, "bodies", "russia")]


def test_a_feature_about_one_returnee():
    text = ("When the bus carrying 84 freed Ukrainians crossed the border on Thursday, Oleksandr, 34, pressed his face to the "
            "window. He had spent 1,000 days in Russian captivity, most of them in a prison in Taganrog, where he shared a cell "
            'with 12 other men. "We were beaten every day," he said. Of the 84, 33 were soldiers and 51 civilians, according '
            "to the Coordination Headquarters. His mother, 61, had waited for him at the gate for three years.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in extract_article("a", text, date(2025, 6, 14), "en").figures]
    # his age after the day's comma; the men in his cell are no count; the parts of the 84 however far from it; his
    # mother's age is no prisoner's
    assert got == [(84, "exchanged", "ukraine", False), (34, "age", "unknown", False),
                   (33, "exchanged", "ukraine", True), (51, "exchanged", "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # "a swap of 233 for 73" is one count each way, not both sides together
    ("Swaps have freed thousands of prisoners. Compare that with the Minsk era, when a single swap of 233 for 73 in "
     "December 2017 took years to negotiate.", [(233, "unknown"), (73, "unknown")]),
    # "each one matters" is no "each side"
    ("For the families of the roughly 8,000 Ukrainians still held, each one matters.", [(8000, "ukraine")]),
])
def test_a_swap_of_n_for_m_and_each_one(text, expected):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2025, 10, 10), "en").figures] == expected


@pytest.mark.parametrize("published, text, since", [
    # a running total's start named relative to the article's day
    (date(2023, 8, 7), "Over 2,600 Ukrainians have been returned home in prisoner swaps since February last year.", date(2022, 2, 1)),
    (date(2023, 8, 7), "Since last March, 1,200 Ukrainians have been freed in exchanges.", date(2023, 3, 1)),
    (date(2023, 2, 7), "Since last March, 1,200 Ukrainians have been freed in exchanges.", date(2022, 3, 1)),
    (date(2023, 2, 7), "Since the start of last year, Russia has freed 1,700 Ukrainian prisoners.", date(2022, 1, 1)),
])
def test_a_running_totals_start_relative_to_the_article(published, text, since):
    (f,) = extract_article("a", text, published, "en").figures
    assert (f.kind, f.since_date) == ("cumulative_released", since)


def test_a_headlines_additional_group_is_the_one_the_lede_gives_a_side():
    text = ("Ukraine and Russia exchange 185 POWs each, plus 20 civilians\n\nUkraine and Russia each released 185 prisoners of war "
            "on Thursday. Ukraine also got back 20 civilians, Zelenskyy said.")
    got = [(f.value, f.kind, f.side, f.is_additional, f.char_start) for f in extract_article("a", text, date(2025, 10, 2), "en").figures]
    assert got == [(185, "exchanged", "both", False, text.index("185")), (20, "exchanged", "ukraine", True, text.index("20 civilians"))]


@pytest.mark.parametrize("text, expected", [
    # the dead of a plane crash, a demand, and an entry ban are no one handed over
    ("Russia and Ukraine swapped 35 prisoners each. Among those handed to Russia was a witness in the downing of flight MH17, "
     "in which all 298 people on board were killed.", [(35, "exchanged")]),
    ("Kyiv handed over 124 people to the rebels and received 76 in return. The rebels had originally asked for 87.",
     [(124, "exchanged"), (76, "exchanged"), (87, "other")]),
    ("Russia and Ukraine each returned 90 prisoners of war. Russia's foreign ministry said it was banning entry to 81 EU officials.",
     [(90, "exchanged")]),
])
def test_the_dead_of_a_crash_a_demand_and_an_entry_ban(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 6, 25), "en").figures] == expected


@pytest.mark.parametrize("text", [
    # N for N told as done: after a label that says the stage is over, or after a sentence that says it was held
    "Ukraine and Russia held the second stage of their prisoner exchange. Second stage done: 307 for 307, says Zelenskyy.",
    "Ukraine and Russia held the second stage of their prisoner exchange on Saturday: 307 for 307.",
    "Ukraine and Russia held the second stage of their prisoner exchange. It was 307 for 307, Zelenskyy said.",
])
def test_n_for_n_told_as_done(text):
    (f,) = [f for f in extract_article("a", text, date(2025, 5, 25), "en").figures if f.value == 307]
    assert (f.kind, f.status, f.scope) == ("exchanged", "completed", "per_side")


@pytest.mark.parametrize("language, text, expected", [
    # the bodies of the deal's next term are not the N-for-N's
    ("ru", "Ранее стороны договорились об обмене по формуле «1200 на 1200», а также о передаче Украине 6000 тел погибших военных.",
     [(1200, "agreed"), (6000, "bodies")]),
    ("en", "The sides agreed to swap 1,200 for 1,200 as well as to return 6,000 bodies of fallen soldiers.", [(1200, "agreed"), (6000, "bodies")]),
    # (named in its own clause they are)
    ("en", "The sides agreed on a 6,000-for-6,000 exchange of bodies.", [(6000, "bodies")]),
])
def test_bodies_of_the_next_term_are_not_the_n_for_ns(language, text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 6, 10), language).figures] == expected


@pytest.mark.parametrize("text, side", [
    # the nation that acts gets back its own; a nation after "with" is the other party
    ("Ukraine carried out its biggest prisoner swap with Russia, getting back 144 soldiers.", "ukraine"),
    ("Ukraine says it has carried out its biggest prisoner swap with Russia since the invasion began, getting back 144 soldiers.", "ukraine"),
    ("Russia carried out a prisoner swap with Ukraine on Wednesday, receiving 144 of its servicemen.", "russia"),
    ("Ukraine said that 185 of its soldiers had returned from captivity.", "ukraine"),
])
def test_the_nation_that_acts_gets_back_its_own(text, side):
    (f,) = extract_article("a", text, date(2022, 6, 29), "en").figures
    assert (f.kind, f.side) == ("exchanged", side)


def test_a_total_over_the_first_half_of_the_year_starts_on_its_first_day():
    (f,) = extract_article("a", "In total, 2,182 Ukrainians were freed in the first half of the year, officials say.", date(2025, 6, 18), "en").figures
    assert (f.kind, f.since_date) == ("cumulative_released", date(2025, 1, 1))


@pytest.mark.parametrize("text, expected", [
    # a capacity and people "still there" are no one handed over
    ("He was freed in the 50th exchange. In the detention centre, 12 men shared a cell built for four.", [(50, "exchange_ordinal")]),
    ("He was freed in the 50th exchange. He said at least 20 men from his battalion are still there.", [(50, "exchange_ordinal"), (20, "other")]),
])
def test_a_cells_capacity_and_men_still_there(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 2, 10), "en").figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    # running totals "since February 2022" and "so far", and counts of exchanges, in Spanish, Italian and Polish
    ("es", "Rusia y Ucrania canjearon 390 prisioneros cada uno. Desde febrero de 2022, más de 4.500 ucranianos han sido liberados en 63 intercambios.",
     [(390, "exchanged", None), (4500, "cumulative_released", date(2022, 2, 1)), (63, "exchange_count", None)]),
    ("it", "Ucraina e Russia si sono scambiate 90 prigionieri ciascuna. Secondo Kiev, finora sono stati liberati oltre 3.300 ucraini.",
     [(90, "exchanged", None), (3300, "cumulative_released", None)]),
    # "Rosja odzyskała 150 swoich wojskowych": Russia's own, not the Ukrainians' count again
    ("pl", "Do domu wróciło 150 ukraińskich żołnierzy, a Rosja odzyskała 150 swoich wojskowych.",
     [(150, "exchanged", None), (150, "exchanged", None)]),
])
def test_running_totals_and_sides_in_spanish_italian_polish(language, text, expected):
    assert [(f.value, f.kind, f.since_date) for f in extract_article("a", text, date(2025, 5, 23), language).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # prisoners of war killed are the prisoners' fate (`other`), like those said to be aboard a plane; others killed are no figure
    ("At least 53 Ukrainian prisoners of war were killed and 75 wounded in a strike on a prison in Olenivka.", [(53, "other")]),
    ("Moscow said 65 Ukrainian POWs were killed when the plane crashed in the Belgorod region.", [(65, "other")]),
    ("Moscow said 65 Ukrainian prisoners of war were killed when the plane crashed.", [(65, "other")]),
    # (executions stay out, as before: see test_role_holders_blocked_returns_executions_and_brought_home)
    ("Russia and Ukraine swapped 200 prisoners. Three soldiers were killed in the fighting near Bakhmut on Monday.", [(200, "exchanged")]),
])
def test_prisoners_killed_are_their_fate(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 1, 25), "en").figures] == expected


@pytest.mark.parametrize("text, kind", [
    # "In all, N" opens a running total, unless the sentence ties it to one swap (a day, the swap's days, both nations' counts)
    ("In all, nearly 2,000 people were freed: 1,000 Ukrainians and 1,000 Russians.", "exchanged"),
    ("In all, nearly 2,000 people were freed on Sunday.", "exchanged"),
    ("In all, 2,000 people were freed over the three days.", "exchanged"),
    ("In all, 3,767 Ukrainians have come home.", "cumulative_released"),
])
def test_in_all_opens_a_running_total_unless_tied_to_one_swap(text, kind):
    assert extract_article("a", text, date(2025, 5, 25), "en").figures[0].kind == kind


@pytest.mark.parametrize("text", [
    # prisoners an operation "yielded" or "netted" are captured, not handed over (like "captured 700")
    "Russia and Ukraine exchanged 175 prisoners each. The Kursk operation yielded more than 700 Russian prisoners, Zelensky said.",
    "Russia and Ukraine exchanged 175 prisoners each. The incursion netted more than 700 Russian soldiers.",
])
def test_prisoners_an_operation_yielded_are_captured(text):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 3, 1), "en").figures] == [(175, "exchanged")]


@pytest.mark.parametrize("language, text, expected", [
    # a group first read as a part of the count beside it, told again as one more group, is one group
    ("uk", "Україна повернула з російського полону 146 військових та 8 цивільних. Також додому повернулися вісім цивільних, "
           "яких Росія незаконно утримувала з 2014 року.", [(146, "exchanged"), (8, "exchanged")]),
    # "особу" (one person, the case after a number ending in 1) counts people
    ("uk", "Від початку повномасштабного вторгнення з полону вдалося повернути 6 141 особу, зазначили в штабі.",
     [(6141, "cumulative_released")]),
    # Russian and Ukrainian ordinals in every gender, of mediations too
    ("ru", "Россия вернула из украинского плена 150 военнослужащих. Это уже 11-е посредничество ОАЭ в этом году.",
     [(150, "exchanged"), (11, "exchange_ordinal")]),
    ("uk", "Україна повернула 150 військових. Це вже 11-те посередництво ОАЕ цього року.", [(150, "exchanged"), (11, "exchange_ordinal")]),
])
def test_ukrainian_and_russian_groups_people_and_ordinals(language, text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 8, 24), language).figures] == expected


@pytest.mark.parametrize("published, text, expected", [
    # a year's share of a running total, told with no noun of its own, or told "this year alone"
    (date(2024, 12, 30), "Zelensky said the country had returned 3,956 people since the beginning of the war, and 1,358 this year alone.",
     [(3956, "cumulative_released", date(2022, 2, 24)), (1358, "cumulative_released", date(2024, 1, 1))]),
    (date(2025, 1, 10), "Ukraine has returned 3,956 people since the war began, including 1,358 last year.",
     [(3956, "cumulative_released", date(2022, 2, 24)), (1358, "cumulative_released", date(2024, 1, 1))]),
    (date(2024, 12, 30), "Zelensky said 1,358 people had been returned this year alone.", [(1358, "cumulative_released", date(2024, 1, 1))]),
    # people on the lists for an exchange are still held
    (date(2024, 12, 30), "A further 1,200 Ukrainians remain on lists for exchange, the Coordination Headquarters said.", [(1200, "other", None)]),
])
def test_a_years_share_of_a_running_total_and_people_on_the_lists(published, text, expected):
    assert [(f.value, f.kind, f.since_date) for f in extract_article("a", text, published, "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # an answer with no noun of its own is read with the question's noun and verb
    ("Russia and Ukraine swapped 84 prisoners each on Thursday.\nQ: How many exchanges have there been?\nA: Sixty-four, by Kyiv's count.",
     [(84, "exchanged"), (64, "exchange_count")]),
    ("Russia and Ukraine swapped 84 prisoners each on Thursday.\nHow many exchanges have there been? Sixty-four.",
     [(84, "exchanged"), (64, "exchange_count")]),
    ("Russia and Ukraine swapped 84 prisoners each on Thursday.\nHow many prisoners are still held? About 8,000, officials say.",
     [(84, "exchanged"), (8000, "other")]),
])
def test_an_answer_is_read_with_its_question(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 6, 20), "en").figures] == expected


@pytest.mark.parametrize("language, text, kind", [
    # a swap held "by the formula" N for N is done; the formula alone makes no deal
    ("ru", "Россия и Украина в пятницу провели обмен военнопленными по формуле 95 на 95, сообщило Минобороны РФ.", "exchanged"),
    ("ru", "Стороны договорились провести обмен по формуле 95 на 95.", "agreed"),
])
def test_a_swap_held_by_the_formula(language, text, kind):
    assert [f.kind for f in extract_article("a", text, date(2024, 10, 18), language).figures] == [kind]


@pytest.mark.parametrize("language, text, expected", [
    # the day of an earlier swap ("Zuletzt ... am 30. Dezember", "Le précédent échange remontait au 16 juillet") does not date the article's swap
    ("de", "Russland und die Ukraine haben erneut Kriegsgefangene ausgetauscht. Jede Seite habe 150 Gefangene freigelassen. "
           "Zuletzt hatten beide Seiten am 30. Dezember Gefangene ausgetauscht.", [(150, "exchanged", date(2025, 2, 5))]),
    ("fr", "La Russie et l'Ukraine ont échangé 115 prisonniers chacune. Le précédent échange remontait au 16 juillet, lorsque 95 prisonniers "
           "avaient été libérés de part et d'autre.", [(115, "exchanged", date(2025, 2, 5)), (95, "exchanged", date(2024, 7, 16))]),
    # "Усього" opens a running total
    ("uk", "Це 61-й обмін з початку повномасштабного вторгнення. Усього з полону повернули 4 131 українця.",
     [(61, "exchange_ordinal", date(2025, 2, 5)), (4131, "cumulative_released", date(2025, 2, 5))]),
])
def test_the_day_of_an_earlier_swap_in_other_languages(language, text, expected):
    assert [(f.value, f.kind, f.event_date) for f in extract_article("a", text, date(2025, 2, 5), language).figures] == expected


@pytest.mark.parametrize("language, text, value", [
    # Russian and Ukrainian cardinals of any length, thousands and a half included
    ("ru", "Россия вернула из плена двести сорок шесть военнослужащих", 246),
    ("uk", "Україна повернула з полону двісті сімдесят сім захисників", 277),
    ("uk", "додому повернулися вже понад чотири тисячі українців", 4000),
    ("ru", "из плена вернулись более полутора тысяч российских военных", 1500),
    ("ru", "всего три тысячи двести пленных", 3200),
    ("uk", "двадцять п'ять полонених", 25),
])
def test_russian_and_ukrainian_cardinals_of_any_length(language, text, value):
    (n,) = find_numbers(text, language)
    assert n.value == value


@pytest.mark.parametrize("language, text", [
    # no number: "one of them", "two years", "several thousand"
    ("ru", "один из них вернулся через двух лет"),
    ("ru", "несколько тысяч пленных"),
])
def test_russian_words_that_are_no_number(language, text):
    assert find_numbers(text, language) == []


@pytest.mark.parametrize("language, text, expected", [
    # Russian and Ukrainian age ranges
    ("ru", "Россия вернула из плена 246 военнослужащих. Возраст освобожденных – от 19 до 56 лет.", [(246, None, "exchanged"), (19, 56, "age")]),
    ("ru", "Россия вернула 246 военнослужащих в возрасте от 20 до 45 лет.", [(246, None, "exchanged"), (20, 45, "age")]),
    ("uk", "Україна повернула 277 захисників. Їм від 20 до 60 років.", [(277, None, "exchanged"), (20, 60, "age")]),
    # (a prison term is no age)
    ("ru", "Россия вернула 246 военнослужащих. Их приговорили к срокам от 10 до 15 лет.", [(246, None, "exchanged")]),
])
def test_russian_and_ukrainian_age_ranges(language, text, expected):
    assert [(f.value, f.value_high, f.kind) for f in extract_article("a", text, date(2025, 4, 19), language).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a running total "since June" (no year) starts in this year's June; a handover "expected in August" is the coming August
    ("Since June, Russia has handed over more than 6,000 bodies under the Istanbul agreement.", (6000, "bodies", None, date(2025, 6, 1))),
    ("The next repatriation is expected in August, when Russia plans to hand over another 1,000 bodies.",
     (1000, "bodies", date(2025, 8, 1), None)),
])
def test_a_month_with_no_year_before_or_ahead(text, expected):
    (f,) = extract_article("a", text, date(2025, 7, 17), "en").figures
    assert (f.value, f.kind, f.event_date if f.status != "completed" else None, f.since_date) == expected


def test_people_involved_in_n_exchanges_are_their_running_total():
    text = "The UAE has mediated 13 exchanges involving 2,700 prisoners."
    assert [(f.value, f.kind, f.side, f.scope) for f in extract_article("a", text, date(2025, 1, 1), "en").figures] == [
        (13, "exchange_count", "both", None), (2700, "cumulative_released", "both", "total")]


@pytest.mark.parametrize("text, expected", [
    # a correction notice: the retracted figure stays out, the clause that gives the right one counts
    ("Correction: An earlier version of this article said about 300 prisoners were freed by each side; in fact 150 were freed by each side.",
     [(150, "exchanged", "per_side")]),
    ("An earlier version of this story misstated the number of prisoners freed. The correct figure is 150 per side.",
     [(150, "exchanged", "per_side")]),
    ("An earlier version of this story said 300 prisoners were freed.", []),
])
def test_a_correction_notice_keeps_the_right_figure(text, expected):
    assert [(f.value, f.kind, f.scope) for f in extract_article("a", text, date(2025, 1, 1), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # people somewhere and the wounded of the fighting are no one handed over; the wounded among the freed are
    ("Russia and Ukraine swapped 150 prisoners each. There were 15 Ukrainian soldiers in the trench when it was overrun.", [150]),
    ("Russia and Ukraine swapped 150 prisoners each. The unit said 70 of its soldiers had been wounded in the fighting near Pokrovsk.", [150]),
    ("Russia and Ukraine swapped 150 prisoners each. Ten of them were wounded.", [150, 10]),
    ("Russia and Ukraine swapped 150 prisoners each. There were 15 civilians among those freed.", [150, 15]),
])
def test_people_in_a_trench_and_the_wounded_of_the_fighting(text, expected):
    assert [f.value for f in extract_article("a", text, date(2025, 1, 1), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # ages "ranging from" one to the other, and an average age
    ("Ukraine got back 150 soldiers on Tuesday, with ages ranging from 19 to 64.", [(150, None, "exchanged"), (19, 64, "age")]),
    ("Ukraine got back 150 soldiers on Tuesday. The average age was 34.", [(150, None, "exchanged"), (34, None, "age")]),
])
def test_ages_ranging_and_an_average_age(text, expected):
    assert [(f.value, f.value_high, f.kind) for f in extract_article("a", text, date(2025, 1, 1), "en").figures] == expected


@pytest.mark.parametrize("verb", ["walked free", "were set free", "were traded"])
@pytest.mark.parametrize("noun", ["defenders", "troops", "marines", "border guards", "civilians", "citizens", "people"])
def test_walked_free_set_free_and_traded(noun, verb):
    text = f"On Tuesday, 84 Ukrainian {noun} {verb}, officials said."
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 8, 14), "en").figures] == [(84, "exchanged", "ukraine")]


@pytest.mark.parametrize("language, text, expected", [
    # the common wordings of a swap, a running total, an ordinal, bodies, a deal and people still held, language by language
    ("de", "Russland und die Ukraine haben je 84 Gefangene ausgetauscht.", (84, "exchanged", "both")),
    ("de", "84 ukrainische Soldaten kehrten aus russischer Gefangenschaft zurück.", (84, "exchanged", "ukraine")),
    ("de", "Die Ukraine erhielt 84 Soldaten zurück.", (84, "exchanged", "ukraine")),
    ("de", "Russland übergab 84 ukrainische Kriegsgefangene.", (84, "exchanged", "ukraine")),
    ("de", "Insgesamt wurden seit Kriegsbeginn mehr als 4000 Ukrainer freigelassen.", (4000, "cumulative_released", "ukraine")),
    ("de", "Es war der 60. Gefangenenaustausch seit Kriegsbeginn.", (60, "exchange_ordinal", "both")),
    ("de", "Die Ukraine erhielt die Leichen von 1000 gefallenen Soldaten.", (1000, "bodies", "ukraine")),
    ("de", "Die Seiten vereinbarten einen Austausch von 1000 gegen 1000 Gefangenen.", (1000, "agreed", "both")),
    ("de", "Noch immer befinden sich rund 8000 Ukrainer in russischer Gefangenschaft.", (8000, "other", "ukraine")),
    ("fr", "La Russie et l'Ukraine ont échangé 84 prisonniers chacune.", (84, "exchanged", "both")),
    ("fr", "84 soldats ukrainiens sont rentrés de captivité russe.", (84, "exchanged", "ukraine")),
    ("fr", "L'Ukraine a récupéré 84 soldats.", (84, "exchanged", "ukraine")),
    ("fr", "Au total, plus de 4000 Ukrainiens ont été libérés depuis le début de la guerre.", (4000, "cumulative_released", "ukraine")),
    ("fr", "Il s'agit du 60e échange depuis le début de l'invasion.", (60, "exchange_ordinal", "both")),
    ("fr", "L'Ukraine a reçu les corps de 1000 soldats tués.", (1000, "bodies", "ukraine")),
    ("fr", "Les deux camps se sont mis d'accord sur un échange de 1000 contre 1000 prisonniers.", (1000, "agreed", "both")),
    ("fr", "Environ 8000 Ukrainiens seraient encore détenus en Russie.", (8000, "other", "ukraine")),
    ("es", "Rusia y Ucrania intercambiaron 84 prisioneros cada uno.", (84, "exchanged", "both")),
    ("es", "Ucrania recuperó a 84 soldados.", (84, "exchanged", "ukraine")),
    ("es", "En total, más de 4.000 ucranianos han sido liberados desde el inicio de la guerra.", (4000, "cumulative_released", "ukraine")),
    ("es", "Es el 60º intercambio desde el inicio de la invasión.", (60, "exchange_ordinal", "both")),
    ("es", "Ucrania recibió los cuerpos de 1.000 soldados.", (1000, "bodies", "ukraine")),
    ("es", "Las partes acordaron un canje de 1.000 por 1.000 prisioneros.", (1000, "agreed", "both")),
    ("it", "L'Ucraina ha ricevuto i corpi di 1.000 soldati caduti.", (1000, "bodies", "ukraine")),
    ("pl", "Ukraina otrzymała ciała 1000 poległych żołnierzy.", (1000, "bodies", "ukraine")),
    ("uk", "Україна та Росія обміняли по 84 полонених.", (84, "exchanged", "both")),
    ("uk", "Додому повернулися 84 українські військові.", (84, "exchanged", "ukraine")),
    ("uk", "Загалом з початку війни з полону повернули понад 4000 українців.", (4000, "cumulative_released", "ukraine")),
    ("uk", "Це 60-й обмін з початку повномасштабного вторгнення.", (60, "exchange_ordinal", "both")),
    ("uk", "Україні передали тіла 1000 загиблих військових.", (1000, "bodies", "ukraine")),
    ("uk", "Сторони домовилися про обмін 1000 на 1000.", (1000, "agreed", "both")),
    ("uk", "У російському полоні досі перебувають близько 8000 українців.", (8000, "other", "ukraine")),
    ("ru", "Россия и Украина обменялись 84 пленными.", (84, "exchanged", "both")),
    ("ru", "Из украинского плена возвращены 84 российских военнослужащих.", (84, "exchanged", "russia")),
    ("ru", "Всего с начала года из плена вернулись более 1000 российских военных.", (1000, "cumulative_released", "russia")),
    ("ru", "Это 60-й обмен с начала специальной военной операции.", (60, "exchange_ordinal", "both")),
    ("ru", "Украине передали тела 1000 погибших военных.", (1000, "bodies", "ukraine")),
    ("ru", "Стороны договорились об обмене 1000 на 1000.", (1000, "agreed", "both")),
])
def test_common_wordings_in_other_languages(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 8, 14), language).figures] == [expected]


@pytest.mark.parametrize("language, text", [
    # "the return of N" in other languages; "Киев получил N": Kyiv's own
    ("fr", "Kiev a annoncé le retour de 189 Ukrainiens."),
    ("es", "Kiev anunció el regreso de 189 ucranianos."),
    ("it", "Kiev ha annunciato il ritorno di 189 ucraini."),
    ("ru", "Киев получил 189 военнопленных."),
])
def test_the_return_of_n_and_kyiv_received_in_other_languages(language, text):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 8, 14), language).figures] == [(189, "exchanged", "ukraine")]


@pytest.mark.parametrize("language, text, expected", [
    # the swap named first, then the verb that says it took place: its N-for-N is done
    ("uk", "Обмін відбувся у форматі 95 на 95.", (95, "exchanged", "both")),
    ("en", "The exchange took place in a 95-for-95 format.", (95, "exchanged", "both")),
    ("en", "The sides agreed on an exchange in a 1000-for-1000 format.", (1000, "agreed", "both")),
    # bodies "до України" are Ukraine's
    ("uk", "До України повернулися тіла 757 полеглих.", (757, "bodies", "ukraine")),
])
def test_a_swap_that_took_place_in_a_format_and_bodies_to_ukraine(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 8, 14), language).figures] == [expected]

# a sentence that names a swap, before the sentence under test ("wordings of a swap" tests)
_SWAP_NAMED = {"ru": "Россия и Украина провели обмен пленными. ", "de": "Russland und die Ukraine haben Gefangene ausgetauscht. ",
               "fr": "La Russie et l'Ukraine ont échangé des prisonniers. ", "es": "Rusia y Ucrania intercambiaron prisioneros. ",
               "it": "Russia e Ucraina si sono scambiate prigionieri. ", "pl": "Rosja i Ukraina przeprowadziły wymianę jeńców. "}


def _after_a_named_swap(language: str, text: str) -> list[tuple]:
    return [(f.value, f.kind, f.side) for f in extract_article("a", _SWAP_NAMED[language] + text, date(2025, 8, 14), language).figures]



@pytest.mark.parametrize("text, expected", [
    # Russian wordings of a swap (Moscow's own outlets), after a sentence that names it
    ("С подконтрольной Киеву территории возвращены 84 российских военнослужащих.", [(84, "exchanged", "russia")]),
    ("В обмен переданы 84 военнопленных ВСУ.", [(84, "exchanged", "ukraine")]),
    ("Россия вернула на родину 84 военных.", [(84, "exchanged", "russia")]),
    ("Из плена освобождены 84 украинских военных.", [(84, "exchanged", "ukraine")]),
    ("Украина передала России тела 84 погибших военнослужащих.", [(84, "bodies", "russia")]),
    ("Россия передала Украине тела 1000 погибших военнослужащих ВСУ.", [(1000, "bodies", "ukraine")]),
    ("Всего с начала СВО из плена вернулись более 2000 российских военных.", [(2000, "cumulative_released", "russia")]),
    ("Обмен прошел в формате 84 на 84.", [(84, "exchanged", "both")]),
    ("Стороны обменялись пленными по формуле 84 на 84.", [(84, "exchanged", "both")]),
    ("Это уже шестой обмен в этом году.", [(6, "exchange_ordinal", "both")]),
    ("Посредником в обмене выступили ОАЭ, это их 15-е посредничество.", [(15, "exchange_ordinal", "both")]),
    ("В украинском плену остаются около 800 российских военных.", [(800, "other", "russia")]),
    # (an age limit of a release still to come is a term of the deal, both sides', as "will be freed" is in English)
    ("Российские военнослужащие в возрасте до 25 лет будут освобождены.", [(25, "age", "both")]),
])
def test_russian_wordings_of_a_swap(text, expected):
    assert _after_a_named_swap("ru", text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # German and French wordings of a swap, after a sentence that names it
    ("de", "Der Austausch fand im Format 84 gegen 84 statt.", [(84, "exchanged", "both")]),
    ("de", "Im Gegenzug übergab Kiew 84 russische Soldaten.", [(84, "exchanged", "russia")]),
    ("de", "Nach Angaben Kiews kehrten 84 Ukrainer heim.", [(84, "exchanged", "ukraine")]),
    ("de", "Es handelte sich um den 60. Austausch seit Beginn der Invasion.", [(60, "exchange_ordinal", "both")]),
    ("de", "Bislang kamen mehr als 5000 Ukrainer frei.", [(5000, "cumulative_released", "ukraine")]),
    ("de", "Der jüngste Freigelassene ist 19 Jahre alt.", [(19, "age", "unknown")]),
    ("de", "Nach Schätzungen sind noch 8000 Ukrainer in Gefangenschaft.", [(8000, "other", "ukraine")]),
    ("de", "Moskau übergab zudem die Leichen von 1000 gefallenen ukrainischen Soldaten.", [(1000, "bodies", "ukraine")]),
    ("de", "Beide Seiten hatten sich auf einen Austausch von 1200 gegen 1200 geeinigt.", [(1200, "agreed", "both")]),
    ("fr", "L'échange a eu lieu selon la formule 84 contre 84.", [(84, "exchanged", "both")]),
    ("fr", "En échange, Kiev a remis 84 soldats russes.", [(84, "exchanged", "russia")]),
    ("fr", "Il s'agit du 60e échange depuis le début de l'invasion.", [(60, "exchange_ordinal", "both")]),
    ("fr", "Jusqu'à présent, plus de 5000 Ukrainiens ont été libérés.", [(5000, "cumulative_released", "ukraine")]),
    ("fr", "Quelque 8000 Ukrainiens seraient toujours détenus par la Russie.", [(8000, "other", "ukraine")]),
    ("fr", "Les deux parties s'étaient mises d'accord sur un échange de 1200 contre 1200.", [(1200, "agreed", "both")]),
])
def test_german_and_french_wordings_of_a_swap(language, text, expected):
    assert _after_a_named_swap(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # Spanish and Italian wordings of a swap, after a sentence that names it
    ("es", "El canje se realizó en el formato 84 por 84.", [(84, "exchanged", "both")]),
    ("es", "A cambio, Kiev entregó a 84 soldados rusos.", [(84, "exchanged", "russia")]),
    ("es", "Se trata del 60º intercambio desde el inicio de la invasión.", [(60, "exchange_ordinal", "both")]),
    ("es", "Hasta ahora, más de 5.000 ucranianos han sido liberados.", [(5000, "cumulative_released", "ukraine")]),
    ("es", "El más joven de los liberados tiene 19 años.", [(19, "age", "unknown")]),
    ("es", "Unos 8.000 ucranianos siguen en cautiverio ruso.", [(8000, "other", "ukraine")]),
    ("es", "Moscú también entregó los cuerpos de 1.000 soldados ucranianos.", [(1000, "bodies", "ukraine")]),
    ("es", "Ambas partes acordaron un canje de 1.200 por 1.200.", [(1200, "agreed", "both")]),
    ("it", "Lo scambio è avvenuto nel formato 84 per 84.", [(84, "exchanged", "both")]),
    ("it", "In cambio, Kiev ha consegnato 84 soldati russi.", [(84, "exchanged", "russia")]),
    ("it", "Finora sono stati liberati oltre 5.000 ucraini.", [(5000, "cumulative_released", "ukraine")]),
    ("it", "Il più giovane dei liberati ha 19 anni.", [(19, "age", "unknown")]),
    ("it", "Circa 8.000 ucraini sono ancora prigionieri in Russia.", [(8000, "other", "ukraine")]),
    ("it", "Le parti hanno concordato uno scambio di 1.200 per 1.200.", [(1200, "agreed", "both")]),
])
def test_spanish_and_italian_wordings_of_a_swap(language, text, expected):
    assert _after_a_named_swap(language, text) == expected


@pytest.mark.parametrize("text", [
    # a telephone number is no count
    "Relatives can call the Coordination Headquarters hotline at 0 800 300 545 or +380 44 287 5696.",
    "For information call +7 (495) 696-88-00.",
])
def test_a_telephone_number_is_no_count(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text, expected", [
    # a proposal "exchanging" N for N, a swap "expected this week", and a side's request that the other release people
    ("Kyiv proposed exchanging 1,000 for 1,000.", [(1000, "offered", "offered")]),
    ("A swap of 1,000 prisoners each is expected this week.", [(1000, "agreed", "planned")]),
    ("Ukraine has asked Russia to release 500 civilians.", [(500, "other", None)]),
])
def test_a_proposal_a_swap_expected_and_a_request(text, expected):
    assert [(f.value, f.kind, f.status) for f in extract_article("a", text, date(2025, 5, 20), "en").figures] == expected


def test_bodies_a_side_refused_to_accept_were_offered():
    (f,) = extract_article("a", "Russia accused Kyiv of refusing to accept 1,212 bodies.", date(2025, 6, 20), "en").figures
    assert (f.value, f.kind, f.status) == (1212, "bodies", "offered")


@pytest.mark.parametrize("language, text, qualifier", [
    # qualifiers in Russian and German: "порядка" (about), "knapp" (just under), "gut" (a good, so more than)
    ("ru", "Из плена вернулись порядка 300 военных.", "about"),
    ("de", "Aus der Gefangenschaft kehrten knapp 300 Soldaten zurück.", "up_to"),
    ("de", "Aus der Gefangenschaft kehrten gut 300 Soldaten zurück.", "more_than"),
])
def test_qualifiers_poryadka_knapp_gut(language, text, qualifier):
    (f,) = extract_article("a", text, date(2025, 6, 20), language).figures
    assert (f.value, f.qualifier) == (300, qualifier)


def test_a_named_source_with_of_in_its_name_is_named_whole():
    text = "Ukraine and Russia exchanged 146 prisoners each. Russia still holds at least 26 Ukrainian journalists, the Institute of Mass Information said."
    assert [(f.value, f.claimant) for f in extract_article("a", text, date(2025, 8, 24), "en").figures] == [
        (146, None), (26, "Institute of Mass Information")]


@pytest.mark.parametrize("language, text, expected", [
    # an agency's recap of its own earlier report does not date the article's swap
    ("en", "Ukraine has returned 95 defenders from Russian captivity in the 58th prisoner exchange. As Ukrinform reported, on "
           "September 14, 103 Ukrainian defenders were returned from Russian captivity.",
     [(95, date(2024, 10, 18)), (58, date(2024, 10, 18)), (103, date(2024, 9, 14))]),
    ("uk", "Україна повернула з полону 95 захисників. Нагадаємо, 14 вересня з полону повернули 103 захисників.",
     [(95, date(2024, 10, 18)), (103, date(2024, 9, 14))]),
])
def test_an_agencys_recap_of_an_earlier_report_does_not_date_the_swap(language, text, expected):
    assert [(f.value, f.event_date) for f in extract_article("a", text, date(2024, 10, 18), language).figures] == expected


@pytest.mark.parametrize("language, text, claimant", [
    # a paragraph that opens by naming who said the one before ("Про це повідомив ...", "This was reported by ...")
    ("uk", "Україна повернула додому 95 захисників з російського полону.\n\nПро це повідомив Президент Володимир Зеленський у Телеграмі.",
     "Volodymyr Zelensky"),
    ("en", "Ukraine has returned 95 defenders from Russian captivity.\n\nThis was reported by the Coordination Headquarters.",
     "Coordination Headquarters"),
    # (a paragraph about something else that names a speaker does not)
    ("en", "Ukraine has returned 95 defenders from Russian captivity.\n\nThe Coordination Headquarters said the freed men were receiving treatment.",
     None),
])
def test_the_next_paragraph_names_who_said_it(language, text, claimant):
    (f,) = extract_article("a", text, date(2024, 10, 18), language).figures
    assert f.claimant == claimant


@pytest.mark.parametrize("published, text, expected", [
    # a running total "since the conflict began in April 2014" starts then; Poroshenko is a claimant of his own
    (date(2016, 9, 16), "Since the conflict began in April 2014, more than 3,000 people have been freed in exchanges, according to the SBU.",
     (3000, date(2014, 4, 1), "Security Service of Ukraine (SBU)")),
    (date(2014, 9, 21), "Poroshenko has said that more than 1,200 Ukrainian servicemen have been released since the ceasefire.",
     (1200, None, "Petro Poroshenko")),
])
def test_since_the_conflict_began_in_a_month_and_poroshenko(published, text, expected):
    (f,) = extract_article("a", text, published, "en").figures
    assert (f.value, f.since_date, f.claimant) == expected


@pytest.mark.parametrize("noun", ["P.O.W.s", "servicepeople", "PoWs", "prisoners-of-war"])
def test_prisoners_as_some_outlets_write_them(noun):
    # ("P.O.W.s", a newspaper's style, gave nothing)
    text = f"Russia and Ukraine exchanged 95 {noun} each on Friday."
    assert [(f.value, f.kind, f.scope) for f in extract_article("a", text, date(2024, 10, 18), "en").figures] == [(95, "exchanged", "per_side")]


@pytest.mark.parametrize("text", ["Rusya ve Ukrayna 303'er esiri takas etti.", "Rusya ve Ukrayna 390'ar esiri takas etti."])
def test_the_turkish_distributive_suffix_is_each(text):
    (f,) = extract_article("a", text, date(2025, 5, 25), "tr").figures
    assert (f.kind, f.side, f.scope) == ("exchanged", "both", "per_side")


def test_a_live_blogs_posts_stamped_with_a_time_alone_are_of_its_day():
    # (the top posts had taken Friday's date from a post further down; the N-for-N of a post with no word of the
    # subject and a sentence of deaths before it gave nothing)
    text = ("LIVE: Ukraine and Russia complete three-day prisoner swap\n\n"
            "11:02 — Ukraine's President Zelenskyy confirms 303 more defenders have returned home.\n\n"
            "09:30 — Overnight, Russia launched 298 drones at Ukraine. At least 12 people were killed.\n\n"
            "Yesterday 19:10 — Second stage done: 307 for 307, says Zelenskyy.\n\n"
            "Friday 18:00 — The first stage of the exchange saw 390 people returned to each side.")
    got = [(f.value, f.kind, f.event_date) for f in extract_article("a", text, date(2025, 5, 25), "en").figures if f.kind == "exchanged"]
    assert got == [(303, "exchanged", date(2025, 5, 25)), (307, "exchanged", date(2025, 5, 24)), (390, "exchanged", date(2025, 5, 23))]


@pytest.mark.parametrize("text, qualifier", [
    # symbols and abbreviations of a qualifier
    ("Ukraine got back ~300 prisoners on Friday.", "about"),
    ("Ukraine got back ≈300 prisoners on Friday.", "about"),
    ("Ukraine got back ca. 300 prisoners on Friday.", "about"),
    ("Ukraine has brought home >4,000 people since 2022.", "more_than"),
])
def test_qualifier_symbols(text, qualifier):
    (f,) = extract_article("a", text, date(2025, 1, 1), "en").figures
    assert f.qualifier == qualifier


@pytest.mark.parametrize("text, expected", [
    # Polish wordings of a swap, after a sentence that names it
    ("Rosja i Ukraina wymieniły się 84 jeńcami.", [(84, "exchanged", "both")]),
    ("Do Ukrainy wróciło 84 żołnierzy.", [(84, "exchanged", "ukraine")]),
    ("W zamian Kijów przekazał 84 rosyjskich żołnierzy.", [(84, "exchanged", "russia")]),
    ("To już 60. wymiana od początku inwazji.", [(60, "exchange_ordinal", "both")]),
    ("Dotychczas z niewoli uwolniono ponad 5000 Ukraińców.", [(5000, "cumulative_released", "ukraine")]),
    ("Najmłodszy z uwolnionych ma 19 lat.", [(19, "age", "unknown")]),
    ("W rosyjskiej niewoli wciąż przebywa około 8000 Ukraińców.", [(8000, "other", "ukraine")]),
    ("Rosja przekazała także ciała 1000 ukraińskich żołnierzy.", [(1000, "bodies", "ukraine")]),
    ("Strony uzgodniły wymianę 1200 za 1200.", [(1200, "agreed", "both")]),
])
def test_polish_wordings_of_a_swap(text, expected):
    assert _after_a_named_swap("pl", text) == expected


def test_a_days_share_told_as_today_and_yesterday_after_a_dash():
    # ("307 today, 303 yesterday" gave nothing; only "390 on Friday" was read)
    text = "Over Friday, Saturday and Sunday, 1,000 Ukrainians came home — 307 today, 303 yesterday and 390 on Friday."
    got = [(f.value, f.event_date) for f in extract_article("a", text, date(2025, 5, 25), "en").figures]
    assert got == [(1000, date(2025, 5, 25)), (307, date(2025, 5, 25)), (303, date(2025, 5, 24)), (390, date(2025, 5, 23))]


def test_a_number_today_with_no_count_before_is_not_read_as_a_share():
    text = "Ukraine's ombudsman, who turned 42 today, said the swap would go ahead."
    assert extract_article("a", text, date(2025, 5, 25), "en").figures == []


@pytest.mark.parametrize("text, expected", [
    # "N were swapped for N": one per-side count, told done (the second number had been dropped, the first had no side)
    ("It was the second exchange in under a month: on Jan. 8, 50 were swapped for 50.",
     [("50 were swapped for 50", 50, "exchanged", "both", "per_side", "completed", date(2023, 1, 8))]),
    ("On Jan. 8, 50 have been exchanged for 50 in the latest swap.",
     [("50 have been exchanged for 50", 50, "exchanged", "both", "per_side", "completed", date(2023, 1, 8))]),
    # unequal counts stay two counts, and a noun keeps each its side
    ("On Jan. 8, 50 Ukrainians were swapped for 50 Russians.",
     [("50", 50, "exchanged", "ukraine", None, "completed", date(2023, 1, 8)), ("50", 50, "exchanged", "russia", None, "completed", date(2023, 1, 8))]),
])
def test_n_were_swapped_for_n(text, expected):
    figures = extract_article("a", text, date(2023, 2, 4), "en").figures
    assert [(text[f.char_start : f.char_end], f.value, f.kind, f.side, f.scope, f.status, f.event_date) for f in figures] == expected


@pytest.mark.parametrize("text, expected", [
    ("It was the second exchange in under a month.", []),
    ("It was the third swap in less than a week.", []),
    ("It was the second exchange this month.", [(2, "exchange_ordinal")]),  # (within a period, as the gold counts it)
    # the exchange word further back than the apposition's 60 characters
    ("The exchange, which also saw 115 Russian soldiers captured in the Kursk region handed to Moscow, was the 55th since February 2022.",
     [(115, "exchanged"), (55, "exchange_ordinal")]),
    ("The swap, in which dozens of wounded servicemen and two civilians from occupied Kherson came home, was the 64th.",
     [(2, "exchanged"), (64, "exchange_ordinal")]),
    ("The exchange took place near the border with Belarus, in the 3rd Army's zone.", []),
])
def test_ordinals_within_a_short_time_and_far_from_their_noun(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 8, 24), "en").figures] == expected


@pytest.mark.parametrize("text, claimant", [
    # "pro-Kremlin separatists" are not the Kremlin
    ("Pro-Kremlin separatists in Donetsk said they had handed over 144 Ukrainian soldiers.", "Russian-backed separatists"),
    ("Separatist leaders in Donetsk and Luhansk said 233 Ukrainian prisoners were freed.", "Russian-backed separatists"),
    ("The Kremlin said 144 Russian soldiers had returned.", "Kremlin"),
    ("According to pro-Kremlin war bloggers, 144 Russian soldiers had returned.", None),
])
def test_separatists_and_the_kremlin_as_claimants(text, claimant):
    (f,) = extract_article("a", text, date(2022, 6, 29), "en").figures
    assert f.claimant == claimant


@pytest.mark.parametrize("text, span", [
    ("Medinsky said Russia had also handed over wounded prisoners under the 18-to-25-year-old category.", "18-to-25"),
    ("Russia handed over prisoners from the 18-25 age category.", "18-25"),
    ("The exchange covers soldiers in the 18–25 age group.", "18–25"),
])
def test_an_age_category(text, span):
    (f,) = extract_article("a", text, date(2025, 6, 20), "en").figures
    assert (text[f.char_start : f.char_end], f.kind, f.value, f.value_high) == (span, "age", 18, 25)


def test_the_average_age_of_the_returnees_is_an_age():
    # (it had been 36 people exchanged)
    (f,) = extract_article("a", "Zelensky said the average age of the returnees was 36.", date(2024, 5, 31), "en").figures
    assert (f.kind, f.value) == ("age", 36)


@pytest.mark.parametrize("language, text, expected", [
    # Polish verbs of release in every gender and number ("uwolniła", "zwolnili", "wrócili" gave nothing)
    ("pl", "Każda ze stron uwolniła 390 jeńców.", (390, "both", "per_side")),
    ("pl", "W ciągu trzech dni każda ze stron uwolniła po 1000 osób.", (1000, "both", "per_side")),
    ("pl", "Rosjanie zwolnili 95 ukraińskich jeńców.", (95, "ukraine", None)),
    ("pl", "Do domu wrócili 95 żołnierze.", (95, "ukraine", None)),
    # "the sides exchanged N": both ways together, as "Russia and Ukraine exchanged N" is
    ("en", "On Sunday the sides exchanged 303 servicemen, the Russian Defence Ministry said.", (303, "both", "total")),
    ("ru", "В воскресенье стороны обменялись 303 военнослужащими, сообщило Минобороны России.", (303, "both", "total")),
    ("uk", "У неділю сторони обмінялися 303 військовополоненими.", (303, "both", "total")),
    ("fr", "Dimanche, les deux parties ont échangé 303 prisonniers.", (303, "both", "total")),
    ("es", "El domingo, ambas partes intercambiaron 303 prisioneros.", (303, "both", "total")),
    ("pl", "W niedzielę obie strony wymieniły się 303 jeńcami.", (303, "both", "total")),
    ("en", "The warring sides swapped 303 prisoners each on Sunday.", (303, "both", "per_side")),
])
def test_polish_release_verbs_and_the_sides_exchanged(language, text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 25), language).figures
    assert (f.value, f.side, f.scope) == expected


@pytest.mark.parametrize("language, text, expected", [
    # "last week", "yesterday" in other languages (the article's day had been taken)
    ("fr", "Selon Kiev, Moscou a par ailleurs remis 1 212 corps de soldats ukrainiens la semaine dernière.", (date(2025, 6, 2), "week")),
    ("de", "Russland hat vergangene Woche 1.212 Leichen ukrainischer Soldaten übergeben.", (date(2025, 6, 2), "week")),
    ("es", "Rusia entregó la semana pasada 1.212 cuerpos de soldados ucranianos.", (date(2025, 6, 2), "week")),
    ("it", "La Russia ha consegnato la settimana scorsa i corpi di 1.212 soldati ucraini.", (date(2025, 6, 2), "week")),
    ("pl", "Rosja przekazała w zeszłym tygodniu ciała 1212 ukraińskich żołnierzy.", (date(2025, 6, 2), "week")),
    ("uk", "Минулого тижня Росія передала тіла 1212 українських військових.", (date(2025, 6, 2), "week")),
    ("ru", "На прошлой неделе Россия передала тела 1212 украинских военных.", (date(2025, 6, 2), "week")),
    ("ru", "Вчера Россия и Украина обменялись 303 военнопленными.", (date(2025, 6, 9), "day")),
    ("es", "Ayer Rusia y Ucrania canjearon 303 prisioneros.", (date(2025, 6, 9), "day")),
    ("pl", "Wczoraj do Ukrainy wróciło 303 żołnierzy.", (date(2025, 6, 9), "day")),
    ("it", "Oggi Russia e Ucraina si sono scambiate 303 prigionieri.", (date(2025, 6, 10), "day")),
    ("de", "Hier in Kiew wurden 303 Soldaten empfangen, die am 3. Juni freigelassen wurden.", (date(2025, 6, 3), "day")),
])
def test_last_week_and_yesterday_in_other_languages(language, text, expected):
    (f,) = extract_article("a", text, date(2025, 6, 10), language).figures
    assert (f.event_date, f.event_date_precision) == expected


@pytest.mark.parametrize("text, claimant", [
    # someone named in the possessive is whom the speaker works for, not the speaker
    ("Andriy Yermak, head of Zelensky's office, said the released included 22 soldiers.", "Andriy Yermak"),
    ("Andriy Yermak, Zelensky's chief of staff, said 22 soldiers returned home.", "Andriy Yermak"),
    ("Maria Zakharova, Lavrov's spokeswoman, said 22 soldiers returned home.", "Maria Zakharova"),
    ("Zelensky's office said 22 soldiers returned home.", "Ukrainian government"),
    ("Zelensky said 22 soldiers returned home.", "Volodymyr Zelensky"),
])
def test_a_possessive_name_is_not_the_speaker(text, claimant):
    (f,) = extract_article("a", text, date(2023, 8, 7), "en").figures
    assert f.claimant == claimant


@pytest.mark.parametrize("text, expected", [
    # "saw Russia receive 25": Russia's (the infinitive had no side, and "also" made it an additional group)
    ("Ukraine brought back 25 soldiers from Russian captivity on Sunday, in a swap that also saw Russia receive 25 servicemen.",
     [(25, "exchanged", "ukraine", False), (25, "exchanged", "russia", False)]),
    # "received 563 in exchange": the bodies told before, the other way (it gave nothing)
    ("Kyiv returned 500 bodies of Russian soldiers in November and received 563 in exchange.",
     [(500, "bodies", "russia", False), (563, "bodies", "ukraine", False)]),
    ("Ukraine received 563 in exchange for 500.", []),
])
def test_saw_russia_receive_and_received_in_exchange(text, expected):
    got = [(f.value, f.kind, f.side, f.is_additional) for f in extract_article("a", text, date(2025, 1, 5), "en").figures]
    assert got == expected


def test_a_headlines_two_groups_told_again_in_other_words_are_one_fact():
    # ("146 POWs and 8 civilians" then "146 servicemen and eight civilians": the 146 had been two figures)
    text = ("Ukraine brings home 146 POWs and 8 civilians on Independence Day\n\n"
            "Ukraine on Sunday brought home 146 servicemen and eight civilians in an exchange with Russia, President Volodymyr Zelensky said.")
    got = [(text[f.char_start : f.char_end], f.kind, f.side, f.is_additional, f.claimant) for f in extract_article("a", text, date(2025, 8, 24), "en").figures]
    assert got == [("146", "exchanged", "ukraine", False, "Volodymyr Zelensky"), ("8", "exchanged", "ukraine", True, "Volodymyr Zelensky")]


def test_two_groups_of_equal_size_stay_two():
    text = "Ukraine brought home five soldiers and five civilians on Sunday."
    got = [(f.value, f.subject) for f in extract_article("a", text, date(2025, 8, 24), "en").figures]
    assert got == [(5, "soldiers"), (5, "civilians")]


@pytest.mark.parametrize("text", [
    "The UAE said its efforts had led to the release of 4,641 captives in total.",
    "The UAE said its mediation efforts have resulted in the release of 4,641 captives.",
])
def test_a_mediators_efforts_that_led_to_releases_count_all_its_mediations(text):
    (f,) = extract_article("a", text, date(2025, 8, 24), "en").figures
    assert (f.value, f.kind, f.side, f.scope, f.claimant) == (4641, "cumulative_released", "both", "total", "United Arab Emirates")


@pytest.mark.parametrize("text", [
    # bodies a side refuses to take back are offered, and the refuser's own dead, whoever tells it
    "Ukraine refused to take back the bodies of 6,000 soldiers.",
    "Russia says Ukraine has refused to accept 6,000 bodies",
    "Russia accused Kyiv of refusing to accept 6,000 bodies.",
    "Russia's foreign ministry said Ukraine had so far refused to take back the bodies of 6,000 soldiers, despite agreeing to do so.",
])
def test_bodies_a_side_refuses_to_take_back_are_its_own_and_offered(text):
    (f,) = extract_article("a", text, date(2025, 6, 14), "en").figures
    assert (f.value, f.kind, f.side, f.status) == (6000, "bodies", "ukraine", "offered")


def test_a_refused_handover_told_in_the_headline_and_the_lede_is_one_figure():
    text = ("Russia says Ukraine has refused to accept 6,000 bodies\n\n"
            "Russia's foreign ministry said on Saturday that Ukraine had so far refused to take back the bodies of 6,000 soldiers, "
            "despite agreeing to do so at talks in Istanbul on June 2.")
    got = [(text[f.char_start : f.char_end], f.char_start, f.status) for f in extract_article("a", text, date(2025, 6, 14), "en").figures]
    assert got == [("6,000", 42, "offered")]


def test_a_headlines_group_told_again_as_a_part_of_the_ledes_count_is_one_figure():
    # (the lede's 20 civilians had no side yet, so it was a second figure)
    text = ("Україна повернула додому 185 військових і 20 цивільних\n\n"
            "Додому повертаються 185 військовослужбовців та 20 цивільних осіб, повідомив Президент України Володимир Зеленський.")
    got = [(f.value, f.side, f.char_start) for f in extract_article("a", text, date(2025, 10, 2), "uk").figures]
    assert got == [(185, "ukraine", 25), (20, "ukraine", 42)]


@pytest.mark.parametrize("text, expected", [
    # Russian "граждан" (citizens) are people; "граждан России" Russia's; "Российская сторона вернула" its own people
    ("Кроме того, в рамках договоренностей на родину возвращены 20 граждан России, незаконно удерживаемых Украиной.",
     [(20, "exchanged", "russia")]),
    ("Российская сторона вернула 270 военнослужащих и 120 мирных жителей, сообщило Минобороны России.",
     [(270, "exchanged", "russia"), (120, "exchanged", "russia")]),
    ("Українська сторона повернула 84 захисників.", [(84, "exchanged", "ukraine")]),
    ("Домой вернулись 20 граждан Украины.", [(20, "exchanged", "ukraine")]),
])
def test_russian_citizens_and_the_russian_side_got_back(text, expected):
    language = "uk" if "Українська" in text else "ru"
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 10, 2), language).figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    # round numbers that are themselves approximate ("une trentaine de soldats" gave nothing)
    ("fr", "Une trentaine de soldats ukrainiens blessés ont été libérés mardi lors d'un échange de prisonniers.", [("Une trentaine", 30, "about")]),
    ("it", "Una ventina di prigionieri di guerra ucraini sono stati liberati nello scambio.", [("Una ventina", 20, "about")]),
    ("es", "Un centenar de soldados rusos regresaron a Rusia tras el canje.", [("Un centenar", 100, "about")]),
    # (a quarantine and a fortnight are no count)
    ("fr", "Après l'échange, les prisonniers libérés ont été placés en quarantaine pendant une quinzaine de jours.", []),
])
def test_round_numbers_that_say_about(language, text, expected):
    got = [(text[f.char_start : f.char_end], f.value, f.qualifier) for f in extract_article("a", text, date(2025, 6, 10), language).figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a nation that "put its figure at" a count states the count of its own people back
    ("Ukraine said 230 of its people came home. Moscow put its figure at 248.",
     [(230, "ukraine", "Ukrainian government"), (248, "russia", "Russian government")]),
    ("Ukraine and Russia swapped prisoners on Wednesday. Kyiv put its number at 230, Moscow put its own at 248.",
     [(230, "ukraine", "Ukrainian government"), (248, "russia", "Russian government")]),
    ("Kyiv said 230 Ukrainians came home; Russia gave a figure of 248.",
     [(230, "ukraine", "Ukrainian government"), (248, "russia", "Russian government")]),
    # "puts the number ... at" is a statement too
    ("After an Easter exchange, Zelensky puts the number of Ukrainians returned since 2022 at 4,552.",
     [(4552, "ukraine", "Volodymyr Zelensky")]),
])
def test_a_nation_that_puts_its_figure_at_a_count(text, expected):
    assert [(f.value, f.side, f.claimant) for f in extract_article("a", text, date(2025, 4, 19), "en").figures] == expected


@pytest.mark.parametrize("text", [
    # a list of parts after "included", its last item after ", and" (the last had been a count of its own)
    "The 150 Ukrainians freed on Wednesday included 25 who had been held since the siege of Mariupol in 2022, and 3 who had been sentenced to long terms.",
    "Ukraine brought home 150 people, including 25 officers, and 3 medics.",
])
def test_the_last_part_of_a_list_after_a_comma_and(text):
    got = [(f.value, f.side, f.is_breakdown) for f in extract_article("a", text, date(2025, 2, 5), "en").figures]
    assert got == [(150, "ukraine", False), (25, "ukraine", True), (3, "ukraine", True)]


def test_parts_listed_after_a_colon_and_a_source_named_after_its_title():
    text = ("Ukraine has returned 95 more defenders from Russian captivity. This was reported by President of Ukraine "
            "Volodymyr Zelensky on Telegram, Ukrinform reports.\n\n"
            '"We are bringing 95 of our people home: 34 soldiers of the Armed Forces of Ukraine, 1 serviceman of the National '
            'Guard, 60 soldiers of the State Border Guard Service," the head of state wrote.')
    got = [(f.value, f.side, f.is_breakdown, f.claimant) for f in extract_article("a", text, date(2024, 10, 19), "en").figures]
    assert got == [(95, "ukraine", False, "Volodymyr Zelensky"), (34, "ukraine", True, None), (1, "ukraine", True, None),
                   (60, "ukraine", True, None)]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine returned 95 defenders. This was reported by the press service of the Coordination Headquarters, Ukrinform reports.",
     "Coordination Headquarters"),
    # (days after a colon are no parts of a count)
    ("The exchange, day by day. Friday, May 23: 390 prisoners each; Saturday, May 24: 307 prisoners each.", None),
])
def test_a_source_named_after_its_title_and_days_after_a_colon(text, expected):
    figures = extract_article("a", text, date(2025, 5, 25), "en").figures
    assert figures[0].claimant == expected and not any(f.is_breakdown for f in figures)


def test_parts_of_a_per_side_count_stated_again_do_not_crash_the_article():
    # (a count dropped as a repeat and then read as the whole of parts had no end offset: the article raised
    # AttributeError and the whole run stopped)
    text = ("Rusia y Ucrania intercambian 390 prisioneros cada uno en la primera fase de un gran canje\n\n"
            "Rusia y Ucrania intercambiaron este viernes 390 prisioneros cada uno, entre ellos 270 militares y 120 civiles, "
            "en la primera fase del mayor canje desde el inicio de la guerra.")
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in extract_article("a", text, date(2025, 5, 23), "es").figures]
    # (changed on purpose: the parts right after the per-side count stated again, kept as the headline's, are so many
    # each too, as they are when the count is stated once)
    assert got == [(390, "both", "per_side", False), (270, "both", "per_side", True), (120, "both", "per_side", True)]


@pytest.mark.parametrize("language, text, expected", [
    # the day a swap goes on is not the day of the count told done before it
    ("en", "Zelensky confirmed the return of 390 Ukrainians and said the exchange would continue on Saturday and Sunday.",
     (390, "completed", date(2025, 5, 23))),
    ("es", "El presidente ucraniano confirmó el regreso de 390 ucranianos y dijo que el intercambio continuará el sábado y el domingo.",
     (390, "completed", date(2025, 5, 23))),
    # an exchange that "is expected" / "se prevé" has not happened
    ("en", "In total, the exchange of 1,000 prisoners from each side is expected.", (1000, "planned", None)),
    ("es", "En total, se prevé el canje de 1.000 prisioneros por cada bando.", (1000, "agreed", None)),
])
def test_a_swap_that_goes_on_later_and_one_that_is_expected(language, text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 23), language).figures
    assert (f.value, f.status, f.event_date) == expected


@pytest.mark.parametrize("language, text, expected", [
    # running totals of bodies in languages with no perfect tense to tell them by (they had been one handover's count)
    ("uk", "Загалом від початку року Україна повернула понад 7000 тіл.", [(7000, "bodies", "ukraine", date(2025, 1, 1))]),
    ("ru", "Всего, по его словам, с 11 июня передано 6057 тел.", [(6057, "bodies", "unknown", date(2025, 6, 11))]),
    # "тела еще 1245": bodies (it had been people); a side named in the dative is the recipient
    ("ru", "Россия передала Украине тела еще 1245 погибших военнослужащих ВСУ.", [(1245, "bodies", "ukraine", None)]),
    ("ru", "Украина передала российской стороне 78 тел.", [(78, "bodies", "russia", None)]),
    # "воїни" (warriors) are people
    ("uk", "Сьогодні відбувся 50-й обмін. Додому повернулися 100 наших воїнів.",
     [(50, "exchange_ordinal", "both", None), (100, "exchanged", "ukraine", None)]),
])
def test_bodies_since_a_day_in_russian_and_ukrainian_and_warriors(language, text, expected):
    got = [(f.value, f.kind, f.side, f.since_date) for f in extract_article("a", text, date(2025, 9, 18), language).figures]
    assert got == expected


def test_a_since_day_in_russian_does_not_date_the_days_handover():
    text = ("Россия передала Украине тела еще 1245 погибших военнослужащих ВСУ, сообщил Мединский. "
            "Всего, по его словам, с 11 июня передано 6057 тел.")
    got = [(f.value, f.event_date, f.since_date) for f in extract_article("a", text, date(2025, 6, 16), "ru").figures]
    assert got == [(1245, date(2025, 6, 16), None), (6057, date(2025, 6, 16), date(2025, 6, 11))]


@pytest.mark.parametrize("text, expected", [
    # the people in one prisoner's cell are no count of the freed
    ('"Of the 20 men in my cell, only 5 are home," he said after the exchange.', []),
    ("There were 40 prisoners in his barracks when the swap was announced.", []),
    ("Ukraine brought home 20 men held in the same cell at Olenivka.", [(20, "exchanged")]),
])
def test_the_men_in_a_prisoners_cell(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 10, 10), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a place named by its number is no count ("checkpoint 2" had been 2 people exchanged)
    ("After the exchange, buses carrying 303 freed servicemen crossed the Belarus border at checkpoint 2.", [(303, None)]),
    ("The freed were held in penal colony 10 before the exchange of 95 prisoners each.", [(95, None)]),
    # the General Staff is no person named Staff
    ("Ukraine returned 175 servicemen, the General Staff said.", [(175, "Ukrainian General Staff")]),
    ("Russia's General Staff said 175 Russian servicemen had been returned.", [(175, "Russian General Staff")]),
])
def test_numbered_places_and_the_general_staff(text, expected):
    assert [(f.value, f.claimant) for f in extract_article("a", text, date(2025, 3, 19), "en").figures] == expected


@pytest.mark.parametrize("text, claimant", [
    # a title word before one word of an institution is part of its name; before a person's name it is a title
    ("Ukraine returned 175 servicemen, the Foreign Ministry said.", "Foreign Ministry"),
    ("Ukraine returned 175 servicemen, Army General Oleksandr Syrskyi said.", "Oleksandr Syrskyi"),
    ("Ukraine returned 175 servicemen, Deputy Prime Minister Iryna Vereshchuk said.", "Iryna Vereshchuk"),
    ("Ukraine returned 175 servicemen, the State Border Guard Service said.", "State Border Guard Service"),
])
def test_titles_before_names_and_institutions(text, claimant):
    (f,) = extract_article("a", text, date(2025, 3, 19), "en").figures
    assert f.claimant == claimant


def test_a_datelines_day_yields_to_the_figures_own_week_and_a_months_running_total():
    text = ("MOSCOW, June 20 (Reuters) - Russia handed over 6,057 bodies of Ukrainian soldiers this week and received 78 "
            "bodies of its own in return, a Kremlin aide said on Friday. Ukraine's government confirmed it had received "
            "1,212 bodies in the latest stage, taking the total for the month to more than 6,000.")
    got = [(f.value, f.event_date, f.event_date_precision, f.since_date) for f in extract_article("a", text, date(2025, 6, 20), "en").figures]
    assert got == [(6057, date(2025, 6, 16), "week", None), (78, date(2025, 6, 16), "week", None),
                   (1212, date(2025, 6, 20), "day", None), (6000, date(2025, 6, 20), "day", date(2025, 6, 1))]


@pytest.mark.parametrize("language, text, expected", [
    # "the return home of N" (only "the return of N" had been read)
    ("it", "Zelensky ha confermato il ritorno a casa di 205 ucraini.", [(205, "ukraine", None, False)]),
    ("fr", "Zelensky a confirmé le retour à la maison de 205 Ukrainiens.", [(205, "ukraine", None, False)]),
    ("es", "Zelenski confirmó el regreso a casa de 205 ucranianos.", [(205, "ukraine", None, False)]),
    # Portuguese "390 prisioneiros cada" is per side; "Entre os libertados estão ..." lists parts
    ("pt", "A Rússia e a Ucrânia trocaram nesta sexta-feira 390 prisioneiros cada. Entre os libertados estão 270 militares e 120 civis.",
     [(390, "both", "per_side", False), (270, "unknown", None, True), (120, "unknown", None, True)]),
])
def test_the_return_home_of_and_portuguese_each(language, text, expected):
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in extract_article("a", text, date(2025, 5, 23), language).figures]
    assert got == expected


@pytest.mark.parametrize("language, text, expected", [
    # thousands grouped by a thin space ("1 000" had been a figure of value 0 from its "000"), a Swiss apostrophe,
    # or a dot before people in an English text
    ("de", "Insgesamt wurden 1\u2009000 Gefangene pro Seite ausgetauscht.", [("1\u2009000", 1000)]),
    ("en", "Ukraine has brought home 5’757 people since 2022.", [("5’757", 5757)]),
    ("en", "Ukraine and Russia swapped 1.000 prisoners each, officials said.", [("1.000", 1000)]),
    ("en", "The exchange took 1.5 hours and freed 1,000 prisoners each.", [("1,000", 1000)]),
    ("en", "Ukraine and Russia swapped prisoners; code 000 was used for the convoy of 95 freed soldiers.", [("95", 95)]),
])
def test_thousands_separators_of_every_kind(language, text, expected):
    assert [(text[f.char_start : f.char_end], f.value) for f in extract_article("a", text, date(2025, 5, 25), language).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a page's counters in brackets after their label, when chrome slips through, are no counts
    ("Ukraine and Russia exchanged 146 prisoners of war each on Sunday. Share this article (1.2K) · Comments (34)", [(146, "exchanged")]),
    # "one of them 24," is an age
    ("Freed Ukrainian POWs, one of them 24, wrapped themselves in flags after the exchange.", [(24, "age")]),
    ("Ukraine got back 95 prisoners; one of them, 61, had been held since 2014.", [(95, "exchanged"), (61, "age")]),
])
def test_counters_in_brackets_and_one_of_them_aged(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 8, 24), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # more wordings of people coming back (each gave nothing)
    ("Moscow got 95 of its troops back.", [(95, "russia")]),
    ("Ukraine welcomed back 95 soldiers on Friday.", [(95, "ukraine")]),
    ("Kyiv reported that 95 Ukrainian soldiers had crossed back into Ukraine.", [(95, "ukraine")]),
    ("95 Ukrainians walked across the border into Ukraine.", [(95, "ukraine")]),
    # (troops that crossed into a country in an offensive are no returnees)
    ("Ukrainian forces crossed into Russia's Kursk region in August 2024 with about 10,000 troops.", []),
])
def test_welcomed_back_crossed_back_and_walked_across_the_border(text, expected):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2025, 5, 30), "en").figures] == expected


_OWN_PEOPLE_BACK = ["took back", "retrieved", "regained", "greeted", "welcomed home", "saw the return of", "celebrated the return of",
                    "pulled out of captivity", "brought out of captivity", "secured the freedom of", "managed to bring back"]


@pytest.mark.parametrize("nation, side", [("Ukraine", "ukraine"), ("Kyiv", "ukraine"), ("Russia", "russia"), ("Moscow", "russia")])
@pytest.mark.parametrize("verb", _OWN_PEOPLE_BACK)
def test_verbs_of_a_nations_own_people_coming_back(nation, side, verb):
    # (these had no side; "Russia freed/rescued/repatriated 95" stays unknown: it may be the other side's people)
    (f,) = extract_article("a", f"{nation} {verb} 95 soldiers on Friday in a prisoner swap.", date(2025, 5, 30), "en").figures
    assert (f.value, f.kind, f.side) == (95, "exchanged", side)


@pytest.mark.parametrize("verb", ["liberated", "succeeded in returning", "was able to return", "got out"])
def test_more_verbs_of_ukraine_getting_its_people_back(verb):
    (f,) = extract_article("a", f"Ukraine {verb} 95 soldiers on Friday in a prisoner swap.", date(2025, 5, 30), "en").figures
    assert (f.value, f.kind, f.side) == (95, "exchanged", "ukraine")


@pytest.mark.parametrize("nation", ["Russia", "Moscow"])
@pytest.mark.parametrize("verb", ["handed back", "sent", "sent back", "delivered", "handed over", "gave back"])
def test_bodies_a_nation_hands_back_are_the_other_sides_dead(nation, verb):
    # ("handed back", "sent", "delivered" had no side)
    (f,) = extract_article("a", f"{nation} {verb} 909 bodies on Friday.", date(2025, 5, 30), "en").figures
    assert (f.value, f.kind, f.side) == (909, "bodies", "ukraine")


@pytest.mark.parametrize("text, kind", [
    # deals "settled on" or "signed off on" are agreed (they were done); "proposed freeing" and "floated a swap" are offers
    ("The delegations settled on a 1,000-for-1,000 swap.", "agreed"),
    ("The parties signed off on a swap of 1,000 prisoners each.", "agreed"),
    ("Moscow proposed freeing 500 Ukrainian soldiers.", "offered"),  # (it gave nothing)
    ("Moscow floated a swap of 500 prisoners.", "offered"),
    ("Ukraine is freeing 95 prisoners today.", "exchanged"),
])
def test_settled_on_signed_off_proposed_freeing_and_floated(text, kind):
    (f,) = extract_article("a", text, date(2025, 5, 30), "en").figures
    assert f.kind == kind


@pytest.mark.parametrize("text, expected", [
    # "swapped" in the perfect is a running total like "exchanged"
    ("Over the course of the war, 5,757 Ukrainians have been swapped.", (5757, "cumulative_released")),
    ("5,757 Ukrainians have been swapped since 2022.", (5757, "cumulative_released")),
    # a large count in the perfect with "each" or a day of the week is one day's swap, not a running total
    ("Russia and Ukraine have exchanged 1,000 prisoners each on Friday.", (1000, "exchanged")),
    ("Russia and Ukraine have swapped 1,000 prisoners each.", (1000, "exchanged")),
    ("Ukraine has brought home 4,552 people.", (4552, "cumulative_released")),
])
def test_a_large_count_in_the_perfect(text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 30), "en").figures
    assert (f.value, f.kind) == expected


@pytest.mark.parametrize("text, expected", [
    # a label "Ages of the returnees:" before a range (its top had been 62 people exchanged)
    ("Ukraine brought home 95 soldiers on Friday. Ages of the returnees: 19 to 62.", [(95, None, "exchanged"), (19, 62, "age")]),
    ("Ukraine brought home 95 soldiers on Friday. Age of the oldest: 62.", [(95, None, "exchanged"), (62, None, "age")]),
])
def test_an_age_label_with_a_colon(text, expected):
    assert [(f.value, f.value_high, f.kind) for f in extract_article("a", text, date(2025, 5, 30), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "took delivery of", "arrived in Ukraine/Russia" name whose people or dead they are (they had no side)
    ("Ukraine took delivery of 909 bodies on Friday.", (909, "bodies", "ukraine")),
    ("Some 909 bodies arrived in Ukraine on Friday.", (909, "bodies", "ukraine")),
    ("Russia took delivery of 78 bodies.", (78, "bodies", "russia")),
    ("78 bodies arrived in Russia.", (78, "bodies", "russia")),
])
def test_took_delivery_of_and_arrived_in(text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 30), "en").figures
    assert (f.value, f.kind, f.side) == expected


@pytest.mark.parametrize("text, expected", [
    # people still held, in more wordings (the first and fourth had been exchanged, the others gave nothing)
    ("Russia is keeping 8,000 Ukrainian prisoners of war.", [(8000, "other")]),
    ("At least 8,000 Ukrainians languish in Russian jails.", [(8000, "other")]),
    ("Around 8,000 Ukrainians are thought to be in Russian detention.", [(8000, "other")]),
    ("There are still 8,000 Ukrainians in Russian captivity.", [(8000, "other")]),
    ("There were 95 Ukrainians in the group that came home on Friday.", [(95, "exchanged")]),
])
def test_people_still_held_in_more_wordings(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 5, 30), "en").figures] == expected


@pytest.mark.parametrize("language, text", [
    # offers in German, Spanish and Italian (they had been exchanged)
    ("de", "Russland bot an, 500 Gefangene zu übergeben."),
    ("es", "Moscú ofreció entregar 500 prisioneros."),
    ("it", "Mosca ha offerto di consegnare 500 prigionieri."),
    ("ru", "Россия предложила передать 500 пленных."),
])
def test_offers_in_other_languages(language, text):
    (f,) = extract_article("a", text, date(2025, 5, 30), language).figures
    assert (f.value, f.kind) == (500, "offered")


@pytest.mark.parametrize("language, text, expected", [
    # a swap that is planned or expected, the youngest in Russian, and a count of exchanges in the Russian genitive
    ("uk", "Найближчим часом планується обмін 500 полоненими.", (500, "agreed")),  # (it had been done)
    ("ru", "Ожидается обмен 500 на 500.", (500, "agreed")),
    ("ru", "Самому младшему освобожденному 19 лет.", (19, "age")),  # (they gave nothing)
    ("ru", "Состоялось уже 69 обменов.", (69, "exchange_count")),
])
def test_planned_swaps_the_youngest_and_exchange_counts_in_russian_and_ukrainian(language, text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 30), language).figures
    assert (f.value, f.kind) == expected


@pytest.mark.parametrize("language, text", [
    # bodies Russia hands over, in Russian and Ukrainian, are Ukraine's dead (they had no side)
    ("ru", "Россия передала тела 909 погибших."),
    ("uk", "Росія передала тіла 909 полеглих."),
    ("uk", "Росія повернула тіла ще 909 загиблих."),
])
def test_bodies_russia_hands_over_in_russian_and_ukrainian(language, text):
    (f,) = extract_article("a", text, date(2025, 5, 30), language).figures
    assert (f.value, f.kind, f.side) == (909, "bodies", "ukraine")


@pytest.mark.parametrize("text, expected", [
    # a recipient in the Polish dative ("przekazała Ukrainie ciała 909": they had no side)
    ("Rosja przekazała Ukrainie ciała 909 żołnierzy.", (909, "bodies", "ukraine")),
    ("Ukraina przekazała Rosji 41 ciał.", (41, "bodies", "russia")),
    ("Rosja przekazała Ukrainie 95 jeńców.", (95, "exchanged", "ukraine")),
])
def test_a_recipient_in_the_polish_dative(text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 30), "pl").figures
    assert (f.value, f.kind, f.side) == expected


@pytest.mark.parametrize("language, lead, text", [
    # counts of exchanges named before the people they swapped ("64 échanges de prisonniers" had been 64 people)
    ("fr", "L'Ukraine a récupéré 95 soldats lors d'un échange. ", "Depuis 2022, les deux pays ont procédé à 64 échanges de prisonniers."),
    ("es", "Ucrania recuperó 95 soldados en un canje. ", "Desde 2022 se han realizado 64 intercambios de prisioneros."),
    ("it", "L'Ucraina ha riportato a casa 95 soldati in uno scambio. ", "Dal 2022 ci sono stati 64 scambi di prigionieri."),
    ("pl", "Do Ukrainy wróciło 95 żołnierzy. ", "Od 2022 roku przeprowadzono 64 wymiany jeńców."),
    ("de", "Die Ukraine erhielt 95 Soldaten zurück. ", "Seit 2022 gab es 64 Gefangenenaustausche."),
])
def test_counts_of_exchanges_before_the_people_in_other_languages(language, lead, text):
    got = [(f.value, f.kind) for f in extract_article("a", lead + text, date(2025, 5, 30), language).figures]
    assert got == [(95, "exchanged"), (64, "exchange_count")]


@pytest.mark.parametrize("language, text, expected", [
    # Spanish "cautiverio" is a word of the subject (the sentence had been skipped); "pactaron", "einigten sich" agree
    ("es", "Unos 8.000 ucranianos siguen en cautiverio ruso.", (8000, "other")),
    ("es", "Ambos bandos pactaron intercambiar 1.000 prisioneros cada uno.", (1000, "agreed")),
    ("de", "Beide Seiten einigten sich auf den Austausch von je 1.000 Gefangenen.", (1000, "agreed")),
])
def test_spanish_captivity_and_agreements_in_spanish_and_german(language, text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 30), language).figures
    assert (f.value, f.kind) == expected


@pytest.mark.parametrize("text, expected", [
    # a size the swap "is due to reach" has not been reached (it had been read as done)
    ("The exchange is due to continue on Sunday and to reach 1,000 people on each side.", (1000, "agreed", "planned")),
    ("The swap is expected to reach 1,000 people on each side.", (1000, "agreed", "planned")),
    # a term joined by "and to" to the deal's verb is the deal's too (the bodies had been handed over)
    ("The two countries had agreed to exchange at least 1,200 prisoners from each side, including the seriously wounded "
     "and the young, and to return 6,000 bodies of soldiers killed.", (6000, "bodies", "agreed")),
])
def test_sizes_still_to_be_reached_and_terms_joined_to_a_deal(text, expected):
    f = extract_article("a", text, date(2025, 5, 24), "en").figures[-1]
    assert (f.value, f.kind, f.status) == expected


@pytest.mark.parametrize("language, text", [
    # "s'engager à" commits to a deal; "will Russland ... übergeben" is Russia's intention
    ("fr", "Les deux pays s'étaient engagés à échanger au moins 1 200 prisonniers de chaque côté."),
    ("fr", "Les deux pays s'étaient engagés à échanger au moins 1 200 prisonniers de chaque côté, notamment les blessés "
           "graves et les moins de 25 ans, et à restituer 6 000 corps de soldats tués."),
    ("de", "Zudem will Russland 6.000 Leichen getöteter ukrainischer Soldaten übergeben."),
])
def test_commitments_in_french_and_intentions_in_german(language, text):
    f = extract_article("a", text, date(2025, 6, 10), language).figures[-1]
    assert f.status in ("agreed", "offered")


def test_what_a_side_got_its_people_back_for_is_the_other_sides():
    text = "Ukraine secured the release of 215 soldiers in an exchange for 55 people, Zelensky said."
    got = [(f.value, f.side) for f in extract_article("a", text, date(2022, 9, 22), "en").figures]
    assert got == [(215, "ukraine"), (55, "russia")]


def test_the_people_counted_are_not_who_said_it():
    text = ("It had initially been expected to involve 306 separatists in exchange for 74 Ukrainians, but some detainees "
            "refused to be handed over, officials said.")
    assert [f.claimant for f in extract_article("a", text, date(2017, 12, 28), "en").figures] == [None, None]


@pytest.mark.parametrize("text, since", [
    # "this year" in the clause before ", bringing the total ... to" is that clause's
    ("The UAE said it was the sixth exchange it had mediated this year, bringing the total number of captives swapped "
     "with its help to 1,788.", None),
    ("Ukraine brought home 90 soldiers this week, bringing the total this year to 1,358.", date(2024, 1, 1)),
    ("Since March 2022, the UAE has mediated 12 exchanges, bringing the total number of captives swapped with its help "
     "to 1,788.", date(2022, 3, 1)),
])
def test_the_period_of_a_running_total_is_its_own_clauses(text, since):
    f = extract_article("a", text, date(2024, 6, 25), "en").figures[-1]
    assert (f.kind, f.since_date) == ("cumulative_released", since)


@pytest.mark.parametrize("language, text", [
    # "each" after the second of two groups is said of both ("185 prisoners of war and ... each": the 185 had been both sides' total)
    ("en", "Russia and Ukraine swapped 185 prisoners of war and 20 civilians each on Thursday."),
    ("es", "Rusia y Ucrania canjearon este jueves 185 prisioneros de guerra y 20 civiles cada uno."),
    ("es", "Rusia y Ucrania intercambian 185 prisioneros de guerra y 20 civiles por bando"),
    # "each side" before the first of two groups is said of both (the 20 had no side)
    ("en", "Each side handed over 185 soldiers and 20 civilians."),
    ("de", "Jede Seite übergab 185 Soldaten und 20 Zivilisten."),
    ("pl", "Każda ze stron przekazała 185 wojskowych i 20 cywilów."),
])
def test_each_said_once_of_two_groups(language, text):
    got = [(f.value, f.side, f.scope) for f in extract_article("a", text, date(2025, 10, 2), language).figures]
    assert got == [(185, "both", "per_side"), (20, "both", "per_side")]


@pytest.mark.parametrize("language, text", [
    # Italian "mila" is a thousand ("8mila", "8 mila"); prisons ("carceri", "cárceles") hold people
    ("it", "Secondo Kiev, circa 8mila ucraini sono ancora nelle carceri russe."),
    ("it", "Secondo Kiev, circa 8 mila ucraini sono ancora prigionieri."),
    ("es", "Según Kiev, unos 8.000 ucranianos siguen en cárceles rusas."),
])
def test_thousands_in_italian_and_people_still_in_prison(language, text):
    (f,) = extract_article("a", text, date(2025, 10, 2), language).figures
    assert (f.value, f.kind, f.side, f.qualifier) == (8000, "other", "ukraine", "about")


@pytest.mark.parametrize("text", [
    # a running total said in a named month stood then (it had been dated by the article's day)
    "Ukraine got back 22 people. Since the start of the full-scale invasion, 2,598 Ukrainians have been released from "
    "Russian captivity, Yermak said in June.",
    "Ukraine got back 22 people. In June, Yermak said 2,598 Ukrainians had been released from Russian captivity since "
    "the start of the full-scale invasion.",
])
def test_a_running_total_said_in_a_named_month(text):
    f = extract_article("a", text, date(2023, 8, 7), "en").figures[-1]
    assert (f.value, f.kind, f.event_date, f.event_date_precision) == (2598, "cumulative_released", date(2023, 6, 1), "month")


def test_a_group_after_a_list_of_what_the_freed_included_is_a_part():
    text = ("Ukraine got back 230 people. Zelenskyy said the freed included soldiers, border guards and national "
            "guardsmen, as well as seven civilians.")
    f = extract_article("a", text, date(2024, 1, 4), "en").figures[-1]
    assert (f.value, f.side, f.is_breakdown, f.is_additional) == (7, "ukraine", True, False)
    # (a group added to a count is still added)
    f = extract_article("a", "Ukraine got back 230 soldiers, as well as seven civilians.", date(2024, 1, 4), "en").figures[-1]
    assert (f.value, f.is_breakdown, f.is_additional) == (7, False, True)


def test_a_part_told_with_of_them_after_the_ages():
    # "82 of them" refers to the count before, however many sentences without an exchange word come between
    text = "Ukraine got 103 defenders back. The youngest is 22, the oldest is 59. 82 of them were held since 2022."
    f = extract_article("a", text, date(2024, 9, 14), "en").figures[-1]
    assert (f.value, f.kind, f.side, f.is_breakdown) == (82, "exchanged", "ukraine", True)
    # (with no count of people handed over in the article, "82 of them" is no part of one)
    assert extract_article("a", "Russia has mobilised 300,000 men. 82 of them were killed.", date(2024, 9, 14), "en").figures == []


@pytest.mark.parametrize("text", [
    "In August, 115 Ukrainians came home in the 55th exchange.",
    "The 55th exchange, in August, brought home 115 Ukrainians.",
])
def test_an_ordinal_dated_by_a_month(text):
    got = {(f.kind, f.event_date, f.event_date_precision) for f in extract_article("a", text, date(2024, 9, 14), "en").figures}
    assert got == {("exchanged", date(2024, 8, 1), "month"), ("exchange_ordinal", date(2024, 8, 1), "month")}


def test_upward_of_is_more_than():
    (f,) = extract_article("a", "Upward of 350 soldiers were released in all.", date(2025, 3, 20), "en").figures
    assert (f.value, f.qualifier) == (350, "more_than")


@pytest.mark.parametrize("text, side", [
    # a leader's promise to hand people over gives them to the other side
    ("Putin had promised to hand over 23 seriously wounded prisoners.", "ukraine"),
    ("Zelensky offered to hand over 500 prisoners.", "russia"),
    # (a leader who reports the other side's handover is not the giver)
    ("Putin said Ukraine had handed over 80 prisoners.", "russia"),
])
def test_what_a_leader_promises_to_hand_over(text, side):
    (f,) = extract_article("a", text, date(2025, 3, 20), "en").figures
    assert f.side == side


def test_the_swap_before_bringing_to_n_the_number_is_one_swap():
    text = "Ukraine brought home 246 soldiers, bringing to 3,956 the number freed since the invasion."
    got = [(f.value, f.kind) for f in extract_article("a", text, date(2025, 3, 20), "en").figures]
    assert got == [(246, "exchanged"), (3956, "cumulative_released")]


@pytest.mark.parametrize("text", ["The swap, Ukraine's 58th, returned 95 soldiers.", "The swap was Ukraine's 58th since 2022."])
def test_an_ordinal_after_a_nations_possessive(text):
    assert (58, "exchange_ordinal") in [(f.value, f.kind) for f in extract_article("a", text, date(2025, 3, 20), "en").figures]


@pytest.mark.parametrize("language, text", [
    # a formula in guillemets after a verb of a swap done ("завершили обмен ... по формуле «1000 на 1000»" had been a deal)
    ("ru", "Россия и Украина завершили обмен пленными по формуле «1000 на 1000»."),
    ("ru", "Россия и Украина провели обмен пленными по формуле «95 на 95»."),
])
def test_a_formula_in_guillemets_after_a_swap_done(language, text):
    (f,) = extract_article("a", text, date(2025, 5, 26), language).figures
    assert (f.kind, f.status, f.scope) == ("exchanged", "completed", "per_side")


@pytest.mark.parametrize("text, claimant", [
    # "posted" is a verb of speech
    ("Ukraine got back 95 soldiers on Friday, President Volodymyr Zelensky posted on Telegram.", "Volodymyr Zelensky"),
    # a speaker with a title before a colon
    ("President Volodymyr Zelensky: Ukraine got back 95 soldiers on Friday.", "Volodymyr Zelensky"),
    ("The Russian Defense Ministry: Ukraine got back 95 soldiers on Friday.", "Russian Defence Ministry"),
    ("Dmitry Peskov, the Kremlin spokesman: Ukraine got back 95 soldiers on Friday.", "Dmitry Peskov"),
    ("The Coordination Headquarters for the Treatment of Prisoners of War: Ukraine got back 95 soldiers on Friday.",
     "Coordination Headquarters"),
    # (a colon after something else is no speaker's)
    ("Zelensky's peace plan for the war: Russia would free 1,000 prisoners.", None),
    # the body in a person's title does not speak; the person does
    ('"Ukraine got back 95 soldiers on Friday," said Kremlin aide Vladimir Medinsky.', "Vladimir Medinsky"),
    ("Ukraine got back 95 soldiers on Friday, Dmitry Peskov, the Kremlin spokesman, said.", "Dmitry Peskov"),
    ("Dmitry Peskov, the Kremlin spokesman, said Ukraine got back 95 soldiers on Friday.", "Dmitry Peskov"),
    # (the body that speaks is still the claimant)
    ("Ukraine got back 95 soldiers on Friday, the Kremlin said.", "Kremlin"),
])
def test_claimants_with_titles_and_colons(text, claimant):
    (f,) = extract_article("a", text, date(2025, 5, 24), "en").figures
    assert f.claimant == claimant


@pytest.mark.parametrize("text, expected", [
    # a share of the people just counted, told in the next sentence
    ("Ukraine got back 150 soldiers on Monday. About 60% of them are from the Azov brigade.", [(60, "percentage")]),
    ("Ukraine got back 150 soldiers on Monday. Some 40 percent had been captured in Mariupol.", [(40, "percentage")]),
    # (shares of something else stay out)
    ("Ukraine got back 150 soldiers on Monday. Some 40 percent of voters back talks.", []),
    ("Ukraine got back 150 soldiers on Monday. Inflation rose 40 percent last year.", []),
    ("Ukraine got back 150 soldiers on Monday. Turnout was 60%.", []),
])
def test_a_share_of_the_people_just_counted(text, expected):
    figs = extract_article("a", text, date(2024, 12, 31), "en").figures
    assert [(f.value, f.kind) for f in figs[1:]] == expected


def test_a_month_named_far_after_the_count_in_its_clause():
    text = "When 185 Ukrainian soldiers came home near the Belarusian border after long months in captivity last month, it was a relief."
    (f,) = extract_article("a", text, date(2025, 11, 5), "en").figures
    assert (f.event_date, f.event_date_precision) == (date(2025, 10, 1), "month")


@pytest.mark.parametrize("text, claimant", [
    ("Ukraine got back 150 soldiers. The UN says 95% of freed Ukrainians it interviewed reported torture.", "United Nations"),
    ("Ukraine got back 150 soldiers. The United Nations said 95% of freed Ukrainians it interviewed reported torture.", "United Nations"),
    # (a UN body named in full keeps its name)
    ("Ukraine got back 150 soldiers. The UN Human Rights Monitoring Mission said 95% of freed Ukrainians it interviewed "
     "reported torture.", "UN Human Rights Monitoring Mission"),
])
def test_the_un_as_claimant(text, claimant):
    assert extract_article("a", text, date(2025, 11, 5), "en").figures[-1].claimant == claimant


@pytest.mark.parametrize("language, text, claimant", [
    # "nach Angaben des ukrainischen ...", "d'après ..." say who claimed it
    ("de", "Die Ukraine erhielt 146 Soldaten zurück. Nach Angaben des ukrainischen Koordinierungsstabs ist es der 67. "
           "Austausch seit Kriegsbeginn.", "Coordination Headquarters"),
    ("de", "Laut dem russischen Verteidigungsministerium wurden 146 Soldaten übergeben.", "Russian Defence Ministry"),
    ("fr", "L'Ukraine a récupéré 146 soldats. Plus de 5 800 Ukrainiens ont été libérés au total, d'après le Quartier "
           "général de coordination.", "Coordination Headquarters"),
])
def test_according_to_in_german_and_french(language, text, claimant):
    assert extract_article("a", text, date(2025, 8, 24), language).figures[-1].claimant == claimant


@pytest.mark.parametrize("language, text, expected", [
    # a total "au total" in the perfect (it had been one more exchange, added to the swap)
    ("fr", "L'Ukraine a récupéré 146 soldats. Plus de 5 800 Ukrainiens ont été libérés au total.", (5800, "cumulative_released", "ukraine", None)),
    # a mediator's running total told inverted ("portant à N le nombre"), both ways
    ("fr", "Les Émirats ont indiqué qu'il s'agissait de leur 16e médiation cette année, portant à 4 641 le nombre total de "
           "prisonniers libérés grâce à leurs efforts.", (4641, "cumulative_released", "both", "total")),
    ("es", "Emiratos Árabes Unidos indicó que se trata de su 16.ª mediación, elevando a 4.641 el número total de prisioneros "
           "liberados gracias a sus esfuerzos.", (4641, "cumulative_released", "both", "total")),
    ("it", "Gli Emirati hanno detto che si tratta della loro 16ª mediazione, portando a 4.641 il numero totale di prigionieri "
           "liberati grazie ai loro sforzi.", (4641, "cumulative_released", "both", "total")),
])
def test_running_totals_in_french_spanish_and_italian(language, text, expected):
    f = extract_article("a", text, date(2025, 8, 24), language).figures[-1]
    assert (f.value, f.kind, f.side, f.scope) == expected


@pytest.mark.parametrize("language, text", [
    # ordinals written "16.ª", "67.º", and mediations in Spanish and Italian
    ("es", "Emiratos Árabes Unidos indicó que se trata de su 16.ª mediación entre los dos países en el canje de prisioneros."),
    ("it", "Gli Emirati hanno detto che si tratta della loro 16ª mediazione nello scambio di prigionieri."),
])
def test_ordinals_of_mediations_in_spanish_and_italian(language, text):
    (f,) = extract_article("a", text, date(2025, 8, 24), language).figures
    assert (f.value, f.kind) == (16, "exchange_ordinal")


@pytest.mark.parametrize("language, text", [
    ("fr", "La Russie et l'Ukraine ont échangé 146 prisonniers de chaque côté. Huit civils russes de la région de Koursk ont "
           "également été rapatriés."),
    ("es", "Rusia y Ucrania intercambiaron 146 prisioneros cada uno. Ocho civiles rusos fueron también repatriados."),
])
def test_a_group_also_handed_over_in_french_and_spanish_is_added(language, text):
    f = extract_article("a", text, date(2025, 8, 24), language).figures[-1]
    assert (f.value, f.is_additional, f.is_breakdown) == (8, True, False)


@pytest.mark.parametrize("language, text, expected", [
    # small numbers in words in Spanish, Italian, Portuguese and Polish (they gave nothing)
    ("es", "Rusia y Ucrania intercambiaron 146 prisioneros cada uno. Ocho civiles rusos fueron también repatriados.", (8, "civiles")),
    ("it", "Russia e Ucraina si sono scambiate 146 prigionieri per parte. Tra i liberati ci sono anche tre civili.", (3, "civili")),
    ("pt", "A Rússia e a Ucrânia trocaram 146 prisioneiros cada. Foram libertados também dois civis.", (2, "civis")),
    ("pl", "Rosja i Ukraina wymieniły po 146 jeńców. Wśród uwolnionych jest trzech cywilów.", (3, "cywilów")),
])
def test_small_numbers_in_words_in_more_languages(language, text, expected):
    f = extract_article("a", text, date(2025, 8, 24), language).figures[-1]
    assert (f.value, f.subject) == expected


def test_small_number_words_of_one_language_are_not_read_in_another():
    # "dos" is Portuguese for "of the", "once" English, "sei" Italian for "you are"
    assert [f.value for f in extract_article("a", "Os dos soldados regressaram.", date(2025, 8, 24), "pt").figures] == []
    assert [f.value for f in extract_article("a", "Ukraine once freed 95 soldiers.", date(2025, 8, 24), "en").figures] == [95]


def test_a_part_after_among_them_in_polish():
    f = extract_article("a", "Do Ukrainy wróciło 146 obrońców. Wśród nich jest 20 cywilów.", date(2025, 8, 24), "pl").figures[-1]
    assert (f.value, f.side, f.is_breakdown) == (20, "ukraine", True)


def test_a_part_of_a_running_total_of_bodies_with_its_own_date():
    # ("including 1,212 last week" gave nothing, and the whole had taken the part's week)
    text = "Since the start of the year, more than 4,000 bodies have been repatriated to Ukraine, including 1,212 last week."
    got = [(f.value, f.kind, f.event_date, f.event_date_precision, f.since_date, f.is_breakdown)
           for f in extract_article("a", text, date(2025, 6, 14), "en").figures]
    assert got == [(4000, "bodies", date(2025, 6, 14), "day", date(2025, 1, 1), False),
                   (1212, "bodies", date(2025, 6, 2), "week", None, True)]
    # (a date after a part set off by commas is the whole's too)
    text = "Ukraine got back 390 prisoners on Wednesday. Ukraine got back 390 prisoners, including 120 civilians, on Friday."
    assert [f.event_date for f in extract_article("a", text, date(2025, 6, 14), "en").figures] == [
        date(2025, 6, 11), date(2025, 6, 13), date(2025, 6, 13)]


@pytest.mark.parametrize("text, expected", [
    # the part of a count of bodies is bodies (it had been people exchanged)
    ("Ukraine's interior ministry said 909 bodies had been returned, of which 34 were identified as Russian.",
     [(909, "bodies"), (34, "bodies")]),
    # bodies that remain unidentified were not handed over
    ("Ukraine received 1,200 bodies. Over 2,000 bodies remain unidentified in morgues, officials said.",
     [(1200, "bodies"), (2000, "other")]),
])
def test_parts_of_bodies_and_unidentified_bodies(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 6, 14), "en").figures] == expected


@pytest.mark.parametrize("text", [
    # people still to be freed under a deal are not freed yet (610 had been a running total)
    "So far, 390 prisoners from each side have been freed under the deal, with 610 more to follow.",
    "Ukraine got back 390 prisoners; 610 are still to be freed.",
])
def test_people_still_to_be_freed_under_a_deal(text):
    f = extract_article("a", text, date(2025, 5, 20), "en").figures[-1]
    assert (f.value, f.kind, f.status) == (610, "agreed", "planned")


@pytest.mark.parametrize("language, text, expected", [
    # "next week" dates a planned swap by that week's Monday; the deal itself was made by the article's day
    ("en", "Ukraine and Russia are set to exchange 500 prisoners each next week, Zelensky announced.", (date(2025, 5, 26), "week", date(2025, 5, 20))),
    ("de", "Die Ukraine und Russland wollen nächste Woche je 500 Gefangene austauschen.", (date(2025, 5, 26), "week", date(2025, 5, 20))),
    ("en", "Ukraine and Russia will exchange 500 prisoners each on Friday.", (date(2025, 5, 23), "day", date(2025, 5, 20))),
])
def test_a_swap_planned_for_next_week_and_the_day_of_its_deal(language, text, expected):
    (f,) = extract_article("a", text, date(2025, 5, 20), language).figures
    assert (f.event_date, f.event_date_precision, f.agreement_date) == expected


@pytest.mark.parametrize("text, expected", [
    # "300 more next week" is a count; "will get" has not happened (it gave nothing)
    ("Ukraine got back 500 prisoners last week and will get 300 more next week.",
     [(500, "exchanged", "completed", "ukraine"), (300, "agreed", "planned", "ukraine")]),
    ("Ukraine will get back 300 soldiers on Friday.", [(300, "agreed", "planned", "ukraine")]),
])
def test_more_next_week_and_will_get_back(text, expected):
    assert [(f.value, f.kind, f.status, f.side) for f in extract_article("a", text, date(2025, 5, 20), "en").figures] == expected


@pytest.mark.parametrize("language, text", [
    # a headline's two groups with no side, told again in the lede with the side: one fact each, with that side
    ("uk", "Додому повертаються 185 військових та 20 цивільних\n\nУкраїна повернула з російського полону 185 військових та 20 "
           "цивільних. Про це повідомив Президент Володимир Зеленський."),
    ("en", "Home: 185 soldiers and 20 civilians\n\nUkraine brought home 185 soldiers and 20 civilians from Russian captivity, "
           "Zelensky said."),
])
def test_a_headlines_two_groups_told_again_with_their_side(language, text):
    got = [(f.value, f.side, f.claimant) for f in extract_article("a", text, date(2025, 10, 2), language).figures]
    assert got == [(185, "ukraine", "Volodymyr Zelensky"), (20, "ukraine", "Volodymyr Zelensky")]


@pytest.mark.parametrize("language, text, expected", [
    # "россиян"/"росіян" are Russians; "сообщала" is a verb of speech
    ("ru", "Ранее уполномоченный по правам человека в РФ Татьяна Москалькова сообщала, что в украинском плену остаются около "
           "1 500 россиян.", (1500, "other", "russia", "Tatyana Moskalkova")),
    ("uk", "Україна передала Росії 150 росіян.", (150, "exchanged", "russia", None)),
])
def test_russians_in_russian_and_ukrainian(language, text, expected):
    (f,) = extract_article("a", text, date(2025, 10, 2), language).figures
    assert (f.value, f.kind, f.side, f.claimant) == expected


def test_an_answer_that_vouches_for_a_count_takes_its_question():
    text = "Q: How many Ukrainians are still in Russian captivity?\nA: We have verified about 8,000, but the real number may be higher."
    (f,) = extract_article("a", text, date(2025, 3, 1), "en").figures
    assert (f.value, f.kind, f.side, f.qualifier) == (8000, "other", "ukraine", "about")


@pytest.mark.parametrize("text, expected", [
    # a number inside an if-clause, or said hypothetically, tells no release
    ("If Moscow released even 500 civilians, it would be a sign of good faith.", []),
    ("Hypothetically, a 10,000-for-10,000 exchange would empty most camps.", []),
    # (the main clause after an if-clause still tells a plan; "even if" is no condition of the count before it)
    ("If all goes to plan, 1,000 prisoners would be freed next week.", [(1000, "agreed")]),
    ("Ukraine got back 95 soldiers, even if Russia had promised 150.", [(95, "exchanged"), (150, "offered")]),
])
def test_conditions_and_hypotheses(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 3, 1), "en").figures] == expected


def test_a_swap_so_many_years_ago():
    (f,) = extract_article("a", "Ten years ago, 200 prisoners were swapped in the Donbas in a single day.", date(2025, 3, 1), "en").figures
    assert (f.event_date, f.event_date_precision) == (date(2015, 1, 1), "year")


def test_portuguese_claimant_russians_and_a_group_in_addition():
    text = ("A Rússia e a Ucrânia trocaram hoje 146 prisioneiros de guerra de cada lado, anunciou o Ministério da Defesa russo. "
            "Além disso, oito civis russos da região de Kursk regressaram à Rússia.")
    got = [(f.value, f.side, f.claimant, f.is_additional) for f in extract_article("a", text, date(2025, 8, 24), "pt").figures]
    assert got == [(146, "both", "Russian Defence Ministry", False), (8, "russia", None, True)]


@pytest.mark.parametrize("text, claimant", [
    # the speech verb before the name: '..., said Iryna Gerashchenko'
    ("Three Ukrainian servicemen were freed, said Iryna Gerashchenko.", "Iryna Gerashchenko"),
    ('Three Ukrainian servicemen were freed. "This is only a small step," said Iryna Gerashchenko, Ukraine’s envoy. '
     "She said about 130 Ukrainians were still held by the rebels.", "Iryna Gerashchenko"),
    # the self-proclaimed republics speak for the separatists
    ("Three Ukrainian servicemen were freed in return for seven rebel fighters, the Donetsk People's Republic said.",
     "Russian-backed separatists"),
    # a body governed by a preposition is no subject of "said" ...
    ("Kyiv released 222 people held on suspicion of supporting the separatists, officials said.", None),
    # ... unless it is the source of the words
    ("Russia and Ukraine carried out a new prisoner exchange, freeing 95 each, according to a statement from the Russian "
     "Ministry of Defense.", "Russian Defence Ministry"),
])
def test_more_claimants(text, claimant):
    assert extract_article("a", text, date(2016, 2, 6), "en").figures[-1].claimant == claimant


@pytest.mark.parametrize("text", [
    # another country's exchange, in an article that names nothing of Ukraine or its war
    "Russia and the West carried out their biggest prisoner swap since the Cold War on Thursday, with 24 people released. "
    "Sixteen people were freed from Russia and Belarus, while eight were returned to Russia.",
    "Armenia and Azerbaijan exchanged 6 prisoners of war on Thursday, with Azerbaijan handing over 5 Armenian soldiers.",
])
def test_another_countrys_exchange_gives_no_figures(text):
    assert extract_article("a", text, date(2024, 8, 2), "en").figures == []


def test_an_exchange_of_this_war_that_names_another_country_is_read():
    text = "Ukraine and Russia swapped 95 prisoners each in a deal brokered by the United Arab Emirates and the United States."
    assert [f.value for f in extract_article("a", text, date(2024, 8, 2), "en").figures] == [95]


def test_close_to_is_a_bound():
    (f,) = extract_article("a", "Ukraine got back close to 300 soldiers.", date(2025, 5, 20), "en").figures
    assert (f.value, f.qualifier) == (300, "up_to")


@pytest.mark.parametrize("text, expected", [
    # a swap under discussion is no swap done
    ("Maria Zakharova accused Kyiv of stalling talks on a larger swap involving up to 1,000 people.", (1000, "offered")),
    # (talks before a release told done)
    ("After talks on the exchange of prisoners, 150 prisoners were freed on Friday.", (150, "exchanged")),
])
def test_a_swap_under_discussion(text, expected):
    (f,) = extract_article("a", text, date(2025, 1, 16), "en").figures
    assert (f.value, f.kind) == expected


def test_german_according_to_a_side_and_its_own_soldiers():
    text = "Nach ukrainischen Angaben kehrten 277 Soldaten in die Heimat zurück. Moskau sprach von 246 eigenen Soldaten, die freigekommen seien."
    got = [(f.value, f.side, f.claimant) for f in extract_article("a", text, date(2025, 4, 19), "de").figures]
    assert got == [(277, "unknown", "Ukrainian government"), (246, "russia", "Russian government")]


@pytest.mark.parametrize("language, text, expected", [
    # wounded captives are handed over, not casualties of an attack
    ("fr", "Lors des négociations du 2 juin, les deux parties s'étaient mises d'accord pour échanger tous les prisonniers "
           "blessés, soit au moins 1 200 personnes de chaque côté.", [(1200, "agreed", "both", "at_least")]),
    ("en", "The sides agreed to swap all injured prisoners, at least 1,200 people on each side.",
     [(1200, "agreed", "both", "at_least")]),
    # (and a strike's wounded and dead are still no figures)
    ("en", "The strike injured prisoners and killed 12 guards.", []),
])
def test_wounded_captives_are_no_casualties(language, text, expected):
    got = [(f.value, f.kind, f.side, f.qualifier) for f in extract_article("a", text, date(2025, 6, 10), language).figures]
    assert got == expected


def test_a_nations_people_before_a_comma_are_no_name_with_an_age():
    text = ("A total of 150 Ukrainian servicemen returned home on Wednesday. Most of the returned Ukrainians, 74, are from the "
            "Armed Forces. Among them was Oleksandr Petrenko, 34, a marine.")
    got = [(f.value, f.kind) for f in extract_article("a", text, date(2025, 2, 5), "en").figures]
    assert got == [(150, "exchanged"), (74, "exchanged"), (34, "age")]


def test_the_parts_of_those_returning_to_a_side_and_a_day_still_to_come():
    text = ("Of those returning to Ukraine, 270 were servicemen and 120 were civilians, Zelensky said, adding that more "
            "would follow over the weekend.")
    got = [(f.value, f.side, f.event_date) for f in extract_article("a", text, date(2025, 5, 23), "en").figures]
    assert got == [(270, "ukraine", date(2025, 5, 23)), (120, "ukraine", date(2025, 5, 23))]


def test_a_headlines_two_groups_joined_by_a_comma_each():
    text = ("Ukraine, Russia exchange 185 POWs, 20 civilians each in UAE-brokered swap\n\n"
            "Russia and Ukraine on Thursday swapped 185 soldiers and 20 civilians from each side, the defence ministry in Moscow said.")
    got = [(f.value, f.side, f.scope) for f in extract_article("a", text, date(2025, 10, 3), "en").figures]
    assert got == [(185, "both", "per_side"), (20, "both", "per_side")]


@pytest.mark.parametrize("text, expected", [
    # a headline drops the article before the deal a stage belongs to
    ("First stage of 1,000-for-1,000 swap completed", [(1, "exchange_ordinal"), (1000, "agreed")]),
    # what a side demanded is no swap done
    ("Budanov said that Russia had initially demanded 200 people in return for the Azov commanders.", [(200, "other")]),
])
def test_a_stage_of_a_deal_in_a_headline_and_a_demand(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 5, 23), "en").figures] == expected


def test_a_holiday_names_the_swap_when_the_date_is_the_day_it_was_said():
    text = "Ukraine said on Jan. 1 that 140 Ukrainian servicemen had been freed in the New Year's Eve swap."
    (f,) = extract_article("a", text, date(2023, 1, 9), "en").figures
    assert f.event_date == date(2022, 12, 31)


def test_a_timeline_item_labelled_with_its_month_past_a_semicolon():
    text = ("Timeline: Major prisoner swaps of the war\n\n"
            "- April 2022: First exchange of the war; 86 Ukrainian servicemen return home.\n"
            "- Sept. 21, 2022: 215 Ukrainians freed for 55 Russians.")
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in extract_article("a", text, date(2025, 5, 26), "en").figures]
    assert got == [(1, "exchange_ordinal", date(2022, 4, 1), "month"), (86, "exchanged", date(2022, 4, 1), "month"),
                   (215, "exchanged", date(2022, 9, 21), "day"), (55, "exchanged", date(2022, 9, 21), "day")]


@pytest.mark.parametrize("text, expected", [
    ("It was the first exchange of the war.", [(1, "exchange_ordinal")]),
    # (a first swap after a pause is a superlative, no place in the series)
    ("It was the first exchange of prisoners in months.", []),
])
def test_the_first_exchange_of_the_war(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 5, 26), "en").figures] == expected


@pytest.mark.parametrize("text, parts", [
    ("Ukraine has received the bodies of 502 soldiers killed in the war. Most of the bodies, 379, were from the Donetsk "
     "region front, while 30 came from morgues in Russia.", [379, 30]),
    ("Ukraine has received the bodies of 502 soldiers. Most of them, 379, were from the Donetsk front.", [379]),
])
def test_most_of_them_opens_the_parts_of_a_count(text, parts):
    figures = extract_article("a", text, date(2024, 11, 29), "en").figures
    assert [f.value for f in figures if f.is_breakdown] == parts
    assert [f.value for f in figures if not f.is_breakdown] == [502]


@pytest.mark.parametrize("text, expected", [
    # a single official speaks for the side's officials
    ("The rebels freed four Ukrainian soldiers, a Ukrainian official said.", [(4, "Ukrainian officials")]),
    # two sides that "say" each their figure; the people a side holds "of their fighters" are the other side's
    ("Ukraine says 131 of its servicemen are still held by the rebels, while the separatists say Kiev holds about 600 of "
     "their fighters.", [(131, "Ukrainian government"), (600, "Russian-backed separatists")]),
])
def test_a_single_official_and_two_sides_that_say(text, expected):
    assert [(f.value, f.claimant) for f in extract_article("a", text, date(2016, 2, 8), "en").figures] == expected


def test_the_people_a_side_holds_of_their_fighters_are_the_other_sides():
    text = "The separatists say Kiev holds about 600 of their fighters."
    (f,) = extract_article("a", text, date(2016, 2, 8), "en").figures
    assert (f.value, f.kind, f.side) == (600, "other", "russia")


@pytest.mark.parametrize("language, text, expected", [
    # a capital with a diacritic opens a sentence: the running total of the sentence before is not this one's
    ("pl", "Rosja i Ukraina zakończyły największą wymianę od początku wojny. Łącznie w ciągu trzech dni obie strony "
           "uwolniły po 1000 osób.", [(1000, "exchanged", "both", date(2025, 5, 25))]),
    # the Polish impersonal past of "exchange"
    ("pl", "W piątek wymieniono po 390 osób, a w sobotę po 307.",
     [(390, "exchanged", "both", date(2025, 5, 23)), (307, "exchanged", "both", date(2025, 5, 24))]),
    # "as agreed in Istanbul on May 16" in other languages dates the deal, not the swap
    ("it", "In tre giorni sono tornati a casa 1.000 prigionieri per ciascuna delle due parti, come concordato a Istanbul "
           "il 16 maggio.", [(1000, "exchanged", "both", date(2025, 5, 25))]),
    ("es", "En tres días, 1.000 prisioneros de cada bando fueron liberados, como se acordó en Estambul el 16 de mayo.",
     [(1000, "exchanged", "both", date(2025, 5, 25))]),
    # a part is dated with its whole, not by the day of the next count
    ("en", "On Friday 390 prisoners were swapped, including 120 civilians, and on Saturday another 307.",
     [(390, "exchanged", "unknown", date(2025, 5, 23)), (120, "exchanged", "unknown", date(2025, 5, 23)),
      (307, "exchanged", "unknown", date(2025, 5, 24))]),
    ("it", "Venerdì erano stati scambiati 390 prigionieri, tra cui 120 civili, e sabato altri 307.",
     [(390, "exchanged", "unknown", date(2025, 5, 23)), (120, "exchanged", "unknown", date(2025, 5, 23)),
      (307, "exchanged", "unknown", date(2025, 5, 24))]),
])
def test_three_days_of_one_swap_in_more_languages(language, text, expected):
    got = [(f.value, f.kind, f.side, f.event_date) for f in extract_article("a", text, date(2025, 5, 25), language).figures]
    assert got == expected


def test_the_bodies_a_side_has_said_it_will_hand_over_with_the_noun_left_out():
    text = ("Ukraine received the bodies of 1,212 soldiers on Wednesday, the first batch of the 6,000 Moscow has said it will "
            "hand over under an agreement reached in Istanbul earlier this month.")
    got = [(f.value, f.kind, f.side, f.status, f.event_date) for f in extract_article("a", text, date(2025, 6, 12), "en").figures]
    assert got == [(1212, "bodies", "ukraine", "completed", date(2025, 6, 11)), (6000, "bodies", "ukraine", "planned", None)]


@pytest.mark.parametrize("text, expected", [
    ("Moscow says 6,060 bodies have been moved to the border.", (6060, "other", "bodies")),
    ("Russia says the bodies of 6,000 Ukrainian soldiers are waiting at the border in refrigerated trucks.", (6000, "other", "soldiers")),
    # (bodies brought to Ukraine are handed over)
    ("The bodies of 1,212 soldiers were brought to Ukraine on Wednesday.", (1212, "bodies", "bodies")),
])
def test_bodies_ready_at_the_border_are_not_handed_over(text, expected):
    (f,) = extract_article("a", text, date(2025, 6, 12), "en").figures
    assert (f.value, f.kind, f.subject) == expected


def test_a_headlines_n_for_n_takes_the_claimant_of_the_sides_count_told_after_it():
    text = ("Україна та Росія провели обмін полоненими за формулою 175 на 175\n\n"
            "Україна повернула додому 175 військовослужбовців, а також 22 тяжкопоранених бійців, яких Росія передала додатково. "
            "Про це повідомив Координаційний штаб з питань поводження з військовополоненими.")
    got = [(f.value, f.side, f.claimant) for f in extract_article("a", text, date(2025, 3, 19), "uk").figures]
    assert got == [(175, "both", "Coordination Headquarters"), (22, "ukraine", "Coordination Headquarters")]


@pytest.mark.parametrize("text, expected", [
    # how many times the sides have swapped, and the latest swap in a when-clause after a running count
    ("Ukraine and Russia have exchanged prisoners 62 times since the full-scale invasion, most recently on March 19, when "
     "175 prisoners were swapped on each side.", [(62, "exchange_count", "both"), (175, "exchanged", "both")]),
    # a monitor's staff and the prisoners it interviewed are no prisoners exchanged
    ("Ukraine and Russia swapped 95 prisoners each. The mission has 57 staff members and an annual budget of $10 million.",
     [(95, "exchanged", "both")]),
    ("Russian POWs interviewed by the mission, 70 in total, reported abuse mostly at the moment of capture.", []),
    # ("three times more" is a comparison)
    ("Russia exchanged three times more prisoners.", []),
])
def test_times_swapped_staff_and_people_interviewed(text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 3, 31), "en").figures] == expected


def test_a_headline_that_names_no_day_takes_the_ledes_day_and_claimant():
    text = ("Ukraine frees 45 Azovstal defenders in new swap with Russia\n\n"
            "Ukraine secured the return of 45 of its defenders, most of them members of the Azov regiment, Andriy Yermak, "
            "head of the presidential office, said on Saturday. Three civilians were also freed.")
    got = [(f.value, f.side, f.event_date, f.claimant, f.is_additional) for f in extract_article("a", text, date(2023, 5, 7), "en").figures]
    assert got == [(45, "ukraine", date(2023, 5, 6), "Andriy Yermak", False), (3, "ukraine", date(2023, 5, 6), None, True)]


def test_a_total_before_the_latest_release():
    text = ("Ukraine said on Monday that 22 soldiers had been returned home. Before the latest release, Ukraine had brought "
            "back 2,598 prisoners from Russian captivity, according to Yermak.")
    got = [(f.value, f.kind) for f in extract_article("a", text, date(2023, 8, 7), "en").figures]
    assert got == [(22, "exchanged"), (2598, "cumulative_released")]


@pytest.mark.parametrize("language, text, expected", [
    # French "207 des siens" (of its own), the other side gapped after it
    ("fr", "Kiev et Moscou échangent près de 400 prisonniers\n\nKiev a récupéré 207 des siens, Moscou 195, selon les deux parties.",
     [(400, "both"), (207, "ukraine"), (195, "russia")]),
    # a side that received, in Russian and Ukrainian
    ("ru", "Россия вернула из плена 195 военнослужащих. Украинская сторона получила 207 человек.", [(195, "russia"), (207, "ukraine")]),
    ("uk", "Україна повернула 207 людей. Російська сторона отримала 195 військових.", [(207, "ukraine"), (195, "russia")]),
    # a German headline in the present tense
    ("de", "Ukraine und Russland tauschen fast 400 Gefangene aus", [(400, "both")]),
])
def test_sides_in_french_russian_ukrainian_and_a_german_headline(language, text, expected):
    assert [(f.value, f.side) for f in extract_article("a", text, date(2024, 1, 31), language).figures] == expected


@pytest.mark.parametrize("language, text", [
    ("ru", "Это первый обмен после катастрофы Ил-76, на борту которого, по данным Минобороны, находились 65 украинских военнопленных."),
    ("fr", "Selon Moscou, l'avion avait à bord 65 prisonniers ukrainiens destinés à un échange."),
])
def test_prisoners_aboard_a_plane_are_not_exchanged(language, text):
    # (and "Ил-76" is the plane's model, no count)
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2024, 1, 31), language).figures] == [(65, "other")]


@pytest.mark.parametrize("text, subjects", [
    # the noun after the nation's adjective is what is counted
    ("Russia's defence ministry said 75 Russian servicemen held in Ukraine had been returned.", ["servicemen"]),
    ("Separately, Kyiv said 10 Ukrainian civilians had been freed with the help of the Vatican.", ["civilians"]),
    # (a nation's people with no other noun stay so)
    ("Some 1.2 thousand Ukrainians are known to be held in Russian prisons.", ["ukrainians"]),
])
def test_the_subject_is_the_noun_after_a_nations_adjective(text, subjects):
    assert [f.subject for f in extract_article("a", text, date(2024, 6, 25), "en").figures] == subjects


def test_a_side_that_accuses_beside_one_that_says():
    text = "Ukraine says Russia has stalled exchanges for months; Moscow accuses Kyiv of refusing to take back about 1,000 of its soldiers."
    (f,) = extract_article("a", text, date(2024, 5, 31), "en").figures
    assert (f.value, f.kind, f.claimant) == (1000, "other", "Russian government")


def test_a_headlines_whole_takes_the_claimant_of_the_ledes_part_restated():
    text = ("Ukraine returns home 146 defenders and eight civilians from Russian captivity\n\n"
            "On Independence Day, August 24, Ukraine returned home 146 servicemen and eight civilians from Russian captivity. "
            "This was reported by President Volodymyr Zelensky on Telegram, Ukrinform informs.")
    got = [(f.value, f.claimant) for f in extract_article("a", text, date(2025, 8, 24), "en").figures]
    assert got == [(146, "Volodymyr Zelensky"), (8, "Volodymyr Zelensky")]


def test_what_befell_one_of_a_group_is_not_the_groups_verb():
    text = ("Ukraine returned home 146 servicemen on Sunday. In addition, eight civilians, including journalist Dmytro Khyliuk, "
            "who was abducted by the Russians in 2022, returned home.")
    got = [(f.value, f.kind, f.is_additional) for f in extract_article("a", text, date(2025, 8, 24), "en").figures]
    assert got == [(146, "exchanged", False), (8, "exchanged", True)]


@pytest.mark.parametrize("language, text, expected", [
    # "Lo ha reso noto ...": the next sentence names who said it
    ("it", "Russia e Ucraina hanno scambiato venerdì 390 prigionieri ciascuna. Lo ha reso noto il ministero della Difesa russo.",
     [(390, "exchanged", "Russian Defence Ministry", date(2025, 5, 23))]),
    # what a deal provides for is agreed
    ("pt", "O acordo prevê a troca de mil prisioneiros de cada lado.", [(1000, "agreed", None, None)]),
    # "intercambio número 64" is the series' number, dated by the swap, not by the deal named in the sentence before
    ("es", "Rusia y Ucrania intercambiaron este viernes 390 prisioneros cada una. El acuerdo, alcanzado el 16 de mayo en "
           "Estambul, prevé el canje de 1.000 prisioneros por cada bando. Se trata del intercambio número 64 desde febrero de "
           "2022, según Kiev.",
     [(390, "exchanged", None, date(2025, 5, 23)), (1000, "agreed", None, date(2025, 5, 16)),
      (64, "exchange_ordinal", "Ukrainian government", date(2025, 5, 23))]),
])
def test_a_deal_its_terms_and_its_swaps_in_romance_languages(language, text, expected):
    got = [(f.value, f.kind, f.claimant, f.event_date) for f in extract_article("a", text, date(2025, 5, 23), language).figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("KIEV (Reuters) - Ukraine and Russian-backed separatists exchanged prisoners on Sunday, with Kiev getting back 76 "
     "people and handing over 124.", [(76, "ukraine"), (124, "russia")]),
    ("Ukraine and pro-Russian separatists swapped prisoners on Thursday, with Kiev receiving 20 people in return for 14.",
     [(20, "ukraine"), (14, "russia")]),
])
def test_kiev_is_read_as_kyiv_and_the_article_keeps_its_spelling(text, expected):
    figures = extract_article("a", text, date(2019, 12, 29), "en").figures
    assert [(f.value, f.side) for f in figures] == expected
    for f in figures:
        assert text[f.char_start : f.char_end] == f.text
        assert text[f.sentence_start : f.sentence_start + len(f.sentence)] == f.sentence and "Kiev" in f.sentence


def test_people_in_the_hands_of_the_separatists_are_held():
    text = "Ukraine and the rebels swapped prisoners. About 200 Ukrainians are believed to remain in the hands of the separatists."
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2020, 4, 16), "en").figures] == [(200, "other", "ukraine")]


@pytest.mark.parametrize("text, expected", [
    # a running total of people taken prisoner is no total of people freed
    ("Russia's defence ministry said on Friday that the last 531 Ukrainian fighters holed up in the Azovstal steelworks had "
     "surrendered, bringing the total number taken prisoner there since May 16 to 2,439.", [(2439, "other")]),
    # a count that shares the verb before it: evacuated, not exchanged
    ("Ukraine said that 53 seriously wounded fighters had been evacuated to a hospital in Novoazovsk and 211 others to "
     "Olenivka, with a view to a future prisoner exchange.", []),
])
def test_people_taken_prisoner_or_evacuated_are_not_freed(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2022, 5, 20), "en").figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    # "since February 2022" in Ukrainian and Russian: a running total with its since-date
    ("uk", "З лютого 2022 року з полону вдалося повернути вже 6 254 українців.",
     [(6254, "cumulative_released", date(2022, 2, 1), False)]),
    ("ru", "С февраля 2022 года из плена вернулись более 5 000 россиян.", [(5000, "cumulative_released", date(2022, 2, 1), False)]),
    # "зокрема" (including) opens a part
    ("uk", "Додому повернулися 185 військовослужбовців. Серед звільнених — захисники Маріуполя, зокрема 14 бійців, які "
           "перебували в полоні з 2022 року.", [(185, "exchanged", None, False), (14, "exchanged", None, True)]),
])
def test_since_a_month_and_parts_in_ukrainian_and_russian(language, text, expected):
    got = [(f.value, f.kind, f.since_date, f.is_breakdown) for f in extract_article("a", text, date(2025, 10, 2), language).figures]
    assert got == expected


def test_an_earlier_swap_in_russian_does_not_date_the_article():
    text = ("Россия и Украина провели обмен пленными по формуле 185 на 185\n\n"
            "Российская сторона вернула 185 военнослужащих, сообщили в Минобороны РФ. "
            "Ранее, 14 августа, стороны обменялись 84 пленными с каждой стороны.")
    got = [(f.value, f.event_date) for f in extract_article("a", text, date(2025, 10, 2), "ru").figures]
    assert got == [(185, date(2025, 10, 2)), (84, date(2025, 8, 14))]


def test_a_key_numbers_box_with_colons():
    text = ("Key numbers\n\n"
            "• 1,000-plus: prisoners freed by each side in May's three-day swap\n"
            "• 6,057: bodies Ukraine has received since June 11\n"
            "• 78: bodies Russia has received over the same period")
    got = [(f.value, f.kind, f.side, f.qualifier) for f in extract_article("a", text, date(2025, 6, 20), "en").figures]
    assert got == [(1000, "exchanged", "both", "more_than"), (6057, "bodies", "ukraine", "exact"), (78, "bodies", "russia", "exact")]


def test_each_years_total_in_a_list_of_years():
    text = "The pace has varied wildly: 2022 saw about 1,600 Ukrainians freed, 2023 around 1,100 and 2024 about 1,300."
    got = [(f.value, f.kind, f.side, f.event_date, f.event_date_precision) for f in extract_article("a", text, date(2025, 2, 10), "en").figures]
    assert got == [(1600, "cumulative_released", "ukraine", date(2022, 1, 1), "year"),
                   (1100, "cumulative_released", "ukraine", date(2023, 1, 1), "year"),
                   (1300, "cumulative_released", "ukraine", date(2024, 1, 1), "year")]


@pytest.mark.parametrize("text, kind", [
    ("Russia is prepared to free 500 prisoners, officials said.", "offered"),
    ("Kyiv is willing to hand over 500 prisoners, officials said.", "offered"),
    # a swap under discussion, one not agreed, one a side waits for the other to take up
    ("Talks on exchanging 500 prisoners are under way, a Kremlin aide said.", "offered"),
    ("Ukraine and Russia failed to agree on a swap of 500 prisoners.", "offered"),
    ("Russia says it is waiting for Kyiv to take back 500 prisoners.", "offered"),
    # an offer taken up
    ("Moscow accepted Kyiv's proposal to swap 500 prisoners.", "agreed"),
])
def test_offers_talks_and_offers_taken_up(text, kind):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 6, 1), "en").figures] == [(500, kind)]


@pytest.mark.parametrize("text", [
    "Ukraine's total of returned POWs now exceeds 4,552.",
    "Kyiv has got back 4,552 people in all.",
])
def test_more_running_total_wordings(text):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 6, 1), "en").figures] == [(4552, "cumulative_released")]


def test_corpses_are_bodies():
    (f,) = extract_article("a", "Russia sent back 909 corpses.", date(2025, 6, 1), "en").figures
    assert (f.value, f.kind, f.side) == (909, "bodies", "ukraine")


@pytest.mark.parametrize("text, expected", [
    # deaths, casualties and victims are not people handed over ...
    ("Ukraine and Russia exchanged 95 prisoners each on Friday. The UN has recorded 12,000 civilian deaths since 2022.", [95]),
    # ... unless their bodies are
    ("Ukraine received the bodies of 757 victims of the war.", [757]),
])
def test_deaths_and_victims(text, expected):
    assert [f.value for f in extract_article("a", text, date(2025, 6, 1), "en").figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a relative's age, with no name
    ("Oleksandr was one of 150 Ukrainians freed on Wednesday. His brother, 34, is still missing.", [(150, "exchanged")]),
    # places set up for the freed are no people
    ("Ukraine got back 150 soldiers on Wednesday. They will recover at one of 26 such centres set up for returning POWs.",
     [(150, "exchanged")]),
])
def test_a_relatives_age_and_places_are_no_figures(text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 3, 2), "en").figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Die Ukraine erhielt nach Angaben von Präsident Wolodymyr Selenskyj 189 ihrer Staatsbürger zurück.",
     [(189, "ukraine", "Volodymyr Zelensky")]),
    ("pl", "Rosyjskie ministerstwo obrony przekazało, że z niewoli uwolniono 150 rosyjskich żołnierzy.",
     [(150, "russia", "Russian Defence Ministry")]),
])
def test_german_citizens_and_a_polish_verb_of_speech(language, text, expected):
    assert [(f.value, f.side, f.claimant) for f in extract_article("a", text, date(2024, 12, 30), language).figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    # each day's count in a list of days, the noun left out
    ("en", "The sides exchanged 390 prisoners on May 23, 307 on May 24 and 303 on May 25.",
     [(390, date(2025, 5, 23)), (307, date(2025, 5, 24)), (303, date(2025, 5, 25))]),
    # a date past the next clause's opening is that clause's
    ("uk", "Раніше, 23 травня, Україна повернула 390 людей, а 24 травня – ще 307.",
     [(390, date(2025, 5, 23)), (307, date(2025, 5, 24))]),
])
def test_each_days_count_and_its_day(language, text, expected):
    assert [(f.value, f.event_date) for f in extract_article("a", text, date(2025, 5, 25), language).figures] == expected


def test_the_formula_of_the_deal_a_stage_is_of_in_ukrainian():
    text = "У неділю, 25 травня, відбувся третій етап обміну полоненими за формулою «1000 на 1000»."
    got = [(f.value, f.kind, f.agreement_date) for f in extract_article("a", text, date(2025, 5, 25), "uk").figures]
    assert got == [(3, "exchange_ordinal", None), (1000, "agreed", None)]


def test_people_waiting_to_be_exchanged_are_held():
    (f,) = extract_article("a", "Ukraine says 300 Russians are waiting to be exchanged.", date(2025, 6, 1), "en").figures
    assert (f.value, f.kind, f.side) == (300, "other", "russia")


@pytest.mark.parametrize("language, text, ages", [
    ("es", "El más joven de los liberados tiene 23 años y el mayor, 57.", [23, 57]),
    ("pt", "O mais jovem dos libertados tem 23 anos e o mais velho, 57.", [23, 57]),
])
def test_the_youngest_and_oldest_in_spanish_and_portuguese(language, text, ages):
    assert [f.value for f in extract_article("a", text, date(2025, 6, 1), language).figures if f.kind == "age"] == ages


def test_a_side_expected_to_receive_bodies():
    (f,) = extract_article("a", "Ukraine is expected to receive 6,000 bodies under the deal.", date(2025, 6, 1), "en").figures
    assert (f.value, f.kind, f.status, f.side) == (6000, "bodies", "planned", "ukraine")


def test_the_part_of_the_drones_shot_down_is_no_count_of_people():
    text = ("Ukraine and Russia each released 146 prisoners of war on Friday. Meanwhile, Ukraine's Air Force said Russia "
            "launched 40 drones overnight, 35 of which were shot down.")
    assert [f.value for f in extract_article("a", text, date(2025, 9, 12), "en").figures] == [146]


def test_a_total_as_it_stood_by_a_month_and_whose_people_they_are():
    text = "Hundreds of Russian conscripts were captured, and by December 2024 more than 500 of them had been traded."
    (f,) = extract_article("a", text, date(2025, 2, 10), "en").figures
    assert (f.value, f.kind, f.side, f.qualifier) == (500, "cumulative_released", "russia", "more_than")


def test_an_answer_is_of_the_day_its_question_asks_about():
    text = ("What happened on March 19?\n"
            "The sides swapped 175 POWs each. Russia also handed over 22 seriously wounded soldiers, Ukraine said.")
    got = [(f.value, f.event_date) for f in extract_article("a", text, date(2025, 3, 20), "en").figures]
    assert got == [(175, date(2025, 3, 19)), (22, date(2025, 3, 19))]


@pytest.mark.parametrize("text, expected", [
    # "one" more of a list of groups is a count ...
    ("Russia said it had received 94 servicemen, as well as one Russian civilian.", [(94, False), (1, True)]),
    ("Ukraine got back 94 soldiers and one civilian.", [(94, False), (1, True)]),
    # ... "one of them" is not
    ("Ukraine got back 94 soldiers, and one of them was wounded.", [(94, False)]),
])
def test_one_more_person_in_a_list_of_groups(text, expected):
    assert [(f.value, f.is_additional) for f in extract_article("a", text, date(2023, 6, 11), "en").figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    # another spelling of a known person after "selon"; bodies repatriated to Ukraine are Ukraine's
    ("fr", "En retour, la Russie a récupéré les dépouilles de 78 de ses militaires, selon le négociateur russe Vladimir Medinski. "
           "Au total, 6 057 corps ont été rapatriés en Ukraine depuis le 11 juin.",
     [(78, "russia", "Vladimir Medinsky"), (6057, "ukraine", None)]),
    # "La Russia ha ricevuto in cambio le salme di 78": the receiving side
    ("it", "L'Ucraina ha ricevuto lunedì i corpi di 1.245 militari caduti. La Russia ha ricevuto in cambio le salme di 78 suoi soldati.",
     [(1245, "ukraine", None), (78, "russia", None)]),
])
def test_bodies_and_their_sides_in_french_and_italian(language, text, expected):
    assert [(f.value, f.side, f.claimant) for f in extract_article("a", text, date(2025, 6, 16), language).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "to free" is a word of the subject, and what Moscow frees is Kyiv's people
    ("Russia pledged to free at least 1,000 people.", [(1000, "offered", "ukraine", None, "at_least")]),
    ("Russia offered to release 500 prisoners.", [(500, "offered", "ukraine", None, "exact")]),
    # a pledge both sides made, or one made under a deal, is a term agreed
    ("Under the deal reached on June 2, the two sides pledged to free all those aged 18 to 25, at least 1,000 people each.",
     [(18, "age", "both", None, "exact"), (1000, "agreed", "both", "per_side", "at_least")]),
    # a running total "through exchanges"
    ("Russia said it had freed some 1,400 of its soldiers through exchanges.", [(1400, "cumulative_released", "russia", None, "about")]),
])
def test_pledges_and_totals_through_exchanges(text, expected):
    assert [(f.value, f.kind, f.side, f.scope, f.qualifier) for f in figs(text, date(2025, 6, 10))] == expected


def test_a_quote_that_frees_people_leads_the_parts_after_it():
    text = ('Ukraine and Russia exchanged 50 prisoners each on Thursday, officials said. "We managed to free 50 of our people," '
            "Yermak said. Among them were 20 members of the Armed Forces and 30 national guardsmen.")
    assert [(f.value, f.is_breakdown) for f in figs(text, date(2022, 11, 24))] == [(50, False), (20, True), (30, True)]


def test_bodies_taken_back_are_no_part_of_the_bodies_offered():
    text = "The Kremlin said Ukraine had so far taken back only 1,212 of the 6,000 bodies it had offered."
    got = [(f.value, f.kind, f.status, f.side, f.is_breakdown) for f in figs(text, date(2025, 6, 12))]
    assert got == [(1212, "bodies", "completed", "ukraine", False), (6000, "bodies", "offered", "ukraine", False)]


def test_a_stage_is_dated_by_its_swap_not_by_the_talks_that_agreed_it():
    text = ("Russia and Ukraine on Monday swapped 100 prisoners of war, the first stage of an exchange agreed at talks in "
            "Istanbul last week, officials said.")
    got = [(f.value, f.kind, f.side, f.scope, f.event_date) for f in figs(text, date(2025, 6, 10))]
    assert got == [(100, "exchanged", "both", "total", date(2025, 6, 9)), (1, "exchange_ordinal", "both", None, date(2025, 6, 9))]


@pytest.mark.parametrize("text, claimants", [
    # "officials said": the speaker is not named, whoever else the sentence names
    ("Ukraine and pro-Russian separatists traded prisoners on Friday, with each side freeing three people, officials said.", [None]),
    # ... but the officials of a body named are its officials
    ("Russian Defence Ministry officials said 95 servicemen had been returned.", ["Russian Defence Ministry"]),
    # a name with an appositive before "said", and "she said" after it is hers
    ("Iryna Gerashchenko, a Ukrainian lawmaker who leads talks on humanitarian issues, said 113 Ukrainians were still held "
     "by the rebels. Kiev is holding 47 people the separatists want back, she said.", ["Iryna Gerashchenko", "Iryna Gerashchenko"]),
])
def test_who_speaks_when_the_subject_of_said_is_a_pronoun_or_officials(text, claimants):
    assert [f.claimant for f in figs(text, date(2016, 9, 9))] == claimants


def test_civilians_freed_in_a_separate_release_are_one_more_group():
    text = ("Ukraine said on Tuesday it had brought home 90 servicemen in a prisoner exchange with Russia, and 10 civilians "
            "in a separate release mediated by the Vatican.")
    assert [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2024, 6, 26))] == [
        (90, "ukraine", False, False), (10, "ukraine", False, True)]


def test_each_days_count_after_a_per_side_count_is_per_side_too():
    text = "On Friday, 390 prisoners were swapped on each side, on Saturday 307, and on Sunday 303."
    got = [(f.value, f.side, f.scope, f.event_date) for f in figs(text, date(2025, 5, 26))]
    assert got == [(390, "both", "per_side", date(2025, 5, 23)), (307, "both", "per_side", date(2025, 5, 24)),
                   (303, "both", "per_side", date(2025, 5, 25))]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "В обмен Украине переданы 84 человека, в том числе 33 военнопленных.", [(84, "exchanged", "ukraine"), (33, "exchanged", "ukraine")]),
    ("fr", "Moscou avait promis de remettre plus de 6 000 corps lors des pourparlers d'Istanbul.", [(6000, "bodies", "ukraine")]),
    ("de", "Die Ukraine hat nach eigenen Angaben die Leichen von weiteren 1245 Soldaten aus Russland zurückerhalten.",
     [(1245, "bodies", "ukraine")]),
    ("de", "Ukraine erhält weitere 1245 Leichen von Russland", [(1245, "bodies", "ukraine")]),
])
def test_people_and_bodies_and_their_sides_in_other_languages(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 6, 20), language)] == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine has received 6,057 bodies since June 11, the headquarters said."),
    ("fr", "Depuis le début, 6 057 dépouilles ont été rapatriées en Ukraine depuis le 11 juin."),
])
def test_a_running_total_of_bodies_since_a_day(language, text):
    (f,) = figs(text, date(2025, 6, 20), language)
    assert (f.value, f.kind, f.event_date, f.since_date) == (6057, "bodies", date(2025, 6, 20), date(2025, 6, 11))


@pytest.mark.parametrize("text, expected", [
    # what "the rebels" freed are Kyiv's people, whatever words stand between
    ("Kiev released 233 people, while the rebels in Donetsk and Luhansk freed 73, officials said.",
     [(233, "russia", None), (73, "ukraine", None)]),
    # what a side received "of its" own in turn is the other side's of the count it handed over
    ("The government handed over 222 rebel fighters and received 146 of its servicemen.", [(222, "russia", None), (146, "ukraine", None)]),
    # "the office of President Zelenskiy" speaks for the government
    ("Ukraine received 20 people on Thursday, and in return handed over 14, the office of President Volodymyr Zelenskiy said.",
     [(20, "ukraine", "Ukrainian government"), (14, "russia", "Ukrainian government")]),
    # a "says" after a closing "according to" opens the figure's clause ("the rebels" are the separatists)
    ("Another 150 Ukrainian prisoners are still held by the separatists, according to Kiev, while the rebels say Ukraine holds "
     "about 500 of their people.", [(150, "ukraine", "Ukrainian government"), (500, "russia", "Russian-backed separatists")]),
])
def test_donbas_era_sides_and_speakers(text, expected):
    assert [(f.value, f.side, f.claimant) for f in figs(text, date(2017, 12, 28))] == expected


def test_an_opening_according_to_still_governs_a_told_after_it():
    text = "According to the Kremlin account, Putin told Trump that the two sides would exchange 175 prisoners each on March 19."
    assert [f.claimant for f in figs(text, date(2025, 3, 18))] == ["Kremlin"]


@pytest.mark.parametrize("text, expected", [
    # "a number that ... put at up to 2,000": the same measure as the count before, here people captured (no figure)
    ("Russia and Ukraine each released 115 prisoners of war on Saturday. Ukraine has taken more than 100 Russian soldiers "
     "prisoner in the Kursk operation, Kyiv says, a number that Russian military bloggers have put at up to 2,000.",
     [(115, "exchanged")]),
    # ... and a running total in another's estimate is a running total
    ("Kyiv says 3,500 Ukrainians have been freed since 2022, a figure that Russian officials put at about 3,000.",
     [(3500, "cumulative_released"), (3000, "cumulative_released")]),
])
def test_a_number_that_others_put_at_is_the_same_measure(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2024, 8, 24))] == expected


def test_the_ministry_that_said_is_the_ministry_named_before_not_an_agency_between():
    text = ("Ukraine received the bodies of 55 fallen soldiers on Friday, the Reintegration Ministry said. Ukraine's intelligence "
            "agency estimates that about 10,000 Ukrainians remain in Russian custody. Kyiv has so far recovered the bodies of more "
            "than 2,000 soldiers this year, the ministry said.")
    got = [(f.value, f.claimant) for f in figs(text, date(2023, 10, 6))]
    assert got == [(55, "Ukrainian Ministry for Reintegration"), (10000, "Ukrainian military intelligence (HUR)"),
                   (2000, "Ukrainian Ministry for Reintegration")]


@pytest.mark.parametrize("language, text, expected", [
    # "a maior troca desde o início da guerra" is the largest swap since then, not a running total
    ("pt", "A Rússia e a Ucrânia trocaram neste domingo mais 303 prisioneiros de cada lado, concluindo a maior troca desde o "
           "início da guerra, com mil prisioneiros libertados por cada parte.",
     [(303, "exchanged", date(2025, 5, 25)), (1000, "exchanged", date(2025, 5, 25))]),
    # "390 e no sábado 307": each day's count with the noun left out, and each one's day
    ("pt", "A Rússia e a Ucrânia trocaram neste domingo 303 prisioneiros de cada lado. Na sexta-feira foram trocados 390 e no sábado 307.",
     [(303, "exchanged", date(2025, 5, 25)), (390, "exchanged", date(2025, 5, 23)), (307, "exchanged", date(2025, 5, 24))]),
    # a range of young people's years is their ages ("heridos" here are captives, not casualties); the fifth swap since
    # the talks is dated by its own day, not by the talks'
    ("es", "Rusia y Ucrania llevaron a cabo este domingo un nuevo intercambio de prisioneros, el quinto desde los acuerdos de "
           "Estambul del 2 de junio. Entre los liberados hay soldados gravemente heridos y jóvenes de entre 18 y 25 años.",
     [(5, "exchange_ordinal", date(2025, 6, 15)), (18, "age", date(2025, 6, 15))]),
])
def test_swaps_days_and_ages_in_portuguese_and_spanish(language, text, expected):
    published = date(2025, 6, 15) if language == "es" else date(2025, 5, 25)
    assert [(f.value, f.kind, f.event_date) for f in figs(text, published, language)] == expected


@pytest.mark.parametrize("text, expected", [
    # the people an exchange involved are both sides' together, unless it says each
    ("The UAE, which mediated, said it was the largest exchange so far, involving 478 people.", [(478, "both", "total")]),
    ("The exchange involved 300 people from each side.", [(300, "both", "per_side")]),
])
def test_the_people_an_exchange_involved(text, expected):
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2024, 1, 3))] == expected


def test_a_speaker_with_a_title_set_off_by_commas_speaks_for_his_own_clause():
    text = ("Russia's Defence Ministry said the 50 Russian servicemen had been returned from Ukrainian-held territory, while Andriy "
            "Yermak, head of the Ukrainian presidential office, said 50 Ukrainians - 33 officers and 17 privates and sergeants - had "
            "been freed.")
    assert [(f.value, f.claimant) for f in figs(text, date(2023, 1, 8))] == [
        (50, "Russian Defence Ministry"), (50, "Andriy Yermak"), (33, "Andriy Yermak"), (17, "Andriy Yermak")]


def test_parts_take_the_side_of_the_count_in_the_sentence_just_before():
    text = ("Ukraine, Russia exchange prisoners: 130 Ukrainians, 90 Russians freed\n\nUkraine brought home 130 soldiers in a "
            "prisoner exchange with Russia on Tuesday. They included 87 defenders of Mariupol.")
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2023, 3, 7))] == [
        (130, "ukraine", False), (90, "russia", False), (87, "ukraine", True)]


def test_parts_of_bodies_stated_again_after_a_headline_are_its_parts():
    text = ("Ukraine received bodies of 757 soldiers, Kyiv says\n\nUkraine has received the bodies of 757 fallen soldiers from "
            "Russia, the Coordination Headquarters said on Friday. Most of the bodies, 469, were from the Donetsk region, and 34 "
            "were from morgues in Russia.")
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 3, 5))] == [
        (757, "ukraine", False), (469, "ukraine", True), (34, "ukraine", True)]


def test_roughly_the_same_number_is_no_per_side_count():
    text = ("Since 2022, 62 prisoner exchanges have brought home 4,131 Ukrainians, the headquarters says. Russia has received "
            "roughly the same number of its soldiers back.")
    got = [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 2, 24))]
    assert got == [(62, "exchange_count", "both", None), (4131, "cumulative_released", "ukraine", None)]


def test_a_years_count_of_exchanges_named_just_before_it():
    text = "Negotiations are slow: in 2024, 11 exchanges took place, compared with 13 in 2023."
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 2, 24))]
    assert got == [(11, "exchange_count", date(2024, 1, 1), "year"), (13, "exchange_count", date(2023, 1, 1), "year")]


def test_a_key_numbers_box_with_dashes_gives_running_totals():
    text = ("How many Ukrainian POWs has Russia freed? Key numbers\n\n• 52 — exchanges since February 2022\n"
            "• 3,210 — Ukrainians returned home\n• About 8,000 — Ukrainians still believed held by Russia")
    got = [(f.value, f.kind, f.side) for f in figs(text, date(2024, 6, 12))]
    assert got == [(52, "exchange_count", "both"), (3210, "cumulative_released", "ukraine"), (8000, "other", "ukraine")]


def test_an_earlier_swaps_day_does_not_date_the_rest_of_the_paragraph():
    text = ("Ukraine and Russia swapped 25 prisoners of war each on Sunday, the first exchange of the new year, after a swap of "
            "150 for 189 on Dec. 30. Ukraine's Coordination Headquarters said 25 defenders had returned home.")
    got = [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 1, 5)) if f.kind == "exchanged"]
    assert got == [(25, "exchanged", date(2025, 1, 5)), (150, "exchanged", date(2024, 12, 30)), (189, "exchanged", date(2024, 12, 30))]


def test_a_swap_told_by_its_numbers_set_off_is_done():
    text = "The exchange — a 205-for-205 trade — was mediated by the United Arab Emirates, Russia's defence ministry said."
    (f,) = figs(text, date(2025, 5, 6))
    assert (f.value, f.kind, f.status, f.scope) == (205, "exchanged", "completed", "per_side")


@pytest.mark.parametrize("language, text, since", [
    ("ru", "Всего с июня Россия передала Украине более 9 тысяч тел, отметил Мединский.", date(2025, 6, 1)),
    ("uk", "Загалом з червня Україні повернуто понад 9 тисяч тіл.", date(2025, 6, 1)),
])
def test_a_running_total_of_bodies_since_a_month_in_russian_and_ukrainian(language, text, since):
    (f,) = figs(text, date(2025, 9, 18), language)
    assert (f.value, f.kind, f.side, f.since_date) == (9000, "bodies", "ukraine", since)


def test_a_deal_completed_is_named_and_a_total_over_days_covers_them():
    text = ("Russia, Ukraine complete 1,000-for-1,000 swap\n\nRussia and Ukraine swapped a further 303 prisoners each on Sunday, "
            "completing the largest exchange of the war, in which a total of 2,000 people — 1,000 from each side — were freed "
            "over three days.")
    got = [(f.value, f.kind, f.scope, f.event_date_from, f.event_date, f.is_additional) for f in figs(text, date(2025, 5, 25))]
    assert got == [(1000, "agreed", "per_side", None, None, False),
                   (303, "exchanged", "per_side", None, date(2025, 5, 25), False),
                   (2000, "exchanged", "total", date(2025, 5, 23), date(2025, 5, 25), False),
                   (1000, "exchanged", "per_side", date(2025, 5, 23), date(2025, 5, 25), False)]


def test_the_largest_swap_with_russia_so_far_is_no_running_total():
    text = ("Ukraine has secured the release of 144 soldiers, including 95 defenders of the Azovstal steel works, in its largest "
            "prisoner swap with Russia so far, the defence ministry's intelligence directorate said on Wednesday.")
    got = [(f.value, f.kind, f.is_breakdown, f.claimant) for f in figs(text, date(2022, 6, 29))]
    assert got == [(144, "exchanged", False, "Ukrainian military intelligence (HUR)"),
                   (95, "exchanged", True, "Ukrainian military intelligence (HUR)")]


def test_bodies_a_ministry_said_it_received_and_people_who_remained_held():
    text = ("The exchange came as Ukraine's defence ministry said it had also received the bodies of 212 fallen soldiers. Kyiv's "
            "human rights commissioner said more than 3,000 Ukrainians had been released since the war began, while at least "
            "8,000 remained in Russian captivity. Last year, Ukraine and Russia held 13 exchanges, he said.")
    got = [(f.value, f.kind, f.side, f.event_date) for f in figs(text, date(2024, 5, 31))]
    assert got == [(212, "bodies", "ukraine", date(2024, 5, 31)), (3000, "cumulative_released", "ukraine", date(2024, 5, 31)),
                   (8000, "other", "ukraine", date(2024, 5, 31)), (13, "exchange_count", "both", date(2023, 1, 1))]


@pytest.mark.parametrize("language, text", [
    ("fr", "La Russie et l'Ukraine ont échangé jeudi 185 prisonniers de guerre et 20 civils de chaque côté. Il s'agit du 69e échange."),
    ("it", "Russia e Ucraina hanno scambiato giovedì 185 prigionieri di guerra e 20 civili per parte. Si tratta del 69esimo scambio."),
])
def test_civilians_on_top_of_prisoners_of_war_in_french_and_italian(language, text):
    got = [(f.value, f.kind, f.scope, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 10, 2), language)]
    assert got == [(185, "exchanged", "per_side", False, False), (20, "exchanged", "per_side", False, True),
                   (69, "exchange_ordinal", None, False, False)]


def test_a_round_number_given_as_odd_is_approximate():
    (f,) = figs("The 1,200-odd Ukrainians freed last year included dozens of women.", date(2024, 2, 1))
    assert (f.value, f.qualifier, f.kind, f.side, f.event_date, f.text) == (
        1200, "about", "cumulative_released", "ukraine", date(2023, 1, 1), "1,200")


def test_residents_of_a_russian_region_returned_in_addition_are_russias_group_on_top():
    text = ("Ukraine and Russia each released 146 prisoners of war on Sunday. Russia's Defence Ministry said that in addition to "
            "the 146 servicemen, eight residents of the Kursk region who had been held in Ukraine had been returned.")
    got = [(f.value, f.side, f.scope, f.is_additional) for f in figs(text, date(2025, 8, 24))]
    assert got == [(146, "both", "per_side", False), (8, "russia", None, True)]


@pytest.mark.parametrize("language, text, expected", [
    # a list of parts opened by "Серед звільнених" goes on past "а також": the two civilians are among the 189
    ("uk", "Україна повернула з російського полону 189 захисників. Серед звільнених — військові Збройних сил, а також двоє цивільних.",
     [(189, "ukraine", False, False), (2, "ukraine", True, False)]),
    # the case forms of small numbers, Russian "защитников", and what the Ukrainian side said it got back
    ("ru", "Россия вернула из плена трех летчиков. Украинская сторона заявила о возвращении 45 защитников Мариуполя.",
     [(3, "russia", False, False), (45, "ukraine", False, False)]),
])
def test_parts_and_small_counts_in_ukrainian_and_russian(language, text, expected):
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2024, 12, 30), language)]
    assert got == expected


def test_a_timeline_line_after_a_day_ending_a_line_is_its_own_sentence():
    # "returns 78.\nJune 26 — ..." is two lines of a timeline, not a German "26. Juni"; and the deal carried out is a fact of
    # its own beside the deal agreed
    text = ("Timeline\n\nMay 16 — Russia and Ukraine agree in Istanbul to swap 1,000 prisoners each.\n"
            "May 23-25 — The 1,000-for-1,000 exchange is carried out over three days.\n"
            "June 11-16 — Russia hands over 6,057 bodies; Ukraine returns 78.\nJune 26 — Fifth stage of the exchange.")
    got = [(f.value, f.kind, f.event_date_from, f.event_date) for f in figs(text, date(2025, 7, 24))]
    assert got == [(1000, "agreed", None, date(2025, 5, 16)), (1000, "exchanged", date(2025, 5, 23), date(2025, 5, 25)),
                   (6057, "bodies", date(2025, 6, 11), date(2025, 6, 16)), (78, "bodies", date(2025, 6, 11), date(2025, 6, 16)),
                   (5, "exchange_ordinal", None, date(2025, 6, 26))]


def test_bodies_russia_proposed_handing_over_further_back_than_the_window():
    text = "He said Russia had proposed handing over the bodies of 3,000 more soldiers."
    (f,) = figs(text, date(2025, 7, 23))
    assert (f.value, f.kind, f.side, f.status) == (3000, "bodies", "ukraine", "offered")


@pytest.mark.parametrize("language, text, subjects", [
    # the head noun of a compound is the last ...
    ("en", "The government handed over 222 rebel fighters.", ["fighters"]),
    ("en", "Among the returnees were two National Guard servicemen.", ["servicemen"]),
    # ... but not a nation after the noun, nor a generic word
    ("fr", "La Russie a libéré 185 militaires ukrainiens.", ["militaires"]),
    # a nation's adjective with no noun of people after it counts people
    ("en", "Kyiv says at least 8,000 remained in Russian captivity.", ["people"]),
])
def test_what_a_count_counts(language, text, subjects):
    assert [f.subject for f in figs(text, date(2024, 5, 31), language)] == subjects


def test_the_next_swap_that_could_involve_as_many_as_500_is_not_done():
    text = ("Wednesday's exchange of 175 prisoners on each side was a reminder. The next swap, if there is one, could involve as many "
            "as 500 people.")
    got = [(f.value, f.kind, f.status, f.qualifier) for f in figs(text, date(2025, 3, 20))]
    assert got == [(175, "exchanged", "completed", "exact"), (500, "agreed", "agreed", "up_to")]


def test_a_running_total_in_dutch():
    text = "In totaal zijn sinds het begin van de oorlog meer dan 3.300 Oekraïners teruggekeerd."
    (f,) = figs(text, date(2024, 6, 25), "nl")
    assert (f.value, f.kind, f.side, f.qualifier) == (3300, "cumulative_released", "ukraine", "more_than")


def test_a_part_on_one_side_of_a_per_side_count_is_that_sides():
    text = "Each side released 84 people, among them 33 civilians on the Ukrainian side."
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 8, 14))] == [(84, "both", False), (33, "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # each count with its own date in brackets
    ("The last three swaps returned 95 (Oct. 18), 103 (Sept. 14) and 115 (Aug. 24) Ukrainians each time.",
     [(3, "exchange_count", None), (95, "exchanged", date(2024, 10, 18)), (103, "exchanged", date(2024, 9, 14)),
      (115, "exchanged", date(2024, 8, 24))]),
    # "95:95" and "1000 x 1000" named as a formula are the same number each way
    ("Ukraine and Russia swapped prisoners in a 95:95 format on Friday.", [(95, "exchanged", date(2024, 10, 18))]),
    ('The exchange is being carried out under a "1000 x 1000" formula agreed in Istanbul.', [(1000, "agreed", None)]),
    # (a time is no formula)
    ("The exchange began at 10:30 on Friday, when 95 prisoners crossed the border.", [(95, "exchanged", date(2024, 10, 18))]),
])
def test_counts_dated_in_brackets_and_formulas_with_a_colon_or_times(text, expected):
    got = [(f.value, f.kind, f.event_date if f.kind == "exchanged" else f.event_date if f.kind == "agreed" else None)
           for f in figs(text, date(2024, 10, 19))]
    assert got == expected


def test_a_years_count_of_exchanges_and_the_year_before():
    text = ("Ukraine and Russia carried out 13 prisoner exchanges in 2023, down from 37 the year before, according to Ukraine's "
            "ombudsman.")
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2023, 12, 31))]
    assert got == [(13, "exchange_count", date(2023, 1, 1), "year"), (37, "exchange_count", date(2022, 1, 1), "year")]


def test_the_number_of_people_somewhere_is_no_handover():
    text = ("Vereshchuk said Ukraine was preparing to exchange wounded defenders of Azovstal for Russian prisoners, and that the "
            "number of seriously wounded at the plant was about 600.")
    got = [(f.value, f.kind, f.qualifier) for f in figs(text, date(2022, 5, 7))]
    assert got == [(600, "other", "about")]


@pytest.mark.parametrize("text, expected", [
    # a group told again in the lede is the whole of the parts after it
    ("Ukraine says 108 women freed in first all-female prisoner swap\n\nRussia has released 108 Ukrainian women, including 37 who "
     "had been held after the fall of Mariupol, Ukrainian officials said on Monday.",
     [(108, "ukraine", False, False), (37, "ukraine", True, False)]),
    # "Among them were also 10 officers": a part, however "also"
    ("Fifty-two Ukrainian prisoners of war have come home, Andriy Yermak said on Saturday. Among them were also 10 officers.",
     [(52, "ukraine", False, False), (10, "ukraine", True, False)]),
])
def test_parts_of_a_group_told_again_and_parts_told_with_also(text, expected):
    assert [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2022, 10, 29))] == expected


def test_the_red_cross_speaks_and_an_actor_who_did_not_comment_says_nothing_after():
    text = ("The International Committee of the Red Cross said on Wednesday it had acted as a neutral intermediary in the release "
            "of 25 Ukrainian prisoners of war. The Red Cross, which has had only occasional access to prisoners, did not comment "
            "on the figures. It is worth noting that the youngest released defender was only 21 years old.")
    got = [(f.value, f.kind, f.claimant) for f in figs(text, date(2025, 1, 15))]
    assert got == [(25, "exchanged", "International Committee of the Red Cross"), (21, "age", None)]


def test_a_headlines_formula_before_a_colon_and_a_swap_is_the_swap_done():
    text = "175-for-175: Ukraine and Russia trade prisoners, plus 22 wounded Russians"
    got = [(f.value, f.kind, f.scope, f.side, f.is_additional) for f in figs(text, date(2025, 3, 19))]
    assert got == [(175, "exchanged", "per_side", "both", False), (22, "exchanged", None, "russia", True)]


@pytest.mark.parametrize("text, published, expected", [
    # a release verb with "in <a past year>" after it is that year's total, not a swap on the article's day
    ("Kyiv said 1,456 Ukrainians were freed from Russian captivity in 2022.", date(2023, 1, 5),
     [(1456, "cumulative_released", "ukraine", date(2022, 1, 1), "year")]),
    # (a year the people were taken in says nothing of when they were freed)
    ("Ukraine brought home 150 soldiers captured in 2022, Zelensky said on Friday.", date(2024, 5, 31),
     [(150, "exchanged", "ukraine", date(2024, 5, 31), "day")]),
    # "Two years ago, on Jan. 3": that day two years back (and "Dec. 30" two years ago is in the year before that)
    ("Two years ago, on Jan. 3, 230 prisoners were freed in a swap.", date(2025, 1, 8),
     [(230, "exchanged", "unknown", date(2023, 1, 3), "day")]),
    ("Two years ago, on Dec. 30, 140 prisoners were freed in a swap.", date(2025, 1, 8),
     [(140, "exchanged", "unknown", date(2022, 12, 30), "day")]),
])
def test_a_past_years_total_and_a_day_some_years_ago(text, published, expected):
    assert [(f.value, f.kind, f.side, f.event_date, f.event_date_precision) for f in figs(text, published)] == expected


@pytest.mark.parametrize("language, text, expected", [
    # "have each freed more than 4,000": so many on each side, past the qualifier
    ("en", "Russia and Ukraine have each freed more than 4,000 prisoners since 2022, according to the UN.",
     [(4000, "cumulative_released", "both", "per_side", None)]),
    # "the returnees, 95 in all": the people of one return, not both sides' together
    ("en", "The returnees, 95 in all, were taken to Chernihiv. Ukraine brought home 95 soldiers on Saturday.",
     [(95, "exchanged", "ukraine", None, "completed")]),
    # Polish names the offered handover with a verbal noun: "zaproponowała przekazanie 500" is an offer
    ("pl", "Rosja zaproponowała przekazanie 500 jeńców, poinformował Kijów.", [(500, "offered", "unknown", None, "offered")]),
])
def test_each_past_a_qualifier_returnees_in_all_and_a_polish_offer(language, text, expected):
    got = [(f.value, f.kind, f.side, f.scope, f.status) for f in extract_article("a", text, date(2025, 2, 10), language).figures]
    assert got == expected


def test_the_other_sides_equal_part_is_its_own_group_not_a_repeat():
    # Kyiv's 120 civilians, then Moscow's 120 civilians of its own 390: two groups, each of its nation
    text = ("On Friday 390 Ukrainians came home, including 120 civilians, Zelensky said. "
            "Moscow said it also received 390 people, including 120 civilians.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 5, 23))]
    assert got == [(390, "ukraine", False), (120, "ukraine", True), (390, "russia", False), (120, "russia", True)]


@pytest.mark.parametrize("text, expected", [
    # people who "remain in captivity", no noun after the number, beside the freed count of their nation
    ("Ukraine had earlier said 2,598 people had been freed since the start of the war, and some 8,000 remain in captivity.",
     [(2598, "cumulative_released", "ukraine"), (8000, "other", "ukraine")]),
    # some of those freed "are to remain in Turkey": a condition of the deal, not one more group handed over
    ("Russia freed 215 Ukrainian fighters, including commanders of the Azov battalion. Five of the commanders are to remain "
     "in Turkey until the war ends under the terms of the deal.",
     [(215, "exchanged", "ukraine"), (5, "other", "unknown")]),
])
def test_people_who_remain_held_and_freed_people_who_are_to_stay_abroad(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2023, 8, 7))] == expected


@pytest.mark.parametrize("language, text", [
    # "over three days" in other languages: the days that end on the count's day
    ("fr", "Au total, 1 000 prisonniers de chaque camp ont été échangés en trois jours, dimanche compris."),
    ("es", "En total, cada bando liberó a 1.000 prisioneros en tres días, hasta este domingo."),
    ("de", "Insgesamt wurden bis Sonntag je 1000 Gefangene in drei Tagen ausgetauscht."),
])
def test_a_count_freed_over_three_days_in_other_languages(language, text):
    got = [(f.value, f.scope, f.event_date_from, f.event_date) for f in extract_article("a", text, date(2025, 5, 25), language).figures]
    assert got == [(1000, "per_side", date(2025, 5, 23), date(2025, 5, 25))]


@pytest.mark.parametrize("language, text", [
    # swapped by a formula set in quotation marks: the swap done
    ("ru", "Стороны обменялись пленными по формуле «тысяча на тысячу»."),
    ("en", "The two sides swapped prisoners under a \"95-for-95\" formula on Sunday."),
])
def test_a_swap_by_a_quoted_formula_is_done(language, text):
    got = [(f.value, f.kind, f.scope, f.status) for f in extract_article("a", text, date(2025, 5, 25), language).figures]
    assert [g[1:] for g in got] == [("exchanged", "per_side", "completed")]


@pytest.mark.parametrize("language, text, expected", [
    # bodies handed "РФ" (the Russian Federation) are Russia's dead
    ("uk", "В Україну повернули тіла 1000 загиблих. За даними російської сторони, Україна передала РФ тіла 19 військових.",
     [(1000, "bodies", "ukraine"), (19, "bodies", "russia")]),
    # residents of a Russian border region freed on top of the count are Russia's, after a count of Ukraine's
    ("ru", "Россия вернула 150 военнослужащих. Взамен Украине переданы 150 военнопленных. Кроме того, освобождены трое мирных "
           "жителей Курской области.", [(150, "exchanged", "russia"), (150, "exchanged", "ukraine"), (3, "exchanged", "russia")]),
])
def test_the_russian_federation_named_rf_and_residents_of_a_russian_region(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 6, 19), language).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction is a share, not a count ("two thirds", "three-quarters"); an ordinal stays one
    ("Roughly two thirds of the returnees were National Guard members, while three-quarters had been held since 2022.", []),
    ("It was the third exchange this year; one third of those freed were civilians.", [(3, "exchange_ordinal", "exact")]),
    # "older than 50": an age above
    ("Ukraine brought home 307 soldiers. Most of the 307 freed were older than 50.",
     [(307, "exchanged", "exact"), (50, "age", "more_than")]),
])
def test_fractions_are_no_counts_and_older_than_is_an_age_above(text, expected):
    assert [(f.value, f.kind, f.qualifier) for f in figs(text, date(2025, 6, 10))] == expected


def test_fraction_words_are_not_read_as_numbers():
    assert [(n.value, n.ordinal) for n in find_numbers("two thirds of them, a third exchange, one-fifth, the fifth swap")] == [
        (3, True), (5, True)]


@pytest.mark.parametrize("published, expected", [
    # "The 2019 swap" told in a later year is that year's swap, not one on the article's day
    (date(2021, 9, 8), (date(2019, 1, 1), "year")),
    # (told the same year, the article's day stands: the year says nothing more)
    (date(2019, 9, 8), (date(2019, 9, 8), "day")),
])
def test_a_swap_named_by_its_year(published, expected):
    text = "The 2019 swap, which saw 35 prisoners freed by each side, included filmmaker Oleg Sentsov."
    assert [(f.value, f.event_date, f.event_date_precision) for f in figs(text, published)] == [(35, *expected)]


@pytest.mark.parametrize("text, expected", [
    # a handover being prepared, delayed or waited for has not happened
    ("Peskov said preparations for the exchange of 1,000 prisoners were under way.", [(1000, "agreed", "agreed")]),
    ("Moscow accused Kyiv of delaying the handover of 6,000 bodies.", [(6000, "bodies", "agreed")]),
    ("Ukraine said it was ready to take back all 6,000 bodies but that Russia had not yet provided the lists.",
     [(6000, "bodies", "agreed")]),
    # people who "could come home" are still to come
    ("Zelensky said 390 people could come home as early as this week if Moscow keeps its word.", [(390, "agreed", "planned")]),
    # (people who came home are home)
    ("Zelensky said 390 people came home this week.", [(390, "exchanged", "completed")]),
    # (nor is a count freed, then what they will do: "95 soldiers who will return to service", "the 95 freed men will be home")
    ("Ukraine brought home 95 soldiers who will return to service after rehabilitation.", [(95, "exchanged", "completed")]),
    ("The 95 freed men will be home with their families by the weekend.", [(95, "exchanged", "completed")]),
])
def test_handovers_prepared_delayed_or_still_possible_are_not_done(text, expected):
    assert [(f.value, f.kind, f.status) for f in figs(text, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("language, text, expected", [
    # the giver's count is the other side's, in Italian, Portuguese and Spanish too
    ("it", "La Russia ha restituito all'Ucraina i corpi di 1.212 soldati caduti, mentre Kiev ha consegnato 27 salme.",
     [(1212, "bodies", "ukraine", "completed"), (27, "bodies", "russia", "completed")]),
    ("pt", "Moscou propôs entregar 6.000 corpos.", [(6000, "bodies", "ukraine", "offered")]),
    ("es", "Ucrania recibió los cuerpos de 1.212 soldados. Rusia ofreció devolver otros 6.000 cadáveres.",
     [(1212, "bodies", "ukraine", "completed"), (6000, "bodies", "ukraine", "offered")]),
    # Polish "obrońców" (defenders) are Ukraine's, as "defenders" and "захисників" are
    ("pl", "Do kraju wróciło 205 obrońców.", [(205, "exchanged", "ukraine", "completed")]),
])
def test_givers_and_offers_in_romance_languages_and_polish_defenders(language, text, expected):
    got = [(f.value, f.kind, f.side, f.status) for f in extract_article("a", text, date(2025, 6, 10), language).figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "the Russian side handed over 1,000 bodies, the Ukrainian side 24": each giver's count is the other side's dead
    ("The Russian side handed over 1,000 bodies, the Ukrainian side 24.", [(1000, "ukraine", None), (24, "russia", None)]),
    # one side's count, then "in return, Russia received the same number": so many each
    ("Ukraine brought home 150 people on Friday. In return, Russia received the same number of its servicemen.",
     [(150, "both", "per_side")]),
    # (with no "same number", the count stays the one side's)
    ("Ukraine brought home 150 people on Friday. In return, Russia received its servicemen.", [(150, "ukraine", None)]),
])
def test_the_sides_named_as_sides_and_the_same_number_in_return(text, expected):
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("text, expected", [
    # "Kyiv gets 116, Moscow 63": the one who gets them (and the gapped other side)
    ("Ukraine and Russia each free more than 100 prisoners - Kyiv gets 116, Moscow 63.",
     [(100, "both"), (116, "ukraine"), (63, "russia")]),
    # a count with no noun, then a person named on top, after a count that has one
    ("Sept. 21, 2022: Ukraine gets back 215 people, including Azovstal commanders; Russia receives 55 and Viktor Medvedchuk.",
     [(215, "ukraine"), (55, "russia")]),
])
def test_a_nation_that_gets_a_count_and_a_count_with_a_person_on_top(text, expected):
    assert [(f.value, f.side) for f in figs(text, date(2025, 1, 20))] == expected


@pytest.mark.parametrize("text, expected", [
    # "another 307", "a final 303": the next batches of the same people
    ("On Friday, 390 Ukrainians came home. The next day, another 307 were freed, and on Sunday a final 303.",
     [(390, "ukraine", date(2025, 5, 23)), (307, "ukraine", date(2025, 5, 24)), (303, "ukraine", date(2025, 5, 25))]),
    # a count with no noun after a sentence about bodies is of the dead too
    ("Ukraine received 1,212 bodies on Wednesday. The following day, Russia got back 27.",
     [(1212, "ukraine", date(2025, 5, 21)), (27, "russia", date(2025, 5, 22))]),
])
def test_next_batches_of_the_same_people_and_the_dead_of_the_sentence_before(text, expected):
    assert [(f.value, f.side, f.event_date) for f in figs(text, date(2025, 5, 26))] == expected


def test_moscow_backed_rebels_give_back_kyivs_people():
    text = ("Ukraine's government and pro-Russian rebels exchanged prisoners on Friday, with Kyiv handing over 222 rebel fighters "
            "and getting back 146 of its servicemen. The rebels had initially said they would hand over 150.")
    got = [(f.value, f.kind, f.side) for f in figs(text, date(2014, 12, 27))]
    assert got == [(222, "exchanged", "russia"), (146, "exchanged", "ukraine"), (150, "agreed", "ukraine")]


@pytest.mark.parametrize("text, expected", [
    # a passive infinitive after a modal ("sollen ... ausgetauscht werden") is still to come
    ("Insgesamt sollen in den kommenden Tagen je 1000 Gefangene ausgetauscht werden.", [(1000, "agreed", "planned")]),
    ("Nach Angaben Kiews werden am Freitag 390 Ukrainer freigelassen werden.", [(390, "agreed", "planned")]),
    # (a perfect passive is done)
    ("Am Freitag sind je 390 Gefangene ausgetauscht worden.", [(390, "exchanged", "completed")]),
])
def test_german_swaps_still_to_come(text, expected):
    assert [(f.value, f.kind, f.status) for f in extract_article("a", text, date(2025, 5, 23), "de").figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    # the future in Russian and Ukrainian ("будут обменены", "мають повернутися"): still to come
    ("ru", "В ближайшие дни будут обменены по 1000 пленных с каждой стороны.", [(1000, "agreed", "planned")]),
    ("uk", "Найближчим часом мають повернутися додому ще 610 українців.", [(610, "agreed", "planned")]),
    ("ru", "В пятницу стороны обменяют по 390 пленных, сообщили в Москве.", [(390, "agreed", "planned")]),
    # (the past is done)
    ("ru", "В пятницу были обменены по 390 пленных с каждой стороны.", [(390, "exchanged", "completed")]),
])
def test_russian_and_ukrainian_swaps_still_to_come(language, text, expected):
    assert [(f.value, f.kind, f.status) for f in extract_article("a", text, date(2025, 5, 23), language).figures] == expected


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Ukraine brought home at most 300 soldiers on Friday.", [(300, "up_to", "completed")]),
    ("en", "Ukraine brought home more or less 300 soldiers on Friday.", [(300, "about", "completed")]),
    # "jusqu'à" is up to; "pourraient être libérés" is still to come
    ("fr", "Jusqu'à 300 prisonniers pourraient être libérés.", [(300, "up_to", "planned")]),
    # Italian "ha riavuto" (got back)
    ("it", "L'Ucraina ha riavuto quasi 300 soldati.", [(300, "up_to", "completed")]),
])
def test_more_qualifiers_a_french_conditional_and_an_italian_got_back(language, text, expected):
    assert [(f.value, f.qualifier, f.status) for f in extract_article("a", text, date(2025, 5, 23), language).figures] == expected


def test_a_years_total_compared_with_the_year_before_it():
    text = "Ukrainian officials say 1,358 prisoners were returned last year, fewer than the 2,598 freed the year before."
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 6, 10))]
    assert got == [(1358, "cumulative_released", date(2024, 1, 1), "year"), (2598, "cumulative_released", date(2023, 1, 1), "year")]


@pytest.mark.parametrize("text, expected", [
    # "It was 95, not 90": the number set right is the figure, the one it replaces is none
    ("Correction: An earlier version of this story misstated the number of prisoners freed. It was 95, not 90.\n\n"
     "Ukraine brought home 95 soldiers on Monday.", [(95, "exchanged")]),
    ("Ukraine brought home 95 soldiers - not 90, as first reported - on Monday.", [(95, "exchanged")]),
])
def test_a_number_set_right_replaces_the_one_after_not(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("headline, expected", [
    # a headline that names no people: a count right after a verb of handing over, in a sentence about a swap
    ("Russia, Ukraine swap 95 each in UAE-brokered deal", [(95, "exchanged", "both")]),
    ("Ukraine brings home 390 in first stage of big swap", [(390, "exchanged", "ukraine"), (1, "exchange_ordinal", "both")]),
    # (with no word of a swap, a bare count stays unread: "in exchange for" is no swap)
    ("Ukraine received 563 in exchange for 500.", []),
    ("Ukraine gets 500 in new aid package", []),
])
def test_headlines_that_name_no_people(headline, expected):
    assert [(f.value, f.kind, f.side) for f in figs(headline, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("language, text", [
    # a list of units after a lead line in Ukrainian, Russian or Polish: the parts of the count
    ("uk", "Україна повернула з російського полону 185 військовослужбовців.\n\nСеред звільнених:\n▪️ 90 – ЗСУ\n▪️ 60 – НГУ\n▪️ 35 – ДПСУ"),
    ("ru", "Украина вернула из плена 185 военнослужащих.\n\nСреди освобожденных:\n▪️ 90 – ВСУ\n▪️ 60 – НГУ\n▪️ 35 – ГПСУ"),
    ("pl", "Ukraina odzyskała 185 żołnierzy z rosyjskiej niewoli.\n\nWśród uwolnionych:\n- 90 – Siły Zbrojne\n- 60 – Gwardia Narodowa\n- 35 – Straż Graniczna"),
])
def test_a_list_of_units_after_a_lead_line_in_other_languages(language, text):
    got = [(f.value, f.side, f.is_breakdown) for f in extract_article("a", text, date(2025, 10, 2), language).figures]
    assert got == [(185, "ukraine", False), (90, "ukraine", True), (60, "ukraine", True), (35, "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # the youngest and oldest of those freed are of the side just counted ...
    ("Russia freed 84 Ukrainian soldiers on Monday. The youngest was 19; the oldest, 64.",
     [(84, "exchanged", "ukraine"), (19, "age", "ukraine"), (64, "age", "ukraine")]),
    ("Moscow said 84 Russian servicemen had returned. The youngest of them is 19.", [(84, "exchanged", "russia"), (19, "age", "russia")]),
    # ... or of the nation named with them (defenders are Kyiv's)
    ("Moscow said 84 Russian servicemen had returned. The youngest released defender was only 24 years old.",
     [(84, "exchanged", "russia"), (24, "age", "ukraine")]),
    # (an age limit of a deal stays both sides')
    ("Both sides agreed to free all prisoners under 25.", [(25, "age", "both")]),
])
def test_the_ages_of_the_youngest_and_oldest_freed_are_of_their_side(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("language, text, expected", [
    # "84 per parte" after a colon: so many each, the noun left out
    ("it", "Russia e Ucraina hanno effettuato oggi un nuovo scambio di prigionieri: 84 per parte. Tra gli ucraini liberati ci sono "
           "33 civili.", [(84, "both", False), (33, "ukraine", True)]),
    # "Entre os ucranianos libertados estão 33 civis", "Wśród Ukraińców uwolnionych jest 33 cywilów": the nation's part
    ("pt", "A Rússia e a Ucrânia trocaram 84 prisioneiros de guerra cada. Entre os ucranianos libertados estão 33 civis.",
     [(84, "both", False), (33, "ukraine", True)]),
    ("pl", "Rosja i Ukraina wymieniły po 84 jeńców. Wśród Ukraińców uwolnionych jest 33 cywilów.", [(84, "both", False), (33, "ukraine", True)]),
])
def test_per_side_with_no_noun_and_a_nations_part_in_italian_portuguese_polish(language, text, expected):
    assert [(f.value, f.side, f.is_breakdown) for f in extract_article("a", text, date(2025, 8, 14), language).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # "over the past three years": a running total that starts that many years before the article
    ("Over the past three years, Kyiv has secured the return of more than 5,000 soldiers.",
     [(5000, "cumulative_released", date(2025, 6, 10), "day", date(2022, 6, 10))]),
    # "brought home 300 soldiers last year": last year's total
    ("Ukraine brought home 300 soldiers last year.", [(300, "cumulative_released", date(2024, 1, 1), "year", date(2024, 1, 1))]),
    # (people captured last year are not freed last year)
    ("Ukraine brought home 300 soldiers captured last year.", [(300, "exchanged", date(2025, 6, 10), "day", None)]),
])
def test_totals_over_the_past_years_and_last_years_count_after_its_noun(text, expected):
    got = [(f.value, f.kind, f.event_date, f.event_date_precision, f.since_date) for f in figs(text, date(2025, 6, 10))]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "We returned 84 people," said by Kyiv's ombudsman: Kyiv's people (and the 8,000 still held beside them)
    ('Lubinets said the exchange was difficult. "We returned 84 people, but 8,000 remain in captivity," he told reporters.',
     [(84, "exchanged", "ukraine"), (8000, "other", "ukraine")]),
    # ... and said by Moscow's ministry, Moscow's
    ('"We have brought home 84 servicemen," the Russian Defence Ministry said.', [(84, "exchanged", "russia")]),
])
def test_we_got_back_said_by_one_side_is_that_sides(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("text, expected", [
    # "the swap was the ninth it had mediated": the mediator's series, as "the fifth time this year the UAE had mediated"
    ("The UAE foreign ministry said the swap was the ninth it had mediated, bringing the total number of prisoners exchanged "
     "with its help to 2,184.", [(9, "exchange_ordinal"), (2184, "cumulative_released")]),
    # (an ordinal with no swap to count stays out: "the third it had seen")
    ("The officer said it was the third prisoner he had interviewed that week.", []),
])
def test_an_ordinal_of_the_swaps_a_mediator_had_brokered(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2024, 10, 18))] == expected


@pytest.mark.parametrize("text, expected", [
    # "took back" is a word of the subject: the sentence is about a handover
    ("Ukraine took back 95 of its soldiers on Friday.", [(95, "exchanged", "ukraine")]),
    ("Moscow took back 95 of its soldiers on Friday.", [(95, "exchanged", "russia")]),
])
def test_took_back_is_a_handover(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("text, expected", [
    # a handover a side "failed to" or "refused to" make has not happened
    ("Russia failed to hand over the 1,000 prisoners it promised.", [(1000, "agreed", "agreed")]),
    ("Moscow refused to return 500 bodies, Kyiv said.", [(500, "other", None)]),
    # "plan to swap": planned
    ("Russia and Ukraine plan to swap 1,000 prisoners each.", [(1000, "agreed", "planned")]),
])
def test_handovers_failed_or_refused_and_a_plan(text, expected):
    assert [(f.value, f.kind, f.status) for f in figs(text, date(2025, 6, 10))] == expected


@pytest.mark.parametrize("text, expected_since", [
    # a part counted under a deal starts with the deal, whose date the sentence does not give
    ("Since February 2022, 6,000 Ukrainians have been freed, 1,468 of them under the Istanbul agreements.",
     [(6000, date(2022, 2, 1)), (1468, None)]),
    # (a part with no period of its own shares the whole's start)
    ("Since February 2022, 6,000 Ukrainians have been freed, 1,468 of them civilians.", [(6000, date(2022, 2, 1)), (1468, date(2022, 2, 1))]),
])
def test_a_part_counted_under_a_deal_does_not_keep_the_wholes_start(text, expected_since):
    assert [(f.value, f.since_date) for f in figs(text, date(2025, 10, 2))] == expected_since


def test_a_sides_own_count_named_by_its_possessive_with_its_parts():
    # "its 1,000" said by Moscow's ministry: Russia's count (not Kyiv's 1,000 told again), and its parts are Russia's
    text = ("Ukraine said 1,000 of its citizens came home, including 880 soldiers and 120 civilians. Russia's Defence Ministry "
            "said its 1,000 included 880 servicemen and 120 civilians.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 5, 26))]
    assert got == [(1000, "ukraine", False), (880, "ukraine", True), (120, "ukraine", True),
                   (1000, "russia", False), (880, "russia", True), (120, "russia", True)]


@pytest.mark.parametrize("text, expected", [
    # prisoners "held by both sides" are all of them on either side, not so many each
    ("The ICRC said it had visited more than 3,500 prisoners of war held by both sides.", [(3500, "other", "both", "total")]),
    # (a count freed "each" stays per side)
    ("Russia and Ukraine freed 84 prisoners each, held by both sides since 2022.", [(84, "exchanged", "both", "per_side")]),
])
def test_prisoners_held_by_both_sides_are_a_total(text, expected):
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 5, 26))] == expected


@pytest.mark.parametrize("text, expected", [
    # a side "believed to hold" or "estimated to hold" people, or one that "currently holds" them: people still held
    ("Russia is believed to hold more than 8,000 Ukrainian prisoners, according to Ukrainian officials.", [(8000, "other", "ukraine")]),
    ("Kyiv is estimated to hold about 4,000 Russian servicemen.", [(4000, "other", "russia")]),
    ("Russia currently holds 7,000 Ukrainians.", [(7000, "other", "ukraine")]),
    # (a side that holds talks is no holder of people)
    ("Russia freed 7,000 Ukrainians, the ministry currently holding talks said.", [(7000, "exchanged", "ukraine")]),
])
def test_people_a_side_is_believed_to_hold(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 10, 2))] == expected


def test_a_total_returned_by_each_side_over_days_is_per_side_and_its_days_are_not_the_last_stages():
    # "each handing over 303, bringing the total returned by each side over three days to 1,000": the last stage is one
    # day; the total is so many each, of the whole swap over the three days ending that day (not a running total of
    # every swap since the war began)
    text = ("Russia and Ukraine completed the final stage of their biggest prisoner swap of the war on Sunday, each handing over "
            "303 servicemen, bringing the total returned by each side over three days to 1,000.")
    got = [(f.value, f.kind, f.side, f.scope, f.event_date_from, f.event_date) for f in figs(text, date(2025, 5, 25))]
    assert got == [(303, "exchanged", "both", "per_side", None, date(2025, 5, 25)),
                   (1000, "exchanged", "both", "per_side", date(2025, 5, 23), date(2025, 5, 25))]


@pytest.mark.parametrize("language, text", [
    # the dead Russia handed over, named after the number ("первые 1212 тел"), are Ukraine's
    ("ru", "Мединский заявил, что Россия уже передала первые 1212 тел."),
    ("uk", "Росія передала Україні ще 1212 тіл загиблих."),
])
def test_bodies_russia_handed_over_named_after_the_number(language, text):
    got = [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 6, 10), language).figures]
    assert got == [(1212, "bodies", "ukraine")]


@pytest.mark.parametrize("text", [
    # parts of those freed listed after the whole, the second with its verb or its "were" left out
    "Ukraine secured the release of 144 of its soldiers. The ministry said 59 of those freed were from the National Guard "
    "and 30 were from the navy.",
    "Ukraine secured the release of 144 of its soldiers. Of those freed, 59 were from the National Guard and 30 from the navy.",
    # (the nation named in the parts' sentence is the speaker's own)
    "Ukraine secured the release of 144 of its soldiers. The Ukrainian defence ministry said 59 of those freed were from the "
    "National Guard and 30 were from the navy.",
])
def test_parts_of_those_freed_listed_after_the_whole(text):
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2022, 6, 30))]
    assert got == [(144, "ukraine", False), (59, "ukraine", True), (30, "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # a year's total: "N exchanges with Russia in 2024, bringing home M", "fewer than in 2022, when M were freed"
    ("Ukraine carried out 11 prisoner exchanges with Russia in 2024, bringing home 1,358 people.",
     [(11, "exchange_count", "both", date(2024, 1, 1), "year"), (1358, "cumulative_released", "ukraine", date(2024, 1, 1), "year")]),
    ("Ukraine brought home 1,358 people in 2024. That is fewer than in 2022, when 1,500 Ukrainians were freed, but more than "
     "in 2023, when about 1,100 returned.",
     [(1358, "cumulative_released", "ukraine", date(2024, 1, 1), "year"), (1500, "cumulative_released", "ukraine", date(2022, 1, 1), "year"),
      (1100, "cumulative_released", "ukraine", date(2023, 1, 1), "year")]),
    # (one swap in a month stays that swap)
    ("The smallest swap of the year was in May, when 75 Ukrainians were released.",
     [(75, "exchanged", "ukraine", date(2024, 5, 1), "month")]),
])
def test_years_totals_told_with_the_years_exchanges_or_against_another_year(text, expected):
    got = [(f.value, f.kind, f.side, f.event_date, f.event_date_precision) for f in figs(text, date(2024, 12, 31))]
    assert got == expected


def test_people_who_would_be_handed_over_on_top_and_the_day_it_was_said():
    # a long noun phrase before "would also be handed over", after a count that "would be swapped": both still to come,
    # and "said on Tuesday" is the day of the statement, not of the swap
    text = ("The Kremlin said on Tuesday that Putin had told Trump that 175 prisoners would be swapped on each side and that "
            "23 severely wounded Ukrainian soldiers would also be handed over.")
    got = [(f.value, f.kind, f.status, f.event_date) for f in figs(text, date(2025, 3, 19))]
    assert got == [(175, "agreed", "planned", None), (23, "agreed", "planned", None)]


@pytest.mark.parametrize("text", [
    # bodies handed "a Kiev" in Spanish are Ukraine's dead
    "Días antes, Moscú había entregado a Kiev 1.200 cuerpos de soldados caídos.",
    "Moscú entregó a Kyiv 1.200 cuerpos de soldados caídos.",
])
def test_spanish_bodies_handed_to_kyiv(text):
    got = [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 6, 15), "es").figures]
    assert got == [(1200, "bodies", "ukraine")]


@pytest.mark.parametrize("language, text", [
    # a total that is the sum of the groups each side freed is so many each, whoever states it
    ("en", "Each side released 185 soldiers and 20 civilians, the Russian Defence Ministry said. Ukrainian President Volodymyr "
           "Zelensky confirmed the return of a total of 205 people."),
    ("de", "Jede Seite habe 185 Soldaten und 20 Zivilisten freigelassen, teilte das Verteidigungsministerium in Moskau mit. "
           "Der ukrainische Präsident Wolodymyr Selenskyj bestätigte die Rückkehr von insgesamt 205 Menschen."),
])
def test_a_total_that_sums_each_sides_groups_is_per_side(language, text):
    got = [(f.value, f.side, f.scope, f.claimant) for f in extract_article("a", text, date(2025, 10, 2), language).figures]
    assert got[-1] == (205, "both", "per_side", "Volodymyr Zelensky")


def test_a_total_of_both_sides_stays_a_total():
    # (a total that is twice what each side freed is both sides together)
    text = "Each side released 185 soldiers and 20 civilians. The swap involved a total of 410 people."
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2025, 10, 2))][-1] == (410, "both", "total")


@pytest.mark.parametrize("language, text, expected", [
    # "and another 15 wounded", "і ще 15 поранених": a group on top of the count before, of its side
    ("en", "Russia received 246 of its servicemen and another 15 wounded.", [(246, "russia", False, False), (15, "russia", False, True)]),
    ("uk", "Росія отримала 246 своїх військовослужбовців і ще 15 поранених.", [(246, "russia", False, False), (15, "russia", False, True)]),
    ("uk", "Україна повернула 277 військових і ще 31 пораненого.", [(277, "ukraine", False, False), (31, "ukraine", False, True)]),
    # (wounded in a strike are still no figure)
    ("uk", "Внаслідок обстрілу 15 поранених.", []),
])
def test_another_group_of_wounded_on_top_of_a_count(language, text, expected):
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in extract_article("a", text, date(2025, 4, 19), language).figures]
    assert got == expected


def test_a_swap_told_after_since_a_year_when_is_that_years():
    text = "It was the largest exchange since 2017, when 233 prisoners were swapped for 73."
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2019, 12, 30))]
    assert got == [(233, "exchanged", date(2017, 1, 1), "year"), (73, "exchanged", date(2017, 1, 1), "year")]


@pytest.mark.parametrize("text, expected", [
    # people "who were captured" are people taken, not freed
    ("He was among the 115 Ukrainians freed on Saturday. Of the 12 men from his platoon who were captured, only three have come "
     "home so far.", [(115, "exchanged"), (12, "other"), (3, "cumulative_released")]),
    # (a part of those freed who had been captured is still a part of those freed)
    ("Ukraine freed 115 soldiers, 20 of them who were captured in 2022.", [(115, "exchanged"), (20, "exchanged")]),
    # (nor people captured and later exchanged)
    ("The 12 marines who were captured in Mariupol and later exchanged were honoured.", [(12, "exchanged")]),
    # (nor a part of those freed named "including ... who")
    ("Russia freed 108 Ukrainian women on Monday, including 37 who had been taken prisoner at Azovstal, Yermak said.",
     [(108, "exchanged"), (37, "exchanged")]),
])
def test_people_who_were_captured(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2024, 8, 24))] == expected


@pytest.mark.parametrize("text, expected", [
    # "the first 1,212 bodies" delivered to the border are offered, not yet handed over; "the first 640" Moscow is ready to
    # hand over are Kyiv's people
    ("Russia said Saturday it had delivered the first 1,212 bodies of Ukrainian soldiers to the border for a planned exchange.",
     [(1212, "bodies", "offered", "ukraine")]),
    ("He said Moscow was also ready to hand over the first 640 prisoners of war.", [(640, "offered", "offered", "ukraine")]),
])
def test_the_first_batch_a_side_brings_or_hands_over(text, expected):
    assert [(f.value, f.kind, f.status, f.side) for f in figs(text, date(2025, 6, 7))] == expected


def test_a_total_returned_to_a_nation_is_that_nations():
    text = ("The Coordination Headquarters said that, with this transfer, the total number of bodies returned to Ukraine since "
            "June 11 had reached 7,000.")
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 7, 23))] == [(7000, "bodies", "ukraine")]


def test_a_part_named_among_the_count_in_a_headline():
    # "Two pilots among 22 Ukrainians freed": a part of the 22, told once more in the lede
    text = "Two pilots among 22 Ukrainians freed in exchange\nUkraine brought home 22 servicemen, including two pilots, on Monday."
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2023, 8, 7))]
    assert got == [(2, "ukraine", True), (22, "ukraine", False)]


@pytest.mark.parametrize("language, text, expected_since", [
    # a running total in Portuguese from a month of a year, and in French "depuis" closing the sentence (since then)
    ("pt", "Desde fevereiro de 2022, mais de 3.000 ucranianos foram libertados do cativeiro russo, de acordo com Kiev.", date(2022, 2, 1)),
    ("fr", "Il s'agit du 67e échange depuis le début de l'invasion. Selon Kiev, plus de 6 000 Ukrainiens ont été libérés depuis.", None),
])
def test_running_totals_since_in_portuguese_and_french(language, text, expected_since):
    got = [(f.kind, f.since_date) for f in extract_article("a", text, date(2025, 8, 24), language).figures if f.value >= 3000]
    assert got == [("cumulative_released", expected_since)]


def test_french_civilians_also_freed_and_residents_handed_back():
    # "a également récupéré huit civils": on top of the count; "huit habitants de la région de Koursk": people
    text = ("La Russie et l'Ukraine ont procédé dimanche à un nouvel échange de prisonniers, chaque camp libérant 146 militaires. "
            "Kiev a également récupéré huit civils, dont les journalistes Dmytro Khyliuk et Mark Kaliush. En échange, la Russie a "
            "récupéré huit habitants de la région de Koursk, selon Moscou.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in extract_article("a", text, date(2025, 8, 24), "fr").figures]
    assert got == [(146, "both", False, False), (8, "ukraine", False, True), (8, "russia", False, False)]


def test_parts_after_a_per_side_count_told_first_in_the_headline_are_per_side():
    text = ("Russia e Ucraina, al via il più grande scambio di prigionieri: 390 per parte\n"
            "Russia e Ucraina hanno avviato venerdì il più grande scambio di prigionieri, con il rilascio di 390 persone per parte, "
            "tra cui 270 militari e 120 civili.")
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in extract_article("a", text, date(2025, 5, 23), "it").figures]
    assert got == [(390, "both", "per_side", False), (270, "both", "per_side", True), (120, "both", "per_side", True)]


def test_turkish_ages_deals_and_bodies_handed_over():
    # "25 yaşın altındaki" is an age limit, "anlaşmıştı" a deal (of "her iki taraftan en az 1.000"), and the bodies
    # handed "Ukrayna'ya" Ukraine's, dated by the article, not by the deal
    text = ("Rusya ve Ukrayna yeni bir esir takası gerçekleştirdi. Zelenskiy, 25 yaşın altındaki askerlerin serbest "
            "bırakıldığını söyledi. Taraflar 2 Haziran'da her iki taraftan en az 1.000 esirin takas edilmesi konusunda anlaşmıştı. "
            "Rusya ayrıca 6 bin asker cesedini Ukrayna'ya teslim etti.")
    got = [(f.value, f.kind, f.side, f.scope, f.qualifier, f.event_date) for f in extract_article("a", text, date(2025, 6, 14), "tr").figures]
    assert got == [(25, "age", "unknown", None, "up_to", date(2025, 6, 14)),
                   (1000, "agreed", "both", "per_side", "at_least", date(2025, 6, 2)),
                   (6000, "bodies", "ukraine", None, "exact", date(2025, 6, 14))]


def test_the_day_of_a_deal_dates_no_handover_told_after_it():
    text = ("Russia and Ukraine carried out a new prisoner swap. The sides had agreed on June 2 to exchange at least 1,000 "
            "prisoners from each side. Russia also handed 6,000 bodies to Ukraine.")
    got = [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 6, 14))]
    assert got == [(1000, "agreed", date(2025, 6, 2)), (6000, "bodies", date(2025, 6, 14))]


@pytest.mark.parametrize("text, expected", [
    # "an estimated 4,000 to 5,000", "some 100 to 150": a range (not a count and another)
    ("Ukraine holds an estimated 4,000 to 5,000 Russians.", [(4000, 5000, "other", "about")]),
    ("Some 100 to 150 prisoners could be freed next week.", [(100, 150, "agreed", "about")]),
    # (a total raised "from 4,000 to 5,000" is two numbers, the new one the figure)
    ("The exchanges brought the total of Ukrainians freed from 4,000 to 5,000.", [(5000, None, "cumulative_released", "exact")]),
])
def test_estimated_ranges_with_to(text, expected):
    assert [(f.value, f.value_high, f.kind, f.qualifier) for f in figs(text, date(2025, 9, 12))] == expected


def test_prisoners_a_crashed_plane_was_said_to_carry_are_no_swap():
    text = ("That exchange took place a week after a Russian military plane crashed near Belgorod; Moscow said it was carrying "
            "65 Ukrainian prisoners.")
    assert [(f.value, f.kind) for f in figs(text, date(2024, 2, 8))] == [(65, "other")]


def test_a_group_freed_too_and_the_total_of_one_side_with_it():
    # "Ukraine gets back 49 civilians too": on top of the count each side freed; "152 had returned in total" is those
    # 103 and 49, Ukraine's
    text = ("Russia and Ukraine exchange 103 prisoners each; Ukraine gets back 49 civilians too\n"
            "Russia and Ukraine each released 103 prisoners of war on Saturday, and Ukraine also brought home 49 civilians, "
            "officials said. Zelensky said 152 people had returned in total.")
    got = [(f.value, f.side, f.scope, f.is_additional) for f in figs(text, date(2024, 9, 14))]
    assert got == [(103, "both", "per_side", False), (49, "ukraine", None, True), (152, "ukraine", None, False)]


@pytest.mark.parametrize("text, expected", [
    # the other half of a demand, and people who refused to go or asked to stay: no one handed over
    ("The rebels had initially demanded 225 fighters in exchange for 150 Ukrainians.", [(225, "other"), (150, "other")]),
    ("Three of the Ukrainians due to be released refused to go, and three rebels asked to remain in Ukrainian-held "
     "territory, officials said.", [(3, "other"), (3, "other")]),
    # (people freed in exchange for others are still freed)
    ("Kyiv freed 222 rebels in exchange for 146 Ukrainian soldiers.", [(222, "exchanged"), (146, "exchanged")]),
])
def test_demands_and_people_who_refused_to_go(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2014, 12, 27))] == expected


def test_a_total_a_side_is_ready_to_transfer_is_the_other_sides():
    text = "Russia has said it is ready to transfer a total of 6,000 bodies."
    assert [(f.value, f.kind, f.status, f.side) for f in figs(text, date(2025, 6, 11))] == [(6000, "bodies", "offered", "ukraine")]


@pytest.mark.parametrize("headline, expected", [
    # a headline alone that names no people and no swap: getting a count back is a handover, and the gapped nation after it
    ("Ukraine gets 189 back, Russia 150", [(189, "ukraine"), (150, "russia")]),
    ("Ukraine brings 189 home", [(189, "ukraine")]),
    # (a nation's count with no verb of getting back stays nothing)
    ("Ukraine 189, Russia 150", []),
])
def test_headlines_of_counts_got_back_with_no_people_word(headline, expected):
    assert [(f.value, f.side) for f in figs(headline, date(2024, 1, 5)) if f.kind == "exchanged"] == expected


@pytest.mark.parametrize("text, expected", [
    # German puts the subject after "hatte" when a word opens the sentence: the receiver's dead
    ("Zuvor hatte Kiew die Leichen von 32 gefallenen Soldaten erhalten.", "ukraine"),
    ("Am Freitag hatte Russland die Leichen von 20 Soldaten zurückerhalten.", "russia"),
])
def test_german_receiver_after_the_verb(text, expected):
    assert [f.side for f in extract_article("a", text, date(2023, 7, 7), "de").figures] == [expected]


@pytest.mark.parametrize("language, text", [
    # one part named "including" after what each side freed is so many each
    ("en", "On Friday, in the first stage, each side freed 390 people, including 120 civilians."),
    ("es", "El viernes, en la primera fase del canje, cada bando liberó a 390 personas, entre ellas 120 civiles."),
])
def test_one_part_of_what_each_side_freed_is_per_side(language, text):
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in extract_article("a", text, date(2025, 5, 24), language).figures
           if f.kind == "exchanged"]
    assert got == [(390, "both", "per_side", False), (120, "both", "per_side", True)]


@pytest.mark.parametrize("text, expected", [
    # "Está previsto que el domingo ...": still to come, on the coming Sunday
    ("Está previsto que el domingo se complete el intercambio, con otros 303 prisioneros por bando.",
     [(303, "agreed", "planned", date(2025, 5, 25))]),
    # "Rusia aún retiene a unos 8.000 ucranianos": people still held
    ("Rusia y Ucrania intercambiaron 307 prisioneros. Según Kiev, Rusia aún retiene a unos 8.000 ucranianos.",
     [(307, "exchanged", "completed", date(2025, 5, 24)), (8000, "other", None, date(2025, 5, 24))]),
])
def test_spanish_swaps_still_to_come_and_people_still_held(text, expected):
    got = [(f.value, f.kind, f.status, f.event_date) for f in extract_article("a", text, date(2025, 5, 24), "es").figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the day's count told as part of a running total ("..., 150 of them on Sunday") is that day's exchange, and the
    # total is still the total
    ("Ukraine has now recovered 3,956 of its citizens, 150 of them on Sunday.",
     [(3956, "cumulative_released", False), (150, "exchanged", False)]),
    ("Ukraine has now secured the release of 3,405 people from Russian captivity, 95 of them today.",
     [(3405, "cumulative_released", False), (95, "exchanged", False)]),
])
def test_the_days_count_inside_a_running_total(text, expected):
    assert [(f.value, f.kind, f.is_breakdown) for f in figs(text, date(2025, 1, 5))] == expected


@pytest.mark.parametrize("text", [
    # the total a count rose from stood so on a day the text does not give: no date, not the article's
    "The number of Ukrainians brought home rose to 3,956, up from 3,806 a month earlier.",
    "With the swap, the number of Ukrainians brought home rose to 3,956 from 3,806.",
])
def test_the_total_a_count_rose_from_has_no_day(text):
    got = [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 1, 5))]
    assert got == [(3956, "cumulative_released", date(2025, 1, 5)), (3806, "cumulative_released", None)]


@pytest.mark.parametrize("text", [
    # a maker's model number is no count ("a Boeing 737", like "Il-76")
    "Ukraine brought home 150 soldiers on Monday. The soldiers were flown on two Il-76 planes and a Boeing 737.",
    "Ukraine brought home 150 soldiers on Monday. They landed in an Airbus 320 at Chisinau.",
])
def test_a_makers_model_number_is_no_figure(text):
    assert [f.value for f in figs(text, date(2025, 1, 8))] == [150]


def test_a_holiday_that_names_the_swap_in_a_headline_does_not_date_it():
    # "in Orthodox Christmas exchange" names the swap; the lede's "on Sunday, a day after Orthodox Christmas" dates it:
    # one fact, and a side's equal count that day is that fact again
    text = ("Russia, Ukraine swap 50 soldiers each in Orthodox Christmas exchange\n"
            "Russia and Ukraine each returned 50 soldiers in a prisoner exchange on Sunday, the Russian Defence Ministry said, "
            "a day after Orthodox Christmas. Andriy Yermak said 50 Ukrainian soldiers were freed.")
    got = [(f.value, f.side, f.scope, f.event_date) for f in figs(text, date(2023, 1, 8))]
    assert got == [(50, "both", "per_side", date(2023, 1, 8))]


def test_a_part_of_bodies_named_after_words_of_finding():
    # "909 bodies, of which Ukrainian experts found that 34 were Russian soldiers": bodies, a part of the 909
    text = "Russia handed over 909 bodies, of which Ukrainian experts found that 34 were Russian soldiers."
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2025, 8, 19))]
    assert got == [(909, "bodies", "ukraine", False), (34, "bodies", "russia", True)]


@pytest.mark.parametrize("text, expected", [
    # what "each side will release" is so many each; the bodies a side offers are the other side's dead
    ("Under the agreement, each side will release at least 1,000 prisoners by next week.", [(1000, "agreed", "both", "per_side")]),
    ("Russia has offered to hand over the bodies of 6,000 soldiers, while Kyiv has offered 15 bodies.",
     [(6000, "bodies", "ukraine", None), (15, "bodies", "russia", None)]),
])
def test_each_side_will_release_and_bodies_a_side_offers(text, expected):
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 6, 3))] == expected


@pytest.mark.parametrize("text, expected", [
    # "On Jan. 31, a week after the crash, ...": the distance describes the day stated beside it
    ("On Jan. 31, a week after the crash, the two sides went ahead with a swap anyway: 207 Ukrainians and 195 Russians were freed.",
     [(207, date(2024, 1, 31)), (195, date(2024, 1, 31))]),
    # (the count inside the distance's clause is the other day's)
    ("Ukraine got back 140 soldiers on Friday, a day after 52 Ukrainians were brought home.",
     [(140, date(2024, 1, 26)), (52, date(2024, 1, 25))]),
])
def test_a_distance_set_beside_a_stated_day(text, expected):
    assert [(f.value, f.event_date) for f in figs(text, date(2024, 2, 1))] == expected


@pytest.mark.parametrize("language, text, expected", [
    # Turkish: a nation's own soldiers "serbest bırakıldığını", citizens "esaretten döndüğünü" since the war began
    ("tr", "Rusya ve Ukrayna yeni bir esir takası gerçekleştirdi. Rusya da 146 askerinin serbest bırakıldığını duyurdu.",
     [(146, "exchanged", "russia", None)]),
    ("tr", "Rusya ve Ukrayna 146'şar esiri takas etti. Ukrayna, savaşın başından bu yana 6 binden fazla vatandaşının esaretten "
           "döndüğünü açıkladı.",
     [(146, "exchanged", "both", None), (6000, "cumulative_released", "ukraine", date(2022, 2, 24))]),
    # Dutch: "sinds het begin van de oorlog"
    ("nl", "Sinds het begin van de oorlog zijn meer dan 6000 Oekraïners uit Russische gevangenschap teruggekeerd.",
     [(6000, "cumulative_released", "ukraine", date(2022, 2, 24))]),
])
def test_turkish_and_dutch_own_soldiers_and_totals_since_the_war_began(language, text, expected):
    got = [(f.value, f.kind, f.side, f.since_date) for f in extract_article("a", text, date(2025, 8, 24), language).figures]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # fighters who surrendered, "bringing the total to 2,439": people captured, not freed
    ("Kyiv hopes for a swap of Azovstal fighters\nRussia's defence ministry said the last of the fighters holed up in the "
     "steelworks had surrendered, bringing the total to 2,439 since May 16.", [(2439, "other")]),
    # (a total of people freed still is one)
    ("Ukraine freed 95 more soldiers, bringing the total to 2,439 since the invasion.", [(95, "exchanged"), (2439, "cumulative_released")]),
])
def test_a_total_of_fighters_who_surrendered(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2022, 5, 21))] == expected


def test_a_years_total_on_a_key_numbers_line():
    text = "2025 in numbers: the war's prisoner exchanges\n- 18: prisoner exchanges held this year.\n- 2,950: Ukrainians freed in 2025."
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 12, 31)) if f.value == 2950]
    assert got == [(2950, "cumulative_released", date(2025, 1, 1), "year")]


def test_each_days_count_with_its_day_after_it_keeps_the_first_counts_sides():
    text = ("Russia and Ukraine completed their biggest prisoner swap of the war on Sunday. The exchange was carried out in three "
            "stages: 390 people from each side on Friday, 307 on Saturday and 303 on Sunday.")
    got = [(f.value, f.side, f.scope, f.event_date) for f in figs(text, date(2025, 5, 26)) if f.kind == "exchanged"]
    assert got == [(390, "both", "per_side", date(2025, 5, 23)), (307, "both", "per_side", date(2025, 5, 24)),
                   (303, "both", "per_side", date(2025, 5, 25))]


@pytest.mark.parametrize("text, expected", [
    # a label with a year over a count that names its own month is that month's swap, not the year's total
    ("Prisoner swaps were frequent in 2025: 1,000 each in May.", [(1000, "exchanged", date(2025, 5, 1), "month")]),
    # (a fact box's count for the year its label names stays the year's total)
    ("Prisoners freed in 2025: 1,800+", [(1800, "cumulative_released", date(2025, 1, 1), "year")]),
])
def test_a_labelled_count_that_names_its_month(text, expected):
    assert [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 9, 12))] == expected


@pytest.mark.parametrize("text, expected", [
    # "received 246 soldiers and 15 wounded": the wounded are the next group handed over
    ("After the exchange, Russia said it had received 246 soldiers and 15 wounded.", [(246, "russia"), (15, "russia")]),
    # (wounded in a strike are none)
    ("Russia struck Kharkiv, killing 3 people and leaving 15 wounded, a day after the prisoner exchange.", []),
])
def test_wounded_handed_over_after_a_count(text, expected):
    assert [(f.value, f.side) for f in figs(text, date(2025, 4, 20))] == expected


@pytest.mark.parametrize("text, expected", [
    # "would be flown home" after a swap is the journey, not a swap still to come
    ("Kyiv said the 50 soldiers it got back included some who had defended Mariupol. Moscow said its 50 men would be flown home.",
     [(50, "exchanged", "completed"), (50, "exchanged", "completed")]),
    # (a swap that "would be exchanged" is still to come, whatever the journey after it)
    ("Russia said 50 prisoners would be exchanged on Sunday and would be flown to Moscow.", [(50, "agreed", "planned")]),
])
def test_the_journey_home_says_nothing_of_the_swaps_status(text, expected):
    assert [(f.value, f.kind, f.status) for f in figs(text, date(2023, 1, 8))] == expected


def test_a_figure_with_no_event_date_has_no_precision_of_one():
    # "came a day after Putin agreed ... to swap 175 prisoners each", with no day to count from: no date, so no precision
    # (it said "day" with no date) - and the same holds for every figure of the seeds
    text = "The exchange, the first since Feb. 5, came a day after Putin agreed in a call with Trump to swap 175 prisoners each."
    got = [(f.value, f.event_date, f.event_date_from, f.event_date_precision) for f in figs(text, date(2025, 3, 19))]
    assert got == [(175, None, None, None)]
    for _, result in read_folder(SEEDS):
        for article, _ in result.articles:
            for f in extract_article(article.article_id, article.body, article.published_date, article.language, article.title).figures:
                assert (f.event_date is None) == (f.event_date_precision is None) and (f.event_date_from is None or f.event_date is not None)


@pytest.mark.parametrize("text, expected", [
    # "the May exchange, when each side freed 1,000": the swap named by its month, not the article's day
    ("Kyiv said 185 soldiers came home on Thursday. The 1,000 figure refers to the May exchange, when each side freed 1,000 people "
     "over three days.", [(185, date(2025, 10, 2), "day"), (1000, date(2025, 5, 1), "month")]),
    ("The December swap, when 140 Ukrainians were freed, was the last of the year.", [(140, date(2024, 12, 1), "month")]),
])
def test_a_swap_named_by_its_month_then_when(text, expected):
    assert [(f.value, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 10, 3))] == expected


def test_the_day_an_exchange_goes_on_does_not_date_the_next_sentences_count():
    # "both sides will continue the exchange on May 25" is a day still to come: the count told after it, with no day of its
    # own, is of the day the first sentence gave
    text = ("Zelensky said the prisoner swap went on today and that both sides will continue the exchange on May 25. "
            "The Russian Defence Ministry said Russia and Ukraine each returned 307 servicemen.")
    assert [(f.value, f.side, f.event_date) for f in figs(text, date(2025, 5, 24))] == [(307, "both", date(2025, 5, 24))]


@pytest.mark.parametrize("text, expected", [
    # a deal named by its formula is dated by the talks it says agreed it ("the May 16 Istanbul talks": a place between)
    ("Russia and Ukraine carried out the second phase of the 1,000-for-1,000 prisoner exchange agreed at the May 16 Istanbul talks.",
     [(1000, "agreed", date(2025, 5, 16), date(2025, 5, 16))]),
    ("The 1,000-for-1,000 exchange was agreed at the May 16 Istanbul talks.", [(1000, "agreed", date(2025, 5, 16), date(2025, 5, 16))]),
    # (a deal named with no talks' day stays undated)
    ("Russia and Ukraine carried out the second phase of the 1,000-for-1,000 prisoner exchange.", [(1000, "agreed", None, None)]),
])
def test_a_deal_named_by_its_formula_is_dated_by_the_talks_that_agreed_it(text, expected):
    assert [(f.value, f.kind, f.event_date, f.agreement_date) for f in figs(text, date(2025, 5, 24))] == expected


@pytest.mark.parametrize("text, expected", [
    # the age of a prisoner's relative is no age of a prisoner
    ("Olena, 54, whose son has been held since the fall of Mariupol, waited at the border for the prisoner swap.", []),
    ("Mykola, 45, whose son is still in Russian captivity, came to see the prisoner exchange.", []),
    ("Iryna, 31, the wife of a marine, said the prisoner swap gave her hope.", []),
    # (the prisoner's own age, whatever his relatives did)
    ("Andriy, 24, whose mother waited two years for him, came home in the prisoner exchange.", [(24, "age")]),
])
def test_the_age_of_a_prisoners_relative(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2025, 1, 10))] == expected


@pytest.mark.parametrize("text, expected", [
    # a body named in full with where it works is the claimant, not the nation it works in
    ("The UN Human Rights Monitoring Mission in Ukraine said 95 percent of the Ukrainian prisoners of war it interviewed after "
     "their release described torture.", [(95, "ukraine", "UN Human Rights Monitoring Mission in Ukraine")]),
    # a share of one nation's people is that nation's
    ("About 40% of the Russian POWs held by Ukraine said they were treated well, the report said.", [(40, "russia", None)]),
    ("More than 90% of freed Ukrainian POWs reported torture, the UN said.", [(90, "ukraine", "United Nations")]),
])
def test_shares_of_a_nations_prisoners_and_a_mission_in_ukraine(text, expected):
    assert [(f.value, f.side, f.claimant) for f in figs(text, date(2025, 3, 31))] == expected


@pytest.mark.parametrize("text, expected", [
    # a since-phrase that names the day the war began, in any of the usual formats, starts a running total on that day
    ("In total, 3,672 Ukrainians have been freed from Russian captivity since 24 February 2022.",
     [(3672, "cumulative_released", date(2022, 2, 24))]),
    ("In total, 3,672 Ukrainians have been freed from Russian captivity since Feb. 24, 2022.",
     [(3672, "cumulative_released", date(2022, 2, 24))]),
    ("In total, 3,672 Ukrainians have been freed from Russian captivity since 24.02.2022, the Coordination Headquarters wrote.",
     [(3672, "cumulative_released", date(2022, 2, 24))]),
    # (a month alone is still the first of the month)
    ("In total, 3,672 Ukrainians have been freed from Russian captivity since February 2022.",
     [(3672, "cumulative_released", date(2022, 2, 1))]),
])
def test_a_running_total_since_the_day_the_war_began(text, expected):
    assert [(f.value, f.kind, f.since_date) for f in figs(text, date(2024, 9, 14))] == expected


def test_parts_listed_by_an_official_after_both_sides_counts_are_their_sides():
    # Kyiv's count, then Moscow's in return, then Zelensky lists "the returned": Ukraine's people, and so are the ages after
    text = ("Ukraine has brought back 103 defenders from Russian captivity, President Volodymyr Zelensky said. In exchange, Russia got "
            "back 103 soldiers captured in the Kursk region. The returned include 82 privates and sergeants and 21 officers, "
            "Zelensky said. The youngest is 22, the oldest is 61.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2024, 9, 14))]
    assert got == [(103, "exchanged", "ukraine", False), (103, "exchanged", "russia", False), (82, "exchanged", "ukraine", True),
                   (21, "exchanged", "ukraine", True), (22, "age", "ukraine", False), (61, "age", "ukraine", False)]


@pytest.mark.parametrize("text, expected", [
    # "aged 20 and 26": two ages
    ("The two soldiers, aged 20 and 26, were freed in the prisoner swap.", [(2, "exchanged", None), (20, "age", "unknown"), (26, "age", "unknown")]),
    # the ages of the people freed, a nation named: that nation's
    ("After the prisoner swap, the freed Ukrainians are aged between 20 and 63, officials said.", [(20, "age", "ukraine")]),
])
def test_ages_of_two_and_the_ages_of_the_freed(text, expected):
    got = [(f.value, f.kind, f.side if f.kind == "age" else None) for f in figs(text, date(2025, 8, 24))]
    assert got == expected


def test_an_ordinal_of_its_kind():
    # "The swap, the 63rd of its kind, ...": the series' number
    got = [(f.value, f.kind) for f in figs("The swap, the 63rd of its kind, freed 175 people.", date(2025, 3, 20))]
    assert got == [(63, "exchange_ordinal"), (175, "exchanged")]


@pytest.mark.parametrize("language, text, expected", [
    # a part set off by commas in other languages does not hide the per-side words after it
    ("fr", "Vendredi, 390 personnes, dont 120 civils, avaient été échangées de part et d'autre.",
     [(390, "both", "per_side", False), (120, "both", "per_side", True)]),
    # "par camp": per side
    ("fr", "Samedi, 307 militaires par camp avaient été libérés.", [(307, "both", "per_side", False)]),
    # Spanish participles of a swap done ("fueron canjeados"), whatever agreement is named after them
    ("es", "En total, 1.000 prisioneros de cada bando fueron canjeados en tres días, en virtud del acuerdo alcanzado en Estambul.",
     [(1000, "both", "per_side", False)]),
])
def test_per_side_counts_in_french_and_spanish(language, text, expected):
    got = [(f.value, f.side, f.scope, f.is_breakdown) for f in extract_article("a", text, date(2025, 5, 26), language).figures]
    assert got == expected
    assert all(f.kind == "exchanged" and f.status == "completed" for f in extract_article("a", text, date(2025, 5, 26), language).figures)


@pytest.mark.parametrize("language, text", [
    # the day of the deal a swap fulfils is not the swap's days
    ("fr", "Au total, 1 000 prisonniers de chaque camp ont été échangés en trois jours, conformément à l'accord conclu le 16 mai à Istanbul."),
    ("en", "In total, 1,000 prisoners from each side were swapped over three days, under the agreement reached on May 16 in Istanbul."),
    ("en", "In total, 1,000 prisoners from each side were swapped over three days, as agreed in Istanbul on May 16."),
])
def test_a_swap_over_days_under_a_dated_deal(language, text):
    got = [(f.value, f.event_date_from, f.event_date) for f in extract_article("a", text, date(2025, 5, 26), language).figures]
    assert got == [(1000, date(2025, 5, 24), date(2025, 5, 26))]


def test_a_years_count_of_exchanges_opening_with_its_year():
    # "In 2022, ... in 35 exchanges", in a 2023 article: 2022's count, as the total beside it
    text = "The exchange was the first in 2023. In 2022, Ukraine said 1,456 of its prisoners had been freed in 35 exchanges."
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2023, 1, 8))]
    # ("The exchange was the first in 2023": the swap reported is the year's first)
    assert got == [(1, "exchange_ordinal", date(2023, 1, 8), "day"),
                   (1456, "cumulative_released", date(2022, 1, 1), "year"), (35, "exchange_count", date(2022, 1, 1), "year")]


@pytest.mark.parametrize("text, expected", [
    # "100 prisoners were swapped for 100": as many each way
    ("Talks had stalled since February 8, when 100 prisoners were swapped for 100.", [(100, "both", "per_side")]),
    # (a nation after the second count keeps the two counts apart)
    ("On February 8, 100 Ukrainians were swapped for 100 Russians.", [(100, "ukraine", None), (100, "russia", None)]),
])
def test_a_count_swapped_for_the_same_count(text, expected):
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2024, 5, 31))] == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's "swap 146 prisoners" then "Each side handed over 146": the headline left out "each"
    ("Russia and Ukraine swap 146 prisoners\nRussia and Ukraine have again exchanged prisoners of war. Each side handed over 146 "
     "prisoners, the Russian Defence Ministry said on Wednesday.",
     [(146, "per_side", date(2025, 9, 10), "Russian Defence Ministry", 24)]),
    # (a total in the body is another count: the headline's stays a total)
    ("Russia and Ukraine swap 146 prisoners\nRussia and Ukraine exchanged 146 prisoners on Wednesday, 73 from each side.",
     [(146, "total", date(2025, 9, 10), None, 24), (73, "per_side", date(2025, 9, 10), None, 95)]),
])
def test_a_headline_count_the_body_gives_per_side(text, expected):
    got = [(f.value, f.scope, f.event_date, f.claimant, f.char_start) for f in figs(text, date(2025, 9, 12))]
    assert got == expected


def test_a_further_group_told_on_its_own_is_added_to_the_swap():
    # "A further 31 wounded soldiers ... were returned separately, according to the Ukrainian side", after a swap of so many
    # each: one more group, Kyiv's own people (not a part of the swap's count)
    text = ("Ukraine and Russia traded 150 captives apiece on Wednesday. A further 31 wounded soldiers, too badly hurt to be included "
            "in the lists, were returned separately, according to the Ukrainian side.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 2, 5))]
    assert got == [(150, "both", False, False), (31, "ukraine", False, True)]


def test_a_years_total_past_a_comparison_and_a_part_of_it():
    # "18 exchanges in 2025, more than in any previous year, bringing home about 2,900": the year's total; "1,200 of those freed
    # in 2025" is a part of it
    text = ("Ukraine held 18 prisoner exchanges with Russia in 2025, more than in any previous year, bringing home about 2,900 people. "
            "The largest, in May, saw 1,000 people freed by each side. Some 1,200 of those freed in 2025 were under 25.")
    got = [(f.value, f.kind, f.side, f.event_date, f.event_date_precision, f.is_breakdown) for f in figs(text, date(2025, 12, 20))
           if f.kind != "age"]
    assert got == [(18, "exchange_count", "both", date(2025, 1, 1), "year", False),
                   (2900, "cumulative_released", "ukraine", date(2025, 1, 1), "year", False),
                   (1000, "exchanged", "both", date(2025, 5, 1), "month", False),
                   (1200, "cumulative_released", "ukraine", date(2025, 1, 1), "year", True)]


@pytest.mark.parametrize("text, expected", [
    # the men taken with one prisoner are no count of a swap
    ("Oleksandr was freed in the prisoner exchange. Of the 12 men captured with him in Mariupol, only five have come home.", [5]),
    # (a count of those freed, told the same way, is)
    ("Of the 95 soldiers freed in the prisoner exchange, 12 were captured in Mariupol.", [95, 12]),
])
def test_the_men_captured_with_a_prisoner(text, expected):
    assert [f.value for f in figs(text, date(2024, 11, 20))] == expected


@pytest.mark.parametrize("language, text, expected", [
    # "Earlier, ..." opening a handover with no day of its own: a handover before the one reported, on a day not given
    ("en", "Russia handed over 1,200 bodies on Saturday. Earlier, Russia had handed over 1,212 bodies.",
     [(1200, date(2025, 6, 14)), (1212, None)]),
    ("ru", "Россия передала Украине тела еще 1200 погибших военнослужащих в субботу. Ранее Россия уже передала 1212 тел.",
     [(1200, date(2025, 6, 14)), (1212, None)]),
    # (a day given after "Earlier" still dates it)
    ("en", "Russia handed over 1,200 bodies on Saturday. Earlier, on Wednesday, Russia had handed over 1,212 bodies.",
     [(1200, date(2025, 6, 14)), (1212, date(2025, 6, 11))]),
])
def test_an_earlier_handover_with_no_day(language, text, expected):
    assert [(f.value, f.event_date) for f in extract_article("a", text, date(2025, 6, 14), language).figures] == expected


@pytest.mark.parametrize("text", [
    # the bodies Moscow is ready to give are Kyiv's dead, whichever verb
    "Всего Москва готова вернуть более 6000 тел.",
    "Москва готова передать более 6000 тел.",
])
def test_russian_bodies_moscow_is_ready_to_give(text):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, date(2025, 6, 14), "ru").figures] == [(6000, "bodies", "ukraine")]


def test_a_nation_after_two_groups_in_portuguese():
    # "185 militares e 20 civis ucranianos": the nation after the second group is the first's too; the second is added
    text = "Na quinta-feira, 185 militares e 20 civis ucranianos regressaram a casa."
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in extract_article("a", text, date(2025, 10, 2), "pt").figures]
    assert got == [(185, "ukraine", False, False), (20, "ukraine", False, True)]


@pytest.mark.parametrize("language, text", [
    # the days named before a count, in its clause, are the days it was freed over
    ("en", "Over three days, 1,000 prisoners from each side were exchanged."),
    ("it", "In tre giorni sono stati scambiati in totale mille prigionieri per parte."),
])
def test_days_named_before_a_count(language, text):
    got = [(f.value, f.event_date_from, f.event_date) for f in extract_article("a", text, date(2025, 5, 26), language).figures]
    assert got == [(1000, date(2025, 5, 24), date(2025, 5, 26))]


def test_the_next_days_batch_of_a_swap_of_so_many_each():
    # "On Friday 390 people were freed by each side, ..., and on Saturday another 307 soldiers": so many each again
    text = "On Friday 390 people were freed by each side, including 120 civilians, and on Saturday another 307 soldiers."
    got = [(f.value, f.side, f.scope, f.event_date) for f in figs(text, date(2025, 5, 26))]
    assert got == [(390, "both", "per_side", date(2025, 5, 23)), (120, "both", "per_side", date(2025, 5, 23)),
                   (307, "both", "per_side", date(2025, 5, 24))]


def test_a_headline_of_two_nations_counts_and_the_ages_after():
    # "Ukraine brings home 45 defenders of Mariupol, Russia gets back 3 pilots": the second clause is Russia's, the first Kyiv's;
    # the ages of the returnees after them are of the larger group
    text = ("Ukraine brings home 45 defenders of Mariupol, Russia gets back 3 pilots\nForty-five Ukrainian defenders of Mariupol "
            "returned home on Saturday in the latest prisoner swap, Andriy Yermak said. The youngest returnee is 19, the oldest 58.")
    got = [(f.value, f.kind, f.side) for f in figs(text, date(2023, 5, 6))]
    assert got == [(45, "exchanged", "ukraine"), (3, "exchanged", "russia"), (19, "age", "ukraine"), (58, "age", "ukraine")]


def test_a_years_count_of_exchanges_after_the_year():
    got = [(f.value, f.kind, f.event_date) for f in figs("The busiest year for prisoner swaps was 2024, with 11 exchanges.", date(2025, 2, 20))]
    assert got == [(11, "exchange_count", date(2024, 1, 1))]


@pytest.mark.parametrize("text, expected", [
    # the crews and vehicles of the operation are not people handed over
    ("The prisoner exchange took place at the border, where 40 buses and 300 medics were waiting. In the end, 84 Ukrainians "
     "crossed the border.", [84]),
    # (two groups of people are)
    ("In the prisoner exchange, 40 soldiers and 300 civilians crossed the border.", [40, 300]),
])
def test_vehicles_and_crews_of_the_operation(text, expected):
    assert [f.value for f in figs(text, date(2025, 8, 15))] == expected


@pytest.mark.parametrize("text, expected", [
    # "It was the 52nd since February 2022" after a sentence about a swap: the series' number
    ("Russia and Ukraine swapped 75 prisoners each on Friday. It was the 52nd since February 2022.",
     [(75, "exchanged"), (52, "exchange_ordinal")]),
    ("How many swaps have there been?\nThis was the 52nd since February 2022, by Kyiv's count.", [(52, "exchange_ordinal")]),
    # (a superlative is none)
    ("Russia and Ukraine swapped 75 prisoners each on Friday. It was the first in three months.", [(75, "exchanged")]),
])
def test_it_was_the_nth_after_a_swap(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2024, 5, 31))] == expected


def test_so_many_of_ours_have_returned():
    # "Today 84 of ours have returned: 33 soldiers and 51 civilians": the speaker's own people, and its parts
    text = "After the prisoner exchange, Zelensky wrote: today 84 of ours have returned: 33 soldiers and 51 civilians."
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 8, 14))]
    assert got == [(84, "ukraine", False), (33, "ukraine", True), (51, "ukraine", True)]


@pytest.mark.parametrize("language, text, expected", [
    # a swap that "begins" under a formula names the deal, not the day's count
    ("en", "Russia and Ukraine begin 1,000-for-1,000 prisoner exchange\nThe first stage saw 390 people freed by each side.",
     [(1000, "agreed"), (1, "exchange_ordinal"), (390, "exchanged")]),
    ("ru", "Россия и Украина начали обмен пленными в формате 1000 на 1000\nВ пятницу стороны обменялись 390 пленными с каждой стороны.",
     [(1000, "agreed"), (390, "exchanged")]),
])
def test_a_swap_that_begins_under_a_formula(language, text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, date(2025, 5, 23), language).figures] == expected


@pytest.mark.parametrize("text", [
    # a nation's adjective before the first group, or the army after it, in Russian: the second group is one more, not a part
    "Возвращены 270 российских военнослужащих и 120 гражданских лиц.",
    "В обмен переданы 270 военнопленных ВСУ и 120 гражданских.",
])
def test_russian_second_group_after_an_adjective_or_the_army(text):
    got = [(f.value, f.is_breakdown, f.is_additional) for f in extract_article("a", text, date(2025, 5, 23), "ru").figures]
    assert got == [(270, False, False), (120, False, True)]


def test_a_part_of_the_nation_its_sentence_names_after_both_counts():
    # "Among the Ukrainians freed were ... two civilians" after Kyiv's 189 and Moscow's 150: Kyiv's part
    text = ("Ukraine says it has brought home 189 prisoners of war, while Russia said 150 of its soldiers have been returned. "
            "Among the Ukrainians freed were defenders of Mariupol and two civilians, Zelensky said.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2024, 12, 30))]
    assert got == [(189, "ukraine", False), (150, "russia", False), (2, "ukraine", True)]


def test_russia_said_it_received_the_same_number():
    # "Russia said it received the same number ..." in the next sentence (no "In return"): so many each
    text = ("Ukraine brought home 185 soldiers on Thursday in a prisoner exchange with Russia, President Volodymyr Zelensky said. "
            "Russia said it received the same number of its servicemen.")
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2025, 10, 2))] == [(185, "both", "per_side")]


def test_an_ordinal_mediated_by():
    text = "Ukraine and Russia exchanged 84 prisoners each. The exchange was the 14th mediated by the UAE this year."
    assert [(f.value, f.kind) for f in figs(text, date(2025, 8, 14))] == [(84, "exchanged"), (14, "exchange_ordinal")]


def test_a_currency_share_is_no_figure():
    text = "Ukraine and Russia swapped 175 prisoners each. The hryvnia weakened 2% against the dollar at the currency exchange on Friday."
    assert [(f.value, f.kind) for f in figs(text, date(2025, 3, 1))] == [(175, "exchanged")]


def test_a_month_inside_a_since_phrase_and_the_count_an_opening_names():
    # "Since the Istanbul agreement in June, ...": the month the count starts from, not its date; "Of the 6,000 bodies handed over
    # in June, only about 15% ...": the count the opening names is no part of anything
    text = ("Ukraine repatriated the bodies of 1,000 fallen defenders on Thursday. Since the Istanbul agreement in June, Ukraine has "
            "received more than 7,000 bodies, officials said. Of the 6,000 bodies handed over in June, only about 15% have been identified.")
    got = [(f.value, f.kind, f.event_date, f.is_breakdown) for f in figs(text, date(2025, 7, 17))]
    assert got == [(1000, "bodies", date(2025, 7, 17), False), (7000, "bodies", date(2025, 7, 17), False),
                   (6000, "bodies", date(2025, 6, 1), False), (15, "percentage", date(2025, 7, 17), False)]


@pytest.mark.parametrize("text, expected", [
    # "a 35-to-35 prisoner swap": equal numbers joined by "-to-" before the word of a swap
    ("Russia and Ukraine carried out a 35-to-35 prisoner swap on Saturday.", [("35-to-35", "exchanged", "per_side")]),
    # a formula, then the verb of a swap done
    ('The swap, under a "35 x 35" formula, took place on Saturday.', [("35 x 35", "exchanged", "per_side")]),
    # "on either side": per side
    ("The prisoner swap saw 35 people freed on either side.", [("35", "exchanged", "per_side")]),
    # (an age range stays a range)
    ("The prisoner swap freed soldiers aged 18 to 25.", [("18 to 25", "age", None)]),
])
def test_more_ways_of_so_many_each(text, expected):
    body = text
    assert [(body[f.char_start:f.char_end], f.kind, f.scope) for f in figs(text, date(2019, 9, 7))] == expected


@pytest.mark.parametrize("text, expected", [
    # people freed over many exchanges counted in the same sentence: a running total
    ("It took 65 prisoner exchanges to bring 4,757 people home.", [(65, "exchange_count"), (4757, "cumulative_released")]),
    # (one swap's count beside the series' number stays the swap's)
    ("The 65th prisoner exchange brought 205 people home.", [(65, "exchange_ordinal"), (205, "exchanged")]),
    # "dozens of swaps since 2022, including 11 in 2024 alone": a part of a count of swaps, of its year
    ("There have been dozens of prisoner swaps since 2022, including 11 in 2024 alone.", [(11, "exchange_count")]),
])
def test_counts_over_many_exchanges(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2025, 5, 6))] == expected


def test_a_person_with_the_office_they_head_and_the_dead_of_a_crash():
    # "Andriy Yermak, head of the presidential office, said": the person, not the office named in his title; "all 74 people on
    # board were killed": the dead of another event
    text = ("Andriy Yermak, the head of Ukraine's presidential office, said 95 Ukrainian defenders had returned home from Russian "
            "captivity. Moscow said the plane was carrying 65 Ukrainian POWs to be exchanged, and that all 74 people on board were killed.")
    got = [(f.value, f.kind, f.claimant) for f in figs(text, date(2024, 2, 8))]
    assert got == [(95, "exchanged", "Andriy Yermak"), (65, "other", "Russian government")]


@pytest.mark.parametrize("text, expected", [
    # the war's day counter and weapons shot down are no people
    ("Ukraine war briefing: what we know on day 1,278\nUkraine and Russia each handed over 146 prisoners of war on Sunday. "
     "Ukraine's air force said Russia fired 72 drones overnight; 48 were shot down.", [146]),
    # (people named after "day" are: "During the day 95 people came home in the prisoner exchange")
    ("During the day 95 people came home in the prisoner exchange.", [95]),
])
def test_day_counters_and_drones_shot_down(text, expected):
    assert [f.value for f in figs(text, date(2025, 8, 24))] == expected


@pytest.mark.parametrize("language, text", [
    # "ainsi que", "así como": a group added to the count before, not a part of it
    ("fr", "La Russie et l'Ukraine ont échangé jeudi 185 prisonniers de guerre chacune, ainsi que 20 civils de chaque côté."),
    ("es", "Rusia y Ucrania intercambiaron el jueves 185 prisioneros de guerra cada uno, así como 20 civiles por cada parte."),
])
def test_as_well_as_in_french_and_spanish(language, text):
    got = [(f.value, f.scope, f.is_breakdown, f.is_additional) for f in extract_article("a", text, date(2025, 10, 2), language).figures]
    assert got == [(185, "per_side", False, False), (20, "per_side", False, True)]


def test_ukrainian_parts_formula_and_the_wounded_on_top():
    # a part of Kyiv's 277 keeps Kyiv's side when Moscow's equal count comes after it (it is no twin of a whole); "обміняних у
    # форматі 246 на 246" is a swap done, so many each (Moscow's 246 is that count again); "і 15 поранених" after Moscow's count is
    # more people it received (added, not a part: it was read as a part until the conjoined group was read in other languages)
    text = ("Україна повернула з полону 277 захисників\nСьогодні з російського полону повернулися 277 українських захисників, "
            "повідомив Президент України Володимир Зеленський. Серед них – 246 військових, обміняних у форматі 246 на 246, а також 31 "
            "важкопоранений.\nРосія отримала 246 своїх військових і 15 поранених.")
    got = [(f.value, f.kind, f.side, f.scope, f.is_breakdown) for f in extract_article("a", text, date(2025, 4, 19), "uk").figures]
    assert got == [(277, "exchanged", "ukraine", None, False), (246, "exchanged", "ukraine", None, True),
                   (246, "exchanged", "both", "per_side", False), (31, "exchanged", "ukraine", None, False),
                   (15, "exchanged", "russia", None, False)]
    text = "Після обміну Росія отримала 246 своїх військових і 15 поранених."
    got = [(f.value, f.side, f.is_additional) for f in extract_article("a", text, date(2025, 4, 19), "uk").figures]
    assert got == [(246, "russia", False), (15, "russia", True)]


def test_russian_readiness_to_give_bodies_and_a_named_source():
    # "Москва заявляла о готовности передать 6000 тел": what Moscow is ready to give is Kyiv's dead; a person named after
    # "сообщил" with a title before is who said it
    text = ("Российская сторона передала украинской тела 1212 погибших военнослужащих ВСУ, сообщил член Госдумы Шамсаил Саралиев. "
            "Ранее Москва заявляла о готовности передать 6000 тел в рамках стамбульских договоренностей.")
    got = [(f.value, f.side, f.status, f.claimant) for f in extract_article("a", text, date(2025, 6, 11), "ru").figures]
    assert got == [(1212, "ukraine", "completed", "Шамсаил Саралиев"), (6000, "ukraine", "offered", None)]


def test_one_more_part_after_the_parts_of_a_count():
    # "Of them, 27 are officers. Three are women.": the part two sentences after the count has the side of the parts before it
    text = "Ninety-five Ukrainian defenders were freed on Friday in the prisoner exchange. Of them, 27 are officers. Three are women."
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2024, 10, 18))]
    assert got == [(95, "ukraine", False), (27, "ukraine", True), (3, "ukraine", True)]


def test_bodies_offered_after_another_proposal_of_the_subject():
    # "Russia also proposed a ceasefire ..., and offered to hand over 3,000 more bodies": Kyiv's dead, offered at the talks (not
    # dated by a later paragraph's swap)
    text = ("At their third round of talks in Istanbul on Wednesday, the delegations agreed to exchange another 1,200 prisoners each. "
            "Russia also proposed a 24- to 48-hour ceasefire along the front to collect the dead, and offered to hand over 3,000 more "
            "bodies. At the second round on June 2, the sides agreed to swap all seriously wounded prisoners.")
    got = [(f.value, f.kind, f.side, f.status, f.event_date) for f in figs(text, date(2025, 7, 24))]
    assert got == [(1200, "agreed", "both", "agreed", date(2025, 7, 23)), (3000, "bodies", "ukraine", "offered", date(2025, 7, 23))]


@pytest.mark.parametrize("text, expected", [
    # an agency's recap opening "As reported," dates no lead: today's count keeps the article's day
    ("Another 84 Ukrainians were returned home from Russian captivity. Among them are 33 military and 51 civilians, Ukrinform "
     "reports with reference to the Coordination Headquarters. As reported, on July 23, 250 Ukrainian defenders returned home.",
     [(84, date(2025, 8, 14), None), (33, date(2025, 8, 14), "Coordination Headquarters"),
      (51, date(2025, 8, 14), "Coordination Headquarters"), (250, date(2025, 7, 23), None)]),
    # the source an outlet cites is the claimant
    ("TASS reported, citing the defence ministry, that 205 Russian servicemen were returned in the prisoner exchange.",
     [(205, date(2025, 8, 14), "Russian Defence Ministry")]),
])
def test_an_agencys_recap_and_the_source_it_cites(text, expected):
    assert [(f.value, f.event_date, f.claimant) for f in figs(text, date(2025, 8, 14))] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the day of another event after "a month after ..." (or the war's start) is no lead day for the swap
    ("Ukraine and Russia carried out their first prisoner exchange since the invasion began on Thursday, swapping 10 soldiers each. "
     "The exchange came a month after Russian troops crossed into Ukraine on Feb. 24.", date(2022, 3, 24), [(10, date(2022, 3, 24))]),
    ("The exchange came a week after a Russian missile strike on Sumy on May 24. Ukraine and Russia swapped 100 prisoners each.",
     date(2025, 6, 1), [(100, date(2025, 6, 1))]),
    ("Ukraine and Russia swapped 100 prisoners each, a week after a Russian missile strike on Sumy on May 24.",
     date(2025, 6, 1), [(100, date(2025, 6, 1))]),
])
def test_the_day_of_another_event_after_a_distance(text, published, expected):
    got = [(f.value, f.event_date) for f in figs(text, published) if f.kind == "exchanged"]
    assert got == expected


def test_no_part_of_the_other_sides_count_in_another_sentence():
    # "Ukraine also received 19 civilian sailors ... Russia got back 11 civilian sailors": Russia's 11 is no part of Ukraine's 19;
    # "Russia's Defence Ministry confirmed that 331 Russians had been returned. Ukraine got back 305 servicemen": no part either
    text = ("Ukraine and Russia swapped 10 soldiers each on Thursday. Ukraine also received 19 civilian sailors who had been held by "
            "Russia. Russia got back 11 civilian sailors.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2022, 3, 24))]
    assert got == [(10, "both", False), (19, "ukraine", False), (11, "russia", False)]
    text = ("Russia's Defence Ministry confirmed that 331 Russians had been returned in the prisoner exchange. Ukraine got back 305 "
            "servicemen and 27 civilians, President Volodymyr Zelensky wrote on Telegram.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 5, 25))]
    assert got == [(331, "russia", False), (305, "ukraine", False), (27, "ukraine", False)]


@pytest.mark.parametrize("text, expected", [
    # "had agreed to the swap during his call on Tuesday": the Tuesday past, when it was agreed
    ("Putin had agreed to the 175-for-175 swap during his call with Trump on Tuesday.", [(175, date(2025, 3, 18))]),
    # (a swap agreed to take place on a weekday is still the coming one)
    ("The sides agreed to swap 175 prisoners each on Tuesday.", [(175, date(2025, 3, 25))]),
])
def test_a_weekday_after_had_agreed(text, expected):
    assert [(f.value, f.event_date) for f in figs(text, date(2025, 3, 19))] == expected


def test_the_last_unit_of_a_list_with_no_noun():
    # "79 servicemen of the Armed Forces, 15 of the National Guard and 1 from the State Border Guard Service": the last item too
    text = ("Ninety-five Ukrainian defenders — 79 servicemen of the Armed Forces, 15 of the National Guard and 1 from the State Border "
            "Guard Service — were returned from Russian captivity in the prisoner exchange on Friday.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2024, 10, 18))]
    assert got == [(95, "ukraine", False), (79, "ukraine", True), (15, "ukraine", True), (1, "ukraine", True)]


def test_day_headings_of_a_live_page_and_the_final_day_of_a_deal():
    # "Saturday, May 24" on a line of its own dates the items under it; "final day of 1,000-for-1,000 swap" names the deal
    text = ("As it happened: final day of 1,000-for-1,000 swap\nSunday, May 25\n- 303 Ukrainian servicemen returned home, Zelensky "
            "said.\nSaturday, May 24\n- 307 Ukrainians returned home in the second stage.\nFriday, May 23\n- 390 people were returned "
            "to each side in the first stage.")
    got = [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 5, 25)) if f.kind != "exchange_ordinal"]
    assert got == [(1000, "agreed", None), (303, "exchanged", date(2025, 5, 25)), (307, "exchanged", date(2025, 5, 24)),
                   (390, "exchanged", date(2025, 5, 23))]


def test_the_other_sides_groups_adding_up_to_this_sides_count():
    # "390 Ukrainians are home: 270 soldiers and 120 civilians", then Moscow's "270 servicemen and 120 civilians": Moscow's own
    # count and a group added, not parts of Kyiv's 390
    text = ("Zelensky confirms 390 Ukrainians are home after the prisoner exchange: 270 soldiers and 120 civilians. Russia's Defence "
            "Ministry says 270 Russian servicemen and 120 civilians have been returned.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 5, 23))]
    assert got[-2:] == [(270, "russia", False, False), (120, "russia", False, True)]


@pytest.mark.parametrize("text, expected", [
    # "defenders" in Ukrainian English are Kyiv's people
    ("Some 1,000 Azovstal defenders remain in captivity after the prisoner swap.", [(1000, "other", "ukraine")]),
    ("On Friday 95 defenders came home in the prisoner exchange.", [(95, "exchanged", "ukraine")]),
    # (not the defenders of Russian towns)
    ("Ukraine said it had captured 40 defenders of Kursk, enough for a prisoner exchange.", []),
])
def test_defenders_are_ukraines(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 5, 6))] == expected


def test_ukrainian_units_totals_and_the_other_side_receiving_its_own():
    # border guards are a part; "повернути 4131 людину" is a running total; "Російська сторона ... отримала 150 своїх військових"
    # is Russia's own people
    text = ("5 лютого відбувся 61-й обмін полоненими. Додому повертаються 150 українських захисників: 133 військовослужбовці ЗСУ, "
            "15 нацгвардійців та 2 прикордонники. Від початку повномасштабного вторгнення вдалося повернути 4131 людину. Російська "
            "сторона заявила, що отримала 150 своїх військових.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in extract_article("a", text, date(2025, 2, 5), "uk").figures]
    assert got == [(61, "exchange_ordinal", "both", False), (150, "exchanged", "ukraine", False), (133, "exchanged", "ukraine", True),
                   (15, "exchanged", "ukraine", True), (2, "exchanged", "ukraine", True), (4131, "cumulative_released", "ukraine", False),
                   (150, "exchanged", "russia", False)]


def test_ukrainian_previous_repatriation_dates_no_lead():
    text = ("Україна повернула тіла ще 1200 загиблих військових, повідомив Координаційний штаб. Попередня репатріація відбулася 11 "
            "червня, тоді повернули 1212 тіл.")
    got = [(f.value, f.event_date) for f in extract_article("a", text, date(2025, 6, 14), "uk").figures]
    assert got == [(1200, date(2025, 6, 14)), (1212, date(2025, 6, 11))]


@pytest.mark.parametrize("text, expected", [
    # "jeweils 185 Kriegsgefangene sowie 20 Zivilisten": the second group is so many each too
    ("Russland und die Ukraine haben am Donnerstag jeweils 185 Kriegsgefangene sowie 20 Zivilisten ausgetauscht.",
     [(185, "exchanged", "both", "per_side", "completed"), (20, "exchanged", "both", "per_side", "completed")]),
    # "angekündigt, insgesamt 6000 Leichen übergeben zu wollen": Moscow's offer of Kyiv's dead
    ("Der Gefangenenaustausch geht weiter. Russland hatte angekündigt, insgesamt 6000 Leichen übergeben zu wollen.",
     [(6000, "bodies", "ukraine", None, "offered")]),
])
def test_german_sowie_and_announced_handovers(text, expected):
    got = [(f.value, f.kind, f.side, f.scope, f.status) for f in extract_article("a", text, date(2025, 10, 2), "de").figures]
    assert got == expected


def test_a_count_of_exchanges_that_took_place_in_a_year():
    got = [(f.value, f.kind, f.event_date) for f in figs("18 prisoner exchanges took place in 2025.", date(2025, 12, 28))]
    assert got == [(18, "exchange_count", date(2025, 1, 1))]


def test_a_dense_paragraph_of_past_swaps():
    # each clause's own month; "swapped 230 for 248" one count each way; "in February, 100 for 100" the verb left out; an
    # English date ending a sentence ("on July 17. August 24 saw ...") is no German "17. August"
    text = ("The pace of prisoner exchanges has varied widely. In January 2024 the sides swapped 230 for 248; in February, 100 for "
            "100; then nothing until May 31, when 75 were freed on each side. The summer brought two more swaps: 90 each on June 25 "
            "and 95 each on July 17. August 24 saw another swap.")
    got = [(f.value, f.kind, f.side, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 1, 20))]
    assert got == [(230, "exchanged", "unknown", date(2024, 1, 1), "month"), (248, "exchanged", "unknown", date(2024, 1, 1), "month"),
                   (100, "exchanged", "both", date(2024, 2, 1), "month"), (75, "exchanged", "both", date(2024, 5, 31), "day"),
                   (2, "exchange_count", "both", date(2024, 6, 25), "day"), (90, "exchanged", "both", date(2024, 6, 25), "day"),
                   (95, "exchanged", "both", date(2024, 7, 17), "day")]


@pytest.mark.parametrize("text, expected", [
    # headlines of two nations' counts with no people noun: "brings home 84 as Moscow gets 84 in ... swap", "frees 189 Ukrainians,
    # gets 150 back" (the subject's own people)
    ("Kyiv brings home 84 as Moscow gets 84 in Independence Day swap\nThe prisoner exchange took place on Sunday.",
     [(84, "ukraine"), (84, "russia")]),
    ("Russia frees 189 Ukrainians, gets 150 back\nThe prisoner exchange took place on Sunday.", [(189, "ukraine"), (150, "russia")]),
])
def test_headlines_of_two_nations_counts_with_no_noun(text, expected):
    assert [(f.value, f.side) for f in figs(text, date(2025, 8, 24))] == expected


def test_a_headline_count_home_and_one_to_russia():
    text = "Ukraine-Russia swap: 207 home, 195 to Russia\nThe prisoner exchange took place on Tuesday."
    assert [(f.value, f.side) for f in figs(text, date(2025, 5, 6))] == [(207, "ukraine"), (195, "russia")]


def test_a_headline_of_prisoners_to_be_freed_by_a_day():
    text = "Russia says 1,000 Ukrainian POWs to be freed by Sunday\nThe prisoner exchange will take place this week."
    got = [(f.value, f.kind, f.status, f.event_date) for f in figs(text, date(2025, 5, 6))]
    assert got == [(1000, "agreed", "planned", date(2025, 5, 11))]


def test_people_who_came_home_after_a_mention_of_exchanges():
    # "... in later exchanges, officials said, including 22 who came home in September": people, not a count of swaps
    text = ("At least 53 Ukrainian prisoners of war were killed in an explosion at a prison in Olenivka. Ukraine has since secured "
            "the release of some of the survivors in later exchanges, officials said, including 22 who came home in September.")
    assert all(f.kind != "exchange_count" for f in figs(text, date(2022, 10, 1)))


def test_an_interviews_answer_to_how_many_since():
    # "Q: How many have you brought home since 2022?" "A: More than 5,000, including over 500 civilians.": a running total
    text = ("Interview with the ombudsman on the prisoner exchanges\nQ: How many have you brought home since 2022?\n"
            "A: More than 5,000, including over 500 civilians.")
    got = [(f.value, f.kind, f.since_date, f.is_breakdown) for f in figs(text, date(2025, 3, 14))]
    assert got == [(5000, "cumulative_released", date(2022, 1, 1), False), (500, "cumulative_released", date(2022, 1, 1), True)]


def test_the_age_of_a_son_still_held():
    text = "After the prisoner swap, I met a mother whose son, 23, had been captured at Azovstal. He is still there."
    assert figs(text, date(2025, 6, 1)) == []


def test_people_involved_in_the_exchange_are_both_sides_together():
    text = "Some 780 people were involved in the exchange, 390 from each side."
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2025, 5, 23))] == [(780, "both", "total"), (390, "both", "per_side")]


@pytest.mark.parametrize("text, expected", [
    # a count so far in a year starts on that year's first day
    ("So far in 2025, 2,000 Ukrainians have been freed in prisoner exchanges.", [(2000, "cumulative_released", date(2025, 1, 1))]),
    ("The repatriation went ahead. So far in 2025, Ukraine has received over 8,000 bodies.", [(8000, "bodies", date(2025, 1, 1))]),
    ("The repatriation went ahead. So far this year, Ukraine has received over 8,000 bodies.", [(8000, "bodies", date(2025, 1, 1))]),
])
def test_counts_so_far_in_a_year(text, expected):
    assert [(f.value, f.kind, f.since_date) for f in figs(text, date(2025, 9, 18))] == expected


def test_the_parts_of_bodies_by_where_they_were_recovered():
    # "Of the bodies, 409 were recovered from the Donetsk front, 45 from the Luhansk front and 48 from morgues in Russia": the
    # parts of the handover told two sentences before, the verb left out after the first
    text = ("The bodies of 502 fallen defenders have been returned to Ukraine, the Coordination Headquarters said on Friday. Most of "
            "them were killed in the Donetsk region. Of the bodies, 409 were recovered from the Donetsk front, 45 from the Luhansk "
            "front and 48 from morgues in Russia.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2024, 11, 29))]
    assert got == [(502, "bodies", "ukraine", False), (409, "bodies", "ukraine", True), (45, "bodies", "ukraine", True),
                   (48, "bodies", "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # "...; Russia got back the same number": so many each, in the sentence's next clause
    ("Ukraine says 185 servicemen returned home on Thursday in the prisoner exchange; Russia got back the same number.",
     [(185, "exchanged", "both", "per_side")]),
    # "A freed soldier, 22, calls his mother": an age
    ("A total of 146 servicemen came home in the prisoner exchange. A freed soldier, 22, calls his mother.",
     [(146, "exchanged", "ukraine", None), (22, "age", "unknown", None)]),
])
def test_the_same_number_in_the_next_clause_and_a_soldiers_age(text, expected):
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 10, 3))] == expected


def test_a_part_of_the_nation_an_opening_names_after_a_swap_of_so_many_each():
    text = ("Ukraine and Russia each freed 150 prisoners of war on Wednesday. Among the Ukrainians were National Guard members and "
            "border guards, and 96 of them were privates.")
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 2, 5))] == [(150, "both", False), (96, "ukraine", True)]


def test_a_mediators_running_total_of_captives_is_of_both_sides():
    # "the total number of captives released in UAE-mediated exchanges to 4,641": everyone those exchanges freed
    text = ("The UAE said its mediation secured the release of 146 captives in the prisoner exchange. The ministry said the "
            "latest exchange brings the total number of captives released in UAE-mediated exchanges to 4,641.")
    got = [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 8, 24))]
    assert got == [(146, "exchanged", "both", "total"), (4641, "cumulative_released", "both", "total")]


@pytest.mark.parametrize("text", [
    # "recruited about 50,000 prisoners ..., and 10,000 of them are still at the front": an army's part
    ("Prisoner swap news. Wagner recruited about 50,000 prisoners from penal colonies, and only about 10,000 of them are still at "
     "the front."),
    "Prisoner swap news. Wagner recruited about 50,000 prisoners from penal colonies. About 10,000 of them are still at the front.",
    "Prisoner swap news. Russia has recruited tens of thousands of convicts, and 10,000 of them were pardoned after six months.",
])
def test_a_part_of_a_count_raised_for_the_war_is_no_figure(text):
    assert figs(text, date(2025, 6, 10)) == []


def test_the_british_defence_ministry_is_not_russias():
    text = "Ukraine and Russia swapped 100 prisoners each on Tuesday, according to the British Ministry of Defence."
    assert [(f.value, f.claimant) for f in figs(text, date(2025, 6, 10))] == [(100, "British Defence Ministry")]


def test_a_key_numbers_box_of_a_three_day_swap():
    # "• 390: exchanged on Friday": the line's words are the number's meaning; the days' counts that add up to what each
    # side freed over the three days are so many each, and so is the part of one of them; "since 2022" after a colon
    text = ("Ukraine and Russia completed the largest prisoner exchange of the war on Sunday. Key figures:\n"
            "• 1,000: prisoners freed by each side over three days\n"
            "• 390: exchanged on Friday, including 120 civilians\n"
            "• 307: soldiers swapped on Saturday\n"
            "• 303: soldiers swapped on Sunday\n"
            "• 4,552: Ukrainians returned home since 2022 before this swap")
    got = [(f.value, f.kind, f.side, f.scope, f.event_date) for f in figs(text, date(2025, 5, 25))]
    assert got == [(1000, "exchanged", "both", "per_side", date(2025, 5, 25)), (390, "exchanged", "both", "per_side", date(2025, 5, 23)),
                   (120, "exchanged", "both", "per_side", date(2025, 5, 23)), (307, "exchanged", "both", "per_side", date(2025, 5, 24)),
                   (303, "exchanged", "both", "per_side", date(2025, 5, 25)),
                   (4552, "cumulative_released", "ukraine", None, date(2025, 5, 25))]


def test_days_counts_that_do_not_add_up_to_the_swap_of_so_many_each_keep_no_side():
    text = ("Ukraine and Russia freed 1,000 prisoners each over three days of the exchange. On Friday 390 people were exchanged. "
            "On Saturday 300 soldiers were exchanged.")
    got = [(f.value, f.side, f.scope) for f in figs(text, date(2025, 5, 25))]
    assert (390, "unknown", None) in got and (300, "unknown", None) in got


def test_ages_after_a_sentence_about_the_returned_ukrainian_soldiers():
    # each side freed 150; the sentence before the ages speaks of the Ukrainians
    text = ("Ukraine and Russia each returned 150 prisoners of war on Wednesday in an exchange. Zelenskiy said some of the "
            "returned Ukrainian soldiers had been in captivity since 2022. The youngest is 22 and the oldest is 60.")
    got = [(f.value, f.kind, f.side) for f in figs(text, date(2025, 2, 5))]
    assert got == [(150, "exchanged", "both"), (22, "age", "ukraine"), (60, "age", "ukraine")]


@pytest.mark.parametrize("second, expected", [
    # "The exchange was the first this year": the year's first swap, the one just reported
    ("The exchange was the first this year.", [(1, "exchange_ordinal", date(2025, 2, 5), "day")]),
    # "the second such exchange this month": counted in the month, done on the day reported
    ("It was the second such exchange this month.", [(2, "exchange_ordinal", date(2025, 2, 5), "day")]),
    # (not a swap: "the first warm day this year")
    ("The weather was the first warm day this year.", []),
])
def test_an_ordinal_counted_within_a_period(second, expected):
    text = "Ukraine and Russia each returned 150 prisoners of war on Wednesday in a prisoner exchange. " + second
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 2, 5))][1:]
    assert got == expected


def test_another_batch_of_bodies_still_to_come_is_its_own_figure():
    # "Another 1,200 bodies are expected ... in the coming days": one more batch, not the handover done today told again;
    # it goes the way the batch before went, and has no day yet
    text = ("Ukraine received the bodies of 1,200 fallen soldiers on Wednesday, the Coordination Headquarters said. Another 1,200 "
            "bodies are expected to be handed over in the coming days, Russian negotiator Vladimir Medinsky said.")
    got = [(f.value, f.kind, f.side, f.status, f.event_date) for f in figs(text, date(2025, 6, 11))]
    assert got == [(1200, "bodies", "ukraine", "completed", date(2025, 6, 11)), (1200, "bodies", "ukraine", "planned", None)]


@pytest.mark.parametrize("text", [
    # bodies waiting at the border are not yet handed over
    "Vladimir Medinsky said 1,212 bodies of Ukrainian soldiers were already in refrigerated trucks at the border.",
    "Medinsky said the first 1,212 bodies were already at the border, with the rest to follow.",
])
def test_bodies_waiting_at_the_border_are_offered(text):
    assert [(f.value, f.status) for f in figs(text, date(2025, 6, 7))] == [(1212, "offered")]


def test_a_timeline_of_dated_lines_is_read_with_the_line_that_opens_it():
    # "24 Aug 2024 — 115 each": a line of a timeline (no bullet) is read with the lead above the list, as a list item is
    text = ("Ukraine and Russia carried out 11 exchanges in 2024. The largest:\n25 June 2024 — 90 each\n24 Aug 2024 — 115 each\n"
            "30 Dec 2024 — 150 Russians, 189 Ukrainians")
    got = [(f.value, f.kind, f.side, f.scope, f.event_date) for f in figs(text, date(2024, 12, 31))]
    assert got == [(11, "exchange_count", "both", None, date(2024, 1, 1)), (90, "exchanged", "both", "per_side", date(2024, 6, 25)),
                   (115, "exchanged", "both", "per_side", date(2024, 8, 24)), (150, "exchanged", "russia", None, date(2024, 12, 30)),
                   (189, "exchanged", "ukraine", None, date(2024, 12, 30))]


@pytest.mark.parametrize("text", [
    # "a September swap in which ...": the swap named by its month
    ("Ukraine and separatists exchanged prisoners on Sunday. The exchange followed a September swap in which Moscow and Kyiv each "
     "freed 35 prisoners."),
    "Ukraine and separatists exchanged prisoners on Sunday. It came after the September swap, in which each side freed 35 prisoners.",
])
def test_a_swap_named_by_its_month_then_in_which(text):
    got = [(f.value, f.event_date, f.event_date_precision) for f in figs(text, date(2019, 12, 29))]
    assert got == [(35, date(2019, 9, 1), "month")]


def test_ukraine_and_russia_backed_separatists_swapping_is_both_together():
    text = "Ukraine and Russia-backed separatists in eastern Ukraine exchanged about 200 prisoners on Sunday."
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2019, 12, 29))] == [(200, "both", "total")]


@pytest.mark.parametrize("text, language", [
    # "Russia, for its part, received ...": the nation past an aside set off by commas
    ("Ukraine received the bodies of 1,248 fallen soldiers on Monday. Russia, for its part, received the remains of 51 "
     "soldiers.", "en"),
    ("Ucrania ha recibido este lunes los cuerpos de 1.248 soldados caídos. Rusia, por su parte, recibió los restos de 51 de sus "
     "militares.", "es"),
])
def test_a_nation_receiving_past_an_aside(text, language):
    got = [(f.value, f.kind, f.side) for f in figs(text, date(2025, 6, 16), language)]
    assert got == [(1248, "bodies", "ukraine"), (51, "bodies", "russia")]


def test_a_quoted_paragraph_closed_by_the_ministry_said_is_the_ministry_named_before():
    text = ("As many as 90 Russian servicemen have been returned from territory controlled by the Kiev regime, the Russian Defense "
            "Ministry said on Tuesday.\n\"On June 25, 90 Russian servicemen who had been in captivity were returned. In return, 90 "
            "prisoners of war of the Ukrainian armed forces were handed over,\" the ministry said.")
    got = [(f.value, f.side, f.claimant) for f in figs(text, date(2024, 6, 25))]
    assert got == [(90, "russia", "Russian Defence Ministry"), (90, "ukraine", "Russian Defence Ministry")]


@pytest.mark.parametrize("text", [
    # "The exchange took place on Thursday, in the 84-for-84 format agreed earlier": a swap done by the formula
    "The exchange took place on the Belarusian-Ukrainian border on Thursday, in the 84-for-84 format agreed earlier.",
    "The exchange was carried out on Thursday in the 84-for-84 format.",
    "The exchange, in the 84-for-84 format, took place on Thursday.",
])
def test_a_swap_done_in_a_formats_numbers(text):
    got = [(f.value, f.kind, f.side, f.scope, f.status, f.event_date) for f in figs(text, date(2025, 8, 14))]
    assert got == [(84, "exchanged", "both", "per_side", "completed", date(2025, 8, 14))]


def test_the_parts_an_ombudsman_gives_of_a_swap_done_in_a_format_are_his_sides():
    text = ("The exchange took place on Thursday in the 84-for-84 format, according to Ukrainian ombudsman Dmytro Lubinets. "
            "Lubinets said 33 of the returned were military personnel and 51 civilians.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 8, 14))]
    assert got == [(84, "both", False), (33, "ukraine", True), (51, "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    # children reunited with their families are not prisoners of war
    ("Qatar helps return children as POW talks stall. Qatar said it had helped reunite 9 more Ukrainian children with their "
     "families, bringing the total it has facilitated to 100.", []),
    # people convicted by courts are not handed over
    ("Ukraine freed 150 prisoners in the swap. More than 100 Ukrainian prisoners of war have been sentenced by Russian-installed "
     "courts.", [(150, "exchanged")]),
    ("Ukraine freed 150 prisoners in the swap. Rights groups say at least 140 Ukrainian POWs have been convicted by Russian courts.",
     [(150, "exchanged")]),
    # (but those sentenced and then freed are)
    ("In the prisoner swap, 12 Ukrainians who had been sentenced by Russian courts were freed.", [(12, "exchanged")]),
    # "If Russia agreed to an all-for-all exchange, about 8,000 Ukrainians could come home": those held, no deal
    ("If Russia agreed to an all-for-all exchange, about 8,000 Ukrainians could come home, officials estimate.", [(8000, "other")]),
])
def test_children_convicts_and_a_counterfactual(text, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2025, 6, 20))] == expected


def test_a_part_of_the_freed_who_had_been_sentenced_is_still_a_part():
    text = ("Ukraine brought home 95 people in the prisoner exchange. The ombudsman said 2 of the freed had been sentenced to long "
            "prison terms.")
    assert [(f.value, f.is_breakdown) for f in figs(text, date(2024, 10, 16))] == [(95, False), (2, True)]


def test_the_ministry_said_before_another_speaker_in_the_same_sentence():
    # "The ministry said 150 ..., while Ukrainian President Volodymyr Zelenskiy said 189 ...": the 150 is the ministry's
    text = ("Russia and Ukraine exchanged hundreds of prisoners of war on Monday in a deal mediated by the United Arab Emirates, "
            "the Russian Defence Ministry said. The ministry said 150 Russian servicemen had been returned from Ukrainian-held "
            "territory, while Ukrainian President Volodymyr Zelenskiy said 189 Ukrainians had been freed.")
    got = [(f.value, f.side, f.claimant) for f in figs(text, date(2024, 12, 30))]
    assert got == [(150, "russia", "Russian Defence Ministry"), (189, "ukraine", "Volodymyr Zelensky")]


def test_the_days_counts_of_a_three_day_swap_named_on_its_last_day():
    # "completing a three-day swap in which each side freed 1,000": its days are the days before, so the days' counts that add
    # up to it are so many each
    text = ("Ukraine and Russia exchanged 303 prisoners of war each on Sunday, completing a three-day swap in which each side "
            "freed 1,000 people. Over the three days, 390 people were freed on Friday, including civilians, followed by 307 on "
            "Saturday and 303 on Sunday, officials from both countries said.")
    got = [(f.value, f.side, f.scope, f.event_date) for f in figs(text, date(2025, 5, 25))]
    assert got == [(303, "both", "per_side", date(2025, 5, 25)), (1000, "both", "per_side", date(2025, 5, 25)),
                   (390, "both", "per_side", date(2025, 5, 23)), (307, "both", "per_side", date(2025, 5, 24))]


def test_wounded_beside_a_per_side_count_told_again_are_added():
    # "Russia received 246 soldiers and 15 wounded" after 246 each: the 246 is the count again, the 15 came on top of it
    text = ("Russia and Ukraine exchanged 246 prisoners each on Saturday. Russia received 246 soldiers and 15 wounded, the defence "
            "ministry said.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 4, 19))]
    assert got == [(246, "both", False, False), (15, "russia", False, True)]


def test_a_part_of_a_batch_named_by_its_nation():
    # "34 of 909 bodies were Russian": the nation is the part's, the batch is the one Kyiv received
    text = "Ukraine received 1,245 bodies on Friday. In one June batch, 34 of 909 bodies were Russian, Kyiv said."
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2025, 6, 20))]
    assert got == [(1245, "bodies", "ukraine", False), (34, "bodies", "russia", True), (909, "bodies", "ukraine", False)]


@pytest.mark.parametrize("text", [
    "Per Ukraine's Coordination Headquarters, 84 Ukrainians returned home in the exchange on Thursday.",
    "Ukraine got 84 people back in the exchange on Thursday, per the Coordination Headquarters.",
])
def test_per_names_the_source(text):
    assert [(f.value, f.claimant) for f in figs(text, date(2025, 6, 20))] == [(84, "Coordination Headquarters")]


def test_per_side_is_no_source():
    text = "Russia and Ukraine swapped 84 prisoners per side on Thursday, Zelensky said."
    assert [(f.value, f.scope, f.claimant) for f in figs(text, date(2025, 6, 20))] == [(84, "per_side", "Volodymyr Zelensky")]


@pytest.mark.parametrize("text, expected", [
    # another war's hostages and prisoners, in a digest beside a swap of Ukraine and Russia
    ("Hamas frees 24 hostages as truce begins; Israel releases 39 Palestinians\nHamas released 24 hostages on Friday, including "
     "13 Israelis, under a four-day truce deal, while Israel freed 39 Palestinian prisoners. Separately, in Ukraine, officials "
     "said there had been no prisoner exchange with Russia since August.", []),
    ("Ukraine and Russia swapped 115 prisoners each on Saturday. In the Middle East, talks on a Gaza ceasefire and the release of "
     "115 hostages continued in Cairo.", [(115, "per_side")]),
    # (a sentence naming Ukraine or Russia is read as ever)
    ("Armenia's envoy said Ukraine and Russia swapped 95 prisoners each on Friday.", [(95, "per_side")]),
])
def test_another_wars_swaps_are_no_figures(text, expected):
    assert [(f.value, f.scope) for f in figs(text, date(2024, 8, 24))] == expected


@pytest.mark.parametrize("when, expected", [
    # a weekday with its date names that date, not the weekday just past
    ("on Tuesday 20 May", (date(2025, 5, 20), "day")),
    ("on Tuesday, May 20", (date(2025, 5, 20), "day")),
    # weeks ago: the week it fell in (its Monday), not the article's day
    ("three weeks ago", (date(2025, 5, 5), "week")),
    ("a fortnight ago", (date(2025, 5, 12), "week")),
    # ("a week ago" stays the day a week before)
    ("a week ago", (date(2025, 5, 20), "day")),
    # "last December": the latest December before the article; "at the end of last year": last year's
    ("last December", (date(2024, 12, 1), "month")),
    ("last May", (date(2024, 5, 1), "month")),
    ("at the end of last year", (date(2024, 1, 1), "year")),
    # a year named after the number
    ("in late 2024", (date(2024, 1, 1), "year")),
    ("in 2024", (date(2024, 1, 1), "year")),
])
def test_more_ways_to_say_when(when, expected):
    text = f"Ukraine and Russia swapped 100 prisoners each {when}."
    got = [(f.event_date, f.event_date_precision) for f in figs(text, date(2025, 5, 27))]
    assert got == [expected]


def test_an_opening_last_month_name_and_a_year_with_late():
    for text, expected in (("Last December, Ukraine and Russia swapped 100 prisoners each.", (date(2024, 12, 1), "month")),
                           ("In late 2024, Ukraine and Russia swapped 100 prisoners each.", (date(2024, 1, 1), "year"))):
        assert [(f.event_date, f.event_date_precision) for f in figs(text, date(2025, 5, 27))] == [expected]


def test_a_year_after_the_number_that_dates_a_capture_dates_no_swap():
    text = "Ukraine and Russia swapped 100 prisoners each on Friday, soldiers captured in 2022."
    assert [(f.event_date, f.event_date_precision) for f in figs(text, date(2025, 5, 27))] == [(date(2025, 5, 23), "day")]


@pytest.mark.parametrize("text, language", [
    # a second claimant in the figure's own clause: "..., while Kyiv said 189 ..."
    ("According to the Russian Defence Ministry, 150 Russian soldiers were returned, while Kyiv said 189 Ukrainians came home.", "en"),
    ("Según el Ministerio de Defensa ruso, 150 militares rusos fueron devueltos, mientras que Kiev informó del regreso de 189 "
     "ucranianos.", "es"),
    ("El Ministerio de Defensa ruso dijo que 150 militares rusos fueron devueltos, mientras que Kiev informó del regreso de 189 "
     "ucranianos.", "es"),
])
def test_a_capital_that_says_in_the_figures_own_clause(text, language):
    got = [(f.value, f.claimant) for f in figs("Prisoner swap.\n" + text, date(2024, 12, 30), language)]
    assert got == [(150, "Russian Defence Ministry"), (189, "Ukrainian government")]


@pytest.mark.parametrize("text, language, expected", [
    # "e a Rússia, 15": the nation of a gapped count, past its article
    ("A Rússia e a Ucrânia trocaram 246 prisioneiros cada uma neste sábado. Além disso, a Ucrânia recebeu 31 soldados feridos e "
     "a Rússia, 15.", "pt", [(246, "both"), (31, "ukraine"), (15, "russia")]),
    # "puis 307 samedi": the next day's count, the noun left out (so many each, as the day before)
    ("Vendredi, 390 personnes avaient été libérées de part et d'autre, puis 307 samedi.", "fr", [(390, "both"), (307, "both")]),
])
def test_gapped_counts_in_other_languages(text, language, expected):
    assert [(f.value, f.side) for f in figs(text, date(2025, 5, 25), language)] == expected


@pytest.mark.parametrize("text, language, expected", [
    # "il primo scambio del 2025": the year's first swap
    ("Russia e Ucraina hanno scambiato mercoledì 150 prigionieri di guerra ciascuna. Si tratta del primo scambio del 2025.", "it",
     [(150, "exchanged", None), (1, "exchange_ordinal", None)]),
    # "strona rosyjska miała przekazać łącznie 6000 ciał": bodies still to be handed over
    ("Ukraina odzyskała ciała 1212 poległych żołnierzy. Według wcześniejszych zapowiedzi strona rosyjska miała przekazać łącznie "
     "6000 ciał.", "pl", [(1212, "bodies", "completed"), (6000, "bodies", "planned")]),
])
def test_an_italian_first_and_polish_bodies_to_be_handed_over(text, language, expected):
    got = [(f.value, f.kind, f.status if f.kind == "bodies" else None) for f in figs(text, date(2025, 2, 5), language)]
    assert got == expected


@pytest.mark.parametrize("opening, expected", [
    # a running total as it stood at a time the sentence names, not on the article's day
    ("By the end of 2024,", (date(2024, 12, 31), "day")),
    ("By the end of last year,", (date(2024, 12, 31), "day")),
    ("By December 2024,", (date(2024, 12, 1), "month")),
    ("At the start of 2025,", (date(2025, 1, 1), "day")),
    ("As of May 1,", (date(2025, 5, 1), "day")),
])
def test_a_running_total_as_it_stood_at_a_time(opening, expected):
    text = f"{opening} 3,956 Ukrainians had been released from captivity in prisoner exchanges."
    got = [(f.value, f.kind, f.since_date, (f.event_date, f.event_date_precision)) for f in figs(text, date(2025, 5, 27))]
    assert got == [(3956, "cumulative_released", None, expected)]


@pytest.mark.parametrize("text", [
    "The swap of 1,000 prisoners each should be completed by the end of the month.",
    "The exchange of 1,000 prisoners each is to be carried out in stages.",
])
def test_a_swap_still_to_be_completed_is_not_done(text):
    got = [(f.value, f.kind, f.status) for f in figs("Talks on a prisoner exchange.\n" + text, date(2025, 5, 16))]
    assert got == [(1000, "agreed", "planned")]


@pytest.mark.parametrize("second, side", [
    # ages of the people just counted, however the sentence refers to them
    ("The freed soldiers, aged between 19 and 60, were taken to hospital.", "ukraine"),
    ("Those released range in age from 19 to 60.", "ukraine"),
    ("Among them was a 70-year-old retired teacher.", "ukraine"),
    ("Their average age is 32.", "ukraine"),
])
def test_ages_of_the_people_just_counted_take_their_side(second, side):
    got = [(f.kind, f.side) for f in figs("Ukraine brought home 84 soldiers in the swap. " + second, date(2025, 5, 16))]
    assert got == [("exchanged", "ukraine"), ("age", side)]


def test_ages_of_russias_returnees():
    text = "Russia got back 84 servicemen in the prisoner swap. Among them was a 59-year-old reservist."
    assert [(f.kind, f.side) for f in figs(text, date(2025, 5, 16))] == [("exchanged", "russia"), ("age", "russia")]


def test_a_total_over_several_swaps_on_each_side():
    text = "Over the summer, Ukraine and Russia held six prisoner exchanges, freeing a total of 1,800 people on each side."
    got = [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 9, 1))]
    assert got == [(6, "exchange_count", "both", None), (1800, "cumulative_released", "both", "per_side")]


def test_a_days_swap_inside_a_running_total():
    # "..., including 75 on Friday": that day's swap, of the running total's side, not a part of the total
    text = ("Zelensky said that Ukraine has brought home 3,210 people from Russian captivity since the full-scale invasion, "
            "including 75 on Friday.")
    got = [(f.value, f.kind, f.side, f.is_breakdown, f.event_date) for f in figs(text, date(2024, 5, 31))]
    assert got == [(3210, "cumulative_released", "ukraine", False, date(2024, 5, 31)),
                   (75, "exchanged", "ukraine", False, date(2024, 5, 31))]


def test_people_held_at_a_camp_are_no_one_handed_over():
    text = ("Two years after a blast killed at least 50 Ukrainian prisoners of war at the Olenivka camp, families wait for answers. "
            "About 193 Azovstal defenders were held there at the time, according to Ukraine's ombudsman.")
    got = [(f.value, f.kind) for f in figs(text, date(2024, 2, 10))]
    assert got == [(193, "other")]


def test_a_mediators_total_from_both_sides_is_both_together():
    text = "The United Arab Emirates has mediated 12 exchanges, freeing a total of 2,184 prisoners from both sides."
    got = [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 1, 6))]
    assert got == [(12, "exchange_count", "both", None), (2184, "cumulative_released", "both", "total")]


def test_delegations_that_met_on_a_day_for_talks_date_the_deal():
    text = ("Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks. The sides agreed to "
            "exchange at least 1,000 prisoners on each side, Umerov said.")
    got = [(f.value, f.kind, f.agreement_date) for f in figs(text, date(2025, 6, 4))]
    assert got == [(1000, "agreed", date(2025, 6, 2))]


@pytest.mark.parametrize("text, language, expected", [
    # "Всего с начала СВО удалось вернуть более 2 тысяч россиян": managed to bring back, a running total (the infinitive
    # alone would be a term still to come)
    ("Москалькова сообщила, что в результате обмена вернулись 150 российских военнослужащих. Всего с начала СВО удалось вернуть "
     "более 2 тысяч россиян.", "ru", [(150, "exchanged", "russia"), (2000, "cumulative_released", "russia")]),
    # "Это первый этап обмена, согласованного на переговорах в Стамбуле 16 мая": the first stage, done the day reported
    ("Россия и Украина в пятницу обменялись 390 пленными с каждой стороны. Это первый этап обмена, согласованного на переговорах "
     "в Стамбуле 16 мая.", "ru", [(390, "exchanged", "both"), (1, "exchange_ordinal", "both")]),
])
def test_russian_managed_to_bring_back_and_a_first_stage(text, language, expected):
    found = figs(text, date(2025, 5, 23), language)
    assert [(f.value, f.kind, f.side) for f in found] == expected
    assert all(f.event_date == date(2025, 5, 23) or f.kind == "cumulative_released" for f in found)


def test_a_russian_headline_formula_over_a_swap_held_is_that_swap():
    text = "Обмен пленными: 185 на 185\nВ четверг Россия и Украина провели обмен военнопленными по формуле 185 на 185."
    got = [(f.value, f.kind, f.scope, f.status) for f in figs(text, date(2025, 10, 2), "ru")]
    assert got == [(185, "exchanged", "per_side", "completed")]


def test_the_freed_back_at_the_front_are_no_handover():
    # what the freed did afterwards is not one more handover
    text = "Ukraine brought home 95 soldiers in the prisoner swap. Since then, 12 of the freed have returned to the front."
    assert [(f.value, f.kind) for f in figs(text, date(2025, 5, 16))] == [(95, "exchanged"), (12, "other")]


def test_the_emirates_foreign_ministry_and_the_captives_it_counts():
    # "The Ministry of Foreign Affairs said ... UAE-mediated exchanges": the Emirates' ministry; the captives a mediator
    # says it freed are both sides' together
    text = ("The UAE said its mediation freed 146 captives in the prisoner exchange. The Ministry of Foreign Affairs said the "
            "exchange brings the total number of captives released in UAE-mediated exchanges to 4,641.")
    got = [(f.value, f.side, f.scope, f.claimant) for f in figs(text, date(2025, 8, 24))]
    assert got == [(146, "both", "total", "United Arab Emirates"), (4641, "both", "total", "UAE foreign ministry")]


def test_a_generic_body_is_named_without_its_article():
    text = "The Ministry of Foreign Affairs said the prisoner exchange freed 146 captives."
    assert [f.claimant for f in figs(text, date(2025, 8, 24))] == ["Ministry of Foreign Affairs"]


def test_in_return_said_by_the_ministry_covers_the_sentence_before():
    # TASS/MoD style: the closing attribution of "In return, ..." is the other half of the same statement
    text = ("On August 14, 84 Russian servicemen were returned from territory controlled by the Kiev regime. In return, 84 "
            "servicemen of the Armed Forces of Ukraine were handed over, the Russian Defence Ministry said.")
    got = [(f.value, f.side, f.claimant) for f in figs(text, date(2025, 8, 14))]
    assert got == [(84, "russia", "Russian Defence Ministry"), (84, "ukraine", "Russian Defence Ministry")]


def test_a_live_blog_with_times_on_their_own_lines_is_of_its_day():
    # posts stamped "12:05 BST" on a line of their own: the blog's swap is the day's, not the day a recap further down names
    text = ("Key events\n- Ukraine and Russia exchange 307 soldiers each on second day of swap\n12:05 BST\nSecond day of swap under way\n"
            "Ukraine and Russia have exchanged 307 soldiers each on the second day of the prisoner swap, officials said.\n10:15 BST\n"
            "Recap of Friday\nOn Friday, 390 people were freed by each side in the prisoner swap.")
    got = [(f.value, f.event_date) for f in figs(text, date(2025, 5, 24))]
    assert got == [(307, date(2025, 5, 24)), (390, date(2025, 5, 23))]


@pytest.mark.parametrize("text, expected", [
    # "plus" before a count adds a group; after a number alone it is "more than"
    ("Russia and Ukraine swapped 146 for 146 plus 8 civilians on Sunday.",
     [(146, "exchanged", "exact", False), (8, "exchanged", "exact", True)]),
    ("Ukraine has brought home 5,000-plus prisoners since 2022.", [(5000, "cumulative_released", "more_than", False)]),
    ("Ukraine has brought home 5,000+ prisoners since 2022.", [(5000, "cumulative_released", "more_than", False)]),
])
def test_plus_as_a_qualifier_and_as_one_more_group(text, expected):
    got = [(f.value, f.kind, f.qualifier, f.is_additional) for f in figs(text, date(2025, 5, 16))]
    assert got == expected


def test_a_count_in_all_after_a_sentence_opened_by_a_nations_people():
    text = "Russian soldiers taken prisoner in the Kursk region have returned home from captivity in the exchange, 95 in all."
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2024, 10, 18))] == [(95, "russia", None)]


def test_german_ages_after_the_speakers_sentence_and_a_years_total_with_its_year_first():
    text = ("Russland und die Ukraine haben jeweils 150 Kriegsgefangene ausgetauscht. Selenskyj schrieb auf Telegram, einige der "
            "Heimgekehrten seien seit 2022 in Gefangenschaft gewesen. Der jüngste sei 22, der älteste 60 Jahre alt.")
    got = [(f.value, f.kind, f.side) for f in figs(text, date(2025, 2, 5), "de")]
    assert got == [(150, "exchanged", "both"), (22, "age", "ukraine"), (60, "age", "ukraine")]
    text = "Es war der erste Austausch seit Oktober. Insgesamt kehrten 2024 nach Kiewer Angaben 1.358 Ukrainer heim."
    got = [(f.value, f.kind, f.side, f.event_date, f.event_date_precision) for f in figs(text, date(2024, 12, 30), "de")]
    assert got == [(1358, "cumulative_released", "ukraine", date(2024, 1, 1), "year")]


@pytest.mark.parametrize("text, expected", [
    # "The exchange on the 3rd freed 230": a day of the month, a verb after it
    ("The exchange on the 3rd freed 230 Ukrainians.", date(2025, 5, 3)),
    # ("On the 14th exchange, ...": an ordinal, no day)
    ("On the 14th exchange, 230 Ukrainians came home.", date(2025, 5, 27)),
])
def test_on_the_nth_before_a_verb_is_a_day(text, expected):
    got = [f.event_date for f in figs(text, date(2025, 5, 27)) if f.value == 230]
    assert got == [expected]


@pytest.mark.parametrize("text", [
    # so many each, however it is said
    "Ukraine and Russia completed a 103-103 prisoner swap on Saturday.",
    "Both Ukraine and Russia released 103 prisoners on Saturday.",
    "The prisoners — 103 Ukrainians and as many Russians — were swapped on Saturday.",
    "Ukraine got 103 soldiers back and returned an equal number of Russians on Saturday.",
])
def test_more_ways_to_say_so_many_each(text):
    got = [(f.value, f.kind, f.side, f.scope) for f in figs("Prisoner swap.\n" + text, date(2024, 9, 15))]
    assert got == [(103, "exchanged", "both", "per_side")]


@pytest.mark.parametrize("text, language, expected", [
    # "Наступний етап обміну очікується в неділю": a stage still to come dates no lead; the swap told is the day's
    ("Україна повернула додому ще 307 захисників у межах обміну, повідомив Президент. Наступний етап обміну очікується в неділю.",
     "uk", [(307, "exchanged", "ukraine", date(2025, 5, 24))]),
    # "Россия ... передаст Украине 6000 тел": the future, to Ukraine
    ("Россия в одностороннем порядке передаст Украине 6000 тел погибших военнослужащих, заявил Мединский.", "ru",
     [(6000, "bodies", "ukraine", date(2025, 5, 24))]),
    # "ses 33 ans d'indépendance" is no age; French sailors and national guards are people
    ("L'Ukraine et la Russie ont échangé samedi 115 prisonniers chacune. Parmi les Ukrainiens libérés figurent 50 marins et 27 "
     "gardes nationaux. L'Ukraine célèbre ses 33 ans d'indépendance.", "fr",
     [(115, "exchanged", "both", date(2025, 5, 24)), (50, "exchanged", "ukraine", date(2025, 5, 24)),
      (27, "exchanged", "ukraine", date(2025, 5, 24))]),
])
def test_a_coming_stage_a_future_handover_an_anniversary_and_french_units(text, language, expected):
    found = figs(text, date(2025, 5, 24), language)
    assert [(f.value, f.kind, f.side, f.event_date) for f in found] == expected
    if language == "ru":
        assert found[0].status == "planned"


def test_an_answer_that_gives_the_start_of_a_running_total():
    text = ("How many prisoners has Ukraine brought home?\nMore than 5,000 since 2022, according to the Coordination "
            "Headquarters.")
    got = [(f.value, f.kind, f.side, f.since_date) for f in figs(text, date(2025, 6, 20))]
    assert got == [(5000, "cumulative_released", "ukraine", date(2022, 1, 1))]


def test_a_count_of_exchanges_this_year_is_the_years():
    got = [(f.value, f.kind, f.event_date, f.event_date_precision)
           for f in figs("Ukraine and Russia held eleven prisoner exchanges this year.", date(2024, 12, 31))]
    assert got == [(11, "exchange_count", date(2024, 1, 1), "year")]


@pytest.mark.parametrize("text, expected", [
    # "the previous record of 478": a swap done before, on a day not given
    ("The swap would free 2,000 people in total, more than four times the previous record of 478.",
     [(2000, "agreed", None), (478, "exchanged", None)]),
    # "Only 10% of the 8,000 Ukrainians held": those held, the share's whole
    ("Only 10% of the 8,000 Ukrainians held have been freed in prisoner exchanges this year.",
     [(10, "percentage", date(2025, 5, 20)), (8000, "other", date(2025, 5, 20))]),
])
def test_a_previous_record_and_the_people_held(text, expected):
    assert [(f.value, f.kind, f.event_date) for f in figs("Prisoner swap analysis.\n" + text, date(2025, 5, 20))] == expected


def test_a_total_number_put_at_a_count_is_a_running_total():
    text = "Ukraine and Russia swapped prisoners on Monday. Kyiv puts the total number of Ukrainians freed at 3,956."
    got = [(f.value, f.kind, f.side, f.claimant) for f in figs(text, date(2024, 12, 30))]
    assert got == [(3956, "cumulative_released", "ukraine", "Ukrainian government")]
    # (a swap's own total, its wounded included, is that swap's)
    text = ("Russia and Ukraine exchanged 246 prisoners of war each on Saturday. In addition, Russia handed over 31 wounded "
            "Ukrainian POWs. Zelensky put the total number of Ukrainians freed at 277.")
    assert [(f.value, f.kind) for f in figs(text, date(2025, 4, 19))][-1] == (277, "exchanged")


@pytest.mark.parametrize("headline, expected", [
    # a headline's present tense tells the swap done
    ("Ukraine and Russia swap 90 for 90", [(90, "exchanged", "completed")]),
    ("Russia frees 95 Ukrainians for 95 Russians", [(95, "exchanged", "completed")]),
    # a headline's infinitive tells it still to come
    ("Ukraine to receive 1,000 POWs in exchange for 1,000 Russians", [(1000, "agreed", "planned")]),
])
def test_a_headlines_tense(headline, expected):
    assert [(f.value, f.kind, f.status) for f in figs(headline, date(2025, 5, 16))] == expected


def test_a_demand_that_the_other_side_release_is_not_a_headlines_infinitive():
    text = "Kyiv wants Moscow to release all 8,000 Ukrainians it holds, Lubinets said, as prisoner exchanges continue."
    assert [(f.value, f.kind) for f in figs(text, date(2025, 3, 1))] == [(8000, "other")]


@pytest.mark.parametrize("text, language, expected", [
    # "Wśród uwolnionych Ukraińców jest 270 żołnierzy": the part of the nation the sentence opens with
    ("Rosja i Ukraina wymieniły w piątek po 390 jeńców. Wśród uwolnionych Ukraińców jest 270 żołnierzy i 120 cywilów.", "pl",
     [(390, "exchanged", "both"), (270, "exchanged", "ukraine"), (120, "exchanged", "ukraine")]),
    ("La Russie et l'Ukraine ont échangé vendredi 390 prisonniers chacune. Parmi les Russes libérés figurent 270 soldats.", "fr",
     [(390, "exchanged", "both"), (270, "exchanged", "russia")]),
    # "İstanbul'da varılan anlaşma çerçevesinde": the deal the swap belongs to, not a promise
    ("Rusya ve Ukrayna, İstanbul'da varılan anlaşma çerçevesinde cuma günü 390'ar esiri takas etti.", "tr",
     [(390, "exchanged", "both")]),
])
def test_parts_of_a_nation_and_a_turkish_deal_named(text, language, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 5, 23), language)] == expected


def test_a_running_total_as_it_stood_at_an_abbreviated_month():
    text = "By Dec. 2024, 3,956 Ukrainians had been released from captivity in prisoner exchanges."
    got = [(f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 5, 27))]
    assert got == [("cumulative_released", date(2024, 12, 1), "month")]


@pytest.mark.parametrize("text, language, expected", [
    # "the third day of the exchange" is a day of one swap, not the series' third swap; the formula names the deal
    ("303 наших захисники повернулися додому. Це третій день обміну 1000 на 1000.", "uk",
     [(303, "exchanged", "completed"), (1000, "agreed", "agreed")]),
    ("Обмен пленными продолжился. Это третий день обмена 1000 на 1000, сообщил Зеленский.", "ru", [(1000, "agreed", "agreed")]),
    # (a stage is still the deal's numbered part)
    ("Обмін полоненими. Сьогодні третій етап обміну: 303 захисники повернулися додому.", "uk",
     [(3, "exchange_ordinal", None), (303, "exchanged", "completed")]),
])
def test_a_day_of_an_exchange_is_no_ordinal_of_the_series(text, language, expected):
    assert [(f.value, f.kind, f.status) for f in figs(text, date(2025, 5, 25), language)] == expected


def test_the_month_people_were_captured_does_not_date_their_release():
    text = "The prisoner exchange took place on Saturday. Among those freed were 24 sailors captured in the Kerch Strait last November."
    assert [(f.value, f.event_date) for f in figs(text, date(2019, 9, 7))] == [(24, date(2019, 9, 7))]


@pytest.mark.parametrize("text", [
    "Prisoner exchanges: over 1,000 prisoners swapped since January",
    "Prisoner exchanges: Ukraine has brought home 1,000 prisoners since the new year.",
])
def test_since_january_or_the_new_year_is_a_running_total_of_the_year(text):
    got = [(f.value, f.kind, f.since_date) for f in figs(text, date(2024, 2, 9))]
    assert got == [(1000, "cumulative_released", date(2024, 1, 1))]


def test_a_headline_of_one_sides_count_gives_way_to_the_ledes_swap_of_so_many_each():
    text = "Easter swap returns 246 Ukrainians\n\nRussia and Ukraine exchanged 246 prisoners each on Saturday, hours before Easter."
    got = [(f.value, f.side, f.scope, f.event_date) for f in figs(text, date(2025, 4, 20))]
    assert got == [(246, "both", "per_side", date(2025, 4, 19))]


@pytest.mark.parametrize("text, expected", [
    # people held by one side, freed now: the verb past the phrase of their captivity tells it, and they are the other side's
    ("Two Greek Catholic priests held by Russian forces for more than a year and a half have been freed in a prisoner exchange.",
     [(2, "exchanged", "ukraine")]),
    ("Prisoner exchange: 12 conscripts captured by Ukrainian troops in Kursk were returned on Friday.", [(12, "exchanged", "russia")]),
    # (still held: no release told)
    ("Before the prisoner exchange, some 8,000 Ukrainians were held by Russia.", [(8000, "other", "ukraine")]),
])
def test_people_held_by_one_side_then_freed(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2024, 6, 28))] == expected


@pytest.mark.parametrize("text, expected", [
    # an article whose exchange is told "last month" or "in February", with no day: its counts are of that month
    ("Iryna was freed in a prisoner exchange last month. She was one of 19 women freed in the swap, which returned 150 Ukrainians in total.",
     [(19, date(2025, 2, 1), "month"), (150, date(2025, 2, 1), "month")]),
    ("Ukraine and Russia held a prisoner exchange in February. The swap returned 150 Ukrainians, the ombudsman said.",
     [(150, date(2025, 2, 1), "month")]),
    # (a recap of an earlier swap first, or a month long past, is background: the article's own day stands)
    ("The last swap, in early February, involved 34 prisoners from each side. Today 150 Ukrainians came home.",
     [(34, date(2025, 2, 1), "month"), (150, date(2025, 3, 8), "day")]),
    ("Ukraine and Russia held a prisoner exchange in October. The swap returned 150 Ukrainians.",
     [(150, date(2025, 3, 8), "day")]),
])
def test_an_article_whose_exchange_is_told_by_its_month(text, expected):
    assert [(f.value, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 3, 8))] == expected


@pytest.mark.parametrize("text, language, expected", [
    # Portuguese "cada" after the noun, its clause going on past a part set off by commas
    ("A Rússia e a Ucrânia trocaram nesta sexta-feira 390 prisioneiros cada, incluindo 120 civis, na primeira fase da troca.", "pt",
     [(390, "exchanged", "both", "per_side"), (120, "exchanged", "both", "per_side"), (1, "exchange_ordinal", "both", None)]),
    # a size a swap still to come "could exceed"
    ("Umerov said the exchange of young and wounded prisoners could exceed 1,000 people per side.", "en",
     [(1000, "agreed", "both", "per_side")]),
    # people "not part of any exchange" are still held, whatever swap the sentence before told
    ("In the last prisoner exchange, 189 Ukrainians came home. Two North Korean soldiers captured this month are not part of any exchange.",
     "en", [(189, "exchanged", "ukraine", None), (2, "other", "unknown", None)]),
])
def test_portuguese_each_a_size_that_could_be_exceeded_and_people_left_out_of_a_swap(text, language, expected):
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 5, 23), language)] == expected


@pytest.mark.parametrize("written, value", [("1000x1000", 1000), ("1,000x1,000", 1000), ("1000х1000", 1000)])
def test_a_formula_written_without_spaces_is_one_per_side_count(written, value):
    found = find_numbers(f"the {written} exchange")
    assert [(n.value, n.n_for_n, n.start, n.end) for n in found] == [(value, True, 4, 4 + len(written))]
    assert find_numbers("a 1920x1080 screen") == []  # (no swap near: a size, not a formula)


def test_so_many_more_who_were_wounded_are_one_more_group():
    text = "Prisoner exchange news. Ukraine got back 175 soldiers, and 22 more who were seriously wounded, on Wednesday."
    got = [(f.value, f.kind, f.side, f.is_additional) for f in figs(text, date(2025, 3, 20))]
    assert got == [(175, "exchanged", "ukraine", False), (22, "exchanged", "ukraine", True)]


@pytest.mark.parametrize("sentence, ordinals", [
    ("The swap was the 55th since the start of the war, according to Ukrainian officials, and the eighth mediated by the UAE this year.", [55, 8]),
    # (no swap named: a mediated something else)
    ("It was the third ceasefire brokered by Qatar.", []),
])
def test_an_ordinal_of_the_swaps_a_mediator_brokered(sentence, ordinals):
    text = "Russia and Ukraine each freed 115 prisoners on Saturday. " + sentence
    assert [f.value for f in figs(text, date(2024, 8, 24)) if f.kind == "exchange_ordinal"] == ordinals


@pytest.mark.parametrize("text, language, expected", [
    # "the third, final stage": the ordinal past a comma and "final"
    ("В воскресенье Россия и Украина провели третий, заключительный этап обмена пленными.", "ru", [(3, "exchange_ordinal", False)]),
    ("On Sunday the sides held the third, final stage of the prisoner exchange.", "en", [(3, "exchange_ordinal", False)]),
    # "ha inoltre consegnato": one more group, told with "also" inside the clause in other languages
    ("Russia e Ucraina si sono scambiate sabato 246 prigionieri per parte. Mosca ha inoltre consegnato a Kiev 15 soldati gravemente feriti.",
     "it", [(246, "exchanged", False), (15, "exchanged", True)]),
])
def test_a_final_stages_ordinal_and_also_inside_the_clause(text, language, expected):
    assert [(f.value, f.kind, f.is_additional) for f in figs(text, date(2025, 5, 25), language)] == expected


@pytest.mark.parametrize("text", [
    "Prisoner exchange news. Compared with the 1,000 freed in May, the 84 released on Thursday were a small group.",
    "Prisoner exchange news. The 84 released on Thursday were far fewer than the 1,000 freed in May.",
])
def test_a_count_freed_in_a_month_beside_a_count_of_a_day(text):
    got = sorted((f.value, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 8, 15)))
    assert got == [(84, date(2025, 8, 14), "day"), (1000, date(2025, 5, 1), "month")]


def test_a_german_deal_day_before_its_noun_does_not_date_the_swap_over_three_days():
    text = ("Gefangenenaustausch: Gemäß der am 16. Mai in Istanbul getroffenen Vereinbarung haben Russland und die Ukraine "
            "in drei Tagen jeweils 1000 Gefangene ausgetauscht.")
    got = [(f.value, f.event_date_from, f.event_date) for f in figs(text, date(2025, 5, 25), "de")]
    assert got == [(1000, date(2025, 5, 23), date(2025, 5, 25))]


@pytest.mark.parametrize("text, side", [
    # a headline's present tense reads like the past: "Ukraine returned 205 POWs" is Kyiv's people
    ("Ukraine returns 103 POWs in latest prisoner swap", "ukraine"),
    ("Prisoner swap. Ukraine is returning 103 defenders home.", "ukraine"),
    # (the nation named with the people still decides)
    ("Prisoner swap. Ukraine returns 103 Russian POWs to Moscow.", "russia"),
])
def test_ukraine_returns_so_many_in_the_present_tense(text, side):
    assert [(f.value, f.side) for f in figs(text, date(2024, 9, 14))] == [(103, side)]


@pytest.mark.parametrize("text, day", [
    # the weekday of a swap agreed but still to come is the coming one (the article is of a Tuesday)
    ("Prisoner swap. Both sides have agreed in principle to exchange 175 prisoners each on Wednesday, officials said.", date(2025, 3, 12)),
    # (the day of the agreeing, before the count, is past)
    ("Prisoner swap. On Monday the sides agreed to exchange 175 prisoners each.", date(2025, 3, 10)),
])
def test_the_weekday_of_a_swap_agreed_to_come(text, day):
    assert [(f.value, f.kind, f.event_date) for f in figs(text, date(2025, 3, 11))] == [(175, "agreed", day)]


@pytest.mark.parametrize("text, language, expected", [
    # ages said as a range with "years old" after it, or by "They are aged", are the freed people's
    ("Prisoner exchange: 246 Ukrainians came home, ranging from 19 to 63 years old.", "en", [(19, 63, "ukraine")]),
    ("Prisoner exchange: 246 Ukrainians came home. They are aged between 19 and 60.", "en", [(19, 60, "ukraine")]),
    # an average age in Russian and Ukrainian ("лет", "років" after it are years of age here, not a duration)
    ("Обмен пленными: вернулись 246 российских военных. Средний возраст освобожденных — 35 лет.", "ru", [(35, None, "russia")]),
    ("Обмін полоненими: повернулися 246 українців. Середній вік звільнених — 35 років.", "uk", [(35, None, "ukraine")]),
])
def test_ages_as_a_range_said_after_and_an_average_age(text, language, expected):
    assert [(f.value, f.value_high, f.side) for f in figs(text, date(2025, 4, 20), language) if f.kind == "age"] == expected


@pytest.mark.parametrize("text, side", [
    ("Prisoner exchange report. Some 60 percent of the Russians returned had been captured in Kursk.", "russia"),
    ("Prisoner exchange report. About 70% of the Ukrainians freed on Friday were soldiers.", "ukraine"),
    # (a poll's share of a nation is no share of the freed)
    ("Prisoner exchange report. Some 68% of Ukrainians support an all-for-all exchange.", "unknown"),
])
def test_a_share_of_one_nations_freed_people(text, side):
    assert [(f.kind, f.side) for f in figs(text, date(2025, 3, 1))] == [("percentage", side)]


def test_a_years_total_freed_in_so_many_exchanges_in_that_year():
    text = "According to the Coordination Headquarters, 2,953 Ukrainians were freed in 12 exchanges in 2025."
    got = [(f.value, f.kind, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 12, 28))]
    assert got == [(2953, "cumulative_released", date(2025, 1, 1), "year"), (12, "exchange_count", date(2025, 1, 1), "year")]


@pytest.mark.parametrize("text, month", [
    # a deal told by its month is of that month, not of other talks the article dates
    ("The turning point came in May, when talks in Istanbul produced a deal to swap 1,000 prisoners on each side. "
     "A second round of talks on June 2 led to smaller swaps.", date(2025, 5, 1)),
    ("Istanbul produced a thousand-for-a-thousand exchange in May, then a June deal to free all prisoners under 25. "
     "Talks on July 23 produced nothing.", date(2025, 6, 1)),
])
def test_a_deal_told_by_its_month(text, month):
    (f,) = [f for f in figs(text, date(2025, 12, 28)) if f.status == "agreed"]
    assert (f.event_date, f.event_date_precision, f.agreement_date) == (month, "month", month)


def test_an_interviews_answers_about_people_still_held_and_this_years_total():
    text = ("Q: How many Ukrainians are still in Russian captivity?\n\nA: We have confirmed information about more than 7,000 people. "
            "The real number is higher.\n\nQ: And how many have you brought home?\n\nA: Since 2022, 6,000 people. This year alone, almost 2,500.")
    got = [(f.value, f.kind, f.side, f.event_date_precision) for f in figs(text, date(2025, 9, 10))]
    assert got == [(7000, "other", "ukraine", "day"), (6000, "cumulative_released", "ukraine", "day"),
                   (2500, "cumulative_released", "ukraine", "year")]


def test_a_promise_to_return_bodies_is_not_a_handover_done():
    text = "The Istanbul talks produced a swap of 1,000 prisoners on each side in May, and a promise to return 6,000 bodies."
    got = [(f.value, f.kind, f.status) for f in figs(text, date(2025, 6, 30))]
    assert got == [(1000, "exchanged", "completed"), (6000, "bodies", "offered")]


@pytest.mark.parametrize("text, language", [
    # the verb of getting back comes last in Dutch and Turkish
    ("Gevangenenruil: Oekraïne heeft 185 soldaten en 20 burgers teruggekregen, meldt Zelensky.", "nl"),
    ("Esir takası: Ukrayna, Rusya ile yapılan takasta 185 askerini ve 20 sivilini geri aldı.", "tr"),
])
def test_a_nation_that_gets_its_people_back_with_the_verb_last(text, language):
    assert [(f.value, f.side) for f in figs(text, date(2025, 10, 2), language)] == [(185, "ukraine"), (20, "ukraine")]


@pytest.mark.parametrize("text, expected", [
    # a headline with no word of a swap, over a lede that has one
    ("Ukraine recovers 103 soldiers\n\nThe exchange took place on Saturday, officials said.", [(103, "exchanged", "ukraine")]),
    # (an opening line over a lede about something else stays out)
    ("Ukraine recovers 103 tanks\n\nThe fighting went on all week, officials said.", []),
])
def test_a_headline_with_no_word_of_a_swap_over_a_lede_about_one(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2024, 9, 14))] == expected


@pytest.mark.parametrize("headline, expected", [
    ("Kyiv, Moscow exchange 206 POWs", [(206, "both", "total")]),
    ("Russia, Ukraine swap 103 POWs each", [(103, "both", "per_side")]),
])
def test_two_parties_in_a_headline_joined_by_a_comma(headline, expected):
    text = headline + "\n\nThe exchange took place on Saturday, officials said."
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2024, 9, 14))] == expected


@pytest.mark.parametrize("sentence", [
    "Russia has opened 150 criminal cases against Ukrainian POWs.",
    "Some 300 journalists covered the talks.",
    "About 1,500 relatives rallied in Kyiv.",
])
def test_things_done_to_or_by_people_beside_a_swap_are_no_figures(sentence):
    text = "Ukraine and Russia swapped 390 prisoners each on Friday. " + sentence
    assert [f.value for f in figs(text, date(2025, 6, 14))] == [390]


@pytest.mark.parametrize("sentence, expected", [
    ("He was one of 24 sailors seized near the Kerch Strait in 2018.", []),
    ("Russia's Investigative Committee charged 22 Azov fighters.", []),
    # people on their way are no handover
    ("The plane carried 65 prisoners, Moscow said.", [(65, "other")]),
])
def test_people_seized_charged_or_on_board_beside_a_swap(sentence, expected):
    text = "Ukraine and Russia swapped 390 prisoners each on Friday. " + sentence
    assert [(f.value, f.kind) for f in figs(text, date(2025, 6, 14))][1:] == expected


def test_bodies_found_on_one_sides_territory_are_not_handed_over():
    text = ("Ukraine and Russia swapped 390 prisoners each on Friday. "
            "Ukraine has identified 4,000 bodies of Russian soldiers on its territory.")
    assert [(f.value, f.kind, f.side, f.status, f.subject) for f in figs(text, date(2025, 6, 14))][1:] == [(4000, "other", "russia", None, "bodies")]


@pytest.mark.parametrize("text, expected", [
    # "ebenso viele": as many the other way, so many each
    ("Gefangenenaustausch: Nach Angaben des russischen Verteidigungsministeriums kehrten 146 russische Soldaten zurück, "
     "im Gegenzug wurden ebenso viele ukrainische Kriegsgefangene übergeben.", [(146, "exchanged", "both")]),
    # people "in russischer Haft" are Ukrainians still held
    ("Gefangenenaustausch: Schätzungsweise 8.000 befinden sich noch in russischer Haft.", [(8000, "other", "ukraine")]),
])
def test_german_as_many_the_other_way_and_people_in_russian_custody(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 8, 24), "de")] == expected


def test_a_key_numbers_box_with_no_bullets():
    text = ("A new exchange on Thursday brought home 185 soldiers.\n\nBY THE NUMBERS\n69 — exchanges since February 2022\n"
            "6,266 — Ukrainians freed\naround 8,000 — still held by Russia\n19,546 — children deported (Ukrainian estimate)")
    got = [(f.value, f.kind) for f in figs(text, date(2025, 10, 3))]
    assert got == [(185, "exchanged"), (69, "exchange_count"), (6266, "cumulative_released"), (8000, "other"), (19546, "other")]


@pytest.mark.parametrize("text, language", [
    # the other nation's count with its noun left out: "y Rusia, los de 27", "la Russia quelli di 27", "Rosja - 27"
    ("Intercambio de cuerpos: Ucrania recibió los cuerpos de 1.212 soldados caídos y Rusia, los de 27.", "es"),
    ("Scambio di salme: l'Ucraina ha ricevuto i corpi di 1.212 soldati caduti, la Russia quelli di 27.", "it"),
    ("Wymiana ciał: Ukraina otrzymała ciała 1212 poległych żołnierzy, Rosja - 27.", "pl"),
])
def test_the_other_nations_count_with_its_noun_left_out(text, language):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 6, 11), language)] == [(1212, "bodies", "ukraine"), (27, "bodies", "russia")]


def test_ages_after_a_count_told_again_in_a_quote_take_its_side():
    text = ("Ninety Ukrainian defenders have returned home from Russian captivity as part of another exchange, President "
            "Volodymyr Zelensky reported, thanking the mediators and the teams who worked for months on the lists.\n\n"
            "\"Our people are home. 90 of our people: soldiers of the Armed Forces of Ukraine, the National Guard, the State "
            "Border Guard Service, and the National Police,\" the head of state wrote on Telegram.\n\n"
            "Among those released are defenders of Mariupol, Azovstal, Snake Island and Chornobyl. Some of them were "
            "considered missing. The oldest of the freed is 60 years old, the youngest 21.")
    assert [(f.value, f.side) for f in figs(text, date(2024, 6, 25)) if f.kind == "age"] == [(60, "ukraine"), (21, "ukraine")]


@pytest.mark.parametrize("text, language", [
    ("Troca de prisioneiros: Rússia e Ucrânia concordaram em trocar 1.000 prisioneiros de cada lado.", "pt"),
    ("Gevangenenruil: Rusland en Oekraïne zijn overeengekomen elk 1000 gevangenen te ruilen.", "nl"),
])
def test_a_deal_agreed_in_portuguese_and_dutch(text, language):
    assert [(f.value, f.kind, f.status, f.scope) for f in figs(text, date(2025, 5, 16), language)] == [(1000, "agreed", "agreed", "per_side")]


@pytest.mark.parametrize("text, language", [
    ("Обмін полоненими: На вихідних планують обміняти 500 полонених.", "uk"),
    ("Обмен пленными: В выходные планируется обменять 500 пленных.", "ru"),
])
def test_a_swap_planned_in_ukrainian_and_russian(text, language):
    assert [(f.value, f.kind, f.status) for f in figs(text, date(2025, 6, 6), language)] == [(500, "agreed", "planned")]


@pytest.mark.parametrize("text, expected", [
    # a part set off from a nation's count is that nation's, whoever freed them
    ("Prisoner swap. Ukraine freed 150 Russians, including three women, and got back 189 of its own, among them 12 civilians.",
     [(150, "russia", False), (3, "russia", False), (189, "ukraine", False), (12, "ukraine", False)]),
    # a swap's formula set off by dashes after "The swap" is the swap done; "plus 39" is one more group
    ("Prisoner swap. The swap — 150 for 150, plus 39 wounded Ukrainians sent home separately — was brokered by the UAE.",
     [(150, "both", False), (39, "ukraine", True)]),
])
def test_a_part_of_a_nations_count_and_a_swaps_formula_set_off(text, expected):
    got = [(f.value, f.side, f.is_additional) for f in figs(text, date(2024, 12, 30))]
    assert got == expected and all(f.status == "completed" for f in figs(text, date(2024, 12, 30)))


def test_another_source_that_put_the_figure_at_a_count_counts_the_same_people():
    text = "Prisoner swap. While Kyiv said 189 Ukrainians had come home, Moscow put the figure at 150."
    got = [(f.value, f.kind, f.side, f.claimant) for f in figs(text, date(2024, 12, 30))]
    assert got == [(189, "exchanged", "ukraine", "Ukrainian government"), (150, "exchanged", "ukraine", "Russian government")]


@pytest.mark.parametrize("text, language, expected", [
    ("Esir takası: Bu, savaşın başından bu yana 69'uncu takas oldu.", "tr", [(69, "exchange_ordinal")]),
    ("Esir takası: Ukrayna ile Rusya arasında bugüne kadar 69 esir takası gerçekleşti.", "tr", [(69, "exchange_count")]),
    ("Gevangenenruil: Het was de 69e gevangenenruil sinds het begin van de oorlog.", "nl", [(69, "exchange_ordinal")]),
    ("Canje de prisioneros: Es el sexagésimo noveno intercambio desde 2022.", "es", [(69, "exchange_ordinal")]),
])
def test_the_series_number_in_turkish_dutch_and_spanish_words(text, language, expected):
    assert [(f.value, f.kind) for f in figs(text, date(2025, 10, 2), language)] == expected


def test_a_spanish_ordinal_of_tens_and_units_is_one_number():
    text = "el sexagésimo noveno intercambio"
    assert [(n.value, n.ordinal, text[n.start:n.end]) for n in find_numbers(text, "es")] == [(69, True, "sexagésimo noveno")]


@pytest.mark.parametrize("who", ["Ukrainian and Russian officials", "Russian and Ukrainian officials"])
def test_both_sides_officials_are_neither_sides_claim(who):
    text = f"Prisoner swap. Ukraine and Russia have exchanged 25 prisoners each, {who} said on January 5."
    assert [(f.value, f.claimant) for f in figs(text, date(2025, 1, 5))] == [(25, None)]


@pytest.mark.parametrize("text, expected", [
    ("Prisoner swap. Ukraine got 207 POWs back and gave 195.", [(207, "ukraine"), (195, "russia")]),
    ("Prisoner swap. Russia received 150 soldiers and handed back 189.", [(150, "russia"), (189, "ukraine")]),
])
def test_what_a_nation_gave_up_is_the_other_sides_people(text, expected):
    assert [(f.value, f.side) for f in figs(text, date(2025, 1, 31))] == expected


def test_a_list_of_units_each_with_its_count_after_it():
    text = ("Today, 277 Ukrainian defenders returned home from Russian captivity.\n\n🔹 Armed Forces of Ukraine – 224\n"
            "🔹 National Guard – 35\n🔹 State Border Guard Service – 18\n\nThe youngest is 21 years old, the oldest is 58.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2025, 4, 19))]
    assert got == [(277, "exchanged", "ukraine", False), (224, "exchanged", "ukraine", True), (35, "exchanged", "ukraine", True),
                   (18, "exchanged", "ukraine", True), (21, "age", "ukraine", False), (58, "age", "ukraine", False)]


@pytest.mark.parametrize("sentence, expected", [
    ("More than 5,000 Ukrainian soldiers are officially listed as prisoners of war.", [(5000, "other", "ukraine")]),
    ("Russia has acknowledged holding only 1,500 Ukrainians.", [(1500, "other", "ukraine")]),
    ("The Red Cross has been given access to fewer than 2,000 of them.", []),
])
def test_people_listed_or_acknowledged_as_held_and_people_visited(sentence, expected):
    text = "Prisoner exchange report. " + sentence
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 3, 1))] == expected


@pytest.mark.parametrize("when", ["over three days starting on May 23", "May 23 through May 25", "from May 23 to May 25"])
def test_the_days_of_a_swap_over_several_days(when):
    text = f"Prisoner exchange. Ukraine and Russia swapped 1,000 prisoners each {when}."
    assert [(f.event_date_from, f.event_date) for f in figs(text, date(2025, 5, 26))] == [(date(2025, 5, 23), date(2025, 5, 25))]


def test_the_last_swap_told_as_background_is_no_lead_date():
    text = ("Q: How often do exchanges happen now?\n\nA: Roughly once a month. The last one, on August 24, returned 146 people.\n\n"
            "Q: What about the bodies?\n\nA: Russia has handed over more than 12,000 bodies under the Istanbul agreements.")
    got = [(f.value, f.event_date) for f in figs(text, date(2025, 9, 10))]
    assert got == [(146, date(2025, 8, 24)), (12000, date(2025, 9, 10))]


def test_the_day_a_running_total_was_said_is_no_exchange():
    text = ("Kyiv and Moscow have exchanged more than a thousand prisoners since the start of the year, a Ukrainian official said "
            "on Friday, despite the crash of a plane that Moscow said was carrying 65 Ukrainian POWs.")
    assert extract_article("a1", text, date(2024, 2, 9), "en").mentions == []


@pytest.mark.parametrize("text, expected", [
    ("Prisoner swap. The swap brought 175 soldiers home, bringing to 4,306 the number of Ukrainians freed since 2022.",
     [(175, "ukraine", None), (4306, "ukraine", None)]),
    ("Prisoner swap. In all, 372 people were freed: 175 Russians and 197 Ukrainians.",
     [(372, "both", "total"), (175, "russia", None), (197, "ukraine", None)]),
])
def test_a_count_whose_nation_is_told_by_its_running_total_or_its_parts(text, expected):
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2025, 3, 20))] == expected


def test_bodies_a_nation_returned_after_a_semicolon_are_the_other_sides():
    text = "Repatriation. Russia handed over 1,000 bodies; Ukraine returned 24."
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 9, 18))] == [(1000, "bodies", "ukraine"), (24, "bodies", "russia")]


def test_a_group_freed_in_a_swap_that_returned_one_nations_people_is_theirs():
    text = "Iryna was freed in a prisoner exchange last month. She was one of 19 women freed in the swap, which returned 150 Ukrainians in total."
    assert [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 3, 8))] == [(19, "ukraine", True), (150, "ukraine", False)]


def test_a_headlines_term_takes_the_ledes_reading():
    text = ("Istanbul talks yield agreement on 1,200 prisoners\n\n"
            "Russia and Ukraine agreed on Wednesday to exchange at least 1,200 more prisoners each, Medinsky said.")
    got = [(f.value, f.kind, f.side, f.scope, f.qualifier, f.char_start) for f in figs(text, date(2025, 7, 23))]
    assert got == [(1200, "agreed", "both", "per_side", "at_least", text.index("1,200"))]
    assert [(f.event_date, f.agreement_date) for f in figs(text, date(2025, 7, 23))] == [(date(2025, 7, 23), date(2025, 7, 23))]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine receives 6,057 bodies as Russia gets 78", [(6057, "ukraine"), (78, "russia")]),
    ("Repatriation. Moscow had handed over 6,060 bodies and got 78 in return.", [(6060, "ukraine"), (78, "russia")]),
    ("Prisoner swap. Ukraine handed over 100 Russian soldiers and got 90 back.", [(100, "russia"), (90, "ukraine")]),
])
def test_what_a_nation_got_beside_what_it_gave_or_the_other_got(text, expected):
    assert [(f.value, f.side) for f in figs(text, date(2025, 6, 16))] == expected


def test_a_headline_that_secures_release_with_no_article():
    text = "Ukraine secures release of 215 fighters in swap for Putin ally"
    assert [(f.value, f.side, f.scope) for f in figs(text, date(2022, 9, 22))] == [(215, "ukraine", None)]


def test_one_more_group_after_a_sentence_of_both_sides_counts_goes_with_its_first():
    text = ("Ninety Ukrainian soldiers came home on Tuesday in exchange for 90 Russian servicemen, the Coordination Headquarters "
            "said. Ten civilians were also freed.")
    got = [(f.value, f.side, f.is_additional) for f in figs(text, date(2024, 6, 25))]
    assert got == [(90, "ukraine", False), (90, "russia", False), (10, "ukraine", True)]


@pytest.mark.parametrize("text, language, expected", [
    # a handover with its own nation and verb after a swap of so many each is one more group, not a part
    ("Russia and Ukraine exchanged 175 prisoners of war each on Wednesday, and Russia handed over 22 severely wounded Ukrainian "
     "soldiers as a gesture of goodwill, Moscow said.", "en", [(175, "both", False, False), (22, "ukraine", False, True)]),
    # wounded prisoners handed over by the verb after them are no casualties
    ("La Russie et l'Ukraine ont échangé samedi 246 prisonniers de guerre chacune. En outre, 31 prisonniers blessés ukrainiens "
     "ont été remis contre 15 militaires russes blessés.", "fr",
     [(246, "both", False, False), (31, "ukraine", False, True), (15, "russia", False, True)]),
    ("Ukraine received 185 soldiers and 20 civilians on Thursday, while Russia said 185 of its servicemen and 20 civilians had "
     "returned.", "en", [(185, "ukraine", False, False), (20, "ukraine", False, True), (185, "russia", False, False), (20, "russia", False, True)]),
])
def test_groups_handed_over_beside_a_swap_are_added_not_parts(text, language, expected):
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 4, 19), language)]
    assert got == expected


def test_wounded_prisoners_of_an_attack_are_still_no_figure():
    text = "Prisoner exchange talks stalled after the Olenivka blast. 73 prisoners wounded in the explosion were treated in Donetsk."
    assert figs(text, date(2022, 8, 1)) == []


def test_a_part_of_them_a_few_sentences_after_the_count():
    text = ("Twenty-two Ukrainian defenders have returned home from Russian captivity, the head of the presidential office said on "
            "Monday.\n\nMost of them were seriously wounded. The youngest is 20 and the oldest is 59, he added. Eleven of them had "
            "defended Mariupol.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2023, 8, 7))]
    assert got == [(22, "exchanged", "ukraine", False), (20, "age", "ukraine", False), (59, "age", "ukraine", False),
                   (11, "exchanged", "ukraine", True)]


def test_counts_of_units_in_parentheses_are_parts_not_ages():
    text = ("Ukraine brought home 95 prisoners of war on Friday. The returned soldiers served in the Armed Forces (58), the National "
            "Guard (24) and the State Border Guard Service (13), the Coordination Headquarters said.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2024, 10, 18))]
    assert got == [(95, "exchanged", "ukraine", False), (58, "exchanged", "ukraine", True), (24, "exchanged", "ukraine", True),
                   (13, "exchanged", "ukraine", True)]
    # a person's age in parentheses stays an age
    text = "Prisoner swap. Ukraine brought home 95 soldiers. Among them was Mykola Petrenko (23), a marine."
    assert [(f.value, f.kind) for f in figs(text, date(2024, 10, 18))] == [(95, "exchanged"), (23, "age")]


@pytest.mark.parametrize("text, expected", [
    ('Prisoner swaps. "This year we returned 1,358 of our people from captivity," Zelensky said in his evening address on Tuesday.',
     ("cumulative_released", date(2025, 1, 1), "year", date(2025, 1, 1))),
    ("Prisoner swaps. Ukraine has brought home 1,358 people this year, Zelensky said on Tuesday.",
     ("cumulative_released", date(2025, 12, 30), "day", date(2025, 1, 1))),
    # the twelve months to the article's day, not the calendar year before
    ("Prisoner swaps. Over the past year, 1,358 Ukrainians were returned from Russian captivity.",
     ("cumulative_released", date(2025, 12, 31), "day", date(2024, 12, 31))),
])
def test_a_years_total_said_on_a_weekday_and_over_the_past_year(text, expected):
    (f,) = figs(text, date(2025, 12, 31))
    assert (f.kind, f.event_date, f.event_date_precision, f.since_date) == expected


def test_a_headlines_claim_ends_at_a_semicolon_before_a_nation_that_acts():
    text = "Ukraine says 12 POWs freed in swap; Russia gets 9"
    assert [(f.value, f.side, f.claimant) for f in figs(text, date(2022, 11, 26))] == [(12, "ukraine", "Ukrainian government"), (9, "russia", None)]


def test_people_a_nation_demands_back_are_its_own():
    text = "Kremlin says it is open to an 'all for all' prisoner swap; Kyiv demands return of 8,000"
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 3, 6))] == [(8000, "other", "ukraine")]


@pytest.mark.parametrize("text, expected", [
    ("Prisoner swap. Ukraine brought home 146 soldiers on Sunday. The released soldiers include privates and sergeants, as well as "
     "19 officers.", [(146, False, False), (19, True, False)]),
    ("Ukraine and Russia exchanged 146 prisoners of war each on Sunday, with eight Ukrainian civilians also returning home.",
     [(146, False, False), (8, False, True)]),
])
def test_a_list_of_the_released_goes_on_and_civilians_also_returning(text, expected):
    assert [(f.value, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 9, 14))] == expected


@pytest.mark.parametrize("text, language", [
    ("Russland und die Ukraine haben jeweils 146 Kriegsgefangene ausgetauscht. Zusätzlich kehrten acht ukrainische Zivilisten zurück.", "de"),
    ("Rosja i Ukraina wymieniły się w niedzielę 146 jeńcami wojennymi z każdej strony. Na Ukrainę wróciło też ośmiu cywilów.", "pl"),
])
def test_one_more_group_told_with_german_additionally_and_polish_also(text, language):
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 8, 24), language)]
    assert got == [(146, "both", False, False), (8, "ukraine", False, True)]


def test_a_stage_of_a_swap_under_a_deal_named_by_its_formula_in_ukrainian():
    text = "Сьогодні відбувся перший етап обміну полоненими за домовленістю 1000 на 1000. Додому повернулися 390 українців."
    got = [(f.value, f.kind, f.status) for f in figs(text, date(2025, 5, 23), "uk")]
    assert got == [(1, "exchange_ordinal", None), (1000, "agreed", "agreed"), (390, "exchanged", "completed")]


def test_people_a_mediators_mediation_has_freed_are_both_sides():
    text = "Prisoner swaps go on. The UAE alone says its mediation has freed 3,233 people."
    assert [(f.value, f.kind, f.side, f.scope) for f in figs(text, date(2025, 2, 15))] == [(3233, "cumulative_released", "both", "total")]


def test_bodies_found_to_be_the_other_sides_in_the_next_sentence_are_a_part_of_the_bodies():
    text = ("Russia returned 909 bodies to Ukraine on Wednesday, the Coordination Headquarters said. Forensic experts later found "
            "that 43 of them were Russian soldiers, it said.")
    got = [(f.value, f.kind, f.side, f.is_breakdown) for f in figs(text, date(2025, 4, 2))]
    assert got == [(909, "bodies", "ukraine", False), (43, "bodies", "russia", True)]


def test_an_official_who_names_their_own_nation_lists_its_people_after_two_sides_counts():
    text = ("Ukraine and Russia exchanged prisoners on Monday, with 150 Ukrainians and 150 Russians freed, both sides said. Ukraine's "
            "ombudsman Dmytro Lubinets said that among those released were 3 women.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2024, 12, 30))]
    assert got == [(150, "ukraine", False), (150, "russia", False), (3, "ukraine", True)]


@pytest.mark.parametrize("text, expected", [
    ("Repatriation: 1,000 for 24. Ukraine received the bodies of 1,000 fallen soldiers on Thursday.",
     [(1000, "bodies", "ukraine"), (24, "bodies", "unknown")]),
    ("Prisoner swap. Russia and Ukraine exchanged prisoners 103/103 on Saturday.", [(103, "exchanged", "both")]),
    ("Prisoner swap. Russia and Ukraine exchanged prisoners 103 for 103 on Saturday.", [(103, "exchanged", "both")]),
])
def test_a_labels_formula_of_bodies_and_a_formula_with_a_slash(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 9, 18))] == expected


def test_a_slash_between_two_different_numbers_or_in_a_date_is_no_formula():
    assert figs("Prisoner swap. The exchange took place on 24/02 after talks.", date(2025, 3, 1)) == []


def test_italian_soldiers_and_civilians_are_two_groups():
    text = "Russia e Ucraina hanno scambiato giovedì prigionieri. Kiev ha riportato a casa 185 militari e 20 civili."
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 10, 2), "it")]
    assert got == [(185, "ukraine", False, False), (20, "ukraine", False, True)]


@pytest.mark.parametrize("text, language, expected", [
    ("Prisoner swap. On Sunday, 303 (three hundred and three) Ukrainian defenders came home.", "en", [("303", 303)]),
    ("Gefangenenaustausch. Zudem kehrten zwei Dutzend Zivilisten in die Ukraine zurück.", "de", [("zwei Dutzend", 24)]),
    # a compound the reader cannot add up gives no number rather than a wrong one
    ("Canje de prisioneros. Rusia y Ucrania intercambiaron mil quinientos prisioneros en total.", "es", []),
])
def test_numbers_restated_in_words_dozens_and_compounds_not_read(text, language, expected):
    assert [(f.text, f.value) for f in figs(text, date(2025, 5, 25), language)] == expected


def test_a_group_is_no_part_of_the_other_sides_count_told_after_it():
    text = ("Prisoner swap. Russian ombudswoman Tatyana Moskalkova said 25 Russian civilians from the Kursk region were returned home, "
            "while Ukraine's Ministry of Reintegration said 40 Ukrainian civilians were freed.")
    got = [(f.value, f.side, f.is_breakdown) for f in figs(text, date(2025, 7, 4))]
    assert got == [(25, "russia", False), (40, "ukraine", False)]


def test_a_headlines_list_of_groups_that_ends_with_home_is_the_speakers_people():
    text = ("Zelenskiy: 185 soldiers, 20 civilians home\n\nZelenskiy said on Thursday that 185 soldiers and 20 civilians had returned "
            "home. Russia's defence ministry said it had received 185 servicemen and 20 civilians in return.")
    got = [(f.value, f.side, f.is_additional) for f in figs(text, date(2025, 10, 2))]
    assert got == [(185, "ukraine", False), (20, "ukraine", True), (185, "russia", False), (20, "russia", True)]


def test_a_running_total_of_bodies_since_the_start_of_the_year_said_after_the_verb():
    text = "Repatriation. More than 1,400 bodies have been returned since the start of the year, the ministry said."
    assert [(f.value, f.kind, f.since_date) for f in figs(text, date(2023, 10, 15))] == [(1400, "bodies", date(2023, 1, 1))]


@pytest.mark.parametrize("text, expected", [
    ("Prisoner swap. No prisoners were exchanged on Wednesday, despite Russia's promise to return 500 soldiers.", (500, "offered", "ukraine")),
    ("Prisoner swap. Moscow has not answered Kyiv's offer to free 300 soldiers.", (300, "offered", "russia")),
])
def test_what_a_nation_promised_to_give_is_the_other_sides(text, expected):
    assert [(f.value, f.kind, f.side) for f in figs(text, date(2025, 3, 20))] == [expected]


@pytest.mark.parametrize("headline, expected", [
    ("Prisoner swap sees 75 return to each side", (75, "exchanged", "both", "completed")),
    ("Largest swap yet: 1,000 POWs from each side to be freed", (1000, "agreed", "both", "planned")),
])
def test_headlines_with_a_bare_count_that_returns_and_one_still_to_be_freed(headline, expected):
    got = [(f.value, f.kind, f.side, f.status) for f in figs(headline + "\n\nOfficials gave no further details.", date(2025, 6, 1))]
    assert got == [expected]


@pytest.mark.parametrize("sentence", [
    "On Friday, each side handed the other 90 prisoners.",
    "Ukraine recovered 90 of its servicemen on Friday; Russia recovered the same number.",
    "The Ukrainian side got 90 people back on Friday, the Russian side the same.",
    "Ukraine said on Friday it had brought back 90 soldiers in exchange for an equal number of Russian prisoners.",
])
def test_so_many_each_told_by_the_other_side_the_same_or_an_equal_number(sentence):
    got = [(f.value, f.side, f.scope) for f in figs("Prisoner exchange report. " + sentence, date(2025, 5, 31))]
    assert got == [(90, "both", "per_side")]


def test_a_running_total_whose_return_was_verified_since_a_year():
    text = "Prisoner swaps. The headquarters says it has verified the return of 4,552 people since 2022."
    got = [(f.value, f.kind, f.side, f.since_date) for f in figs(text, date(2025, 4, 19))]
    assert got == [(4552, "cumulative_released", "ukraine", date(2022, 1, 1))]


@pytest.mark.parametrize("text, claimant", [
    ("Prisoner exchange report. Ukraine's military said 95 soldiers had returned home.", "Ukrainian military"),
    ("Prisoner exchange report. The Russian army said 95 Russian soldiers had returned home.", "Russian military"),
    # the people it names are no speaker
    ("Prisoner exchange report. 95 Russian military personnel were returned, the Russian defence ministry said.", "Russian Defence Ministry"),
])
def test_a_nations_military_as_the_claimant(text, claimant):
    assert [f.claimant for f in figs(text, date(2025, 4, 5))] == [claimant]


@pytest.mark.parametrize("sentence, expected", [
    ("Russia and Ukraine are negotiating an exchange of 500 prisoners each.", ("offered", "offered")),
    ("Russia and Ukraine are due to swap 500 prisoners each on Friday.", ("agreed", "planned")),
])
def test_a_swap_under_negotiation_and_one_due(sentence, expected):
    assert [(f.kind, f.status) for f in figs("Prisoner exchange report. " + sentence, date(2025, 8, 20))] == [expected]


@pytest.mark.parametrize("sentence", [
    "About 40 journalists were waiting at the border crossing.",
    "More than 100 volunteers helped organise the return.",
    "Some 200 relatives gathered in Chernihiv to greet them.",
])
def test_people_who_wait_help_or_gather_beside_a_swap_are_no_figures(sentence):
    text = "Prisoner exchange. Ukraine and Russia swapped 84 prisoners each on Wednesday. " + sentence
    assert [f.value for f in figs(text, date(2025, 8, 20))] == [84]


def test_bodies_waiting_at_the_border_are_still_offered():
    text = "Repatriation. Russia said 1,212 bodies were already in refrigerated trucks at the border."
    assert [(f.value, f.status) for f in figs(text, date(2025, 6, 9))] == [(1212, "offered")]


@pytest.mark.parametrize("text, language, expected", [
    ("Prisoner swaps. Since the start of the year, more than 300 Russian soldiers returned from Ukrainian captivity.", "en",
     ("cumulative_released", "russia", date(2025, 1, 1))),
    ("Обмен пленными. Всего с начала года из украинского плена вернулись более 300 российских военных.", "ru",
     ("cumulative_released", "russia", date(2025, 1, 1))),
    ("Обмін полоненими. З початку року з полону повернулися понад 300 українців.", "uk", ("cumulative_released", "ukraine", date(2025, 1, 1))),
    # a day named in the clause is a swap of that day
    ("Prisoner swaps. Since the start of the year, Ukraine has held four swaps; on Friday 300 Ukrainians returned.", "en",
     ("exchanged", "ukraine", None)),
])
def test_a_count_right_after_a_period_opening_is_a_running_total_in_any_tense(text, language, expected):
    (f,) = [f for f in figs(text, date(2025, 2, 5), language) if f.value == 300]
    assert (f.kind, f.side, f.since_date) == expected


@pytest.mark.parametrize("text, language, expected", [
    # the largest exchange "since the start of the war" is one swap, not a running total
    ("Rússia e Ucrânia concluíram neste domingo a maior troca de prisioneiros desde o início da guerra, com a libertação de 303 "
     "militares de cada lado no terceiro dia.", "pt", [(303, "exchanged", "both", "per_side", None)]),
    # each country freed so many, over three days
    ("Troca de prisioneiros. No total, cada país libertou 1.000 prisioneiros ao longo de três dias.", "pt",
     [(1000, "exchanged", "both", "per_side", date(2025, 5, 23))]),
    # wounded soldiers received in return are handed over, not casualties
    ("Russia e Ucraina hanno scambiato sabato 246 prigionieri ciascuna. Inoltre, Mosca ha consegnato a Kiev 31 prigionieri feriti, "
     "ricevendo in cambio 15 militari russi feriti.", "it",
     [(246, "exchanged", "both", "per_side", None), (31, "exchanged", "ukraine", None, None), (15, "exchanged", "russia", None, None)]),
])
def test_romance_largest_swap_since_each_country_over_days_and_wounded_received(text, language, expected):
    got = [(f.value, f.kind, f.side, f.scope, f.event_date_from) for f in figs(text, date(2025, 5, 25), language)]
    assert got == expected


def test_french_kyiv_getting_back_its_nationals_and_moscow_gapped_and_a_list_of_parts():
    text = ("L'Ukraine et la Russie ont procédé lundi à un échange de prisonniers, Kiev récupérant 189 de ses ressortissants et Moscou "
            "150 militaires, selon les deux camps. Parmi les Ukrainiens libérés figurent des défenseurs de Marioupol ainsi que deux civils.")
    got = [(f.value, f.side, f.is_breakdown, f.is_additional) for f in figs(text, date(2024, 12, 30), "fr")]
    assert got == [(189, "ukraine", False, False), (150, "russia", False, False), (2, "ukraine", True, False)]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine and Russia swap 218 prisoners, including 108 women\n\nUkraine and Russia carried out one of their largest swaps on "
     "Monday, exchanging 218 prisoners, including 108 Ukrainian women, officials on both sides said.",
     [(218, "both", "total", False), (108, "ukraine", None, True)]),
    ("Prisoner swap. Ukraine and Russia carried out another swap on Monday, exchanging 90 prisoners each.", [(90, "both", "per_side", False)]),
])
def test_both_nations_exchanging_a_count_after_their_clause(text, expected):
    assert [(f.value, f.side, f.scope, f.is_breakdown) for f in figs(text, date(2022, 10, 17))] == expected


def test_a_year_people_were_taken_to_a_country_dates_no_release():
    text = ("Exchange: 146/146\n\nThe Coordination Headquarters reports that 146 servicemen have returned home. Russia received the "
            "same number.\n\nAlso returned: 8 civilians from Kursk region, taken to Ukraine in 2024.")
    got = [(f.value, f.event_date, f.is_additional) for f in figs(text, date(2025, 8, 24))]
    assert got == [(146, date(2025, 8, 24), False), (8, date(2025, 8, 24), True)]


def test_a_headlines_deal_dated_by_the_talks_a_later_paragraph_names():
    text = ("Russia-Ukraine war live: first stage of 1,000-for-1,000 swap under way\n\n13:45 BST\nZelenskyy confirms 390 Ukrainians "
            "are home.\n\n11:10 BST\nThe swap is the first part of the deal agreed in Istanbul last Friday, under which 1,000 prisoners "
            "from each side are to be freed.")
    (deal,) = [f for f in figs(text, date(2025, 5, 23)) if f.kind == "agreed"]
    assert (deal.text, deal.agreement_date, deal.event_date) == ("1,000-for-1,000", date(2025, 5, 16), date(2025, 5, 16))


@pytest.mark.parametrize("link", [
    "Read more: Ukraine, Russia swap 84 POWs each in UAE-mediated deal",
    "READ ALSO: Russia hands over 1,000 bodies, Ukraine returns 19",
    "Related: Zelensky says 1,200 more POWs to be freed",
    "See also - Kyiv says 8,000 remain in captivity",
])
def test_a_link_to_another_story_left_in_the_body_gives_no_figure(link):
    text = f"Ukraine and Russia exchanged 146 prisoners each on Sunday.\n\n{link}\n\nThe youngest of those freed is 22."
    assert [f.value for f in figs(text, date(2025, 8, 24))] == [146, 22]


def test_kyiv_freed_so_many_and_the_rebels_released_so_many_are_each_others_people():
    text = "Prisoner swap in Donbas. Kyiv freed 233 people and the rebels released 73, Ukrainian officials said."
    assert [(f.value, f.side) for f in figs(text, date(2017, 12, 27))] == [(233, "russia"), (73, "ukraine")]


def test_prisoners_a_monitor_interviewed_are_no_handover():
    # (the people it interviewed "held by Ukraine" are counted as held, as the people a body visited are)
    text = ("The UN human rights monitoring mission said on Monday that 95% of the 205 Ukrainian prisoners of war it interviewed after "
            "their release reported torture. It also interviewed 100 Russian POWs held by Ukraine.")
    assert [(f.value, f.kind) for f in figs(text, date(2025, 3, 31))] == [(95, "percentage"), (100, "other")]


@pytest.mark.parametrize("sentence, ordinal", [
    ("Exchange #66 took place on Friday at the Belarus border.", 66),
    ("The exchange, number 64 since 2022, took place on Friday.", 64),
])
def test_the_series_number_after_a_hash_sign_or_a_comma(sentence, ordinal):
    text = "Prisoner swap. Ukraine and Russia swapped 150 prisoners each on Friday. " + sentence
    assert [(f.value, f.kind) for f in figs(text, date(2025, 2, 1))] == [(150, "exchanged"), (ordinal, "exchange_ordinal")]


def test_a_hash_sign_elsewhere_is_no_number():
    assert figs("Prisoner swap. Ukraine and Russia swapped 150 prisoners each. #StandWithUkraine #1 news", date(2025, 2, 1))[1:] == []


@pytest.mark.parametrize("who, claimant", [("Ukraine's human rights chief", "Ukrainian ombudsman"), ("Russia's rights chief", "Russian ombudsman")])
def test_a_nations_rights_chief_is_its_ombudsman(who, claimant):
    text = f"Prisoner exchange report. {who} said 95 people had come home."
    assert [f.claimant for f in figs(text, date(2025, 2, 1))] == [claimant]


def test_a_year_told_month_by_month():
    text = ("2025 in prisoner swaps: a year of record exchanges\n\nJanuary: 25 for 25, the first swap of the year.\n"
            "March: 175 for 175, plus 22 wounded handed over by Russia.\nAugust: 146 for 146 on Independence Day.\n"
            "October: 185 soldiers and 20 civilians each way.")
    got = [(f.value, f.side, f.event_date, f.event_date_precision) for f in figs(text, date(2025, 12, 30)) if f.kind == "exchanged"]
    assert got == [(25, "both", date(2025, 1, 1), "month"), (175, "both", date(2025, 3, 1), "month"), (22, "ukraine", date(2025, 3, 1), "month"),
                   (146, "both", date(2025, 8, 24), "day"), (185, "both", date(2025, 10, 1), "month"), (20, "both", date(2025, 10, 1), "month")]
    # the year that opens the headline is no figure; the civilians are one more group each way, not a part of the soldiers
    assert 2025 not in [f.value for f in figs(text, date(2025, 12, 30))]
    assert [(f.value, f.is_breakdown, f.is_additional) for f in figs(text, date(2025, 12, 30)) if f.value in (185, 20)] == [(185, False, False), (20, False, True)]


@pytest.mark.parametrize("dateline, expected", [
    # the swap's own day in the sentence, not the day the story was filed
    ("KYIV, June 26 (Reuters) - Ukraine brought home 90 soldiers on Tuesday in a prisoner exchange with Russia.", date(2024, 6, 25)),
    # a day it was said is no swap's day: the dateline's stays the lead
    ("MOSCOW, June 26 (Reuters) - Ninety Russian servicemen have been returned, the ministry said on Wednesday.", date(2024, 6, 26)),
])
def test_a_datelines_day_gives_way_to_the_swaps_own_day(dateline, expected):
    text = dateline + "\n\nThe other side said 90 of its people had come home."
    assert {f.event_date for f in figs(text, date(2024, 6, 26))} == {expected}


def test_ages_of_the_exchanged_russians_are_russias():
    text = "Prisoner exchange. Ukraine brought home 120 soldiers on Friday. The exchanged Russians include soldiers aged 18 to 24, the ministry said."
    assert [(f.value, f.value_high, f.side) for f in figs(text, date(2025, 4, 5)) if f.kind == "age"] == [(18, 24, "russia")]
