import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmulator } from "@/emulator/server";
import { EmulatorAdminClient } from "@/emulator/admin-client";
import type { EmulatorOptions } from "@/emulator/types";
import { createAzureClients, type AzureClients } from "@/server/azure/client-factory";

export const SUB = "11111111-2222-3333-4444-555555555555";
export const LOCATION = "westeurope";

export interface TestEmulator {
  url: string;
  stateDir: string;
  admin: EmulatorAdminClient;
  clients: AzureClients;
  close(): Promise<void>;
  restart(opts?: Partial<EmulatorOptions>): Promise<void>;
  dispose(): Promise<void>;
}

export async function startTestEmulator(opts: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const stateDir = opts.stateDir ?? mkdtempSync(path.join(os.tmpdir(), "arm-emu-"));
  let emu = await startEmulator({ port: 0, provisionMs: 30, persistDelayMs: 10, ...opts, stateDir });
  const make = (url: string) =>
    createAzureClients({ mode: "local", endpoint: url, subscriptionId: SUB, pollIntervalMs: 10, retry: { baseDelayMs: 10, maxDelayMs: 50 } });
  const t: TestEmulator = {
    url: emu.url,
    stateDir,
    admin: new EmulatorAdminClient(emu.url),
    clients: make(emu.url),
    close: () => emu.close(),
    async restart(more = {}) {
      await emu.close();
      emu = await startEmulator({ port: 0, provisionMs: 30, persistDelayMs: 10, ...opts, ...more, stateDir });
      t.url = emu.url;
      t.admin = new EmulatorAdminClient(emu.url);
      t.clients = make(emu.url);
    },
    async dispose() {
      await emu.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
  return t;
}

/** Raw ARM request against the emulator (for shapes the SDK hides). */
export async function armFetch(
  url: string,
  method: string,
  p: string,
  body?: unknown,
  headers: Record<string, string> = { Authorization: "Bearer test" },
): Promise<{ status: number; headers: Headers; json: any }> {
  const res = await fetch(url + p, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

export function rgId(rg: string): string {
  return `/subscriptions/${SUB}/resourceGroups/${rg}`;
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}
