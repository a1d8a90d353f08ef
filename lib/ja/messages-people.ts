import type { Translation } from "@/lib/i18n/translation";
import { INVITATION_TTL_DAYS, PASSWORD_MIN } from "@/lib/invitations";
import type * as en from "@/lib/messages-people";

const roleLabel: Translation<typeof en.peopleMessages.roleLabel> = { MEMBER: "メンバー", MANAGER: "クラスター マネージャー", OWNER: "オーナー" };

export const peopleMessages: Translation<typeof en.peopleMessages> = {
  title: "ユーザー",
  description: (org: string) => `${org} のメンバーとそのロール。オーナーはユーザーを招待し、ロールを変更できます。`,
  roleLabel,
  roleHint:
    "メンバーはクラスターの参照とチケットの作成ができます。クラスター マネージャーはさらにクラスターを変更でき、オーナーはさらにクラスターの初期化とユーザーの管理ができます。",
  inviteHeading: "ユーザーを招待",
  email: "メール アドレス",
  role: "ロール",
  invite: "招待を送信",
  inviting: "招待しています…",
  checkFields: "強調表示されたフィールドを確認してください。",
  linkHeading: "招待リンク",
  linkNote: `このポータルからメールは送信されません。このリンクをご自身で相手に渡してください。リンクは今回のみ表示され、${INVITATION_TTL_DAYS} 日間、1 回だけ使用できます。`,
  linkLabel: "招待リンク",
  copy: "コピー",
  copied: "コピーしました",
  done: "完了",
  emailed: (email: string) => `${email} に招待を送信しました。`,
  linkReady: (email: string) => `${email} への招待を作成しました。リンクを渡してください。`,
  membersHeading: "メンバー",
  invitationsHeading: "保留中の招待",
  noInvitations: "保留中の招待はありません。",
  columns: {
    name: "名前",
    email: "メール アドレス",
    role: "ロール",
    since: "メンバー登録日",
    sent: "送信日時",
    expires: "有効期限",
    state: "状態",
    actions: "操作",
  },
  state: { pending: "保留中", expired: "期限切れ", revoked: "取り消し済み", accepted: "承諾済み" },
  you: "(あなた)",
  changeRole: (name: string) => `${name} のロール`,
  roleChanged: (name, role) => `${name} のロールを${roleLabel[role]}に変更しました。`,
  remove: "削除",
  removeLabel: (name: string) => `${name} を削除`,
  confirmRemove: (name: string) => `${name} を組織から削除しますか? すぐにアクセスできなくなります。`,
  removed: (name: string) => `${name} を削除しました。`,
  resend: "再送信",
  resendLabel: (email: string) => `${email} への招待を再送信`,
  resent: (email: string) => `${email} への招待を再送信しました。`,
  relinked: (email: string) => `${email} への招待に新しいリンクを発行しました。リンクを渡してください。`,
  revoke: "取り消し",
  revokeLabel: (email: string) => `${email} への招待を取り消し`,
  confirmRevoke: (email: string) => `${email} への招待を取り消しますか? リンクは使用できなくなります。`,
  revoked: (email: string) => `${email} への招待を取り消しました。`,
  previous: "前へ",
  next: "次へ",
  pageOf: (page: number, pages: number) => `${page} / ${pages} ページ`,
  noOrgBody: "まだどの組織のメンバーでもありません。",
};

export const inviteMessages: Translation<typeof en.inviteMessages> = {
  title: "招待",
  heading: (org: string) => `${org} に参加`,
  invitedAs: (email, role) => `この招待は ${email} 宛てで、ロールは${roleLabel[role]}です。`,
  accept: "招待を承諾",
  accepting: "参加しています…",
  newAccount: "名前とパスワードを設定して、アカウントを作成してください。",
  name: "名前",
  password: "パスワード",
  passwordHint: `${PASSWORD_MIN} 文字以上。`,
  create: "アカウントを作成して参加",
  otherAccount: (email: string) =>
    `${email} としてサインインしています。サインアウトしてからリンクを開き直すか、招待されたアドレスでサインインしてください。`,
  existingAccount: "このメール アドレスのアカウントはすでに存在します。先にサインインしてから、リンクを開き直してください。",
  signIn: "サインイン",
  unusableTitle: "この招待リンクは使用できません",
  unusable: {
    unknown: "リンクが無効です。リンク全体がコピーされているか確認するか、新しい招待を依頼してください。",
    expired: `招待の有効期限が切れています (リンクの有効期間は ${INVITATION_TTL_DAYS} 日間です)。組織のオーナーに再送信を依頼してください。`,
    revoked: "招待は取り消されました。組織のオーナーに新しい招待を依頼してください。",
    accepted: "この招待はすでに使用されています。サインインして組織にアクセスしてください。",
  },
  mailSubject: (org: string) => `${org} への招待`,
  mailText: (args) =>
    `${args.inviter} さんから、Mendix on Azure ポータルの ${args.org} に${roleLabel[args.role]}として招待されました。\n\n` +
    `承諾するには、次のリンクを開いてください:\n${args.link}\n\nこのリンクは ${args.expiresAt} (UTC) まで、1 回だけ使用できます。\nこの招待に心当たりがない場合は、このメールを無視してください。\n`,
};
