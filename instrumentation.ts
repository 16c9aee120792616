export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startup } = await import("./lib/startup");
    startup();
    // A probe service left by a dashboard that was killed mid-probe is removed at start.
    const { sweepProbeLeftoversAtStart } = await import("./lib/connectivity/cleanup");
    void sweepProbeLeftoversAtStart();
  }
}
