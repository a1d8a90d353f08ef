import { Card, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { CopyButton } from "@/components/ui/copy-button";
import { ZClusterSettings } from "@/lib/cluster-settings";
import { overviewCatalogue } from "@/lib/i18n/catalogues/messages-overview";
import { texts } from "@/server/i18n/texts";
import type { ClusterDetail } from "@/server/store/clusters";


/**
 * PRODUCT.md §16: what the cluster runs on, from the settings Azure has (or, before that, the ones
 * asked for), and the load balancer IP Azure gave the apps' ingress (recorded by initialization,
 * settings changes and status refresh).
 */
export async function DetailsCard({ cluster }: { cluster: ClusterDetail }) {
  const t = (await texts(overviewCatalogue)).overviewMessages.details;
  const source = cluster.status === "INITIALIZED" || cluster.status === "UPDATING" ? cluster.actualSettings : cluster.desiredSettings;
  const parsed = ZClusterSettings.safeParse(source ?? {});
  const settings = parsed.success ? parsed.data : null;
  const none = <span className="text-neutral-600 dark:text-neutral-400">{t.notYet}</span>;
  return (
    <Card aria-labelledby="details-heading">
      <CardHeader id="details-heading" title={t.title} />
      <div className="px-4 py-3">
        <Properties
          items={[
            { label: t.plan, value: <span data-testid="detail-plan">{t.plans[cluster.org.plan] ?? cluster.org.plan}</span> },
            { label: t.nodeVmSize, value: settings ? <span className="font-mono text-xs">{settings.nodeVmSize}</span> : none },
            { label: t.postgresCompute, value: settings ? <span className="font-mono text-xs">{`${settings.postgresSku} (${settings.postgresTier})`}</span> : none },
            {
              label: t.loadBalancer,
              value: settings ? (t.loadBalancerExposure[settings.loadBalancer] ?? settings.loadBalancer) : none,
            },
            {
              label: t.loadBalancerIp,
              value: cluster.loadBalancerIp ? (
                <span className="inline-flex items-center gap-1">
                  <span className="font-mono text-xs" data-testid="detail-load-balancer-ip">
                    {cluster.loadBalancerIp}
                  </span>
                  <CopyButton value={cluster.loadBalancerIp} label={t.copyLoadBalancerIp} copiedLabel={t.copied} />
                </span>
              ) : (
                none
              ),
            },
            { label: t.resourceGroup, value: <span className="font-mono text-xs">{cluster.managedResourceGroup}</span> },
          ]}
        />
      </div>
    </Card>
  );
}
