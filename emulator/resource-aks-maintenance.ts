// AKS planned maintenance and node image upgrades in the ARM emulator: the managed cluster's
// `maintenanceConfigurations` child resource (validated as AKS does) and the agent pool's
// `upgradeNodeImageVersion` action (a long-running POST).
import { ArmHttpError } from "./errors";
import type { Json, Operation, OpKind, StoredResource } from "./state";
import { bad, props, type TypeSpec } from "./resource-spec";

/** The newest node image AKS offers; an upgrade of a pool's node image moves it here. */
export const LATEST_NODE_IMAGE = "AKSUbuntu-2204gen2containerd-202612.01.0";

const CONFIG_NAMES = ["default", "aksManagedAutoUpgradeSchedule", "aksManagedNodeOSUpgradeSchedule"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function checkWindow(window: Json): void {
  const schedule = window.schedule ?? {};
  const kinds = ["daily", "weekly", "absoluteMonthly", "relativeMonthly"].filter((kind) => schedule[kind] !== undefined && schedule[kind] !== null);
  if (kinds.length !== 1)
    bad("InvalidParameter", "One and only one of the schedule types should be specified: daily, weekly, absoluteMonthly or relativeMonthly.");
  if (kinds[0] === "weekly") {
    const weekly = schedule.weekly;
    if (!DAYS.includes(weekly.dayOfWeek)) bad("InvalidParameter", `The value '${weekly.dayOfWeek}' of maintenanceWindow.schedule.weekly.dayOfWeek is invalid.`);
    if (!Number.isInteger(weekly.intervalWeeks) || weekly.intervalWeeks < 1 || weekly.intervalWeeks > 4)
      bad("InvalidParameter", "maintenanceWindow.schedule.weekly.intervalWeeks must be between 1 and 4.");
  }
  const hours = window.durationHours;
  if (!Number.isInteger(hours) || hours < 4 || hours > 24)
    bad("InvalidParameter", `maintenanceWindow.durationHours must be between 4 and 24 hours, got '${hours}'.`);
  if (typeof window.startTime !== "string" || !/^([01]\d|2[0-3]):[0-5]\d$/.test(window.startTime))
    bad("InvalidParameter", "maintenanceWindow.startTime must be in the format 'HH:mm' from '00:00' to '23:59'.");
  window.utcOffset ??= "+00:00";
  if (!/^[+-]([01]\d|1[0-4]):[0-5]\d$/.test(window.utcOffset)) bad("InvalidParameter", "maintenanceWindow.utcOffset must be in the format '+/-HH:mm'.");
}

export const maintenanceConfigurations: TypeSpec = {
  type: "Microsoft.ContainerService/managedClusters/maintenanceConfigurations",
  lro: false,
  prepare(ctx, body) {
    if (!CONFIG_NAMES.includes(ctx.name))
      bad("InvalidParameter", `The maintenance configuration name '${ctx.name}' is invalid. Allowed names: ${CONFIG_NAMES.join(", ")}.`);
    const p = props(body);
    delete body.location;
    if (ctx.name === "default") {
      if (!Array.isArray(p.timeInWeek) && !Array.isArray(p.notAllowedTime)) bad("InvalidParameter", "The 'default' maintenance configuration needs timeInWeek.");
      return;
    }
    if (!p.maintenanceWindow || typeof p.maintenanceWindow !== "object") bad("InvalidParameter", `The maintenance configuration '${ctx.name}' needs a maintenanceWindow.`);
    checkWindow(p.maintenanceWindow);
  },
};

/** What the emulator lends this module to start and report a long-running operation. */
export interface ActionHost {
  start(kind: OpKind, r: StoredResource): Operation;
  busy(r: StoredResource): Operation | undefined;
  headers(op: Operation): Record<string, string>;
}

/** POST …/agentPools/{pool}/upgradeNodeImageVersion: 202, then the pool runs the newest node image. */
export function upgradeNodeImageVersion(host: ActionHost, pool: StoredResource): { status: number; headers: Record<string, string> } {
  if (host.busy(pool))
    throw new ArmHttpError(409, "OperationNotAllowed", `Operation is not allowed because there's an in progress operation on agent pool '${pool.name}'.`);
  const op = host.start("update", pool);
  // An injected provisioning failure leaves the old image in place.
  if (!op.failWith) pool.body.properties.nodeImageVersion = LATEST_NODE_IMAGE;
  return { status: 202, headers: host.headers(op) };
}
