import "server-only";

export { parseInput } from "../validate";
export { readJson, readTextLimited } from "./request-guard";
