"use client";

import { type ReactNode, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useSnapshot } from "@/components/docker/use-snapshot";
import { useLiveStatus, useRecentlyChanged } from "@/components/live/live-provider";
import { clockTime, LiveStatus } from "@/components/live/live-status";
import { cn } from "@/lib/cn";
import { messages } from "@/lib/messages";
import { portLabel } from "@/lib/topology";
import { WALL_THEMES, type WallPalette } from "./theme";
import {
  buildWall,
  pageCount,
  pageOf,
  type WallNetwork,
  type WallNode,
  type WallOptions,
  type WallService,
  wallFontSize,
} from "./wall-model";

const m = messages();
const w = m.wall;

const noSubscription = () => () => {};
/** False during the server render and hydration, true after: local times only on the client. */
const useMounted = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/** Columns: service, replicas, endpoint mode, host-mode ports, then one lane per network. */
function columns(networks: WallNetwork[]): string {
  const lanes = networks.map((n) => (n.ingress ? "minmax(0,1.35fr)" : "minmax(0,1fr)")).join(" ");
  return `minmax(0,1.5fr) 5em 4.4em minmax(0,1.3fr) ${lanes}`;
}

function Mark({ children, className }: { children: string; className: string }) {
  return (
    <span
      className={cn(
        "inline-block rounded-[0.25em] border px-[0.3em] text-[0.62em] font-semibold uppercase leading-[1.5] tracking-wide",
        className,
      )}
    >
      {children}
    </span>
  );
}

function NetworkHeader({ network, t }: { network: WallNetwork; t: WallPalette }) {
  const changed = useRecentlyChanged(network.name);
  return (
    <th
      scope="col"
      aria-label={network.name}
      data-changed={changed || undefined}
      className={cn(
        "min-w-0 border-l-[0.2em] px-[0.4em] py-[0.2em] text-left font-normal",
        network.ingress ? t.ingress : t.line,
        changed && t.changed,
      )}
    >
      <div className={cn("font-bold [overflow-wrap:anywhere]", network.ingress && t.ingressText)}>
        {network.name}
      </div>
      <div className={cn("truncate font-mono text-[0.75em]", t.muted)}>
        {network.subnets.join(", ") || "—"}
      </div>
      <div className="flex flex-wrap gap-[0.25em]">
        {network.ingress ? (
          <Mark className="border-amber-500 bg-amber-500 text-black">{w.marks.ingress}</Mark>
        ) : null}
        {network.encrypted ? (
          <Mark className="border-violet-400 text-violet-300">{w.marks.encrypted}</Mark>
        ) : null}
        {network.attachable ? <Mark className={t.mark}>{w.marks.attachable}</Mark> : null}
        {network.internal ? <Mark className={t.mark}>{w.marks.internal}</Mark> : null}
      </div>
    </th>
  );
}

/** One service in one network's lane: the published ports in ingress, the VIP elsewhere. */
function LaneCell({
  network,
  service,
  t,
}: {
  network: WallNetwork;
  service: WallService;
  t: WallPalette;
}) {
  const attached = service.attachments[network.id];
  const base = cn(
    "flex min-w-0 flex-col justify-center border-l-[0.2em] px-[0.4em]",
    network.ingress ? t.ingress : t.line,
  );
  let content: ReactNode;
  if (!attached) {
    content = (
      <span aria-hidden className={t.faint}>
        ·
      </span>
    );
  } else if (network.ingress && service.ingressPorts.length > 0) {
    content = (
      <span className={cn("truncate font-mono font-bold", t.ingressText)}>
        {service.ingressPorts.map((p) => portLabel(p)).join("  ")}
      </span>
    );
  } else {
    content = (
      <span className="truncate font-mono">
        <span className={network.ingress ? t.ingressText : t.good}>●</span>{" "}
        {attached.vip ?? (network.ingress ? w.attached : service.endpointMode)}
      </span>
    );
  }
  return <td className={base}>{content}</td>;
}

function ServiceRow({
  service,
  networks,
  template,
  showIngressPortsHere,
  t,
}: {
  service: WallService;
  networks: WallNetwork[];
  template: string;
  showIngressPortsHere: boolean;
  t: WallPalette;
}) {
  const changed = useRecentlyChanged(service.name);
  const hostPorts = [
    ...service.hostPorts.map((p) => `${portLabel(p)} host`),
    ...(showIngressPortsHere ? service.ingressPorts.map((p) => portLabel(p)) : []),
  ];
  return (
    <tr
      aria-label={service.name}
      data-alarm={service.alarm || undefined}
      data-changed={changed || undefined}
      className={cn(
        "grid min-h-[2.1em] rounded-[0.2em] transition-colors duration-700",
        changed && t.changed,
      )}
      style={{ gridTemplateColumns: template }}
    >
      <th
        scope="row"
        className="flex min-w-0 items-center gap-[0.4em] px-[0.3em] text-left font-normal"
      >
        <span className="truncate font-semibold">{service.name}</span>
        {service.global ? <Mark className={t.mark}>{w.global}</Mark> : null}
      </th>
      <td
        className={cn(
          "flex flex-col items-center justify-center rounded-[0.2em] font-mono font-bold tabular-nums",
          service.alarm ? t.alarm : t.good,
        )}
      >
        <span>{`${service.running}/${service.desired}`}</span>
        {service.notRunning.length > 0 ? (
          <span className="text-[0.55em] font-semibold uppercase leading-none">
            {service.notRunning.map((n) => `${n.count} ${n.state}`).join(", ")}
          </span>
        ) : null}
      </td>
      <td className={cn("flex items-center justify-center uppercase", t.muted)}>
        {service.endpointMode}
      </td>
      <td className="flex min-w-0 items-center px-[0.3em] font-mono">
        <span className="[overflow-wrap:anywhere]">
          {hostPorts.join("  ") || <span className={t.faint}>—</span>}
        </span>
      </td>
      {networks.map((n) => (
        <LaneCell key={n.id} network={n} service={service} t={t} />
      ))}
    </tr>
  );
}

function NodeCard({ node, t }: { node: WallNode; t: WallPalette }) {
  const changed = useRecentlyChanged(node.hostname);
  return (
    <li
      aria-label={node.hostname}
      data-alarm={!node.ready || undefined}
      data-changed={changed || undefined}
      className={cn(
        "min-w-0 rounded-[0.3em] border-l-[0.3em] px-[0.5em] py-[0.25em]",
        node.ready ? cn(t.panel, "border-emerald-500") : cn(t.alarm, "border-red-300"),
        changed && t.changed,
      )}
    >
      <div className="flex items-baseline justify-between gap-[0.5em]">
        <span className="truncate font-bold">{node.hostname}</span>
        <span className="whitespace-nowrap text-[0.8em] uppercase">
          {node.role}
          {node.leader ? ` · ${w.leader}` : ""}
        </span>
      </div>
      <div className="flex justify-between gap-[0.5em] text-[0.8em]">
        <span className={cn("font-semibold uppercase", node.ready ? t.good : "")}>
          {node.state} · {node.availability}
        </span>
        <span className="tabular-nums">{node.tasks}</span>
      </div>
      <div className="truncate font-mono text-[0.75em]">
        {w.advertise} {node.advertiseAddr}
      </div>
      <div className="truncate font-mono text-[0.75em]">
        {w.dataPath} {node.dataPathAddr ?? w.unknown}
      </div>
    </li>
  );
}

function Banner({
  state,
  asOf,
  noData,
}: {
  state: "reconnecting" | "down";
  asOf: string | null;
  noData: boolean;
}) {
  return (
    <div
      role="alert"
      data-banner={state}
      className={cn(
        "rounded-[0.3em] px-[0.8em] py-[0.4em] text-center font-black",
        state === "down"
          ? "bg-red-700 text-white text-[2.2em]"
          : "bg-amber-400 text-black text-[1.6em]",
      )}
    >
      {w.banner[state]}
      <span className="block text-[0.5em] font-semibold">
        {noData ? w.banner.noData : asOf ? `${w.banner.shownSince} ${asOf}` : null}
      </span>
    </div>
  );
}

/** The kiosk page: read-only, fits one screen, follows the live stream, says so when it cannot. */
export function WallClient({ options }: { options: WallOptions }) {
  const { data, error } = useSnapshot();
  const live = useLiveStatus();
  const mounted = useMounted();
  const [page, setPage] = useState(0);
  const wall = useMemo(() => (data ? buildWall(data, options) : null), [data, options]);
  const pages = wall ? pageCount(wall.services.length, options.rotate) : 1;

  useEffect(() => {
    if (!options.rotate || pages <= 1) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), options.rotate * 1000);
    return () => clearInterval(timer);
  }, [options.rotate, pages]);

  const t = WALL_THEMES[options.theme];
  const services = wall ? pageOf(wall.services, page, options.rotate) : [];
  const networks = wall?.networks ?? [];
  const template = columns(networks);
  const asOf = data && mounted ? clockTime(Date.parse(data.fetchedAt)) : null;
  const notLive = live.display === "reconnecting" || live.display === "down";
  const bannerState =
    live.display === "down" || (error && !data) ? "down" : notLive ? "reconnecting" : null;
  const hasIngress = networks.some((n) => n.ingress);

  return (
    <main
      aria-label={w.label}
      data-theme={options.theme}
      className={cn(
        "fixed inset-0 flex flex-col gap-[0.5em] overflow-hidden p-[0.7em] leading-tight",
        t.root,
      )}
      style={{
        fontSize: wallFontSize(services.length, networks.length, wall?.nodes.length ?? 1),
      }}
    >
      <header className="flex items-center justify-between gap-[1em]">
        <div className="min-w-0">
          <h1 className="truncate text-[1.5em] font-black tracking-tight">
            {m.app.name} · {w.title}
          </h1>
          {wall ? (
            <p className={cn("text-[0.85em]", t.muted)}>
              {networks.length} {w.networks} · {wall.services.length} {w.services} ·{" "}
              <span
                className={wall.totals.tasksRunning < wall.totals.tasksDesired ? t.alarmText : ""}
              >
                {wall.totals.tasksRunning}/{wall.totals.tasksDesired} {w.tasksRunning}
              </span>{" "}
              ·{" "}
              <span className={wall.totals.nodesReady < wall.totals.nodes ? t.alarmText : ""}>
                {wall.totals.nodesReady}/{wall.totals.nodes} {w.nodesReady}
              </span>
            </p>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-col items-end gap-[0.1em] text-[1.1em]">
          <LiveStatus size="lg" />
          <span className={cn("text-[0.8em]", t.muted)} data-fetched-at={data?.fetchedAt}>
            {w.dataAsOf} <span className="font-mono font-semibold">{asOf ?? "—"}</span>
            {pages > 1 ? ` · ${w.page} ${(page % pages) + 1} ${w.of} ${pages}` : ""}
          </span>
        </div>
      </header>

      {bannerState ? <Banner state={bannerState} asOf={asOf} noData={!data} /> : null}

      {wall ? (
        <>
          <table
            aria-label={w.title}
            className={cn(
              "flex min-h-0 flex-1 flex-col gap-[0.15em] transition-opacity",
              bannerState === "down" && "opacity-40 grayscale",
            )}
          >
            <thead className="contents">
              <tr
                className={cn("grid border-b-[0.15em] pb-[0.2em]", t.line)}
                style={{ gridTemplateColumns: template }}
              >
                <th
                  scope="col"
                  className={cn("self-end px-[0.3em] text-left font-normal", t.muted)}
                >
                  {w.service}
                </th>
                <th scope="col" className={cn("self-end font-normal", t.muted)}>
                  {w.replicas}
                </th>
                <th scope="col" className={cn("self-end font-normal", t.muted)}>
                  {w.endpoint}
                </th>
                <th
                  scope="col"
                  className={cn("self-end px-[0.3em] text-left font-normal", t.muted)}
                >
                  {hasIngress ? w.hostPorts : w.published}
                </th>
                {networks.map((n) => (
                  <NetworkHeader key={n.id} network={n} t={t} />
                ))}
              </tr>
            </thead>
            <tbody className="contents">
              {services.map((svc) => (
                <ServiceRow
                  key={svc.id}
                  service={svc}
                  networks={networks}
                  template={template}
                  showIngressPortsHere={!hasIngress}
                  t={t}
                />
              ))}
            </tbody>
          </table>
          {networks.length === 0 ? <p className={t.muted}>{w.noNetworks}</p> : null}
          {services.length === 0 ? <p className={t.muted}>{w.noServices}</p> : null}

          <section
            aria-label={w.nodes}
            className={cn(bannerState === "down" && "opacity-40 grayscale")}
          >
            {wall.nodes.length === 0 ? (
              <p className={t.muted}>{w.noNodes}</p>
            ) : (
              <ul className="grid grid-cols-[repeat(auto-fill,minmax(15em,1fr))] gap-[0.4em]">
                {wall.nodes.map((n) => (
                  <NodeCard key={n.id} node={n} t={t} />
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </main>
  );
}
