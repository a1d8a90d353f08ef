// Texts of the console shell's client components: the small-screen menu and the notification list.
// Kept apart from lib/messages.ts (and the shell's server-drawn pages, lib/messages-shell-pages.ts)
// so the top bar ships only these.
export const shellMessages = {
  menu: "Menu",
  openMenu: "Open navigation",
  closeMenu: "Close navigation",
  notifications: {
    title: "Notifications",
    label: (unread: number) => (unread > 0 ? `Notifications, ${unread} unread` : "Notifications"),
    empty: "No notifications.",
    markAllRead: "Mark all read",
    marking: "Marking…",
    markFailed: "Could not mark them read. Try again.",
    today: "Today",
    yesterday: "Yesterday",
    unread: "Unread",
    ticket: (number: number) => `Ticket #${number}`,
  },
} as const;
