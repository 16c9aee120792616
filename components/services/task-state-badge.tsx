import { Badge } from "@/components/ui/badge";
import type { Task } from "@/lib/model/task";

/** Green while running, red when Docker reported an error, grey for every other state. */
export function TaskStateBadge({ task }: { task: Pick<Task, "state" | "error"> }) {
  return (
    <Badge tone={task.state === "running" ? "good" : task.error ? "bad" : "neutral"}>
      {task.state}
    </Badge>
  );
}
