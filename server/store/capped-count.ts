import "server-only";

// Long lists (an organisation's audit events, its support tickets) show "10,000+" instead of
// counting every row: a COUNT(*) over tens of thousands of index entries costs PostgreSQL more
// than the page itself, on every view. Counting stops at LIST_COUNT_CAP + 1. Once a filter's count
// reached the cap it is reused for a minute (new rows do not change "10,000+"); below the cap it is
// counted every time (exact). The key must hold everything the count depends on (organisation,
// the viewer's visibility, the filter), so nobody gets a count of rows they may not see.

/** Beyond this many matching rows a list says "10,000+". */
export const LIST_COUNT_CAP = 10_000;

const CAPPED_COUNT_TTL_MS = 60_000;
const MAX_KEYS = 1_000;
const cappedUntil = new Map<string, number>();

/**
 * `count(LIST_COUNT_CAP + 1)` must count the matching rows up to that limit. Returns the total
 * shown (at most the cap) and whether it was capped.
 */
export async function cappedCount(key: string, count: (limit: number) => Promise<number>, now = Date.now()): Promise<{ total: number; capped: boolean }> {
  const until = cappedUntil.get(key);
  if (until !== undefined && until > now) return { total: LIST_COUNT_CAP, capped: true };
  const value = await count(LIST_COUNT_CAP + 1);
  if (value > LIST_COUNT_CAP) {
    if (cappedUntil.size >= MAX_KEYS) cappedUntil.clear();
    cappedUntil.set(key, now + CAPPED_COUNT_TTL_MS);
    return { total: LIST_COUNT_CAP, capped: true };
  }
  return { total: value, capped: false };
}
