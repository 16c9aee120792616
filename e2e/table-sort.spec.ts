import { expect, test } from "@playwright/test";
import { docker, uniqueName } from "./docker";

// Tables sort names naturally and by any column, from the mouse or the keyboard.

test("networks table: natural name order, any column, keyboard, aria-sort", async ({ page }) => {
  const base = uniqueName("sort");
  const names = [`${base}-2`, `${base}-10`];
  // One after another: a burst of overlay creates stalls Swarm.
  const labels = ["--label", "k-10=a", "--label", "k-2=b"];
  docker(["network", "create", "-d", "overlay", ...labels, names[0] as string]);
  docker(["network", "create", "-d", "overlay", names[1] as string]);
  try {
    await page.goto("/networks");
    const table = page.getByRole("table", { name: "Networks" });
    await page.getByLabel("Filter by name").fill(base);
    const shown = table.getByRole("row").filter({ hasText: base }).getByRole("link");
    const nameHeader = table.getByRole("columnheader", { name: "Name" });
    const mtuHeader = table.getByRole("columnheader", { name: "MTU" });

    // A plain string sort would put -10 first.
    await expect(shown).toHaveText([`${base}-2`, `${base}-10`]);
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(mtuHeader).toHaveAttribute("aria-sort", "none");

    await nameHeader.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
    await expect(shown).toHaveText([`${base}-10`, `${base}-2`]);

    await mtuHeader.getByRole("button").click();
    await expect(mtuHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(nameHeader).toHaveAttribute("aria-sort", "none");
    // Equal MTUs: ties fall back to the natural name order.
    await expect(shown).toHaveText([`${base}-2`, `${base}-10`]);

    // A detail table: the rows' own order (natural keys) until a header is used.
    await page.goto(`/networks/${names[0]}`);
    const labelsTable = page.getByRole("table", { name: "Labels" });
    const keys = labelsTable.getByRole("row").locator("td:first-child");
    await expect(keys).toHaveText(["k-2", "k-10"]);
    const value = labelsTable.getByRole("columnheader", { name: "Value" });
    await expect(value).toHaveAttribute("aria-sort", "none");
    await value.getByRole("button").click();
    await expect(value).toHaveAttribute("aria-sort", "ascending");
    await expect(keys).toHaveText(["k-10", "k-2"]);
  } finally {
    for (const name of names) docker(["network", "rm", name]);
  }
});
