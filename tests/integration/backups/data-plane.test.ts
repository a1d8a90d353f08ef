import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackupStack, uniqueTarget, type BackupStack } from "./stack";

const CLUSTER = { subscriptionId: "0a1b2c3d-0000-4000-8000-00000000d001", resourceGroup: "mrg-dataplane", clusterName: "dataplane" };

describe("environment data plane (local PostgreSQL + Azurite through the emulator)", () => {
  let stack: BackupStack;
  beforeAll(async () => {
    stack = await startBackupStack();
    await stack.provisionCluster(CLUSTER);
  });
  afterAll(() => stack?.dispose());

  it("provisions a database, role and files container, and destroys them again", async () => {
    const target = uniqueTarget(CLUSTER, "dp");
    await stack.dataPlane.provision(target);
    await stack.dataPlane.provision(target); // idempotent

    const described = await stack.dataPlane.describe(target);
    expect(described).toMatchObject({ host: "127.0.0.1", name: target.databaseName });

    const client = await stack.dataPlane.connect(target);
    await client.query("CREATE TABLE orders (id int primary key, item text)");
    await client.query("INSERT INTO orders VALUES (1, 'widget')");
    const owner = await client.query("SELECT tableowner FROM pg_tables WHERE tablename = 'orders'");
    expect(owner.rows[0].tableowner).toBe(target.databaseName);
    await client.end();

    const again = await stack.dataPlane.connect(target);
    expect((await again.query("SELECT item FROM orders")).rows).toEqual([{ item: "widget" }]);
    await again.end();

    const files = await stack.dataPlane.files(target);
    await files.getBlockBlobClient("tree/ab/cd/abcd-1").upload("hello", 5);
    const names: string[] = [];
    for await (const blob of files.listBlobsFlat()) names.push(blob.name);
    expect(names).toEqual(["tree/ab/cd/abcd-1"]);

    await stack.dataPlane.destroy(target);
    await stack.dataPlane.destroy(target); // already gone is fine
    const admin = await stack.dataPlane.admin(target);
    const left = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1 UNION ALL SELECT 1 FROM pg_roles WHERE rolname = $1", [target.databaseName]);
    await admin.end();
    expect(left.rowCount).toBe(0);
    expect(await files.exists()).toBe(false);
  });
});
