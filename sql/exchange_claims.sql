-- One row per article and side for each exchange or handover it reports: the article's claim.
-- The claim is the first exact count the article states for that side, else its first count (the lede; "N each" counts for both
-- sides, "a total of N" for the total) plus any groups it says were handed over on top ("also 20
-- civilians"). Sub-counts of a stated total ("27 officers and 180 soldiers") are left out.
with figures as (
    select * from figures
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
      and not is_breakdown
      and since_date is null  -- a running total ("since 2022, 9,000 bodies have been repatriated"), not one handover
),

handovers_a_day as (
    -- "Three more transfers of 1,200 bodies each followed between Friday and Sunday": as many handovers as days,
    -- so one a day, each the claim of its own day (the same test as in exchange_events)
    select f.figure_id, f.date_from, f.event_date
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

side_figures as (
    -- the first exact count, else the first one: a headline's "over 200" yields to the lede's 207
    select *, (case when qualifier = 'exact' then 0 else 1 end) * 1000000000 + char_start as claim_order, unnest(case
        when side = 'both' and scope = 'per_side' then ['ukraine', 'russia']
        when side = 'both' and scope = 'total' then ['total']
        when side in ('ukraine', 'russia') then [side]
        else []::varchar[] end) as to_side
    from exchange_figures
),

final as (
    select
        category,
        date_from,
        event_date,
        article_id,
        to_side,
        arg_min(value, claim_order) filter (where not is_additional)
            + coalesce(sum(value) filter (where is_additional), 0) as value,
        arg_min(claimant, claim_order) filter (where not is_additional) as claimant,
        list(figure_id order by char_start) as figure_ids
    from side_figures
    group by category, date_from, event_date, article_id, to_side
    having count(*) filter (where not is_additional) > 0
)

select * from final
order by event_date, date_from, category, to_side, article_id
