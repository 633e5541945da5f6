import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201160856 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "waitlist_entry" ("id" text not null, "email" text not null, "product_id" text not null, "variant_id" text not null, "date" text null, "notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "waitlist_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waitlist_entry_email" ON "waitlist_entry" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waitlist_entry_variant_id" ON "waitlist_entry" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waitlist_entry_notified_at" ON "waitlist_entry" ("notified_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waitlist_entry_deleted_at" ON "waitlist_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "waitlist_entry" cascade;`);
  }

}
