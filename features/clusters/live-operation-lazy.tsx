"use client";

import dynamic from "next/dynamic";

/**
 * A running operation's live row, loaded only where one is drawn: a page whose operations have all
 * finished sends none of its code (polling, progress, the operation and status catalogues). A client
 * module, because `next/dynamic` splits code only below a client boundary.
 */
export const LiveOperation = dynamic(() => import("./operation-item").then((module) => module.LiveOperation));
