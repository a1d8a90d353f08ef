"use client";

import { lazy, Suspense, type ComponentType } from "react";

/**
 * A client component whose code loads when it is first drawn (`load` is its module's `import()`),
 * drawing nothing until then. React's own `lazy`, not `next/dynamic`: that one adds about 1 kB of
 * code to every page that uses it, and the top bar does (docs/decisions/0040-first-load-js.md).
 * When the server draws it, its HTML stays in place while the browser loads the code.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
