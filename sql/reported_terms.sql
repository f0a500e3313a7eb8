-- One row per term of an agreement as one source reports it. An agreement is named by what was
-- agreed and when: the date of the talks the figure is about (or "undated" when the text fixes none).
with figures as (
    select * from figures
),

articles as (
    select article_id, outlet, published_date from articles
),

terms as (
    select
        f.*,
        case
            when f.kind = 'bodies' then 'bodies'
            when f.kind = 'age' then 'ages'
            else 'prisoners'
        end as term
    from figures f
    where f.kind in ('agreed', 'offered')
       or (f.kind = 'bodies' and f.status in ('agreed', 'offered', 'planned'))
       or (f.kind = 'age' and f.status = 'agreed')
),

final as (
    select
        case
            when t.event_date is null then 'undated agreement'
            else 'agreement of ' || strftime(t.event_date, '%Y-%m-%d')
        end as agreement,
        t.event_date as agreement_date,
        t.term,
        t.value,
        t.value_high,
        t.qualifier,
        t.side,
        t.scope,
        t.status,
        t.kind as figure_kind,
        t.claimant,
        t.article_id,
        a.outlet,
        a.published_date,
        t.sentence,
        t.char_start,
        t.char_end,
        t.figure_id
    from terms t
    join articles a using (article_id)
)

select * from final
order by agreement_date nulls last, term, value, article_id
