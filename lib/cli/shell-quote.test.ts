import { describe, expect, it } from "vitest";
import { shellJoin, shellQuote } from "@/lib/cli/shell-quote";

describe("shellQuote", () => {
  it.each([
    ["web", "web"],
    [
      "published=8080,target=80,protocol=udp,mode=host",
      "published=8080,target=80,protocol=udp,mode=host",
    ],
    ["10.0.0.0/24", "10.0.0.0/24"],
    ["2001:db8::/64", "2001:db8::/64"],
    ["com.docker.network.driver.mtu=1450", "com.docker.network.driver.mtu=1450"],
  ])("leaves %s alone", (arg, expected) => {
    expect(shellQuote(arg)).toBe(expected);
  });

  it.each([
    ["", "''"],
    ["a b", "'a b'"],
    ["it's", "'it'\\''s'"],
    ["$(rm -rf /)", "'$(rm -rf /)'"],
    ["owner=ops;team", "'owner=ops;team'"],
    ["*", "'*'"],
    ["~root", "'~root'"],
    ["a\nb", "'a\nb'"],
    ['say "hi"', "'say \"hi\"'"],
  ])("quotes %j", (arg, expected) => {
    expect(shellQuote(arg)).toBe(expected);
  });

  it("joins words", () => {
    expect(shellJoin(["docker", "network", "create", "--label", "note=two words", "net"])).toBe(
      "docker network create --label 'note=two words' net",
    );
  });
});
