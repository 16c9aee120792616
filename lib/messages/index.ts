import { en, type Messages } from "./en";

/** The UI language. Spanish arrives as lib/messages/es.ts with the same keys. */
export function messages(): Messages {
  return en;
}

export type { Messages };
