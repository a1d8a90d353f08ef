"use client";

import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

const loadResolver = () => import("@hookform/resolvers/zod").then((module) => module.zodResolver);

/**
 * A react-hook-form resolver whose schema (and with it zod and the zod resolver) loads at the first
 * check instead of with the page (docs/decisions/0040-first-load-js.md). `loadSchema` imports the
 * schema's module; the form also preloads it when the page is idle (`preloadZodResolver`).
 */
export function lazyZodResolver<Input extends FieldValues, Output>(loadSchema: () => Promise<z.ZodType<Output, Input>>): Resolver<Input, unknown, Output> {
  return async (values, context, options) => {
    const [zodResolver, schema] = await Promise.all([loadResolver(), loadSchema()]);
    return zodResolver(schema)(values, context, options);
  };
}

/** Loads what a lazy resolver needs ahead of its first check. */
export function preloadZodResolver(loadSchema: () => Promise<unknown>): Promise<unknown> {
  return Promise.all([loadResolver(), loadSchema()]);
}
