using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// The organisation's people in the network's activities (issue #16): people, checks, volunteers' briefing, support and
/// insurance; the organisation's policies and guideline; the people of an activity; the coordinator's counts. Staff only;
/// every use case asks the access engine about the person's organisation, so one organisation never reaches another's.
/// </summary>
public static class WorkforceApi
{
    public static void MapWorkforceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Workforce");
        MapPeople(api);
        MapGuideline(api);
        MapActivityPeople(api);
    }

    // ---- People: /workforce/people … (the people helper) ----

    private static void MapPeople(RouteGroupBuilder api)
    {
    }

    // ---- end of people ----



    // ---- Policies, guideline, overview: /workforce/policies, /workforce/settings, /workforce/overview (the guideline helper) ----

    private static void MapGuideline(RouteGroupBuilder api)
    {
    }

    // ---- end of policies, guideline, overview ----



    // ---- The people of an activity: /activities/{id}/people … (the activities helper) ----

    private static void MapActivityPeople(RouteGroupBuilder api)
    {
    }

    // ---- end of the people of an activity ----
}
