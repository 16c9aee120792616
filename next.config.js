/** @type {import('next').NextConfig} */
const nextConfig = {
  // ssh2 (a dockerode dependency) ships a native addon that breaks bundling.
  serverExternalPackages: ["dockerode"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
