import type { core } from "zod";
import type { Translation } from "./i18n/translation";
import type { validationMessages } from "./messages-validation";

// The one mapping from zod issues to sentences a person reads (decision 0035): "<field>: <rule>",
// in the texts of lib/messages-validation.ts. Used by the settings form, the initialization wizard
// and the server's answers about cluster settings, so a refusal reads the same everywhere.

export type ValidationTexts = Translation<typeof validationMessages>;
export type ValidationRule = keyof typeof validationMessages.rules | "nul";

type Issue = core.$ZodIssue | core.$ZodRawIssue;
type Params = Record<string, unknown>;

/** The options of a refinement whose rule has its own text: `.refine(check, rule("cidr"))`. */
export function rule(name: ValidationRule, extra: Params = {}): { params: Params } {
  return { params: { rule: name, ...extra } };
}

function ruleText(params: Params | undefined, t: ValidationTexts): string | undefined {
  const name = params?.rule;
  switch (name) {
    case "maxTags":
      return t.rules.maxTags(Number(params?.max));
    case "postgresSku":
      return t.rules.postgresSku(Array.isArray(params?.sizes) ? params.sizes.join(", ") : "");
    case "tagNameChars":
    case "tagNameUnique":
    case "vmSize":
    case "cidr":
    case "pem":
    case "readReplicaTier":
      return t.rules[name];
    case "nul":
      return t.nul;
    default:
      return undefined;
  }
}

const TYPE_TEXTS = { string: "notText", number: "notNumber", int: "notWholeNumber", bigint: "notWholeNumber", boolean: "notSwitch", array: "notList", tuple: "notList", record: "notMap", object: "notMap", map: "notMap" } as const;

function typeText(issue: { expected?: string; input?: unknown }, t: ValidationTexts, subject: string): string {
  if ("input" in issue && (issue.input === undefined || issue.input === null) && issue.expected !== "nullable") return t.required;
  const key = TYPE_TEXTS[issue.expected as keyof typeof TYPE_TEXTS];
  return key ? t[key] : t.notValid(subject);
}

/** The rule an issue breaks, in words; `subject` is what it is about (the value, an entry's name or value). */
export function issueRule(issue: Issue, t: ValidationTexts, subject = t.subjects.value): string {
  switch (issue.code) {
    case "invalid_type":
      return typeText(issue as { expected?: string; input?: unknown }, t, subject);
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return t.tooLong(subject, max);
      if (issue.origin === "array" || issue.origin === "set") return t.tooMany(max);
      return issue.inclusive === false ? t.below(String(issue.maximum)) : t.atMost(String(issue.maximum));
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? t.empty(subject) : t.tooShort(subject, min);
      if (issue.origin === "array" || issue.origin === "set") return t.tooFew(min);
      return issue.inclusive === false ? t.above(String(issue.minimum)) : t.atLeast(String(issue.minimum));
    }
    case "invalid_value":
      return t.chooseOneOf(issue.values.map(String).join(", "));
    case "invalid_format": {
      const format = issue.format as string;
      return format === "email" || format === "url" || format === "uuid" ? t.format[format] : t.notValid(subject);
    }
    case "not_multiple_of":
      return t.multipleOf(String(issue.divisor));
    case "invalid_key":
      return issue.issues[0] ? issueRule(issue.issues[0], t, t.subjects.key) : t.notValid(t.subjects.key);
    case "invalid_element":
      return issue.issues[0] ? issueRule(issue.issues[0], t, t.subjects.entry) : t.notValid(t.subjects.entry);
    case "unrecognized_keys":
      return t.unknownFields(issue.keys.join(", "));
    case "custom":
      return ruleText(issue.params, t) ?? t.notValid(subject);
    default:
      return t.notValid(subject);
  }
}

/**
 * One issue as a person reads it: the name of the field (its first path segment, through `label`;
 * "The request" for the whole input) and the rule. Deeper paths are an entry of the field (a tag).
 */
export function issueMessage(issue: core.$ZodIssue, t: ValidationTexts, label: (key: string) => string | undefined): string {
  const field = issue.path.length === 0 ? t.request : (label(String(issue.path[0])) ?? String(issue.path[0]));
  return t.field(field, issueRule(issue, t, issue.path.length > 1 ? t.subjects.entry : t.subjects.value));
}
