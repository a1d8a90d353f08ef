import type { Translation } from "@/lib/i18n/translation";
import type * as en from "@/lib/messages-api-docs";

export const apiDocsMessages: Translation<typeof en.apiDocsMessages> = {
  title: "API 참조",
  description: "포털 REST API의 모든 경로입니다. 각 경로가 유효성 검사에 사용하는 스키마에서 생성됩니다.",
  download: "openapi.json 다운로드",
  tokens: "액세스 토큰",
  contents: "목차",
  parameters: "매개 변수",
  requestBody: "요청 본문",
  responses: "응답",
  required: "필수",
  optional: "선택 사항",
  scope: (scope: string) => `토큰 범위: ${scope}`,
  columns: { name: "이름", in: "위치", schema: "스키마" },
};
