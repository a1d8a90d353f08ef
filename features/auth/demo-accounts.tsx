import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import type { Translation } from "@/lib/i18n/translation";
import type { messages as en } from "@/lib/messages";
import { texts } from "@/server/i18n/texts";

const DEMO_PASSWORD = "portal-demo";

const accounts = (messages: Translation<typeof en>): { email: string; role: string }[] => [
  { email: "owner@contoso.example", role: `${messages.roles.OWNER}, Contoso` },
  { email: "manager@contoso.example", role: `${messages.roles.MANAGER}, Contoso` },
  { email: "member@contoso.example", role: `${messages.roles.MEMBER}, Contoso` },
  { email: "reader@contoso.example", role: `${messages.roles.MANAGER}, Contoso (${messages.auth.noAzureRole})` },
  { email: "owner@fabrikam.example", role: `${messages.roles.OWNER}, Fabrikam` },
  { email: "manager@fabrikam.example", role: `${messages.roles.MANAGER}, Fabrikam (${messages.auth.noAzureRole})` },
  { email: "support@provider.example", role: messages.roles.SUPPORT },
  { email: "admin@provider.example", role: messages.roles.ADMIN },
];

/** Shown in local mode only: the seeded accounts, so a first run needs no set-up. */
export async function DemoAccounts() {
  const { messages } = await texts(messagesCatalogue);
  const t = messages.auth;
  return (
    <section
      aria-labelledby="demo-accounts"
      className="mt-4 rounded-lg border border-dashed border-neutral-300 bg-neutral-100/60 p-4 text-xs dark:border-neutral-700 dark:bg-neutral-900/60"
    >
      <h2 id="demo-accounts" className="text-xs font-semibold text-neutral-800 dark:text-neutral-200">
        {t.demoTitle}
      </h2>
      <p className="mt-0.5 text-neutral-600 dark:text-neutral-400">
        {t.demoHint} <code className="font-mono text-neutral-900 dark:text-neutral-100">{DEMO_PASSWORD}</code>.
      </p>
      <ul className="mt-2 space-y-1">
        {accounts(messages).map((account) => (
          <li key={account.email} className="flex justify-between gap-3">
            <code className="font-mono text-neutral-900 dark:text-neutral-100">{account.email}</code>
            <span className="text-right text-neutral-600 dark:text-neutral-400">{account.role}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
