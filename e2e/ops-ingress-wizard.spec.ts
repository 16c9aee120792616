import { execFileSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { docker, inspect, uniqueName } from "./docker";
import {
  createService,
  gotoReady,
  randomPort,
  removeService,
  restartSandboxDaemon,
  sleepSync,
  specPorts,
} from "./ops-support";
import { DOCKER_HOST } from "./support";

// The Customize ingress wizard end to end on the sandbox engine. It changes the seeded `web`
// and the ingress network, so it is the only spec that may, runs serially, holds the ingress
// @exclusive Playwright project (alone, after every other test) while it works, and puts `ingress` + web's 8080:80 back whatever happens.
test.describe.configure({ mode: "serial" });

type RawNetwork = {
  Id: string;
  Name: string;
  Ingress: boolean;
  Options: Record<string, string> | null;
  IPAM: { Config: { Subnet: string; Gateway?: string }[] | null };
};

const WEB_PORT = "8080:80/tcp/ingress";

function ingressNetworks(): RawNetwork[] {
  const ids = docker(["network", "ls", "--filter", "driver=overlay", "--format", "{{.ID}}"])
    .split("\n")
    .filter(Boolean);
  return ids.map((id) => inspect<RawNetwork>("network", id)).filter((n) => n.Ingress);
}

function servicesPublishingIngress(): string[] {
  return docker(["service", "ls", "--format", "{{.Name}}"])
    .split("\n")
    .filter(Boolean)
    .filter((name) => specPorts(name).some((p) => p.endsWith("/ingress")));
}

/** Leaves a working ingress named `ingress` and web publishing 8080:80 through it. */
function ensureSeedState(): void {
  const current = ingressNetworks();
  if (!current.some((n) => n.Name === "ingress")) {
    for (const name of servicesPublishingIngress()) {
      docker(["service", "update", "--detach", "--publish-rm", "80", name]);
    }
    for (const n of current) {
      execFileSync("bash", ["-c", `echo y | docker -H ${DOCKER_HOST} network rm ${n.Id}`]);
    }
    docker(["network", "create", "--driver", "overlay", "--ingress", "ingress"]);
  }
  if (!specPorts("web").includes(WEB_PORT)) {
    docker([
      "service",
      "update",
      "--detach",
      "--publish-rm",
      "80",
      "--publish-add",
      "8080:80",
      "web",
    ]);
  }
}

/**
 * Retried: right after the wizard Docker may still be letting go of the old ingress; a stale
 * node copy of it (see restartSandboxDaemon) needs an engine restart.
 */
function restoreSeedState(): void {
  for (let attempt = 1; ; attempt++) {
    try {
      ensureSeedState();
      return;
    } catch (e) {
      if (attempt >= 8) throw e;
      if (attempt === 3) restartSandboxDaemon();
      sleepSync(3_000);
    }
  }
}

const step = (page: Page, name: string) => page.getByRole("region", { name });

async function expectDone(page: Page, name: string, timeout = 30_000) {
  await expect(step(page, name).getByText("done", { exact: true })).toBeVisible({ timeout });
}

test.afterAll(() => {
  restoreSeedState();
});

test("customize ingress: free blockers, remove, recreate, restore ports @exclusive", async ({
  page,
}) => {
  test.setTimeout(480_000);
  {
    const throwaway = uniqueName("ops-wizard");
    const port = randomPort();
    createService(throwaway, ["--publish", `${port}:80`]);
    try {
      expect(specPorts("web")).toContain(WEB_PORT);
      const oldIngress = ingressNetworks()[0];
      expect(oldIngress).toBeDefined();

      await gotoReady(page, "/ingress");
      await page.evaluate(() => localStorage.removeItem("swarmnet.ingress-wizard.v1"));
      await page.reload();
      await page.locator("#__next-route-announcer__").waitFor({ state: "attached" });
      await page.getByRole("button", { name: "Customize ingress" }).click();

      // 1. Inspect: the ingress being replaced.
      const inspectStep = step(page, "1. Inspect the current ingress");
      await expect(inspectStep).toContainText(oldIngress?.IPAM.Config?.[0]?.Subnet ?? "—");

      // 2. Blockers: web is unpublished, the throwaway switched to mode=host.
      const blockers = step(page, "2. Free the services that publish through it");
      await expect(blockers).toContainText("web");
      await expect(blockers).toContainText(throwaway);
      await blockers.getByLabel(`${throwaway}: Switch to mode=host`).check();
      await expect(blockers.getByRole("figure").filter({ hasText: throwaway })).toContainText(
        `--publish-add published=${port},target=80,protocol=tcp,mode=host ${throwaway}`,
      );
      await expect(blockers.getByRole("figure").filter({ hasText: " web" })).toContainText(
        "docker service update --publish-rm target=80,protocol=tcp,mode=ingress web",
      );
      await blockers.getByRole("button", { name: /Apply to the services/ }).click();
      // Done once no service publishes through ingress and their old tasks have stopped.
      await expectDone(page, "2. Free the services that publish through it", 60_000);
      expect(specPorts("web")).toEqual([]);
      expect(specPorts(throwaway)).toEqual([`${port}:80/tcp/host`]);

      // A reload resumes at step 3, from localStorage and live state.
      await page.reload();
      await page.locator("#__next-route-announcer__").waitFor({ state: "attached" });
      const remove = step(page, "3. Remove the ingress network");
      await expect(remove).toHaveAttribute("aria-current", "step");
      await expect(remove).toContainText(
        "make sure all the nodes in your swarm run the same Docker Engine version",
      );
      await expect(remove.getByRole("figure")).toContainText(
        `docker network rm ${oldIngress?.Name}`,
      );
      const removeButton = remove.getByRole("button", { name: "Remove the ingress network" });
      await expect(removeButton).toBeDisabled();
      await remove.getByLabel("All nodes run the same Docker Engine version").check();
      await removeButton.click();
      // Docker removes it from the swarm; the node's own copy may linger. On this sandbox kernel
      // (no IPVS) it stays until the engine restarts, which is what the wizard tells the admin.
      const waitingCopy = remove.getByText("waiting for this node's copy to disappear");
      const stopped = remove.getByRole("alert").filter({ hasText: "The wizard stopped here" });
      let restarted = false;
      await expect(async () => {
        if (await stopped.isVisible()) await removeButton.click();
        if (!restarted && (await waitingCopy.isVisible())) {
          await page.waitForTimeout(10_000);
          if (await waitingCopy.isVisible()) {
            restartSandboxDaemon();
            restarted = true;
          }
        }
        await expectDone(page, "3. Remove the ingress network", 5_000);
      }).toPass({ timeout: 150_000, intervals: [2_000] });
      expect(ingressNetworks()).toEqual([]);

      // 4. Create: an overlapping subnet stops the wizard with Docker-state's error; fix, retry.
      const create = step(page, "4. Create the new ingress network");
      await create.getByLabel("Name").fill("ingress");
      await create.getByLabel("Subnet").fill("10.20.0.0/16");
      await create.getByLabel("Gateway").fill("10.20.0.2");
      await create.getByLabel("MTU").fill("1200");
      await create.getByRole("button", { name: "Create the ingress network" }).click();
      await expect(create.getByRole("alert")).toContainText("The wizard stopped here");
      await expect(create.getByRole("alert")).toContainText("demo-secure");
      expect(ingressNetworks()).toEqual([]);
      await create.getByLabel("Subnet").fill("10.11.0.0/16");
      await create.getByLabel("Gateway").fill("10.11.0.2");
      await expect(create.getByRole("figure")).toContainText(
        "docker network create --driver overlay --ingress --subnet 10.11.0.0/16 --gateway 10.11.0.2 --opt com.docker.network.driver.mtu=1200 ingress",
      );
      await create.getByRole("button", { name: "Create the ingress network" }).click();
      await expectDone(page, "4. Create the new ingress network");
      const created = ingressNetworks();
      expect(created.map((n) => n.Name)).toEqual(["ingress"]);
      expect(created[0]?.IPAM.Config).toEqual([{ Subnet: "10.11.0.0/16", Gateway: "10.11.0.2" }]);
      expect(created[0]?.Options?.["com.docker.network.driver.mtu"]).toBe("1200");

      // 5. Restore the original ports through the new ingress.
      const restore = step(page, "5. Restore the services' ports");
      await expect(restore.getByRole("figure").filter({ hasText: " web" })).toContainText(
        "--publish-add published=8080,target=80,protocol=tcp,mode=ingress web",
      );
      await restore.getByRole("button", { name: /Restore the ports/ }).click();
      await expectDone(page, "5. Restore the services' ports");
      await expect(page.getByText("The ingress network is customized.")).toBeVisible();
      expect(specPorts("web")).toEqual([WEB_PORT]);
      expect(specPorts(throwaway)).toEqual([`${port}:80/tcp/ingress`]);

      // Every command is in the log; Finish forgets the plan.
      const log = page.getByRole("region", { name: "What ran" });
      await expect(log).toContainText("docker network rm");
      await expect(log).toContainText("docker network create --driver overlay --ingress");
      await page.getByRole("button", { name: "Finish" }).click();
      await expect(page.getByRole("button", { name: "Customize ingress" })).toBeVisible();
      expect(
        await page.evaluate(() => localStorage.getItem("swarmnet.ingress-wizard.v1")),
      ).toBeNull();
    } finally {
      removeService(throwaway);
      restoreSeedState();
    }
  }
});
