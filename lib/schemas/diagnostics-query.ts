import { z } from "zod";
import { MTU_MAX, MTU_MIN } from "@/lib/net/mtu";

/** `GET /api/diagnostics?probe=0&underlayMtu=1450`. */
export const diagnosticsQuerySchema = z
  .object({
    probe: z.enum(["0", "1"]).optional(),
    underlayMtu: z.coerce.number().int().min(MTU_MIN).max(MTU_MAX).optional(),
  })
  .strict();
