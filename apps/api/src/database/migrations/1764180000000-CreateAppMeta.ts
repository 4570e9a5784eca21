import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Installation-wide facts (not tenant data): when the database was created, whether demo data was seeded. */
export class CreateAppMeta1764180000000 implements MigrationInterface {
  name = 'CreateAppMeta1764180000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app_meta (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO app_meta (key, value) VALUES ('installed_at', to_jsonb(now()))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_meta`);
  }
}
