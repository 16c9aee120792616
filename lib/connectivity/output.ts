import { t } from "@/lib/i18n/current";

/**
 * The probe's log lines, parsed. The probe (see script.ts) prints marker lines
 * `swarmnet-probe …` around busybox nslookup's own output and one line per TCP check.
 */
export const MARK = "swarmnet-probe";

export type RawDns = { name: string; answers: string[]; exitCode: number | null };
export type RawTcp = { ip: string; port: number; exitCode: number; ms: number; message: string };
export type ProbeOutput = { dns: RawDns[]; tcp: RawTcp[]; complete: boolean };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Answers in one nslookup block: the "Address" lines after a "Name:" line (the
 * "Address:" right after "Server:" is the resolver itself, 127.0.0.11).
 */
export function nslookupAnswers(lines: string[]): string[] {
  const answers: string[] = [];
  let inAnswer = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (/^Name:/.test(trimmed)) {
      inAnswer = true;
      continue;
    }
    if (/^Server:/.test(trimmed) || trimmed === "") {
      if (/^Server:/.test(trimmed)) inAnswer = false;
      continue;
    }
    const m = /^Address(?:\s+\d+)?:\s*(\S+)$/.exec(trimmed);
    if (inAnswer && m?.[1] && IPV4.test(m[1]) && !answers.includes(m[1])) answers.push(m[1]);
  }
  return answers;
}

export type TcpFailure = "timeout" | "refused" | "unreachable" | "other";

/** What went wrong, from nc's exit code and complaint (its texts are busybox's, in English). */
export function tcpFailure(exitCode: number, message: string): TcpFailure {
  if (exitCode === 124 || exitCode === 143 || /timed out/i.test(message)) return "timeout";
  if (/refused/i.test(message)) return "refused";
  if (/unreachable|no route/i.test(message)) return "unreachable";
  return "other";
}

/** nc's complaint, in words an admin knows, in the current language (nc's own text as is). */
export function tcpError(exitCode: number, message: string): string {
  const m = t().probe.tcp;
  const failure = tcpFailure(exitCode, message);
  if (failure === "timeout") return m.timedOut;
  if (failure === "refused") return m.refused;
  if (failure === "unreachable") return m.noRoute;
  return message.trim() || m.ncExited(exitCode);
}

export function parseProbeOutput(text: string): ProbeOutput {
  const out: ProbeOutput = { dns: [], tcp: [], complete: false };
  let block: { name: string; lines: string[] } | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith(`${MARK} `)) {
      block?.lines.push(line);
      continue;
    }
    const [kind, ...rest] = line.slice(MARK.length + 1).split(" ");
    if (kind === "dns-begin" && rest[0]) block = { name: rest[0], lines: [] };
    else if (kind === "dns-end" && block) {
      const code = Number(rest[1]);
      out.dns.push({
        name: block.name,
        answers: nslookupAnswers(block.lines),
        exitCode: Number.isInteger(code) ? code : null,
      });
      block = null;
    } else if (kind === "tcp" && rest.length >= 4) {
      const [ip = "", port, code, ms, ...message] = rest;
      out.tcp.push({
        ip,
        port: Number(port),
        exitCode: Number(code),
        ms: Number(ms),
        message: message.join(" "),
      });
    } else if (kind === "end") out.complete = true;
  }
  return out;
}
