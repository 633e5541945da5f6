import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130004153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bakery_profile" drop constraint if exists "bakery_profile_product_id_unique";`);
    this.addSql(`create table if not exists "bakery_profile" ("id" text not null, "product_id" text not null, "allergens_contains" text[] not null default '{}', "allergens_may_contain" text[] not null default '{}', "dietary_tags" text[] not null default '{}', "lead_time_hours" integer not null default 0, "inscription_max_length" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bakery_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bakery_profile_product_id_unique" ON "bakery_profile" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bakery_profile_deleted_at" ON "bakery_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bakery_profile" cascade;`);
  }

}
