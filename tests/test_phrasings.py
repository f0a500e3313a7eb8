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
              "Ukraine's military intelligence": "Ukrainian military intelligence (HUR)",
              "the Ukrainian president's office": "Ukrainian government", "the president's office": "Ukrainian government",
              "the Saudi foreign ministry": "Saudi foreign ministry", "Qatar's Ministry of Foreign Affairs": "Qatari foreign ministry",
              "Ukrainian Interior Minister Ihor Klymenko": "Ihor Klymenko"}


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


@pytest.mark.parametrize("words, qualifier", [
    ("about", "about"), ("around", "about"), ("some", "about"), ("roughly", "about"), ("approximately", "about"), ("an estimated", "about"),
    ("nearly", "up_to"), ("almost", "up_to"), ("up to", "up_to"), ("fewer than", "up_to"), ("more than", "more_than"), ("over", "more_than"),
    ("upwards of", "more_than"), ("at least", "at_least"), ("no fewer than", "at_least"),
])
def test_qualifiers(words, qualifier):
    assert [(f.value, f.qualifier) for f in _figures(f"Ukraine said {words} 300 prisoners were freed on Thursday.")] == [(300, qualifier)]


@pytest.mark.parametrize("written, value", [
    ("1,200", 1200), ("1200", 1200), ("1 200", 1200), ("1.2 thousand", 1200), ("twelve hundred", 1200), ("1.2K", 1200),
    ("two hundred and five", 205), ("Two hundred five", 205), ("a dozen", 12), ("twenty-two", 22), ("ninety", 90),
])
def test_numbers_written_in_every_way(written, value):
    assert [f.value for f in _figures(f"Russia and Ukraine exchanged {written} prisoners each on Thursday.")] == [value]


@pytest.mark.parametrize("form", ["84 prisoners from each side", "84 prisoners per side", "84 prisoners on each side", "84 for 84", "84-for-84",
                                  "84 prisoners each", "84 prisoners apiece", "84 prisoners each way"])
def test_so_many_each_written_every_way(form):
    assert [(f.value, f.side, f.scope) for f in _figures(f"Russia and Ukraine exchanged {form} on Thursday.")] == [(84, "both", "per_side")]


@pytest.mark.parametrize("since, start", [
    ("since the start of the full-scale invasion", date(2022, 2, 24)), ("since February 2022", date(2022, 2, 1)), ("since 2022", date(2022, 1, 1)),
    ("since the war began", date(2022, 2, 24)), ("since the beginning of the war", date(2022, 2, 24)), ("since 2014", date(2014, 1, 1)),
    ("since the start of the year", date(2025, 1, 1)), ("since the invasion", date(2022, 2, 24)),
])
def test_where_a_running_total_starts(since, start):
    assert [(f.kind, f.since_date) for f in _figures(f"Ukraine has brought home 5,757 people {since}.")] == [("cumulative_released", start)]


@pytest.mark.parametrize("text, side", [
    ("Russia returned 909 bodies to Ukraine.", "ukraine"), ("Ukraine handed over 34 bodies to Russia.", "russia"),
    ("Ukraine gave back the bodies of 34 Russian soldiers.", "russia"), ("Kyiv repatriated the bodies of 909 soldiers.", "ukraine"),
    ("Moscow received 34 bodies.", "russia"), ("The bodies of 909 Ukrainian soldiers were repatriated.", "ukraine"),
    ("The remains of 34 Russian servicemen were handed over.", "russia"),
])
def test_whose_dead_were_handed_over(text, side):
    assert [(f.kind, f.side) for f in _figures(text)] == [("bodies", side)]


@pytest.mark.parametrize("language, text, expected", [
    *[("de", t, (205, "exchanged", "both")) for t in [
        "Russland und die Ukraine haben jeweils 205 Gefangene ausgetauscht.", "Russland und die Ukraine tauschten am Donnerstag je 205 Kriegsgefangene aus.",
        "Beide Seiten ließen jeweils 205 Soldaten frei.", "Bei dem Austausch kamen auf beiden Seiten je 205 Gefangene frei."]],
    *[("de", t, (205, "exchanged", "ukraine")) for t in [
        "205 ukrainische Soldaten sind aus russischer Gefangenschaft zurückgekehrt.", "Die Ukraine hat 205 Soldaten aus der Gefangenschaft zurückgeholt.",
        "Kiew erhielt 205 Kriegsgefangene zurück."]],
    *[("fr", t, (205, "exchanged", "both")) for t in [
        "La Russie et l'Ukraine ont échangé 205 prisonniers chacune.", "Moscou et Kiev ont procédé à un échange de 205 prisonniers de chaque côté.",
        "Chaque camp a libéré 205 prisonniers de guerre."]],
    *[("fr", t, (205, "exchanged", "ukraine")) for t in ["205 soldats ukrainiens sont rentrés de captivité russe.", "L'Ukraine a récupéré 205 militaires."]],
    *[("es", t, (205, "exchanged", "both")) for t in [
        "Rusia y Ucrania intercambiaron 205 prisioneros cada una.", "Rusia y Ucrania canjearon 205 prisioneros de guerra por bando."]],
    *[("uk", t, (205, "exchanged", "ukraine")) for t in [
        "Україна повернула додому 205 захисників.", "З російського полону повернулися 205 українців.", "Додому повернулися 205 військових."]],
    *[("uk", t, (205, "exchanged", "both")) for t in ["Росія та Україна обмінялися полоненими у форматі 205 на 205.", "Україна та Росія провели обмін 205 на 205."]],
    *[("ru", t, (205, "exchanged", "russia")) for t in [
        "Из украинского плена возвращены 205 российских военнослужащих.", "Россия вернула 205 военнослужащих из украинского плена."]],
    ("ru", "Россия и Украина обменялись пленными в формате 205 на 205.", (205, "exchanged", "both")),
    *[(lang, t, (5757, "cumulative_released", "ukraine")) for lang, t in [
        ("uk", "З початку повномасштабного вторгнення з полону повернули 5757 українців."), ("uk", "Загалом додому вдалося повернути 5757 українців."),
        ("de", "Seit Kriegsbeginn sind 5757 Ukrainer aus der Gefangenschaft zurückgekehrt."), ("de", "Insgesamt wurden seit 2022 5757 Ukrainer befreit."),
        ("fr", "Depuis le début de la guerre, 5 757 Ukrainiens ont été libérés.")]],
    *[(lang, t, (909, "bodies", "ukraine")) for lang, t in [
        ("uk", "Україна отримала тіла 909 загиблих воїнів."), ("uk", "В Україну повернули тіла 909 полеглих захисників."),
        ("de", "Die Ukraine erhielt die Leichen von 909 Soldaten."), ("de", "Russland übergab der Ukraine 909 Leichen."),
        ("fr", "L'Ukraine a reçu les corps de 909 soldats."), ("fr", "La Russie a remis à l'Ukraine 909 corps.")]],
])
def test_other_languages_common_wordings(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, language).figures] == [expected]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine are expected to free 300 prisoners each next week.", "Kyiv hopes to bring home 300 prisoners soon.",
    "The two sides could exchange 300 prisoners in the coming days.", "Moscow plans to swap 300 prisoners next week.",
    "Ukraine and Russia are preparing to exchange 300 prisoners each.", "A swap of 300 prisoners is being prepared.",
    "The exchange of 300 prisoners was postponed.", "A planned swap of 300 prisoners did not take place.",
    "Officials said 300 prisoners would be released on Sunday.",
])
def test_swaps_not_done_yet_are_not_completed(text):
    assert [(f.value, f.status == "completed") for f in _figures(text)] == [(300, False)]


@pytest.mark.parametrize("text", [
    "Zelensky called for the release of 300 prisoners.", "Kyiv demanded the return of 300 civilians.", "Ukraine wants 300 prisoners back.",
])
def test_people_asked_for_are_not_exchanged(text):
    assert [(f.value, f.kind == "exchanged") for f in _figures(text)] == [(300, False)]


@pytest.mark.parametrize("text, part, added", [
    ("Ukraine brought home 205 soldiers on Thursday, including 20 officers.", True, False),
    ("Ukraine brought home 205 soldiers on Thursday, among them 20 women.", True, False),
    ("Ukraine brought home 205 soldiers on Thursday, 20 of them officers.", True, False),
    ("Ukraine brought home 205 soldiers on Thursday. Of them, 20 were officers.", True, False),
    ("Ukraine brought home 205 soldiers on Thursday. In addition, 20 wounded were handed over.", False, True),
    ("Ukraine brought home 205 soldiers on Thursday. Russia also freed 20 civilians.", False, True),
    ("Ukraine brought home 205 soldiers on Thursday. Separately, 20 civilians were returned.", False, True),
    ("Ukraine brought home 205 soldiers on Thursday, as well as 20 civilians.", False, True),
])
def test_parts_of_the_count_and_groups_on_top_of_it(text, part, added):
    assert [(f.value, f.is_breakdown, f.is_additional) for f in _figures(text)] == [(205, False, False), (20, part, added)]


@pytest.mark.parametrize("sentence, value, kind", [
    ("It was the first exchange this year.", 1, "exchange_ordinal"), ("Ukraine and Russia have held 68 exchanges since 2022.", 68, "exchange_count"),
    ("It was the 12th exchange mediated by the UAE.", 12, "exchange_ordinal"), ("The UAE has mediated 15 exchanges.", 15, "exchange_count"),
    ("About 90% of the freed said they had been tortured.", 90, "percentage"), ("Some 15-20% of the bodies have been identified.", 15, "percentage"),
])
def test_ordinals_counts_of_exchanges_and_shares(sentence, value, kind):
    assert [(f.value, f.kind) for f in _figures(LEDE + sentence) if f.value != 205] == [(value, kind)]


@pytest.mark.parametrize("headline, lede, restated", list(product(
    ["Ukraine and Russia swap 205 prisoners each", "Russia, Ukraine exchange 205 POWs", "205 Ukrainian POWs come home", "Prisoner swap: 205 for 205", ""],
    ["Russia and Ukraine exchanged 205 prisoners of war each on Thursday, officials said.",
     "Ukraine and Russia on Thursday swapped 205 prisoners apiece in a UAE-brokered deal.", "Kyiv and Moscow each freed 205 captives on Thursday."],
    ["", "Zelensky said 205 Ukrainians had returned home.", "The Russian Defence Ministry said 205 Russian servicemen had been returned.",
     "Both sides confirmed the figure of 205."])))
def test_one_swap_told_in_a_headline_a_lede_and_a_restatement_is_one_figure(headline, lede, restated):
    body = "\n\n".join(x for x in (headline, lede, restated) if x)
    assert [(f.value, f.kind, f.side, f.scope) for f in _figures(body)] == [(205, "exchanged", "both", "per_side")]


@pytest.mark.parametrize("headline, lede, restated", list(product(
    ["Ukraine gets back 189 POWs, Russia 150", "189 Ukrainians freed in swap", "Russia and Ukraine swap prisoners", ""],
    ["Ukraine said 189 of its citizens had come home on Thursday, while Russia said 150 of its soldiers were freed.",
     "Kyiv brought home 189 people on Thursday and Moscow got back 150 servicemen.", "On Thursday, 189 Ukrainians and 150 Russians were freed."],
    ["", "Zelensky said 189 Ukrainians had returned.", "Russia's Defence Ministry said 150 Russian servicemen were back in Russia.",
     "Among the 189 were 20 civilians."])))
def test_an_uneven_swap_is_each_sides_count_once(headline, lede, restated):
    body = "\n\n".join(x for x in (headline, lede, restated) if x)
    got = [(f.value, f.kind, f.side) for f in _figures(body) if not f.is_breakdown]
    assert got == [(189, "exchanged", "ukraine"), (150, "exchanged", "russia")]


@pytest.mark.parametrize("headline, lede, restated", list(product(
    ["Ukraine receives 1,000 bodies", "Russia hands over 1,000 bodies", ""],
    ["Russia handed over 1,000 bodies to Ukraine on Thursday and received 24 in return.",
     "Ukraine received the bodies of 1,000 soldiers on Thursday, while 24 bodies were handed to Russia.",
     "On Thursday, 1,000 bodies were returned to Ukraine and 24 to Russia."],
    ["", "The Coordination Headquarters said 1,000 bodies had been repatriated.", "Medinsky said Russia had received 24 bodies."])))
def test_a_handover_of_the_dead_is_each_sides_count_once(headline, lede, restated):
    body = "\n\n".join(x for x in (headline, lede, restated) if x)
    assert [(f.value, f.kind, f.side) for f in _figures(body)] == [(1000, "bodies", "ukraine"), (24, "bodies", "russia")]


@pytest.mark.parametrize("lede", ["Russia and Ukraine exchanged 205 prisoners each on Thursday.", "Ukraine recovered 205 soldiers on Thursday."])
@pytest.mark.parametrize("total", [
    "This brings the total number of Ukrainians freed since 2022 to 5,757.", "The exchange brought to 5,757 the number of Ukrainians returned since the invasion.",
    "In total, 5,757 Ukrainians have been freed since February 2022.", "Since the start of the war, Ukraine has brought home 5,757 people.",
    "Overall, 5,757 Ukrainians have come home from captivity.", "So far, 5,757 Ukrainians have been released.",
    "A total of 5,757 Ukrainians have returned home since 2022, the headquarters said.",
    "Ukraine has now recovered 5,757 of its citizens from Russian captivity.", "The number of Ukrainians freed now stands at 5,757.",
    "5,757 Ukrainians have been freed to date.",
])
def test_the_days_swap_and_the_running_total_after_it(lede, total):
    got = [(f.value, f.kind, f.event_date) for f in _figures(f"{lede} {total}")]
    assert [(v, k) for v, k, _ in got] == [(205, "exchanged"), (5757, "cumulative_released")]
    assert got[0][2] == date(2025, 6, 19)


@pytest.mark.parametrize("noun", [
    "POWs", "captives", "detainees", "hostages", "internees", "servicewomen", "paratroopers", "marines", "medics", "seamen", "border guards",
    "national guardsmen", "Azov fighters", "fighters", "volunteers", "conscripts", "women", "civilians", "officers", "sergeants", "privates",
    "servicemen", "service members", "military personnel", "troops", "defenders", "heroes", "warriors", "citizens", "nationals", "foreigners",
    "journalists", "prisoners", "soldiers", "airmen", "sailors", "pilots", "commanders", "men", "people", "persons", "individuals",
    "political prisoners", "Crimean Tatars", "wounded soldiers", "seriously ill prisoners", "young soldiers",
])
def test_the_people_a_swap_brings_home(noun):
    assert [(f.value, f.kind) for f in _figures(f"Ukraine brought home 35 {noun} on Thursday.")] == [(35, "exchanged")]


@pytest.mark.parametrize("language, text, expected", [
    # Dutch and Turkish: the commonest words of a swap (no garbage, the counts and their days)
    ("nl", "Rusland en Oekraïne hebben zondag elk 303 krijgsgevangenen uitgewisseld.", [(303, "exchanged", "both", date(2025, 6, 15))]),
    ("nl", "In totaal zijn 1000 gevangenen per kant vrijgelaten.", [(1000, "exchanged", "both", PUB)]),
    ("tr", "Rusya ve Ukrayna pazar günü 303 esiri takas etti.", [(303, "exchanged", "unknown", date(2025, 6, 15))]),
    ("nl", "Oekraïne heeft de lichamen van 909 soldaten ontvangen, en 1000 gevangenen werden vrijgelaten.",
     [(909, "bodies", "ukraine", PUB), (1000, "exchanged", "unknown", PUB)]),  # ("heeft ... ontvangen": Ukraine received them)
])
def test_dutch_and_turkish_basics(language, text, expected):
    assert [(f.value, f.kind, f.side, f.event_date) for f in extract_article("a", text, PUB, language).figures] == expected


@pytest.mark.parametrize("text, expected", [
    # a count with its parts in brackets and no noun of its own
    ("On Friday, 390 (270 soldiers and 120 civilians) were returned to each side.",
     [(390, "both", "per_side", False), (270, "both", "per_side", True), (120, "both", "per_side", True)]),
    ("Ukraine got back 390 prisoners (270 military, 120 civilians) on Friday.",
     [(390, "ukraine", None, False), (270, "ukraine", None, True), (120, "ukraine", None, True)]),
])
def test_a_count_with_its_parts_in_brackets(text, expected):
    assert [(f.value, f.side, f.scope, f.is_breakdown) for f in _figures(text)] == expected


@pytest.mark.parametrize("sentence", [
    "More than 1,500 people returned to their homes in Kupiansk after the evacuation.",
    "A poll showed 56% of Ukrainians favour peace talks.",
    "Russia launched 267 drones and three missiles overnight, with 138 shot down.",
    "The UN says 12,654 civilians have been killed since February 2022.",
    "Ukraine's parliament voted 278 to 34 to extend martial law for 90 days.",
])
def test_war_news_beside_a_swap_that_is_not_about_prisoners(sentence):
    assert [f.value for f in _figures(LEDE + sentence) if f.value != 205] == []


@pytest.mark.parametrize("sentence", [
    "Ukraine says it has destroyed 9,000 Russian tanks since the start of the war.",
    "The bodies of 2 civilians were found under the rubble.",
    "Russia has jailed 20 journalists since 2022.",
    "Around 300 Ukrainian children have been returned from Russia with Qatar's help.",
    "Over 100 volunteers helped to clear the debris.",
    "About 4,000 people attended the funeral.",
    "At least 14 people were killed and 44 wounded in a Russian missile strike on Kyiv.",
    "Police detained 35 protesters in Moscow.",
    "The court sentenced 12 Azov fighters to up to 23 years in prison.",
    "Ukrainian forces repelled 45 attacks near Pokrovsk.",
])
def test_other_news_about_people_beside_a_swap(sentence):
    assert [f.value for f in _figures(LEDE + sentence) if f.value != 205] == []


@pytest.mark.parametrize("language, text, expected", [
    *[("uk", t, (205, "exchanged", "ukraine")) for t in [
        "Додому повертаються 205 українських захисників.", "З полону звільнено 205 українців.", "Україна повернула з полону 205 військових.",
        "Вдалося повернути 205 наших людей.", "205 захисників уже вдома.", "Ще 205 українців повернулися додому.",
        "В рамках обміну додому повернулися 205 військовослужбовців ЗСУ."]],
    *[("uk", t, (205, "exchanged", "both")) for t in [
        "Україна та Росія обмінялися 205 полоненими кожна.", "Відбувся обмін полоненими 205 на 205.", "Сторони обміняли по 205 полонених."]],
    *[("ru", t, (205, "exchanged", "russia")) for t in [
        "Россия вернула 205 военнослужащих.", "Из плена возвращены 205 российских военнослужащих.", "На родину вернулись 205 российских военных."]],
    *[("ru", t, (205, "exchanged", "both")) for t in [
        "Россия и Украина обменялись 205 военнопленными с каждой стороны.", "Стороны обменяли по 205 пленных."]],
    *[("uk", t, (5757, "cumulative_released", "ukraine")) for t in [
        "Загалом з полону повернули вже 5757 українців.", "Від початку повномасштабного вторгнення вдалося повернути 5757 людей.",
        "Станом на сьогодні з полону звільнено 5757 українців."]],
    *[("uk", t, (8000, "other", "ukraine")) for t in ["У російському полоні залишаються близько 8 тисяч українців.", "Росія утримує понад 8000 українців."]],
    ("uk", "Це шістдесят п'ятий обмін полоненими.", (65, "exchange_ordinal", "both")),
    ("ru", "Это шестьдесят пятый обмен пленными.", (65, "exchange_ordinal", "both")),
    ("uk", "Це вже 65-й обмін полоненими.", (65, "exchange_ordinal", "both")),
])
def test_ukrainian_and_russian_common_wordings(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, language).figures] == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Es war der 65. Gefangenenaustausch seit Kriegsbeginn.", (65, "exchange_ordinal", "both")),
    ("fr", "Il s'agit du 65e échange depuis le début de la guerre.", (65, "exchange_ordinal", "both")),
    ("de", "Nach Angaben Kiews befinden sich noch rund 8000 Ukrainer in russischer Gefangenschaft.", (8000, "other", "ukraine")),
    ("fr", "Quelque 8 000 Ukrainiens sont toujours détenus en Russie.", (8000, "other", "ukraine")),
    ("de", "Russland und die Ukraine vereinbarten den Austausch von je 1000 Gefangenen.", (1000, "agreed", "both")),
    ("fr", "Moscou et Kiev sont convenus d'échanger 1 000 prisonniers chacun.", (1000, "agreed", "both")),
    ("de", "Die Ukraine erhielt am Mittwoch 909 Leichen gefallener Soldaten.", (909, "bodies", "ukraine")),
    ("fr", "L'Ukraine a récupéré mercredi les corps de 909 soldats tués.", (909, "bodies", "ukraine")),
    ("de", "Selenskyj zufolge kehrten 205 Ukrainer nach Hause zurück.", (205, "exchanged", "ukraine")),
    ("fr", "Selon Zelensky, 205 Ukrainiens sont rentrés au pays.", (205, "exchanged", "ukraine")),
    ("es", "Ucrania recuperó a 205 soldados en el intercambio.", (205, "exchanged", "ukraine")),
    ("es", "Se trata del 65º canje de prisioneros desde 2022.", (65, "exchange_ordinal", "both")),
    ("it", "La Russia e l'Ucraina si sono scambiate 205 prigionieri ciascuna.", (205, "exchanged", "both")),
    ("pl", "Ukraina odzyskała 205 żołnierzy z rosyjskiej niewoli.", (205, "exchanged", "ukraine")),
])
def test_european_languages_ordinals_people_held_deals_and_the_dead(language, text, expected):
    assert [(f.value, f.kind, f.side) for f in extract_article("a", text, PUB, language).figures] == [expected]


@pytest.mark.parametrize("headline, expected", [
    # headlines alone (a news aggregator's feed item is nothing else): the count, its kind and whose
    ("Ukraine, Russia swap 84 POWs each", (84, "exchanged", "both")), ("Russia frees 150 Ukrainian soldiers", (150, "exchanged", "ukraine")),
    ("Ukraine gets back 95 defenders in prisoner swap", (95, "exchanged", "ukraine")), ("84 Ukrainians come home in latest swap", (84, "exchanged", "ukraine")),
    ("Kyiv, Moscow trade 103 prisoners each", (103, "exchanged", "both")), ("Russia hands Ukraine 1,000 bodies", (1000, "bodies", "ukraine")),
    ("Ukraine receives 909 bodies of fallen soldiers", (909, "bodies", "ukraine")), ("Zelensky: 277 Ukrainians freed", (277, "exchanged", "ukraine")),
    ("Moscow says 175 soldiers returned from Ukraine", (175, "exchanged", "russia")), ("Russia returns 6,000 bodies to Ukraine", (6000, "bodies", "ukraine")),
    ("Ukraine brings home 205 POWs in 65th exchange", (205, "exchanged", "ukraine")), ("Prisoner swap frees 390 on each side", (390, "exchanged", "both")),
    ("Over 4,000 Ukrainians freed since 2022, ombudsman says", (4000, "cumulative_released", "ukraine")),
    ("Russia, Ukraine exchange 1,000 prisoners each in largest swap of war", (1000, "exchanged", "both")),
])
def test_headlines_alone(headline, expected):
    assert [(f.value, f.kind, f.side) for f in _figures(headline) if f.value == expected[0]] == [expected]


@pytest.mark.parametrize("language, text, expected", [
    # Turkish thousands ("5 binden fazla": more than 5,000), a subject that takes its own soldiers back, "bu yana" (since)
    ("tr", "Ukrayna, Rusya ile yapılan esir takasında 303 askerini geri aldı. Zelenskiy, savaşın başından bu yana 5 binden fazla "
           "Ukraynalının esaretten kurtarıldığını söyledi.",
     [(303, "exchanged", "ukraine", "exact"), (5000, "cumulative_released", "ukraine", "more_than")]),
    # Dutch puts the participle last: "Oekraïne heeft 303 soldaten teruggekregen", "Rusland kreeg ook 303 militairen terug"
    ("nl", "Oekraïne heeft 303 soldaten teruggekregen bij een gevangenenruil met Rusland. Rusland kreeg ook 303 militairen terug.",
     [(303, "exchanged", "ukraine", "exact"), (303, "exchanged", "russia", "exact")]),
])
def test_turkish_and_dutch_counts_got_back_and_totals(language, text, expected):
    assert [(f.value, f.kind, f.side, f.qualifier) for f in extract_article("a", text, PUB, language).figures] == expected


@pytest.mark.parametrize("language, text", [
    # what Moscow offers to hand over is Kyiv's dead, in every language's word order
    ("de", "Moskau bot an, 6000 Leichen zu übergeben."),
    ("fr", "La Russie s'est dite prête à remettre 6 000 corps."),
    ("ru", "Россия готова передать Украине 6000 тел."),
    ("uk", "Росія готова передати Україні 6000 тіл."),
    ("it", "La Russia si è detta pronta a consegnare 6.000 corpi."),
])
def test_bodies_moscow_offers_are_kyivs_dead(language, text):
    got = [(f.value, f.kind, f.side, f.status) for f in extract_article("a", text, PUB, language).figures]
    assert got == [(6000, "bodies", "ukraine", "offered")]


def test_ukrainian_prisoners_in_the_genitive_are_ukraines():
    # "українських полонених" (Ukrainian prisoners) is not "з українського полону" (from Ukrainian captivity)
    got = [(f.value, f.side) for f in extract_article("a", "Росія звільнила 205 українських полонених.", PUB, "uk").figures]
    assert got == [(205, "ukraine")]


@pytest.mark.parametrize("language, text, expected", [
    # thousands in words: "tysiąc", "dwa tysiące", "cinco mil", "cinque mila"
    ("pl", "Rosja i Ukraina wymienią po tysiąc jeńców.", [(1000, "agreed")]),
    ("pl", "Od 2022 roku z niewoli wróciło dwa tysiące Ukraińców.", [(2000, "cumulative_released")]),
    # ("han regresado": Spanish "returned" in the perfect is a word of the subject)
    ("es", "Desde 2022 han regresado a casa cinco mil ucranianos.", [(5000, "cumulative_released")]),
    ("it", "Dal 2022 sono tornati a casa cinque mila ucraini.", [(5000, "cumulative_released")]),
])
def test_thousands_in_words_in_polish_spanish_italian(language, text, expected):
    assert [(f.value, f.kind) for f in extract_article("a", text, PUB, language).figures] == expected


@pytest.mark.parametrize("language, text", [
    # more verbs of coming home in Spanish, Italian, Portuguese, French and German
    ("es", "El viernes 205 soldados ucranianos han vuelto a casa."),
    ("es", "El viernes 205 soldados ucranianos han retornado."),
    ("it", "Venerdì 205 soldati ucraini sono stati rimpatriati."),
    ("it", "Venerdì 205 soldati ucraini hanno fatto ritorno."),
    ("pt", "Na sexta-feira 205 soldados ucranianos voltaram para casa."),
    ("pt", "Na sexta-feira 205 soldados ucranianos foram trocados."),
    ("fr", "Vendredi, 205 soldats ukrainiens sont revenus."),
    ("fr", "Vendredi, 205 soldats ukrainiens ont retrouvé la liberté."),
    ("de", "Am Freitag sind 205 ukrainische Soldaten heimgekehrt."),
    ("de", "Am Freitag wurden 205 ukrainische Soldaten zurückgebracht."),
])
def test_more_verbs_of_coming_home_in_other_languages(language, text):
    got = [(f.value, f.kind, f.side, f.status) for f in extract_article("a", text, PUB, language).figures]
    assert got == [(205, "exchanged", "ukraine", "completed")]
