// Validation errors in words (docs/decisions/0035-wizard-steps-and-validation-messages.md): what a
// person reads beside a field and what an API 400 carries, "<field>: <rule>". lib/validation-issues.ts
// picks the text for each zod issue; no zod wording ("Invalid input", "Expected string") reaches a person.

export const validationMessages = {
  /** One error: the field's name, then the rule it breaks. */
  field: (label: string, rule: string) => `${label}: ${rule}`,
  /** The name used when an error is about the whole request, not one field. */
  request: "The request",
  /** What the rule is about: the field's value, the name of an entry (a tag's name) or an entry's value. */
  subjects: { value: "the value", key: "a name", entry: "a value" },
  required: "a value is required",
  empty: (subject: string) => `${subject} cannot be empty`,
  tooShort: (subject: string, min: number) => `${subject} must be at least ${min} characters`,
  tooLong: (subject: string, max: number) => `${subject} may be at most ${max} characters`,
  atLeast: (min: string) => `must be at least ${min}`,
  atMost: (max: string) => `may be at most ${max}`,
  above: (min: string) => `must be more than ${min}`,
  below: (max: string) => `must be less than ${max}`,
  tooFew: (min: number) => `needs at least ${min} entries`,
  tooMany: (max: number) => `may have at most ${max} entries`,
  multipleOf: (step: string) => `must be a multiple of ${step}`,
  chooseOneOf: (choices: string) => `choose one of: ${choices}`,
  notText: "must be text",
  notNumber: "must be a number",
  notWholeNumber: "must be a whole number",
  notSwitch: "must be on or off (true or false)",
  notList: "must be a list",
  notMap: "must be a set of names and values",
  notValid: (subject: string) => `${subject} is not valid`,
  format: { email: "must be an email address", url: "must be a web address (URL)", uuid: "must be an ID (UUID)" },
  unknownFields: (names: string) => `unknown fields: ${names}`,
  nul: "cannot contain NUL characters",
  /** The rules of the cluster settings (lib/cluster-settings.ts) that zod cannot say by itself. */
  rules: {
    tagNameChars: "a name cannot contain < > % & \\ ? /",
    tagNameUnique: "a name may be used only once",
    maxTags: (max: number) => `at most ${max} tags`,
    vmSize: "choose an Azure VM size such as Standard_D4s_v5",
    cidr: "enter an IPv4 range between /16 and /24 with no host bits set, e.g. 192.168.0.0/22",
    pem: "paste one PEM certificate: -----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----",
    postgresSku: (sizes: string) => `choose a compute size of the chosen tier: ${sizes}`,
    readReplicaTier: "a read replica needs the General Purpose or Memory Optimized tier",
  },
};
