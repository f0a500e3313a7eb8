-- One row per real-world exchange or body handover, merged across articles.
-- An event is keyed by category and by the days it covers (a single day, or a range such as 23–25 May).
-- "best" per side: the claim (see exchange_claims) made by the most articles; ties go to the larger
-- count. low/high keep the spread of the claims.
with figures as (
    select * from figures
),

articles as (
    -- where the returned servicemen are taken first, when an article says so ("transferred to Belarus"):
    -- found when the article is extracted (see pipeline/extract/article_facts.py)
    select a.article_id, a.outlet, f.transit_country
    from articles a
    left join article_facts f using (article_id)
),

dated_figures as (
    select
        *,
        case when kind = 'bodies' then 'bodies' else 'prisoners' end as category,
        coalesce(event_date_from, event_date) as date_from
    from figures
    where event_date is not null
      and coalesce(event_date_precision, 'day') = 'day'  -- "in August": a month, not a day an exchange can be merged on
      and status = 'completed'
      and kind in ('exchanged', 'bodies')
      and since_date is null  -- a running total of bodies ("since 2022, 9,000 have been repatriated") dates no handover
),

handovers_a_day as (
    -- "Three more transfers of 1,200 bodies each followed between Friday and Sunday": as many handovers as days,
    -- so one a day, each its own event (the same test as in exchange_claims)
    select f.figure_id, f.article_id, f.category, f.date_from, f.event_date
    from dated_figures f
    join figures c on c.article_id = f.article_id and c.sentence_start = f.sentence_start and c.kind = 'exchange_count'
    where f.date_from < f.event_date
      and c.value = date_diff('day', f.date_from, f.event_date) + 1
      and regexp_matches(substr(f.sentence, f.char_end - f.sentence_start + 1, 40), '^\s+(\w+\s+){0,2}each\b')
),

exchange_figures as (
    select * from dated_figures where figure_id not in (select figure_id from handovers_a_day)
    union all by name
    select f.* replace (cast(t.day as date) as date_from, cast(t.day as date) as event_date, cast(null as date) as event_date_from)
    from dated_figures f
    join handovers_a_day h using (figure_id)
    cross join unnest(generate_series(h.date_from, h.event_date, interval 1 day)) as t(day)
),

mentions as (
    -- (a mention of the same days in the same article is of those handovers too)
    select m.* from exchange_mentions m
    where not exists (
        select 1 from handovers_a_day h
        where h.article_id = m.article_id and h.category = m.category
          and h.date_from = coalesce(m.event_date_from, m.event_date) and h.event_date = m.event_date
    )
    union all by name
    select m.* replace (cast(t.day as date) as event_date, cast(null as date) as event_date_from)
    from exchange_mentions m
    join handovers_a_day h
      on h.article_id = m.article_id and h.category = m.category
     and h.date_from = coalesce(m.event_date_from, m.event_date) and h.event_date = m.event_date
    cross join unnest(generate_series(h.date_from, h.event_date, interval 1 day)) as t(day)
),

event_keys as (
    select category, date_from, event_date, article_id, 'completed' as status from exchange_figures
    union all
    select category, coalesce(event_date_from, event_date), event_date, article_id, status from mentions
    union all
    select
        case when kind = 'bodies' then 'bodies' else 'prisoners' end,
        coalesce(event_date_from, event_date), event_date, article_id, 'planned'
    from figures
    where status = 'planned' and event_date is not null and coalesce(event_date_precision, 'day') = 'day'
      and kind in ('agreed', 'bodies')
),

events as (
    select
        category,
        date_from,
        event_date,
        case when bool_or(status = 'completed') then 'completed' else 'planned' end as status,
        list(distinct article_id order by article_id) as article_ids
    from event_keys
    group by category, date_from, event_date
),

article_claims as (
    select * from exchange_claims
),

claim_votes as (
    select category, date_from, event_date, to_side, value, count(*) as n_claims
    from article_claims
    group by all
),

side_values as (
    select
        category, date_from, event_date, to_side,
        arg_max(value, n_claims * 1000000000 + value) as best,
        min(value) as low,
        max(value) as high
    from claim_votes
    group by all
),

ordinals as (
    select f.event_date, max(f.value) as reported_ordinal
    from figures f
    -- the largest ordinal stated for that day: "the 65th exchange" wins over "the third stage" of it
    where f.kind = 'exchange_ordinal' and f.event_date is not null
    group by f.event_date
),

sentences as (
    select e.category, e.date_from, e.event_date, string_agg(distinct s.sentence, ' ' order by s.sentence) as text
    from events e
    join (
        select category, date_from, event_date, sentence from exchange_figures
        union all
        select category, coalesce(event_date_from, event_date), event_date, sentence from mentions
    ) s using (category, date_from, event_date)
    group by all
),

mediators as (
    -- the mediator most sentences name; a tie goes to the first name in alphabetical order
    select category, date_from, event_date, first(mediator order by n desc, mediator) as mediator
    from (
        select category, coalesce(event_date_from, event_date) as date_from, event_date, mediator, count(*) as n
        from mentions where mediator is not null group by all
    )
    group by all
),

deal_references as (
    -- what the articles say this exchange carries out ("under the Istanbul agreements", "the third stage of
    -- the 1000-for-1000 exchange"); agreement_fulfilment attributes the exchange by it
    select
        category, coalesce(event_date_from, event_date) as date_from, event_date,
        min(stage_ordinal) as stage_ordinal,
        list(distinct deal_reference order by deal_reference) filter (where deal_reference is not null) as deal_references,
        max(referenced_quantity) as referenced_quantity,
        max(referenced_from) as referenced_from,
        min(referenced_to) as referenced_to
    from mentions
    where status = 'completed' and (deal_reference is not null or stage_ordinal is not null)
    group by all
),

outlets as (
    select
        e.category, e.date_from, e.event_date,
        count(distinct coalesce(a.outlet, a.article_id)) as n_outlets,
        min(nullif(a.transit_country, '')) as transit_country
    from events e, unnest(e.article_ids) as u(article_id)
    join articles a on a.article_id = u.article_id
    group by all
),

final as (
    select
        substr(md5(e.category || ':' || e.date_from || ':' || e.event_date), 1, 16) as event_id,
        e.category,
        e.event_date,
        case when e.date_from <> e.event_date then e.date_from end as event_date_from,
        e.status,
        ua.best as returned_to_ukraine,
        ua.low as returned_to_ukraine_low,
        ua.high as returned_to_ukraine_high,
        ru.best as returned_to_russia,
        ru.low as returned_to_russia_low,
        ru.high as returned_to_russia_high,
        tot.best as total_exchanged,
        list_filter([
            case when regexp_matches(s.text, '(?i)wounded|seriously ill|severely ill|injured') then 'wounded_or_ill' end,
            case when regexp_matches(s.text, '(?i)under (the age of )?25|18.{1,4}25|young') then 'under_25' end,
            case when regexp_matches(s.text, '(?i)civilian') then 'civilians' end,
            case when regexp_matches(s.text, '(?i)officer') then 'officers' end,
            case when regexp_matches(s.text, '(?i)\bwomen\b') then 'women' end,
            case when regexp_matches(s.text, '(?i)mariupol|azovstal') then 'mariupol_defenders' end
        ], lambda x: x is not null) as categories_mentioned,
        m.mediator,
        n.transit_country,
        o.reported_ordinal,
        r.stage_ordinal,
        r.deal_references,
        r.referenced_quantity,
        -- the window the references put the agreement in; references that contradict each other give none
        case when r.referenced_from <= r.referenced_to then r.referenced_from end as referenced_agreement_from,
        case when r.referenced_from <= r.referenced_to then r.referenced_to end as referenced_agreement_to,
        len(e.article_ids) as n_articles,
        coalesce(n.n_outlets, 0) as n_outlets,
        e.article_ids
    from events e
    left join side_values ua on ua.category = e.category and ua.date_from = e.date_from and ua.event_date = e.event_date and ua.to_side = 'ukraine'
    left join side_values ru on ru.category = e.category and ru.date_from = e.date_from and ru.event_date = e.event_date and ru.to_side = 'russia'
    left join side_values tot on tot.category = e.category and tot.date_from = e.date_from and tot.event_date = e.event_date and tot.to_side = 'total'
    left join sentences s on s.category = e.category and s.date_from = e.date_from and s.event_date = e.event_date
    left join mediators m on m.category = e.category and m.date_from = e.date_from and m.event_date = e.event_date
    left join outlets n on n.category = e.category and n.date_from = e.date_from and n.event_date = e.event_date
    left join deal_references r on r.category = e.category and r.date_from = e.date_from and r.event_date = e.event_date
    left join ordinals o on o.event_date = e.event_date and e.category = 'prisoners' and e.status = 'completed'
)

select * from final
order by event_date, event_date_from nulls last, category
