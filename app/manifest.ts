import type { MetadataRoute } from "next";
import { messages } from "@/lib/messages";

const m = messages();

/**
 * The web app manifest: installing swarmnet (on a TV's or kiosk PC's browser) opens the wall
 * full screen. Served at /manifest.webmanifest without a login (proxy.ts), as browsers fetch
 * it without credentials; the wall itself still needs the viewer link.
 */
export default function manifest(): MetadataRoute.Manifest {
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
