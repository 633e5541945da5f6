import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130004408 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "slot_booking" drop constraint if exists "slot_booking_cart_id_unique";`);
    this.addSql(`alter table if exists "blackout_date" drop constraint if exists "blackout_date_date_unique";`);
    this.addSql(`create table if not exists "blackout_date" ("id" text not null, "date" text not null, "reason" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "blackout_date_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_blackout_date_date_unique" ON "blackout_date" ("date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_blackout_date_deleted_at" ON "blackout_date" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "schedule_settings" ("id" text not null, "timezone" text not null, "slot_minutes" integer not null, "pickup_capacity" integer not null, "delivery_capacity" integer not null, "same_day_cutoff" text null, "booking_horizon_days" integer not null, "opening_hours" jsonb not null, "delivery_zip_codes" jsonb not null, "delivery_minimum_order" numeric not null, "raw_delivery_minimum_order" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "schedule_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_schedule_settings_deleted_at" ON "schedule_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "slot_booking" ("id" text not null, "cart_id" text not null, "order_id" text null, "type" text check ("type" in ('pickup', 'delivery')) not null, "slot_start" timestamptz not null, "slot_end" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "slot_booking_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_slot_booking_cart_id_unique" ON "slot_booking" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_booking_order_id" ON "slot_booking" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_booking_slot_start" ON "slot_booking" ("slot_start") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_slot_booking_deleted_at" ON "slot_booking" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "blackout_date" cascade;`);

    this.addSql(`drop table if exists "schedule_settings" cascade;`);

    this.addSql(`drop table if exists "slot_booking" cascade;`);
  }

}
