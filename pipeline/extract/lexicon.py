"""The words that give numbers their meaning in exchange reporting, compiled in one place (English first; German, French, Ukrainian, Russian stems)."""
from __future__ import annotations

import re

from pipeline.fastre import prefiltered


def _rx(pattern: str):
    """Case-insensitive, and prefiltered: most of these are scanned over every sentence with numbers."""
    return prefiltered(pattern, re.I)


# Nouns that count people who are held or exchanged.
PEOPLE = _rx(
    r"prisoners?|pows?|p\.o\.w\.s|captives?|servicem[ae]n|service\s*members?|service\s*people|soldiers?|troops|defenders?|ukrainians?|russians?"
    r"|people|persons?|citizens?|civilians?|officers?|men|women|military(?:\s+personnel)?|personnel|warriors?|sergeants?"
    r"|privates?|fighters?|commanders?|marines?|members?|guards?(?:men)?|volunteers?|detainees?|hostages?|individuals?|britons?|americans?|croatians?|swedes?|moroccans?|georgians?|belarusians?|colombians?|canadians?|australians?"
    r"|foreigners?|journalists?|medics?|(?:national\s+)?guardsmen|sailors|pilots?|paratroopers?|nationals?|residents?|separatists?|rebels?"
    r"|others|defenders|heroes|brothers|sisters|returnees?|conscripts?|guys|boys|internees?|servicewom[ae]n|seam[ae]n|airm[ae]n|tatars|priests|clergymen|activists"
    r"|gefangene\w*|kriegsgefangene\w*|soldaten|ukrainer\w*|russen|heimkehrer\w*|menschen|zivilisten|personen|militärangehörige\w*"
    r"|verteidiger\w*|kämpfer\w*|landsleute\w*|zivilpersonen|offiziere\w*|militärs|staatsbürger\w*|bürger\w*|armeeangehörige\w*"
    r"|prisonniers?|militaires?|soldats?|personnes?|civils?|ukrainiens?|russes?|captifs?|défenseurs|combattants|détenus|otages|compatriotes|officiers|habitants|résidents|ressortissants|citoyens"
    r"|marins|gardes(?:[-\s]frontières|\s+nationaux)?|sous-officiers|pilotes|parachutistes|fantassins"
    r"|einwohner\w*|bewohner\w*"
    r"|полонен\w*|військов\w*|громадян\w*|чоловік\w*|жін\w*|людей|людини|людину|особу|особи|осіб|українц\w*|офіцер\w*|цивільн\w*|захисник\w*"
    r"|пленн\w*|военн\w*|человек\w*|граждан\w*|соотечественник\w*|співвітчизник\w*|жител\w*|мешкан\w*|россиян\w*|росіян\w*|украинц\w*|важкопоранен\w*|тяжелоранен\w*"
    r"|нацгвардійц\w*|гвардійц\w*|прикордонник\w*|морпіх\w*|моряк\w*|строковик\w*|нацгвардейц\w*|пограничник\w*|срочник\w*"
    r"|воїн\w*|воин\w*|бійц\w*|бійців|бойц\w*|героїв|героев|защитник\w*|летчик\w*|лётчик\w*|льотчик\w*|пилот\w*|офицер\w*|женщин\w*|мужчин\w*"
    # Spanish, Italian, Portuguese, Polish: whole words only (a bare "russi" is inside "Russia")
    r"|\b(?:prisioner[oa]s|soldados|militares|civiles|personas|ucranianos|rusos|ciudadanos|compatriotas|combatientes|prigionieri|soldati|militari|civili|persone|ucraini|russi"
    r"|cittadini|connazionali|prisioneiros|civis|pessoas|russos|cidadãos|habitantes|residentes|moradores|abitanti|residenti|mieszkańc\w*|jeńc\w*|żołnierz\w*|wojskowych|obrońc\w*|cywil\w*|osób|ukraińc\w*|rosjan\w*|obywateli"
    # Dutch and Turkish
    r"|krijgsgevangenen|gevangenen|militairen|burgers|oekraïners|mensen|esir\w*|asker\w*|sivil\w*|ukraynal\w*|vatandaş\w*)\b"
)
# the same nouns as whole words, for asking whether a text speaks of people at all ("men" is inside "agreements")
PEOPLE_WORD = _rx(r"\b(?:" + PEOPLE.pattern + r")\b")
BODIES = _rx(r"bod(?:y|ies)|remains|corpses|fallen|dead\s+soldiers|leichen|leichname|gefallene\w*|corps|dépouilles|тіл\w*|тела?|останк\w*"
             r"|\b(?:cuerpos|cadáveres|restos\s+mortales|corpi|salme|corpos|ciał|zwłok|lichamen|stoffelijke\s+overschotten|ceset\w*|cesed\w*|cenaze\w*)\b")
EXCHANGE_NOUN = _rx(r"(?:prisoner\s+|pow\s+|body\s+)?(?:exchanges?|swaps?|stages?|rounds?\s+of\s+(?:exchanges?|swaps?)|handovers?|repatriations?|transfers?|échanges?|austausch\w*|обмін\w*|обмен\w*|етап\w*)")
ORDINAL_TARGET = _rx(r"(?:such|prisoner|swap|exchange)\s+deals?\b|(?:such\s+|prisoner\s+|pow\s+|body\s+|large\s+|major\s+|all-female\s+)?(?:exchanges?|swaps?|stages?|handovers?|repatriations?|mediations?|échanges?|médiations?|mediaci(?:ón|ones)|mediazion[ei]|\w*austausch\w*|vermittlung\w*|mal\b|time\b|обмін\w*|етап\w*|обмен\w*|посередництв\w*|посредничеств\w*|canjes?|intercambios?|scambi[oi]?|trocas?|wymian\w*|\w*ruil\w*|takas\w*)")

# A sentence is about the subject only if it has one of these.
DOMAIN = _rx(
    r"prisoner|\bpows?\b|\bp\.o\.w\.|captiv|captive|exchang|swap|\bfrees\b|walked\s+free|set\s+free|\bto\s+free\b|\b(?:le\s+retour|el\s+regreso|el\s+retorno|il\s+ritorno|il\s+rientro|die\s+rückkehr)\s+(?:(?:a\s+casa|à\s+la\s+maison|au\s+pays|in\s+patria|nach\s+hause|in\s+die\s+heimat)\s+)?(?:de|des|d['’]|di|dei|degli|von|der)\b|\b(?:corpi|salme|ciała|zwłok\w*|cadáveres|corpos|restos\s+mortales)\b|(?:were|was|been|being)\s+traded\b|(?:erhielt|erhält|erhielten|bekam|bekamen|bekommt|holte|holten)\s+(?:\S+\s+){0,4}?zurück|(?:traded|recovered)\s+(?:\S+\s+){0,3}?(?:soldiers|servicemen|troops|detainees|people|citizens|defenders)|releas|freed|freeing|returned|return|handed|languish|detention|repatriad|carceri|cárcel|\bprisiones\b|\bprigioni\b|cautiv|hand\s+over|transfer|repatriat|bodies|remains|corpses|servicem"
    r"|detain|held\b|holds\b|holding\b|missing\b|home\b|(?:got|get|gets|brought|came|took|takes|taken)\s+(?:\S+\s+){0,4}?back|received|welcomed\s+back|crossed\s+back\s+(?:into|to)\s+(?:ukraine|russia)|walked\s+(?:back\s+)?(?:across|over)\s+the\s+border|gefangen|austausch|ausgetauscht|heimkehr|zurückgekehrt|zurückerhalten|erhielt\b[^.;]{0,80}\bzurück\b|befreit|\bfrei\b|freigelassen|freigekommen|prisonnier|détenu|captivité|rentré|échang|libér|prisioner|intercambi|canje|liberad|prigionier|scambi|liberat|trocaram|troca\b|recuper|riportat|riavut|libertad|jeńc|jeniec|wymian|wymieni|uwolni|wróci|powróci|odzyska|niewol|(?<=\bdo\s)domu|regres|tornat|vuelt|volvi|retorn|rimpatri|ritorno|rilasciat|voltar|voltou|trocad|revenu|retrouvé|heimgekehrt|zurückgebracht|rientrat|rapatri|récupér|dépouilles|corps\s+de|kehrten|tauschten|übergab|übergeben|überstellt|leichen|leichname|entreg|cuerpos|consegn|salme|restituit|przekaza|ciał\b|zwłok|remis\b|rendu\b|remettre\b|remettra\w*|restituer\b|uitgewisseld|uitwisseling|vrijgelaten|vrijgekomen|teruggekeerd|gevangenen|gevangenenruil|overgedragen|lichamen|esir|takas|serbest\s+bırak|ceset|cenaze|полон|обмін|вдома\b|утриму|удержива|повернул|передал|передан|отримал|получил|тіла\b|тіл\b|тела\b|тел\b|останк|репатріац|репатриац|звільн|освобо|пленн|плен[аеуо]\b|обмен|поверн|поверта|додому|вернул|возвращ"
)

# What not to count: the things news numbers are most often about besides people.
NOT_PEOPLE_AFTER = _rx(
    r"(?:crew(?:\s+members?)?|escorts?|relatives|families|family\s+members|mothers|wives|parents|loved\s+ones|protesters|demonstrators|respondents|drones?|missiles?|shells?|rockets?|tanks?|aircraft|planes?|jets?|vehicles?|bus(?:es)?|coaches|vans?|minibuses|ambulances?|trucks?|lorries|cars|trains?|helicopters?|flights|households?|homes|buildings?|km|kilomet|miles?|metres?|meters?"
    r"|kilos?|kg|tons?|tonnes?|dollars?|euros?|hryvnias?|rubles?|roubles?|barrels?|views?|comments?|photos?|shares?|readers?|subscribers?"
    r"|words?|pages?|names|lists?|requests?|applications?|appeals?|letters?|cases|complaints?|calls|messages|inquiries|enquiries|queries|reports|documents|videos|routes?|phones?|bedrooms?|regions?|oblasts?|districts?|countries|nations|cities|towns|villages|articles?|points?"
    r"|children|kids|minors|sorties|strikes|attacks|gang|members\s+of\s+parliament|mps|seats|votes|cookies|min\b|minutes?|hours?"
    r"|sides|parties|delegations|governments|leaders|presidents|brigades|battalions|units|respondents"
    # ("The mission has 57 staff members": the people of the organisation, not prisoners)
    r"|staff(?:\s+members)?|staffers|employees|monitors|observers|inspectors|interviews|incidents"
    # ("12,000 civilian deaths": the adjective of people before a thing that is not)
    r"|deaths|casualties|fatalities|victims|injuries|losses|graves"
    # ("one of 26 such centres set up for returning POWs": places, not people)
    r"|cent(?:re|er)s|facilities|hospitals|clinics|camps|shelters|sites|institutions|prisons|colonies|cells|checkpoints"
    r"|days?|weeks?|months?|years?(?!\s+old)|decades?|seconds?|times\s+(?:higher|more|less)|percentage\s+points|substations?|rounds?\s+of\s+talks|talks)"
)
DURATION_AFTER = _rx(r"(?:-|\s)?(?:day|week|month|year|hour|minute|decade|min)s?\b(?!\s*-?\s*old)|(?:-|\s)?(?:tag|tage|tagen|wochen|monaten|jahren|stunden|jahre?|jours?|semaines|ans?|mois|días|dias|semanas|meses|años|giorni|settimane|mesi|anni|dni|tygodni|miesięcy|lat|днів|дні|доби|діб|днях|тижн\w*|років|місяц\w*|дней|дня|суток|недел\w*|месяц\w*|лет)\b")
AGE_BEFORE = _rx(r"\b(?:(?:aged|ages|in\s+age)\s+(?:between|from)|between\s+the\s+ages\s+of|aged(?:\s+(?:over|under|above|below|more\s+than|less\s+than|at\s+least|about|around|nearly|up\s+to))?|age\s+of|ages\s+of|ages|youngest(?:\s+\w+){0,4}?\s+(?:was|is|being)?|oldest(?:\s+\w+){0,4}?\s+(?:was|is|being)?|under(?:\s+the\s+age\s+of)?|over\s+the\s+age\s+of|older\s+than|younger\s+than|as\s+(?:young|old)\s+as|age\s+range:?|ages:|ages?\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*:|im\s+alter\s+von|âgés?\s+de|віком|ages?\s+(?:ranging|ranged|range|running|ran)\s+(?:from|between)"
                   # ("The two soldiers, aged 20 and 26": each one's age)
                   r"|aged\s+\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+and"
                   # ("the average age of the returnees was 36")
                   r"|(?:average|median|mean)\s+age\s+(?:of\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){1,3}?(?:was|is|stood\s+at)|was|is|of)(?:\s+(?:about|around|just\s+over|just\s+under))?"
                   # "Возраст освобожденных – от 19 до 56 лет", "в возрасте от 20 до 60 лет", "віком від 20 до 60 років"
                   r"|віком\s+(?:від|до)|у\s+віці\s+(?:від\s+|до\s+)?|в\s+возрасте\s+(?:от\s+|до\s+)?|возраст\w*(?:\s+[\w-]+){0,2}?\s*[-–—:]?\s*(?:от|до|свыше)?|(?<!\w)вік(?:\s+[\w-]+){0,2}?\s*[-–—:]?\s*(?:від|до)?)\s*(?:only\s+|just\s+)?$")
# ("the 18-25 age group", "the 18–25 age category": the ages that qualify)
# (Turkish "25 yaşın altındaki", "22 yaşında")
AGE_AFTER = _rx(r"^\s*(?:-|\s)?(?:years?[\s-]+old|year-old|years?\s+of\s+age|-year-olds?|jahre\s+alt|ans\b|років|рок\w*|age\s+(?:group|category|bracket|range)\b|yaş\w*)")
YOUNGEST_OLDEST = _rx(r"\b(?:youngest|oldest|jüngste|älteste|plus\s+jeune|plus\s+âgé|наймолодш|найстарш|самому\s+молодому|самому\s+младшему|самому\s+старшему|самый\s+молодой"
                      r"|más\s+joven|más\s+anciano|mayor\s+de\s+(?:ellos|los)|el\s+mayor(?=\s*,)|più\s+giovane|più\s+anziano|najmłodsz\w*|najstarsz\w*"
                      r"|mais\s+jovem|mais\s+velho|mais\s+idoso)")

# Verbs and phrases that decide the status of a figure. The nearest one to the number wins.
OFFERED = _rx(
    r"\b(?:(?:offer(?:ed|s|ing)?|propos(?:ed|es|ing)|suggest(?:ed|s|ing)?)\s+(?:to\s+)?(?:hand(?:ing)?\s+over|transferr?(?:ing)?|return(?:ing)?|releas(?:e|ing)|exchang(?:e|ing)|swap(?:ping)?|giv(?:e|ing)\s+back|free(?:ing)?)"
    r"|float(?:ed|s|ing)\s+(?:an?\s+|the\s+idea\s+of\s+(?:an?\s+)?)?(?:new\s+|possible\s+)?(?:prisoner\s+)?(?:exchange|swap)"
    r"|offer(?:ed|s|ing)?|propos(?:ed|al|es|ing)|can\s+(?:transfer|hand\s+over|return|give|release|exchange)|could\s+(?:hand\s+over|transfer|return|give|release)"
    r"|(?:ready|prepared|willing)\s+to\s+(?:hand\s+over|transfer|return|give|release|exchange|swap|consider|free|trade)|ready\s+for\s+(?:an?\s+)?|readiness\s+to|possible\s+(?:(?:new|larger|bigger|large|major|further|prisoner)\s+)?(?:exchange|swap)|potential\s+(?:(?:new|larger|bigger|large|major|further|prisoner)\s+)?(?:exchange|swap)|discuss(?:ed|es|ing)?\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+|new\s+)?(?:exchange|swap)|willing\s+to|would\s+add|pledged?|promis(?:ed|es|ing|e)\s+to\s+(?:hand\s+over|transfer|return|give\s+back|release|free|exchange|swap)|indicat\w+\s+it\s+can"
    r"|prepared\s+to\s+(?:hand|give|transfer|return|release)"
    # "talks on a larger swap involving up to 1,000 people": a swap under discussion
    r"|(?:talks|negotiations|discussions)\s+(?:on|about|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:exchange|swap)\s+(?:involving|that\s+would|which\s+would)"
    # "Talks on exchanging 500 prisoners are under way", "failed to agree on a swap of 500", "waiting for Kyiv to take back 500"
    r"|(?:talks|negotiations|discussions)\s+(?:on|about|over)\s+(?:exchanging|swapping|returning|freeing|releasing|(?:an?\s+|the\s+)?(?:exchange|swap|return|release)\s+of)\s+(?:(?:about|some|up\s+to|another|more\s+than|over)\s+)?$"
    r"|(?:failed|fail|fails|unable)\s+to\s+agree\s+on|(?:could|did)\s+not\s+agree\s+on|no\s+agreement\s+(?:on|over)"
    # "are negotiating an exchange of 500 prisoners each": a swap under discussion
    r"|negotiat(?:ing|es|e)\s+(?:an?\s+|the\s+)?(?:new\s+|possible\s+|further\s+)?(?:exchange|swap|release|return)\s+of\s+(?:(?:about|some|up\s+to|another|more\s+than|over)\s+)?$"
    r"|waiting\s+for\s+(?:kyiv|ukraine|moscow|russia|the\s+other\s+side|the\s+ukrainian\s+side|the\s+russian\s+side)\s+to\s+(?:take\s+back|accept|receive|collect)"
    # "even if Russia had promised 150": what was promised, right before the count
    r"|promised\s+(?:(?:about|some|up\s+to|another|a\s+further)\s+)?$"
    r"|(?:wants?|wanted|wanting|hopes?|hoped|hoping|intends?|intended|intending)\s+to\s+(?:swap|exchange|trade|hand\s+over|transfer|give\s+back)|angeboten|bereit(?!s)|proposé"
    # "prête à remettre", "dispuesta a entregar", "pronta a consegnare", "готова передати", "gotowa przekazać"
    r"|prêt(?:e|s|es)?\s+à|dispos[ée](?:e|s|es)?\s+à|propose\s+de|dispuest[oa]s?\s+a|list[oa]s?\s+para|pront[oa]\s+a|disponibile\s+a|готов\w*|gotow\w*"
    # "Russland bot an, 500 Gefangene zu übergeben", "Moscú ofreció entregar 500", "ha offerto di consegnare", "zaproponowała"
    r"|\bbot(?:en)?\s+(?:\w+\s+){0,3}?an\b|\bwill\s+(?:russland|moskau|die\s+ukraine|kiew|kyjiw)\b|\b(?:russland|moskau|kiew|kyjiw)\s+will\b|\bbietet\s+(?:\w+\s+){0,3}?an\b|angeboten|angekündigt|(?:übergeben|freilassen|zurückgeben|austauschen)\s+zu\s+wollen|ofreci[óe]|ofrece|propuso|offerto|propost[oa]|propôs|propuseram|ofereceu|ofereceram|zaproponował\w*|zaoferował\w*|предложил\w*|запропонува\w*"
    r"|(?:request(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for|call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|sought|seek(?:s|ing)?)\s+(?:an?\s+|the\s+)?(?:exchange|swap)\s+of)"
)
AGREED = _rx(
    r"\b(?:agree(?:ing|d|s|ment|ments)?|deal|accord\b|commit(?:ted|ment)?\s+to|settled\s+on|signed\s+off\s+on|would\s+(?:exchange|swap|free|release|be\s+exchanged|return)|will\s+(?:exchange|swap|free|release|be\s+(?:exchanged|released|freed))"
    r"|(?:would|will)\s+(?:also\s+|unilaterally\s+|soon\s+)?(?:hand\s+(?:over|back)|give\s+back|transfer|return)|take\s+place"
    # "Moscow accepted Kyiv's proposal to swap 500 prisoners": an offer taken up is agreed
    r"|accept(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:proposal|offer|plan|request)\s+(?:to|for|of)\s+(?:(?:swap|exchange|hand\s+over|release|free|return|trade)(?:ping|ing)?\s+|an?\s+(?:exchange|swap)\s+of\s+|the\s+(?:exchange|swap|release|return)\s+of\s+)?(?:(?:about|some|up\s+to|another)\s+)?$"
    # what a deal provides for: "O acordo prevê a troca de mil", "l'accord prévoit", "l'accordo prevede", "el acuerdo prevé"
    r"|prevê|prevé|prevede|prévoit|prevén|preveem|передбачає|предусматривает|provides\s+for"
    # "The two sides may exchange as many as 175 prisoners each next week"
    # ("may" and "might" already start other alternatives here: this one costs the finder no new place to stop)
    r"|(?:may|might)\s+(?:soon\s+|also\s+|still\s+)?(?:exchange|swap|trade|free|release|hand\s+over|return)\b"
    r"|(?:is|are|was|were)\s+to\s+(?:free|release|exchange|swap|return)|due\s+to\s+be|expects?|format|plan(?:s|ned)?\s+(?:to|for)|preparing\s+to|set\s+to|scheduled|to\s+be\s+(?:exchanged|released|freed|swapped|returned|handed\s+over|repatriated|transferred)|provid(?:ed|es|ing)\s+for|envisag(?:ed|es|ing)|pact(?:aron|ó|ado|an)|einigten\s+sich|einigen\s+sich|geeinigt|планується|планируется|заплановано|запланирован\w*|очікується|ожидается|se\s+prevé|está\s+previst[oa]|están\s+previst[oa]s|è\s+previst[oa]|est\s+prévue?|ist\s+geplant"
    r"|would\s+be|(?:could|may|might|can|should|must)\s+be\s+(?:exchanged|released|freed|swapped|returned|handed\s+over|repatriated|transferred|back|home)|(?:will|would)\s+be\s+(?:back|home)|vereinbar\w*|verständigt\w*|verständigen|convenu|engag(?:é|ée|és|ées|ent|eait|eaient)\s+à|comprometi(?:ó|eron|do|dos)\s+a|impegnat[oie]\s+a|verpflichte\w*|doivent\s+être|devraient\s+être|doit\s+être|pourraient\s+être|pourrait\s+être|vont\s+être|va\s+être|seront|sollen|домовил\w*|договорил\w*|мають\s+бути|должны\s+быть"
    # intentions and agreements in the other languages: "wollen je 1.000 Gefangene austauschen", "acordaron canjear mil"
    r"|wollen|wollten|planen|planten|acordaron|acordado|acuerdo|concordato|uzgodni\w*|porozumieni\w*|обменяются|обміняються"
    # ("concordaram em trocar 1.000", "zijn overeengekomen elk 1000 gevangenen te ruilen")
    r"|concordaram|concordou|acordaram|acordou|overeengekomen|afgesproken"
    # ("планують обміняти 500", "планируется обменять 500")
    r"|план(?:ують|ує|ується|ували|ирует|ируют|ируется|ировали)|заплановано|запланований|запланирован\w*"
    # Turkish: "takas edilmesi konusunda anlaşmıştı" (had agreed on the exchange of)
    r"|anlaş\w*|mutabakat\w*"
    # "по формуле 1000 на 1000", "за формулою", "selon la formule", "según la fórmula": the formula is the deal's
    r"|формул\w*|formule|fórmula|formel"
    # the future and "is to" in Spanish, Italian, Portuguese and Polish: "cada bando liberará a 1.000", "saranno scambiati 1.000",
    # "serão trocados", "każda ze stron ma wymienić 1000"
    # (an auxiliary holds its participle: "saranno scambiati" is not the completed "scambiati")
    r"|liberará[n]?|intercambiará[n]?|canjeará[n]?|entregará[n]?|(?:serán|deberán|saranno|verranno|dovranno|serão|zostaną)(?:\s+\w+)?|(?<=\bma\s)zostać(?:\s+\w+)?|(?<=\bmają\s)zostać(?:\s+\w+)?"
    # (Polish "ma wymienić" is found at its verb: a pattern that starts at "ma" is tried at every "ma" of a text)
    r"|van\s+a|libereranno|libererà|scambieranno|trocarão|libertarão|vão|(?<=\bma\s)(?:wymienić|uwolnić|przekazać)|(?<=\bmają\s)(?:wymienić|uwolnić|przekazać)|wymienią|uwolnią|przekażą"
    # ("В ближайшие дни будут обменены по 1000", "мають повернутися ще 610": the future in Russian and Ukrainian)
    r"|(?:будут|будет|будуть|буде)(?:\s+\w+)?|мають\s+(?:\w+\s+)?(?:повернутися|повернути|обміняти|звільнити|передати)|должны\s+(?:\w+\s+)?(?:вернуться|обменять|освободить|передать)|обменяют|освободят|передадут|вернут|обміняють|звільнять|передадуть|повернуть|передаст|вернет|вернёт|освободит|обменяет|передасть|поверне|звільнить|обміняє)"
)
PLANNED = _rx(r"\b(?:план(?:ують|ує|ується|ирует|ируют|ируется)|заплановано|запланований|запланирован\w*|will\s+take\s+place|to\s+be\s+(?:freed|released|exchanged|swapped|returned|handed\s+over|repatriated)(?:\s+(?:by|on|in|next|this|within|before)\b|\s*$)|previst[oa]s?|prevue?s?|prévue?s?|devrai(?:t|ent)|dovrebber?o|se\s+espera|liberará[n]?|intercambiará[n]?|canjeará[n]?|serán|saranno|verranno|scambieranno|serão|trocarão|(?<=\bma\s)(?:wymienić|uwolnić|przekazać|zostać)|(?<=\bmają\s)(?:wymienić|uwolnić|przekazać|zostać)|(?<=\bmiała\s)(?:wymienić|uwolnić|przekazać|zostać)|(?<=\bmiał\s)(?:wymienić|uwolnić|przekazać|zostać)|(?<=\bmiały\s)(?:wymienić|uwolnić|przekazać|zostać)|zostaną|wymienią|due\s+to\s+(?:be|continue|resume|reach|take\s+place|go\s+ahead|begin|start|involve|include|happen|end|finish|conclude|swap|exchange|free|release|return|hand\s+over|receive)|(?:could|may|might|should)\s+be\s+(?:exchanged|released|freed|swapped|returned|handed\s+over|repatriated|transferred|back|home)|(?:should|must|will|would|is\s+to|are\s+to)\s+be\s+(?:completed|finished|carried\s+out|conducted|held)|in\s+the\s+(?:coming|next)\s+(?:days?|weeks?|months?)|next\s+(?:week|month)|preparing\s+to|will|set\s+to|scheduled|planned\s+for|expected\s+to|(?:is|are|was|were)\s+expected\s+(?:on|in|by|next|later|this|over)|still\s+(?:due|to\s+be)|remaining|upcoming|next\s+stage|plans?\s+to|are\s+to\s+be|doivent\s+être|devraient\s+être|pourraient\s+être|pourrait\s+être|vont\s+être|va\s+être|seront|sollen|мають\s+бути|должны\s+быть|(?:будут|будет|будуть|буде)(?:\s+\w+)?|мають\s+(?:\w+\s+)?(?:повернутися|повернути|обміняти|звільнити|передати)|должны\s+(?:\w+\s+)?(?:вернуться|обменять|освободить|передать)|обменяют|освободят|передадут|вернут|обміняють|звільнять|передадуть|повернуть|передаст|вернет|вернёт|освободит|обменяет|передасть|поверне|звільнить|обміняє|очікується|ожидается)\b")
COMPLETED = _rx(
    # ("удалось вернуть", "вдалося повернути": managed to bring back, done; the infinitive alone is a term still to come)
    r"\b(?:(?:удалось|вдалося)\s+(?:вернуть|освободить|обменять|повернути|звільнити|обміняти)"
    r"|(?:провели(?:\s+\w+)?|состоялся|відбувся)\s+(?:обмен|обмін)|teruggekregen|vrijgelaten|uitgewisseld|geri\s+aldı|serbest\s+bırakıl\w*|takas\s+etti\w*|exchanged|swapped|traded|returned|freed|released|walked\s+free|set\s+free|(?<=\bare\s)(?:exchanging|swapping)|(?<=\bis\s)(?:exchanging|swapping)|(?<=\bwere\s)(?:exchanging|swapping)|(?<=\bwas\s)(?:exchanging|swapping)|arrived|came\s+(?:home|back)|come\s+home|coming\s+home|brought\s+(?:back|home)|got\s+back|handed\s+(?:over|back)?|handing\s+over"
    r"|received|receives|repatriated|(?:took|taken)\s+back|welcomed\s+(?:\w+\s+)?(?:back|home)|crossed\s+back\s+(?:into|to)|walked\s+(?:back\s+)?(?:across|over)\s+the\s+border|went|go(?:ing)?\s+the\s+other\s+way|were\s+among|comprised|made\s+up\s+of|included|including|was\s+carried|carried\s+out|took\s+place"
    r"|return(?:s|ing)?\s+(?:home|to)|gets?|got|frees|releases|brings|swap\s+of|exchange\s+of|transfers?\s+of|handovers?\s+of|repatriations?\s+of|rescued|recovered|recovers|repatriated|repatriates"
    r"|übergeben|übergaben|übergab|überstellt\w*|heimgekehrt|befreit|zurückgeholt|zurückgebracht|erhielt|erhalten|bekam|ausgetauscht|freigelassen|freigekommen|zurückgekehrt|(?:zurück|heim)?kehrten|(?:zurück|heim)?kehrte|tauschten|kamen|ließ(?:en)?|lässt"
    r"|libérés?|rentré(?:e?s)?|libérant|ont\s+retrouvé|échangé|(?:a|ont)\s+récupéré|récupéré(?:e?s)?|rapatrié(?:e?s)?|(?:a|ont)\s+reçu|rapatriés?|remis|повернул\w*|повернут\w*|повернен\w*|поверта\w*|возвраща\w*|звільнен\w*|обміняли|обменял\w*|вернул\w*|освобожден\w*|возвращен\w*|передан\w*|передал\w*|отримал\w*|получил\w*"
    r"|intercambiaron|canjearon|canjead[oa]s|intercambiad[oa]s|canjeó|intercambió|liberad[oa]s|repatriad[oa]s|regresaron|volvieron|scambiat[oie]|liberati|rientrati|tornati|trocaram|libertados|regressaram"
    # ("han vuelto a casa", "han retornado", "sono stati rimpatriati", "hanno fatto ritorno", "voltaram para casa", "foram trocados",
    # "sont revenus")
    r"|vuelto|volvió|retornad[oa]s?|retornaron|retornaram|rimpatriat[oaie]|fatto\s+ritorno|voltaram|voltou|trocad[oa]s|revenus?|revenues?"
    r"|recuper(?:a|ó|aron|ado|ou|aram)|recib(?:ió|ieron)|riportat[oi]|riavut[oi]|ricevut[oi]|recuperat[oi]|rece(?:beu|beram)"
    r"|liber(?:ó|aron)|entreg(?:ó|aron)|liberat[oaie]|rilasciat[oaie]|consegnat[oaie]|libert(?:ou|aram)|entreg(?:ou|aram)"
    r"|wymienił\w*|wymieniono|wymienion\w*|uwolnion\w*|uwolniono|uwolnił\w*|uwolnil\w*|zwolnił\w*|zwolnil\w*|zwolnion\w*|wypuścił\w*|wypuścil\w*|wypuszczon\w*|wrócił\w*|wróciło|wrócil\w*|wróciły|powrócił\w*|powrócil\w*|przekazał\w*|przekazan\w*|otrzymał\w*|odzyskał\w*|sprowadził\w*"
    r"|uitgewisseld|vrijgelaten|vrijgekomen|teruggekeerd|overgedragen|ruilden|wisselden|takas\s+(?:etti|ettiler|edildi)|serbest\s+bırak\w*|teslim\s+(?:etti|edildi)|döndü)"
)
STILL_HELD = _rx(
    # ("are officially listed as prisoners of war", "Russia has acknowledged holding only 1,500")
    r"\b(?:(?:are|is|were|was)\s+(?:officially\s+)?(?:listed|registered|recorded|confirmed)\s+as\s+(?:prisoners|pows?|captives|held|missing)|(?:acknowledg|admitt?|confirm)\w*\s+(?:to\s+)?holding|still\s+holds?|(?:is|are|was|were)\s+(?:still\s+)?holding|(?:has|have|had)\s+been\s+holding|(?:are|is|remain|remains|remained|were)\s+(?:currently\s+|still\s+|now\s+)?in\s+(?:russian|ukrainian)\s+(?:prisons?|jails?|captivity|custody)|(?:to\s+be|of|by)\s+holding|(?:it|they|russia|ukraine|kyiv|moscow)\s+(?:still\s+|currently\s+|now\s+)?holds?|(?:believed|thought|said|estimated|reported|understood|known)\s+to\s+(?:still\s+|currently\s+)?hold\b|\b(?:it|they|russia|ukraine|kyiv|moscow)\s+(?:still\s+|then\s+)?held\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+|up\s+to\s+)?$|still\s+(?:being\s+)?held|remain(?:s|ing)?\s+(?:in\s+)?(?:captivity|held|in\s+russian)|(?:remain|remains|remaining|are|is|still)\s+(?:still\s+)?in\s+(?:rebel|separatist|enemy|russian|ukrainian)\s+(?:hands|custody)|(?:remain|remains|remaining|are|is|still)\s+(?:still\s+)?in\s+the\s+hands\s+of\b|are\s+(?:still\s+)?(?:being\s+)?held|(?:were|was)\s+(?:still\s+)?being\s+held|(?:were|was)\s+held\s+(?:there|at\s+the\s+(?:camp|prison|colony)|in\s+(?:the\s+)?(?:camp|prison|colony|olenivka|taganrog))\b|still\s+in\s+(?:russian\s+)?captivity|(?:believed|thought|said|reported|known|estimated)\s+to\s+be\s+(?:still\s+)?(?:held|in\s+(?:russian\s+|ukrainian\s+)?(?:captivity|detention|custody|prisons?|jails?))|held\s+(?:captive|prisoner|hostage)"
    # "There are still 8,000 Ukrainians in Russian captivity", "Russia is keeping 8,000", "8,000 languish in Russian jails"
    r"|\bthere\s+(?:are\s+still|were\s+still|still\s+are|(?:still\s+)?remain)\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+|up\s+to\s+)?$"
    r"|(?:is|are)\s+(?:still\s+)?keeping|\bkeeps\b|languish\w*|(?:are|is|were|was)\s+(?:still\s+)?waiting\s+to\s+be\s+(?:exchanged|swapped|returned|freed|released)"
    r"|(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|urg(?:ed|es|ing)|press(?:ed|es|ing)?\s+for)\s+(?:the\s+)?(?:release|return)\s+of"
    r"|\b(?:sind|seien|befinden\s+sich|bleiben|verbleiben)\s+(?:noch\s+immer|immer\s+noch|noch|weiterhin|nach\s+wie\s+vor)\s+(?:(?:rund|etwa|mehr\s+als|über|fast|knapp|mindestens)\s+)?$"
    r"|\b(?:przebywa|przebywają|pozostaje|pozostają)\s+(?:wciąż\s+|nadal\s+|jeszcze\s+)?|\b(?:wciąż|nadal)\s+(?:przebywa|przebywają|pozostaje|pozostają)\b"
    r"|\b(?:siguen|permanecen|continúan)\s+(?:en\s+(?:el\s+)?cautiverio|detenidos|presos|prisioneros|en\s+manos)|\b(?:sono|restano|rimangono)\s+(?:ancora\s+)?(?:prigionieri|detenuti|in\s+prigionia|nelle\s+mani|nelle\s+carceri|nelle\s+prigioni)"
    # "Rusia aún retiene a unos 8.000 ucranianos", "la Russia detiene ancora", "la Russie détient encore"
    r"|\b(?:aún\s+|todavía\s+|ancora\s+|ainda\s+)?(?:retiene|retienen|mantiene\s+cautivos|detiene|detengono|détient|détiennent|retém|mantém)\s+(?:aún\s+|todavía\s+|ancora\s+|encore\s+|toujours\s+|ainda\s+)?(?:a\s+)?(?:(?:unos|unas|alrededor\s+de|más\s+de|circa|oltre|environ|plus\s+de|cerca\s+de|mais\s+de)\s+)?$"
    r"|\b(?:siguen|permanecen|están)\s+(?:todavía\s+|aún\s+)?en\s+(?:cárceles|prisiones)|\b(?:sont|restent|demeurent)\s+(?:toujours\s+|encore\s+)?(?:dans\s+les\s+prisons|détenus|emprisonnés|en\s+captivité)"
    r"|\b(?:are|is|were|remain|remains)\s+still\s+there\b|\bstill\s+remain\s+there\b|\bremain(?:s|ed)?\s+on\s+(?:the\s+)?(?:\w+\s+)?lists?\b"
    # a side's demand ("the rebels had asked for 87", "Ukraine has asked Russia to release 500 civilians"): people wanted, not handed over
    r"|\b(?:asked|asks|asking|urged|urges|urging|called\s+on|calls\s+on|pressed|presses|pressing)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:release|free|return|hand\s+over|let\s+go)\s+(?:(?:about|some|around|more\s+than|over|nearly|all)\s+)?$"
    r"|\b(?:asked|asking|asks)\s+for\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|up\s+to\s+)?$"
    # ("Russia had initially demanded 200 people in return for the Azov commanders")
    r"|\b(?:demanded|demanding|demands|demand)\s+(?:(?:that\s+)?(?:kyiv|ukraine|moscow|russia)\s+(?:return|release|hand\s+over|free)\s+)?(?:about\s+|some\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|up\s+to\s+|all\s+)?$"
    r"|\b(?:russia|moscow|ukraine|kyiv)\s+(?:still\s+)?(?:has|have|had)\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?$"
    # "where Ukrainian troops hold some 600 Russian servicemen"
    r"|\b(?:troops|forces|army|military)\s+(?:still\s+|now\s+)?(?:hold|holds|are\s+holding|have\s+been\s+holding|captured\s+and\s+hold)\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?$"
    r"|(?<!listed\sas\s)(?<!considered\s)(?<!reported\s)(?<!declared\s)(?<!officially\s)missing|(?:are|is|remain|remains)\s+(?:still\s+)?(?:officially\s+)?(?:listed|registered|considered|reported)\s+(?:as\s+)?missing|aboard|on\s+board|an\s+bord|à\s+bord|a\s+bordo|na\s+pokładzie|на\s+борту|на\s+борті|\b(?:captured|taken\s+(?:prisoner|captive)|detained|surrendered)\b[^.;]{0,50}?\b(?:along\s+with|together\s+with|alongside|with)\s+(?:about\s+|some\s+|roughly\s+|around\s+|more\s+than\s+|nearly\s+)?$|\b(?:block(?:s|ed|ing)?|obstruct(?:s|ed|ing)?|prevent(?:s|ed|ing)?|delay(?:s|ed|ing)?|stall(?:s|ed|ing)?)\s+(?:the\s+)?(?:return|release|exchange|repatriation)\s+of\s+(?:about\s+|some\s+|roughly\s+|around\s+|more\s+than\s+|nearly\s+)?$|\b(?:applied|asked|want(?:s|ed)?|wish(?:es|ed)?|volunteered|registered)\s+to\s+be\s+(?:exchanged|swapped|returned|sent\s+back)\b|\bwho\s+(?:(?:do|did|does)\s+not\s+|don['’]t\s+|didn['’]t\s+)?(?:want|wanted|wish|wished|refuse|refused|chose|choose|asked|ask)\s+(?:not\s+)?to\s+(?:stay|remain|return|go\s+back|be\s+(?:exchanged|swapped|returned))\b|\brefus(?:ed|es|ing)\s+to\s+(?:include|release|return|free|exchange|swap|hand\s+over|take\s+back|accept|receive)\s+(?:the\s+)?(?:about\s+|some\s+|more\s+than\s+)?$|(?:plane|aircraft|jet|il-76)\b[^;:]{0,60}?\b(?:carrying|transporting|flying)|(?:plane|aircraft|jet|il-76)\b[^:]{0,60}?\b(?:it|which)\s+(?:was|had\s+been)\s+(?:carrying|transporting)|being\s+(?:flown|taken|transported|driven|brought)\s+to\s+(?:an?|the)\s+(?:planned\s+)?(?:exchange|swap)|available\s+for\s+(?:an?\s+)?(?:exchange|swap)|exchange\s+fund|\blists?\s+(?:of|containing|with)\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$|\b(?:it|they|kyiv|moscow|ukraine|russia)\s+wants?\s+back\b|in\s+(?:its|their|ukrainian|russian)\s+custody|unaccounted|(?:were|was|been|being)\s+(?:illegally\s+|forcibly\s+)?(?:deported|abducted|forcibly\s+(?:transferred|displaced|taken))\b|вважаються\s+зниклими|зниклими|перебувають|залишаю?ться|утримуют?ься|утримується|утримують|утримує|удерживаю?тся|удерживает|остаю?тся|ще\s+в\s+полоні|в\s+полоні|befinden\s+sich|in\s+captivity\s+are|(?:sont|restent|seraient|demeurent)\s+(?:encore\s+|toujours\s+)?(?:détenus|retenus|en\s+captivité|prisonniers)|noch\s+(?:in\s+(?:russischer\s+|ukrainischer\s+)?gefangenschaft|festgehalten)|(?:werden|wird)\s+(?:noch\s+)?festgehalten)"
)
CUMULATIVE = _rx(
    r"\b(?:since\s+(?:the\s+(?:start|beginning|outbreak)|(?:january|february|march|april)?\s*20\d\d|(?:the\s+)?new\s+year\b|january\b(?!\s+\d)"
    # ("since 24 February 2022", "since Feb. 24, 2022", "since 24.02.2022": the day the war began)
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:feb|febr|february|mar|march|apr|april)\.?\s+20\d\d|(?:feb|febr|february|mar|march|apr|april)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+20\d\d"
    r"|\d{1,2}[./]0?[234][./]20\d\d|the\s+full-scale|russia['’]s\s+full-scale|the\s+war\s+began|the\s+invasion)"
    r"|in\s+total\s+since|so\s+far|to\s+date|altogether|as\s+of\b|over\s+the\s+(?:past|last)\s+(?:(?:[\w-]+\s+){0,4}?years|year|12\s+months|twelve\s+months)\b|станом\s+на|(?<=\bпо\s)состоянию\s+на|by\s+(?:the\s+end\s+of\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?20\d\d\b|seit\s+(?:beginn|anfang|dem\s+beginn|kriegsbeginn|(?:(?:januar|februar|märz|april)\s+)?20\d\d)|с\s+начала|від\s+початку|с\s+(?:(?:января|февраля|марта|апреля)\s+)?20\d\d\s+года|з\s+(?:(?:січня|лютого|березня|квітня)\s+)?20\d\d\s+року|depuis\s+(?:le\s+début|(?:(?:janvier|février|mars|avril)\s+)?20\d\d)|depuis(?=\s*[.;])|з\s+початку"
    r"|desde\s+(?:el\s+(?:inicio|comienzo|principio)|o\s+início|o\s+começo|(?:(?:enero|febrero|marzo|abril|janeiro|fevereiro|março)\s+(?:de\s+)?)?20\d\d)|dall['’]inizio|dal\s+(?:febbraio\s+)?20\d\d|od\s+(?:początku|(?:lutego\s+)?20\d\d)"
    # "so far": "finora sono stati liberati oltre 3.300", "hasta ahora", "jusqu'à présent", "bisher", "dotychczas"
    # (Turkish: "savaşın başından bu yana", "2022'den bu yana"; a literal start with "ş" would cost the prefilter)
    r"|bu\s+yana"
    r"|finora|fino\s+ad\s+ora|sinds\s+(?:het\s+begin|de\s+start|(?:februari\s+)?20\d\d)|tot\s+nu\s+toe|hasta\s+(?:ahora|la\s+fecha|el\s+momento)|jusqu['’]à\s+présent|à\s+ce\s+jour|bisher|bislang|dotychczas|do\s+tej\s+pory|досі|до\s+сих\s+пор"
    # this year so far: "с начала года из плена вернулись более 300", "з початку року повернулися понад 300"
    r"|(?:з|від)\s+початку\s+(?:цього\s+|поточного\s+)?року|с\s+начала\s+(?:этого\s+|текущего\s+)?года)"
)
_FREED = r"(?:freed|released|returned|brought|secured|repatriated|exchanged|swapped|traded|come|rescued|recovered|got(?:ten)?\s+back)"
# Perfect tense carries running totals ("have now been freed"); a bare pluperfect ("had been freed")
# is reported speech about one exchange unless "now", "so far" or "in total" says otherwise.
PERFECT = _rx(
    rf"\b(?:ha(?:ve|s)\s+(?:now\s+|so\s+far\s+|already\s+|in\s+total\s+|since\s+)?(?:been\s+)?{_FREED}"
    rf"|had\s+(?:now|so\s+far|in\s+total|already)\s+(?:been\s+)?{_FREED}|seien\s+damit|sind\s+damit"
    r"|ha(?:ve|s)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:managed|been\s+able)\s+to\s+(?:return|bring\s+(?:back|home)|free|release|rescue|secure))"
)
# the verbs that raise a running total to a new figure ("bringing the total to", "taking to 3,956 the number")
RAISES_VERB = r"(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing)|tak(?:es|ing)|took|push(?:es|ed|ing))"
NUMBER_TO = _rx(r"\b" + RAISES_VERB + r"\s+the\s+(?:total\s+)?(?:number|total|tally|count)\b")
TOTAL_BEFORE = _rx(r"(?:a\s+total\s+of|in\s+total,?|total\s+of|au\s+total,?|insgesamt|всього|загалом)\s*(?:about\s+|some\s+|more\s+than\s+)?$")
TOTAL_AFTER = _rx(r"^\s*(?:\w+\s+){0,3}?(?:in\s+total|in\s+all|altogether|insgesamt|au\s+total)")
PER_SIDE = _rx(
    r"\beach\b(?!\s+(?:oth|one\b|of\b|time\b|day\b|week\b|month\b|year\b))|\bapiece\b|\bper\s+side\b|\belk\b|per\s+kant\b|aan\s+beide\s+kanten|van\s+elke\s+kant|her\s+iki\s+taraf\w*|from\s+(?:each|both|either)\s+side|by\s+(?:each|both)\s+side|on\s+(?:each|both|either)\s+sides?|each\s+side|both\s+sides|"
    r"\bjeweils\b|\bpro\s+seite\b|auf\s+beiden\s+seiten|auf\s+jeder\s+seite|\bje\s+seite\b|chaque\s+camp|\bpar\s+camp\b|de\s+chaque\s+côté|des\s+deux\s+côtés|de\s+part\s+et\s+d['’]autre|chacune?\b|з\s+кожного\s+боку|з\s+обох\s+сторін|с\s+каждой\s+стороны"
    r"|^['’]ş?[ea]r\b"  # Turkish distributive: "303'er esir" is 303 each
    r"|cada\s+un[oa]\b|cada\s+uma\b|\bcada\s*(?:[,.;]|$|(?=\s+(?:na|no|nas|nos|em|en|el|la|los|las|nel|nella|durante|após|tras|este|esta|nesta|neste)\b))|de\s+cada\s+lado|de\s+cada\s+bando|de\s+ambos\s+bandos|por\s+bando|por\s+cada\s+(?:lado|parte|bando)|ciascun[oa]\b|per\s+parte\b|da\s+(?:ogni|ciascuna)\s+parte|z\s+każdej\s+strony"
)
# (not "roughly the same number": an estimate, not the count stated again for the other side)
SAME_NUMBER = _rx(r"(?<!roughly\sthe\s)(?<!about\sthe\s)(?<!around\sthe\s)(?<!nearly\sthe\s)(?<!approximately\sthe\s)(?<!much\sthe\s)"
                  r"(?:same\s+number|equal\s+number|equivalent\s+number|gleiche\s+zahl|gleiche\s+anzahl|ebenso\s+viele|genauso\s+viele|même\s+nombre|autant\s+de"
                  # ("103 Ukrainians and as many Russians"; not "as many as")
                  r"|\band\s+as\s+many\s+(?!as\b))")

UKRAINE = _rx(r"\b(?:ukrain\w*|kyiv|kiev|kiew|україн\w*|києв\w*|украин\w*)")
RUSSIA = _rx(r"\b(?:russia\w*|moscow|moskau|moscou|росі\w*|російськ\w*|москв\w*|росси\w*|kremlin)")
# foreign fighters and volunteers on Ukraine's side are counted with Ukraine's people
UKR_PEOPLE = _rx(r"^(?:\s+(?:prisoners\s+of\s+war|pows?|servicemen|soldiers|troops)\s+(?:from|of)\s+the\s+(?:ukrainian\s+(?:armed\s+forces|army)|armed\s+forces\s+of\s+ukraine)\b|\s+(?:armed\s+forces\s+of\s+ukraine|afu)\s+(?:prisoners|pows?|servicem[ae]n|soldiers)\b|(?:\s+(?:of\s+(?:its|their|our)\s+)?(?![\d.,]+\b|(?:and|or|while|whereas|but|by)\b)[\w-]+){0,3}?\s*(?:ukrainians?(?!\s+(?:captivity|custody|side|territory|prisons?)\b)(?![-‑](?:held|controlled|occupied|run)\b)\b|foreign\s+(?:fighters?|volunteers?)|\w+\s+volunteers?|ukrainian\s+(?!(?:captivity|custody|side|territory|prisons?|forces\s+captured)\b)\w+|of\s+(?:its|our)\s+(?:citizens|people|defenders)|(?<!russian\s)defenders\b(?!\s+of\s+(?:russia|the\s+russian|kursk|belgorod))|ukrainer\w*|ukrainische\w*\b(?!\s+(?:gefangenschaft|haft|gefängnis\w*|seite)\b)|ukraynal\w*|ukrainiens?|українськ\w*\b(?!\s+(?:полон(?:у|і)?\b|неволі|сторон\w*|в['’]язниц\w*))|українц\w*|obrońc(?:ów|y|ami)\b|захисник\w*(?!\s+(?:росії|россии))|украинск\w*\b(?!\s+(?:плен\w*|неволи|сторон\w*|тюрьм\w*))|украинц\w*|своїх\s+громадян|громадян\w*\s+україни|граждан\w*\s+украины|всу\b|зсу\b|ukraińsk\w*\b(?!\s+(?:niewol\w*|stron\w*|więzie\w*))|ukraińc\w*|ucrain[oi]\b|ucranian[oa]s?\b|oekraïner\w*|oekraïense\b))")
# "people from Russian captivity" are not Russians: captivity, custody and prisons name where, not whom
RUS_PEOPLE = _rx(r"^(?:\s+(?:prisoners\s+of\s+war|pows?|servicemen|soldiers|troops)\s+(?:from|of)\s+the\s+(?:russian\s+(?:armed\s+forces|army)|armed\s+forces\s+of\s+(?:russia|the\s+russian\s+federation))\b|(?:\s+(?![\d.,]+\b|(?:and|or|while|whereas|but|by)\b)[\w-]+){0,3}?\s*(?:russians?(?!\s+(?:captivity|custody|side|territory|prisons?|jails?)\b)(?![-‑](?:held|controlled|occupied|run)\b)\b|russian\s+(?!(?:captivity|custody|side|territory|prisons?|jails?|colon(?:y|ies)|forces\s+captured)\b)\w+|russen|russische\w*\b(?!\s+(?:gefangenschaft|haft|gefängnis\w*|seite)\b)|russes?|російськ\w*\b(?!\s+(?:полон\w*|неволі|тюрм\w*|в['’]язниц\w*|сторон\w*))|росіян\w*|российск\w*\b(?!\s+(?:плен\w*|неволи|тюрьм\w*|сторон\w*))|rosyjsk\w*\b(?!\s+(?:niewol\w*|stron\w*|więzie\w*))|rosjan\w*|россиян\w*|росіян\w*|граждан\w*\s+(?:россии|рф)\b|громадян\w*\s+(?:росії|рф)\b|russ[oi]\b|rusos?\b|russos\b|(?:pro-russian\s+|russian-backed\s+|moscow-backed\s+)?(?:separatists?|rebels?)\b(?!-)))")
TO_UKRAINE = _rx(r"\b(?:(?:rapatri\w+|rimpatriat\w+|repatriad\w+|repatriados|restitu\w+|renvoy\w+)\s+(?:en|in|a|vers|para)\s+(?:l['’]\s*)?(?:ukraine|ucraina|ucrania|ucrânia)|arrived\s+(?:back\s+)?in\s+(?:ukraine|kyiv)|украинской\s+стороне|українській\s+стороні|from\s+russian\s+(?:captivity|custody|prisons?)|додому|вдома|з\s+полону|aus\s+russischer\s+(?:gefangenschaft|haft)|de\s+(?:la\s+)?captivité\s+russe|з\s+російського\s+полону|из\s+российского\s+плена|do\s+domu|z\s+rosyjskiej\s+niewoli|(?:returned|returning|came|come|coming|brought|went)\s+(?:back\s+)?home|(?:to|into)\s+(?:the\s+)?(?:kyiv|ukrainian|government)-(?:controlled|held)\s+(?:territory|areas?)|home\s+to\s+ukraine|(?<!according\s)to\s+the\s+ukrainian\s+side|returned\s+to\s+ukraine|(?<!taken\s)(?<!deported\s)(?<!abducted\s)(?<!moved\s)to\s+ukraine|back\s+to\s+ukraine|to\s+(?:kyiv|kiev)\b|our\s+people|of\s+our\s+(?:warriors|defenders|heroes|soldiers|citizens)|наш\w*\s+(?:людей|захисник\w*|військов\w*|громадян\w*|геро\w*|воїн\w*)|(?:are|is)\s+(?:now\s+)?(?:back\s+)?home\b|kyiv\s+said\s+\d)")
TO_RUSSIA = _rx(r"\b(?:arrived\s+(?:back\s+)?in\s+(?:russia|moscow)|российской\s+стороне|російській\s+стороні|from\s+ukrainian\s+(?:captivity|custody|prisons?)|из\s+украинского\s+плена|з\s+українського\s+полону|z\s+ukraińskiej\s+niewoli|aus\s+ukrainischer\s+(?:gefangenschaft|haft)|de\s+(?:la\s+)?captivité\s+ukrainienne|to\s+russia|to\s+moscow\b|(?<!according\s)to\s+the\s+russian\s+side|returned\s+to\s+russia|to\s+(?:the\s+)?(?:separatists|rebels)\b|to\s+(?:the\s+)?(?:rebel|separatist|russian)-(?:held|controlled)\b|returned\s+from\s+(?:kyiv|ukrainian)-controlled|(?:handed|gave|sent)\s+(?:\w+\s+)?to\s+(?:russia|moscow)|russia\s+(?:received|got|gets|receives))")
UKR_RECEIVES = _rx(r"(?:украинская|українська)\s+сторона\s+(?:получила|приняла|отримала|прийняла|(?:заявила|сообщила|повідомила)\s+(?:о|про)\s+(?:возвращении|возвращение|повернення|поверненні))\b|\b(?:ukraine|kyiv|the\s+ukrainian\s+side)(?:['’]s)?(?:,\s+(?:which|for\s+its\s+part|in\s+turn|por\s+su\s+parte|a\s+su\s+vez|de\s+son\s+côté|dal\s+canto\s+suo|por\s+sua\s+vez|ihrerseits),?)?\s+(?:(?!(?:russia|moscow)\b)\w+\s+){0,6}?(?:received|receives|receiving|receive|got\s+back|gets\s+back|getting\s+back|get\s+back|(?:took|taken|takes|taking)\s+back|repatriates|repatriating|recovers|frees|(?:managed|able)\s+to\s+(?:return|bring\s+(?:back|home)|free|rescue)|brought\s+(?:back|home)|brings?\s+(?:back|home)|bringing\s+(?:back|home)|welcom(?:ed|es|ing)\s+(?:back|home)|returned|returns|returning|recovered|repatriated|freed|rescued|secured|won|obtained|negotiated|achieved|(?:was|were|been)\s+(?:given|handed|sent)(?:\s+back)?|liberated|retrieved|regained|greeted|got\s+out|(?:pulled|brought)\s+out\s+of\s+captivity|succeeded\s+in\s+(?:returning|freeing|bringing\s+(?:back|home))|(?:saw|celebrated|welcomed|hailed)\s+the\s+(?:return|release)\s+of|took\s+delivery\s+of)|\b(?:ukraine|kyiv)\s+(?:said|says|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:had|has)\s+(?:freed|received|brought\s+(?:back|home)|returned|secured)|\b(?:kiev|kyiv|l['’]ukraine)\s+(?:\w+\s+){0,3}?(?:a|ont)\s+(?:\w+\s+){0,2}?(?:récupéré|reçu|rapatrié)|\b(?:kiev|kyiv|l['’]ukraine)\s+(?:récupérant|récupère|recevant|reçoit|rapatrie)|(?:в\s+україну|в\s+украину|україні|украине|киеву|києву|украинской\s+стороне|українській\s+стороні)\s+(?:\w+\s+){0,2}?(?:повернули|повернуто|передали|передано|вернули|вернулись|возвратились|повернулися|повернулись|возвращен\w*|передан\w*)|(?:україна|украина|київ|киев)\s+(?:\w+\s+){0,2}?(?:повернула|повернув|вернула|вернул|отримала|получила|звільнила|освободила)|(?<!\w)вдалося\s+повернути"
    r"|\b(?:die\s+ukraine|kiew|ukraine)\s+(?:\w+\s+){0,3}?(?:erhielt|erhält|bekam|bekommt)\b|\b(?:erhielt|erhält|bekam|bekommt)\s+(?:die\s+ukraine|kiew)\s+"
    # "Ucrania recupera a 150 soldados", "Kiev ha riportato a casa 189 soldati", "a Ucrânia recebeu 175"
    r"|\b(?:ucrania|ucraina|ucrânia|kiev|kyiv)\s+(?:\w+\s+){0,2}?(?:recupera|recuperó|recuperaron|recibió|ha\s+recuperado|ha\s+recibido|ha\s+riportato(?:\s+a\s+casa)?|ha\s+riavuto|ha\s+ricevuto|ha\s+recuperato|recuperou|recebeu)\b"
    r"|\b(?:ukraina|kijów)\s+(?:\w+\s+){0,2}?(?:otrzymała|odzyskała|przyjęła|sprowadziła)\b"
    r"|(?<!\w)(?:киев|київ|украина|україна)\s+(?:\w+\s+){0,2}?(?:получил\w*|отримав|отримала)(?!\w)")

BREAKDOWN_NOUN = _rx(
    r"^(?:\s+[\w-]+){0,2}?\s+(?:officers?|privates?|sergeants?|civilians?|women|men|servicem[ae]n\s+of|national\s+guard|border|navy|naval|marines?|wounded|seriously|severely|defenders?\s+of|of\s+(?:them|those)|had\s+defended|journalists?|medics?|foreign\w*|цивільн\w*|гражданск\w*|мирн\w+\s+жител\w*|офіцер\w*|офицер\w*|жінок|жінки|женщин\w*|zivilisten|offiziere|frauen|civils|officiers|femmes|civili|ufficiali|donne|civiles|oficiales|mujeres|civis|oficiais|mulheres|cywil\w*|oficer\w*|kobiet|поранен\w*|важкопоранен\w*|раненых|тяжелоранен\w*|прикордонник\w*|пограничник\w*|нацгвардійц\w*|нацгвардейц\w*|моряк\w*|морпіх\w*)\b"
)

# Who said it. Canonical names for the actors the corpus names most; anyone else is taken as written.
CLAIMANT_ALIASES: list[tuple[re.Pattern, str]] = [
    (_rx(r"\bzelensk\w*|\bselenskyj\w*|\bzelenski\b|\bzełensk\w*|зеленськ\w*|зеленск\w*"), "Volodymyr Zelensky"),
    (_rx(r"\blubinets\b|\blubinez\b|лубінц\w*|лубінець"), "Dmytro Lubinets"),
    (_rx(r"coordination\s+(?:headquarters|staff|centre|center)|\bthe\s+headquarters\b|координаційн\w+\s+штаб\w*|коордштаб\w*|koordinierungsstab|quartier\s+général\s+de\s+coordination|cuartel\s+general\s+de\s+coordinación|quartier\s+generale\s+di\s+coordinamento|sede\s+de\s+coordenação|координационн\w+\s+штаб\w*"), "Coordination Headquarters"),
    (_rx(r"\bmedinsk\w*|\bmedinski\b|\bmedinskij\b|мединск\w*|мединськ\w*"), "Vladimir Medinsky"),
    (_rx(r"\bumerov\b|умєров\w*"), "Rustem Umerov"),
    (_rx(r"\byermak\b|\bjermak\b|єрмак\w*"), "Andriy Yermak"),
    (_rx(r"\bbudanov\b|\bbudanow\b|буданов\w*"), "Kyrylo Budanov"),
    (_rx(r"\bpeskov\b|песков\w*"), "Dmitry Peskov"),
    # other officials who speak for exchanges, by surname (in news they are named in full once, then by surname)
    (_rx(r"\bvereshchuk\b|\bwereschtschuk\b|верещук\w*"), "Iryna Vereshchuk"),
    (_rx(r"\byusov\b|юсов\w*"), "Andriy Yusov"),
    (_rx(r"\byatsenko\b|яценк\w*"), "Petro Yatsenko"),
    (_rx(r"\bkuleba\b|кулеб\w*"), "Dmytro Kuleba"),
    (_rx(r"\bsybiha\b|сибіг\w*|сибиг\w*"), "Andrii Sybiha"),
    (_rx(r"\bzakharova\b|захаров\w*"), "Maria Zakharova"),
    (_rx(r"\blavrov\b|лавров\w*"), "Sergei Lavrov"),
    (_rx(r"\bushakov\b|ушаков\w*"), "Yuri Ushakov"),
    (_rx(r"\bmiroshnik\b|мирошник\w*"), "Rodion Miroshnik"),
    (_rx(r"\bpushilin\b|пушилин\w*|пушилін\w*"), "Denis Pushilin"),
    (_rx(r"\blvova-belova\b|львов\w*-белов\w*"), "Maria Lvova-Belova"),
    (_rx(r"\berdo[gğ]an\b|ердоган\w*|эрдоган\w*"), "Recep Tayyip Erdogan"),
    (_rx(r"\b(?:the\s+)?(?:uae|emirati)\s+(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs)|foreign\s+ministry\s+in\s+abu\s+dhabi|außenministerium\w*\s+in\s+abu\s+dhabi|ministry\s+of\s+foreign\s+affairs\s+of\s+the\s+uae"
         # ("The Ministry of Foreign Affairs said ... UAE-mediated exchanges": the Emirates' ministry, as WAM's copy names it)
         r"|(?<!ukraine's\s)(?<!russia's\s)(?<!ukrainian\s)(?<!russian\s)\bministry\s+of\s+foreign\s+affairs(?=[^.;]*\b(?:uae|emirat\w*))"), "UAE foreign ministry"),
    (_rx(r"\b(?:the\s+)?(?:saudi(?:\s+arabia['’]s)?|saudi\s+arabian)\s+(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs)|\bministry\s+of\s+foreign\s+affairs\s+of\s+(?:the\s+kingdom\s+of\s+)?saudi\s+arabia"), "Saudi foreign ministry"),
    (_rx(r"\b(?:the\s+)?(?:qatar['’]s|qatari)\s+(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs)|\bministry\s+of\s+foreign\s+affairs\s+of\s+(?:the\s+state\s+of\s+)?qatar"), "Qatari foreign ministry"),
    (_rx(r"\b(?:ukraine['’]s|ukrainian)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)|\bministry\s+of\s+defen[cs]e\s+of\s+ukraine|міністерств\w*\s+оборони\s+україни|міноборони\s+україни|министерств\w*\s+обороны\s+украины|\b(?:ukraine['’]s|ukrainian)\s+mod\b"), "Ukrainian Defence Ministry"),
    # roles named without the person: who holds them changes over the years, so the role is the claimant
    (_rx(r"\b(?:ukraine['’]s|ukrainian|kyiv['’]s)\s+(?:(?:human\s+rights|parliamentary)\s+)?(?:ombudsman|ombudsperson|human\s+rights\s+commissioner|commissioner\s+for\s+human\s+rights|(?:human\s+)?rights\s+chief)|уповноважен\w*\s+(?:верховної\s+ради\s+)?(?:україни\s+)?з\s+прав\s+людини"), "Ukrainian ombudsman"),
    # ("the Ukrainian president said"; "the Ukrainian president's chief of staff" is someone else)
    (_rx(r"\b(?:ukraine['’]s|ukrainian)\s+president\b(?!['’]s)"), "Ukrainian president"),
    (_rx(r"\b(?:russia['’]s|russian)\s+president\b(?!['’]s)"), "Russian president"),
    (_rx(r"\bmoskalkova\b|москальков\w*"), "Tatyana Moskalkova"),
    (_rx(r"\b(?:russia['’]s|russian|moscow['’]s)\s+(?:(?:human\s+rights|presidential)\s+)?(?:ombudsman|ombudsperson|human\s+rights\s+commissioner|commissioner\s+for\s+human\s+rights|(?:human\s+)?rights\s+chief)"), "Russian ombudsman"),
    (_rx(r"\b(?:ukraine['’]s|ukrainian)\s+(?:defen[cs]e\s+)?(?:military\s+intelligence|intelligence\s+(?:agency|service|directorate))|\b(?:ukraine['’]s|ukrainian)\s+defen[cs]e\s+intelligence|\bmain\s+intelligence\s+directorate\b|\bdefen[cs]e\s+ministry['’]s\s+intelligence\s+directorate\b|\bhur\b|\bgur\b|\bгур\b|головн\w*\s+управлінн\w*\s+розвідки"), "Ukrainian military intelligence (HUR)"),
    # (the UK's defence intelligence updates are quoted on the war often)
    (_rx(r"\b(?:british|britain['’]s|uk)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)"), "British Defence Ministry"),
    (_rx(r"\b(?<!ukraine's\s)(?<!ukraine’s\s)(?<!ukrainian\s)(?<!british\s)(?<!uk\s)(?<!britain's\s)(?<!britain’s\s)(?:russia['’]s\s+|russian\s+)?(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)(?!\s+of\s+ukraine)|verteidigungsministerium\w*\s+in\s+moskau|minist[èe]re\s+russe\s+de\s+la\s+d[ée]fense|министерств\w*\s+обороны\s+(?:рф|россии)|ministerio\s+de\s+defensa\s+(?:ruso|de\s+rusia)|ministero\s+della\s+difesa\s+(?:russo|di\s+mosca)|minist[ée]rio\s+da\s+defesa\s+(?:russo|da\s+r[úu]ssia)|rosyjskie\s+ministerstwo\s+obrony|russische\w*\s+verteidigungsministerium|міноборони\s+росії|минобороны|\b(?:russia['’]s|russian)\s+mod\b"), "Russian Defence Ministry"),
    (_rx(r"\binterior\s+ministry|ministry\s+of\s+internal\s+affairs|мвс"), "Ukrainian Interior Ministry"),
    # ("Ukraine's military said"; its intelligence and its general staff are named above)
    (_rx(r"(?<!\bof\sthe\s)(?<!\bof\s)\b(?:ukraine['’]s|ukrainian)\s+(?:military|armed\s+forces|army)\b(?!\s+(?:intelligence|of\b|personnel|servicem[ae]n|prisoners|pows|captives|officers|units?|vehicles|equipment|losses|casualties|bases?|aircraft|plane|transport|command(?:er)?s?|leadership))"), "Ukrainian military"),
    (_rx(r"(?<!\bof\sthe\s)(?<!\bof\s)\b(?:russia['’]s|russian)\s+(?:military|armed\s+forces|army)\b(?!\s+(?:intelligence|of\b|personnel|servicem[ae]n|prisoners|pows|captives|officers|units?|vehicles|equipment|losses|casualties|bases?|aircraft|plane|transport|command(?:er)?s?|leadership))"), "Russian military"),
    # ("the General Staff said": not a person named Staff)
    (_rx(r"\b(?:russia['’]s|russian)\s+general\s+staff\b"), "Russian General Staff"),
    (_rx(r"\b(?:ukraine['’]s\s+|ukrainian\s+|the\s+)?general\s+staff\b(?:\s+of\s+(?:the\s+)?(?:ukrainian\s+)?armed\s+forces(?:\s+of\s+ukraine)?)?|генштаб\w*|генеральн\w+\s+штаб\w*"), "Ukrainian General Staff"),
    (_rx(r"\bministry\s+(?:for|of)\s+(?:the\s+)?reintegration\b|\breintegration\s+ministry\b|мінреінтеграції"), "Ukrainian Ministry for Reintegration"),
    (_rx(r"\bsecurity\s+service\s+of\s+ukraine\b|\bukraine['’]s\s+security\s+service\b|\bsbu\b|\bсбу\b"), "Security Service of Ukraine (SBU)"),
    # ("the Kremlin-backed outlet RT", "pro-Kremlin separatists" are not the Kremlin)
    (_rx(r"(?<!pro-)(?<!pro‑)\bkremlin\b(?![-‑])|кремл\w*"), "Kremlin"),
    (_rx(r"\b(?:(?:pro-(?:kremlin|moscow|russian)|russian-backed|moscow-backed|kremlin-backed)\s+)?separatist(?:s\b|\s+(?:authorities|officials|leaders?)\b)"
         r"|\b(?:(?:pro-(?:kremlin|moscow|russian)|russian-backed|moscow-backed|kremlin-backed)\s+)?rebel(?:s\b|\s+(?:authorities|officials|leaders?|commanders?)\b)"
         r"|\b(?:the\s+)?(?:self-proclaimed\s+)?(?:donetsk|luhansk|lugansk)\s+people['’]s\s+republic\b|\b(?:dpr|lpr|dnr|lnr)\b"), "Russian-backed separatists"),
    (_rx(r"\bputin\b|путін\w*|путин\w*"), "Vladimir Putin"),
    (_rx(r"\bporoshenko\b|\bporoschenko\b|порошенк\w*"), "Petro Poroshenko"),
    (_rx(r"\btass\b|тасс"), "TASS"),
    (_rx(r"\brussian\s+state\s+(?:media|television|tv|news\s+agenc(?:y|ies))\b"), "Russian state media"),
    (_rx(r"\bria(?:\s+novosti)?\b(?![-‑])"), "RIA Novosti"),
    # news outlets that report exchanges first ("according to Interfax", "Ukrainska Pravda reported")
    (_rx(r"\binterfax\b(?![-‑])"), "Interfax"),  # (not the "Interfax-Ukraine:" tag of a headline)
    (_rx(r"\bukrinform\b"), "Ukrinform"),
    (_rx(r"\bukrainska\s+pravda\b"), "Ukrainska Pravda"),
    (_rx(r"\b(?:the\s+)?kyiv\s+independent\b"), "Kyiv Independent"),
    (_rx(r"\bunian\b"), "UNIAN"),
    (_rx(r"\bmeduza\b"), "Meduza"),
    (_rx(r"\bmediazona\b"), "Mediazona"),
    (_rx(r"\bkommersant\b"), "Kommersant"),
    (_rx(r"\bsuspilne\b"), "Suspilne"),
    # ("the UN says"; the UN's bodies named in full are read as their own names)
    (_rx(r"\bunited\s+nations\b"), "United Nations"),
    (_rx(r"\binternational\s+committee\s+of\s+the\s+red\s+cross\b|\bicrc\b|\bthe\s+red\s+cross\b|\bмкчх\b|\bмккк\b|\bcicr\b|\bikrk\b"),
     "International Committee of the Red Cross"),
    (_rx(r"\bunited\s+arab\s+emirates\b|\bthe\s+emirates\b|\bthe\s+uae\b|\bemirate\w*"), "United Arab Emirates"),
    # ("Ukrainian and Russian officials said": both sides' officials, neither side's alone - no claimant, as "officials on both sides")
    (_rx(r"(?<!russian\sand\s)\bukrainian\s+(?:officials?|authorities)\b|\b(?:officials|authorities)\s+in\s+(?:kyiv|kiev)\b|\b(?:kyiv|kiev)\s+(?:officials|authorities)\b"), "Ukrainian officials"),
    (_rx(r"(?<!ukrainian\sand\s)\brussian\s+(?:officials?|authorities)\b|\b(?:officials|authorities)\s+in\s+moscow\b|\bmoscow\s+(?:officials|authorities)\b"), "Russian officials"),
    (_rx(r"\b(?:ukraine['’]s|ukrainian)\s+(?:government|presidential\s+office|president['’]s\s+office)|\bthe\s+president['’]s\s+office\b|\b(?<!russian\s)(?<!russia's\s)(?<!russia’s\s)(?<!\bof\sthe\s)(?<!\bof\s)presidential\s+office\b|\boffice\s+of\s+the\s+president\s+of\s+ukraine\b|\bzelensk[iy]y?['’]s\s+office\b"
         r"|(?<!\bin\s)(?<!\bof\s)\b(?:kyiv|ukraine)(?:,\s+(?:for\s+its\s+part|in\s+turn|meanwhile|however|in\s+return),)?\s+(?:had\s+|has\s+)?(?:also\s+|later\s+|earlier\s+)?(?:said|says|saying|claimed|claims|claiming|put|gave|reported|spoke\s+of|speaks\s+of)|\b(?:kyiv|ukraine),\s+which\s+(?:also\s+)?(?:said|says|reported|claimed)|\bkiew\s+(?:sprach|meldete|erklärte)|\bnach\s+(?:ukrainischen|kiewer)\s+angaben|\bukrainian\s+side\b|\bкиїв\b"), "Ukrainian government"),
    (_rx(r"\bmoscow\s+would|\bmoskau\s+(?:von|sagte|behauptete|sprach|meldete|erklärte)|\bnach\s+(?:russischen|moskauer)\s+angaben|\bmoskau\b\s+behauptete|\brussian\s+side\b|(?<!\bin\s)(?<!\bof\s)\b(?:russia|moscow)(?:,\s+(?:for\s+its\s+part|in\s+turn|meanwhile|however|in\s+return),)?\s+(?:had\s+|has\s+)?(?:also\s+|later\s+|earlier\s+)?(?:said|says|saying|claimed|claims|claiming|put|gave|reported|spoke\s+of|speaks\s+of)|\b(?:russia|moscow),\s+which\s+(?:also\s+)?(?:said|says|reported|claimed)"), "Russian government"),
]
PERSON_CLAIMANTS = frozenset({"Volodymyr Zelensky", "Dmytro Lubinets", "Vladimir Medinsky", "Rustem Umerov", "Andriy Yermak",
                              "Kyrylo Budanov", "Dmitry Peskov", "Vladimir Putin", "Tatyana Moskalkova", "Ukrainian ombudsman", "Russian ombudsman",
                              "Iryna Vereshchuk", "Andriy Yusov", "Petro Yatsenko", "Dmytro Kuleba", "Andrii Sybiha", "Maria Zakharova",
                              "Sergei Lavrov", "Yuri Ushakov", "Rodion Miroshnik", "Denis Pushilin", "Maria Lvova-Belova", "Recep Tayyip Erdogan",
                              "Ukrainian president", "Russian president", "Petro Poroshenko"})
# whose officials they are: a count of people coming back that one of them states with no nation is their side's
CLAIMANT_SIDE = {
    **dict.fromkeys(("Volodymyr Zelensky", "Dmytro Lubinets", "Coordination Headquarters", "Rustem Umerov", "Andriy Yermak", "Kyrylo Budanov",
                     "Ukrainian Defence Ministry", "Ukrainian ombudsman", "Ukrainian military intelligence (HUR)", "Ukrainian Interior Ministry",
                     "Ukrainian Ministry for Reintegration", "Security Service of Ukraine (SBU)", "Ukrainian officials", "Ukrainian government",
                     "Ukrainian General Staff", "Ukrainian military",
                     "Iryna Vereshchuk", "Andriy Yusov", "Petro Yatsenko", "Dmytro Kuleba", "Andrii Sybiha", "Ukrainian president",
                     "Petro Poroshenko"), "ukraine"),
    **dict.fromkeys(("Vladimir Medinsky", "Dmitry Peskov", "Tatyana Moskalkova", "Russian ombudsman", "Russian Defence Ministry", "Kremlin",
                     "Russian-backed separatists", "Russian General Staff", "Russian military",
                     "Vladimir Putin", "Russian officials", "Russian government", "Maria Zakharova", "Sergei Lavrov", "Yuri Ushakov",
                     "Rodion Miroshnik", "Denis Pushilin", "Maria Lvova-Belova", "Russian president"), "russia"),
}
ROLE_CLAIMANTS = frozenset({"Ukrainian ombudsman", "Russian ombudsman", "Ukrainian military intelligence (HUR)", "Ukrainian president", "Russian president"})
_SPEECH_WORDS = (
    r"said|says|say|saying|told|wrote|writes|announced|announces|reported|reports|confirmed|confirms|claimed|claims|stated|states|added|noted|according\s+to"
    r"|posted|tweeted|declared|specified|angaben"
    r"|put\s+the|gave\s+the|put\s+(?:its|their)|gave\s+(?:its|their|a\s+figure)|puts\s+(?:the|its|their)|estimated|estimates|sprach|sagte|teilte|mitteilte|behauptete|erklärte|bestätigte|schrieb|meldete|berichtete|a\s+déclaré|a\s+annoncé|ont\s+annoncé|selon|a\s+indiqué"
    r"|заявив|заявила|заявили|повідомив|повідомила|повідомили|повідомило|за\s+словами|за\s+даними|зазначив|зазначила|зазначили|наголосив|наголосила|уточнив|уточнила|сказав|сообщил|сообщила|сообщило|сообщили|сообщал|сообщала|сообщали|заявлял|заявляла|повідомляв|повідомляла|повідомляли|заявил|заявила|заявило|заявили|сказал|сказала|сказали|по\s+словам|по\s+данным|отметил|отметила|отметили|подчеркнул|подчеркнула|уточнил|уточнила|statement|account|summary|post|informó|anunció|afirmó|dijo|anunciou|afirmou|declarou|confirmou|indicou|según|ha\s+annunciato|ha\s+detto|ha\s+affermato|reso\s+noto|ha\s+comunicato|ha\s+riferito|comunicó|confirmó|divulgada|informou|disse|poinformował|poinformowała|poinformowało|przekazało,?\s+że|przekazał,?\s+że|przekazała,?\s+że|przekazały,?\s+że|podał|podała|podało|według"
)
SPEECH = _rx(r"\b(?:" + _SPEECH_WORDS + r")\b")
# the first word of every alternative: a sentence without any of them cannot match SPEECH
SPEECH_FIRST_WORDS = frozenset(re.match(r"[^\W\d_]+", alt).group(0).lower() for alt in _SPEECH_WORDS.split("|"))
PRONOUN_SPEECH = _rx(r"\b(?:it|he|she|they|the\s+ministry|the\s+headquarters|the\s+office|the\s+statement|the\s+ombudsman|the\s+president)\s+(?:said|says|added|wrote|noted|reported|stated|confirmed|claimed|estimated|estimates|told|explained|stressed|insisted)\b|^\s*(?:he|she|it|they)\b")
# a person ("Andriy Yermak said") or a body named in full ("the UN Human Rights Monitoring Mission said")
# ("the Institute of Mass Information said": the whole name, not "Mass Information")
# the speech verb first: '"This is only a small step," said Iryna Gerashchenko' (two to four capitalised words)
GENERIC_PERSON_AFTER_SPEECH = re.compile(r"\b(?:said|says|told|wrote|added|stated|noted)\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){1,3})\b(?!['’]s)")
# a name with an appositive before the speech verb: "Iryna Gerashchenko, a Ukrainian lawmaker who leads talks on humanitarian issues, said"
GENERIC_PERSON_APPOSITIVE = re.compile(r"(?:^|[\s(])((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:a|an|the|who|Ukraine['’]s|Russia['’]s)\s+[^,;:\"“”]{3,100},\s+(?:said|says|told|wrote|added|stated|noted)\b")
# ("the UN Human Rights Monitoring Mission in Ukraine said": a body's name ends with where it works)
GENERIC_PERSON = re.compile(r"\b((?!(?:The|A|An)\s)(?:[A-Z][a-z]+|[A-Z]{2,5})(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][a-z]+){1,5}"
                            r"(?:(?:" + "|".join(rf"(?<={w})" for w in ("Mission", "Office", "Commission", "Committee", "Council", "Embassy"))
                            + r")\s+in\s+[A-Z][a-z]+)?)\s+(?:said|says|told|wrote|announced|stated|added|claimed|reported)\b")
