import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-settings";
import { josa } from "./particle";

export const SETTING_LABELS: Translation<typeof en.SETTING_LABELS> = {
  loadBalancer: "부하 분산 장치",
  nodeCidr: "AKS 노드 CIDR",
  networkIsolated: "네트워크 격리 클러스터",
  nodeVmSize: "노드 VM 크기",
  maxNodeCount: "최대 노드 수",
  aksTier: "AKS 계층",
  customCaCertificate: "사용자 지정 CA 인증서",
  zoneRedundant: "가용성 영역에 걸친 애플리케이션 계층",
  databaseHighAvailability: "데이터베이스 고가용성",
  storageRedundancy: "스토리지 중복",
  backupStorageRedundancy: "백업 스토리지 중복",
  readReplica: "읽기 복제본",
  postgresTier: "PostgreSQL 컴퓨팅 계층",
  postgresSku: "PostgreSQL 컴퓨팅 크기",
  storageTier: "스토리지 성능 계층",
  grafanaAccess: "Grafana 액세스",
  tags: "사용자 지정 태그",
};

export const SETTING_HINTS: Translation<typeof en.SETTING_HINTS> = {
  loadBalancer: "공용: 인터넷에서 앱에 접근할 수 있습니다. 내부: 클러스터의 VNet과 피어링된 네트워크에서만 접근할 수 있습니다.",
  nodeCidr: "초기화할 때 고정됩니다. /22 이상을 권장하며, 10.0.0.0/16 또는 10.244.0.0/16과 겹치면 안 됩니다.",
  networkIsolated: "초기화할 때 고정됩니다. 클러스터에서 외부로 나가는 트래픽이 없으며, 이미지는 아티팩트 캐시를 통해 가져옵니다.",
  nodeVmSize: "변경하면 노드가 하나씩 교체됩니다. 기밀 컴퓨팅 크기(DC 및 EC 제품군)는 지원되지 않습니다.",
  maxNodeCount: "클러스터 자동 크기 조정기의 상한입니다.",
  customCaCertificate: "클러스터 노드가 신뢰하는 PEM CA 인증서입니다(예: TLS 검사 프록시용).",
  databaseHighAvailability: "영역 중복에서 동일 영역으로 바꾸려면 먼저 끄기를 거쳐야 합니다. 버스트 가능 계층에서는 사용할 수 없습니다.",
  storageRedundancy: "업그레이드만 가능: LRS → GRS → RA-GRS, ZRS → GZRS → RA-GZRS.",
  backupStorageRedundancy: "백업을 보관하는 스토리지 계정의 중복입니다. 업그레이드만 가능: LRS → GRS → RA-GRS, ZRS → GZRS → RA-GZRS.",
  readReplica: "범용 또는 메모리 최적화 계층이 필요합니다.",
  storageTier: "스토리지는 늘리기만 할 수 있습니다. 나중에 더 낮은 계층을 선택할 수 없습니다.",
  tags: "클러스터의 모든 Azure 리소스에 적용됩니다. 최대 50개이며, 이름은 < > % & \\ ? / 없이 512자 이하, 값은 256자 이하입니다.",
};

export const SETTING_GROUP_TITLES: Translation<typeof en.SETTING_GROUP_TITLES> = {
  networking: "네트워킹",
  applicationCluster: "애플리케이션 클러스터",
  customCa: "사용자 지정 CA 인증서",
  redundancy: "중복",
  database: "데이터베이스",
  observability: "모니터링",
  tags: "사용자 지정 태그",
};

export const NETWORK_MODE_NAMES: Translation<typeof en.NETWORK_MODE_NAMES> = {
  A: "A · 완전 공용",
  B: "B · 부분 공용",
  C: "C · 부분 프라이빗",
  D: "D · 완전 프라이빗",
};

export const NETWORK_MODE_DESCRIPTIONS: Translation<typeof en.NETWORK_MODE_DESCRIPTIONS> = {
  A: "인터넷에서 앱에 접근할 수 있으며, 클러스터는 인터넷에 접근할 수 있습니다.",
  B: "인터넷에서 앱에 접근할 수 있으며, 클러스터에서 인터넷으로 나가는 트래픽은 없습니다.",
  C: "프라이빗 네트워크에서만 앱에 접근할 수 있으며, 클러스터는 인터넷에 접근할 수 있습니다.",
  D: "프라이빗 네트워크에서만 앱에 접근할 수 있으며, 클러스터에서 인터넷으로 나가는 트래픽은 없습니다.",
};

export const NETWORK_WARNINGS: Translation<typeof en.NETWORK_WARNINGS> = {
  internal:
    "더 이상 인터넷에서 앱에 접근할 수 없습니다. 수신 컨트롤러는 클러스터 VNet의 프라이빗 IP를 받습니다. 사용자는 Azure에서 직접 설정한 VNet 피어링, VPN 또는 프라이빗 엔드포인트를 통해서만 앱에 접근할 수 있습니다.",
  isolated:
    "클러스터에서 인터넷으로 나가는 액세스가 없어집니다. 이미지는 클러스터의 레지스트리 캐시에서 가져오며, 자체 방화벽을 통해 라우팅하지 않는 한 앱은 인터넷의 서비스를 호출할 수 없습니다.",
  public: "공용 부하 분산 장치를 통해 인터넷에서 앱에 접근할 수 있게 됩니다.",
};

export const HA_LABELS: Translation<typeof en.HA_LABELS> = { Off: "끄기", SameZone: "동일 영역", ZoneRedundant: "영역 중복" };
export const LOAD_BALANCER_LABELS: Translation<typeof en.LOAD_BALANCER_LABELS> = { public: "공용", internal: "내부" };
export const GRAFANA_ACCESS_LABELS: Translation<typeof en.GRAFANA_ACCESS_LABELS> = { public: "공용", private: "프라이빗" };
export const POSTGRES_TIER_LABELS: Translation<typeof en.POSTGRES_TIER_LABELS> = {
  Burstable: "버스트 가능",
  GeneralPurpose: "범용",
  MemoryOptimized: "메모리 최적화",
};

export const POLICY_MODE_LABELS: Translation<typeof en.POLICY_MODE_LABELS> = {
  editable: "편집 가능",
  locked: "잠김",
  hidden: "숨김",
};

export const READ_ONLY_REASONS: Translation<typeof en.READ_ONLY_REASONS> = {
  member: "클러스터 관리자와 소유자만 설정을 변경할 수 있습니다.",
  token: "이 액세스 토큰은 읽기 전용입니다.",
  noAzureRole:
    "설정을 변경하려면 Azure 구독에 대한 소유자 또는 기여자 역할이 필요합니다. 구독 소유자에게 역할 할당을 요청한 후 다시 로드하십시오.",
  noAzureIdentity: "포털 계정이 Microsoft Entra ID에 연결되어 있지 않아 Azure 역할을 확인할 수 없습니다.",
  azureRoleUnknown: (detail: string) => `Azure 역할을 확인할 수 없습니다: ${detail}`,
  initializationOnly: "초기화할 때 고정됩니다.",
  locked: (reason: string) => `공급자가 잠갔습니다: ${reason}`,
  notInitialized: "클러스터가 초기화되면 설정을 변경할 수 있습니다.",
  operationRunning: "변경 사항을 적용하는 중입니다. 완료될 때까지 기다리십시오.",
};

export const REFUSALS: Translation<typeof en.REFUSALS> = {
  initialization_only: (label: string) => `${josa(label, "은")} 초기화할 때 고정되므로 변경할 수 없습니다.`,
  storage_shrink: (from: string, to: string) => `데이터베이스 스토리지는 늘리기만 할 수 있습니다. ${josa(to, "은")} 현재 크기 ${from}보다 작습니다.`,
  redundancy_downgrade: (label: string, from: string, to: string) =>
    `${josa(label, "을")} ${from}에서 ${josa(to, "으로")} 변경할 수 없습니다. LRS → GRS → RA-GRS 또는 ZRS → GZRS → RA-GZRS 순서의 업그레이드만 가능합니다.`,
  ha_zone_to_same: "영역 중복 고가용성은 동일 영역으로 바로 변경할 수 없습니다. 먼저 끄고 적용한 다음 동일 영역을 선택하십시오.",
  ha_burstable: "버스트 가능 계층에서는 고가용성을 사용할 수 없습니다.",
  ha_with_move_to_burstable: "버스트 가능 계층으로 이동하는 변경과 함께 고가용성을 켤 수 없습니다.",
  replica_needs_tier: "읽기 복제본에는 범용 또는 메모리 최적화 계층이 필요합니다.",
  confidential_vm: (size: string) => `${josa(size, "은")} 기밀 컴퓨팅 크기(DC 또는 EC 제품군)이므로 이 서비스에서 지원되지 않습니다.`,
  cidr_overlap: (cidr: string, reserved: string) => `${josa(cidr, "이")} 클러스터에서 내부적으로 사용하는 ${josa(reserved, "과")} 겹칩니다.`,
  reserved_tag: (name: string) => `${name} 태그는 서비스가 설정하므로 변경할 수 없습니다.`,
  certificate_invalid: (detail: string) => `인증서가 유효하지 않습니다: ${detail}`,
  locked: (label: string, reason: string) => `공급자가 ${josa(label, "을")} 잠갔습니다: ${reason}`,
  hidden: (label: string) => `${josa(label, "은")} 조직에서 사용할 수 없습니다.`,
};

export const DISRUPTIONS: Translation<typeof en.DISRUPTIONS> = {
  nodeVmSize: "노드 풀이 노드별로 교체됩니다. 앱은 계속 실행되지만 각 인스턴스는 새 노드에서 한 번 다시 시작됩니다.",
  zoneRedundant: "노드 풀이 가용성 영역에 걸쳐 노드별로 다시 구성됩니다. 각 앱 인스턴스는 한 번 다시 시작됩니다.",
  customCaCertificate: "노드가 새 신뢰 저장소를 적용하고, 앱 인스턴스는 이를 사용하기 위해 다시 시작됩니다.",
  loadBalancer: "수신 컨트롤러의 부하 분산 장치가 다시 만들어집니다. 몇 분 동안 앱 URL에 접근할 수 없으며 IP 주소가 바뀝니다.",
  aksTier: "가동 중지 시간이 없습니다. 컨트롤 플레인의 서비스 수준만 바뀝니다.",
  maxNodeCount: "가동 중지 시간이 없습니다. 자동 크기 조정기의 상한만 바뀝니다.",
  postgresTier: "데이터베이스 서버가 다시 시작됩니다. 몇 분 동안 앱의 데이터베이스 연결이 끊어집니다.",
  postgresSku: "데이터베이스 서버가 다시 시작됩니다. 몇 분 동안 앱의 데이터베이스 연결이 끊어집니다.",
  storageTier: "가동 중지 시간이 없습니다. 디스크가 온라인 상태로 늘어납니다.",
  databaseHighAvailability: "가동 중지 시간이 없습니다. 대기 서버가 추가되거나 제거됩니다.",
  readReplica: "주 서버의 가동 중지 시간이 없습니다.",
  storageRedundancy: "가동 중지 시간이 없습니다. Azure가 백그라운드에서 데이터를 복사합니다.",
  backupStorageRedundancy: "가동 중지 시간이 없습니다. Azure가 백그라운드에서 백업을 복사합니다.",
  grafanaAccess: "프라이빗으로 설정하면 인터넷에서 Grafana에 접근할 수 없습니다.",
  tags: "가동 중지 시간이 없습니다.",
};

export const SETTINGS_API_MESSAGES: Translation<typeof en.SETTINGS_API_MESSAGES> = {
  versionConflict: "설정을 불러온 후 다른 사용자가 변경했습니다. 다시 로드하여 변경 내용을 확인한 다음 변경 사항을 다시 적용하십시오.",
  versionRequired: "불러온 설정 버전을 If-Match로 보내십시오(GET /settings의 ETag).",
  operationRunning: "이 클러스터에 다른 변경 또는 복구를 적용하는 중입니다. 완료된 후 다시 시도하십시오.",
  nothingToChange: "변경할 내용이 없습니다. 설정이 이미 요청한 대로입니다.",
  refused: "일부 변경 사항이 거부되었습니다.",
  notInitialized: "클러스터가 초기화되면 설정을 변경할 수 있습니다.",
  nothingToRevert: "원하는 설정이 이미 적용된 설정과 같습니다.",
  noRecover: "복구할 내용이 없습니다. Azure가 원하는 설정과 일치합니다.",
};
