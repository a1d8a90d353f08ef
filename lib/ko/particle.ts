// Korean particles whose form depends on the sound that ends the word before them (받침):
// 을/를, 이/가, 은/는, 과/와 and (으)로. Interpolated names are often Latin text whose reading is
// unknown; then both forms are shown, as Korean UI text does ("Mendix을(를)").

const FORMS = {
  을: ["을", "를", "을(를)"],
  이: ["이", "가", "이(가)"],
  은: ["은", "는", "은(는)"],
  과: ["과", "와", "과(와)"],
  으로: ["으로", "로", "(으)로"],
} as const;

export type Particle = keyof typeof FORMS;

/** How a word ends when read: "none" (vowel), "rieul" (ㄹ), "other" (another final consonant), or unknown. */
function ending(word: string): "none" | "rieul" | "other" | null {
  const last = word.replace(/["'”’»」』\s]+$/u, "").at(-1);
  if (!last) return null;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? "none" : final === 8 ? "rieul" : "other";
  }
  // Digits as read in Sino-Korean: 영/십/백/천, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구.
  const digit = "0123456789".indexOf(last);
  if (digit >= 0) return (["other", "rieul", "none", "other", "none", "none", "other", "rieul", "rieul", "none"] as const)[digit];
  return null;
}

/** The word followed by the particle in the form its last sound asks for. */
export function josa(word: string, particle: Particle): string {
  const [afterConsonant, afterVowel, both] = FORMS[particle];
  const end = ending(word);
  if (end === null) return word + both;
  if (particle === "으로") return word + (end === "other" ? afterConsonant : afterVowel);
  return word + (end === "none" ? afterVowel : afterConsonant);
}
