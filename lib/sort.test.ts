import { describe, expect, it } from "vitest";
import { compareValues, naturalCompare, nextSort, type SortValue, sortRows } from "@/lib/sort";

describe("naturalCompare", () => {
  it("orders numbers inside names by value", () => {
    expect(["svc-10", "svc-2", "svc-1", "Svc-3"].sort(naturalCompare)).toEqual([
      "svc-1",
      "svc-2",
      "Svc-3",
      "svc-10",
    ]);
  });

  it("is total: names equal but for case still get a fixed order", () => {
    expect(naturalCompare("Web", "web")).not.toBe(0);
    expect(naturalCompare("Web", "web")).toBe(-naturalCompare("web", "Web"));
  });
});

describe("compareValues", () => {
  it("compares numbers as numbers and puts empty last", () => {
    const values: SortValue[] = [10, null, 2, 33];
    expect(values.sort(compareValues)).toEqual([2, 10, 33, null]);
  });
});

describe("sortRows", () => {
  type Row = { name: string; tasks: number | null };
  const rows: Row[] = [
    { name: "svc-10", tasks: 1 },
    { name: "svc-2", tasks: 3 },
    { name: "svc-1", tasks: null },
    { name: "svc-3", tasks: 1 },
  ];
  const value = (r: Row, key: "name" | "tasks") => r[key];
  const byName = (r: Row) => r.name;

  it("sorts by any column either way, ties by name, empty cells last", () => {
    const asc = sortRows(rows, { key: "tasks", direction: "ascending" }, value, byName);
    expect(asc.map((r) => r.name)).toEqual(["svc-3", "svc-10", "svc-2", "svc-1"]);
    const desc = sortRows(rows, { key: "tasks", direction: "descending" }, value, byName);
    expect(desc.map((r) => r.name)).toEqual(["svc-2", "svc-3", "svc-10", "svc-1"]);
    const names = sortRows(rows, { key: "name", direction: "descending" }, value, byName);
    expect(names.map((r) => r.name)).toEqual(["svc-10", "svc-3", "svc-2", "svc-1"]);
  });

  it("does not touch the input", () => {
    sortRows(rows, { key: "name", direction: "ascending" }, value, byName);
    expect(rows[0]?.name).toBe("svc-10");
  });
});

describe("nextSort", () => {
  it("flips the sorted column and starts another ascending", () => {
    const byTasks = { key: "tasks", direction: "ascending" } as const;
    expect(nextSort(byTasks, "tasks")).toEqual({ key: "tasks", direction: "descending" });
    expect(nextSort({ ...byTasks, direction: "descending" }, "tasks").direction).toBe("ascending");
    expect(nextSort(byTasks, "name")).toEqual({ key: "name", direction: "ascending" });
  });
});
