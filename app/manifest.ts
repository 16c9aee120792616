import type { MetadataRoute } from "next";
import { getMessages } from "@/lib/i18n/server";

/**
 * The web app manifest: installing swarmnet (on a TV's or kiosk PC's browser) opens the wall
 * full screen. Served at /manifest.webmanifest without a login (proxy.ts), as browsers fetch
 * it without credentials; the wall itself still needs the viewer link.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  // In the language of whoever installs it (cookie or Accept-Language), like every page.
  const m = await getMessages();
  return {
    name: `${m.app.name} · ${m.nav.wall}`,
    short_name: m.app.name,
    description: m.app.manifestDescription,
    id: "/wall",
    start_url: "/wall",
    scope: "/",
    display: "fullscreen",
    display_override: ["fullscreen", "standalone"],
    orientation: "landscape",
    // The wall is dark whatever the system theme: the splash screen matches it.
    background_color: "#000000",
    theme_color: "#000000",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
