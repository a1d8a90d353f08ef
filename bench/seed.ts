// The benchmark's large data set, on top of the demo data: extra organisations with clusters,
// components, namespaces, environments, operations, tickets (+ comments) and audit events.
// Everything is set-based SQL (INSERT … SELECT FROM generate_series), one statement per table.
// Load rows are recognisable: organisations `load-org-NNN`, clusters whose name contains `load-`.
import { Client } from "pg";
import { armIdOf, COMPONENT_SPECS } from "../lib/cluster-components";
import { DEFAULT_CLUSTER_SETTINGS } from "../lib/cluster-settings";

export interface SeedSize {
  orgs: number;
  clustersPerOrg: number;
  contosoClusters: number;
  environments: number;
  tickets: number;
  auditEvents: number;
  /** Share of the audit events that belong to Contoso (0..1). */
  contosoAuditShare: number;
}

export const FULL_SIZE: SeedSize = {
  orgs: 50,
  clustersPerOrg: 20,
  contosoClusters: 300,
  environments: 10_000,
  tickets: 100_000,
  auditEvents: 1_000_000,
  contosoAuditShare: 0.4,
};

export function scaled(size: SeedSize, factor: number): SeedSize {
  const n = (value: number) => Math.max(1, Math.round(value * factor));
  return {
    ...size,
    orgs: n(size.orgs),
    contosoClusters: n(size.contosoClusters),
    environments: n(size.environments),
    tickets: n(size.tickets),
    auditEvents: n(size.auditEvents),
  };
}

export interface SeedStep {
  name: string;
  rows: number;
  ms: number;
}

// The 13 components of an initialized cluster (no read replica), as name/ARM-id templates.
const CLUSTER = "zzclusterzz";
const SUBSCRIPTION = "zzsubzz";
const COMPONENTS = COMPONENT_SPECS.filter((spec) => spec.kind !== "REPLICA").map((spec, ord) => ({
  kind: spec.kind,
  name_tpl: spec.name(CLUSTER),
  arm_tpl: armIdOf(spec, SUBSCRIPTION, CLUSTER),
  ord,
}));

const LOAD_CLUSTER = `c.name LIKE '%load-%'`;

/** Seeds the large data set into a database that already holds the demo data. */
export async function seedLarge(url: string, size: SeedSize, log: (line: string) => void = () => undefined): Promise<SeedStep[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const steps: SeedStep[] = [];
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    const ms = performance.now() - started;
    const rows = result.rowCount ?? 0;
    steps.push({ name, rows, ms });
    log(`  ${name.padEnd(22)} ${String(rows).padStart(9)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s`);
  };
  try {
    await client.query("SET synchronous_commit = off");
    await client.query("SELECT setseed(0.42)");

    await step(
      "organizations",
      `INSERT INTO organizations (name, slug, cloud_tokens, created_at, updated_at)
       SELECT 'Load Org ' || lpad(g::text, 3, '0'), 'load-org-' || lpad(g::text, 3, '0'), (g * 7) % 200,
              now() - g * interval '3 days', now()
       FROM generate_series(1, $1::int) g`,
      [size.orgs],
    );
    await step(
      "users",
      `INSERT INTO users (email, name, password_hash, created_at, updated_at)
       SELECT 'owner@' || o.slug || '.example', 'Owner of ' || o.name,
              (SELECT password_hash FROM users WHERE email = 'owner@contoso.example'), now(), now()
       FROM organizations o WHERE o.slug LIKE 'load-org-%'`,
    );
    await step(
      "memberships",
      `INSERT INTO memberships (org_id, user_id, role)
       SELECT o.id, u.id, 'OWNER' FROM organizations o JOIN users u ON u.email = 'owner@' || o.slug || '.example'
       WHERE o.slug LIKE 'load-org-%'`,
    );
    await step(
      "azure_connections",
      `INSERT INTO azure_connections (org_id, tenant_id, subscription_id, region, display_name)
       SELECT o.id, gen_random_uuid()::text, gen_random_uuid()::text,
              (ARRAY['westeurope', 'northeurope', 'swedencentral', 'eastus'])[1 + (row_number() OVER (ORDER BY o.slug))::int % 4],
              o.name || ' Azure'
       FROM organizations o WHERE o.slug LIKE 'load-org-%'`,
    );

    // Status mix per 20 clusters: 3 ready, 2 failed, 1 initializing, 1 updating, 1 offboarded, 12 initialized.
    await step(
      "clusters",
      `INSERT INTO clusters (org_id, connection_id, name, region, status, managed_application_id, managed_resource_group,
                             desired_settings, actual_settings, initial_settings, kubernetes_version, node_image_version,
                             operator_version, agent_version, grafana_version, app_domain, grafana_url, last_error,
                             rerun_count, initialized_at, offboarded_at, created_at, updated_at)
       SELECT s.org_id, s.conn_id, s.name, s.region, s.status,
              '/subscriptions/' || s.sub || '/resourceGroups/rg-' || s.name || '/providers/Microsoft.Solutions/applications/' || s.name,
              'mrg-' || s.name,
              CASE WHEN s.status = 'READY_TO_INITIALIZE' THEN '{}'::jsonb ELSE $3::jsonb END,
              CASE WHEN s.status IN ('INITIALIZED', 'UPDATING', 'OFFBOARDED') THEN $3::jsonb ELSE '{}'::jsonb END,
              CASE WHEN s.status = 'READY_TO_INITIALIZE' THEN NULL ELSE jsonb_build_object('nodeCidr', $3::jsonb -> 'nodeCidr') END,
              CASE WHEN s.init THEN '1.33.3' END, CASE WHEN s.init THEN 'AKSUbuntu-2204gen2containerd-202611.10.0' END,
              CASE WHEN s.init THEN '2.23.1' END, CASE WHEN s.init THEN '2.23.1' END, CASE WHEN s.init THEN '11.6.2' END,
              CASE WHEN s.init THEN s.name || '.apps.' || s.region || '.mendix-azure.example' END,
              CASE WHEN s.init THEN 'https://grafana-' || s.name || '.' || s.region || '.grafana.azure.com' END,
              CASE WHEN s.status = 'FAILED' THEN '{"code":"QuotaExceeded","message":"Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota."}'::jsonb END,
              CASE WHEN s.status = 'FAILED' THEN 1 ELSE 0 END,
              CASE WHEN s.init THEN s.created + interval '20 minutes' END,
              CASE WHEN s.status = 'OFFBOARDED' THEN now() - interval '2 days' END,
              s.created, s.created + interval '1 day'
       FROM (
         SELECT ac.org_id, ac.id AS conn_id, ac.subscription_id AS sub, ac.region, g,
                CASE WHEN o.slug = 'contoso' THEN 'contoso-load-' || lpad(g::text, 4, '0') ELSE o.slug || '-cluster-' || lpad(g::text, 3, '0') END AS name,
                st.status, st.status IN ('INITIALIZED', 'UPDATING') AS init,
                now() - (random() * 400 + 3) * interval '1 day' AS created
         FROM organizations o
         JOIN azure_connections ac ON ac.org_id = o.id
         CROSS JOIN LATERAL generate_series(1, CASE WHEN o.slug = 'contoso' THEN $1::int ELSE $2::int END) g
         CROSS JOIN LATERAL (SELECT (CASE g % 20 WHEN 0 THEN 'READY_TO_INITIALIZE' WHEN 1 THEN 'READY_TO_INITIALIZE' WHEN 2 THEN 'READY_TO_INITIALIZE'
                                               WHEN 3 THEN 'FAILED' WHEN 4 THEN 'FAILED' WHEN 5 THEN 'INITIALIZING' WHEN 6 THEN 'UPDATING'
                                               WHEN 7 THEN 'OFFBOARDED' ELSE 'INITIALIZED' END)::"ClusterStatus" AS status) st
         WHERE o.slug = 'contoso' OR o.slug LIKE 'load-org-%'
       ) s`,
      [size.contosoClusters, size.clustersPerOrg, JSON.stringify(DEFAULT_CLUSTER_SETTINGS)],
    );

    await step(
      "cluster_components",
      `INSERT INTO cluster_components (cluster_id, kind, name, arm_id, state, version, last_error, checked_at, updated_at)
       SELECT c.id, s.kind::"ComponentKind", replace(s.name_tpl, '${CLUSTER}', c.name),
              replace(replace(s.arm_tpl, '${CLUSTER}', c.name), '${SUBSCRIPTION}', ac.subscription_id),
              (CASE
                 WHEN c.status IN ('INITIALIZED', 'UPDATING') THEN 'SUCCEEDED'
                 WHEN c.status = 'FAILED' AND s.kind = 'AKS' THEN 'FAILED'
                 WHEN c.status = 'INITIALIZING' AND s.kind = 'AKS' THEN 'PROVISIONING'
                 WHEN s.ord < 10 THEN 'SUCCEEDED'
                 ELSE 'PENDING' END)::"ComponentState",
              CASE WHEN s.kind = 'AKS' AND c.status IN ('INITIALIZED', 'UPDATING') THEN '1.33.3'
                   WHEN s.kind = 'OPERATOR' AND c.status IN ('INITIALIZED', 'UPDATING') THEN '2.23.1' END,
              CASE WHEN c.status = 'FAILED' AND s.kind = 'AKS' THEN '{"code":"QuotaExceeded"}'::jsonb END,
              now() - interval '5 minutes', now()
       FROM clusters c
       JOIN azure_connections ac ON ac.id = c.connection_id
       CROSS JOIN jsonb_to_recordset($1::jsonb) AS s(kind text, name_tpl text, arm_tpl text, ord int)
       WHERE ${LOAD_CLUSTER} AND c.status NOT IN ('READY_TO_INITIALIZE', 'OFFBOARDED')`,
      [JSON.stringify(COMPONENTS.map((component) => ({ ...component, arm_tpl: component.arm_tpl ?? null })))],
    );
    await step(
      "namespaces",
      `INSERT INTO namespaces (cluster_id, name, created_at)
       SELECT c.id, c.name || '-apps', c.initialized_at FROM clusters c
       WHERE ${LOAD_CLUSTER} AND c.status IN ('INITIALIZED', 'UPDATING')`,
    );
    await step(
      "environments",
      `WITH ns AS (
         SELECT n.id AS namespace_id, c.id AS cluster_id, c.org_id, c.name AS cluster_name, c.region,
                (row_number() OVER (ORDER BY c.name) - 1)::int AS idx, (count(*) OVER ())::int AS cnt
         FROM namespaces n JOIN clusters c ON c.id = n.cluster_id WHERE ${LOAD_CLUSTER}
       )
       INSERT INTO environments (org_id, cluster_id, namespace_id, name, plan, instances, state, runtime_version, package_name,
                                 model_version, database_name, files_container, url, is_production, created_at, updated_at)
       SELECT ns.org_id, ns.cluster_id, ns.namespace_id, e.name,
              (ARRAY['SMALL', 'MEDIUM', 'LARGE'])[1 + g % 3]::"EnvironmentPlan",
              CASE WHEN g % 7 = 0 THEN 0 ELSE 1 + g % 3 END,
              (CASE WHEN g % 7 = 0 THEN 'STOPPED' WHEN g % 97 = 0 THEN 'FAILED' ELSE 'RUNNING' END)::"EnvironmentState",
              '10.24.3', e.name || '_10.24.3.mda', '1.4.0',
              replace(ns.cluster_name || '_' || e.name, '-', '_'), ns.cluster_name || '-' || e.name || '-files',
              'https://' || e.name || '.' || ns.cluster_name || '.apps.' || ns.region || '.mendix-azure.example',
              g % (ns.cnt * 4) < ns.cnt, now() - (g % 300) * interval '1 day', now()
       FROM generate_series(0, $1::int - 1) g
       JOIN ns ON ns.idx = g % ns.cnt
       CROSS JOIN LATERAL (SELECT 'app-' || lpad(g::text, 5, '0') AS name) e`,
      [size.environments],
    );
    await step(
      "operations",
      `INSERT INTO operations (org_id, cluster_id, kind, target_type, target_id, requested_by_id, status, steps, created_at, started_at, finished_at)
       SELECT c.org_id, c.id, 'cluster.initialize', 'cluster', c.id::text,
              (SELECT m.user_id FROM memberships m WHERE m.org_id = c.org_id AND m.role = 'OWNER' ORDER BY m.created_at LIMIT 1),
              (CASE c.status WHEN 'FAILED' THEN 'FAILED' WHEN 'INITIALIZING' THEN 'RUNNING' ELSE 'SUCCEEDED' END)::"OperationStatus",
              (SELECT jsonb_agg(jsonb_build_object('name', s.kind, 'status', 'succeeded')) FROM jsonb_to_recordset($1::jsonb) AS s(kind text)),
              c.created_at, c.created_at, CASE WHEN c.status <> 'INITIALIZING' THEN c.created_at + interval '16 minutes' END
       FROM clusters c WHERE ${LOAD_CLUSTER} AND c.status <> 'READY_TO_INITIALIZE'`,
      [JSON.stringify(COMPONENTS.map(({ kind }) => ({ kind })))],
    );

    // Load clusters numbered per organisation, and one owner per organisation, for spreading rows.
    await client.query(
      `CREATE TEMP TABLE bench_clusters AS
       SELECT c.id, c.org_id, (row_number() OVER (PARTITION BY c.org_id ORDER BY c.name) - 1)::int AS cidx,
              (row_number() OVER (ORDER BY c.name) - 1)::int AS idx
       FROM clusters c WHERE ${LOAD_CLUSTER}`,
    );
    await client.query(
      `CREATE TEMP TABLE bench_orgs AS
       SELECT o.id AS org_id, CASE WHEN o.slug = 'contoso' THEN 0 ELSE (row_number() OVER (PARTITION BY o.slug = 'contoso' ORDER BY o.slug))::int END AS oidx,
              u.id AS owner_id, u.email AS owner_email, (SELECT count(*) FROM bench_clusters bc WHERE bc.org_id = o.id)::int AS ncl
       FROM organizations o
       JOIN LATERAL (SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id
                     WHERE m.org_id = o.id AND m.role = 'OWNER' ORDER BY m.created_at LIMIT 1) u ON true
       WHERE o.slug = 'contoso' OR o.slug LIKE 'load-org-%'`,
    );
    // Contoso has oidx 0, the load organisations 1..n.
    await client.query("ANALYZE bench_clusters; ANALYZE bench_orgs");

    await step(
      "tickets",
      `INSERT INTO tickets (org_id, cluster_id, subject, description, severity, status, created_by_id, first_response_due_at,
                            first_responded_at, solved_at, closed_at, last_activity_at, created_at, updated_at)
       SELECT bc.org_id, bc.id, 'Load ticket ' || g, 'Generated by the benchmark. Pods restart now and then; please have a look.',
              (ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])[1 + g % 4]::"TicketSeverity", t.status, bo.owner_id,
              t.created + interval '4 hours',
              CASE WHEN t.status <> 'OPEN' THEN t.created + interval '1 hour' END,
              CASE WHEN t.status IN ('SOLVED', 'CLOSED') THEN t.created + interval '2 days' END,
              CASE WHEN t.status = 'CLOSED' THEN t.created + interval '9 days' END,
              t.created + interval '1 hour' * (g % 48), t.created, t.created + interval '1 hour' * (g % 48)
       FROM generate_series(0, $1::int - 1) g
       JOIN bench_clusters bc ON bc.idx = g % (SELECT count(*) FROM bench_clusters)
       JOIN bench_orgs bo ON bo.org_id = bc.org_id
       CROSS JOIN LATERAL (SELECT (ARRAY['OPEN', 'ON_HOLD', 'AWAITING_REPLY', 'SOLVED', 'CLOSED', 'CLOSED', 'CLOSED'])[1 + (g / 4) % 7]::"TicketStatus" AS status,
                                  now() - random() * interval '365 days' AS created) t`,
      [size.tickets],
    );
    await step(
      "ticket_comments",
      `INSERT INTO ticket_comments (ticket_id, author_id, author_kind, body, internal, created_at)
       SELECT t.id, t.created_by_id, 'CUSTOMER', 'Any news on this? (benchmark comment)', false, t.created_at + interval '30 minutes'
       FROM tickets t WHERE t.subject LIKE 'Load ticket %' AND t.number % 2 = 0`,
    );

    await step(
      "audit_events",
      `INSERT INTO audit_events (org_id, actor_id, actor_email, actor_kind, action, target_type, target_id, outcome, purpose, ip, user_agent, at)
       SELECT bo.org_id,
              CASE WHEN g % 10 = 9 THEN NULL ELSE bo.owner_id END,
              CASE WHEN g % 10 = 9 THEN NULL ELSE bo.owner_email END,
              (CASE WHEN g % 10 = 9 THEN 'SYSTEM' ELSE 'USER' END)::"ActorKind",
              (ARRAY['cluster.initialize', 'cluster.refresh', 'cluster.settings-update', 'environment.start', 'environment.stop',
                     'environment.deploy', 'snapshot.create', 'auth.sign-in', 'ticket.create', 'cluster.update'])[1 + (g / 3) % 10],
              'cluster', bc.id::text,
              (CASE WHEN g % 53 = 0 THEN 'FAILURE' WHEN g % 97 = 0 THEN 'DENIED' ELSE 'SUCCESS' END)::"AuditOutcome",
              CASE WHEN g % 11 = 0 THEN 'scheduled maintenance' END,
              '10.' || (g % 250) || '.' || (g / 250 % 250) || '.' || (g % 200 + 1),
              'Mozilla/5.0 (X11; Linux x86_64) portal-bench',
              now() - (g::double precision / $1::int) * interval '365 days' - random() * interval '10 minutes'
       FROM generate_series(0, $1::int - 1) g
       JOIN bench_orgs bo ON bo.oidx = CASE WHEN (g % 1000) < $2::int THEN 0 ELSE 1 + (g / 7) % ((SELECT count(*) FROM bench_orgs)::int - 1) END
       JOIN bench_clusters bc ON bc.org_id = bo.org_id AND bc.cidx = (g / 13) % bo.ncl`,
      [size.auditEvents, Math.round(size.contosoAuditShare * 1000)],
    );

    const analyzeStarted = performance.now();
    await client.query("ANALYZE");
    steps.push({ name: "ANALYZE", rows: 0, ms: performance.now() - analyzeStarted });
    log(`  ${"ANALYZE".padEnd(22)} ${"".padStart(9)}       ${((performance.now() - analyzeStarted) / 1000).toFixed(1).padStart(6)} s`);
    return steps;
  } finally {
    await client.end();
  }
}

export interface Targets {
  contosoOrgId: string;
  /** A Contoso cluster with environments (the one with most of them). */
  clusterId: string;
  clusterName: string;
  clusterEnvironments: number;
  counts: Record<string, number>;
}

/** Picks the routes' targets and counts what the data set holds. */
export async function describeData(url: string): Promise<Targets> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const org = await client.query<{ id: string }>(`SELECT id FROM organizations WHERE slug = 'contoso'`);
    const contosoOrgId = org.rows[0].id;
    const cluster = await client.query<{ id: string; name: string; envs: number }>(
      `SELECT c.id, c.name, count(e.id)::int AS envs FROM clusters c JOIN environments e ON e.cluster_id = c.id
       WHERE c.org_id = $1 AND c.status = 'INITIALIZED' GROUP BY c.id, c.name ORDER BY envs DESC, c.name LIMIT 1`,
      [contosoOrgId],
    );
    const counts: Record<string, number> = {};
    for (const table of ["organizations", "users", "clusters", "cluster_components", "namespaces", "environments", "operations", "tickets", "ticket_comments", "audit_events"]) {
      counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    }
    counts["clusters (Contoso, visible)"] = Number(
      (await client.query<{ n: string }>(`SELECT count(*) AS n FROM clusters WHERE org_id = $1 AND status <> 'OFFBOARDED'`, [contosoOrgId])).rows[0].n,
    );
    counts["audit_events (Contoso)"] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE org_id = $1`, [contosoOrgId])).rows[0].n);
    return { contosoOrgId, clusterId: cluster.rows[0].id, clusterName: cluster.rows[0].name, clusterEnvironments: cluster.rows[0].envs, counts };
  } finally {
    await client.end();
  }
}
