-- One row per term of an agreement as one source reports it. An agreement is named by what was
-- agreed and when: the date of the talks the term belongs to. Talks dates within 3 days of each other
-- are one agreement (sources date the same round by its first or last day); a deal named without a
-- date ("the 1,000-for-1,000 exchange", "6,000 bodies from each side" in talks the text does not date)
-- joins the latest agreement before the article with the same quantity for the same term; anything
-- else the text does not date is an "undated agreement".
-- Numeric terms come from `figures`; categories and procedure from `term_mentions`.
with figures as (
    select * from figures
),

term_mentions as (
    select * from term_mentions
),

articles as (
    select article_id, outlet, published_date from articles
),

numeric_terms as (
    select
        coalesce(agreement_date, event_date) as agreement_date,
        case
            when kind = 'bodies' then 'bodies'
            when kind = 'age' then 'ages'
            else 'prisoners'
        end as term,
        null::varchar as detail,
        value, value_high, qualifier, side, scope, status,
        kind as figure_kind,
        claimant, article_id, sentence, char_start, char_end, figure_id
    from figures
    where kind in ('agreed', 'offered')
       or (kind = 'bodies' and status in ('agreed', 'offered', 'planned'))
       or (kind = 'age' and status = 'agreed')
),

worded_terms as (
    select
        agreement_date, term, detail,
        null::bigint as value, null::bigint as value_high, null::varchar as qualifier, 'both' as side,
        null::varchar as scope, 'agreed' as status, null::varchar as figure_kind,
        claimant, article_id, sentence, char_start, char_end, null::varchar as figure_id
    from term_mentions
),

all_terms as (
    select t.*, a.published_date
    from (select * from numeric_terms union all select * from worded_terms) t
    join articles a using (article_id)
),

talks_days as (
    select distinct agreement_date as day from all_terms where agreement_date is not null
),

clusters as (
    select day, sum(starts) over (order by day) as cluster_id
    from (
        select day, case when day - lag(day) over (order by day) <= 3 then 0 else 1 end as starts
        from talks_days
    )
),

cluster_dates as (
    select c.day, min(c.day) over (partition by c.cluster_id) as agreement_date
    from clusters c
),

dated as (
    select t.* replace (cd.agreement_date as agreement_date)
    from all_terms t
    left join cluster_dates cd on cd.day = t.agreement_date
),

named_deals as (
    -- an undated agreed quantity takes the latest agreement before its article that states the same quantity
    select u.figure_id, max(d.agreement_date) as agreement_date
    from dated u
    -- each dated quantity once (joining every dated row would multiply by the sources that restate it)
    join (select distinct term, value, agreement_date from dated where agreement_date is not null) d
      on d.term = u.term and d.value = u.value
     and (u.published_date is null or d.agreement_date <= u.published_date)
    where u.agreement_date is null and u.figure_id is not null
      and (u.figure_kind = 'agreed' or (u.figure_kind = 'bodies' and u.status in ('agreed', 'planned')))
    group by u.figure_id
),

resolved as (
    select t.* replace (coalesce(t.agreement_date, n.agreement_date) as agreement_date)
    from dated t
    left join named_deals n using (figure_id)
),

final as (
    select
        case
            when t.agreement_date is null then 'undated agreement'
            else 'agreement of ' || strftime(t.agreement_date, '%Y-%m-%d')
        end as agreement,
        t.agreement_date,
        t.term,
        t.detail,
        t.value,
        t.value_high,
        t.qualifier,
        t.side,
        t.scope,
        t.status,
        t.figure_kind,
        t.claimant,
        t.article_id,
        a.outlet,
        a.published_date,
        t.sentence,
        t.char_start,
        t.char_end,
        t.figure_id
    from resolved t
    join articles a using (article_id)
)

select * from final
order by agreement_date nulls last, term, value nulls last, detail, article_id, char_start
