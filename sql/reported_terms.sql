-- One row per term of an agreement as one source reports it. An agreement is named by what was
-- agreed and when: the date of the talks the term belongs to ("undated agreement" when the text
-- fixes none). Numeric terms come from `figures`; categories and procedure from `term_mentions`.
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
    from (select * from numeric_terms union all select * from worded_terms) t
    join articles a using (article_id)
)

select * from final
order by agreement_date nulls last, term, value nulls last, detail, article_id, char_start
