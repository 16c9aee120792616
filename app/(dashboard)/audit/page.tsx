import { AuditClient } from "./audit-client";

export const dynamic = "force-dynamic";

export default function AuditPage() {
  return <AuditClient />;
}
