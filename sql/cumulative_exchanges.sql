-- One row per date with a completed exchange in the corpus or a reported running total, in date order.
-- Corpus counts add each completed prisoner exchange's best value per side; exchanges whose numbers
-- were not disclosed add nothing to the sums and are counted in undisclosed_exchanges_to_date.
with events as (
    select * from exchange_events where category = 'prisoners' and status = 'completed'
),

reported as (
    select
        coalesce(f.event_date, a.published_date) as as_of_date,
        f.value,
        f.article_id,
        f.figure_id
    from figures f
    join articles a using (article_id)
    where f.kind = 'cumulative_released'
      and f.side = 'ukraine'  -- Ukraine's running total: not Russia's, nor a mediator's count of both ways
      and not f.is_breakdown
      and coalesce(f.event_date, a.published_date) is not null
      and coalesce(f.subject, '') <> 'returned by other means'
      -- counted since the full-scale war began (the first swaps were in March 2022): not a year's total ("1,358 in 2024")
      and (f.since_date is null or f.since_date < date '2022-04-01')
),

ordinals as (
    select event_date as as_of_date, max(value) as reported_ordinal
    from figures
    -- ordinals of the war's exchanges ("the 65th"); small ones count stages of one deal ("the third stage")
    where kind = 'exchange_ordinal' and event_date is not null and value >= 10
    group by event_date
),

dates as (
    select event_date as as_of_date from events
    union
    select as_of_date from reported
),

event_days as (
    select
        event_date as as_of_date,
        count(*) as n_events,
        count(*) filter (where returned_to_ukraine is null and returned_to_russia is null) as n_undisclosed,
        sum(returned_to_ukraine) as to_ukraine,
        sum(returned_to_russia) as to_russia
    from events
    group by event_date
),

reported_days as (
    -- the total a date reports: the largest one stated for it, from the first article (by id) to state it
    select as_of_date, max(value) as value, arg_max(article_id, lpad(value::varchar, 12, '0') || article_id) as article_id
    from reported
    group by as_of_date
),

running as (
    -- running sums and the latest reported total, as window aggregates over the dates (no self-join:
    -- a range join over every date pair grows with the square of the corpus)
    select
        d.as_of_date,
        (sum(coalesce(e.n_events, 0)) over w)::bigint as exchanges_to_date,
        (sum(coalesce(e.n_undisclosed, 0)) over w)::bigint as undisclosed_exchanges_to_date,
        coalesce(sum(e.to_ukraine) over w, 0) as returned_to_ukraine_to_date,
        coalesce(sum(e.to_russia) over w, 0) as returned_to_russia_to_date,
        last_value(r.value ignore nulls) over w as reported_total_ukraine,
        last_value(r.article_id ignore nulls) over w as reported_total_article_id,
        last_value(case when r.value is not null then d.as_of_date end ignore nulls) over w as reported_total_as_of,
        o.reported_ordinal
    from dates d
    left join event_days e on e.as_of_date = d.as_of_date
    left join reported_days r on r.as_of_date = d.as_of_date
    left join ordinals o on o.as_of_date = d.as_of_date
    window w as (order by d.as_of_date rows between unbounded preceding and current row)
),

final as (
    select * from running
)

select * from final
order by as_of_date
