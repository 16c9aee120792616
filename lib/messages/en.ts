/**
 * Every UI string (English). es.ts holds the same keys in Spanish (`satisfies Dictionary`);
 * components take them from useMessages() / getMessages() and never hard-code prose.
 */
/** The fields of `POST /api/connectivity` that name a Docker object. */
export type ProbeField = "network" | "target" | "node";

export const en = {
  auth: {
    title: "Sign in to swarmnet",
    intro:
      "Paste the admin or viewer token (printed on the server console at start, or set in SWARMNET_ADMIN_TOKEN / SWARMNET_VIEWER_TOKEN).",
    tokenLabel: "Token",
    submit: "Sign in",
    failed: "Sign-in failed.",
    invalidLink:
      "That login link's token is not valid (or too many wrong tokens were tried): sign in with a current token.",
    hint: "A TV can bookmark a viewer link: /wall?token=…",
    logout: "Sign out",
    role: { admin: "admin", viewer: "viewer" },
    readOnly: "Read-only mode: changes are turned off on this server (SWARMNET_READ_ONLY=1).",
    readOnlyBadge: "read-only",
    viewerOnly: "You are signed in as a viewer: changes need the admin role.",
  },
  audit: {
    title: "Audit log",
    intro:
      "Every change attempted through swarmnet, newest first, with the docker command that does the same.",
    empty: "No change has been made yet.",
    columns: {
      time: "Time (UTC)",
      role: "Role",
      operation: "Operation",
      target: "Target",
      cli: "docker equivalent",
      result: "Result",
    },
  },
  language: { label: "Language" },
  app: {
    name: "swarmnet",
    tagline: "Swarm networking",
    description: "Docker Swarm networking dashboard",
    manifestDescription: "Docker Swarm networking: the live, read-only wall for an ops-room screen",
  },
  nav: {
    label: "Main",
    networks: "Networks",
    ingress: "Ingress",
    gwbridge: "docker_gwbridge",
    services: "Services",
    nodes: "Nodes",
    swarm: "Swarm",
    wall: "Wall display",
    audit: "Audit log",
    diagnostics: "Diagnostics",
    connectivity: "Connectivity",
    openMenu: "Menu",
    closeMenu: "Close menu",
    skipToContent: "Skip to content",
  },
  common: {
    none: "none",
    yes: "yes",
    no: "no",
    unknown: "unknown",
    loading: "Loading…",
    filter: "Filter",
    allDrivers: "All drivers",
    dataAsOf: "Data as of",
    back: "Back",
    notSet: "not set (Docker default)",
    emptyValue: "(empty)",
    copy: "Copy",
    copied: "Copied",
    filterByName: "Filter by name",
    filterByDriver: "Filter by driver",
    refreshFailed: "Could not refresh:",
    rows: "rows",
    of: "of",
  },
  unavailable: {
    title: "Cannot reach Docker",
    at: "swarmnet cannot reach the Docker Engine at",
    checks: [
      "Is the Docker daemon running on that host?",
      "Does DOCKER_HOST point at the right socket or address (unix:///var/run/docker.sock, tcp://host:2376)?",
      "Can the swarmnet process read the socket (user and group permissions), or reach the TCP port?",
      "With TLS, are DOCKER_TLS_VERIFY and DOCKER_CERT_PATH set and the certificates valid?",
    ],
    retry: "This page retries by itself; reload when Docker is back.",
  },
  networks: {
    title: "Networks",
    empty: "No network matches this filter.",
    columns: {
      name: "Name",
      driver: "Driver",
      scope: "Scope",
      subnet: "Subnet",
      gateway: "Gateway",
      ipRange: "IP range",
      flags: "Flags",
      mtu: "MTU",
      services: "Services",
      containers: "Containers",
    },
    flags: {
      ingress: "ingress",
      attachable: "attachable",
      internal: "internal",
      encrypted: "encrypted",
    },
    defaultMtu: "default",
  },
  networkDetail: {
    perNode: {
      title: "Per node",
      intro:
        "Instantiated: the node is a peer of the network (it holds a copy because a task or container uses it there). Listed: the node's own engine lists it; managers list every swarm network, workers only those they use, and a worker's list can lag after a change (e.g. a replaced ingress).",
      node: "Node",
      instantiated: "Instantiated (peer)",
      localCopy: "Node's own list",
      tasks: "Tasks on this node (address on this network)",
      yes: "yes",
      no: "no",
      listed: "listed",
      notListed: "not listed",
      unknown: "unknown (set SWARMNET_NODE_ENDPOINTS)",
      none: "No nodes.",
    },
    ipam: "IPAM",
    options: "Options",
    labels: "Labels",
    services: "Services attached",
    vip: "VIP on this network",
    tasks: "Tasks on this network",
    containers: "Standalone containers",
    peers: "Peers (nodes holding this network)",
    endpoints: "Endpoints on this node",
    noServices: "No service is attached to this network.",
    noTasks: "No task has an address on this network.",
    noContainers: "No standalone container is attached.",
    noPeers: "No peers reported: the network is not instantiated on this node yet.",
    notFound: "No such network.",
    notFoundTitle: "Network not found",
    notFoundHint: "It may have been removed, or the name is misspelled. Nothing matches",
    backToList: "All networks",
    overview: "Overview",
    id: "ID",
    driver: "Driver",
    scope: "Scope",
    created: "Created",
    mtu: "MTU",
    ipv6: "IPv6",
    system: "Created by Docker",
    ipamColumns: { subnet: "Subnet", gateway: "Gateway", ipRange: "IP range" },
    noIpam: "No IPAM configuration.",
    optionColumns: { key: "Option", value: "Value", note: "Note" },
    noOptions: "No options.",
    optionNotes: {
      mtu: "MTU of this network",
      encrypted: "IPsec encryption of data traffic (CPU cost; no Windows nodes)",
      bridge: "Linux bridge setting",
    },
    labelColumns: { key: "Label", value: "Value" },
    noLabels: "No labels.",
    serviceColumns: {
      service: "Service",
      endpointMode: "Endpoint mode",
      vip: "VIP on this network",
    },
    taskColumns: {
      task: "Task",
      service: "Service",
      slot: "Slot",
      state: "State",
      node: "Node",
      addr: "Endpoint IP",
    },
    containerColumns: {
      name: "Container",
      image: "Image",
      state: "State",
      ipv4: "IPv4",
      ipv6: "IPv6",
    },
    peerColumns: { name: "Node", ip: "IP" },
    endpointColumns: { name: "Name", ipv4: "IPv4", ipv6: "IPv6", mac: "MAC" },
    noEndpoints: "No endpoint on this node.",
    verboseLoading: "Asking Docker for peers and endpoints…",
    verboseError: "Could not load peers and endpoints:",
  },
  ingress: {
    title: "Ingress (routing mesh)",
    intro:
      "Every published port in ingress mode is open on every node and balanced to the service's tasks through this network.",
    publishers: "Services publishing through the routing mesh",
    noPublishers: "No service publishes a port in ingress mode.",
    missing: "There is no ingress network: services cannot publish ports in ingress mode.",
    network: "Ingress network",
    subnet: "Subnet",
    gateway: "Gateway",
    mtu: "MTU",
    defaultMtu: "default",
    details: "Network details",
    columns: { service: "Service", ports: "Published ports", endpointMode: "Endpoint mode" },
  },
  gwbridge: {
    title: "docker_gwbridge",
    intro:
      "The local bridge that connects overlay networks (ingress included) to this node's physical network. It lives in the host kernel, per node.",
    bridgeOptions: "Bridge options",
    endpoints: "Attached endpoints (gateway endpoints of task containers)",
    noEndpoints: "Nothing is attached.",
    missing:
      "docker_gwbridge does not exist on this node (it appears when the node joins a swarm).",
    onNode: "On node",
    network: "Bridge network",
    subnet: "Subnet",
    gateway: "Gateway",
    optionColumns: { key: "Option", value: "Value" },
    columns: { name: "Name", ipv4: "IPv4", ipv6: "IPv6", mac: "MAC" },
    details: "Network details",
  },
  services: {
    title: "Services",
    empty: "No service matches this filter.",
    columns: {
      name: "Name",
      mode: "Mode",
      replicas: "Replicas",
      endpointMode: "Endpoint mode",
      vips: "VIPs",
      ports: "Published ports",
      networks: "Networks",
      image: "Image",
    },
    none: "—",
  },
  serviceDetail: {
    discovery: "Discovery (DNS inside the service's networks)",
    resolvesTo: "resolves to",
    ports: "Published ports",
    noPorts: "No published ports.",
    networks: "Networks",
    vips: "Virtual IPs",
    noVips: "No virtual IP (dnsrr).",
    tasks: "Tasks",
    noTasks: "No tasks.",
    notFound: "No such service.",
    portColumns: {
      published: "Published",
      target: "Target",
      protocol: "Protocol",
      mode: "Publish mode",
    },
    taskColumns: {
      task: "Task",
      slot: "Slot",
      state: "State",
      desired: "Desired",
      node: "Node",
      addresses: "Endpoint IPs",
      error: "Error",
    },
    assigned: "assigned by Docker",
    autoPort: "auto",
    notFoundTitle: "Service not found",
    notFoundHint: "It may have been removed, or the name is misspelled. Nothing matches",
    backToList: "All services",
    overview: "Overview",
    id: "ID",
    mode: "Mode",
    replicas: "Replicas",
    endpointMode: "Endpoint mode",
    previousEndpointMode: "Previous endpoint mode",
    image: "Image",
    created: "Created",
    updated: "Updated",
    networkColumns: { network: "Network", aliases: "Aliases", vip: "VIP" },
    noNetworks: "Not attached to any network.",
    addedByDocker: "added by Docker for published ports",
    discoveryColumns: { name: "Name", resolvesTo: "Resolves to", explanation: "How" },
    nothing: "nothing (no running task)",
    discoveryHow: {
      vip: "The virtual IP: Docker balances connections across the tasks.",
      dnsrr: "DNS round robin: one A record per running task, no virtual IP.",
      tasks: "Always the running tasks' own IPs, whatever the endpoint mode.",
    },
  },
  nodes: {
    title: "Nodes",
    columns: {
      hostname: "Hostname",
      role: "Role",
      availability: "Availability",
      state: "State",
      engine: "Engine",
      advertise: "Advertise address",
      dataPath: "Data-path address",
      tasks: "Tasks",
    },
    leader: "leader",
    thisNode: "this dashboard's engine",
    dataPathUnknown: "unknown (no task of this node on an overlay yet)",
    empty: "No nodes: this engine is not a swarm manager.",
    sharedInterface: "control and data share one address",
    sharedInterfaceHelp:
      "Control (gossip, raft) and VXLAN data traffic use the same address. The seed notes recommend separating them: docker swarm join --advertise-addr <control-ip> --data-path-addr <data-ip>.",
    separated: "separated",
    dataPathHow:
      "The Engine API has no data-path field per node (moby#33938); swarmnet reads it from the \"Host IP\" of the node's tasks in the overlays' verbose inspect.",
    perNode: "Per node",
    factsSource: {
      local: "this dashboard's engine",
      endpoint: "node endpoint",
      unknown: "unknown",
    },
    factsUnknown:
      "Unknown: the manager's API does not expose this node's local state. Give swarmnet access to the node's engine with SWARMNET_NODE_ENDPOINTS=\"hostname=unix:///…|tcp://…\".",
    factsError: "The node's endpoint did not answer:",
    gwbridge: "docker_gwbridge",
    gwbridgeMissing: "no docker_gwbridge on this node",
    gwbridgeOn: (node: string) => `docker_gwbridge on ${node}`,
    localNetworks: "Networks this node's engine lists",
  },
  swarm: {
    join: "Join commands",
    joinIntro:
      "Run one on a new node (admins only: these tokens let any host join the swarm). Add --advertise-addr and --data-path-addr to separate control and data traffic.",
    joinAs: { worker: "As a worker", manager: "As a manager" },
    title: "Swarm",
    notActive: "This engine is not part of an active swarm, or is not a manager.",
    clusterId: "Cluster ID",
    created: "Created",
    addrPool: "Default address pool",
    subnetSize: "Subnet size",
    dataPathPort: "Data path port (VXLAN)",
    firewall: "Firewall ports between nodes",
    firewallIntro:
      "Every node that takes part in an overlay network needs these open to and from the others.",
    port: "Port",
    purpose: "Purpose",
    engine: "Engine",
    cluster: "Cluster",
    protocol: "Protocol",
    host: "Docker host",
    version: "Engine version",
    apiVersion: "API version",
    name: "Engine name",
    os: "OS",
    state: "Swarm state",
    node: "Node",
    purposes: {
      manager: "Cluster management (raft, joins): managers only.",
      gossip: "Node-to-node communication (gossip, network state).",
      data: "Overlay network data traffic (VXLAN).",
    },
  },
  live: {
    states: {
      connecting: "Connecting…",
      live: "Live",
      reconnecting: "Reconnecting…",
      down: "Offline",
    },
    staleSince: "stale since",
    statusLabel: "Live updates",
    hint: {
      connecting: "Opening the live event stream.",
      live: "Following Docker's events: changes appear as they happen.",
      reconnecting: "The live stream was lost; retrying. What you see may be out of date.",
      down: "Docker (or the dashboard server) does not answer. What you see is the last known state.",
    },
  },
  wall: {
    title: "Swarm network topology",
    label: "Wall display",
    dataAsOf: "Data as of",
    page: "Page",
    of: "of",
    overlays: "overlays",
    services: "services",
    tasksRunning: "tasks running",
    nodesReady: "nodes ready",
    ok: "OK",
    alert: "ALERT",
    attention: {
      title: "Needs attention",
      none: "Nothing needs attention",
      more: "more",
    },
    cards: {
      published: "Published ports",
      detached: "On no overlay network",
      nodes: "Nodes",
      continued: "continued",
      empty: "No services",
      service: "service",
      services: "services",
      stack: "stack",
    },
    filtered: "Filtered",
    attentionText: {
      node: (state: string) => `node ${state}`,
      running: (running: number, desired: number) => `${running}/${desired} running`,
      failed: (n: number) => `${n} failed`,
      recently: "until recently",
    },
    noData: "No services or networks match this wall's filters.",
    marks: {
      ingress: "INGRESS",
      encrypted: "encrypted",
      attachable: "attachable",
      internal: "internal",
    },
    banner: {
      reconnecting: "Live updates interrupted — reconnecting",
      down: "NOT LIVE — Docker is unreachable",
      shownSince: "Showing data as of",
      noData: "Waiting for Docker…",
    },
  },
  forms: {
    command: "Equivalent docker command",
    commandRun: "Command that was run",
    warnings: "Warnings",
    fixErrors: "Fix the highlighted fields first.",
    failed: "Docker did not accept the change",
    invalid: "Some fields are not valid",
    saving: "Working…",
    done: "Done",
    cancel: "Cancel",
    reload: "Reload",
    retry: "Retry",
    staleTitle: "Someone else changed this service",
    staleBody:
      "It changed since this page loaded, so nothing was applied (no silent overwrite). Reload to see the current state, then apply your change again.",
    optional: "optional",
  },
  networkForm: {
    title: "Create overlay network",
    createLink: "Create overlay network",
    intro:
      "A swarm-scoped overlay network for services (and, when attachable, standalone containers). The ingress network is replaced with the Customize ingress wizard instead.",
    name: "Name",
    nameHint: "Letters, digits, '-' and '_'; no dots (swarm names are DNS labels).",
    attachable: "Attachable",
    attachableHint: "Standalone containers (docker run --network) may join it too.",
    internal: "Internal",
    internalHint: "No route to the outside world: traffic stays between the attached tasks.",
    encrypted: "Encrypted (IPsec)",
    encryptedHint:
      "Encrypts data traffic between nodes with IPsec. It costs CPU and throughput on every packet (measure it first), and Windows nodes do not support it.",
    windowsNodes: "Windows nodes in this swarm (encryption unsupported there):",
    ipam: "Address ranges (IPAM)",
    ipamHint:
      "Leave empty to let Docker pick a subnet from the swarm's default address pool. Several rows give the network several subnets.",
    subnet: "Subnet",
    gateway: "Gateway",
    ipRange: "IP range",
    addRow: "Add subnet",
    removeRow: "Remove row",
    mtu: "MTU",
    mtuHint: "Leave empty for Docker's default.",
    labels: "Labels",
    labelsHint: "One key=value per line.",
    submit: "Create network",
    created: "Network created",
    conflict: "Docker already has something in the way",
  },
  removeNetwork: {
    button: "Remove network",
    confirmTitle: "Remove this network?",
    confirmBody: "This runs:",
    confirm: "Remove",
    inUse: "The network is in use:",
    services: "Services",
    containers: "Containers",
    system: "Created by Docker itself: it cannot be removed here.",
    ingress: "The ingress network is replaced with the Customize ingress wizard.",
    removed: "Network removed",
  },
  servicesOps: {
    portsTitle: "Edit published ports",
    portsIntro:
      "Type each port in either syntax: short 8080:80/udp (always ingress mode) or long published=8080,target=80,protocol=udp,mode=host. Leave out the published port to let Docker choose one.",
    portLabel: "Port",
    portSyntaxes: (n: number) => `Port ${n} syntaxes`,
    protocol: "Protocol",
    mode: "Publish mode",
    short: "Short",
    long: "Long",
    noShort: "(host mode has no short form)",
    addPort: "Add port",
    removePort: "Remove",
    savePorts: "Save ports",
    reset: "Reset",
    noChange: "No change yet.",
    noPortsNow: "The service will publish no ports.",
    portsSaved: "Ports updated",
    endpointTitle: "Endpoint mode",
    endpointIntro:
      "vip: one virtual IP per network, load-balanced by Swarm (and the routing mesh for ingress ports). dnsrr: no virtual IP, DNS returns the task IPs.",
    current: "Current mode",
    target: "Switch to",
    dnsrrExplain:
      "dnsrr bypasses the routing mesh: the service gets no virtual IP, DNS for its name returns the task IPs, and clients need their own load balancer.",
    dnsrrBlocked:
      "Docker refuses dnsrr while ports are published in ingress mode (“port published with ingress mode can't be used with dnsrr mode”). These ports go through the routing mesh:",
    convert: "Convert ingress ports to mode=host in the same update",
    convertHint:
      "Each port is then published only on the nodes that run a task of this service, not on every node.",
    convertNeeded: "Tick the conversion (or remove the ingress ports) to switch to dnsrr.",
    staleDns:
      "Known Docker issue (moby#36988): after switching from dnsrr to vip, DNS may keep answering with task IPs until the tasks restart. Force a restart (docker service update --force) if clients see stale answers.",
    applyMode: "Switch endpoint mode",
    modeSaved: "Endpoint mode changed",
    sameMode: "The service already uses this mode.",
    networksTitle: "Attach / detach networks",
    attachNetwork: "Network to attach",
    chooseNetwork: "Choose an overlay…",
    noCandidates: "Every swarm overlay is already attached.",
    aliases: "Aliases",
    aliasesHint: "Extra DNS names on that network, separated by spaces or commas.",
    attach: "Attach",
    detach: "Detach",
    detachCommand: "Detach runs:",
    attached: "Network attached",
    detached: "Network detached",
    attachedNow: "Attached networks",
    noneAttached: "No network in the spec.",
  },
  ingressWizard: {
    open: "Customize ingress",
    title: "Customize ingress",
    intro:
      "Replaces the routing-mesh network (e.g. another subnet or MTU), following Docker's procedure: free it, remove it, create the new one with --ingress, then publish the ports again. Progress is saved in this browser and checked against Docker, so a reload resumes where you were.",
    abandon: "Close the wizard and forget the plan",
    finish: "Finish",
    finished: "The ingress network is customized.",
    stepStatus: { done: "done", current: "current", waiting: "waiting" },
    steps: {
      inspect: "1. Inspect the current ingress",
      blockers: "2. Free the services that publish through it",
      remove: "3. Remove the ingress network",
      create: "4. Create the new ingress network",
      restore: "5. Restore the services' ports",
    },
    noIngress: "There is no ingress network now: the wizard goes straight to creating one.",
    oldIngress: "Ingress being replaced",
    start: "Start",
    blockersIntro:
      "Docker refuses to remove ingress while any service publishes a port in ingress mode. Choose, per service, what to do until the new ingress exists; the original ports are remembered for step 5.",
    noBlockers: "No service publishes through the ingress network.",
    unpublish: "Unpublish temporarily",
    toHost: "Switch to mode=host",
    state: {
      "to-clear": "publishes through ingress",
      cleared: "no ingress port",
      restored: "ports restored",
      gone: "service removed",
    },
    apply: "Apply to the services",
    originalPorts: "Original ports",
    engineWarningTitle: "Docker's warning",
    engineWarning:
      "Before replacing the routing-mesh network, make sure all the nodes in your swarm run the same Docker Engine version; otherwise removal may not be effective and newly created ingress networks may not work.",
    acknowledge: "All nodes run the same Docker Engine version",
    remove: "Remove the ingress network",
    removed: "The old ingress network is gone.",
    waitingTasks:
      "Waiting for the services' old tasks to stop: while they run, their endpoints keep this node's copy of ingress (tasks still attached:",
    waitingCopy:
      "Docker removed the ingress network from the swarm; waiting for this node's copy to disappear (it lags a few seconds). If it stays, restart the node's old tasks or Docker on that node.",
    alreadyRemoved: "already removed",
    createIntro:
      "Any name works; only one ingress network can exist. Leave the subnet empty for Docker's default (10.0.0.0/24).",
    name: "Name",
    create: "Create the ingress network",
    created: "New ingress network",
    restoreIntro: "Publish the services' original ingress ports again through the new ingress.",
    restore: "Restore the ports",
    skipRestore: "Leave the ports as they are",
    nothingToRestore: "Every service has its ports back.",
    log: "What ran",
    logOk: "ok",
    logFailed: "failed",
    stopped: "The wizard stopped here",
    stoppedHint:
      "Nothing after this step ran. Fix the cause (or change your choice) and retry; the progress above is checked against Docker.",
  },
  gwbridgeForm: {
    title: "Customize docker_gwbridge on a node",
    intro:
      "docker_gwbridge is a Linux bridge in each node's kernel, created by Docker when the node joins the swarm. The Engine API cannot change it: it has to be recreated by hand on the node, before the node (re)joins. This form generates that script.",
    node: "Node",
    subnet: "Subnet",
    gateway: "Gateway",
    enableIcc: "Inter-container communication (enable_icc)",
    enableIpMasquerade: "IP masquerade / outbound NAT (enable_ip_masquerade)",
    mtu: "MTU",
    joinCommand: "Join command",
    joinHint:
      "The node's docker swarm join line (see the Swarm page); a placeholder is written without it.",
    script: "Host script",
    scriptFor: "Run as root on",
    invalid: "Fix the highlighted fields to get the script.",
  },
  diagnostics: {
    title: "Diagnostics",
    intro:
      "Checks of this swarm's networking against the failures admins actually hit, each with what to run to fix it. The firewall probe connects from the dashboard host to the nodes' own addresses only.",
    recheck: "Re-check",
    checking: "Checking…",
    checkedAt: "Checked",
    empty: "No problems found",
    emptyHint: "Every check passed on the current state of the swarm.",
    failed: "The diagnostics could not run",
    severity: { error: "Errors", warning: "Warnings", info: "Notes" },
    severityOne: { error: "error", warning: "warning", info: "info" },
    summary: "Summary",
    objects: "Affected",
    fix: "Fix",
    command: "Command",
    commands: "Commands",
    probe: "Firewall probe",
    probeHint: "TCP 2377 and 7946 from the dashboard host",
  },
  addressMap: {
    title: "Address map",
    intro:
      "Who holds which address on this network: the gateway, service VIPs, tasks, standalone containers and each node's load-balancer endpoint.",
    loading: "Reading the address map…",
    error: "The address map could not be read:",
    subnet: "Subnet",
    ipRange: "IP range",
    size: "Size",
    usable: "Usable",
    used: "Used",
    free: "Free",
    picture: "Used and free addresses",
    usedRange: "used",
    freeRange: "free",
    columns: { ip: "Address", kind: "Kind", owner: "Owner", node: "Node" },
    kind: {
      gateway: "gateway",
      vip: "VIP",
      task: "task",
      container: "container",
      lb: "LB endpoint",
    },
    unknownNodes:
      "Not asked (no SWARMNET_NODE_ENDPOINTS entry, or no answer): the load-balancer endpoints and containers of",
    need: "The diagnostics count what the network needs, desired replicas included:",
    noSubnet: "This network has no IPAM subnet.",
    showAll: "Show all addresses",
  },
  connectivity: {
    title: "Connectivity check",
    intro:
      "Can a task on this overlay reach that service? A short-lived probe service (one replica, removed afterwards) resolves the service's name and tasks.<service>, then opens a TCP connection to its VIP and to every task address.",
    network: "Overlay",
    target: "Target service",
    port: "Port",
    portHint: "Default: the service's first target port",
    nodes: "Probe from",
    anyNode: "any node",
    allNodes: "every node (in parallel)",
    run: "Run the check",
    running: "Probing…",
    viewerOnly: "Running probes needs the admin role.",
    verdict: { ok: "OK", degraded: "Degraded", failed: "Failed" },
    from: "From",
    dns: "DNS",
    dnsColumns: { name: "Name", answers: "Answers", expected: "Docker says", ok: "Match" },
    connections: "TCP connections",
    connColumns: {
      ip: "Address",
      kind: "Kind",
      node: "Node",
      reachable: "Result",
      ms: "Time",
    },
    reachable: "connected",
    unreachable: "no connection",
    local: "probe's node",
    manual: "The same by hand",
    duration: "took",
    matrix: "Node matrix",
    matrixHint: "One probe per node, run in parallel: which node reaches which address.",
    failed: "The probe could not run:",
    pickNetwork: "Pick an overlay",
    pickTarget: "Pick a service on it",
    checkOverlay: "Check connectivity on this overlay",
    summary: "Summary",
    kind: { vip: "VIP", task: "task" },
  },
  /** What the connectivity probe's lib code writes (findings, refusals, the manual commands' comments). */
  probe: {
    tcp: {
      timedOut: "timed out",
      refused: "connection refused",
      noRoute: "no route to host",
      ncExited: (code: number) => `nc exited with ${code}`,
      noResult: "no result: the probe ended first",
    },
    incomplete: "The probe did not finish: its results are partial.",
    noTasks: (target: string, network: string) =>
      `${target} has no running task on ${network}: nothing can answer.`,
    dnsNothing: (name: string, expected: string, network: string) =>
      `DNS for ${name} answered nothing, while Docker expects ${expected}: the name is unknown to this node's embedded DNS (127.0.0.11) — stale endpoints on this node, or the service is not on ${network}.`,
    dnsMismatch: (name: string, answers: string, expected: string | null, hint: string) =>
      `DNS for ${name} answered ${answers} but Docker says ${expected ?? "nothing"}: an endpoint-mode mismatch or stale endpoints in the swarm's DNS.${hint}`,
    dnsTasksInsteadOfVip:
      " It answers task addresses instead of the VIP: after a dnsrr → vip switch DNS keeps the old answers until the tasks restart (moby#36988; docker service update --force).",
    dnsrrOneAddress: " One address for a dnsrr service looks like a VIP left over from vip mode.",
    refused: (ips: string, port: number) =>
      `${ips} refused port ${port}: the network path works but nothing listens there — check the port (the service's target port, not the published one).`,
    anotherNode: "another node",
    otherNodes: "other nodes",
    probeNode: "the probe's node",
    whileLocalAnswered: "while tasks on the probe's own node answered",
    whileRemoteAnswered: (nodes: string) => `while tasks on ${nodes} answered`,
    from: (node: string) => `from ${node}`,
    remoteSilent: (nodes: string, context: string, encrypted: boolean) =>
      `Tasks on ${nodes} did not answer ${context}: overlay traffic between these nodes is blocked — check 4789/udp (VXLAN data) and 7946/tcp+udp (gossip) between their data-path addresses (--data-path-addr), or an MTU mismatch on the underlay.${encrypted ? " This overlay is encrypted: IPsec (ESP, IP protocol 50) must pass between the nodes too." : ""}`,
    localSilent: (ips: string) =>
      `${ips} on the probe's own node did not answer: the task may not be listening yet, or drops the connection (a firewall inside the task).`,
    vipBroken: (vip: string) =>
      `The VIP ${vip} did not answer while task addresses did: the VIP load-balancing path (IPVS in the node's network namespaces) is broken. A kernel without IPVS (ip_vs) cannot do VIP mode; use --endpoint-mode dnsrr, or load ip_vs on the nodes.`,
    vipAlsoDown: (vip: string) => `The VIP ${vip} did not answer either.`,
    internal: (network: string) =>
      `${network} is internal: no route outside the overlay is expected; this probe tests traffic inside it only.`,
    ok: (port: number, slowest: number) =>
      `DNS answers match what Docker says, and every address answered on port ${port} (slowest ${slowest} ms).`,
    task: {
      notScheduled: "no task was scheduled in time",
      ended: (state: string, error: string | null) =>
        `its task ended as "${state}"${error ? ` (${error})` : ""}`,
      stillRunning: (state: string, seconds: number) =>
        `its task was still "${state}" after ${seconds} s`,
      imageHint: (image: string) =>
        ` Every node needs the image ${image} (SWARMNET_PROBE_IMAGE) locally or from a registry it can reach.`,
      line: (why: string, hint: string) => `The probe's task: ${why}.${hint}`,
    },
    notOverlay: (network: string, kind: string) =>
      `${network} is not an overlay a service can join (${kind}): probes run on overlays.`,
    notAttached: (service: string, network: string) =>
      `${service} is not attached to ${network}: nothing of it can be reached there.`,
    noPort: (service: string) =>
      `${service} publishes no port, so there is no default: give the port it listens on.`,
    nodeDrained: (node: string) => `Node ${node} is drained: a probe cannot run there.`,
    nodeState: (node: string, state: string) =>
      `Node ${node} is ${state}: a probe cannot run there.`,
    cli: {
      onNode: (node: string) => `# on ${node}: `,
      notAttachable: (network: string) =>
        `# ${network} is not attachable, so docker run --network cannot join it: use a one-off service`,
    },
  },
  /** Validation texts written by lib/ (zod refinements, lib/net, lib/ports), per request. */
  validation: {
    subnetIsAddress: (text: string) =>
      `${text} is an address, not a subnet: add a prefix length such as /24`,
    subnetInvalid: (text: string) =>
      `"${text}" is not a valid subnet (expected CIDR notation such as 10.0.1.0/24)`,
    addressInSubnetInvalid: (address: string, text: string) =>
      `"${address}" in ${text} is not a valid IPv4 or IPv6 address`,
    prefixInvalid: (prefix: string, text: string, bits: number) =>
      `"${prefix}" in ${text} is not a prefix length (0–${bits})`,
    hostBits: (text: string, suggestion: string) =>
      `${text} has host bits set; did you mean ${suggestion}?`,
    addressIsSubnet: (text: string) => `${text} is a subnet, not a single address`,
    zoneIndex: (text: string) => `${text} has a zone index (%…), which Docker does not accept here`,
    addressInvalid: (text: string) => `"${text}" is not a valid IPv4 or IPv6 address`,
    gatewayFamily: (gateway: string, gatewayFamily: string, subnet: string, subnetFamily: string) =>
      `gateway ${gateway} is ${gatewayFamily} but subnet ${subnet} is ${subnetFamily}`,
    gatewayOutside: (gateway: string, subnet: string) =>
      `gateway ${gateway} is outside subnet ${subnet}`,
    gatewayNetworkAddress: (gateway: string, subnet: string) =>
      `gateway ${gateway} is the network address of ${subnet}`,
    gatewayBroadcast: (gateway: string, subnet: string) =>
      `gateway ${gateway} is the broadcast address of ${subnet}`,
    rangeFamily: (range: string, rangeFamily: string, subnet: string, subnetFamily: string) =>
      `IP range ${range} is ${rangeFamily} but subnet ${subnet} is ${subnetFamily}`,
    rangeOutside: (range: string, subnet: string) =>
      `IP range ${range} is not inside subnet ${subnet}`,
    overlapsOwn: (subnet: string, other: string, index: number) =>
      `${subnet} overlaps ${other} (ipam.${index}) of this network`,
    overlapsNetwork: (subnet: string, other: string, network: string) =>
      `${subnet} overlaps ${other} of network ${network}`,
    overlapsPool: (subnet: string, pool: string) =>
      `${subnet} overlaps the swarm default address pool ${pool}: Docker allocates automatic subnets from that pool, so a network created later may collide with this one`,
    containsNodeAddress: (subnet: string, list: string) =>
      `${subnet} contains node address ${list}: tasks on this network could no longer reach that address through the host network`,
    ingressDefaultContainsNode: (subnet: string, list: string) =>
      `the default ingress subnet ${subnet} contains node address ${list}; recreate ingress with another subnet (moby/moby#24220)`,
    mtuNote: (vxlan: number, ipsec: number | null, overhead: number, underlay: number) =>
      `Docker subtracts ${vxlan} bytes for VXLAN${ipsec === null ? "" : ` and ${ipsec} for IPsec encryption`} from this value: containers get MTU − ${overhead} (${underlay - overhead} at ${underlay}). Set it to the underlay's MTU (${underlay} here); a larger value makes packets the underlay must fragment or drop.`,
    mtuAboveUnderlay: (mtu: number, underlay: number, note: string) =>
      `MTU ${mtu} is larger than the ${underlay}-byte underlay: ${note}`,
    mtuRange: (min: number, max: number) => `MTU must be a whole number from ${min} to ${max}`,
    mtuBelowIpv6: (mtu: number, min: number) =>
      `MTU ${mtu} is below ${min}: IPv6 needs at least ${min}`,
    mtuJumbo: (mtu: number, jumbo: number) =>
      `MTU ${mtu} is above ${jumbo}: jumbo frames must be supported end to end (every NIC and switch between nodes)`,
    nameRequired: "name is required",
    nameTooLong: (length: number, max: number) =>
      `name is ${length} characters; at most ${max} (a DNS label)`,
    nameDots: "name cannot contain dots: swarm names are DNS labels",
    nameStart: "name must start with a letter or digit",
    nameEnd: "name must end with a letter or digit",
    nameChars: "name may only contain letters, digits, '-' and '_'",
    notKeyValue: (line: string, key: string) =>
      `"${line}" is not key=value (write ${key}= for an empty value)`,
    emptyKey: (line: string) => `"${line}" has an empty key`,
    keyWhitespace: (key: string) => `key "${key}" contains whitespace`,
    duplicateLineKey: (key: string, line: number) =>
      `duplicate key ${key} (first given on line ${line})`,
    onLine: (line: number, message: string) => `line ${line}: ${message}`,
    dnsrrIngressPorts: (list: string) =>
      `dnsrr cannot be used while ports are published through the routing mesh (${list}): switch them to mode=host (convertIngressPortsToHost) or remove them`,
    portRole: { published: "published", target: "target" },
    publishedRange: "published port must be 1–65535; omit it to let Docker choose",
    targetRange: "target port must be 1–65535",
    portNotNumber: (role: string, text: string) => `${role} port "${text}" is not a number`,
    rangeBackwards: (role: string, text: string) => `${role} range ${text} ends before it starts`,
    rangeTooLong: (role: string, text: string, max: number) =>
      `${role} range ${text} is longer than ${max} ports`,
    unknownProtocol: (text: string, list: string) => `unknown protocol "${text}": use ${list}`,
    unknownMode: (text: string, list: string) => `unknown mode "${text}": use ${list}`,
    or: "or",
    rangeLengths: (published: string, target: string) =>
      `published ports ${published} and target ports ${target} must be ranges of the same length (e.g. 8080-8081:80-81)`,
    manyProtocols: (text: string) => `"${text}" has more than one "/protocol"`,
    tooManyColons: (text: string) => `"${text}" has too many ":" (expected published:target)`,
    hostAddress: (address: string) =>
      `Swarm services cannot bind a host address (${address}): ports are published on every address of the node; remove "${address}:" and firewall the port instead`,
    emptyPublished: (text: string) =>
      `"${text}" has an empty published port; write just the target to let Docker choose`,
    emptyField: (text: string) => `"${text}" has an empty field (stray comma?)`,
    fieldNotKeyValue: (field: string) => `"${field}" is not key=value`,
    unknownKey: (key: string, list: string) => `unknown key "${key}": use ${list}`,
    duplicateKey: (key: string) => `duplicate key "${key}"`,
    targetRequired:
      "target is required (the port inside the container), e.g. published=8080,target=80",
    emptyPort: "empty port: expected e.g. 8080:80 or published=8080,target=80",
    portSpaces: (text: string) => `"${text}" contains spaces`,
    duplicateInList: (key: string, entry: number) =>
      `${key} is already published by entry ${entry} of this list`,
    hostModeShared: (key: string, service: string) =>
      `${key} is also published in host mode by service ${service}: tasks of both on one node would conflict, so they can never share a node`,
    ingressTaken: (key: string, service: string) =>
      `${key} is already published through the routing mesh by service ${service}`,
    hostTaken: (key: string, service: string) =>
      `${key} is published in host mode by service ${service}; the routing mesh would take it on every node, so Docker refuses it`,
    unknownField: (key: string) => `unknown field "${key}"`,
    moreProblems: (n: number) => `…and ${n} more problems`,
    labelKeyEmpty: "label keys cannot be empty",
    labelKeyLong: (max: number) => `label keys are at most ${max} characters`,
    labelValueLong: (max: number) => `label values are at most ${max} characters`,
    tooManyLabels: (max: number) => `at most ${max} labels`,
    tooManyIpam: (max: number) => `at most ${max} IPAM configurations`,
    ingressAttachable: "an ingress network cannot be attachable",
    reservedLabel: (label: string) => `${label} is reserved for networks Docker creates itself`,
    aliasInvalid: "an alias cannot be empty or contain spaces or commas",
    networkRequired: "network is required",
    tooManyAliases: (max: number) => `at most ${max} aliases`,
    versionQueryRequired: "version is required (?version=N)",
    versionWhole: "version must be a whole number",
    versionTooLarge: "version is too large",
    versionNumber: "version must be the service's version number (Version.Index)",
    versionMin: "version must be 0 or more",
    tooManyPorts: (max: number) => `at most ${max} ports in all, ranges counted port by port`,
    tooManyPublish: (max: number) => `at most ${max} publish entries`,
    portsAndPublish: "send either ports or publish, not both",
    portsRequired: "ports (or publish) is required",
    chooseNode: "choose the node to run the script on",
    joinOneLine: "the join command must be one line",
    joinStart: "the join command must start with `docker swarm join`",
    joinTwice: (flag: string) => `${flag} is given twice`,
    joinToken: "--token must be a swarm join token (SWMTKN-1-…)",
    joinAddress: (flag: string) => `${flag} must be an address, a hostname or an interface name`,
    joinAvailability: (list: string) => `--availability must be ${list}`,
    joinFlag: (flag: string, list: string) =>
      `${flag} is not allowed here (only --token, ${list}, --availability)`,
    joinNeedsToken: "the join command needs --token SWMTKN-1-…",
    joinOneManager: "the join command needs exactly one manager address, host:port",
    joinManager: (remote: string) =>
      `"${remote}" is not a manager address (host:port, e.g. 192.168.1.36:2377)`,
    gwbridgeIpv4: "docker_gwbridge needs an IPv4 subnet",
    refType: (field: ProbeField) => `${field} must be a name or id`,
    refRequired: (field: ProbeField) => `${field} is required`,
    refTooLong: (field: ProbeField, max: number) => `${field} is at most ${max} characters`,
    refPattern: (field: ProbeField) => `${field} must be a Docker name or id`,
    probePortNumber: "port must be a number",
    probePortWhole: "port must be a whole number",
    probePortRange: "port must be 1–65535",
    probeProtocol: 'protocol must be "tcp" (the only one probed)',
  },
  /** Comments of the host script the docker_gwbridge form generates (commands stay as they are). */
  gwbridgeScript: {
    intro1: "Recreate docker_gwbridge with custom settings. Run as root on the node, before it",
    intro2: "joins the swarm (or after `docker swarm leave`).",
    step1: "1. Stop Docker so that it lets go of docker_gwbridge.",
    step2:
      "2. Delete the existing docker_gwbridge interface (a kernel device, not a Docker object).",
    step3: "3. Start Docker again. Do not join or initialise the swarm yet.",
    step4: "4. Create docker_gwbridge by hand with the custom settings.",
    step5: "5. Join (or initialise) the swarm: the bridge already exists, so Docker keeps it.",
  },
  /** Server error messages (`error.message` of the API), in the request's language. */
  errors: {
    needsBody: "The request needs a JSON body.",
    badJson: "The request body is not valid JSON.",
    invalidFields: "Some fields are not valid.",
    invalidQuery: "Some query parameters are not valid.",
    unexpected: "Unexpected server error.",
    signIn: "Sign in first: send Authorization: Bearer <token>, or log in at /login.",
    readOnly: "swarmnet runs in read-only mode (SWARMNET_READ_ONLY=1): changes are turned off.",
    adminOnly: "This operation needs the admin role; you are signed in as a viewer.",
    crossSite: "Cross-site request refused: changes must come from swarmnet's own pages.",
    crossSiteLogin: "Cross-site login refused.",
    crossSiteLogout: "Cross-site logout refused.",
    badBearer: "That bearer token is not valid.",
    badToken: "That token is not valid.",
    badTokenField: "not a valid token",
    rateLimited: (seconds: number) => `Too many wrong tokens: try again in ${seconds} s.`,
    auditDown:
      "The audit log cannot be written, so changes are refused until it can (see the server log).",
    tooLarge: (bytes: number) => `The request body is larger than ${bytes} bytes.`,
    tooManyStreams: (max: number) =>
      `Too many open event streams from this address (at most ${max}): close some tabs.`,
    noNetwork: (name: string) => `No network named "${name}".`,
    noService: (name: string) => `No service named "${name}".`,
    noNode: (name: string) => `No node named "${name}".`,
    noSuchNetwork: "no such network",
    unreachable: (host: string, reason: string) => `Cannot reach Docker at ${host}: ${reason}`,
    staleVersion: (service: string, version: number, current: number) =>
      `The service "${service}" changed since it was loaded (version ${version}, now ${current}). Reload it and apply your change again.`,
    changedMeanwhile: (service: string) =>
      `The service "${service}" changed meanwhile. Reload it and apply your change again.`,
    nameTaken: (name: string, driver: string, scope: string) =>
      `A network named "${name}" already exists (${driver}, ${scope}).`,
    secondIngress: (name: string) =>
      `Only one ingress network can exist and "${name}" is present: remove it first (Customize ingress).`,
    subnetsConflict: "The subnets conflict with existing networks",
    portsConflict: "The ports cannot be published",
    dnsrrNoIngressPorts: (service: string) =>
      `${service} uses dnsrr, which cannot publish through the routing mesh: publish with mode=host, or switch the endpoint mode to vip first`,
    dnsrrBlocked: (service: string, explanation: string) =>
      `${service} publishes ports through the routing mesh (ingress mode), which Docker refuses with dnsrr ("port published with ingress mode can't be used with dnsrr mode"). ${explanation} Send convertIngressPortsToHost: true to publish those ports in mode=host in the same update.`,
    systemNetwork: (name: string) =>
      `"${name}" is created and managed by Docker itself and cannot be removed here.`,
    ingressInUse: (services: string) =>
      `The ingress network is in use: these services publish ports through the routing mesh: ${services}. Remove those ports (or switch them to mode=host) first.`,
    inUseServices: (list: string) => `services ${list}`,
    inUseContainers: (list: string) => `containers ${list}`,
    and: "and",
    networkInUse: (name: string, who: string) =>
      `The network "${name}" is in use by ${who}. Detach them first.`,
    notJoinable: (name: string) =>
      `"${name}" is not an overlay network a service can join (only swarm-scoped, non-ingress networks).`,
    notOverlay: "not a swarm overlay",
    alreadyAttached: (service: string, network: string) =>
      `${service} is already attached to ${network}.`,
    notAttached: (service: string, network: string) =>
      `${service} is not attached to a network named "${network}".`,
  },
  /** Warnings an operation returns beside its result (`warnings`). */
  warnings: {
    engineVersion:
      "Before replacing the routing-mesh network, make sure all the nodes in your swarm run the same Docker Engine version; otherwise removal may not be effective and newly created ingress networks may not work.",
    encryptionCost:
      "Encryption (IPsec) costs CPU and throughput on every packet between nodes: measure it before production.",
    encryptionWindows: (nodes: string) =>
      `Overlay encryption is not supported on Windows nodes: ${nodes}.`,
    dnsrrExplanation:
      "dnsrr bypasses the routing mesh: the service gets no virtual IP, DNS for its name returns the task IPs, and clients need their own load balancer.",
    staleDns:
      "Known Docker issue (moby#36988): after switching from dnsrr to vip, DNS may keep answering with task IPs until the tasks restart. Force a restart (docker service update --force) if clients see stale answers.",
  },
  /** Diagnostics findings (title, detail, fix text), one entry per rule. */
  findings: {
    ruleFailed: {
      title: (rule: string) => `The ${rule} check could not run`,
      fix: "Report this with the snapshot (GET /api/snapshot).",
    },
    addressExhaustion: {
      titleFull: (network: string) => `${network} has run out of addresses`,
      titleNear: (network: string, percent: number) =>
        `${network} is running out of addresses (${percent}% used)`,
      detail: (p: {
        ranges: string;
        capacity: number;
        used: number;
        tasks: number;
        vips: number;
        lb: number;
        containers: number;
      }) =>
        `${p.ranges} gives ${p.capacity} addresses to tasks; ${p.used} are needed: ${p.tasks} for tasks, ${p.vips} for service VIPs, ${p.lb} for load-balancer endpoints (one per node with a task on it) and ${p.containers} for standalone containers.`,
      full: "New tasks stay pending with no IP address available; scaling or updating a service fails.",
      near: (free: number) =>
        `Only ${free} left: a rolling update with start-first order, or a few more replicas, will exhaust it.`,
      fix: (network: string, prefix: number, free: string | null) =>
        `Recreate ${network} with a larger subnet (/${prefix}${free ? `, ${free} is free` : ""}), or move some services to another overlay.`,
    },
    dnsrrIngressPorts: {
      title: (service: string) =>
        `${service} uses dnsrr with ports published through the routing mesh`,
      detail: (service: string, ports: string) =>
        `${service} has endpoint mode dnsrr and publishes ${ports} in ingress mode. The routing mesh balances published ports to the service's virtual IP, and a dnsrr service has none, so these ports cannot work; current Docker refuses this combination outright.`,
      fix: "Either publish the ports in host mode (bound only on the nodes that run a task) and keep dnsrr, or go back to vip to keep the routing mesh.",
    },
    dnsrrVipSwitch: {
      title: (service: string) => `${service} was switched from dnsrr to vip recently`,
      detail: (service: string, at: string) =>
        `${service} changed from dnsrr to vip at ${at}. After this switch the service name may no longer resolve on its networks (moby/moby#36988), while tasks.${service} keeps answering: clients using the name fail although the tasks are healthy.`,
      fix: "Check the name from a task on the same network; if it does not resolve, redeploy the tasks with --force, and if it still does not, remove and recreate the service.",
    },
    encryptedWindows: {
      title: (network: string) => `Encrypted overlay ${network} in a swarm with Windows nodes`,
      detail: (network: string, nodes: string, onWindows: boolean) =>
        `${network} is encrypted (IPsec), which Windows nodes do not support: a task scheduled on ${nodes} joins the network without an error but cannot exchange traffic with the other tasks. ${onWindows ? "Tasks on this network already run on a Windows node." : "No task on it runs on a Windows node yet, but nothing stops the scheduler from placing one there."}`,
      fix: "Keep the services on this network off Windows nodes with a placement constraint, or recreate the network without encryption (and protect the traffic another way).",
    },
    managerQuorum: {
      lostTitle: (down: number, total: number) =>
        `Raft quorum is lost or at risk: ${down} of ${total} managers unavailable`,
      lostDetail: (total: number, needed: number, names: string, count: number) =>
        `A swarm with ${total} managers needs ${needed} of them to agree. ${names} ${count === 1 ? "is" : "are"} unavailable, so the swarm cannot schedule, update or create anything until they are back.`,
      lostFix:
        "Bring the managers back (Docker running, 2377/tcp open between managers). If they are lost for good, recover on a surviving manager by forcing a new cluster; it keeps services and networks.",
      singleTitle: "A single manager: no fault tolerance",
      singleDetail: (name: string) =>
        `${name} is the only manager. If it fails, the swarm cannot be managed (no scheduling, no updates, no new networks) until it is back; running tasks keep running. Three managers tolerate one failure, five tolerate two.`,
      singleFixPromote: "Promote two workers, for three managers in total.",
      singleFixJoin:
        "Join two more managers (the command prints the join line with the manager token).",
      evenTitle: (n: number) => `${n} managers: an even number adds no fault tolerance`,
      evenDetail: (n: number, majority: number, tolerance: number) =>
        `${n} managers need ${majority} for a majority and so tolerate ${tolerance} failure${tolerance === 1 ? "" : "s"}, the same as ${n - 1}; the extra manager only adds raft traffic. A network split into halves leaves neither side with a majority.`,
      evenFix: "Run an odd number of managers: promote one more worker, or demote one manager.",
    },
    mtuUnderlay: {
      title: (network: string, underlay: number) =>
        `${network} sends packets larger than the underlay MTU (${underlay})`,
      noOption: (assumed: number) =>
        `has no MTU option, so Docker assumes a ${assumed}-byte underlay`,
      option: (mtu: number) => `sets com.docker.network.driver.mtu=${mtu}`,
      detail: (p: {
        network: string;
        setting: string;
        inner: number;
        vxlan: number;
        ipsec: number | null;
        outer: number;
        underlay: number;
      }) =>
        `${p.network} ${p.setting}: containers get an interface MTU of ${p.inner}, and with ${p.vxlan} bytes of VXLAN${p.ipsec === null ? "" : ` + ${p.ipsec} IPsec`} overhead their full-size packets leave the node at ${p.outer} bytes, more than the ${p.underlay} bytes the nodes' network carries. Small requests work while large responses are fragmented or silently dropped (connections hang after the handshake). The underlay MTU is what you told the diagnostics (underlayMtu=${p.underlay}); check it with \`ip link\` on the nodes.`,
      fix: (network: string, underlay: number, inner: number) =>
        `Recreate ${network} with com.docker.network.driver.mtu=${underlay}: Docker subtracts the encapsulation itself, giving containers ${inner}.`,
    },
    nodeAddressOverlap: {
      whyIngress: (subnet: string) =>
        `The ingress network kept Docker's default ${subnet}, which sits on the nodes' LAN here: packets for those node addresses are routed into the routing mesh instead of the underlay, and published ports stop answering from those nodes (moby/moby#24220).`,
      whyGwbridge:
        "docker_gwbridge takes a free 172.x range when the node joins; here it covers node addresses, so each node routes traffic for those peers into its local bridge and swarm control and data traffic between the nodes breaks (moby/moby#27890).",
      whyOverlay:
        "Tasks on this network treat those addresses as local to the overlay, so they can no longer reach the nodes (or anything else at those addresses) through the underlay.",
      whereGwbridge:
        "on every node (docker_gwbridge is local to each node and cannot be changed through the API; the docker_gwbridge page generates the full script)",
      whereIngress: "(the Ingress page's wizard does the same step by step)",
      title: (network: string) => `${network} overlaps node addresses`,
      detail: (subnets: string, list: string, why: string) => `${subnets} contains ${list}. ${why}`,
      fix: (network: string, free: string | null, where: string) =>
        `Recreate ${network} with a subnet away from the nodes' addresses${free ? ` (${free} is free)` : ""} ${where}`.trim(),
    },
    nodeHealth: {
      down: (node: string, state: string, message: string | null) =>
        `${node} is ${state}${message ? ` (${message})` : ""}: the managers get no heartbeat from it, so its tasks are rescheduled elsewhere and it holds no copy of the overlays' state.`,
      unreachable: (node: string, reachability: string) =>
        `${node} is a manager the other managers cannot reach (${reachability}) although its agent reports ready.`,
      raft: " As a manager it no longer votes, which eats into the raft quorum; check 2377/tcp between managers.",
      titleDown: (node: string, state: string) => `Node ${node} is ${state}`,
      titleUnreachable: (node: string, reachability: string) =>
        `Manager ${node} is ${reachability}`,
      address: (address: string) => ` Its address is ${address}.`,
      unknownAddress: "unknown",
      fix: (node: string, manager: boolean) =>
        `Check that Docker runs on ${node} and that it reaches the managers on 2377/tcp and 7946/tcp+udp. If the machine is gone for good, ${manager ? "demote it and " : ""}remove it from the swarm.`,
    },
    orphanNetwork: {
      title: (network: string) => `${network} is not used`,
      detail: (network: string, subnets: string | null, attachable: boolean) =>
        `No service is attached to ${network} and no container on this engine uses it, yet it keeps a subnet${subnets ? ` (${subnets})` : ""} out of the address pool.${attachable ? " It is attachable: standalone containers on other nodes are not visible from here, so check them before removing it." : ""}`,
      fix: "Remove it if it is left over; Docker refuses while anything still uses it.",
    },
    poolOverlap: {
      title: (network: string) => `${network} uses a subnet inside the default address pool`,
      farFromBlocks: "far from the blocks Docker has allocated so far",
      otherSize: (prefix: number, size: number) =>
        `a /${prefix}, while Docker allocates /${size} blocks`,
      detail: (subnet: string, why: string, pool: string) =>
        `${subnet} looks hand-picked (${why}) but lies inside the swarm's default address pool ${pool}, from which Docker allocates subnets for every network created without --subnet. Manual and automatic allocations then compete for the same range: a network recreated elsewhere, another cluster sharing the pool, or a future automatic allocation can land on it.`,
      fix: (network: string, pool: string) =>
        `Keep hand-picked subnets outside the pool: recreate ${network} without --subnet so that Docker allocates it from the pool (below), or with a subnet outside ${pool}. For a new swarm, choose a pool that leaves room for manual subnets (last command).`,
      nodesTitle: (pool: string) => `Node addresses lie inside the default address pool ${pool}`,
      nodesDetail: (pool: string, list: string, block: string) =>
        `Docker allocates overlay subnets from ${pool} without checking the nodes' own addresses (${list}). Once allocation reaches ${block}, a new network would contain a node address, and tasks on it could no longer reach that node through the underlay (the clash behind moby/moby#24220).`,
      nodesFix:
        "Give new networks explicit subnets away from the nodes' LAN, or initialise swarms with a pool that does not contain it. Changing the pool of an existing swarm means re-initialising it.",
    },
    portCollision: {
      title: (key: string, count: number) => `Port ${key} is published by ${count} services`,
      detailIngress: (modes: string, key: string) =>
        `${modes} all publish ${key}. A port published through the routing mesh is bound on every node, so no other service can publish it in any mode: one of them is not reachable on ${key}.`,
      detailHost: (modes: string, key: string) =>
        `${modes} publish ${key} in host mode. Each binds it only on the nodes running its tasks, so tasks of these services can never share a node: with few nodes some stay pending, and which service answers on a node depends on placement.`,
      fix: (service: string, free: string) =>
        `Give ${service} another published port (${free} is free), keeping the target port.`,
    },
    serviceNoNetwork: {
      title: (service: string) => `${service} is on no user-defined network`,
      onIngress: "ingress (for its published ports)",
      onDefaults: "Docker's defaults",
      detail: (service: string, where: string) =>
        `${service} is attached only to ${where}. Swarm's service discovery (the service name and tasks.${service}) works only on user-defined overlays, so other services cannot reach it by name and it cannot reach them.`,
      fixAttach: (network: string) =>
        `Attach it to the overlay its peers use (e.g. ${network}); the tasks restart with the new network.`,
      fixCreate:
        "Create an overlay and attach the service to it; the tasks restart with the new network.",
    },
    subnetOverlap: {
      pair: (x: string, a: string, y: string, b: string) => `${x} (${a}) and ${y} (${b})`,
      title: (a: string, b: string) => `Networks ${a} and ${b} overlap`,
      detail: (pairs: string) =>
        `Subnets ${pairs} share addresses. A task or container attached to both cannot tell which network an address belongs to, and routes on the nodes become ambiguous; Docker refuses such overlaps between swarm networks, so one of them was created elsewhere (a local network, or a network created before the other was known).`,
      fix: (network: string, free: string | null) =>
        `Recreate ${network} with a subnet that overlaps nothing${free ? ` (${free} is free)` : ""}. Its services and containers are detached and attached again, so they restart.`,
    },
    firewall: {
      purposeManager: "cluster management (raft, joins)",
      purposeGossip: "node-to-node gossip (network state, peers)",
      title: (port: number, node: string, closed: boolean) =>
        `${port}/tcp on ${node} is ${closed ? "closed" : "filtered"} from the dashboard host`,
      detail: (p: {
        address: string;
        purpose: string;
        closed: boolean;
        reason: string;
        node: string;
      }) =>
        `Connecting to ${p.address} (${p.purpose}) ${p.closed ? "was refused: nothing listens there (Docker not in swarm mode, or listening on another address) or a firewall rejects it" : `got ${p.reason}: a firewall drops it, or the dashboard host has no route to the node`}. Other nodes need this port to reach ${p.node}; the dashboard host may sit elsewhere on the network, so confirm from another node.`,
      fix: (port: number, node: string) =>
        `Confirm from another node, then open ${port}/tcp on ${node} to the other swarm nodes (one of these, depending on the firewall in use).`,
      udpTitle: (dataPort: number) => `${dataPort}/udp and 7946/udp cannot be checked from here`,
      udpDetail: (summary: string, dataPort: number) =>
        `The TCP ports were probed from the dashboard host (${summary}). UDP has no handshake: a closed or filtered UDP port usually just stays silent, exactly like an open one, so ${dataPort}/udp (VXLAN data traffic) and 7946/udp (gossip) cannot be proven open this way. When they are blocked, nodes see each other but tasks on different nodes cannot talk over the overlays.`,
      udpFix: (dataPort: number) =>
        `Make sure every node accepts ${dataPort}/udp and 7946/udp from the other nodes, then test real overlay traffic between tasks on two different nodes (or watch for VXLAN packets while doing so).`,
    },
  },
  deploy: {
    proxyRefused:
      "swarmnet's Docker socket proxy does not allow this call, so Docker was not asked. To allow it, set the matching SWARMNET_PROXY_*_WRITE variable of the proxy service to 1 (deploy/stack.yml) and deploy the stack again.",
  },
} as const;

export type Messages = typeof en;
