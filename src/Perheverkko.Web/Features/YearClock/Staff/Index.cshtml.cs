using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.YearClock.Staff;

/// <summary>
/// The region's year (<c>/staff/year-clock</c>, <c>?year=</c>): a twelve-month strip drawn on the server and the same
/// tasks as a table by month; the coordinator adds, changes and removes tasks (removing asks to confirm); anyone of the
/// region makes their secret calendar address.
/// </summary>
public sealed class IndexModel(YearClockQueries queries, SaveYearClockTask save, RemoveYearClockTask remove, CreateYearClockFeed createFeed,
    PublicAddress links) : PerheverkkoPage
{
    public sealed class TaskInput
    {
        public LocalizedTextInput Title { get; set; } = new(null, null, null);
        public int? StartMonth { get; set; }
        public int? EndMonth { get; set; }
        public int? Day { get; set; }
        public Guid? OwnerUserId { get; set; }
        public int? ReminderDays { get; set; } = 14;
    }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    /// <summary>The task being edited (none: a new one).</summary>
    [BindProperty(SupportsGet = true, Name = "task")] public Guid? TaskId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public TaskInput Input { get; set; } = new();
    [BindProperty] public bool Confirm { get; set; }
    public YearClockView View { get; private set; } = null!;
    public bool ConfirmingRemoval { get; private set; }
    /// <summary>The calendar address just made: shown this once.</summary>
    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.YearAsync(Actor, Year, cancellationToken);
        if (TaskId is { } id && View.Tasks.FirstOrDefault(t => t.Id == id) is { } t)
            Input = new TaskInput { Title = LocalizedTextInput.From(t.Title), StartMonth = t.StartMonth, EndMonth = t.EndMonth, Day = t.Day, OwnerUserId = t.OwnerUserId, ReminderDays = t.ReminderDays };
        else TaskId = null;
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var request = new SaveYearClockTask.Request(Input.Title, Input.StartMonth, Input.EndMonth, Input.Day, Input.OwnerUserId, Input.ReminderDays);
        if (await TryAsync(() => save.HandleAsync(Actor, TaskId, request, cancellationToken)))
            return Redirect($"/staff/year-clock?year={Year}&done=saved");
        View = await queries.YearAsync(Actor, Year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        View = await queries.YearAsync(Actor, Year, cancellationToken);
        if (TaskId is not { } id) return NotFound();
        if (!Confirm)
        {
            // The first step only asks: nothing is removed until the second.
            ConfirmingRemoval = true;
            return Page();
        }
        if (await TryAsync(() => remove.HandleAsync(Actor, id, cancellationToken), ""))
            return Redirect($"/staff/year-clock?year={Year}&done=removed");
        return Page();
    }

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        var path = await createFeed.HandleAsync(Actor, cancellationToken);
        FeedUrl = links.Absolute(path);
        View = await queries.YearAsync(Actor, Year, cancellationToken);
        return Page();
    }
}
