import { z } from "zod";

export const loginSchema = z
  .object({ token: z.string().min(1, { error: "enter a token" }).max(512) })
  .strict();

export type LoginInput = z.infer<typeof loginSchema>;
