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
      and not f.is_breakdown
      and coalesce(f.event_date, a.published_date) is not null
      and coalesce(f.subject, '') <> 'returned by other means'
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

running as (
    select
        d.as_of_date,
        (select count(*) from events e where e.event_date <= d.as_of_date) as exchanges_to_date,
        (select count(*) from events e where e.event_date <= d.as_of_date
            and e.returned_to_ukraine is null and e.returned_to_russia is null) as undisclosed_exchanges_to_date,
        (select coalesce(sum(e.returned_to_ukraine), 0) from events e where e.event_date <= d.as_of_date) as returned_to_ukraine_to_date,
        (select coalesce(sum(e.returned_to_russia), 0) from events e where e.event_date <= d.as_of_date) as returned_to_russia_to_date,
        (select arg_max(r.value, r.as_of_date::varchar || lpad(r.value::varchar, 12, '0'))
            from reported r where r.as_of_date <= d.as_of_date) as reported_total_ukraine,
        (select arg_max(r.article_id, r.as_of_date::varchar || lpad(r.value::varchar, 12, '0') || r.article_id)
            from reported r where r.as_of_date <= d.as_of_date) as reported_total_article_id,
        (select max(r.as_of_date) from reported r where r.as_of_date <= d.as_of_date) as reported_total_as_of,
        o.reported_ordinal
    from dates d
    left join ordinals o using (as_of_date)
),

final as (
    select * from running
)

select * from final
order by as_of_date
