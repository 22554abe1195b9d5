import { Field, InputType, Int } from '@nestjs/graphql';

export const MAX_PAGE_SIZE = 200;

@InputType('PageInput', { description: 'Offset pagination: `limit` rows from `offset` (at most 200).' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  offset = 0;

  @Field(() => Int, { defaultValue: 50 })
  limit = 50;
}

/** The page clamped to sane bounds. */
export function pageOf(page: PageInput | undefined): { offset: number; limit: number } {
  return {
    offset: Math.max(0, Math.trunc(page?.offset ?? 0)),
    limit: Math.min(Math.max(1, Math.trunc(page?.limit ?? 50)), MAX_PAGE_SIZE),
  };
}

/**
 * Runs a page query whose rows carry `count(*) over () as total`: the total comes with the page, and a page past the
 * end (no rows to carry it) asks once more for the first row only.
 */
export async function pageWithTotal<R extends { total: string | number }>(
  page: { offset: number; limit: number },
  run: (limit: number, offset: number) => Promise<R[]>,
): Promise<{ rows: R[]; total: number }> {
  const rows = await run(page.limit, page.offset);
  const carrier = rows[0] ?? (page.offset > 0 ? (await run(1, 0))[0] : undefined);
  return { rows, total: Number(carrier?.total ?? 0) };
}
