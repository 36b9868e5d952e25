using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>The survey's second addresses: the public form under <c>/r/{region}</c> (decision 0026), and the evaluations' staff form beside its year.</summary>
public static class FamilySurveyRoutes
{
    public static void AddFamilySurveyAddresses(this PageConventionCollection conventions)
    {
        conventions.AddPageRoute("/FamilySurvey/Public/Answer", "r/{region}/survey/{id:guid}");
    }
}
