-- One row per fact that sources state differently, with the values, the articles and why it is listed.
with figures as (
    select * from figures
),

events as (
    select * from exchange_events
),

exchange_claims as (
    select * from exchange_claims
),

-- 1. one exchange, one side, different claims from different articles
exchange_conflicts as (
    select
        'exchange_count' as fact_type,
        case when to_side = 'total' then 'people exchanged in total'
             else (case when category = 'bodies' then 'bodies returned to ' else 'people returned to ' end) || to_side end
            || ' on ' || strftime(event_date, '%Y-%m-%d')
            || case when date_from <> event_date then ' (from ' || strftime(date_from, '%Y-%m-%d') || ')' else '' end as fact,
        list(distinct value order by value) as values,
        list(distinct article_id order by article_id) as article_ids,
        'Sources give ' || count(distinct value) || ' different counts for the same exchange and side: '
            || string_agg(distinct format('{} ({})', value, coalesce(claimant, 'unattributed')), ', ' order by format('{} ({})', value, coalesce(claimant, 'unattributed'))) || '.' as explanation
    from exchange_claims
    group by category, date_from, event_date, to_side
    having count(distinct value) > 1
),

-- 2. a reported running total that is lower than one reported earlier
totals as (
    -- the article's publication date only: a join that carried the bodies would move gigabytes at scale
    select coalesce(f.event_date, a.published_date) as as_of, f.value, f.article_id, f.claimant, f.qualifier
    from figures f join (select article_id, published_date from articles) a using (article_id)
    where f.kind = 'cumulative_released' and f.side = 'ukraine' and not f.is_breakdown  -- Ukraine's running total only
      and coalesce(f.subject, '') <> 'returned by other means'
      -- counted since the full-scale war began (the first swaps were in March 2022): not a year's total ("1,358 in 2024")
      and (f.since_date is null or f.since_date < date '2022-04-01')
      and coalesce(f.event_date, a.published_date) is not null
),

total_days as (
    -- each date's largest total and the first article (by id) to report it
    select as_of, max(value) as value, min(article_id) as article_id
    from (select *, max(value) over (partition by as_of) as day_max from totals)
    where value = day_max
    group by as_of
),

prior_highs as (
    -- the highest total reported before each date, found by a window (a join of every pair of totals
    -- grows with the square of the corpus); the earliest date that reported it, and its article
    select p.as_of, p.prior_max as value, min(b.as_of) as first_as_of
    from (
        select as_of, max(value) over (order by as_of rows between unbounded preceding and 1 preceding) as prior_max
        from total_days
    ) p
    join total_days b on b.value = p.prior_max and b.as_of < p.as_of
    group by p.as_of, p.prior_max
),

total_drops as (
    select
        'running_total' as fact_type,
        'running total of Ukrainians released, reported on ' || strftime(later.as_of, '%Y-%m-%d') as fact,
        [h.value, later.value] as values,
        list_sort(list_distinct([earlier.article_id, later.article_id])) as article_ids,
        'A running total (' || later.value || ' on ' || strftime(later.as_of, '%Y-%m-%d') || ') is lower than one reported earlier ('
            || h.value || ' on ' || strftime(h.first_as_of, '%Y-%m-%d') || ').' as explanation
    from totals later
    join prior_highs h on h.as_of = later.as_of and later.value < h.value
    join total_days earlier on earlier.as_of = h.first_as_of
    qualify row_number() over (partition by later.as_of, later.value, later.article_id order by later.article_id) = 1
),

-- 2b. different running totals reported for the same date by different articles; an approximate total
-- agrees with any value it allows ("nearly 4,000" with 3,956; "more than 5,000" with 5,100)
day_values as (
    -- each value once per date (with the first article to report it): pairs of values, not of articles, are compared
    select as_of, value, qualifier, min(article_id) as article_id, min(claimant) as claimant
    from totals
    group by all
),

same_day_pairs as (
    select x.as_of, x.value as v1, y.value as v2, x.article_id as a1, y.article_id as a2,
           x.claimant as c1, y.claimant as c2
    from day_values x join day_values y
      on x.as_of = y.as_of and x.value < y.value and x.article_id <> y.article_id
    where not (
        (x.qualifier = 'up_to' and y.value between 0.9 * x.value and x.value)
        or (y.qualifier = 'up_to' and x.value between 0.9 * y.value and y.value)
        or (x.qualifier in ('more_than', 'at_least') and y.value between x.value and 1.1 * x.value)
        or (y.qualifier in ('more_than', 'at_least') and x.value between y.value and 1.1 * y.value)
        or (x.qualifier = 'about' and abs(y.value - x.value) <= 0.05 * x.value)
        or (y.qualifier = 'about' and abs(x.value - y.value) <= 0.05 * y.value)
    )
),

same_day_totals as (
    select
        'running_total' as fact_type,
        'running total of Ukrainians released, reported on ' || strftime(as_of, '%Y-%m-%d') as fact,
        list_sort(list_distinct(list(v1) || list(v2))) as values,
        list_sort(list_distinct(list(a1) || list(a2))) as article_ids,
        'Sources give different running totals for the same date: '
            || array_to_string(list_sort(list_distinct(list(format('{} ({})', v1, coalesce(c1, 'unattributed')))
                                                     || list(format('{} ({})', v2, coalesce(c2, 'unattributed'))))), ', ') || '.' as explanation
    from same_day_pairs
    group by as_of
),

-- 3. one agreement term with different quantities from different claimants or articles
category_deals as (
    select distinct agreement from reported_terms where term = 'categories'
),

term_conflicts as (
    select
        case when term = 'prisoners' and agreement in (select agreement from category_deals)
             then 'category_deal_numbers' else 'agreement_term' end as fact_type,
        term || ' term of the ' || agreement as fact,
        list(distinct value order by value) as values,
        list(distinct article_id order by article_id) as article_ids,
        case when term = 'prisoners' and agreement in (select agreement from category_deals)
             then 'A deal defined by categories of prisoners, which sources also describe with different numbers: '
             else 'Claims differ: ' end
            || string_agg(distinct format('{} ({})', value, coalesce(claimant, 'unattributed')), ', '
                          order by format('{} ({})', value, coalesce(claimant, 'unattributed'))) || '.' as explanation
    from reported_terms
    -- offers are not competing totals: "500 offered first" sits beside "1,000 agreed" without contradicting it
    where agreement_date is not null and term in ('prisoners', 'bodies') and value is not null
      and coalesce(figure_kind, '') <> 'offered'
      -- "another 610 are due to be released" is what remains of a deal, not a rival claim
      and coalesce(status, '') <> 'planned'
    group by agreement, term
    having count(distinct value) > 1
),

-- 4. the stages of a multi-day exchange that do not add up to the total reported for it
range_events as (
    select * from events where event_date_from is not null and status = 'completed'
),

stage_sums as (
    select
        r.event_id,
        r.event_date_from,
        r.event_date,
        side.name as side,
        case side.name when 'ukraine' then r.returned_to_ukraine else r.returned_to_russia end as total,
        sum(case side.name when 'ukraine' then s.returned_to_ukraine else s.returned_to_russia end) as stage_sum,
        count(*) filter (where (case side.name when 'ukraine' then s.returned_to_ukraine else s.returned_to_russia end) is null) as undisclosed,
        list(s.event_date order by s.event_date) as stage_dates,
        r.article_ids as total_article_ids,
        flatten(list(s.article_ids)) as stage_article_ids
    from range_events r
    join events s
      on s.category = r.category and s.event_date_from is null and s.status = 'completed'
     and s.event_date between r.event_date_from and r.event_date
    cross join (values ('ukraine'), ('russia')) as side(name)
    group by all
),

stage_conflicts as (
    select
        'stages_vs_total' as fact_type,
        'people returned to ' || side || ' in the stages of ' || strftime(event_date_from, '%Y-%m-%d') || ' to '
            || strftime(event_date, '%Y-%m-%d') as fact,
        [stage_sum, total] as values,
        list_sort(list_distinct(stage_article_ids || total_article_ids)) as article_ids,
        'The stages (' || array_to_string(stage_dates, ', ') || ') add up to ' || stage_sum
            || ', but the whole exchange is reported as ' || total || '.' as explanation
    from stage_sums
    where total is not null and undisclosed = 0 and stage_sum <> total
),

-- 5. the stages credited to a numbered deal that do not add up to what it promised, once the deal is
-- fulfilled or over-delivered (a deal still in progress is short, not contradicted); sides with an
-- undisclosed stage and deals defined by categories are left out
deal_sides as (
    select
        f.agreement, f.agreement_date, f.term, f.promised_best, f.status, f.article_ids, f.note,
        side.name as side,
        case side.name when 'ukraine' then f.delivered_to_ukraine else f.delivered_to_russia end as delivered,
        len(list_filter(f.stages, lambda s: (case side.name when 'ukraine' then s.to_ukraine else s.to_russia end) is null)) as undisclosed,
        list_transform(f.stages, lambda s: strftime(s.date, '%Y-%m-%d')) as stage_dates
    from agreement_fulfilment f
    cross join (values ('ukraine'), ('russia')) as side(name)
    where f.promised_best is not null and not f.category_deal and len(f.stages) > 0
),

deal_conflicts as (
    select
        'deal_stages_vs_promise' as fact_type,
        'people returned to ' || side || ' under the ' || agreement || ' (' || term || ')' as fact,
        [delivered, promised_best] as values,
        article_ids,
        'The stages credited to the deal (' || array_to_string(stage_dates, ', ') || ') add up to ' || delivered
            || ', but the deal was for ' || promised_best || ' per side.'
            || case when delivered > promised_best and note is not null then ' ' || note else '' end as explanation
    from deal_sides
    where undisclosed = 0 and delivered is not null
      and ((status = 'fulfilled' and delivered <> promised_best) or delivered > promised_best)
),

-- 6. a year in one article that contradicts every other source, e.g. "held captive since 2012"
captivity_years as (
    -- the years each article gives ("held captive since 2012"), found when it is extracted
    select article_id, unnest(captivity_since_years) as year
    from article_facts
),

year_mode as (
    -- the year most articles give; a tie goes to the later year (ties must not depend on row order)
    select first(year order by n desc, year desc) as usual_year, sum(n) as n_articles
    from (select year, count(distinct article_id) as n from captivity_years group by year)
),

year_conflicts as (
    select
        'captivity_start_year' as fact_type,
        'year captivity began for the people released: ' || y.year || ' or ' || m.usual_year as fact,
        [y.year, m.usual_year] as values,
        list(distinct y.article_id order by y.article_id) as article_ids,
        'Held since ' || y.year || ' according to ' || count(distinct y.article_id) || ' article(s), where the other sources say '
            || m.usual_year || '.' as explanation
    from captivity_years y, year_mode m
    where y.year <> m.usual_year and m.n_articles >= 2
    group by y.year, m.usual_year
),

final as (
    select * from exchange_conflicts
    union all select * from total_drops
    union all select * from same_day_totals
    union all select * from term_conflicts
    union all select * from stage_conflicts
    union all select * from deal_conflicts
    union all select * from year_conflicts
)

-- a fact that a large corpus argues over has tens of thousands of articles: the first 1,000 ids are
-- listed and `n_articles` counts them all (the figures have every one), so that a row stays small enough
-- to read back and export within the memory cap
select
    substr(md5(fact_type || fact || values::varchar), 1, 16) as discrepancy_id,
    fact_type, fact, values,
    article_ids[1:1000] as article_ids,
    len(article_ids) as n_articles,
    explanation
from final
order by fact_type, fact
