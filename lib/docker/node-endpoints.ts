/** Parses SWARMNET_NODE_ENDPOINTS: "name=url,name=url" (name = hostname or node id). */
export function parseNodeEndpoints(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of text.split(",")) {
    const entry = part.trim();
    if (!entry) continue;
    const eq = entry.indexOf("=");
    if (eq <= 0 || eq === entry.length - 1) {
      throw new Error(`SWARMNET_NODE_ENDPOINTS: "${entry}" is not name=url`);
    }
    map.set(entry.slice(0, eq).trim(), entry.slice(eq + 1).trim());
  }
  return map;
}

/** The task id at the end of a task container name: "web.1.<taskid>" or "agent.<nodeid>.<taskid>". */
export function taskIdFromName(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}
