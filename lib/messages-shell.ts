// Texts of the console shell: the small-screen menu's button (the top bar passes them to it) and
// the notification list, which loads when the bell is opened. The bell's own name is in
// lib/messages-bell.ts, the shell's server-drawn pages' texts in lib/messages-shell-pages.ts.
export const shellMessages = {
  openMenu: "Open navigation",
  closeMenu: "Close navigation",
  notifications: {
    title: "Notifications",
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
