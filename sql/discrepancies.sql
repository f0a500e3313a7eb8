-- One row per fact that sources state differently, with the values, the articles and why it is listed.
with figures as (
    select * from figures
),

articles as (
    select article_id, published_date, body from articles
),

events as (
    select * from exchange_events
),

-- 1. one exchange, one side, different counts from different articles (or within one article)
exchange_claims as (
    select
        e.event_id,
        e.event_date,
        case when f.side = 'russia' then 'russia' when f.side = 'ukraine' then 'ukraine' else 'each side' end as who,
        f.value,
        f.article_id
    from figures f
    join events e
      on e.category = (case when f.kind = 'bodies' then 'bodies' else 'prisoners' end)
     and e.event_date = f.event_date
     and coalesce(e.event_date_from, e.event_date) = coalesce(f.event_date_from, f.event_date)
    where f.kind in ('exchanged', 'bodies') and f.status = 'completed' and not f.is_breakdown and not f.is_additional
      and (f.side in ('ukraine', 'russia') or (f.side = 'both' and f.scope = 'per_side'))
),

exchange_conflicts as (
    select
        'exchange_count' as fact_type,
        'people returned to ' || who || ' in the exchange of ' || strftime(event_date, '%Y-%m-%d') as fact,
        list(distinct value order by value) as values,
        list(distinct article_id order by article_id) as article_ids,
        'Sources give ' || count(distinct value) || ' different counts for the same exchange and side.' as explanation
    from (
        -- "each side" claims stand for both sides
        select event_id, event_date, unnest(case when who = 'each side' then ['ukraine', 'russia'] else [who] end) as who, value, article_id
        from exchange_claims
    )
    group by event_id, event_date, who
    having count(distinct value) > 1
),

-- 2. a reported running total that is lower than one reported earlier
totals as (
    select coalesce(f.event_date, a.published_date) as as_of, f.value, f.article_id
    from figures f join articles a using (article_id)
    where f.kind = 'cumulative_released' and not f.is_breakdown
      and coalesce(f.subject, '') <> 'returned by other means'
      and coalesce(f.event_date, a.published_date) is not null
),

total_drops as (
    select
        'running_total' as fact_type,
        'running total of Ukrainians released, reported on ' || strftime(later.as_of, '%Y-%m-%d') as fact,
        [earlier.value, later.value] as values,
        list_sort(list_distinct([earlier.article_id, later.article_id])) as article_ids,
        'A running total (' || later.value || ' on ' || strftime(later.as_of, '%Y-%m-%d') || ') is lower than one reported earlier ('
            || earlier.value || ' on ' || strftime(earlier.as_of, '%Y-%m-%d') || ').' as explanation
    from totals later
    join totals earlier on earlier.as_of < later.as_of and earlier.value > later.value
    qualify row_number() over (partition by later.as_of, later.value, later.article_id order by earlier.value desc) = 1
),

-- 3. one agreement term with different quantities from different claimants or articles
term_conflicts as (
    select
        'agreement_term' as fact_type,
        term || ' term of the ' || agreement as fact,
        list(distinct value order by value) as values,
        list(distinct article_id order by article_id) as article_ids,
        'Claims differ: ' || string_agg(distinct format('{} ({})', value, coalesce(claimant, 'unattributed')), ', ') || '.' as explanation
    from reported_terms
    -- offers are not competing totals: "500 offered first" sits beside "1,000 agreed" without contradicting it
    where agreement_date is not null and term in ('prisoners', 'bodies') and value is not null
      and coalesce(figure_kind, '') <> 'offered'
    group by agreement, term
    having count(distinct value) > 1
),

-- 4. a year in one article that contradicts every other source, e.g. "held captive since 2012"
captivity_years as (
    select a.article_id, unnest(regexp_extract_all(a.body, '(?i)(?:held|captive|captivity|imprisoned|detained)[^.]{0,40}?since (\d{4})', 1))::int as year
    from articles a
),

year_mode as (
    select mode(year) as usual_year, count(distinct article_id) as n_articles from captivity_years
),

year_conflicts as (
    select
        'captivity_start_year' as fact_type,
        'year captivity began for the people released' as fact,
        [y.year, m.usual_year] as values,
        [y.article_id] as article_ids,
        'This article says held since ' || y.year || ' where other sources say ' || m.usual_year || '.' as explanation
    from captivity_years y, year_mode m
    where y.year <> m.usual_year and m.n_articles >= 2
),

final as (
    select * from exchange_conflicts
    union all select * from total_drops
    union all select * from term_conflicts
    union all select distinct * from year_conflicts
)

select
    substr(md5(fact_type || fact || values::varchar), 1, 16) as discrepancy_id,
    *
from final
order by fact_type, fact
