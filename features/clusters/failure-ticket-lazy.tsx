"use client";

import { lazyComponent } from "@/components/ui/lazy-component";

/**
 * The support form of a failed cluster, loaded only where it is drawn: a healthy cluster's overview
 * sends none of its code or catalogues (support, overview) to the browser. A client module, because
 * code splits only below a client boundary.
 */
export const FailureTicket = lazyComponent(() => import("./failure-ticket").then((module) => module.FailureTicket));
