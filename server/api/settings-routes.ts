import "server-only";
import { azureGatewayFromEnv } from "../azure/gateway";
import { db } from "../db";
import { sender } from "../jobs/boss";
import { settingsHandlers } from "./settings-handlers";

/** The settings handlers over the process's database, job queue and Azure gateway. */
export const settingsApi = settingsHandlers({ db, boss: sender, azure: azureGatewayFromEnv });
