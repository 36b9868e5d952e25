namespace Perheverkko.Web.Platform.Access;

public static class HttpContextActor
{
    public static Actor? Actor(this HttpContext http) => Access.Actor.From(http.User);
}
