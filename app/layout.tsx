import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RouterLinks } from "@/components/router-links";
import { LocaleProvider } from "@/components/i18n/locale-provider";
import { FocusHeading } from "@/features/shell/focus-heading";
import { safeTimeZone } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { currentActor } from "@/server/auth/actor";
import { requestLocale, texts } from "@/server/i18n/texts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await texts(messagesCatalogue);
  return {
    title: { default: messages.app.name, template: `%s · ${messages.app.name}` },
    description: messages.app.description,
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, actor] = await Promise.all([requestLocale(), currentActor()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <LocaleProvider locale={locale} timeZone={safeTimeZone(actor?.timeZone)}>
          {children}
        </LocaleProvider>
        <RouterLinks />
        {/* Here, not in a shell: it must outlive a navigation between route groups (see PortalShell). */}
        <FocusHeading />
      </body>
    </html>
  );
}
