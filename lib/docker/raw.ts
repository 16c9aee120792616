/**
 * The subset of Docker Engine API JSON (v1.41+) that swarmnet reads.
 * Everything is optional because Docker omits empty fields freely.
 */
import type { IpamConfigRequest } from "@/lib/cli/network";
import type { NetworkAttachmentRequest, PortConfigRequest } from "@/lib/cli/service-update";

export type RawIpamConfig = Partial<IpamConfigRequest>;

export type RawEndpoint = {
  Name?: string;
  EndpointID?: string;
  MacAddress?: string;
  IPv4Address?: string;
  IPv6Address?: string;
};

export type RawNetwork = {
  Id: string;
  Name: string;
  Created?: string;
  Scope?: string;
  Driver?: string;
  EnableIPv6?: boolean;
  IPAM?: {
    Driver?: string;
    Config?: RawIpamConfig[] | null;
    Options?: Record<string, string> | null;
  };
  Internal?: boolean;
  Attachable?: boolean;
  Ingress?: boolean;
  Options?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
  Containers?: Record<string, RawEndpoint> | null;
  Peers?: { Name?: string; IP?: string }[] | null;
};

// The write side builds these (lib/cli/service-update.ts); reads get the same shapes back.
export type RawPortConfig = PortConfigRequest;

export type RawNetworkAttachmentConfig = NetworkAttachmentRequest;

export type RawServiceSpec = {
  Name?: string;
  Labels?: Record<string, string>;
  TaskTemplate?: {
    ContainerSpec?: { Image?: string };
    Networks?: RawNetworkAttachmentConfig[];
  };
  Mode?: { Replicated?: { Replicas?: number }; Global?: object };
  EndpointSpec?: { Mode?: string; Ports?: RawPortConfig[] };
  Networks?: RawNetworkAttachmentConfig[];
};

export type RawService = {
  ID: string;
  Version?: { Index?: number };
  CreatedAt?: string;
  UpdatedAt?: string;
  Spec?: RawServiceSpec;
  PreviousSpec?: RawServiceSpec;
  Endpoint?: {
    Spec?: { Mode?: string; Ports?: RawPortConfig[] };
    Ports?: RawPortConfig[];
    VirtualIPs?: { NetworkID?: string; Addr?: string }[];
  };
  ServiceStatus?: { RunningTasks?: number; DesiredTasks?: number };
};

export type RawTask = {
  ID: string;
  ServiceID?: string;
  Slot?: number;
  NodeID?: string;
  UpdatedAt?: string;
  DesiredState?: string;
  Status?: {
    State?: string;
    Message?: string;
    Err?: string;
    ContainerStatus?: { ContainerID?: string };
  };
  NetworksAttachments?: {
    Network?: { ID?: string; Spec?: { Name?: string } };
    Addresses?: string[];
  }[];
};

export type RawNode = {
  ID: string;
  Spec?: { Role?: string; Availability?: string; Labels?: Record<string, string> };
  Description?: {
    Hostname?: string;
    Platform?: { OS?: string; Architecture?: string };
    Engine?: { EngineVersion?: string };
  };
  Status?: { State?: string; Message?: string; Addr?: string };
  ManagerStatus?: { Leader?: boolean; Reachability?: string; Addr?: string };
};

export type RawSwarmCluster = {
  ID?: string;
  CreatedAt?: string;
  UpdatedAt?: string;
  DefaultAddrPool?: string[];
  SubnetSize?: number;
  DataPathPort?: number;
  JoinTokens?: { Worker?: string; Manager?: string };
};

export type RawInfo = {
  Name?: string;
  ServerVersion?: string;
  OSType?: string;
  Swarm?: {
    NodeID?: string;
    NodeAddr?: string;
    LocalNodeState?: string;
    ControlAvailable?: boolean;
    Cluster?: RawSwarmCluster;
  };
};

export type RawContainer = {
  Id: string;
  Names?: string[];
  Image?: string;
  State?: string;
  Status?: string;
  Labels?: Record<string, string>;
  NetworkSettings?: {
    Networks?: Record<
      string,
      {
        NetworkID?: string;
        IPAddress?: string;
        GlobalIPv6Address?: string;
        MacAddress?: string;
        Aliases?: string[] | null;
      }
    >;
  };
};
