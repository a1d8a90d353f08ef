import "server-only";
import { calendarWithHolidays, type OfficeCalendar } from "@/lib/sla";
import { env } from "../env";

export interface ZendeskConfig {
  baseUrl: string;
  email: string;
  apiToken: string;
  webhookSecret: string | null;
}

export interface SupportConfig {
  calendar: OfficeCalendar;
  autoCloseDays: number;
  zendesk: ZendeskConfig | null;
}

/** The support center's settings from the environment; Zendesk only when fully configured. */
export function supportConfig(): SupportConfig {
  const e = env();
  const baseUrl = e.ZENDESK_BASE_URL ?? (e.ZENDESK_SUBDOMAIN ? `https://${e.ZENDESK_SUBDOMAIN}.zendesk.com` : null);
  const zendesk =
    baseUrl && e.ZENDESK_EMAIL && e.ZENDESK_API_TOKEN
      ? { baseUrl: baseUrl.replace(/\/+$/, ""), email: e.ZENDESK_EMAIL, apiToken: e.ZENDESK_API_TOKEN, webhookSecret: e.ZENDESK_WEBHOOK_SECRET ?? null }
      : null;
  return { calendar: calendarWithHolidays(e.SUPPORT_HOLIDAYS), autoCloseDays: e.SUPPORT_AUTO_CLOSE_DAYS, zendesk };
}
