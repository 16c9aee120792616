// Renders public/icon.svg and public/icon-maskable.svg to the PNG sizes browsers and
// installers ask for, and packs favicon.ico (16 and 32 px PNGs), with the system Chromium:
// no network, no image library. Run after changing an SVG: node scripts/make-icons.mjs
import { readFile, writeFile } from "node:fs/promises";
import { chromium } from "@playwright/test";

const OUT = new URL("../public/", import.meta.url);
const SIZES = [
  ["icon.svg", 16, "favicon-16.png"],
  ["icon.svg", 32, "favicon-32.png"],
  ["icon.svg", 180, "apple-touch-icon.png"],
  ["icon.svg", 192, "icon-192.png"],
  ["icon.svg", 512, "icon-512.png"],
  ["icon-maskable.svg", 512, "icon-maskable-512.png"],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
const pngs = new Map();
for (const [svg, size, name] of SIZES) {
  const markup = await readFile(new URL(svg, OUT), "utf8");
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(markup).toString("base64")}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
  );
  await page.locator("img").evaluate((img) => img.decode());
  const png = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  pngs.set(name, png);
  // The 16 and 32 px images live only inside favicon.ico.
  if (!name.startsWith("favicon-")) await writeFile(new URL(name, OUT), png);
}
await browser.close();

// ICO with PNG entries: a 6-byte header, a 16-byte directory entry per image, then the images.
const entries = [pngs.get("favicon-16.png"), pngs.get("favicon-32.png")];
const sizes = [16, 32];
const header = Buffer.alloc(6 + 16 * entries.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(entries.length, 4);
let offset = header.length;
entries.forEach((png, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(sizes[i], at);
  header.writeUInt8(sizes[i], at + 1);
  header.writeUInt16LE(1, at + 4); // colour planes
  header.writeUInt16LE(32, at + 6); // bits per pixel
  header.writeUInt32LE(png.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png.length;
});
await writeFile(new URL("favicon.ico", OUT), Buffer.concat([header, ...entries]));
console.log(`icons written to ${OUT.pathname}`);
