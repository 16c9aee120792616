import { describe, expect, it } from "vitest";
import { parseDockerEvent, sinceAfter, timeNanoOf } from "./docker-event";

const line = (o: object) => JSON.stringify(o);

describe("parseDockerEvent", () => {
  it("reduces a network event to type, action, id, name and time in ms", () => {
    const raw = `{"Type":"network","Action":"create","Actor":{"ID":"abc123","Attributes":{"name":"live-x","type":"overlay"}},"scope":"swarm","time":1700000000,"timeNano":1700000000123456789}`;
    expect(parseDockerEvent(raw)).toEqual({
      type: "network",
      action: "create",
      id: "abc123",
      name: "live-x",
      time: 1700000000123,
    });
  });

  it("names the service of a task container and trims the action detail", () => {
    const e = parseDockerEvent(
      line({
        Type: "container",
        Action: "health_status: healthy",
        Actor: {
          ID: "c1",
          Attributes: { name: "web.1.x", "com.docker.swarm.service.name": "web" },
        },
        time: 1,
      }),
    );
    expect(e).toMatchObject({
      type: "container",
      action: "health_status",
      name: "web.1.x",
      service: "web",
      time: 1000,
    });
  });

  it("skips exec chatter, unknown types and malformed lines", () => {
    expect(
      parseDockerEvent(line({ Type: "container", Action: "exec_start: sh", Actor: { ID: "c" } })),
    ).toBeNull();
    expect(
      parseDockerEvent(line({ Type: "image", Action: "pull", Actor: { ID: "i" } })),
    ).toBeNull();
    expect(parseDockerEvent("{not json")).toBeNull();
    expect(parseDockerEvent(line({ nothing: true }))).toBeNull();
  });

  it("accepts a missing Actor or Attributes", () => {
    expect(parseDockerEvent(line({ Type: "node", Action: "update", time: 2 }))).toEqual({
      type: "node",
      action: "update",
      id: "",
      name: "",
      time: 2000,
    });
  });
});

describe("resume position", () => {
  it("reads timeNano exactly (above 2^53) and resumes one nanosecond later", () => {
    const nano = timeNanoOf('{"Type":"x","time":1,"timeNano":1700000000999999999}');
    expect(nano).toBe(1700000000999999999n);
    expect(sinceAfter(nano as bigint)).toBe("1700000001.000000000");
    expect(sinceAfter(1700000000000000041n)).toBe("1700000000.000000042");
    expect(timeNanoOf('{"Type":"x"}')).toBeNull();
  });
});
