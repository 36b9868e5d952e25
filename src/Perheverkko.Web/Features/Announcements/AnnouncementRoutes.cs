using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>
/// The announcements' second addresses: the public pages under <c>/r/{region}</c> like the directory's (decision 0026),
/// and the staff form's address for an existing announcement beside <c>/staff/announcements/new</c>.
/// </summary>
public static class AnnouncementRoutes
{
    public static void AddAnnouncementAddresses(this PageConventionCollection conventions)
    {
        conventions.AddPageRoute("/Announcements/Public/List", "r/{region}/announcements");
        conventions.AddPageRoute("/Announcements/Public/Details", "r/{region}/announcements/{id:guid}");
        conventions.AddPageRoute("/Announcements/Staff/Edit", "staff/announcements/{id:guid}");
    }
}
