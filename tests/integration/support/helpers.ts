import { testDb } from "../db";

export const FIXED_NOW = new Date("2026-03-02T09:00:00Z"); // Monday 10:00 in Amsterdam

export async function orgBySlug(slug: string) {
  return testDb.organization.findUniqueOrThrow({ where: { slug } });
}
