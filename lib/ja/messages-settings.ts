import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-settings";

export const SETTING_LABELS: Translation<typeof en.SETTING_LABELS> = {
  loadBalancer: "ロード バランサー",
  nodeCidr: "AKS ノード CIDR",
  networkIsolated: "ネットワーク分離クラスター",
  nodeVmSize: "ノードの VM サイズ",
  maxNodeCount: "最大ノード数",
  aksTier: "AKS レベル",
  customCaCertificate: "カスタム CA 証明書",
  zoneRedundant: "可用性ゾーンにまたがるアプリケーション層",
  databaseHighAvailability: "データベースの高可用性",
  storageRedundancy: "ストレージの冗長性",
  backupStorageRedundancy: "バックアップ ストレージの冗長性",
  readReplica: "読み取りレプリカ",
  postgresTier: "PostgreSQL コンピューティング レベル",
  postgresSku: "PostgreSQL コンピューティング サイズ",
  storageTier: "ストレージ パフォーマンス レベル",
  grafanaAccess: "Grafana へのアクセス",
  tags: "カスタム タグ",
};

export const SETTING_HINTS: Translation<typeof en.SETTING_HINTS> = {
  loadBalancer: "パブリック: アプリにインターネットからアクセスできます。内部: クラスターの VNet とピアリングされたネットワークからのみアクセスできます。",
  nodeCidr: "初期化時に確定します。/22 以上を推奨します。10.0.0.0/16 および 10.244.0.0/16 と重複できません。",
  networkIsolated: "初期化時に確定します。クラスターからの送信通信はなく、イメージは成果物キャッシュから取得します。",
  nodeVmSize: "変更するとノードが 1 台ずつ置き換えられます。コンフィデンシャル コンピューティングのサイズ (DC および EC ファミリ) はサポートされていません。",
  maxNodeCount: "クラスター オートスケーラーの上限です。",
  customCaCertificate: "クラスターのノードが信頼する PEM 形式の CA 証明書 (TLS を検査するプロキシ用など)。",
  databaseHighAvailability: "ゾーン冗長から同一ゾーンへは、いったんオフを経由します。バースト可能レベルでは利用できません。",
  storageRedundancy: "アップグレードのみ: LRS → GRS → RA-GRS、ZRS → GZRS → RA-GZRS。",
  backupStorageRedundancy:
    "バックアップを保持するストレージ アカウントの冗長性です。アップグレードのみ: LRS → GRS → RA-GRS、ZRS → GZRS → RA-GZRS。",
  readReplica: "汎用またはメモリ最適化レベルが必要です。",
  storageTier: "ストレージは拡張のみ可能です。後から低いレベルを選択することはできません。",
  tags: "クラスターのすべての Azure リソースに適用されます。最大 50 個。名前は 512 文字以内で < > % & \\ ? / は使用できません。値は 256 文字以内です。",
};

export const SETTING_GROUP_TITLES: Translation<typeof en.SETTING_GROUP_TITLES> = {
  networking: "ネットワーク",
  applicationCluster: "アプリケーション クラスター",
  customCa: "カスタム CA 証明書",
  redundancy: "冗長性",
  database: "データベース",
  observability: "監視",
  tags: "カスタム タグ",
};

export const NETWORK_MODE_NAMES: Translation<typeof en.NETWORK_MODE_NAMES> = {
  A: "A · 完全パブリック",
  B: "B · セミパブリック",
  C: "C · セミプライベート",
  D: "D · 完全プライベート",
};

export const NETWORK_MODE_DESCRIPTIONS: Translation<typeof en.NETWORK_MODE_DESCRIPTIONS> = {
  A: "アプリにインターネットからアクセスできます。クラスターはインターネットにアクセスできます。",
  B: "アプリにインターネットからアクセスできます。クラスターからインターネットへの送信通信はありません。",
  C: "アプリにはプライベート ネットワークからのみアクセスできます。クラスターはインターネットにアクセスできます。",
  D: "アプリにはプライベート ネットワークからのみアクセスできます。クラスターからインターネットへの送信通信はありません。",
};

export const NETWORK_WARNINGS: Translation<typeof en.NETWORK_WARNINGS> = {
  internal:
    "アプリにインターネットからアクセスできなくなります。イングレスにはクラスターの VNet 内のプライベート IP が割り当てられます。ユーザーは、Azure でお客様が設定した VNet ピアリング、VPN、またはプライベート エンドポイント経由でのみアクセスできます。",
  isolated:
    "クラスターからインターネットへの送信アクセスがなくなります。イメージはクラスターのレジストリ キャッシュから取得され、お客様のファイアウォール経由でルーティングしない限り、アプリはインターネット上のサービスを呼び出せません。",
  public: "パブリック ロード バランサーを通じて、アプリにインターネットからアクセスできるようになります。",
};

export const HA_LABELS: Translation<typeof en.HA_LABELS> = { Off: "オフ", SameZone: "同一ゾーン", ZoneRedundant: "ゾーン冗長" };
export const LOAD_BALANCER_LABELS: Translation<typeof en.LOAD_BALANCER_LABELS> = { public: "パブリック", internal: "内部" };
export const GRAFANA_ACCESS_LABELS: Translation<typeof en.GRAFANA_ACCESS_LABELS> = { public: "パブリック", private: "プライベート" };
export const POSTGRES_TIER_LABELS: Translation<typeof en.POSTGRES_TIER_LABELS> = {
  Burstable: "バースト可能",
  GeneralPurpose: "汎用",
  MemoryOptimized: "メモリ最適化",
};

export const POLICY_MODE_LABELS: Translation<typeof en.POLICY_MODE_LABELS> = {
  editable: "編集可能",
  locked: "ロック",
  hidden: "非表示",
};

export const READ_ONLY_REASONS: Translation<typeof en.READ_ONLY_REASONS> = {
  member: "設定を変更できるのはクラスター マネージャーとオーナーのみです。",
  token: "このアクセス トークンは読み取り専用です。",
  noAzureRole:
    "設定を変更するには、Azure サブスクリプションの所有者または共同作成者ロールが必要です。サブスクリプションの所有者に割り当てを依頼してから、再読み込みしてください。",
  noAzureIdentity: "ポータル アカウントが Microsoft Entra ID にリンクされていないため、Azure ロールを確認できません。",
  azureRoleUnknown: (detail: string) => `Azure ロールを確認できませんでした: ${detail}`,
  initializationOnly: "初期化時に確定します。",
  locked: (reason: string) => `プロバイダーによってロックされています: ${reason}`,
  notInitialized: "クラスターが初期化されると設定を変更できます。",
  operationRunning: "変更を適用しています。完了するまでお待ちください。",
};

export const REFUSALS: Translation<typeof en.REFUSALS> = {
  initialization_only: (label: string) => `${label}は初期化時に確定するため、変更できません。`,
  storage_shrink: (from: string, to: string) => `データベース ストレージは拡張のみ可能です: ${to} は現在の ${from} より小さくなっています。`,
  redundancy_downgrade: (label: string, from: string, to: string) =>
    `${label}を ${from} から ${to} に変更することはできません。LRS → GRS → RA-GRS または ZRS → GZRS → RA-GZRS に沿ったアップグレードのみ可能です。`,
  ha_zone_to_same:
    "ゾーン冗長の高可用性を同一ゾーンに直接変更することはできません。まずオフにして適用してから、同一ゾーンを選択してください。",
  ha_burstable: "バースト可能レベルでは高可用性を利用できません。",
  ha_with_move_to_burstable: "バースト可能レベルへの移行と同じ変更で高可用性をオンにすることはできません。",
  replica_needs_tier: "読み取りレプリカには汎用またはメモリ最適化レベルが必要です。",
  confidential_vm: (size: string) => `${size} はコンフィデンシャル コンピューティングのサイズ (DC または EC ファミリ) であり、このサービスではサポートされていません。`,
  cidr_overlap: (cidr: string, reserved: string) => `${cidr} は、クラスターが内部で使用する ${reserved} と重複しています。`,
  reserved_tag: (name: string) => `タグ ${name} はサービスが設定するため、変更できません。`,
  certificate_invalid: (detail: string) => `証明書が無効です: ${detail}`,
  locked: (label: string, reason: string) => `${label}はプロバイダーによってロックされています: ${reason}`,
  hidden: (label: string) => `${label}はお客様の組織では利用できません。`,
};

export const DISRUPTIONS: Translation<typeof en.DISRUPTIONS> = {
  nodeVmSize: "ノード プールが 1 ノードずつ置き換えられます。アプリは実行を続けますが、各インスタンスは新しいノードで 1 回再起動します。",
  zoneRedundant: "ノード プールが可用性ゾーンにまたがって 1 ノードずつ再構築されます。各アプリ インスタンスは 1 回再起動します。",
  customCaCertificate: "ノードが新しい信頼ストアを読み込みます。アプリ インスタンスは再起動して新しい信頼ストアを使用します。",
  loadBalancer: "イングレス コントローラーのロード バランサーが再作成されます。アプリの URL に数分間アクセスできなくなり、IP アドレスが変わります。",
  aksTier: "ダウンタイムはありません。コントロール プレーンのサービス レベルのみが変わります。",
  maxNodeCount: "ダウンタイムはありません。オートスケーラーの上限のみが変わります。",
  postgresTier: "データベース サーバーが再起動します。アプリは数分間データベースに接続できなくなります。",
  postgresSku: "データベース サーバーが再起動します。アプリは数分間データベースに接続できなくなります。",
  storageTier: "ダウンタイムはありません。ディスクはオンラインで拡張されます。",
  databaseHighAvailability: "ダウンタイムはありません。スタンバイ サーバーが追加または削除されます。",
  readReplica: "プライマリ サーバーのダウンタイムはありません。",
  storageRedundancy: "ダウンタイムはありません。Azure がバックグラウンドでデータをコピーします。",
  backupStorageRedundancy: "ダウンタイムはありません。Azure がバックグラウンドでバックアップをコピーします。",
  grafanaAccess: "プライベートにすると、インターネットから Grafana にアクセスできなくなります。",
  tags: "ダウンタイムはありません。",
};

export const SETTINGS_API_MESSAGES: Translation<typeof en.SETTINGS_API_MESSAGES> = {
  versionConflict: "読み込んだ後に他のユーザーが設定を変更しました。再読み込みして変更内容を確認してから、もう一度変更を適用してください。",
  versionRequired: "読み込んだ設定のバージョンを If-Match で送信してください (GET /settings の ETag)。",
  operationRunning: "このクラスターでは別の変更または復旧を適用しています。完了してからもう一度お試しください。",
  nothingToChange: "変更する内容はありません。設定はすでに要求どおりです。",
  refused: "一部の変更が拒否されました。",
  notInitialized: "クラスターが初期化されると設定を変更できます。",
  nothingToRevert: "必要な設定はすでに適用済みの設定と同じです。",
  noRecover: "復旧する内容はありません。Azure は必要な設定と一致しています。",
};
