import "server-only";

export { invalidInput, parseInput } from "../validate";
export { readJson, readTextLimited, JSON_BODY_LIMIT_BYTES } from "./request-guard";
