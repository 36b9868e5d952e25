using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

/// <summary>The staff area's start page: what waits for this person, and links to what they may use.</summary>
public sealed class StaffModel(FamilyAdviceQueries advice, WorkforceOverviewQueries workforce, StaffDeskQueries desk) : PerheverkkoPage
{
    public StaffHomeView View { get; private set; } = null!;
    public bool MayViewAdviceQueue { get; private set; }
    public bool MayManagePeople { get; private set; }
    public bool MayViewWorkforceOverview { get; private set; }
    public bool MayViewBulletins { get; private set; }
    public bool MayWriteAnnouncements { get; private set; }
    public bool MayViewYearCycle { get; private set; }
    /// <summary>Their own organisation's, or as a lead the region's, connection to the national service catalogue (issue #19).</summary>
    public bool MaySyncWithPtv { get; private set; }
    /// <summary>What waits for this person (issue #13 item 5): each feature's items, those with nothing owed left out.</summary>
    public IReadOnlyList<StaffDeskItem> Desk { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = HomeQueries.StaffHome(Actor);
        MayViewAdviceQueue = await advice.MayViewQueueAsync(Actor, cancellationToken);
        MayManagePeople = WorkforceQueries.MayManagePeople(Actor);
        MayViewBulletins = Bulletins.BulletinsQueries.MayView(Actor);
        MayWriteAnnouncements = Announcements.AnnouncementsQueries.MayWriteAnnouncements(Actor);
        MayViewYearCycle = ActionPlans.ActionPlanQueries.MayViewYearCycle(Actor);
        MaySyncWithPtv = Ptv.PtvStaffQueries.MaySyncAny(Actor);
        MayViewWorkforceOverview = await workforce.MayViewOverviewAsync(Actor, cancellationToken);
        Desk = await desk.DeskAsync(Actor, cancellationToken);
    }
}
