// Plain CommonJS: next.config.js is loaded before TypeScript paths exist.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The image's build (Dockerfile) asks for .next/standalone: the server and only the
  // node_modules files it needs. A plain `next build` does not, since Next.js then warns on
  // every `npm start` that standalone output should be served by its own server.
  output: process.env.SWARMNET_STANDALONE === "1" ? "standalone" : undefined,
  // No next/image here: sharp's image libraries (19 MB) stay out of the image.
  images: { unoptimized: true },
  outputFileTracingExcludes: { "*": ["node_modules/@img/**", "node_modules/sharp/**"] },
  // ssh2 (a dockerode dependency) ships a native addon that breaks bundling.
  serverExternalPackages: ["dockerode"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Pages get a nonce CSP from proxy.ts; JSON answers allow nothing at all.
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
