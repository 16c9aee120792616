import { expect, type Locator, type Page, test } from "@playwright/test";
import { uniqueName } from "./docker";
import { createService, randomPort, removeNetwork, removeService, specPorts } from "./ops-support";
import { openPage } from "./pages";

/**
 * The two everyday changes done with the keyboard alone: Tab to reach things, typing, Enter
 * and arrow keys; no click. After a refused submission focus lands on the first thing to fix,
 * after a success on the outcome.
 */

/** Presses Tab until `target` has focus (a keyboard user's way to reach it). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reached with ${max} Tab presses: ${target}`);
}

const focused = (page: Page) => page.locator(":focus");

test("create an overlay network with the keyboard only", async ({ page }) => {
  const name = uniqueName("kbd-net");
  const third = 100 + Math.floor(Math.random() * 150);
  try {
    await openPage(page, "/networks");
    await tabTo(page, page.getByRole("link", { name: "Create overlay network" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/networks\/new$/);

    await tabTo(page, page.getByLabel("Name", { exact: true }));
    await page.keyboard.type(name);
    await tabTo(page, page.getByLabel("Attachable"));
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Attachable")).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Add subnet" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel("Subnet 1"));
    await page.keyboard.type(`10.214.${third}.0/33`);
    // Submitting from another field: refused in the browser, focus goes to the bad subnet.
    await tabTo(page, page.getByLabel("Labels"));
    await page.keyboard.type("team=kbd");
    await tabTo(page, page.getByRole("button", { name: "Create network" }));
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Subnet 1")).toBeFocused();
    await expect(page.getByLabel("Subnet 1")).toHaveAttribute("aria-invalid", "true");

    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(`10.214.${third}.0/24`);
    await expect(page.getByLabel("Subnet 1")).not.toHaveAttribute("aria-invalid", "true");
    await tabTo(page, page.getByRole("button", { name: "Create network" }));
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(focused(page)).toContainText("Network created");
    await expect(focused(page)).toContainText(`docker network create`);
    await expect(page.getByRole("table", { name: "IPAM" })).toContainText(`10.214.${third}.0/24`);
  } finally {
    removeNetwork(name);
  }
});

test("publish a port with the keyboard only", async ({ page }) => {
  const name = uniqueName("kbd-port");
  const port = randomPort();
  createService(name);
  try {
    await openPage(page, `/services/${name}`);
    await tabTo(page, page.getByRole("button", { name: "Add port" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel("Port 1", { exact: true }));
    await page.keyboard.type(`${port}:80/udp`);
    // The mode select, by arrow key: the row is rewritten in the long syntax.
    await tabTo(page, page.getByLabel("Publish mode 1"));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Port 1", { exact: true })).toHaveValue(
      `published=${port},target=80,protocol=udp,mode=host`,
    );
    await tabTo(page, page.getByRole("button", { name: "Save ports" }));
    await page.keyboard.press("Enter");

    await expect(focused(page)).toContainText("Ports updated");
    await expect(focused(page)).toContainText(`--publish-add published=${port},target=80`);
    expect(specPorts(name)).toEqual([`${port}:80/udp/host`]);
  } finally {
    removeService(name);
  }
});

test("switch the endpoint mode and attach a network with the keyboard only", async ({ page }) => {
  const name = uniqueName("kbd-svc");
  createService(name);
  try {
    await openPage(page, `/services/${name}`);
    // Endpoint mode: Tab reaches the radio group on its checked radio (the other mode,
    // dnsrr); the arrow keys move the choice.
    await tabTo(page, page.getByRole("radio", { name: "dnsrr" }));
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("radio", { name: "vip" })).toBeChecked();
    await expect(page.getByRole("button", { name: "Switch endpoint mode" })).toBeDisabled();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "dnsrr" })).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Switch endpoint mode" }));
    await page.keyboard.press("Enter");
    await expect(focused(page)).toContainText("Endpoint mode changed");
    await expect(focused(page)).toContainText("--endpoint-mode dnsrr");

    // Network attach (further down the page): the select by typing the option's name.
    const select = page.getByLabel("Network to attach");
    await tabTo(page, select);
    await page.keyboard.type("demo-tools");
    await expect(select).toHaveValue("demo-tools");
    await tabTo(page, page.getByRole("button", { name: "Attach", exact: true }));
    await page.keyboard.press("Enter");
    await expect(focused(page)).toContainText("Network attached");
    await expect(focused(page)).toContainText(`--network-add demo-tools ${name}`);
  } finally {
    removeService(name);
  }
});

// Opening the ingress wizard and choosing in it changes nothing in Docker (the plan lives in
// this browser), so this runs beside the other specs; the full run is ops-ingress-wizard.
test("the ingress wizard: open, choose, close with the keyboard only", async ({ page }) => {
  await openPage(page, "/ingress");
  const open = page.getByRole("button", { name: "Customize ingress" });
  await tabTo(page, open);
  await page.keyboard.press("Enter");
  // Focus goes to the step to do now: freeing the services that publish through ingress.
  const blockers = page.getByRole("region", { name: "2. Free the services" });
  await expect(blockers).toBeFocused();
  await expect(blockers).toHaveAttribute("aria-current", "step");

  // web's choice is a radio group: Tab lands on the checked one, an arrow key moves it.
  await tabTo(page, blockers.getByLabel("web: Unpublish temporarily"));
  await page.keyboard.press("ArrowDown");
  await expect(blockers.getByLabel("web: Switch to mode=host")).toBeChecked();
  await expect(blockers.getByRole("figure").filter({ hasText: " web" })).toContainText("mode=host");

  await tabTo(page, page.getByRole("button", { name: "Close the wizard and forget the plan" }));
  await page.keyboard.press("Enter");
  await expect(open).toBeFocused();
});
