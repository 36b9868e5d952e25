namespace Perheverkko.Testing.Ptv;

// TEMPORARY (helper C's branch only): the import branch writes the real examples; the lead takes that file at merge.
public sealed partial class FakePtv
{
    /// <summary>Stands in for the import branch's example organisation (Mikkeli's services and service locations).</summary>
    public void SeedExampleOrganisation(Guid ptvOrganisationId, string municipalityCode = "491")
    {
    }
}
