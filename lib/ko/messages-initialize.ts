import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-initialize";

export const PREFLIGHT_LABELS: Translation<typeof en.PREFLIGHT_LABELS> = {
  providers: "리소스 공급자 등록",
  vmSize: "지역에서 사용할 수 있는 노드 VM 크기",
  owner: "구독의 소유자 역할 보유",
  entitlement: "사용 자격(평가판 또는 클라우드 토큰)",
};

export const initializeMessages: Translation<typeof en.initializeMessages> = {
  metadataTitle: "클러스터 초기화",
  title: (cluster) => `${cluster} 초기화`,
  description: (org, region, subscriptionId) => `${org} · ${region} · 구독 ${subscriptionId}`,
  notWaiting: "이 클러스터는 초기화를 기다리고 있지 않습니다.",
  toOverview: "클러스터 개요로 이동",
  stepsLabel: "단계",
  steps: { preflight: "1. 사전 검사", settings: "2. 프로비저닝 옵션", review: "3. 검토" },
  preflightTitle: "사전 검사",
  preflightDescription: (region) => `${region}에 있는 Azure 구독을 대상으로 검사했습니다.`,
  runAgain: "다시 검사",
  checking: "검사하는 중…",
  status: { pending: "대기 중", running: "실행 중", done: "완료", failed: "실패" },
  registerProviders: "공급자 등록",
  registering: "등록하는 중…",
  toSettings: "다음: 프로비저닝 옵션",
  settingsTitle: "프로비저닝 옵션",
  settingsDescription: "모든 옵션에는 기본값이 있습니다. 필요한 항목만 변경하세요.",
  settingsInvalid: "확인이 필요한 옵션이 있습니다. 각 항목 옆의 메시지를 확인하세요.",
  back: "뒤로",
  toReview: "다음: 검토",
  reviewTitle: "검토",
  reviewDescription: "Azure에서 초기화하는 데 약 15분이 걸립니다. 각 구성 요소의 진행 상황은 클러스터 개요에서 확인할 수 있습니다.",
  fixedAfterInitialization: (value) => `${value}(초기화 후에는 변경할 수 없음)`,
  initialize: "초기화",
  starting: "시작하는 중…",
};

export const rerunMessages: Translation<typeof en.rerunMessages> = {
  title: (cluster) => `${cluster} 초기화 다시 실행`,
  description: "조정기는 이미 있는 리소스를 모두 유지하고 나머지를 만듭니다.",
  failedTitle: "초기화에 실패했습니다",
  ticketHint: (reruns) =>
    reruns === 0
      ? "다시 실행도 실패하면 로그가 첨부된 지원 티켓이 자동으로 열립니다."
      : `지금까지 ${reruns}번 다시 실행했습니다. 이번 다시 실행도 실패하면 로그가 첨부된 지원 티켓이 자동으로 열립니다.`,
  failedComponents: "실패한 구성 요소",
  rerun: "다시 실행",
  starting: "다시 실행을 시작하는 중…",
};

export const preflightMessages: Translation<typeof en.preflightMessages> = {
  providersDone: (count) => `리소스 공급자 ${count}개가 모두 등록되어 있습니다.`,
  providersMissing: (missing) => `등록되지 않음: ${missing}.`,
  providersRegistering: (missing, registering) => `등록되지 않음: ${missing}(등록 중: ${registering}, 몇 분 정도 걸립니다).`,
  providersFix: (namespace) => `등록하려면: az provider register --namespace ${namespace}`,
  vmSizeOffered: (size, location) => `${size}은(는) ${location}에서 제공됩니다.`,
  vmSizeRestricted: (size, location, reason) => `${size}은(는) 이 구독의 ${location}에서 제한되어 있습니다(${reason}).`,
  vmSizeNotOffered: (size, location) => `${size}은(는) ${location}에서 제공되지 않습니다.`,
  vmSizeFix: (examples) => `다른 노드 VM 크기(예: ${examples})를 선택하거나 Microsoft 지원에 제한 해제를 요청하세요.`,
  vmSizeFixNone: "이 지역의 VM 크기에 대한 액세스를 Microsoft 지원에 요청하세요.",
  ownerUnlinked: "포털 계정이 Microsoft Entra ID에 연결되어 있지 않습니다.",
  ownerUnlinkedFix: "구독을 소유한 Microsoft Entra 계정으로 로그인하거나 구독 소유자에게 클러스터 초기화를 요청하세요.",
  ownerDone: "구독의 소유자 역할을 보유하고 있습니다.",
  ownerMissing: "구독의 소유자 역할을 보유하고 있지 않습니다.",
  ownerFix: (command) => `구독 소유자에게 다음 명령 실행을 요청하세요: ${command}`,
  trialActive: (until) => `평가판은 ${until}까지 유효합니다.`,
  tokensEnough: (tokens, needed, perEnvironment, environments) =>
    `클라우드 토큰 ${tokens}개, 필요 ${needed}개(환경당 ${perEnvironment}개: 조직의 기존 환경 ${environments}개 + 이 클러스터의 첫 환경).`,
  tokensShort: (tokens, needed, perEnvironment, environments) =>
    `클라우드 토큰 ${tokens}개, 필요 ${needed}개(환경당 ${perEnvironment}개: 실행 중인 환경 ${environments}개 + 이 클러스터의 첫 환경).`,
  tokensShortTrialEnded: (tokens, needed, perEnvironment, environments) =>
    `클라우드 토큰 ${tokens}개, 필요 ${needed}개(환경당 ${perEnvironment}개: 실행 중인 환경 ${environments}개 + 이 클러스터의 첫 환경). 평가판이 종료되었습니다.`,
  tokensFix: "클라우드 토큰을 더 구매하거나 평가판을 시작한 다음 다시 검사하세요.",
  azureFailed: (code, message) => `Azure 응답 ${code}: ${message}`,
  azureFailedFix: "포털이 구독을 읽을 수 있는지 확인한 다음 다시 검사하세요.",
};
