import type { Translation } from "@/lib/i18n/translation";
import { INVITATION_TTL_DAYS, PASSWORD_MIN } from "@/lib/people-limits";
import type * as en from "@/lib/messages-people";
import { josa } from "./particle";

const roleLabel: Translation<typeof en.peopleMessages.roleLabel> = { MEMBER: "구성원", MANAGER: "클러스터 관리자", OWNER: "소유자" };

export const peopleMessages: Translation<typeof en.peopleMessages> = {
  title: "사용자",
  description: (org: string) => `${org}의 구성원과 역할입니다. 소유자는 사용자를 초대하고 역할을 변경합니다.`,
  roleLabel,
  roleHint:
    "구성원은 클러스터를 보고 티켓을 열 수 있습니다. 클러스터 관리자는 클러스터도 변경할 수 있고, 소유자는 클러스터 초기화와 사용자 관리도 할 수 있습니다.",
  inviteHeading: "사용자 초대",
  email: "이메일 주소",
  role: "역할",
  invite: "초대 보내기",
  inviting: "초대하는 중…",
  checkFields: "강조 표시된 필드를 확인하십시오.",
  linkHeading: "초대 링크",
  linkNote: `이 포털은 이메일을 보내지 않습니다. 이 링크를 직접 상대방에게 전달하십시오. 링크는 지금만 표시되며 ${INVITATION_TTL_DAYS}일 동안 한 번 사용할 수 있습니다.`,
  linkLabel: "초대 링크",
  copy: "복사",
  copied: "복사됨",
  done: "완료",
  emailed: (email: string) => `${email}에게 초대를 보냈습니다.`,
  linkReady: (email: string) => `${email}에 대한 초대를 만들었습니다. 링크를 전달하십시오.`,
  membersHeading: "구성원",
  invitationsHeading: "보류 중인 초대",
  noInvitations: "보류 중인 초대가 없습니다.",
  columns: {
    name: "이름",
    email: "이메일",
    role: "역할",
    since: "가입일",
    sent: "보낸 일시",
    expires: "만료",
    state: "상태",
    actions: "작업",
  },
  state: { pending: "보류 중", expired: "만료됨", revoked: "취소됨", accepted: "수락됨" },
  you: "(나)",
  changeRole: (name: string) => `${name}의 역할`,
  roleChanged: (name, role) => `${name}의 역할이 ${josa(roleLabel[role], "으로")} 변경되었습니다.`,
  remove: "제거",
  removeLabel: (name: string) => `${name} 제거`,
  onlyOwner: "유일한 소유자",
  onlyOwnerNote: (name: string) => `${name} 님은 유일한 소유자입니다. 역할을 바꾸거나 제거하기 전에 다른 구성원을 소유자로 지정하세요.`,
  confirmRemove: (name: string) => `${josa(name, "을")} 조직에서 제거하시겠습니까? 즉시 액세스 권한을 잃습니다.`,
  removed: (name: string) => `${josa(name, "을")} 제거했습니다.`,
  resend: "다시 보내기",
  resendLabel: (email: string) => `${email}에게 초대 다시 보내기`,
  resent: (email: string) => `${email}에게 초대를 다시 보냈습니다.`,
  relinked: (email: string) => `${email}에 대한 초대에 새 링크가 발급되었습니다. 링크를 전달하십시오.`,
  revoke: "취소",
  revokeLabel: (email: string) => `${email}에 대한 초대 취소`,
  confirmRevoke: (email: string) => `${email}에 대한 초대를 취소하시겠습니까? 링크가 더 이상 작동하지 않습니다.`,
  revoked: (email: string) => `${email}에 대한 초대를 취소했습니다.`,
  previous: "이전",
  next: "다음",
  pageOf: (page: number, pages: number) => `${page}/${pages} 페이지`,
  noOrgBody: "아직 어느 조직의 구성원도 아닙니다.",
};

export const inviteMessages: Translation<typeof en.inviteMessages> = {
  title: "초대",
  heading: (org: string) => `${org}에 참가`,
  invitedAs: (email, role) => `이 초대는 ${email}에게 ${roleLabel[role]} 역할로 보낸 것입니다.`,
  accept: "초대 수락",
  accepting: "참가하는 중…",
  newAccount: "이름과 암호를 정해 계정을 만드십시오.",
  name: "이름",
  password: "암호",
  passwordHint: `${PASSWORD_MIN}자 이상.`,
  create: "계정 만들고 참가",
  otherAccount: (email: string) =>
    `${josa(email, "으로")} 로그인되어 있습니다. 로그아웃한 후 링크를 다시 열거나, 초대받은 주소로 로그인하십시오.`,
  existingAccount: "이 이메일 주소의 계정이 이미 있습니다. 먼저 로그인한 후 링크를 다시 여십시오.",
  signIn: "로그인",
  unusableTitle: "이 초대 링크를 사용할 수 없습니다",
  unusable: {
    unknown: "링크가 유효하지 않습니다. 링크 전체가 복사되었는지 확인하거나 새 초대를 요청하십시오.",
    expired: `초대가 만료되었습니다(링크는 ${INVITATION_TTL_DAYS}일 동안 유효합니다). 조직의 소유자에게 다시 보내 달라고 요청하십시오.`,
    revoked: "초대가 취소되었습니다. 조직의 소유자에게 새 초대를 요청하십시오.",
    accepted: "이 초대는 이미 사용되었습니다. 로그인하여 조직에 접근하십시오.",
  },
  mailSubject: (org: string) => `${org}에 초대되었습니다`,
  mailText: (args) =>
    `${args.inviter} 님이 Mendix on Azure 포털의 ${args.org}에 ${josa(roleLabel[args.role], "으로")} 참가하도록 초대했습니다.\n\n` +
    `초대를 수락하려면 다음 링크를 여십시오.\n${args.link}\n\n이 링크는 ${args.expiresAt}(UTC)까지 한 번만 사용할 수 있습니다.\n이 초대를 예상하지 못했다면 이 이메일을 무시하십시오.\n`,
};
