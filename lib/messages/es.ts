import type { Dictionary } from "./dictionary";
import type { ProbeField } from "./en";

/** The connectivity request's fields, as nouns with the agreement "obligatorio/a" needs. */
const PROBE_FIELD: Record<ProbeField, { noun: string; required: string }> = {
  network: { noun: "la red", required: "obligatoria" },
  target: { noun: "el servicio de destino", required: "obligatorio" },
  node: { noun: "el nodo", required: "obligatorio" },
};

/**
 * Todos los textos de la interfaz en español, con las mismas claves que en.ts (lo exige
 * `satisfies Dictionary`). Lo que el administrador escribe se queda como lo escribe Docker
 * (overlay, ingress, VIP, dnsrr, --opt encrypted); el vocabulario sigue las notas de las que
 * nace el producto (red overlay, malla de enrutamiento, puerta de enlace, tareas).
 */
export const es = {
  auth: {
    title: "Iniciar sesión en swarmnet",
    intro:
      "Pegue el token de admin o de viewer (se imprime en la consola del servidor al arrancar, o se define en SWARMNET_ADMIN_TOKEN / SWARMNET_VIEWER_TOKEN).",
    tokenLabel: "Token",
    submit: "Iniciar sesión",
    failed: "No se pudo iniciar sesión.",
    invalidLink:
      "El token de ese enlace no es válido (o se probaron demasiados tokens incorrectos): inicie sesión con un token vigente.",
    hint: "Una TV puede guardar en favoritos un enlace de viewer: /wall?token=…",
    logout: "Cerrar sesión",
    role: { admin: "admin", viewer: "viewer" },
    readOnly:
      "Modo de solo lectura: los cambios están desactivados en este servidor (SWARMNET_READ_ONLY=1).",
    readOnlyBadge: "solo lectura",
    viewerOnly: "Ha iniciado sesión como viewer: los cambios requieren el rol admin.",
  },
  audit: {
    title: "Registro de auditoría",
    intro:
      "Cada cambio intentado desde swarmnet, del más reciente al más antiguo, con el comando docker que hace lo mismo.",
    empty: "Todavía no se ha hecho ningún cambio.",
    columns: {
      time: "Hora (UTC)",
      role: "Rol",
      operation: "Operación",
      target: "Objetivo",
      cli: "Equivalente docker",
      result: "Resultado",
    },
  },
  language: { label: "Idioma" },
  app: {
    name: "swarmnet",
    tagline: "Redes de Swarm",
    description: "Panel de redes de Docker Swarm",
    manifestDescription:
      "Redes de Docker Swarm: la pantalla mural en vivo y de solo lectura para la sala de operaciones",
  },
  nav: {
    label: "Principal",
    networks: "Redes",
    ingress: "Ingress",
    gwbridge: "docker_gwbridge",
    services: "Servicios",
    nodes: "Nodos",
    swarm: "Swarm",
    wall: "Pantalla mural",
    audit: "Registro de auditoría",
    diagnostics: "Diagnóstico",
    connectivity: "Conectividad",
    openMenu: "Menú",
    closeMenu: "Cerrar el menú",
    skipToContent: "Saltar al contenido",
  },
  common: {
    none: "ninguno",
    yes: "sí",
    no: "no",
    unknown: "desconocido",
    loading: "Cargando…",
    filter: "Filtrar",
    allDrivers: "Todos los drivers",
    dataAsOf: "Datos de",
    back: "Volver",
    notSet: "sin definir (valor por defecto de Docker)",
    emptyValue: "(vacío)",
    copy: "Copiar",
    copied: "Copiado",
    filterByName: "Filtrar por nombre",
    filterByDriver: "Filtrar por driver",
    refreshFailed: "No se pudo actualizar:",
    rows: "filas",
    of: "de",
  },
  unavailable: {
    title: "No se puede contactar con Docker",
    at: "swarmnet no puede contactar con el Docker Engine en",
    checks: [
      "¿Está en marcha el demonio de Docker en ese host?",
      "¿Apunta DOCKER_HOST al socket o a la dirección correctos (unix:///var/run/docker.sock, tcp://host:2376)?",
      "¿Puede el proceso de swarmnet leer el socket (permisos de usuario y grupo) o llegar al puerto TCP?",
      "Con TLS, ¿están definidos DOCKER_TLS_VERIFY y DOCKER_CERT_PATH y son válidos los certificados?",
    ],
    retry: "Esta página reintenta sola; recárguela cuando Docker vuelva.",
  },
  networks: {
    title: "Redes",
    empty: "Ninguna red coincide con este filtro.",
    columns: {
      name: "Nombre",
      driver: "Driver",
      scope: "Ámbito",
      subnet: "Subred",
      gateway: "Puerta de enlace",
      ipRange: "Rango de IP",
      flags: "Marcas",
      mtu: "MTU",
      services: "Servicios",
      containers: "Contenedores",
    },
    flags: {
      ingress: "ingress",
      attachable: "attachable",
      internal: "internal",
      encrypted: "encrypted",
    },
    defaultMtu: "por defecto",
  },
  networkDetail: {
    perNode: {
      title: "Por nodo",
      intro:
        "Instanciada: el nodo es un peer de la red (tiene una copia porque una tarea o un contenedor la usa allí). Listada: el propio engine del nodo la lista; los managers listan todas las redes del swarm, los workers solo las que usan, y la lista de un worker puede ir con retraso tras un cambio (p. ej. un ingress reemplazado).",
      node: "Nodo",
      instantiated: "Instanciada (peer)",
      localCopy: "Lista del propio nodo",
      tasks: "Tareas en este nodo (dirección en esta red)",
      yes: "sí",
      no: "no",
      listed: "listada",
      notListed: "no listada",
      unknown: "desconocido (defina SWARMNET_NODE_ENDPOINTS)",
      none: "No hay nodos.",
    },
    ipam: "IPAM",
    options: "Opciones",
    labels: "Etiquetas",
    services: "Servicios conectados",
    vip: "VIP en esta red",
    tasks: "Tareas en esta red",
    containers: "Contenedores independientes",
    peers: "Peers (nodos que tienen esta red)",
    endpoints: "Endpoints en este nodo",
    noServices: "Ningún servicio está conectado a esta red.",
    noTasks: "Ninguna tarea tiene dirección en esta red.",
    noContainers: "No hay contenedores independientes conectados.",
    noPeers: "No se informan peers: la red todavía no está instanciada en este nodo.",
    notFound: "No existe esa red.",
    notFoundTitle: "Red no encontrada",
    notFoundHint: "Puede que se haya eliminado o que el nombre esté mal escrito. Nada coincide con",
    backToList: "Todas las redes",
    overview: "Resumen",
    id: "ID",
    driver: "Driver",
    scope: "Ámbito",
    created: "Creada",
    mtu: "MTU",
    ipv6: "IPv6",
    system: "Creada por Docker",
    ipamColumns: { subnet: "Subred", gateway: "Puerta de enlace", ipRange: "Rango de IP" },
    noIpam: "Sin configuración IPAM.",
    optionColumns: { key: "Opción", value: "Valor", note: "Nota" },
    noOptions: "Sin opciones.",
    optionNotes: {
      mtu: "MTU de esta red",
      encrypted: "Cifrado IPsec del tráfico de datos (coste de CPU; sin nodos Windows)",
      bridge: "Ajuste del bridge de Linux",
    },
    labelColumns: { key: "Etiqueta", value: "Valor" },
    noLabels: "Sin etiquetas.",
    serviceColumns: {
      service: "Servicio",
      endpointMode: "Modo de endpoint",
      vip: "VIP en esta red",
    },
    taskColumns: {
      task: "Tarea",
      service: "Servicio",
      slot: "Slot",
      state: "Estado",
      node: "Nodo",
      addr: "IP del endpoint",
    },
    containerColumns: {
      name: "Contenedor",
      image: "Imagen",
      state: "Estado",
      ipv4: "IPv4",
      ipv6: "IPv6",
    },
    peerColumns: { name: "Nodo", ip: "IP" },
    endpointColumns: { name: "Nombre", ipv4: "IPv4", ipv6: "IPv6", mac: "MAC" },
    noEndpoints: "No hay endpoints en este nodo.",
    verboseLoading: "Pidiendo a Docker los peers y endpoints…",
    verboseError: "No se pudieron cargar los peers y endpoints:",
  },
  ingress: {
    title: "Ingress (malla de enrutamiento)",
    intro:
      "Cada puerto publicado en modo ingress se abre en todos los nodos y se balancea hacia las tareas del servicio a través de esta red.",
    publishers: "Servicios que publican a través de la malla de enrutamiento",
    noPublishers: "Ningún servicio publica un puerto en modo ingress.",
    missing: "No hay red ingress: los servicios no pueden publicar puertos en modo ingress.",
    network: "Red ingress",
    subnet: "Subred",
    gateway: "Puerta de enlace",
    mtu: "MTU",
    defaultMtu: "por defecto",
    details: "Detalles de la red",
    columns: {
      service: "Servicio",
      ports: "Puertos publicados",
      endpointMode: "Modo de endpoint",
    },
  },
  gwbridge: {
    title: "docker_gwbridge",
    intro:
      "El bridge local que conecta las redes overlay (ingress incluida) con la red física de este nodo. Vive en el kernel del host, uno por nodo.",
    bridgeOptions: "Opciones del bridge",
    endpoints: "Endpoints conectados (endpoints de salida de los contenedores de las tareas)",
    noEndpoints: "No hay nada conectado.",
    missing: "docker_gwbridge no existe en este nodo (aparece cuando el nodo se une a un swarm).",
    onNode: "En el nodo",
    network: "Red bridge",
    subnet: "Subred",
    gateway: "Puerta de enlace",
    optionColumns: { key: "Opción", value: "Valor" },
    columns: { name: "Nombre", ipv4: "IPv4", ipv6: "IPv6", mac: "MAC" },
    details: "Detalles de la red",
  },
  services: {
    title: "Servicios",
    empty: "Ningún servicio coincide con este filtro.",
    columns: {
      name: "Nombre",
      mode: "Modo",
      replicas: "Réplicas",
      endpointMode: "Modo de endpoint",
      vips: "VIPs",
      ports: "Puertos publicados",
      networks: "Redes",
      image: "Imagen",
    },
    none: "—",
  },
  serviceDetail: {
    discovery: "Descubrimiento (DNS dentro de las redes del servicio)",
    resolvesTo: "resuelve a",
    ports: "Puertos publicados",
    noPorts: "Sin puertos publicados.",
    networks: "Redes",
    vips: "IPs virtuales",
    noVips: "Sin IP virtual (dnsrr).",
    tasks: "Tareas",
    noTasks: "Sin tareas.",
    notFound: "No existe ese servicio.",
    portColumns: {
      published: "Publicado",
      target: "Destino",
      protocol: "Protocolo",
      mode: "Modo de publicación",
    },
    taskColumns: {
      task: "Tarea",
      slot: "Slot",
      state: "Estado",
      desired: "Deseado",
      node: "Nodo",
      addresses: "IPs de endpoint",
      error: "Error",
    },
    assigned: "asignado por Docker",
    autoPort: "auto",
    notFoundTitle: "Servicio no encontrado",
    notFoundHint: "Puede que se haya eliminado o que el nombre esté mal escrito. Nada coincide con",
    backToList: "Todos los servicios",
    overview: "Resumen",
    id: "ID",
    mode: "Modo",
    replicas: "Réplicas",
    endpointMode: "Modo de endpoint",
    previousEndpointMode: "Modo de endpoint anterior",
    image: "Imagen",
    created: "Creado",
    updated: "Actualizado",
    networkColumns: { network: "Red", aliases: "Alias", vip: "VIP" },
    noNetworks: "No está conectado a ninguna red.",
    addedByDocker: "añadida por Docker para los puertos publicados",
    discoveryColumns: { name: "Nombre", resolvesTo: "Resuelve a", explanation: "Cómo" },
    nothing: "nada (ninguna tarea en ejecución)",
    discoveryHow: {
      vip: "La IP virtual: Docker balancea las conexiones entre las tareas.",
      dnsrr: "DNS round robin: un registro A por tarea en ejecución, sin IP virtual.",
      tasks:
        "Siempre las IPs propias de las tareas en ejecución, sea cual sea el modo de endpoint.",
    },
  },
  nodes: {
    title: "Nodos",
    columns: {
      hostname: "Hostname",
      role: "Rol",
      availability: "Disponibilidad",
      state: "Estado",
      engine: "Engine",
      advertise: "Dirección de anuncio",
      dataPath: "Dirección de datos",
      tasks: "Tareas",
    },
    leader: "líder",
    thisNode: "el engine de este panel",
    dataPathUnknown: "desconocida (todavía no hay tareas de este nodo en una overlay)",
    empty: "No hay nodos: este engine no es manager de un swarm.",
    sharedInterface: "control y datos comparten una dirección",
    sharedInterfaceHelp:
      "El tráfico de control (gossip, raft) y el de datos VXLAN usan la misma dirección. Las notas recomiendan separarlos: docker swarm join --advertise-addr <ip-control> --data-path-addr <ip-datos>.",
    separated: "separados",
    dataPathHow:
      'La Engine API no tiene un campo de dirección de datos por nodo (moby#33938); swarmnet la lee del "Host IP" de las tareas del nodo en el inspect detallado (verbose) de las overlays.',
    perNode: "Por nodo",
    factsSource: {
      local: "el engine de este panel",
      endpoint: "endpoint del nodo",
      unknown: "desconocido",
    },
    factsUnknown:
      'Desconocido: la API del manager no expone el estado local de este nodo. Dé a swarmnet acceso al engine del nodo con SWARMNET_NODE_ENDPOINTS="hostname=unix:///…|tcp://…".',
    factsError: "El endpoint del nodo no respondió:",
    gwbridge: "docker_gwbridge",
    gwbridgeMissing: "no hay docker_gwbridge en este nodo",
    gwbridgeOn: (node: string) => `docker_gwbridge en ${node}`,
    localNetworks: "Redes que lista el engine de este nodo",
  },
  swarm: {
    join: "Comandos para unirse",
    joinIntro:
      "Ejecute uno en el nodo nuevo (solo admins: estos tokens permiten que cualquier host se una al swarm). Añada --advertise-addr y --data-path-addr para separar el tráfico de control y el de datos.",
    joinAs: { worker: "Como worker", manager: "Como manager" },
    title: "Swarm",
    notActive: "Este engine no forma parte de un swarm activo, o no es manager.",
    clusterId: "ID del clúster",
    created: "Creado",
    addrPool: "Pool de direcciones por defecto",
    subnetSize: "Tamaño de subred",
    dataPathPort: "Puerto de datos (VXLAN)",
    firewall: "Puertos del firewall entre nodos",
    firewallIntro:
      "Cada nodo que participa en una red overlay necesita estos puertos abiertos hacia y desde los demás.",
    port: "Puerto",
    purpose: "Uso",
    engine: "Engine",
    cluster: "Clúster",
    protocol: "Protocolo",
    host: "Host de Docker",
    version: "Versión del engine",
    apiVersion: "Versión de la API",
    name: "Nombre del engine",
    os: "SO",
    state: "Estado del swarm",
    node: "Nodo",
    purposes: {
      manager: "Gestión del clúster (raft, uniones): solo managers.",
      gossip: "Comunicación entre nodos (gossip, estado de la red).",
      data: "Tráfico de datos de las redes overlay (VXLAN).",
    },
  },
  live: {
    states: {
      connecting: "Conectando…",
      live: "En vivo",
      reconnecting: "Reconectando…",
      down: "Sin conexión",
    },
    staleSince: "desactualizado desde",
    statusLabel: "Actualizaciones en vivo",
    hint: {
      connecting: "Abriendo el flujo de eventos en vivo.",
      live: "Siguiendo los eventos de Docker: los cambios aparecen en cuanto ocurren.",
      reconnecting:
        "Se perdió el flujo en vivo; reintentando. Lo que ve puede estar desactualizado.",
      down: "Docker (o el servidor del panel) no responde. Lo que ve es el último estado conocido.",
    },
  },
  wall: {
    title: "Topología de red del swarm",
    label: "Pantalla mural",
    dataAsOf: "Datos de",
    page: "Página",
    of: "de",
    overlays: "overlays",
    services: "servicios",
    tasksRunning: "tareas en ejecución",
    nodesReady: "nodos listos",
    ok: "OK",
    alert: "ALERTA",
    attention: {
      title: "Requiere atención",
      none: "Nada requiere atención",
      more: "más",
    },
    cards: {
      published: "Puertos publicados",
      detached: "Sin red overlay",
      nodes: "Nodos",
      continued: "continúa",
      empty: "Sin servicios",
      service: "servicio",
      services: "servicios",
      stack: "stack",
    },
    filtered: "Filtrado",
    attentionText: {
      node: (state: string) => `nodo ${state}`,
      running: (running: number, desired: number) => `${running}/${desired} en ejecución`,
      failed: (n: number) => `${n} con fallo`,
      recently: "hasta hace poco",
    },
    noData: "Ningún servicio ni red coincide con los filtros de esta pantalla.",
    marks: {
      ingress: "INGRESS",
      encrypted: "encrypted",
      attachable: "attachable",
      internal: "internal",
    },
    banner: {
      reconnecting: "Actualizaciones en vivo interrumpidas — reconectando",
      down: "SIN DATOS EN VIVO — no se puede contactar con Docker",
      shownSince: "Mostrando datos de",
      noData: "Esperando a Docker…",
    },
  },
  forms: {
    command: "Comando docker equivalente",
    commandRun: "Comando ejecutado",
    warnings: "Advertencias",
    fixErrors: "Corrija primero los campos marcados.",
    failed: "Docker no aceptó el cambio",
    invalid: "Hay campos no válidos",
    saving: "Procesando…",
    done: "Hecho",
    cancel: "Cancelar",
    reload: "Recargar",
    retry: "Reintentar",
    staleTitle: "Otra persona cambió este servicio",
    staleBody:
      "Cambió desde que se cargó esta página, así que no se aplicó nada (nunca se sobrescribe en silencio). Recargue para ver el estado actual y vuelva a aplicar su cambio.",
    optional: "opcional",
  },
  networkForm: {
    title: "Crear red overlay",
    createLink: "Crear red overlay",
    intro:
      "Una red overlay de ámbito swarm para servicios (y, si es attachable, para contenedores independientes). La red ingress se reemplaza con el asistente Personalizar ingress.",
    name: "Nombre",
    nameHint: "Letras, dígitos, '-' y '_'; sin puntos (los nombres del swarm son etiquetas DNS).",
    attachable: "Attachable",
    attachableHint: "Los contenedores independientes (docker run --network) también pueden unirse.",
    internal: "Internal",
    internalHint: "Sin ruta hacia el exterior: el tráfico se queda entre las tareas conectadas.",
    encrypted: "Cifrada (IPsec, --opt encrypted)",
    encryptedHint:
      "Cifra con IPsec el tráfico de datos entre nodos. Cuesta CPU y rendimiento en cada paquete (mídalo antes) y los nodos Windows no lo admiten.",
    windowsNodes: "Nodos Windows en este swarm (allí no se admite el cifrado):",
    ipam: "Rangos de direcciones (IPAM)",
    ipamHint:
      "Déjelo vacío para que Docker elija una subred del pool de direcciones por defecto del swarm. Varias filas dan varias subredes a la red.",
    subnet: "Subred",
    gateway: "Puerta de enlace",
    ipRange: "Rango de IP",
    addRow: "Añadir subred",
    removeRow: "Quitar fila",
    mtu: "MTU",
    mtuHint: "Déjelo vacío para usar el valor por defecto de Docker.",
    labels: "Etiquetas",
    labelsHint: "Una clave=valor por línea.",
    submit: "Crear red",
    created: "Red creada",
    conflict: "Docker ya tiene algo que lo impide",
  },
  removeNetwork: {
    button: "Eliminar red",
    confirmTitle: "¿Eliminar esta red?",
    confirmBody: "Se ejecuta:",
    confirm: "Eliminar",
    inUse: "La red está en uso:",
    services: "Servicios",
    containers: "Contenedores",
    system: "La creó el propio Docker: no se puede eliminar desde aquí.",
    ingress: "La red ingress se reemplaza con el asistente Personalizar ingress.",
    removed: "Red eliminada",
  },
  servicesOps: {
    portsTitle: "Editar puertos publicados",
    portsIntro:
      "Escriba cada puerto en cualquiera de las dos sintaxis: corta 8080:80/udp (siempre en modo ingress) o larga published=8080,target=80,protocol=udp,mode=host. Omita el puerto publicado para que Docker elija uno.",
    portLabel: "Puerto",
    portSyntaxes: (n: number) => `Sintaxis del puerto ${n}`,
    protocol: "Protocolo",
    mode: "Modo de publicación",
    short: "Corta",
    long: "Larga",
    noShort: "(el modo host no tiene forma corta)",
    addPort: "Añadir puerto",
    removePort: "Quitar",
    savePorts: "Guardar puertos",
    reset: "Restablecer",
    noChange: "Todavía no hay cambios.",
    noPortsNow: "El servicio no publicará ningún puerto.",
    portsSaved: "Puertos actualizados",
    endpointTitle: "Modo de endpoint",
    endpointIntro:
      "vip: una IP virtual por red, balanceada por Swarm (y por la malla de enrutamiento para los puertos ingress). dnsrr: sin IP virtual, el DNS devuelve las IPs de las tareas.",
    current: "Modo actual",
    target: "Cambiar a",
    dnsrrExplain:
      "dnsrr evita la malla de enrutamiento: el servicio no tiene IP virtual, el DNS de su nombre devuelve las IPs de las tareas y los clientes necesitan su propio balanceador de carga.",
    dnsrrBlocked:
      "Docker rechaza dnsrr mientras haya puertos publicados en modo ingress («port published with ingress mode can't be used with dnsrr mode»). Estos puertos pasan por la malla de enrutamiento:",
    convert: "Convertir los puertos ingress a mode=host en la misma actualización",
    convertHint:
      "Cada puerto se publica entonces solo en los nodos que ejecutan una tarea de este servicio, no en todos los nodos.",
    convertNeeded: "Marque la conversión (o quite los puertos ingress) para cambiar a dnsrr.",
    staleDns:
      "Problema conocido de Docker (moby#36988): tras pasar de dnsrr a vip, el DNS puede seguir respondiendo con las IPs de las tareas hasta que estas se reinicien. Fuerce un reinicio (docker service update --force) si los clientes ven respuestas obsoletas.",
    applyMode: "Cambiar el modo de endpoint",
    modeSaved: "Modo de endpoint cambiado",
    sameMode: "El servicio ya usa este modo.",
    networksTitle: "Conectar / desconectar redes",
    attachNetwork: "Red que conectar",
    chooseNetwork: "Elija una overlay…",
    noCandidates: "Todas las overlays del swarm ya están conectadas.",
    aliases: "Alias",
    aliasesHint: "Nombres DNS adicionales en esa red, separados por espacios o comas.",
    attach: "Conectar",
    detach: "Desconectar",
    detachCommand: "Desconectar ejecuta:",
    attached: "Red conectada",
    detached: "Red desconectada",
    attachedNow: "Redes conectadas",
    noneAttached: "Ninguna red en la especificación.",
  },
  ingressWizard: {
    open: "Personalizar ingress",
    title: "Personalizar ingress",
    intro:
      "Reemplaza la red de la malla de enrutamiento (p. ej. por otra subred o MTU) siguiendo el procedimiento de Docker: liberarla, eliminarla, crear la nueva con --ingress y volver a publicar los puertos. El progreso se guarda en este navegador y se contrasta con Docker, así que al recargar se retoma donde estaba.",
    abandon: "Cerrar el asistente y olvidar el plan",
    finish: "Terminar",
    finished: "La red ingress está personalizada.",
    stepStatus: { done: "hecho", current: "en curso", waiting: "pendiente" },
    steps: {
      inspect: "1. Inspeccionar el ingress actual",
      blockers: "2. Liberar los servicios que publican a través de él",
      remove: "3. Eliminar la red ingress",
      create: "4. Crear la nueva red ingress",
      restore: "5. Restaurar los puertos de los servicios",
    },
    noIngress: "Ahora no hay red ingress: el asistente pasa directamente a crear una.",
    oldIngress: "Ingress que se reemplaza",
    start: "Empezar",
    blockersIntro:
      "Docker no deja eliminar ingress mientras algún servicio publique un puerto en modo ingress. Elija, servicio por servicio, qué hacer hasta que exista el nuevo ingress; los puertos originales se recuerdan para el paso 5.",
    noBlockers: "Ningún servicio publica a través de la red ingress.",
    unpublish: "Despublicar temporalmente",
    toHost: "Pasar a mode=host",
    state: {
      "to-clear": "publica a través de ingress",
      cleared: "sin puertos ingress",
      restored: "puertos restaurados",
      gone: "servicio eliminado",
    },
    apply: "Aplicar a los servicios",
    originalPorts: "Puertos originales",
    engineWarningTitle: "Advertencia de Docker",
    engineWarning:
      "Antes de eliminar la red de la malla de enrutamiento, asegúrese de que todos los nodos del swarm ejecutan la misma versión de Docker Engine; si no, puede que la eliminación no surta efecto y que las nuevas redes ingress no funcionen.",
    acknowledge: "Todos los nodos ejecutan la misma versión de Docker Engine",
    remove: "Eliminar la red ingress",
    removed: "La red ingress antigua ya no existe.",
    waitingTasks:
      "Esperando a que se detengan las tareas antiguas de los servicios: mientras se ejecuten, sus endpoints mantienen la copia de ingress de este nodo (tareas aún conectadas:",
    waitingCopy:
      "Docker eliminó la red ingress del swarm; esperando a que desaparezca la copia de este nodo (tarda unos segundos). Si no desaparece, reinicie las tareas antiguas del nodo o Docker en ese nodo.",
    alreadyRemoved: "ya eliminada",
    createIntro:
      "Cualquier nombre sirve; solo puede existir una red ingress. Deje la subred vacía para usar la de Docker por defecto (10.0.0.0/24).",
    name: "Nombre",
    create: "Crear la red ingress",
    created: "Nueva red ingress",
    restoreIntro:
      "Volver a publicar los puertos ingress originales de los servicios a través del nuevo ingress.",
    restore: "Restaurar los puertos",
    skipRestore: "Dejar los puertos como están",
    nothingToRestore: "Todos los servicios tienen sus puertos de vuelta.",
    log: "Lo que se ejecutó",
    logOk: "ok",
    logFailed: "falló",
    stopped: "El asistente se detuvo aquí",
    stoppedHint:
      "No se ejecutó nada después de este paso. Corrija la causa (o cambie su elección) y reintente; el progreso de arriba se contrasta con Docker.",
  },
  gwbridgeForm: {
    title: "Personalizar docker_gwbridge en un nodo",
    intro:
      "docker_gwbridge es un bridge de Linux en el kernel de cada nodo, creado por Docker cuando el nodo se une al swarm. La Engine API no puede cambiarlo: hay que recrearlo a mano en el nodo antes de que el nodo se (re)una. Este formulario genera ese script.",
    node: "Nodo",
    subnet: "Subred",
    gateway: "Puerta de enlace",
    enableIcc: "Comunicación entre contenedores (enable_icc)",
    enableIpMasquerade: "Enmascaramiento IP / NAT de salida (enable_ip_masquerade)",
    mtu: "MTU",
    joinCommand: "Comando para unirse",
    joinHint:
      "La línea docker swarm join del nodo (vea la página Swarm); sin ella se escribe un marcador de posición.",
    script: "Script para el host",
    scriptFor: "Ejecutar como root en",
    invalid: "Corrija los campos marcados para obtener el script.",
  },
  diagnostics: {
    title: "Diagnóstico",
    intro:
      "Comprobaciones de la red de este swarm frente a los fallos con los que se topan los administradores, cada una con lo que hay que ejecutar para arreglarlo. La prueba de firewall solo conecta desde el host del panel a las propias direcciones de los nodos.",
    recheck: "Volver a comprobar",
    checking: "Comprobando…",
    checkedAt: "Comprobado",
    empty: "No se encontraron problemas",
    emptyHint: "Todas las comprobaciones pasaron con el estado actual del swarm.",
    failed: "No se pudo ejecutar el diagnóstico",
    severity: { error: "Errores", warning: "Advertencias", info: "Notas" },
    severityOne: { error: "error", warning: "advertencia", info: "info" },
    summary: "Resumen",
    objects: "Afectados",
    fix: "Solución",
    command: "Comando",
    commands: "Comandos",
    probe: "Prueba de firewall",
    probeHint: "TCP 2377 y 7946 desde el host del panel",
  },
  addressMap: {
    title: "Mapa de direcciones",
    intro:
      "Quién tiene cada dirección en esta red: la puerta de enlace, las VIP de los servicios, las tareas, los contenedores independientes y el endpoint de balanceo de carga de cada nodo.",
    loading: "Leyendo el mapa de direcciones…",
    error: "No se pudo leer el mapa de direcciones:",
    subnet: "Subred",
    ipRange: "Rango de IP",
    size: "Tamaño",
    usable: "Utilizables",
    used: "En uso",
    free: "Libres",
    picture: "Direcciones en uso y libres",
    usedRange: "en uso",
    freeRange: "libres",
    columns: { ip: "Dirección", kind: "Tipo", owner: "Propietario", node: "Nodo" },
    kind: {
      gateway: "puerta de enlace",
      vip: "VIP",
      task: "tarea",
      container: "contenedor",
      lb: "endpoint LB",
    },
    unknownNodes:
      "No consultados (sin entrada en SWARMNET_NODE_ENDPOINTS, o sin respuesta): los endpoints de balanceo de carga y los contenedores de",
    need: "El diagnóstico cuenta lo que la red necesita, réplicas deseadas incluidas:",
    noSubnet: "Esta red no tiene subred IPAM.",
    showAll: "Mostrar todas las direcciones",
  },
  connectivity: {
    title: "Prueba de conectividad",
    intro:
      "¿Puede una tarea de esta overlay llegar a ese servicio? Un servicio de sonda de vida corta (una réplica, que se elimina al terminar) resuelve el nombre del servicio y tasks.<servicio>, y abre una conexión TCP a su VIP y a la dirección de cada tarea.",
    network: "Overlay",
    target: "Servicio de destino",
    port: "Puerto",
    portHint: "Por defecto: el primer puerto de destino del servicio",
    nodes: "Probar desde",
    anyNode: "cualquier nodo",
    allNodes: "todos los nodos (en paralelo)",
    run: "Ejecutar la prueba",
    running: "Probando…",
    viewerOnly: "Ejecutar sondas requiere el rol admin.",
    verdict: { ok: "Correcto", degraded: "Degradado", failed: "Fallido" },
    from: "Desde",
    dns: "DNS",
    dnsColumns: { name: "Nombre", answers: "Respuestas", expected: "Según Docker", ok: "Coincide" },
    connections: "Conexiones TCP",
    connColumns: {
      ip: "Dirección",
      kind: "Tipo",
      node: "Nodo",
      reachable: "Resultado",
      ms: "Tiempo",
    },
    reachable: "conectado",
    unreachable: "sin conexión",
    local: "nodo de la sonda",
    manual: "Lo mismo a mano",
    duration: "tardó",
    matrix: "Matriz de nodos",
    matrixHint: "Una sonda por nodo, en paralelo: qué nodo llega a qué dirección.",
    failed: "No se pudo ejecutar la sonda:",
    pickNetwork: "Elija una overlay",
    pickTarget: "Elija un servicio de esa red",
    checkOverlay: "Comprobar la conectividad en esta overlay",
    summary: "Resumen",
    kind: { vip: "VIP", task: "tarea" },
  },
  probe: {
    tcp: {
      timedOut: "tiempo de espera agotado",
      refused: "conexión rechazada",
      noRoute: "sin ruta al host",
      ncExited: (code: number) => `nc terminó con el código ${code}`,
      noResult: "sin resultado: la sonda terminó antes",
    },
    incomplete: "La sonda no terminó: sus resultados son parciales.",
    noTasks: (target: string, network: string) =>
      `${target} no tiene ninguna tarea en ejecución en ${network}: nada puede responder.`,
    dnsNothing: (name: string, expected: string, network: string) =>
      `El DNS no devolvió nada para ${name}, y Docker espera ${expected}: el DNS integrado de este nodo (127.0.0.11) no conoce el nombre — endpoints obsoletos en este nodo, o el servicio no está en ${network}.`,
    dnsMismatch: (name: string, answers: string, expected: string | null, hint: string) =>
      `El DNS devolvió ${answers} para ${name}, pero según Docker es ${expected ?? "nada"}: un modo de endpoint que no coincide o endpoints obsoletos en el DNS del swarm.${hint}`,
    dnsTasksInsteadOfVip:
      " Devuelve las direcciones de las tareas en lugar de la VIP: tras pasar de dnsrr a vip, el DNS mantiene las respuestas antiguas hasta que las tareas se reinician (moby#36988; docker service update --force).",
    dnsrrOneAddress:
      " Una sola dirección para un servicio dnsrr parece una VIP que quedó del modo vip.",
    refused: (ips: string, port: number) =>
      `Conexión rechazada por ${ips} en el puerto ${port}: la ruta de red funciona pero nada escucha ahí — compruebe el puerto (el puerto de destino del servicio, no el publicado).`,
    anotherNode: "otro nodo",
    otherNodes: "otros nodos",
    probeNode: "el nodo de la sonda",
    whileLocalAnswered: "mientras que las tareas del propio nodo de la sonda sí respondieron",
    whileRemoteAnswered: (nodes: string) => `mientras que las tareas de ${nodes} sí respondieron`,
    from: (node: string) => `desde ${node}`,
    remoteSilent: (nodes: string, context: string, encrypted: boolean) =>
      `Las tareas de ${nodes} no respondieron ${context}: el tráfico de la overlay entre estos nodos está bloqueado — compruebe 4789/udp (datos VXLAN) y 7946/tcp+udp (gossip) entre sus direcciones de datos (--data-path-addr), o una MTU distinta en la red física.${encrypted ? " Esta overlay está cifrada: IPsec (ESP, protocolo IP 50) también tiene que pasar entre los nodos." : ""}`,
    localSilent: (ips: string) =>
      `Sin respuesta de ${ips}, en el propio nodo de la sonda: puede que la tarea aún no escuche, o que corte la conexión (un firewall dentro de la tarea).`,
    vipBroken: (vip: string) =>
      `La VIP ${vip} no respondió y las direcciones de las tareas sí: la ruta de balanceo de carga de la VIP (IPVS en los espacios de nombres de red del nodo) está rota. Un kernel sin IPVS (ip_vs) no puede usar el modo VIP; use --endpoint-mode dnsrr, o cargue ip_vs en los nodos.`,
    vipAlsoDown: (vip: string) => `La VIP ${vip} tampoco respondió.`,
    internal: (network: string) =>
      `${network} es interna: no se espera ninguna ruta fuera de la overlay; esta sonda solo prueba el tráfico dentro de ella.`,
    ok: (port: number, slowest: number) =>
      `Las respuestas DNS coinciden con lo que dice Docker, y todas las direcciones respondieron en el puerto ${port} (la más lenta, ${slowest} ms).`,
    task: {
      notScheduled: "no se programó ninguna tarea a tiempo",
      ended: (state: string, error: string | null) =>
        `su tarea terminó en estado "${state}"${error ? ` (${error})` : ""}`,
      stillRunning: (state: string, seconds: number) =>
        `su tarea seguía en "${state}" al cabo de ${seconds} s`,
      imageHint: (image: string) =>
        ` Cada nodo necesita la imagen ${image} (SWARMNET_PROBE_IMAGE) en local o en un registro al que pueda llegar.`,
      line: (why: string, hint: string) => `La tarea de la sonda: ${why}.${hint}`,
    },
    notOverlay: (network: string, kind: string) =>
      `${network} no es una overlay a la que pueda unirse un servicio (${kind}): las sondas se ejecutan en overlays.`,
    notAttached: (service: string, network: string) =>
      `${service} no está conectado a ${network}: ahí no se puede llegar a nada suyo.`,
    noPort: (service: string) =>
      `${service} no publica ningún puerto, así que no hay uno por defecto: indique el puerto en el que escucha.`,
    nodeDrained: (node: string) =>
      `El nodo ${node} está vaciado (drain): no se puede ejecutar una sonda ahí.`,
    nodeState: (node: string, state: string) =>
      `El nodo ${node} está ${state}: no se puede ejecutar una sonda ahí.`,
    cli: {
      onNode: (node: string) => `# en ${node}: `,
      notAttachable: (network: string) =>
        `# ${network} no es attachable, así que docker run --network no puede unirse a ella: use un servicio de un solo uso`,
    },
  },
  validation: {
    subnetIsAddress: (text: string) =>
      `${text} es una dirección, no una subred: añada una longitud de prefijo como /24`,
    subnetInvalid: (text: string) =>
      `"${text}" no es una subred válida (se espera notación CIDR como 10.0.1.0/24)`,
    addressInSubnetInvalid: (address: string, text: string) =>
      `"${address}" en ${text} no es una dirección IPv4 ni IPv6 válida`,
    prefixInvalid: (prefix: string, text: string, bits: number) =>
      `"${prefix}" en ${text} no es una longitud de prefijo (0–${bits})`,
    hostBits: (text: string, suggestion: string) =>
      `${text} tiene bits de host activados; ¿quería decir ${suggestion}?`,
    addressIsSubnet: (text: string) => `${text} es una subred, no una dirección`,
    zoneIndex: (text: string) => `${text} lleva un índice de zona (%…), que Docker no acepta aquí`,
    addressInvalid: (text: string) => `"${text}" no es una dirección IPv4 ni IPv6 válida`,
    gatewayFamily: (gateway: string, gatewayFamily: string, subnet: string, subnetFamily: string) =>
      `la puerta de enlace ${gateway} es ${gatewayFamily} pero la subred ${subnet} es ${subnetFamily}`,
    gatewayOutside: (gateway: string, subnet: string) =>
      `la puerta de enlace ${gateway} está fuera de la subred ${subnet}`,
    gatewayNetworkAddress: (gateway: string, subnet: string) =>
      `la puerta de enlace ${gateway} es la dirección de red de ${subnet}`,
    gatewayBroadcast: (gateway: string, subnet: string) =>
      `la puerta de enlace ${gateway} es la dirección de broadcast de ${subnet}`,
    rangeFamily: (range: string, rangeFamily: string, subnet: string, subnetFamily: string) =>
      `el rango de IP ${range} es ${rangeFamily} pero la subred ${subnet} es ${subnetFamily}`,
    rangeOutside: (range: string, subnet: string) =>
      `el rango de IP ${range} no está dentro de la subred ${subnet}`,
    overlapsOwn: (subnet: string, other: string, index: number) =>
      `${subnet} se solapa con ${other} (ipam.${index}) de esta misma red`,
    overlapsNetwork: (subnet: string, other: string, network: string) =>
      `${subnet} se solapa con ${other} de la red ${network}`,
    overlapsPool: (subnet: string, pool: string) =>
      `${subnet} se solapa con el pool de direcciones por defecto del swarm ${pool}: Docker asigna de ese pool las subredes automáticas, así que una red creada más tarde puede chocar con esta`,
    containsNodeAddress: (subnet: string, list: string) =>
      `${subnet} contiene la dirección de nodo ${list}: las tareas de esta red ya no podrían llegar a esa dirección a través de la red del host`,
    ingressDefaultContainsNode: (subnet: string, list: string) =>
      `la subred por defecto de ingress ${subnet} contiene la dirección de nodo ${list}; vuelva a crear ingress con otra subred (moby/moby#24220)`,
    mtuNote: (vxlan: number, ipsec: number | null, overhead: number, underlay: number) =>
      `Docker resta a este valor ${vxlan} bytes por VXLAN${ipsec === null ? "" : ` y ${ipsec} por el cifrado IPsec`}: los contenedores reciben MTU − ${overhead} (${underlay - overhead} con ${underlay}). Póngalo igual a la MTU de la red física (aquí ${underlay}); un valor mayor genera paquetes que la red física tendrá que fragmentar o descartar.`,
    mtuAboveUnderlay: (mtu: number, underlay: number, note: string) =>
      `la MTU ${mtu} es mayor que la de la red física (${underlay} bytes): ${note}`,
    mtuRange: (min: number, max: number) => `la MTU debe ser un número entero de ${min} a ${max}`,
    mtuBelowIpv6: (mtu: number, min: number) =>
      `la MTU ${mtu} es menor que ${min}: IPv6 necesita al menos ${min}`,
    mtuJumbo: (mtu: number, jumbo: number) =>
      `la MTU ${mtu} supera ${jumbo}: las jumbo frames deben admitirse de extremo a extremo (cada NIC y cada switch entre nodos)`,
    nameRequired: "el nombre es obligatorio",
    nameTooLong: (length: number, max: number) =>
      `el nombre tiene ${length} caracteres; como máximo ${max} (una etiqueta DNS)`,
    nameDots: "el nombre no puede llevar puntos: los nombres del swarm son etiquetas DNS",
    nameStart: "el nombre debe empezar por una letra o un dígito",
    nameEnd: "el nombre debe terminar en una letra o un dígito",
    nameChars: "el nombre solo puede llevar letras, dígitos, '-' y '_'",
    notKeyValue: (line: string, key: string) =>
      `"${line}" no es clave=valor (escriba ${key}= para un valor vacío)`,
    emptyKey: (line: string) => `"${line}" tiene la clave vacía`,
    keyWhitespace: (key: string) => `la clave "${key}" contiene espacios`,
    duplicateLineKey: (key: string, line: number) =>
      `clave ${key} repetida (ya aparece en la línea ${line})`,
    onLine: (line: number, message: string) => `línea ${line}: ${message}`,
    dnsrrIngressPorts: (list: string) =>
      `no se puede usar dnsrr mientras haya puertos publicados a través de la malla de enrutamiento (${list}): páselos a mode=host (convertIngressPortsToHost) o quítelos`,
    portRole: { published: "publicado", target: "de destino" },
    publishedRange:
      "el puerto publicado debe estar entre 1 y 65535; omítalo para que Docker elija uno",
    targetRange: "el puerto de destino debe estar entre 1 y 65535",
    portNotNumber: (role: string, text: string) => `el puerto ${role} "${text}" no es un número`,
    rangeBackwards: (role: string, text: string) =>
      `el rango ${role} ${text} termina antes de empezar`,
    rangeTooLong: (role: string, text: string, max: number) =>
      `el rango ${role} ${text} tiene más de ${max} puertos`,
    unknownProtocol: (text: string, list: string) => `protocolo desconocido "${text}": use ${list}`,
    unknownMode: (text: string, list: string) => `modo desconocido "${text}": use ${list}`,
    or: "o",
    rangeLengths: (published: string, target: string) =>
      `los puertos publicados ${published} y los de destino ${target} deben ser rangos de la misma longitud (p. ej. 8080-8081:80-81)`,
    manyProtocols: (text: string) => `"${text}" lleva más de un "/protocolo"`,
    tooManyColons: (text: string) => `"${text}" tiene demasiados ":" (se espera publicado:destino)`,
    hostAddress: (address: string) =>
      `los servicios de Swarm no pueden enlazar una dirección del host (${address}): los puertos se publican en todas las direcciones del nodo; quite "${address}:" y filtre el puerto en el firewall`,
    emptyPublished: (text: string) =>
      `"${text}" tiene el puerto publicado vacío; escriba solo el de destino para que Docker elija`,
    emptyField: (text: string) => `"${text}" tiene un campo vacío (¿una coma de más?)`,
    fieldNotKeyValue: (field: string) => `"${field}" no es clave=valor`,
    unknownKey: (key: string, list: string) => `clave desconocida "${key}": use ${list}`,
    duplicateKey: (key: string) => `clave "${key}" repetida`,
    targetRequired:
      "target es obligatorio (el puerto dentro del contenedor), p. ej. published=8080,target=80",
    emptyPort: "puerto vacío: se espera p. ej. 8080:80 o published=8080,target=80",
    portSpaces: (text: string) => `"${text}" contiene espacios`,
    duplicateInList: (key: string, entry: number) =>
      `${key} ya está publicado en la entrada ${entry} de esta lista`,
    hostModeShared: (key: string, service: string) =>
      `${key} también lo publica en modo host el servicio ${service}: las tareas de ambos chocarían en un mismo nodo, así que nunca podrán compartir nodo`,
    ingressTaken: (key: string, service: string) =>
      `${key} ya lo publica a través de la malla de enrutamiento el servicio ${service}`,
    hostTaken: (key: string, service: string) =>
      `${key} lo publica en modo host el servicio ${service}; la malla de enrutamiento lo ocuparía en todos los nodos, así que Docker lo rechaza`,
    unknownField: (key: string) => `campo desconocido "${key}"`,
    moreProblems: (n: number) => `…y ${n} problemas más`,
    labelKeyEmpty: "las claves de etiqueta no pueden estar vacías",
    labelKeyLong: (max: number) => `las claves de etiqueta tienen como máximo ${max} caracteres`,
    labelValueLong: (max: number) => `los valores de etiqueta tienen como máximo ${max} caracteres`,
    tooManyLabels: (max: number) => `como máximo ${max} etiquetas`,
    tooManyIpam: (max: number) => `como máximo ${max} configuraciones IPAM`,
    ingressAttachable: "una red ingress no puede ser attachable",
    reservedLabel: (label: string) =>
      `${label} está reservada para las redes que crea el propio Docker`,
    aliasInvalid: "un alias no puede estar vacío ni llevar espacios o comas",
    networkRequired: "la red es obligatoria",
    tooManyAliases: (max: number) => `como máximo ${max} alias`,
    versionQueryRequired: "version es obligatorio (?version=N)",
    versionWhole: "version debe ser un número entero",
    versionTooLarge: "version es demasiado grande",
    versionNumber: "version debe ser el número de versión del servicio (Version.Index)",
    versionMin: "version debe ser 0 o mayor",
    tooManyPorts: (max: number) =>
      `como máximo ${max} puertos en total, contando los rangos puerto a puerto`,
    tooManyPublish: (max: number) => `como máximo ${max} entradas publish`,
    portsAndPublish: "envíe ports o publish, no ambos",
    portsRequired: "ports (o publish) es obligatorio",
    chooseNode: "elija el nodo en el que ejecutar el script",
    joinOneLine: "el comando de unión debe ocupar una sola línea",
    joinStart: "el comando de unión debe empezar por `docker swarm join`",
    joinTwice: (flag: string) => `${flag} aparece dos veces`,
    joinToken: "--token debe ser un token de unión del swarm (SWMTKN-1-…)",
    joinAddress: (flag: string) =>
      `${flag} debe ser una dirección, un nombre de host o un nombre de interfaz`,
    joinAvailability: (list: string) => `--availability debe ser ${list}`,
    joinFlag: (flag: string, list: string) =>
      `${flag} no se permite aquí (solo --token, ${list}, --availability)`,
    joinNeedsToken: "al comando de unión le falta --token SWMTKN-1-…",
    joinOneManager:
      "el comando de unión necesita exactamente una dirección de manager, host:puerto",
    joinManager: (remote: string) =>
      `"${remote}" no es una dirección de manager (host:puerto, p. ej. 192.168.1.36:2377)`,
    gwbridgeIpv4: "docker_gwbridge necesita una subred IPv4",
    refType: (field: ProbeField) => `${PROBE_FIELD[field].noun} debe ser un nombre o un id`,
    refRequired: (field: ProbeField) =>
      `${PROBE_FIELD[field].noun} es ${PROBE_FIELD[field].required}`,
    refTooLong: (field: ProbeField, max: number) =>
      `${PROBE_FIELD[field].noun} admite como máximo ${max} caracteres`,
    refPattern: (field: ProbeField) =>
      `${PROBE_FIELD[field].noun} debe ser un nombre o un id de Docker`,
    probePortNumber: "el puerto debe ser un número",
    probePortWhole: "el puerto debe ser un número entero",
    probePortRange: "el puerto debe estar entre 1 y 65535",
    probeProtocol: 'protocol debe ser "tcp" (el único que se prueba)',
  },
  gwbridgeScript: {
    intro1: "Recrea docker_gwbridge con ajustes propios. Ejecútelo como root en el nodo, antes de",
    intro2: "que se una al swarm (o después de `docker swarm leave`).",
    step1: "1. Detener Docker para que suelte docker_gwbridge.",
    step2:
      "2. Borrar la interfaz docker_gwbridge existente (un dispositivo del kernel, no un objeto de Docker).",
    step3: "3. Arrancar Docker de nuevo. No unirse al swarm ni inicializarlo todavía.",
    step4: "4. Crear docker_gwbridge a mano con los ajustes propios.",
    step5: "5. Unirse al swarm (o inicializarlo): el bridge ya existe, así que Docker lo conserva.",
  },
  errors: {
    needsBody: "La petición necesita un cuerpo JSON.",
    badJson: "El cuerpo de la petición no es JSON válido.",
    invalidFields: "Hay campos no válidos.",
    invalidQuery: "Hay parámetros de consulta no válidos.",
    unexpected: "Error inesperado del servidor.",
    signIn: "Inicie sesión primero: envíe Authorization: Bearer <token>, o entre por /login.",
    readOnly:
      "swarmnet funciona en modo de solo lectura (SWARMNET_READ_ONLY=1): los cambios están desactivados.",
    adminOnly: "Esta operación requiere el rol admin; ha iniciado sesión como viewer.",
    crossSite:
      "Petición entre sitios rechazada: los cambios deben venir de las propias páginas de swarmnet.",
    crossSiteLogin: "Inicio de sesión entre sitios rechazado.",
    crossSiteLogout: "Cierre de sesión entre sitios rechazado.",
    badBearer: "Ese token bearer no es válido.",
    badToken: "Ese token no es válido.",
    badTokenField: "no es un token válido",
    rateLimited: (seconds: number) =>
      `Demasiados tokens incorrectos: vuelva a intentarlo dentro de ${seconds} s.`,
    auditDown:
      "No se puede escribir el registro de auditoría, así que los cambios se rechazan hasta que se pueda (vea el log del servidor).",
    tooLarge: (bytes: number) => `El cuerpo de la petición supera los ${bytes} bytes.`,
    tooManyStreams: (max: number) =>
      `Demasiados flujos de eventos abiertos desde esta dirección (como máximo ${max}): cierre algunas pestañas.`,
    noNetwork: (name: string) => `No hay ninguna red llamada "${name}".`,
    noService: (name: string) => `No hay ningún servicio llamado "${name}".`,
    noNode: (name: string) => `No hay ningún nodo llamado "${name}".`,
    noSuchNetwork: "no existe esa red",
    unreachable: (host: string, reason: string) =>
      `No se puede contactar con Docker en ${host}: ${reason}`,
    staleVersion: (service: string, version: number, current: number) =>
      `El servicio "${service}" cambió desde que se cargó (versión ${version}, ahora ${current}). Recárguelo y vuelva a aplicar su cambio.`,
    changedMeanwhile: (service: string) =>
      `El servicio "${service}" cambió mientras tanto. Recárguelo y vuelva a aplicar su cambio.`,
    nameTaken: (name: string, driver: string, scope: string) =>
      `Ya existe una red llamada "${name}" (${driver}, ${scope}).`,
    secondIngress: (name: string) =>
      `Solo puede existir una red ingress y ya está "${name}": elimínela primero (Personalizar ingress).`,
    subnetsConflict: "Las subredes chocan con redes existentes",
    portsConflict: "No se pueden publicar los puertos",
    dnsrrNoIngressPorts: (service: string) =>
      `${service} usa dnsrr, que no puede publicar a través de la malla de enrutamiento: publique con mode=host, o cambie antes el modo de endpoint a vip`,
    dnsrrBlocked: (service: string, explanation: string) =>
      `${service} publica puertos a través de la malla de enrutamiento (modo ingress), y Docker lo rechaza con dnsrr («port published with ingress mode can't be used with dnsrr mode»). ${explanation} Envíe convertIngressPortsToHost: true para publicar esos puertos en mode=host en la misma actualización.`,
    systemNetwork: (name: string) =>
      `"${name}" la crea y la gestiona el propio Docker y no se puede eliminar desde aquí.`,
    ingressInUse: (services: string) =>
      `La red ingress está en uso: estos servicios publican puertos a través de la malla de enrutamiento: ${services}. Quite esos puertos (o páselos a mode=host) primero.`,
    inUseServices: (list: string) => `los servicios ${list}`,
    inUseContainers: (list: string) => `los contenedores ${list}`,
    and: "y",
    networkInUse: (name: string, who: string) =>
      `La red "${name}" la usan ${who}. Desconéctelos primero.`,
    notJoinable: (name: string) =>
      `"${name}" no es una red overlay a la que pueda unirse un servicio (solo redes de ámbito swarm que no sean ingress).`,
    notOverlay: "no es una overlay del swarm",
    alreadyAttached: (service: string, network: string) =>
      `${service} ya está conectado a ${network}.`,
    notAttached: (service: string, network: string) =>
      `${service} no está conectado a ninguna red llamada "${network}".`,
  },
  warnings: {
    engineVersion:
      "Antes de reemplazar la red de la malla de enrutamiento, asegúrese de que todos los nodos del swarm ejecutan la misma versión de Docker Engine; si no, puede que la eliminación no surta efecto y que las nuevas redes ingress no funcionen.",
    encryptionCost:
      "El cifrado (IPsec) cuesta CPU y rendimiento en cada paquete entre nodos: mídalo antes de llevarlo a producción.",
    encryptionWindows: (nodes: string) =>
      `El cifrado de overlay no se admite en nodos Windows: ${nodes}.`,
    dnsrrExplanation:
      "dnsrr evita la malla de enrutamiento: el servicio no tiene IP virtual, el DNS de su nombre devuelve las IPs de las tareas y los clientes necesitan su propio balanceador de carga.",
    staleDns:
      "Problema conocido de Docker (moby#36988): tras pasar de dnsrr a vip, el DNS puede seguir respondiendo con las IPs de las tareas hasta que estas se reinicien. Fuerce un reinicio (docker service update --force) si los clientes ven respuestas obsoletas.",
  },
  findings: {
    ruleFailed: {
      title: (rule: string) => `No se pudo ejecutar la comprobación ${rule}`,
      fix: "Informe de ello adjuntando el snapshot (GET /api/snapshot).",
    },
    addressExhaustion: {
      titleFull: (network: string) => `${network} se ha quedado sin direcciones`,
      titleNear: (network: string, percent: number) =>
        `${network} se está quedando sin direcciones (${percent}% en uso)`,
      detail: (p: {
        ranges: string;
        capacity: number;
        used: number;
        tasks: number;
        vips: number;
        lb: number;
        containers: number;
      }) =>
        `${p.ranges} ofrece ${p.capacity} direcciones a las tareas; hacen falta ${p.used}: ${p.tasks} para tareas, ${p.vips} para VIPs de servicios, ${p.lb} para endpoints del balanceador de carga (uno por nodo con alguna tarea) y ${p.containers} para contenedores independientes.`,
      full: "Las tareas nuevas se quedan en pending sin dirección IP disponible; escalar o actualizar un servicio falla.",
      near: (free: number) =>
        `Solo quedan ${free}: una actualización gradual con orden start-first, o unas pocas réplicas más, la agotarán.`,
      fix: (network: string, prefix: number, free: string | null) =>
        `Vuelva a crear ${network} con una subred mayor (/${prefix}${free ? `, ${free} está libre` : ""}), o mueva algunos servicios a otra overlay.`,
    },
    dnsrrIngressPorts: {
      title: (service: string) =>
        `${service} usa dnsrr con puertos publicados a través de la malla de enrutamiento`,
      detail: (service: string, ports: string) =>
        `${service} tiene el modo de endpoint dnsrr y publica ${ports} en modo ingress. La malla de enrutamiento balancea los puertos publicados hacia la IP virtual del servicio, y un servicio dnsrr no tiene, así que estos puertos no pueden funcionar; las versiones actuales de Docker rechazan directamente esta combinación.`,
      fix: "Publique los puertos en modo host (solo en los nodos que ejecutan una tarea) y mantenga dnsrr, o vuelva a vip para conservar la malla de enrutamiento.",
    },
    dnsrrVipSwitch: {
      title: (service: string) => `${service} pasó de dnsrr a vip hace poco`,
      detail: (service: string, at: string) =>
        `${service} pasó de dnsrr a vip el ${at}. Tras este cambio puede que el nombre del servicio deje de resolver en sus redes (moby/moby#36988), mientras tasks.${service} sigue respondiendo: los clientes que usan el nombre fallan aunque las tareas estén sanas.`,
      fix: "Compruebe el nombre desde una tarea de la misma red; si no resuelve, vuelva a desplegar las tareas con --force y, si aun así no resuelve, elimine y vuelva a crear el servicio.",
    },
    encryptedWindows: {
      title: (network: string) => `Overlay cifrada ${network} en un swarm con nodos Windows`,
      detail: (network: string, nodes: string, onWindows: boolean) =>
        `${network} está cifrada (IPsec), algo que los nodos Windows no admiten: una tarea programada en ${nodes} se une a la red sin error pero no puede intercambiar tráfico con las demás tareas. ${onWindows ? "Ya hay tareas de esta red ejecutándose en un nodo Windows." : "Todavía no hay ninguna tarea suya en un nodo Windows, pero nada impide que el planificador coloque una allí."}`,
      fix: "Mantenga los servicios de esta red fuera de los nodos Windows con una restricción de ubicación (placement constraint), o vuelva a crear la red sin cifrado (y proteja el tráfico de otra forma).",
    },
    managerQuorum: {
      lostTitle: (down: number, total: number) =>
        `El quórum de raft se ha perdido o está en riesgo: ${down} de ${total} managers no disponibles`,
      lostDetail: (total: number, needed: number, names: string, count: number) =>
        `Un swarm con ${total} managers necesita que ${needed} de ellos estén de acuerdo. ${names} ${count === 1 ? "no está disponible" : "no están disponibles"}, así que el swarm no puede programar, actualizar ni crear nada hasta que vuelvan.`,
      lostFix:
        "Recupere los managers (Docker en marcha, 2377/tcp abierto entre managers). Si se han perdido para siempre, recupere el swarm en un manager superviviente forzando un clúster nuevo; conserva servicios y redes.",
      singleTitle: "Un solo manager: sin tolerancia a fallos",
      singleDetail: (name: string) =>
        `${name} es el único manager. Si falla, el swarm no se puede gestionar (ni programar, ni actualizar, ni crear redes) hasta que vuelva; las tareas en ejecución siguen funcionando. Tres managers toleran un fallo; cinco toleran dos.`,
      singleFixPromote: "Promueva dos workers, para tener tres managers en total.",
      singleFixJoin:
        "Una dos managers más (el comando imprime la línea de unión con el token de manager).",
      evenTitle: (n: number) => `${n} managers: un número par no añade tolerancia a fallos`,
      evenDetail: (n: number, majority: number, tolerance: number) =>
        `${n} managers necesitan ${majority} para tener mayoría y por tanto toleran ${tolerance} ${tolerance === 1 ? "fallo" : "fallos"}, igual que ${n - 1}; el manager extra solo añade tráfico de raft. Una red partida por la mitad deja a ambos lados sin mayoría.`,
      evenFix: "Mantenga un número impar de managers: promueva un worker más o degrade un manager.",
    },
    mtuUnderlay: {
      title: (network: string, underlay: number) =>
        `${network} envía paquetes mayores que la MTU de la red física (${underlay})`,
      noOption: (assumed: number) =>
        `no tiene opción de MTU, así que Docker supone una red física de ${assumed} bytes`,
      option: (mtu: number) => `define com.docker.network.driver.mtu=${mtu}`,
      detail: (p: {
        network: string;
        setting: string;
        inner: number;
        vxlan: number;
        ipsec: number | null;
        outer: number;
        underlay: number;
      }) =>
        `${p.network} ${p.setting}: los contenedores reciben una interfaz con MTU ${p.inner}, y con ${p.vxlan} bytes de cabecera VXLAN${p.ipsec === null ? "" : ` + ${p.ipsec} de IPsec`} sus paquetes de tamaño completo salen del nodo con ${p.outer} bytes, más de los ${p.underlay} que transporta la red de los nodos. Las peticiones pequeñas funcionan, pero las respuestas grandes se fragmentan o se descartan en silencio (las conexiones se cuelgan tras el handshake). La MTU de la red física es la que indicó al diagnóstico (underlayMtu=${p.underlay}); compruébela con \`ip link\` en los nodos.`,
      fix: (network: string, underlay: number, inner: number) =>
        `Vuelva a crear ${network} con com.docker.network.driver.mtu=${underlay}: Docker resta él mismo la encapsulación y deja a los contenedores ${inner}.`,
    },
    nodeAddressOverlap: {
      whyIngress: (subnet: string) =>
        `La red ingress conservó la subred por defecto de Docker ${subnet}, que aquí coincide con la LAN de los nodos: los paquetes para esas direcciones de nodo se enrutan hacia la malla de enrutamiento en lugar de la red física, y los puertos publicados dejan de responder desde esos nodos (moby/moby#24220).`,
      whyGwbridge:
        "docker_gwbridge toma un rango 172.x libre cuando el nodo se une; aquí cubre direcciones de nodos, así que cada nodo envía el tráfico de esos peers a su bridge local y se rompe el tráfico de control y de datos del swarm entre los nodos (moby/moby#27890).",
      whyOverlay:
        "Las tareas de esta red toman esas direcciones como locales de la overlay, así que ya no pueden llegar a los nodos (ni a nada en esas direcciones) a través de la red física.",
      whereGwbridge:
        "en cada nodo (docker_gwbridge es local de cada nodo y no se puede cambiar mediante la API; la página docker_gwbridge genera el script completo)",
      whereIngress: "(el asistente de la página Ingress hace lo mismo paso a paso)",
      title: (network: string) => `${network} se solapa con direcciones de nodos`,
      detail: (subnets: string, list: string, why: string) => `${subnets} contiene ${list}. ${why}`,
      fix: (network: string, free: string | null, where: string) =>
        `Vuelva a crear ${network} con una subred alejada de las direcciones de los nodos${free ? ` (${free} está libre)` : ""} ${where}`.trim(),
    },
    nodeHealth: {
      down: (node: string, state: string, message: string | null) =>
        `${node} está ${state}${message ? ` (${message})` : ""}: los managers no reciben su heartbeat, así que sus tareas se reprograman en otros nodos y no guarda copia del estado de las overlays.`,
      unreachable: (node: string, reachability: string) =>
        `${node} es un manager al que los demás managers no llegan (${reachability}) aunque su agente informa de que está ready.`,
      raft: " Como manager ya no vota, lo que merma el quórum de raft; compruebe 2377/tcp entre managers.",
      titleDown: (node: string, state: string) => `El nodo ${node} está ${state}`,
      titleUnreachable: (node: string, reachability: string) =>
        `El manager ${node} está ${reachability}`,
      address: (address: string) => ` Su dirección es ${address}.`,
      unknownAddress: "desconocida",
      fix: (node: string, manager: boolean) =>
        `Compruebe que Docker está en marcha en ${node} y que llega a los managers por 2377/tcp y 7946/tcp+udp. Si la máquina ya no va a volver, ${manager ? "degrádela y " : ""}elimínela del swarm.`,
    },
    orphanNetwork: {
      title: (network: string) => `${network} no se usa`,
      detail: (network: string, subnets: string | null, attachable: boolean) =>
        `Ningún servicio está conectado a ${network} y ningún contenedor de este engine la usa, pero sigue reservando una subred${subnets ? ` (${subnets})` : ""} del pool de direcciones.${attachable ? " Es attachable: desde aquí no se ven los contenedores independientes de otros nodos, así que revíselos antes de eliminarla." : ""}`,
      fix: "Elimínela si es un resto; Docker se niega mientras algo la siga usando.",
    },
    poolOverlap: {
      title: (network: string) =>
        `${network} usa una subred dentro del pool de direcciones por defecto`,
      farFromBlocks: "lejos de los bloques que Docker ha asignado hasta ahora",
      otherSize: (prefix: number, size: number) =>
        `una /${prefix}, mientras que Docker asigna bloques /${size}`,
      detail: (subnet: string, why: string, pool: string) =>
        `${subnet} parece elegida a mano (${why}) pero está dentro del pool de direcciones por defecto del swarm ${pool}, del que Docker asigna las subredes de toda red creada sin --subnet. Las asignaciones manuales y automáticas compiten entonces por el mismo rango: una red recreada en otro sitio, otro clúster que comparta el pool o una futura asignación automática pueden caer encima.`,
      fix: (network: string, pool: string) =>
        `Mantenga las subredes elegidas a mano fuera del pool: vuelva a crear ${network} sin --subnet para que Docker la asigne del pool (abajo), o con una subred fuera de ${pool}. Para un swarm nuevo, elija un pool que deje sitio a subredes manuales (último comando).`,
      nodesTitle: (pool: string) =>
        `Hay direcciones de nodos dentro del pool de direcciones por defecto ${pool}`,
      nodesDetail: (pool: string, list: string, block: string) =>
        `Docker asigna subredes overlay de ${pool} sin comprobar las direcciones de los propios nodos (${list}). Cuando la asignación llegue a ${block}, una red nueva contendría una dirección de nodo y sus tareas ya no podrían llegar a ese nodo a través de la red física (el choque de moby/moby#24220).`,
      nodesFix:
        "Dé a las redes nuevas subredes explícitas lejos de la LAN de los nodos, o inicialice los swarms con un pool que no la contenga. Cambiar el pool de un swarm existente obliga a reinicializarlo.",
    },
    portCollision: {
      title: (key: string, count: number) => `El puerto ${key} lo publican ${count} servicios`,
      detailIngress: (modes: string, key: string) =>
        `${modes} publican todos ${key}. Un puerto publicado a través de la malla de enrutamiento se ocupa en todos los nodos, así que ningún otro servicio puede publicarlo en ningún modo: uno de ellos no es accesible en ${key}.`,
      detailHost: (modes: string, key: string) =>
        `${modes} publican ${key} en modo host. Cada uno lo ocupa solo en los nodos que ejecutan sus tareas, así que las tareas de estos servicios nunca pueden compartir nodo: con pocos nodos algunas se quedan en pending, y qué servicio responde en un nodo depende de la ubicación.`,
      fix: (service: string, free: string) =>
        `Dé a ${service} otro puerto publicado (${free} está libre), manteniendo el puerto de destino.`,
    },
    serviceNoNetwork: {
      title: (service: string) => `${service} no está en ninguna red definida por el usuario`,
      onIngress: "ingress (por sus puertos publicados)",
      onDefaults: "las redes por defecto de Docker",
      detail: (service: string, where: string) =>
        `${service} solo está conectado a ${where}. El descubrimiento de servicios de Swarm (el nombre del servicio y tasks.${service}) solo funciona en overlays definidas por el usuario, así que los demás servicios no pueden llegar a él por nombre ni él a ellos.`,
      fixAttach: (network: string) =>
        `Conéctelo a la overlay que usan sus pares (p. ej. ${network}); las tareas se reinician con la red nueva.`,
      fixCreate:
        "Cree una overlay y conecte el servicio a ella; las tareas se reinician con la red nueva.",
    },
    subnetOverlap: {
      pair: (x: string, a: string, y: string, b: string) => `${x} (${a}) y ${y} (${b})`,
      title: (a: string, b: string) => `Las redes ${a} y ${b} se solapan`,
      detail: (pairs: string) =>
        `Las subredes ${pairs} comparten direcciones. Una tarea o un contenedor conectado a ambas no sabe a qué red pertenece una dirección, y las rutas de los nodos se vuelven ambiguas; Docker rechaza estos solapamientos entre redes del swarm, así que una de ellas se creó por otro camino (una red local, o una red creada antes de conocerse la otra).`,
      fix: (network: string, free: string | null) =>
        `Vuelva a crear ${network} con una subred que no se solape con nada${free ? ` (${free} está libre)` : ""}. Sus servicios y contenedores se desconectan y se vuelven a conectar, así que se reinician.`,
    },
    firewall: {
      purposeManager: "gestión del clúster (raft, uniones)",
      purposeGossip: "gossip entre nodos (estado de red, peers)",
      title: (port: number, node: string, closed: boolean) =>
        `${port}/tcp en ${node} está ${closed ? "cerrado" : "filtrado"} desde el host del panel`,
      detail: (p: {
        address: string;
        purpose: string;
        closed: boolean;
        reason: string;
        node: string;
      }) =>
        `La conexión a ${p.address} (${p.purpose}) ${p.closed ? "fue rechazada: nada escucha ahí (Docker no está en modo swarm, o escucha en otra dirección) o un firewall la rechaza" : `obtuvo ${p.reason}: un firewall la descarta, o el host del panel no tiene ruta hasta el nodo`}. Los demás nodos necesitan este puerto para llegar a ${p.node}; el host del panel puede estar en otra parte de la red, así que confírmelo desde otro nodo.`,
      fix: (port: number, node: string) =>
        `Confírmelo desde otro nodo y después abra ${port}/tcp en ${node} hacia los demás nodos del swarm (uno de estos, según el firewall que use).`,
      udpTitle: (dataPort: number) =>
        `${dataPort}/udp y 7946/udp no se pueden comprobar desde aquí`,
      udpDetail: (summary: string, dataPort: number) =>
        `Los puertos TCP se probaron desde el host del panel (${summary}). UDP no tiene handshake: un puerto UDP cerrado o filtrado normalmente se queda callado, igual que uno abierto, así que no se puede demostrar de esta forma que ${dataPort}/udp (tráfico de datos VXLAN) y 7946/udp (gossip) estén abiertos. Cuando están bloqueados, los nodos se ven entre sí pero las tareas de nodos distintos no pueden hablar por las overlays.`,
      udpFix: (dataPort: number) =>
        `Asegúrese de que cada nodo acepta ${dataPort}/udp y 7946/udp de los demás nodos y pruebe tráfico overlay real entre tareas de dos nodos distintos (o observe los paquetes VXLAN mientras lo hace).`,
    },
  },
  deploy: {
    proxyRefused:
      "El proxy del socket de Docker de swarmnet no permite esta llamada, así que no se le preguntó a Docker. Para permitirla, ponga a 1 la variable SWARMNET_PROXY_*_WRITE correspondiente del servicio proxy (deploy/stack.yml) y despliegue el stack de nuevo.",
  },
} satisfies Dictionary;
