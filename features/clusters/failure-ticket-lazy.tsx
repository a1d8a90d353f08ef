"use client";

import dynamic from "next/dynamic";

/**
 * The support form of a failed cluster, loaded only where it is drawn: a healthy cluster's overview
 * sends none of its code or catalogues (support, overview) to the browser. A client module, because
 * `next/dynamic` splits code only below a client boundary.
 */
export const FailureTicket = dynamic(() => import("./failure-ticket").then((module) => module.FailureTicket));
