/** Docker's option keys for networks, declared once (reshape, CLI lines, option tables). */

/** The MTU of overlay (and bridge) networks: `--opt com.docker.network.driver.mtu=1400`. */
export const MTU_OPTION = "com.docker.network.driver.mtu";
/** IPsec between nodes on an overlay: `--opt encrypted` (the value is empty). */
export const ENCRYPTED_OPTION = "encrypted";
/** Options of the Linux bridge driver (docker_gwbridge, local bridges) share this prefix. */
export const BRIDGE_OPTION_PREFIX = "com.docker.network.bridge.";
export const BRIDGE_NAME_OPTION = `${BRIDGE_OPTION_PREFIX}name`;
export const BRIDGE_ICC_OPTION = `${BRIDGE_OPTION_PREFIX}enable_icc`;
export const BRIDGE_MASQUERADE_OPTION = `${BRIDGE_OPTION_PREFIX}enable_ip_masquerade`;
/** The docker_gwbridge settings the notes customize, in the order panels show them. */
export const BRIDGE_OPTIONS = [
  BRIDGE_NAME_OPTION,
  BRIDGE_ICC_OPTION,
  BRIDGE_MASQUERADE_OPTION,
] as const;
