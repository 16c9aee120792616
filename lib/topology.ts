/**
 * `@/lib/topology`, kept as a thin barrel so existing imports keep working. The code lives
 * in lib/topology/: lookups, selectors (who is on a network), constants, prose, and the view
 */
export * from "./topology/constants";
export * from "./topology/lookups";
export * from "./topology/prose";
export * from "./topology/selectors";
export * from "./topology/views";
