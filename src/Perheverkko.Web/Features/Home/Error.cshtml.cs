using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

/// <summary>The error page for people: a status and what to do, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PerheverkkoPage
{
    public int Status { get; private set; }

    public void OnGet(int? code) => Status = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
    public void OnPost(int? code) => OnGet(code);
}
