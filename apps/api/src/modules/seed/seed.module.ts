import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DemoSeed } from './demo-seed.service';
import { OrgSeeder } from './org-seeder.service';

/** Seed data: the demo tenant on an empty database, and `OrgSeeder` for tests and tools. */
@Module({ imports: [AuthModule], providers: [OrgSeeder, DemoSeed], exports: [OrgSeeder] })
export class SeedModule {}
