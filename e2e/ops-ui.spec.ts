import { expect, type Page, test } from "@playwright/test";
import { docker, inspect, uniqueName } from "./docker";
import {
  createService,
  exists,
  gotoReady,
  randomPort,
  removeNetwork,
  removeService,
  serviceSpec,
  specPorts,
} from "./ops-support";
import { VIEWER_STATE } from "./support";

// Every operation through the real UI on the sandbox engine. Only throwaway objects are
// changed here: `web` and ingress belong to ops-ingress-wizard.spec.ts.

/** The live `docker …` line of one form (several forms on a page each show theirs). */
const cliFigure = (page: Page, form: string) =>
  page.getByRole("form", { name: form }).getByRole("figure", { name: "Equivalent docker command" });

type RawNetwork = {
  Attachable: boolean;
  Labels: Record<string, string>;
  Options: Record<string, string>;
  IPAM: { Config: { Subnet: string; Gateway?: string }[] };
};

test("create an overlay with the form, see it in the list and detail, then remove it", async ({
  page,
}) => {
  const name = uniqueName("ops-ui-net");
  const third = 100 + Math.floor(Math.random() * 150);
  const subnet = `10.213.${third}.0/24`;
  try {
    await gotoReady(page, "/networks");
    await page.getByRole("link", { name: "Create overlay network" }).click();
    await expect(page.getByRole("heading", { name: "Create overlay network" })).toBeVisible();

    // The live CLI line answering the typed name also proves the form is hydrated.
    await expect(async () => {
      await page.getByLabel("Name", { exact: true }).fill(name);
      await expect(cliFigure(page, "Create overlay network")).toContainText(name, {
        timeout: 1_000,
      });
    }).toPass();
    await page.getByLabel("Attachable").check();
    await page.getByRole("button", { name: "Add subnet" }).click();
    // The shared schema runs in the browser: a subnet with host bits is refused before submit.
    await page.getByLabel("Subnet 1").fill(`10.213.${third}.1/24`);
    await expect(page.getByText(`did you mean ${subnet}?`)).toBeVisible();
    await page.getByLabel("Subnet 1").fill(subnet);
    await expect(page.getByText("did you mean")).toHaveCount(0);
    await page.getByLabel("Gateway 1").fill(`10.213.${third}.254`);
    // The MTU budget note (lib/net/mtu) follows the encryption choice live.
    const mtuHint = page.locator("#mtu-hint");
    const plainHint = (await mtuHint.textContent()) ?? "";
    await page.getByLabel("Encrypted (IPsec)").check();
    await expect(mtuHint).not.toHaveText(plainHint);
    await expect(mtuHint).toContainText("IPsec");
    await page.getByLabel("Encrypted (IPsec)").uncheck();
    await page.getByLabel("MTU").fill("1400");
    await page.getByLabel("Labels").fill("team=ops");
    await expect(cliFigure(page, "Create overlay network")).toContainText(
      `docker network create --driver overlay --attachable --subnet ${subnet} --gateway 10.213.${third}.254 --opt com.docker.network.driver.mtu=1400 --label team=ops ${name}`,
    );

    // Enter in a field submits the form.
    await page.getByLabel("Name", { exact: true }).press("Enter");
    await expect(page).toHaveURL(new RegExp(`/networks/${name}$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const outcome = page.getByRole("status").filter({ hasText: "Network created" });
    await expect(outcome).toContainText(`docker network create --driver overlay --attachable`);
    await expect(page.getByRole("table", { name: "IPAM" })).toContainText(subnet);

    const raw = inspect<RawNetwork>("network", name);
    expect(raw.Attachable).toBe(true);
    expect(raw.Labels).toEqual({ team: "ops" });
    expect(raw.Options["com.docker.network.driver.mtu"]).toBe("1400");
    expect(raw.IPAM.Config).toEqual([{ Subnet: subnet, Gateway: `10.213.${third}.254` }]);

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Networks" })
      .click();
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    await page.getByRole("link", { name, exact: true }).click();

    await page.getByRole("button", { name: "Remove network" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove this network?" });
    await expect(dialog).toContainText(`docker network rm ${name}`);
    await dialog.getByRole("button", { name: "Remove", exact: true }).click();
    await expect(page).toHaveURL(/\/networks$/);
    await expect(page.getByRole("status").filter({ hasText: "Network removed" })).toContainText(
      `docker network rm ${name}`,
    );
    await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
    expect(exists("network", name)).toBe(false);
  } finally {
    removeNetwork(name);
  }
});

test("the create form shows the server's conflicts: name taken, overlap naming the network", async ({
  page,
}) => {
  await gotoReady(page, "/networks/new");
  await page.getByLabel("Name", { exact: true }).fill("demo-secure");
  await page.getByRole("button", { name: "Create network" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Docker already has something in the way" }),
  ).toContainText('A network named "demo-secure" already exists');

  const name = uniqueName("ops-ui-overlap");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add subnet" }).click();
  await page.getByLabel("Subnet 1").fill("10.20.0.0/16");
  await page.getByRole("button", { name: "Create network" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Docker already has something in the way" }),
  ).toContainText("overlaps 10.20.0.0/24 of network demo-secure");
  // The 409's field detail lands under the subnet.
  await expect(page.locator("#ipam-0-subnet-error")).toContainText("demo-secure");
  await expect(page).toHaveURL(/\/networks\/new$/);
  expect(exists("network", name)).toBe(false);
});

test("removing a network in use shows who uses it and removes nothing", async ({ page }) => {
  await gotoReady(page, "/networks/demo-frontend");
  await page.getByRole("button", { name: "Remove network" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The network is in use" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("web");
  expect(exists("network", "demo-frontend")).toBe(true);
  // System networks offer no remove button; ingress points to its wizard.
  await gotoReady(page, "/networks/docker_gwbridge");
  await expect(
    page.getByText("Created by Docker itself: it cannot be removed here."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove network" })).toHaveCount(0);
});

test("edit a service's ports with both syntaxes and the selects", async ({ page }) => {
  const name = uniqueName("ops-ui-ports");
  const [a, b] = [randomPort(), randomPort() + 1];
  createService(name);
  try {
    await gotoReady(page, `/services/${name}`);
    await expect(page.getByText("The service will publish no ports.")).toBeVisible();

    await page.getByRole("button", { name: "Add port" }).click();
    await page.getByLabel("Port 1", { exact: true }).fill(`${a}:80/udp`);
    const syntaxes1 = page.getByLabel("Port 1 syntaxes");
    await expect(syntaxes1).toContainText(`${a}:80/udp`);
    await expect(syntaxes1).toContainText(`published=${a},target=80,protocol=udp,mode=ingress`);
    // The mode select rewrites the row in the long syntax (the short one cannot say host).
    await page.getByLabel("Publish mode 1").selectOption("host");
    await expect(page.getByLabel("Port 1", { exact: true })).toHaveValue(
      `published=${a},target=80,protocol=udp,mode=host`,
    );
    await expect(syntaxes1).toContainText("(host mode has no short form)");

    await page.getByRole("button", { name: "Add port" }).click();
    await page.getByLabel("Port 2", { exact: true }).fill(`published=${b},target=81,mode=host`);
    await page.getByLabel("Protocol 2").selectOption("sctp");
    await expect(page.getByLabel("Port 2", { exact: true })).toHaveValue(
      `published=${b},target=81,protocol=sctp,mode=host`,
    );
    // A duplicate is caught in the browser, on its row.
    await page.getByRole("button", { name: "Add port" }).click();
    await page
      .getByLabel("Port 3", { exact: true })
      .fill(`published=${a},target=99,protocol=udp,mode=host`);
    await expect(
      page.getByText(`${a}/udp is already published by entry 1 of this list`),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Save ports" })).toBeDisabled();
    await page.getByRole("button", { name: "Remove port 3" }).click();

    await expect(cliFigure(page, "Edit published ports")).toContainText(
      `docker service update --publish-add published=${a},target=80,protocol=udp,mode=host --publish-add published=${b},target=81,protocol=sctp,mode=host ${name}`,
    );
    await page.getByRole("button", { name: "Save ports" }).click();
    const outcome = page.getByRole("status").filter({ hasText: "Ports updated" });
    await expect(outcome).toContainText(
      `--publish-add published=${a},target=80,protocol=udp,mode=host`,
    );
    await expect(page.getByRole("table", { name: "Published ports" })).toContainText(String(b));
    expect(specPorts(name)).toEqual([`${a}:80/udp/host`, `${b}:81/sctp/host`].sort());

    // Change one: edit the text of row 2, then save.
    await page
      .getByLabel("Port 2", { exact: true })
      .fill(`published=${b},target=82,protocol=sctp,mode=host`);
    await expect(cliFigure(page, "Edit published ports")).toContainText(
      "--publish-rm target=81,protocol=sctp,mode=host",
    );
    await page.getByRole("button", { name: "Save ports" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ports updated" })).toContainText(
      `--publish-add published=${b},target=82,protocol=sctp,mode=host`,
    );
    await expect
      .poll(() => specPorts(name))
      .toEqual([`${a}:80/udp/host`, `${b}:82/sctp/host`].sort());
  } finally {
    removeService(name);
  }
});

test("a stale edit is refused with Reload, never overwriting the other change", async ({
  page,
}) => {
  const name = uniqueName("ops-ui-stale");
  const port = randomPort();
  createService(name);
  try {
    await gotoReady(page, `/services/${name}`);
    await page.getByRole("button", { name: "Add port" }).click();
    await page.getByLabel("Port 1", { exact: true }).fill(`published=${port},target=80,mode=host`);
    // Someone else changes the service meanwhile.
    docker(["service", "update", "--detach", "--label-add", "changed=elsewhere", name]);
    await page.getByRole("button", { name: "Save ports" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Someone else changed this service" });
    await expect(alert).toBeVisible();
    expect(specPorts(name)).toEqual([]);
    expect(serviceSpec(name).Spec.Labels).toMatchObject({ changed: "elsewhere" });
    await alert.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByText("The service will publish no ports.")).toBeVisible();
    await expect(alert).toHaveCount(0);
  } finally {
    removeService(name);
  }
});

test("switch endpoint mode to dnsrr converting ingress ports, then back to vip", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const name = uniqueName("ops-ui-mode");
  const port = randomPort();
  createService(name, ["--publish", `${port}:80`]);
  try {
    await gotoReady(page, `/services/${name}`);
    const card = page.getByRole("form", { name: "Endpoint mode" });
    await card.getByRole("radio", { name: "dnsrr" }).check();
    await expect(card).toContainText("dnsrr bypasses the routing mesh");
    await expect(card).toContainText(`${port}:80`);
    await expect(card.getByRole("button", { name: "Switch endpoint mode" })).toBeDisabled();
    await card.getByLabel("Convert ingress ports to mode=host in the same update").check();
    await expect(cliFigure(page, "Endpoint mode")).toContainText(
      `docker service update --endpoint-mode dnsrr --publish-rm target=80,protocol=tcp,mode=ingress --publish-add published=${port},target=80,protocol=tcp,mode=host ${name}`,
    );
    await card.getByRole("button", { name: "Switch endpoint mode" }).click();
    await expect(card.getByRole("status")).toContainText("Endpoint mode changed");
    let spec = serviceSpec(name).Spec.EndpointSpec;
    expect(spec?.Mode).toBe("dnsrr");
    expect(specPorts(name)).toEqual([`${port}:80/tcp/host`]);

    // Back to vip: the stale-DNS warning (moby#36988) is shown first.
    await card.getByRole("radio", { name: "vip" }).check();
    await expect(card).toContainText("moby#36988");
    await card.getByRole("button", { name: "Switch endpoint mode" }).click();
    await expect(card.getByRole("status")).toContainText(
      "docker service update --endpoint-mode vip",
    );
    spec = serviceSpec(name).Spec.EndpointSpec;
    expect(spec?.Mode).toBe("vip");
  } finally {
    removeService(name);
  }
});

test("attach a network with aliases, then detach it", async ({ page }) => {
  const name = uniqueName("ops-ui-attach");
  createService(name);
  try {
    await gotoReady(page, `/services/${name}`);
    await page.getByLabel("Network to attach").selectOption("demo-tools");
    await page.getByLabel("Aliases (optional)").fill("alpha, beta");
    await expect(cliFigure(page, "Attach")).toContainText(
      `docker service update --network-add name=demo-tools,alias=alpha,alias=beta ${name}`,
    );
    await page.getByRole("button", { name: "Attach", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Network attached" })).toBeVisible();
    const toolsId = inspect<{ Id: string }>("network", "demo-tools").Id;
    expect(serviceSpec(name).Spec.TaskTemplate.Networks).toEqual([
      { Target: toolsId, Aliases: ["alpha", "beta"] },
    ]);
    await expect(page.getByRole("table", { name: "Networks", exact: true })).toContainText(
      "demo-tools",
    );

    await expect(
      page.getByText(`docker service update --network-rm demo-tools ${name}`),
    ).toBeVisible();
    await page.getByRole("button", { name: "Detach demo-tools" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Network detached" })).toBeVisible();
    await expect(page.getByText("No network in the spec.")).toBeVisible();
    expect(serviceSpec(name).Spec.TaskTemplate.Networks ?? []).toEqual([]);
  } finally {
    removeService(name);
  }
});

test("generate a docker_gwbridge script for a node, validated and copyable", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await gotoReady(page, "/gwbridge");
  const form = page.getByRole("form", { name: "Customize docker_gwbridge on a node" });
  await expect(page.getByText("The Engine API cannot change it")).toBeVisible();
  await form.getByLabel("Subnet").fill("10.20.0.0/16");
  await expect(form).toContainText("overlaps 10.20.0.0/24 of network demo-secure");
  await form.getByLabel("Subnet").fill("172.30.0.0/16");
  await form.getByLabel("Gateway (optional)").fill("172.31.0.1");
  await expect(form).toContainText("gateway 172.31.0.1 is outside subnet 172.30.0.0/16");
  await form.getByLabel("Gateway (optional)").fill("172.30.0.1");
  await form.getByLabel("Inter-container communication (enable_icc)").check();
  await form.getByLabel("MTU (optional)").fill("1450");
  await form
    .getByLabel("Join command (optional)")
    .fill("docker swarm join --token SWMTKN-1-x 10.0.0.1:2377");
  const script = form.getByRole("figure");
  await expect(script).toContainText("ip link del dev docker_gwbridge");
  await expect(script).toContainText("--subnet 172.30.0.0/16");
  await expect(script).toContainText("--gateway 172.30.0.1");
  await expect(script).toContainText("--opt com.docker.network.bridge.enable_icc=true");
  await expect(script).toContainText("--opt com.docker.network.bridge.enable_ip_masquerade=true");
  await expect(script).toContainText("--opt com.docker.network.driver.mtu=1450");
  await expect(script).toContainText("docker swarm join --token SWMTKN-1-x 10.0.0.1:2377");
  await script.getByRole("button", { name: "Copy" }).click();
  await expect(script.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("docker network create \\\n  --subnet 172.30.0.0/16");
});

test.describe("as a viewer", () => {
  test.use({ storageState: VIEWER_STATE });

  test("change controls are hidden, with the reason shown", async ({ page }) => {
    await gotoReady(page, "/networks");
    await expect(page.getByRole("heading", { name: "Networks" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create overlay network" })).toHaveCount(0);
    await gotoReady(page, "/services/web");
    await expect(page.getByRole("heading", { name: "Edit published ports" })).toBeVisible();
    await expect(page.getByText("You are signed in as a viewer").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Save ports" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Switch endpoint mode" })).toHaveCount(0);
    await gotoReady(page, "/ingress");
    await expect(page.getByRole("button", { name: "Customize ingress" })).toHaveCount(0);
    await gotoReady(page, "/networks/demo-tools");
    await expect(page.getByRole("button", { name: "Remove network" })).toHaveCount(0);
  });
});
