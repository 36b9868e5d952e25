using Perheverkko.Web.Features.Administration;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.UnitTests.Platform.Web;

/// <summary>Schema names in openapi/v1.json: one per CLR type, nested and generic types named in full (issue #14 item 3).</summary>
public sealed class OpenApiSchemaNamesTests
{
    [Fact]
    public void Nested_generic_and_nullable_types_get_distinct_readable_names()
    {
        Assert.Equal("CreateOrganisationRequest", SchemaNames.NameOf(typeof(CreateOrganisation.Request)));
        Assert.Equal("PageOfAuditRowView", SchemaNames.NameOf(typeof(PageOf<AuditRowView>)));
        Assert.Equal("OrganisationKind", SchemaNames.NameOf(typeof(OrganisationKind?)));

        // Every nested Request record of the app has a name of its own (they all used to be "Request").
        var requests = typeof(SchemaNames).Assembly.GetTypes().Where(t => t.IsNested && t.Name == "Request").ToList();
        Assert.True(requests.Count > 30);
        var names = requests.Select(SchemaNames.NameOf).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.DoesNotContain("Request", names);
    }
}
