import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201153311 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bake_plan_override" drop constraint if exists "bake_plan_override_group_id_date_unique";`);
    this.addSql(`alter table if exists "bake_plan_item" drop constraint if exists "bake_plan_item_variant_id_unique";`);
    this.addSql(`alter table if exists "bake_plan_group" drop constraint if exists "bake_plan_group_name_unique";`);
    this.addSql(`alter table if exists "bake_plan_booking" drop constraint if exists "bake_plan_booking_cart_id_group_id_unique";`);
    this.addSql(`create table if not exists "bake_plan_booking" ("id" text not null, "cart_id" text not null, "order_id" text null, "group_id" text not null, "date" text not null, "units" integer not null, "over_plan" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bake_plan_booking_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_booking_cart_id" ON "bake_plan_booking" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_booking_order_id" ON "bake_plan_booking" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_booking_group_id" ON "bake_plan_booking" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_booking_date" ON "bake_plan_booking" ("date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_booking_deleted_at" ON "bake_plan_booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bake_plan_booking_cart_id_group_id_unique" ON "bake_plan_booking" ("cart_id", "group_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bake_plan_group" ("id" text not null, "name" text not null, "unit" text not null, "weekday_quantities" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bake_plan_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bake_plan_group_name_unique" ON "bake_plan_group" ("name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_group_deleted_at" ON "bake_plan_group" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bake_plan_item" ("id" text not null, "product_id" text not null, "variant_id" text not null, "units" integer not null default 1, "stock_managed_before" boolean not null default true, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bake_plan_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_item_product_id" ON "bake_plan_item" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bake_plan_item_variant_id_unique" ON "bake_plan_item" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_item_group_id" ON "bake_plan_item" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_item_deleted_at" ON "bake_plan_item" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bake_plan_override" ("id" text not null, "date" text not null, "quantity" integer not null, "reason" text null, "group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bake_plan_override_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_override_group_id" ON "bake_plan_override" ("group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bake_plan_override_deleted_at" ON "bake_plan_override" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bake_plan_override_group_id_date_unique" ON "bake_plan_override" ("group_id", "date") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bake_plan_item" add constraint "bake_plan_item_group_id_foreign" foreign key ("group_id") references "bake_plan_group" ("id") on update cascade;`);

    this.addSql(`alter table if exists "bake_plan_override" add constraint "bake_plan_override_group_id_foreign" foreign key ("group_id") references "bake_plan_group" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bake_plan_item" drop constraint if exists "bake_plan_item_group_id_foreign";`);

    this.addSql(`alter table if exists "bake_plan_override" drop constraint if exists "bake_plan_override_group_id_foreign";`);

    this.addSql(`drop table if exists "bake_plan_booking" cascade;`);

    this.addSql(`drop table if exists "bake_plan_group" cascade;`);

    this.addSql(`drop table if exists "bake_plan_item" cascade;`);

    this.addSql(`drop table if exists "bake_plan_override" cascade;`);
  }

}
