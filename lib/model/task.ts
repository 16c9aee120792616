import { z } from "zod";

export const taskAddressSchema = z.object({
  networkId: z.string(),
  networkName: z.string(),
  addr: z.string(),
});

export const taskSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  /** Replica slot for replicated services; null for global ones. */
  slot: z.number().nullable(),
  nodeId: z.string().nullable(),
  state: z.string(),
  desiredState: z.string(),
  message: z.string(),
  error: z.string().nullable(),
  containerId: z.string().nullable(),
  addresses: z.array(taskAddressSchema),
  updatedAt: z.string(),
});

export type Task = z.infer<typeof taskSchema>;
export type TaskAddress = z.infer<typeof taskAddressSchema>;
