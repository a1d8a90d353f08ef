import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RouterLinks } from "@/components/router-links";
import { messages } from "@/lib/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.name, template: `%s · ${messages.app.name}` },
  description: messages.app.description,
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {children}
        <RouterLinks />
      </body>
    </html>
  );
}
