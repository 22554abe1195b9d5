import { Migration } from '@mikro-orm/migrations';

/** Tables of tenants' report state: rollups, their build state, scheduled runs. */
const TENANT_TABLES = ['report_rollup', 'report_rollup_state', 'report_schedule_run'];

/**
 * The report engine's tables (generated), then by hand: row-level security with FORCE on the tenants' tables (as in
 * Migration20261123122235_tickets), and `anxin_working_hours`, the working hours of a deployed calendar between two
 * instants, summed over the periods of `report_calendar_day` (filled by the API from the calendar definitions).
 */
export class Migration20261123151024_reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "report_calendar_day" ("calendar_key" text not null, "day" date not null, "periods" tstzrange[] not null, constraint "report_calendar_day_pkey" primary key ("calendar_key", "day"));`,
    );

    this.addSql(
      `create table "report_rollup" ("tenant_id" uuid not null, "dataset_key" text not null, "rollup_key" text not null, "day" date not null, "dims" text[] not null, "row_count" bigint not null, "sums" double precision[] not null, "counts" bigint[] not null, "mins" double precision[] not null, "maxs" double precision[] not null, constraint "report_rollup_pkey" primary key ("tenant_id", "dataset_key", "rollup_key", "day", "dims"));`,
    );

    this.addSql(
      `create table "report_rollup_state" ("tenant_id" uuid not null, "dataset_key" text not null, "rollup_key" text not null, "signature" text not null, "watermark" timestamptz null, "built_at" timestamptz not null, constraint "report_rollup_state_pkey" primary key ("tenant_id", "dataset_key", "rollup_key"));`,
    );

    this.addSql(
      `create table "report_schedule_run" ("tenant_id" uuid not null, "definition_kind" text not null, "definition_key" text not null, "last_run_at" timestamptz not null, constraint "report_schedule_run_pkey" primary key ("tenant_id", "definition_kind", "definition_key"));`,
    );

    this.addSql(`create index "ticket_tenant_id_updated_at_index" on "ticket" ("tenant_id", "updated_at");`);

    // ---- Hand-written: row-level security, the calendar function. ----
    for (const table of TENANT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(
        `create policy "${table}_tenant_isolation" on "${table}" for all to anxin_app using ("tenant_id" = anxin_current_tenant()) with check ("tenant_id" = anxin_current_tenant());`,
      );
      this.addSql(
        `create policy "${table}_system_access" on "${table}" for all to current_user using (true) with check (true);`,
      );
    }
    // Calendars are installation-wide definitions: tenants read them, only the API (as the owner) writes them.
    this.addSql(`revoke insert, update, delete on "report_calendar_day" from anxin_app;`);
    // Negative when p_to is before p_from (as workingTimeBetween); null when either is null. Local days are keyed by
    // their date, so the UTC dates of the bounds ± 1 day hold every day the interval touches, in any time zone.
    this.addSql(
      `create function anxin_working_hours(p_from timestamptz, p_to timestamptz, p_calendar text)
  returns double precision
  language sql stable parallel safe
  set search_path = pg_catalog, public
as $$
  select case when p_from is null or p_to is null then null else
    sign(extract(epoch from p_to - p_from))::double precision * coalesce((
      select sum(extract(epoch from least(upper(p), greatest(p_from, p_to)) - greatest(lower(p), least(p_from, p_to))))
        from public.report_calendar_day d cross join lateral unnest(d.periods) p
       where d.calendar_key = p_calendar
         and d.day between (least(p_from, p_to) at time zone 'UTC')::date - 1
                       and (greatest(p_from, p_to) at time zone 'UTC')::date + 1
         and upper(p) > least(p_from, p_to) and lower(p) < greatest(p_from, p_to)
    ), 0)::double precision / 3600 end
$$;`,
    );
    this.addSql(`grant execute on function anxin_working_hours(timestamptz, timestamptz, text) to anxin_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists anxin_working_hours(timestamptz, timestamptz, text);`);
    this.addSql(`drop table if exists "report_calendar_day" cascade;`);

    this.addSql(`drop table if exists "report_rollup" cascade;`);

    this.addSql(`drop table if exists "report_rollup_state" cascade;`);

    this.addSql(`drop table if exists "report_schedule_run" cascade;`);

    this.addSql(`drop index "ticket_tenant_id_updated_at_index";`);
  }
}
