namespace Perheverkko.Web.Features.ActionPlans;

public enum GoalChangeKind { Added, Removed, Changed, Unchanged }

/// <summary>A goal as the comparison sees it: its fields as plain text (Finnish), and the goal it was copied from.</summary>
public sealed record GoalSnapshot(Guid Id, Guid? SourceGoalId, ActionPlanArea Area, string Title, string Description, string Responsible,
    string Measures, string Resources, string Indicator);

/// <summary>One changed field of a paired goal: its name (a text key's last part) and the two values.</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>A goal of either year: added (only in the newer), removed (only in the older), changed or unchanged.</summary>
public sealed record GoalChange(GoalChangeKind Kind, ActionPlanArea Area, string Title, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// Pairs the goals of two plans by identity, not by title: a copied goal keeps a reference to its source, so a goal
/// renamed in the new year is "changed", not "removed and added". Plans further apart are paired through the chain of
/// copies (<paramref name="lineage"/>: every goal of the region and its source).
/// </summary>
public static class ActionPlanComparer
{
    public static IReadOnlyList<GoalChange> Compare(IReadOnlyList<GoalSnapshot> older, IReadOnlyList<GoalSnapshot> newer,
        IReadOnlyDictionary<Guid, Guid?>? lineage = null)
    {
        var olderIds = older.Select(g => g.Id).ToHashSet();
        // Follows a newer goal's sources back until one is in the older plan.
        Guid? Ancestor(GoalSnapshot goal)
        {
            var current = goal.SourceGoalId;
            for (var hops = 0; current is { } id && hops < 100; hops++)
            {
                if (olderIds.Contains(id)) return id;
                current = lineage is not null && lineage.TryGetValue(id, out var next) ? next : null;
            }
            return null;
        }

        var changes = new List<GoalChange>();
        var paired = new HashSet<Guid>();
        foreach (var goal in newer)
        {
            var source = Ancestor(goal) is { } a && paired.Add(a) ? older.First(o => o.Id == a) : null;
            if (source is null) { changes.Add(new GoalChange(GoalChangeKind.Added, goal.Area, goal.Title, [])); continue; }
            var fields = new List<FieldChange>();
            void Field(string name, string before, string after) { if (before != after) fields.Add(new FieldChange(name, before, after)); }
            Field("area", source.Area.ToString(), goal.Area.ToString());
            Field("title", source.Title, goal.Title);
            Field("description", source.Description, goal.Description);
            Field("responsible", source.Responsible, goal.Responsible);
            Field("measures", source.Measures, goal.Measures);
            Field("resources", source.Resources, goal.Resources);
            Field("indicator", source.Indicator, goal.Indicator);
            changes.Add(new GoalChange(fields.Count == 0 ? GoalChangeKind.Unchanged : GoalChangeKind.Changed, goal.Area, goal.Title, fields));
        }
        changes.AddRange(older.Where(o => !paired.Contains(o.Id)).Select(o => new GoalChange(GoalChangeKind.Removed, o.Area, o.Title, [])));
        return changes.OrderBy(c => c.Area).ThenBy(c => c.Kind).ToList();
    }
}
