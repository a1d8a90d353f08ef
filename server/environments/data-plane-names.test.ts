import { describe, expect, it } from "vitest";
import { assertContainerName, dataNamesFor, generationOf, nextGeneration, roleNameFor } from "./data-plane-names";

describe("environment data names", () => {
  it("derives valid names from an environment id", () => {
    expect(dataNamesFor("3F2504E0-4F89-11D3-9A0C-0305E82C3301")).toEqual({ databaseName: "env_3f2504e04f89", filesContainer: "env-3f2504e04f89" });
  });
  it("keeps the role across restore generations", () => {
    const next = nextGeneration({ databaseName: "contoso_prod_production", filesContainer: "contoso-prod-production-files" }, 3);
    expect(next).toEqual({ databaseName: "contoso_prod_production__g3", filesContainer: "contoso-prod-production-files-g3" });
    expect(roleNameFor(next.databaseName)).toBe("contoso_prod_production");
    expect(generationOf(next.databaseName)).toBe(3);
    expect(nextGeneration(next, 4)).toEqual({ databaseName: "contoso_prod_production__g4", filesContainer: "contoso-prod-production-files-g4" });
  });
  it("refuses names that are no identifiers or container names", () => {
    expect(() => roleNameFor('x"; DROP TABLE users; --')).toThrow(/not a valid/);
    expect(() => assertContainerName("Env_Files")).toThrow(/not a valid/);
    expect(() => assertContainerName("a--b")).toThrow(/not a valid/);
  });
});
