import type { Snapshot } from "@/lib/model/snapshot";

/**
 * Snapshot patches: what changed between two revisions of the live model, as
 * whole objects keyed by id. The server applies a patch to its model and sends
 * the same patch to every browser, which applies it to its cached snapshot
 * with the same function, so both sides hold the same data at a revision.
 * Unchanged objects keep their identity, so React re-renders only what changed.
 */

export const COLLECTIONS = ["networks", "services", "tasks", "nodes", "containers"] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const SINGLETONS = ["engine", "swarm", "gwbridgeEndpoints"] as const;
export type Singleton = (typeof SINGLETONS)[number];

type Item<C extends Collection> = Snapshot[C][number];

export type SnapshotChanges = {
  upsert?: { [C in Collection]?: Snapshot[C] };
  remove?: { [C in Collection]?: string[] };
  set?: { [S in Singleton]?: Snapshot[S] };
};

/**
 * What a re-read returned. A slice replaces the part of a collection in its
 * scope: the whole collection, the objects with these ids, or (tasks) every
 * task of these services. Objects in scope that the re-read did not return are gone.
 */
export type SliceScope = "all" | { ids: string[] } | { serviceIds: string[] };
export type Slice<C extends Collection> = { scope: SliceScope; items: Snapshot[C] };
export type Refresh = { [C in Collection]?: Slice<C> } & { [S in Singleton]?: Snapshot[S] };

export const isEmptyChanges = (c: SnapshotChanges): boolean =>
  Object.values(c.upsert ?? {}).every((l) => l.length === 0) &&
  Object.values(c.remove ?? {}).every((l) => l.length === 0) &&
  Object.keys(c.set ?? {}).length === 0;

function inScope(scope: SliceScope, item: { id: string; serviceId?: string }): boolean {
  if (scope === "all") return true;
  if ("ids" in scope) return scope.ids.includes(item.id);
  return item.serviceId !== undefined && scope.serviceIds.includes(item.serviceId);
}

// DTOs come from the same reshape functions, so equal objects serialise identically.
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The changes that turn `current` into what `refresh` re-read (empty when nothing differs). */
export function changesFrom(current: Snapshot, refresh: Refresh): SnapshotChanges {
  const upserts: NonNullable<SnapshotChanges["upsert"]> = {};
  const removes: NonNullable<SnapshotChanges["remove"]> = {};
  const sets: NonNullable<SnapshotChanges["set"]> = {};
  for (const c of COLLECTIONS) {
    const slice = refresh[c] as Slice<typeof c> | undefined;
    if (!slice) continue;
    const before = new Map<string, Item<typeof c>>();
    for (const item of current[c] as Item<typeof c>[]) {
      if (inScope(slice.scope, item)) before.set(item.id, item);
    }
    const upsert: Item<typeof c>[] = [];
    const seen = new Set<string>();
    for (const item of slice.items as Item<typeof c>[]) {
      seen.add(item.id);
      const old = before.get(item.id);
      if (!old || !same(old, item)) upsert.push(item);
    }
    const remove = [...before.keys()].filter((id) => !seen.has(id));
    if (upsert.length > 0) upserts[c] = upsert as never;
    if (remove.length > 0) removes[c] = remove;
  }
  for (const s of SINGLETONS) {
    if (!(s in refresh)) continue;
    const value = refresh[s];
    if (!same(current[s], value)) sets[s] = value as never;
  }
  const changes: SnapshotChanges = {};
  if (Object.keys(upserts).length > 0) changes.upsert = upserts;
  if (Object.keys(removes).length > 0) changes.remove = removes;
  if (Object.keys(sets).length > 0) changes.set = sets;
  return changes;
}

function applyToList<T extends { id: string }>(list: T[], upsert: T[] = [], remove: string[] = []) {
  if (upsert.length === 0 && remove.length === 0) return list;
  const replaced = new Map(upsert.map((item) => [item.id, item]));
  const removed = new Set(remove);
  const next: T[] = [];
  for (const item of list) {
    if (removed.has(item.id)) continue;
    const replacement = replaced.get(item.id);
    next.push(replacement ?? item);
    replaced.delete(item.id);
  }
  // New objects go last, in the order the re-read returned them.
  next.push(...replaced.values());
  return next;
}

/** `snapshot` with `changes` applied; every untouched array and object keeps its identity. */
export function applyChanges<S extends Snapshot>(snapshot: S, changes: SnapshotChanges): S {
  const next: S = { ...snapshot };
  for (const c of COLLECTIONS) {
    const list = applyToList(
      snapshot[c] as Item<typeof c>[],
      changes.upsert?.[c] as Item<typeof c>[] | undefined,
      changes.remove?.[c],
    );
    (next as Snapshot)[c] = list as never;
  }
  for (const s of SINGLETONS) {
    if (changes.set && s in changes.set) (next as Snapshot)[s] = changes.set[s] as never;
  }
  return next;
}
