-- What each agreement promised against what the reported exchanges delivered, one row per agreement
-- and term (prisoners, bodies). Rules, so every number can be explained:
--   * promised: the per-side quantities stated for the term (agreed figures; offers are listed, not promised);
--     promised_best is the quantity stated by the most sources, ties to the larger.
--   * stages: completed exchanges (prisoners) or handovers (bodies) attributed to the agreement, first by
--     what the text says (attributed_by = 'reference': "under the Istanbul agreements reached last month",
--     "the third stage of the 1000-for-1000 exchange"), then by stage number ('stage_ordinal': "the ninth
--     stage" continues the deal of the stages before it), else by date ('date': after the agreement and before
--     the next agreement on the same term, in date order until the promise is reached; later exchanges are
--     not this deal's). A multi-day event whose days also appear as single-day stages is an aggregate of
--     them and is not counted again.
--   * delivered: sum of the stages' best values per side; stages whose numbers were not disclosed are
--     counted in undisclosed_stages and never added as zero; stages known only from a later stage's number
--     ("the ninth stage" with eight reported) are unreported_stages.
--   * status: fulfilled (delivered reaches the promise on a side, and the other side reaches it too or has
--     stages whose numbers for it were not disclosed), unknown (stages happened but their numbers were not
--     disclosed and the disclosed ones fall short, or no quantity was promised), in_progress (short, with a
--     stage or the agreement itself within the 30 days before the latest date in the corpus), stalled (short,
--     and nothing for longer than that).
with terms as (
    -- each category of people a deal covers ("severely wounded and seriously ill") is a term of its own
    select * replace (case when term = 'categories' then 'category: ' || detail else term end as term)
    from reported_terms
    where agreement_date is not null and term in ('prisoners', 'bodies', 'categories')
),

events as (
    -- without the article lists, which are read once, in sources
    select * exclude (article_ids) from exchange_events where status = 'completed'
),

category_deals as (
    -- deals defined by who is covered ("all severely wounded", "aged 18-25") rather than by a number
    select distinct agreement_date from reported_terms where term = 'categories' and agreement_date is not null
),

additional_groups as (
    select distinct f.event_date
    from figures f
    where f.is_additional and f.kind = 'exchanged' and coalesce(f.event_date_precision, 'day') = 'day'
),

corpus_end as (
    select max(event_date) as last_date from exchange_events
),

agreements as (
    select
        agreement,
        agreement_date,
        term,
        string_agg(distinct format('{}{}{} ({})',
            case qualifier when 'more_than' then 'more than ' when 'at_least' then 'at least ' when 'about' then 'about ' else '' end,
            coalesce(value::varchar, 'all'),
            case when scope = 'per_side' then ' per side' when figure_kind = 'offered' then ' offered' else '' end,
            coalesce(claimant, 'unattributed')), ' | ' order by format('{}{}{} ({})',
            case qualifier when 'more_than' then 'more than ' when 'at_least' then 'at least ' when 'about' then 'about ' else '' end,
            coalesce(value::varchar, 'all'),
            case when scope = 'per_side' then ' per side' when figure_kind = 'offered' then ' offered' else '' end,
            coalesce(claimant, 'unattributed'))) as promised_claims
    from terms
    group by agreement, agreement_date, term
),

promise_votes as (
    select agreement_date, term, value, count(*) as n
    from terms
    where coalesce(figure_kind, '') <> 'offered' and value is not null
    group by all
),

promises as (
    select
        agreement_date, term,
        arg_max(value, n * 1000000000 + value) as promised_best,
        min(value) as promised_low,
        max(value) as promised_high
    from promise_votes
    group by agreement_date, term
),

windows as (
    select
        a.*,
        lead(a.agreement_date) over (partition by a.term order by a.agreement_date) as next_agreement_date,
        case when a.term = 'bodies' then 'bodies' else 'prisoners' end as event_category,
        -- the exchanges a category term counts: those whose sentences name that category (exchange_events)
        case a.term
            when 'category: severely wounded and seriously ill' then 'wounded_or_ill'
            when 'category: young soldiers' then 'under_25'
            when 'category: civilians' then 'civilians'
        end as needs_category
    from agreements a
),

single_days as (
    select category, event_date from events where event_date_from is null
),

stage_events as (
    -- a multi-day event whose days also appear as single-day events is their aggregate, not another stage
    select * from events e
    where not (
        e.event_date_from is not null
        and exists (
            select 1 from single_days d
            where d.category = e.category and d.event_date between e.event_date_from and e.event_date
        )
    )
),

by_reference as (
    -- the text names the deal: the latest agreement on the term, made before the exchange, that fits what
    -- the reference says (its N-for-N number among the values stated for the agreement, its day or month);
    -- a reference that says neither looks back at most 180 days
    select e.event_id, w.term, max(w.agreement_date) as agreement_date
    from stage_events e
    join windows w
      on w.event_category = e.category
     and (w.needs_category is null or list_contains(e.categories_mentioned, w.needs_category))
    where coalesce(len(e.deal_references), 0) > 0
      and (e.referenced_quantity is null or exists (
          select 1 from terms t
          where t.agreement_date = w.agreement_date and t.term = w.event_category and t.value = e.referenced_quantity))
      and case
          when e.referenced_agreement_from is not null
              then w.agreement_date between e.referenced_agreement_from and least(e.referenced_agreement_to, e.event_date)
          else w.agreement_date < e.event_date and w.agreement_date >= e.event_date - interval 180 day
      end
    group by all
),

by_date as (
    -- otherwise: after the agreement and before the next one on the same term
    select e.event_id, w.term, w.agreement_date
    from stage_events e
    join windows w
      on w.event_category = e.category
     and (w.needs_category is null or list_contains(e.categories_mentioned, w.needs_category))
     and e.event_date > w.agreement_date
     and (w.next_agreement_date is null or e.event_date < w.next_agreement_date)
    where not exists (select 1 from by_reference r where r.event_id = e.event_id and r.term = w.term)
      -- a reference that names a number or a date the corpus has no agreement for is not overruled by the date
      and not (coalesce(len(e.deal_references), 0) > 0
               and (e.referenced_quantity is not null or e.referenced_agreement_from is not null))
),

by_reference_or_date as (
    select event_id, term, agreement_date, 'reference' as attributed_by from by_reference
    union all
    select event_id, term, agreement_date, 'date' from by_date
),

by_stage_ordinal as (
    -- "the ninth stage" continues the deal of the stages before it: a numbered stage that names no deal goes
    -- with the latest exchange in the 90 days before it that has a lower stage number (or none) and a deal
    select
        e.event_id, t.term,
        (select b.agreement_date
         from by_reference_or_date b join stage_events p on p.event_id = b.event_id
         where b.term = t.term and p.event_date < e.event_date and p.event_date >= e.event_date - interval 90 day
           and coalesce(p.stage_ordinal, 0) < e.stage_ordinal
         order by p.event_date desc, b.agreement_date desc
         limit 1) as agreement_date
    from stage_events e
    join (select distinct term, event_category, needs_category from windows) t
      on t.event_category = e.category
     and (t.needs_category is null or list_contains(e.categories_mentioned, t.needs_category))
    where e.stage_ordinal >= 2
      and not exists (select 1 from by_reference r where r.event_id = e.event_id and r.term = t.term)
),

attributed as (
    select b.* from by_reference_or_date b
    where not exists (
        select 1 from by_stage_ordinal o
        where o.event_id = b.event_id and o.term = b.term and o.agreement_date is not null and o.agreement_date <> b.agreement_date)
    union all
    select o.event_id, o.term, o.agreement_date, 'stage_ordinal'
    from by_stage_ordinal o
    where o.agreement_date is not null
      and not exists (select 1 from by_reference_or_date b
                      where b.event_id = o.event_id and b.term = o.term and b.agreement_date = o.agreement_date)
),

candidate_stages as (
    select
        a.agreement_date, a.term, a.attributed_by, e.event_id, e.event_date, e.event_date_from, e.stage_ordinal,
        e.deal_references, e.returned_to_ukraine, e.returned_to_russia,
        p.promised_best,
        coalesce(sum(greatest(coalesce(e.returned_to_ukraine, 0), coalesce(e.returned_to_russia, 0))) over (
            partition by a.agreement_date, a.term order by e.event_date
            rows between unbounded preceding and 1 preceding), 0) as delivered_before
    from attributed a
    join stage_events e using (event_id)
    left join promises p using (agreement_date, term)
),

stages as (
    -- exchanges attributed only by their date stop once the promise is reached (later ones are not this
    -- deal's); those that name the deal or number their stage are kept
    select * from candidate_stages
    where attributed_by <> 'date' or promised_best is null or delivered_before < promised_best
),

deliveries as (
    select
        agreement_date, term,
        count(*) as n_stages,
        count(*) filter (where returned_to_ukraine is null and returned_to_russia is null) as undisclosed_stages,
        count(*) filter (where returned_to_ukraine is null) as undisclosed_for_ukraine,
        count(*) filter (where returned_to_russia is null) as undisclosed_for_russia,
        sum(returned_to_ukraine) as delivered_to_ukraine,
        sum(returned_to_russia) as delivered_to_russia,
        max(event_date) filter (where returned_to_ukraine is not null or returned_to_russia is not null) as last_delivery_date,
        max(event_date) as last_stage_date,
        count(*) filter (where attributed_by <> 'date') as stages_named,
        max(stage_ordinal) as highest_stage_ordinal,
        list({'date': event_date, 'to_ukraine': returned_to_ukraine, 'to_russia': returned_to_russia, 'event_id': event_id,
              'stage_ordinal': stage_ordinal, 'attributed_by': attributed_by, 'deal_references': deal_references}
             order by event_date) as stage_list
    from stages
    group by agreement_date, term
),

sources as (
    -- the articles that state the terms and those that report the stages, as rows: an agreement that
    -- thousands of articles discuss is one list built once, not lists concatenated and deduplicated
    select agreement, agreement_date, term, list(article_id order by article_id) as article_ids
    from (
        select agreement, agreement_date, term, article_id from terms
        union
        select w.agreement, w.agreement_date, w.term, u.article_id
        from windows w
        join stages s using (agreement_date, term)
        join (select event_id, unnest(article_ids) as article_id from exchange_events) u using (event_id)
    )
    group by all
),

final as (
    select
        w.agreement,
        w.agreement_date,
        w.term,
        w.promised_claims,
        p.promised_best,
        p.promised_low,
        p.promised_high,
        coalesce(d.n_stages, 0) as n_stages,
        coalesce(d.undisclosed_stages, 0) as undisclosed_stages,
        -- "the ninth stage" when fewer stages are reported: the missing ones happened, their numbers are unknown
        greatest(coalesce(d.highest_stage_ordinal, 0) - coalesce(d.n_stages, 0), 0) as unreported_stages,
        coalesce(d.stages_named, 0) as stages_attributed_by_reference_or_ordinal,
        d.delivered_to_ukraine,
        d.delivered_to_russia,
        case when p.promised_best is not null then greatest(p.promised_best - coalesce(d.delivered_to_ukraine, 0), 0) end as remaining_to_ukraine,
        case when p.promised_best is not null then greatest(p.promised_best - coalesce(d.delivered_to_russia, 0), 0) end as remaining_to_russia,
        d.last_delivery_date,
        case
            when p.promised_best is not null
                 and greatest(coalesce(d.delivered_to_ukraine, 0), coalesce(d.delivered_to_russia, 0)) >= p.promised_best
                 and (coalesce(d.delivered_to_ukraine, 0) >= p.promised_best or d.undisclosed_for_ukraine > 0)
                 and (coalesce(d.delivered_to_russia, 0) >= p.promised_best or d.undisclosed_for_russia > 0) then 'fulfilled'
            -- a category no report names, of a deal whose exchanges are happening: how far it got is unknown
            when w.term like 'category: %'
                 and exists (select 1 from stages st where st.agreement_date = w.agreement_date and st.term = 'prisoners') then 'unknown'
            when coalesce(d.undisclosed_stages, 0) > 0 or coalesce(d.highest_stage_ordinal, 0) > coalesce(d.n_stages, 0)
                 or (p.promised_best is null and d.n_stages > 0) then 'unknown'
            when c.last_date - coalesce(d.last_stage_date, w.agreement_date) <= 30 then 'in_progress'
            else 'stalled'
        end as status,
        p.promised_best is not null
            and (coalesce(d.delivered_to_ukraine, 0) > p.promised_best or coalesce(d.delivered_to_russia, 0) > p.promised_best)
            as delivered_exceeds_promise,
        w.term = 'prisoners' and cd.agreement_date is not null as category_deal,
        case
            when p.promised_best is not null
                 and (coalesce(d.delivered_to_ukraine, 0) > p.promised_best or coalesce(d.delivered_to_russia, 0) > p.promised_best)
                 and exists (select 1 from stages st join additional_groups g on g.event_date = st.event_date
                             where st.agreement_date = w.agreement_date and st.term = w.term)
                then 'Delivered exceeds the promise: groups were handed over on top of the agreed number (wounded, civilians).'
            when p.promised_best is not null
                 and (coalesce(d.delivered_to_ukraine, 0) > p.promised_best or coalesce(d.delivered_to_russia, 0) > p.promised_best)
                then 'Delivered exceeds the promise as stated by the sources.'
            when w.term = 'prisoners' and cd.agreement_date is not null and p.promised_best is not null
                then 'A category deal: the numbers some sources give are estimates of who falls in the categories, not a quota.'
            when coalesce(d.undisclosed_stages, 0) > 0 and coalesce(d.highest_stage_ordinal, 0) > d.n_stages
                then 'Numbers of ' || d.undisclosed_stages || ' stage(s) were not disclosed, and ' || (d.highest_stage_ordinal - d.n_stages)
                     || ' earlier stage(s) are known only from a stage number; none are added as zero.'
            when coalesce(d.undisclosed_stages, 0) > 0
                then 'Numbers of ' || d.undisclosed_stages || ' stage(s) were not disclosed; they are counted, not added as zero.'
            when coalesce(d.highest_stage_ordinal, 0) > d.n_stages
                then (d.highest_stage_ordinal - d.n_stages) || ' earlier stage(s) are known only from a stage number; their numbers are unknown.'
            when w.term like 'category: %'
                then 'A category term: it covers everyone in the category, a number no source states; the stages are the exchanges whose reports name the category.'
        end as note,
        coalesce(d.stage_list, []) as stages,
        coalesce(src.article_ids, []) as article_ids
    from windows w
    left join promises p using (agreement_date, term)
    left join deliveries d using (agreement_date, term)
    left join sources src using (agreement, agreement_date, term)
    left join category_deals cd on cd.agreement_date = w.agreement_date
    cross join corpus_end c
)

select * from final
order by agreement_date, term
