"use client";

import { lazyComponent } from "@/components/ui/lazy-component";

/**
 * A running operation's live row, loaded only where one is drawn: a page whose operations have all
 * finished sends none of its code (polling, progress, the operation and status catalogues). A client
 * module, because code splits only below a client boundary.
 */
export const LiveOperation = lazyComponent(() => import("./operation-item").then((module) => module.LiveOperation));
