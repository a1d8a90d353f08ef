// The notification bell's name, apart from lib/messages-shell.ts: the bell is part of every page's
// first load, the notification list (and the rest of those texts) loads when it is opened.
export const bellMessages = {
  label: (unread: number) => (unread > 0 ? `Notifications, ${unread} unread` : "Notifications"),
};
