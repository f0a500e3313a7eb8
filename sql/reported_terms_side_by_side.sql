-- The competing claims for each agreement and term in one row, e.g. "1,000 (Volodymyr Zelensky)"
-- next to "1,200 per side (Vladimir Medinsky)".
with terms as (
    select * from reported_terms
),

claims as (
    select
        agreement,
        agreement_date,
        term,
        value,
        value_high,
        case when value is null then format('{} ({})', detail, coalesce(claimant, 'unattributed')) else format(
            '{}{}{}{} ({})',
            case qualifier when 'more_than' then 'more than ' when 'at_least' then 'at least ' when 'about' then 'about ' when 'up_to' then 'up to ' else '' end,
            value,
            case when value_high is not null then '–' || value_high else '' end,
            case when scope = 'per_side' then ' per side' when figure_kind = 'offered' then ' offered' else '' end,
            coalesce(claimant, 'unattributed')
        ) end as claim,
        article_id
    from terms
),

final as (
    select
        agreement,
        agreement_date,
        term,
        string_agg(distinct claim, ' | ' order by claim) as claims,
        count(distinct value) as n_distinct_values,
        min(value) as min_value,
        max(coalesce(value_high, value)) as max_value,
        list(distinct article_id order by article_id) as article_ids
    from claims
    group by agreement, agreement_date, term
)

select * from final
order by agreement_date nulls last, term
