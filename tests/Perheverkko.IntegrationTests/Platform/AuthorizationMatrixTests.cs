using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Every endpoint and page of the app, tried by everyone: anonymous, each role, and a representative of another
/// organisation. The table below is the declaration of who may use what; an endpoint missing from it fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    /// <summary>
    /// Who asks. The last two work in another region (the fictional <see cref="SecondRegion"/>): they are not in the
    /// table; for them every public route is allowed, every staff route that names a South Savo object answers 404
    /// (decision 0025: another region's record is not found), and every other staff route answers as it does to the
    /// same role in South Savo (a coordinator as <see cref="Coordinator"/>, a representative as
    /// <see cref="OtherRepresentative"/>), on their own region's records.
    /// </summary>
    private enum Caller { Anonymous, Admin, Coordinator, OwnRepresentative, OtherRepresentative, Professional, OtherRegionCoordinator, OtherRegionRepresentative }

    private static readonly Caller[] Everyone = Enum.GetValues<Caller>();
    private static readonly Caller[] Staff = [Caller.Admin, Caller.Coordinator, Caller.OwnRepresentative, Caller.OtherRepresentative, Caller.Professional];
    private static readonly Caller[] Region = [Caller.Admin, Caller.Coordinator];
    private static readonly Caller[] RegionOrOwn = [Caller.Admin, Caller.Coordinator, Caller.OwnRepresentative];
    private static readonly Caller[] AdminOnly = [Caller.Admin];
    /// <summary>Those who keep their own organisation's people (workforce): each representative and the coordinator, for their own organisation.</summary>
    private static readonly Caller[] OwnOrganisationKeepers = [Caller.Coordinator, Caller.OwnRepresentative, Caller.OtherRepresentative];
    /// <summary>
    /// Only a party's named signatory, and no demo account is one: every caller is refused (anonymous asked to sign in).
    /// An array of its own (not the shared empty one of <c>[]</c>), so the expectations can tell it apart.
    /// </summary>
    private static readonly Caller[] NamedSignatoryOnly = new Caller[0];

    /// <summary>Who may use each endpoint ("METHOD route"). Objects in routes belong to Mikkeli, the own representative's organisation.</summary>
    private static readonly Dictionary<string, Caller[]> Allowed = new()
    {
        ["GET /api/v1/organisations"] = Everyone,
        ["GET /api/v1/organisations/{id:guid}"] = Everyone,
        ["GET /api/v1/organisations/{id:guid}/staff-view"] = Staff,
        ["POST /api/v1/organisations"] = Region,
        ["PUT /api/v1/organisations/{id:guid}"] = RegionOrOwn,
        ["POST /api/v1/organisations/{id:guid}/contact-persons"] = RegionOrOwn,
        ["DELETE /api/v1/organisations/{id:guid}/contact-persons/{personId:guid}"] = RegionOrOwn,
        ["GET /api/v1/regions"] = Everyone,
        // Regions: only a national administrator adds one; the terms are South Savo's (every demo account's region).
        ["POST /api/v1/regions"] = AdminOnly,
        ["GET /api/v1/regions/{region}/terms"] = Staff,
        ["PUT /api/v1/regions/{region}/terms"] = Region,
        ["GET /api/v1/municipalities"] = Everyone,
        ["GET /api/v1/family-centres"] = Everyone,
        // The old addresses of agreement versions, by id, served for one more release (decision 0024).
        ["GET /api/v1/agreement-periods"] = Everyone,
        ["GET /api/v1/agreement-periods/{id:guid}/parties"] = Everyone,
        // The agreement's text: the object is the version in force (2026-2029), so writes meet the frozen text (409) once past the access check.
        ["GET /api/v1/agreement-versions"] = Everyone,
        ["GET /api/v1/agreement-versions/compare"] = Everyone,
        ["GET /api/v1/agreement-versions/{period}"] = Everyone,
        ["GET /api/v1/agreement-versions/{period}/text"] = Everyone,
        ["GET /api/v1/agreement-versions/{period}/parties"] = Everyone,
        ["POST /api/v1/agreement-versions"] = Region,
        ["POST /api/v1/agreement-versions/{period}/sections"] = Region,
        ["PUT /api/v1/agreement-versions/{period}/sections/{number:int}"] = Region,
        ["DELETE /api/v1/agreement-versions/{period}/sections/{number:int}"] = Region,
        ["PUT /api/v1/agreement-versions/{period}/background-documents"] = Region,
        ["GET /api/v1/agreement-versions/{period}/comments"] = Staff,
        // Both representatives' organisations are parties of 2026-2029; a professional is not a representative.
        ["POST /api/v1/agreement-versions/{period}/sections/{number:int}/comments"] = [Caller.Admin, Caller.Coordinator, Caller.OwnRepresentative, Caller.OtherRepresentative],
        ["POST /api/v1/agreement-versions/{period}/processing"] = Region,
        ["POST /api/v1/agreement-versions/{period}/freeze"] = Region,
        ["GET /api/v1/agreement-versions/{period}/duties"] = Staff,
        ["GET /api/v1/me"] = Staff,
        ["GET /api/v1/me/tokens"] = Staff,
        ["POST /api/v1/me/tokens"] = Staff,
        ["DELETE /api/v1/me/tokens/{id:guid}"] = Staff,
        ["POST /api/v1/users"] = AdminOnly,
        ["GET /api/v1/audit"] = Region,
        ["GET /api/v1/outbox"] = Region,
        // Governance: objects are the seeded leadership group (visible to the parties' staff), a meeting planned in it, a
        // membership, and an agenda item with a document of a cancelled meeting (so writes past the access check meet 409/422).
        ["GET /api/v1/groups"] = Staff,
        ["GET /api/v1/groups/{id:guid}"] = Staff,
        ["POST /api/v1/groups"] = Region,
        ["POST /api/v1/groups/{id:guid}/memberships"] = Region,
        ["POST /api/v1/memberships/{id:guid}/end"] = Region,
        ["POST /api/v1/groups/{id:guid}/roles"] = Region,
        ["POST /api/v1/groups/{id:guid}/meetings"] = Region,
        ["POST /api/v1/groups/{id:guid}/meetings/year"] = Region,
        ["GET /api/v1/meetings/{id:guid}"] = Staff,
        ["PUT /api/v1/meetings/{id:guid}"] = Region,
        ["POST /api/v1/meetings/{id:guid}/cancellation"] = Region,
        ["POST /api/v1/meetings/{id:guid}/agenda-items"] = Region,
        ["PUT /api/v1/agenda-items/{id:guid}"] = Region,
        ["DELETE /api/v1/agenda-items/{id:guid}"] = Region,
        ["POST /api/v1/meetings/{id:guid}/invitations"] = Region,
        ["POST /api/v1/agenda-items/{id:guid}/attachments"] = Region,
        // The cancelled meeting's agenda was sent to no one, but it is no longer being prepared: whoever sees the group reads it.
        ["GET /api/v1/attachments/{id:guid}"] = Staff,
        ["DELETE /api/v1/attachments/{id:guid}"] = Region,
        // Everyone who sees the meeting may ask; who is not a member is told so (409), not refused.
        ["POST /api/v1/meetings/{id:guid}/absence"] = Staff,
        ["DELETE /api/v1/meetings/{id:guid}/absence"] = Staff,
        ["PUT /api/v1/groups/{id:guid}/quorum"] = Region,
        ["POST /api/v1/meetings/{id:guid}/held"] = Region,
        ["PUT /api/v1/meetings/{id:guid}/attendance"] = Region,
        ["PUT /api/v1/agenda-items/{id:guid}/minutes"] = Region,
        ["POST /api/v1/meetings/{id:guid}/minutes"] = Region,
        // The chair approves (no chair is named in the seed); of the roles only admin may stand in.
        ["POST /api/v1/meetings/{id:guid}/minutes/approval"] = AdminOnly,
        ["POST /api/v1/meetings/{id:guid}/minutes/corrections"] = AdminOnly,
        // Staff who see the meeting are answered (409 until the minutes are approved).
        ["GET /api/v1/meetings/{id:guid}/minutes.pdf"] = Staff,
        ["POST /api/v1/meetings/{id:guid}/previous-minutes/approval"] = Region,
        ["PUT /api/v1/groups/{id:guid}/minutes-approval"] = Region,
        ["GET /api/v1/organisations/{id:guid}/decision-packages"] = Staff,
        ["PUT /api/v1/organisations/{id:guid}/decision-packages/{itemId:guid}"] = RegionOrOwn,
        ["GET /calendar/{token}.ics"] = Everyone, // the secret address is the credential: an unknown one is 404 for everyone
        // Agreement signing, on the 2026–2029 version (a draft in this test, so writes are refused by rules, not access) and Mikkeli as the party.
        ["GET /api/v1/agreement-versions/{period}/signing"] = Staff,
        ["POST /api/v1/agreement-versions/{period}/signing"] = Region,
        ["POST /api/v1/agreement-versions/{period}/end"] = Region,
        ["POST /api/v1/agreement-versions/{period}/parties"] = Region,
        ["PUT /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/decision"] = RegionOrOwn,
        ["PUT /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/decision/attachment"] = RegionOrOwn,
        ["GET /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/decision/attachment"] = Staff,
        ["PUT /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/signatories"] = RegionOrOwn,
        // Only the party's named signatory passes access (then signing asks for a second factor); the party's representative and admin do not.
        ["POST /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/signatures"] = NamedSignatoryOnly,
        ["POST /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/rejections"] = NamedSignatoryOnly,
        ["POST /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/notice"] = [Caller.Admin, Caller.OwnRepresentative],
        ["DELETE /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/notice"] = [Caller.Admin, Caller.OwnRepresentative],
        ["POST /api/v1/agreement-versions/{period}/parties/{organisationId:guid}/leaving"] = Region,
        ["GET /api/v1/agreement-versions/{period}/certificate"] = Staff,
        ["GET /api/v1/agreement-versions/{period}/certificate.pdf"] = Staff,
        // Staff of the parties (every demo account's organisation is a party of 2026–2029) and the region's leads; outsiders in PartyRelationshipsTests.
        ["GET /api/v1/agreement-versions/{period}/annex"] = Staff,
        ["GET /api/v1/agreement-versions/{period}/annex.pdf"] = Staff,
        ["GET /api/v1/agreement-versions/{period}/annex.xlsx"] = Staff,
        ["GET /api/v1/agreement-versions/{period}/decisions"] = Everyone,
        // The same by id at the old addresses (deprecated, decision 0024).
        ["GET /api/v1/agreement-periods/{id:guid}/signing"] = Staff,
        ["POST /api/v1/agreement-periods/{id:guid}/signing"] = Region,
        ["POST /api/v1/agreement-periods/{id:guid}/end"] = Region,
        ["POST /api/v1/agreement-periods/{id:guid}/parties"] = Region,
        ["PUT /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/decision"] = RegionOrOwn,
        ["PUT /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/decision/attachment"] = RegionOrOwn,
        ["GET /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/decision/attachment"] = Staff,
        ["PUT /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/signatories"] = RegionOrOwn,
        ["POST /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/signatures"] = NamedSignatoryOnly,
        ["POST /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/rejections"] = NamedSignatoryOnly,
        ["POST /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/notice"] = [Caller.Admin, Caller.OwnRepresentative],
        ["DELETE /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/notice"] = [Caller.Admin, Caller.OwnRepresentative],
        ["POST /api/v1/agreement-periods/{id:guid}/parties/{organisationId:guid}/leaving"] = Region,
        ["GET /api/v1/agreement-periods/{id:guid}/certificate"] = Staff,
        ["GET /api/v1/agreement-periods/{id:guid}/certificate.pdf"] = Staff,
        ["GET /api/v1/agreement-periods/{id:guid}/annex"] = Staff,
        ["GET /api/v1/agreement-periods/{id:guid}/annex.pdf"] = Staff,
        ["GET /api/v1/agreement-periods/{id:guid}/annex.xlsx"] = Staff,
        ["GET /api/v1/agreement-periods/{id:guid}/decisions"] = Everyone,
        ["POST /api/v1/agreement-verification"] = Everyone,
        ["ANY /staff/signing"] = Staff,
        ["ANY /staff/signing/{period}"] = Staff,
        ["ANY /staff/signing/{period}/parties/{organisationId:guid}"] = Staff,
        ["ANY /staff/signing/{period}/sign"] = Staff,
        ["ANY /staff/signing/{period}/annex"] = Staff,
        ["ANY /agreement/{period}/decisions"] = Everyone,
        ["ANY /agreement/verify"] = Everyone,
        // Directory: objects are Mikkeli's own seeded demo activity (a draft), the demo place Kohtaamispaikka Kaisla that
        // the city of Mikkeli maintains, and a demo service the wellbeing county provides in Mikkeli.
        ["GET /api/v1/directory"] = Everyone,
        ["GET /api/v1/activities/{id:guid}"] = Everyone,
        ["GET /api/v1/services/{id:guid}"] = Everyone,
        ["GET /api/v1/meeting-places/{id:guid}"] = Everyone,
        ["GET /api/v1/activities/{id:guid}/staff-view"] = Staff,
        ["GET /api/v1/services/{id:guid}/staff-view"] = Staff,
        ["GET /api/v1/meeting-places/{id:guid}/staff-view"] = Staff,
        // Creating: any staff member for their own organisation (an empty body names none, so it is their own and gets 422).
        ["POST /api/v1/activities"] = Staff,
        ["POST /api/v1/services"] = Staff,
        ["POST /api/v1/meeting-places"] = Staff,
        ["PUT /api/v1/activities/{id:guid}"] = RegionOrOwn,
        ["POST /api/v1/activities/{id:guid}/state"] = RegionOrOwn,
        // An activity's people (issue #16): whoever manages an organisation's people; each sees and names only their own.
        ["GET /api/v1/activities/{id:guid}/people"] = OwnOrganisationKeepers,
        ["POST /api/v1/activities/{id:guid}/people"] = OwnOrganisationKeepers,
        ["PUT /api/v1/activities/{id:guid}/people/{workerId:guid}"] = OwnOrganisationKeepers,
        ["POST /api/v1/activities/{id:guid}/people/{workerId:guid}/removal"] = OwnOrganisationKeepers,
        ["PUT /api/v1/services/{id:guid}"] = Region,
        ["POST /api/v1/services/{id:guid}/state"] = Region,
        ["PUT /api/v1/meeting-places/{id:guid}"] = RegionOrOwn,
        ["POST /api/v1/meeting-places/{id:guid}/state"] = RegionOrOwn,
        ["GET /directory/activities/{id:guid}/calendar.ics"] = Everyone,
        ["GET /directory/places/{key}/calendar.ics"] = Everyone,
        ["GET /directory/municipalities/{slug}/calendar.ics"] = Everyone,
        ["GET /sitemap.xml"] = Everyone,
        ["ANY /directory"] = Everyone,
        ["ANY /directory/activities/{id:guid}"] = Everyone,
        ["ANY /directory/services/{id:guid}"] = Everyone,
        ["ANY /directory/places/{key}"] = Everyone,
        ["ANY /directory/municipalities/{slug}"] = Everyone,
        ["ANY /directory/municipalities/{slug}/this-week"] = Everyone,
        ["ANY /directory/family-centres/{slug}"] = Everyone,
        ["ANY /staff/directory"] = Staff,
        ["ANY /staff/directory/activities/{id:guid?}"] = Staff,
        ["ANY /staff/directory/services/{id:guid?}"] = Staff,
        ["ANY /staff/directory/places/{id:guid?}"] = Staff,
        // Open data (HSDS 3.0): public, anonymous and read-only.
        ["GET /hsds/"] = Everyone,
        ["GET /hsds/services"] = Everyone,
        ["GET /hsds/services/{id}"] = Everyone,
        ["GET /hsds/organizations"] = Everyone,
        ["GET /hsds/organizations/{id}"] = Everyone,
        ["GET /hsds/service_at_locations"] = Everyone,
        ["GET /hsds/service_at_locations/{id}"] = Everyone,
        ["GET /hsds/taxonomies"] = Everyone,
        ["GET /hsds/taxonomies/{id}"] = Everyone,
        ["GET /hsds/taxonomy_terms"] = Everyone,
        ["GET /hsds/taxonomy_terms/{id}"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["ANY /health"] = Everyone,
        ["ANY /health/live"] = Everyone,
        ["ANY /health/ready"] = Everyone,
        // Metrics (issue #14 item 5): no role reads them; only a scraper from Metrics__ScrapeNetworks (loopback by default;
        // the test server names no address) or with Metrics__ScrapeToken, and only while Metrics__Prometheus is on (MetricsTests).
        ["ANY /metrics"] = [],
        ["ANY /{**path}"] = Everyone, // unmapped addresses: 404 for everyone
        ["ANY /"] = Everyone,
        ["ANY /network"] = Everyone,
        ["ANY /organisations"] = Everyone,
        ["ANY /organisations/{key}"] = Everyone,
        ["ANY /sign-in"] = Everyone,
        ["ANY /sign-in/two-factor"] = Everyone,
        ["ANY /sign-in/external"] = Everyone,
        ["ANY /sign-in/forgot-password"] = Everyone,
        ["ANY /sign-in/reset-password"] = Everyone,
        ["ANY /sign-out"] = Everyone,
        ["ANY /language"] = Everyone,
        ["ANY /error/{code:int?}"] = Everyone,
        ["ANY /agreement/{period?}"] = Everyone,
        ["ANY /agreement/changes"] = Everyone,
        // Region-qualified public addresses (decision 0026): the objects are South Savo's, named by its short name.
        ["ANY /r/{region}"] = Everyone,
        ["ANY /r/{region}/network"] = Everyone,
        ["ANY /r/{region}/agreement/{period?}"] = Everyone,
        ["ANY /r/{region}/agreement/changes"] = Everyone,
        ["ANY /r/{region}/agreement/{period}/decisions"] = Everyone,
        ["ANY /r/{region}/organisations"] = Everyone,
        ["ANY /r/{region}/organisations/{key}"] = Everyone,
        ["ANY /r/{region}/directory"] = Everyone,
        ["ANY /r/{region}/directory/places/{key}"] = Everyone,
        ["ANY /r/{region}/directory/municipalities/{slug}"] = Everyone,
        ["ANY /r/{region}/directory/municipalities/{slug}/this-week"] = Everyone,
        ["ANY /r/{region}/directory/family-centres/{slug}"] = Everyone,
        ["GET /r/{region}/directory/places/{key}/calendar.ics"] = Everyone,
        // The privacy notice and the accessibility statement with its feedback form and receipt (decision 0031).
        ["ANY /tietosuoja"] = Everyone,
        ["ANY /saavutettavuus"] = Everyone,
        ["ANY /saavutettavuus/kiitos"] = Everyone,
        ["ANY /r/{region}/tietosuoja"] = Everyone,
        ["ANY /r/{region}/saavutettavuus"] = Everyone,
        ["ANY /r/{region}/saavutettavuus/kiitos"] = Everyone,
        // Perheneuvo for families: the form, and the answer page whose secret address is the key (an unknown one is 404 for everyone).
        ["ANY /perheneuvo"] = Everyone,
        ["ANY /perheneuvo/vastaus/{secret}"] = Everyone,
        ["ANY /r/{region}/perheneuvo"] = Everyone,
        ["ANY /r/{region}/perheneuvo/vastaus/{secret}"] = Everyone,
        ["GET /r/{region}/directory/municipalities/{slug}/calendar.ics"] = Everyone,
        // The refusal page itself: it answers 403 to everyone, that is its purpose.
        ["ANY /staff/denied"] = [],
        ["ANY /staff"] = Staff,
        ["ANY /staff/organisations"] = Staff,
        ["ANY /staff/organisations/{id:guid}"] = Staff,
        ["ANY /staff/organisations/communication-owners"] = Region,
        ["ANY /staff/profile"] = Staff,
        ["ANY /staff/profile/two-factor"] = Staff,
        ["ANY /staff/groups"] = Staff,
        ["ANY /staff/groups/{id:guid}"] = Staff,
        ["ANY /staff/meetings/{id:guid}"] = Staff,
        ["ANY /staff/agreement"] = Staff,
        ["ANY /staff/agreement/{period}"] = Staff,
        ["ANY /staff/agreement/{period}/sections/{number:int?}"] = Region,
        ["ANY /staff/agreement/{period}/duties"] = Staff,
        ["ANY /staff/meetings"] = Staff,
        ["ANY /staff/audit"] = Region,
        ["ANY /staff/outbox"] = Region,
        ["ANY /staff/regions"] = AdminOnly,
        // Every staff member of the region reads its terms; the form is the coordinator's and the admin's (PUT above).
        ["ANY /staff/region/{region?}"] = Staff,
        // Perheneuvo's statistics without people: every staff member of the region (other regions see their own).
        ["ANY /staff/perheneuvo/tilastot"] = Staff,
        // Perheneuvo: the demo callers are in no team, so the queue is the coordinator's and the admin's (ViewAdviceQueue); the
        // contact tried is in the regional queue, whose words only they read (issue #15 item 9); the workers' own access is in
        // FamilyAdvice/AdviceHandlingTests.
        ["GET /api/v1/perheneuvo/contacts"] = Region,
        ["GET /api/v1/perheneuvo/contacts/{id:guid}"] = Region,
        ["POST /api/v1/perheneuvo/contacts"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/claim"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/assignment"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/transfer"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/replies"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/calls"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/notes"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/referrals"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/closing"] = Region,
        ["POST /api/v1/perheneuvo/contacts/{id:guid}/answer-link/revocation"] = Region,
        ["GET /api/v1/perheneuvo/settings"] = Region,
        ["PUT /api/v1/perheneuvo/settings"] = Region,
        ["PUT /api/v1/perheneuvo/topics"] = Region,
        ["POST /api/v1/perheneuvo/team-members"] = Region,
        ["POST /api/v1/perheneuvo/team-members/removal"] = Region,
        ["ANY /staff/perheneuvo"] = Region,
        ["ANY /staff/perheneuvo/{id:guid}"] = Region,
        ["ANY /staff/perheneuvo/uusi"] = Region,
        ["ANY /staff/perheneuvo/asetukset"] = Region,
        // Workforce, people (issue #16): a representative or the coordinator for their own organisation's people; a person is Mikkeli's.
        ["GET /api/v1/workforce/people"] = OwnOrganisationKeepers,
        ["POST /api/v1/workforce/people"] = OwnOrganisationKeepers,
        ["GET /api/v1/workforce/people/{id:guid}"] = [Caller.OwnRepresentative],
        ["PUT /api/v1/workforce/people/{id:guid}"] = [Caller.OwnRepresentative],
        ["POST /api/v1/workforce/people/{id:guid}/check"] = [Caller.OwnRepresentative],
        ["POST /api/v1/workforce/people/{id:guid}/briefing"] = [Caller.OwnRepresentative],
        ["PUT /api/v1/workforce/people/{id:guid}/support"] = [Caller.OwnRepresentative],
        ["POST /api/v1/workforce/people/{id:guid}/leaving"] = [Caller.OwnRepresentative],
        ["ANY /staff/people"] = OwnOrganisationKeepers,
        ["ANY /staff/people/new"] = OwnOrganisationKeepers,
        ["ANY /staff/people/{id:guid}"] = [Caller.OwnRepresentative],
        // Workforce, the organisation's own policies and guideline: whoever keeps an organisation's people (its representatives,
        // a coordinator for their own organisation) reaches their own; a policy in a route is Mikkeli's.
        ["GET /api/v1/workforce/policies"] = OwnOrganisationKeepers,
        ["POST /api/v1/workforce/policies"] = OwnOrganisationKeepers,
        ["PUT /api/v1/workforce/policies/{id:guid}"] = [Caller.OwnRepresentative],
        ["POST /api/v1/workforce/policies/{id:guid}/removal"] = [Caller.OwnRepresentative],
        ["GET /api/v1/workforce/settings"] = OwnOrganisationKeepers,
        ["PUT /api/v1/workforce/settings"] = OwnOrganisationKeepers,
        ["GET /api/v1/workforce/overview"] = Region,
        ["ANY /staff/people/insurance"] = OwnOrganisationKeepers,
        ["ANY /staff/people/guideline"] = OwnOrganisationKeepers,
        ["ANY /staff/people/overview"] = Region,
        // Bulletins (issue #18 item 2): the region's staff read; admin and coordinator write and send. The unsubscribe link's token is the credential.
        ["GET /api/v1/bulletins"] = Staff,
        ["POST /api/v1/bulletins"] = Region,
        ["PUT /api/v1/bulletins/{id:guid}"] = Region,
        ["GET /api/v1/bulletins/{id:guid}"] = Staff,
        ["GET /api/v1/bulletins/{id:guid}/recipients/count"] = Region,
        ["POST /api/v1/bulletins/{id:guid}/sending"] = Region,
        ["POST /api/v1/bulletins/unsubscribe/{token}"] = Everyone,
        ["ANY /bulletins/unsubscribe/{token}"] = Everyone,
        ["ANY /staff/bulletins"] = Staff,
        ["ANY /staff/bulletins/new"] = Region,
        ["ANY /staff/bulletins/{id:guid}"] = Staff,
        // Announcements (issue #18 item 1): every staff member may read the region's and write for their own organisation;
        // the one in the routes is Mikkeli's demo announcement, so only Mikkeli's representative and the region's
        // coordinator and admin change or withdraw it. Public pages and feeds are everyone's.
        ["GET /api/v1/announcements"] = Staff,
        ["POST /api/v1/announcements"] = Staff,
        ["GET /api/v1/announcements/{id:guid}"] = Staff,
        ["PUT /api/v1/announcements/{id:guid}"] = RegionOrOwn,
        ["POST /api/v1/announcements/{id:guid}/withdrawal"] = RegionOrOwn,
        // The municipal evaluation (issue 17 item 3): Mikkeli's form for its own representative and the region's leads.
        ["GET /api/v1/evaluations/{year:int}"] = Staff,
        ["PUT /api/v1/evaluations/{year:int}/settings"] = Region,
        ["GET /api/v1/evaluations/{year:int}/{municipalityId:guid}"] = RegionOrOwn,
        ["PUT /api/v1/evaluations/{year:int}/{municipalityId:guid}"] = RegionOrOwn,
        ["POST /api/v1/evaluations/{year:int}/{municipalityId:guid}/submission"] = RegionOrOwn,
        ["ANY /staff/evaluations"] = Staff,
        ["ANY /staff/evaluations/{year:int}"] = Staff,
        ["ANY /staff/evaluations/{year:int}/{municipalityId:guid}"] = RegionOrOwn,
        // The family survey (issue 17 item 4). The survey routes name no survey that exists (the id is Mikkeli's
        // organisation's), so every staff member finds none (404) before any access check; who may change a survey and
        // read its free text is asserted in FamilySurveyTests.
        ["GET /api/v1/surveys"] = Staff,
        ["POST /api/v1/surveys"] = Region,
        ["GET /api/v1/surveys/{id:guid}"] = Staff,
        ["PUT /api/v1/surveys/{id:guid}"] = Staff,
        ["POST /api/v1/surveys/{id:guid}/opening"] = Staff,
        ["POST /api/v1/surveys/{id:guid}/closing"] = Staff,
        ["GET /api/v1/surveys/{id:guid}/results"] = Staff,
        ["GET /api/v1/surveys/{id:guid}/free-text"] = Staff,
        ["POST /api/v1/surveys/{id:guid}/answers"] = Everyone,
        ["ANY /staff/surveys"] = Staff,
        ["ANY /staff/surveys/{id:guid}"] = Staff,
        ["ANY /staff/surveys/{id:guid}/results"] = Staff,
        ["ANY /staff/surveys/{id:guid}/free-text"] = Staff,
        ["ANY /survey/{id:guid}"] = Everyone,
        ["ANY /r/{region}/survey/{id:guid}"] = Everyone,
        ["ANY /staff/announcements"] = Staff,
        ["ANY /staff/announcements/new"] = Staff,
        ["ANY /staff/announcements/{id:guid}"] = Staff,
        ["ANY /announcements"] = Everyone,
        ["ANY /r/{region}/announcements"] = Everyone,
        ["ANY /announcements/{id:guid}"] = Everyone,
        ["ANY /r/{region}/announcements/{id:guid}"] = Everyone,
        // The year cycle's indicators and annual report (issue #17 items 5–7): every staff member of the region reads them,
        // the coordinator (and admin) manages them; a report that is not compiled or published reads as not found.
        ["GET /api/v1/indicators"] = Staff,
        ["POST /api/v1/indicators"] = Region,
        ["PUT /api/v1/indicators/{id:guid}"] = Region,
        ["POST /api/v1/indicators/imports"] = Region,
        ["POST /api/v1/indicators/fetches"] = Region,
        ["GET /api/v1/annual-reports/{year:int}"] = Staff,
        ["POST /api/v1/annual-reports/{year:int}/compilation"] = Region,
        ["POST /api/v1/annual-reports/{year:int}/steps"] = Region,
        ["POST /api/v1/annual-reports/{year:int}/agenda-items"] = Region,
        ["PUT /api/v1/annual-reports/settings"] = Region,
        ["GET /api/v1/annual-reports/{year:int}/pdf"] = Staff,
        ["GET /api/v1/annual-reports/{year:int}/xlsx"] = Staff,
        ["ANY /staff/indicators"] = Staff,
        ["ANY /staff/annual-reports/{year:int}"] = Staff,
        ["ANY /staff/year/{year:int?}"] = Staff,
        ["ANY /annual-report/{year:int}"] = Everyone,
        ["ANY /r/{region}/annual-report/{year:int}"] = Everyone,
        ["GET /announcements.rss"] = Everyone,
        ["GET /announcements.atom"] = Everyone,
        ["GET /r/{region}/announcements.rss"] = Everyone,
        ["GET /r/{region}/announcements.atom"] = Everyone,
        ["GET /directory/municipalities/{slug}/announcements.rss"] = Everyone,
        ["GET /directory/municipalities/{slug}/announcements.atom"] = Everyone,
        ["GET /r/{region}/directory/municipalities/{slug}/announcements.rss"] = Everyone,
        ["GET /r/{region}/directory/municipalities/{slug}/announcements.atom"] = Everyone,
        // The material bank (issue #18 item 3): a folder holding Mikkeli's file material that the parties' staff see. Folders
        // are the coordinator's; the material is kept by Mikkeli's staff and the coordinator. Who sees which visibility is
        // MaterialVisibilityTests. The removal tried names an unknown material (404 to every staff member), as a removal
        // done for the first caller would leave none for the next; another organisation's 403 is in MaterialChangeTests.
        ["GET /api/v1/material-folders"] = Staff,
        ["POST /api/v1/material-folders"] = Region,
        ["PUT /api/v1/material-folders/{id:guid}"] = Region,
        ["DELETE /api/v1/material-folders/{id:guid}"] = Region,
        ["GET /api/v1/materials"] = Staff,
        ["POST /api/v1/materials"] = Staff,
        ["POST /api/v1/materials/files"] = Staff,
        ["GET /api/v1/materials/{id:guid}"] = Staff,
        ["PUT /api/v1/materials/{id:guid}"] = RegionOrOwn,
        ["DELETE /api/v1/materials/{id:guid}"] = Staff,
        ["POST /api/v1/materials/{id:guid}/versions"] = RegionOrOwn,
        ["GET /api/v1/materials/{id:guid}/versions/{number:int}"] = Staff,
        ["GET /staff/materials/{id:guid}/versions/{number:int}"] = Staff,
        ["ANY /staff/materials"] = Staff,
        ["ANY /staff/materials/new"] = Staff,
        ["ANY /staff/materials/{id:guid}"] = Staff,
        ["ANY /staff/materials/folders"] = Staff,
        ["ANY /materials"] = Everyone,
        ["ANY /r/{region}/materials"] = Everyone,
        ["GET /materials/{id:guid}/file"] = Everyone,
        // The action plan (issue #17 item 1): the region's staff read it; admin and coordinator draft, process and publish;
        // the parties' representatives also comment. The year in the routes is the demo's 2026 draft; the goal named is
        // unknown (the access check comes first, so the refusals still show).
        ["GET /api/v1/action-plans"] = Staff,
        ["POST /api/v1/action-plans"] = Region,
        ["GET /api/v1/action-plans/{year:int}"] = Staff,
        ["POST /api/v1/action-plans/{year:int}/goals"] = Region,
        ["PUT /api/v1/action-plans/{year:int}/goals/{goalId:guid}"] = Region,
        ["DELETE /api/v1/action-plans/{year:int}/goals/{goalId:guid}"] = Region,
        ["POST /api/v1/action-plans/{year:int}/comments"] = [Caller.Admin, Caller.Coordinator, Caller.OwnRepresentative, Caller.OtherRepresentative],
        ["POST /api/v1/action-plans/{year:int}/processing"] = Region,
        ["POST /api/v1/action-plans/{year:int}/publication"] = Region,
        ["GET /api/v1/action-plans/{year:int}/comparison"] = Staff,
        ["ANY /staff/action-plans"] = Staff,
        ["ANY /staff/action-plans/{year:int}"] = Staff,
        ["ANY /staff/action-plans/{year:int}/compare"] = Staff,
        ["ANY /action-plan/{year:int}"] = Everyone,
        ["ANY /r/{region}/action-plan/{year:int}"] = Everyone,
        // The year clock (issue #17 item 2): every staff member reads it and makes their calendar address; admin and
        // coordinator keep the tasks. The task named is unknown: not found before any access check, to every staff member.
        ["GET /api/v1/year-clock"] = Staff,
        ["POST /api/v1/year-clock/tasks"] = Region,
        ["PUT /api/v1/year-clock/tasks/{id:guid}"] = Staff,
        ["DELETE /api/v1/year-clock/tasks/{id:guid}"] = Staff,
        ["POST /api/v1/year-clock/feed"] = Staff,
        ["GET /year-clock/{token}.ics"] = Everyone,
        ["ANY /staff/year-clock"] = Staff,
        // The national service catalogue PTV (issue #19): Mikkeli's own representative and the region's leads. The service in
        // the routes is the wellbeing county's, so only the leads switch or export it; the place Kaisla is the city of Mikkeli's.
        ["GET /api/v1/organisations/{id:guid}/ptv"] = RegionOrOwn,
        ["PUT /api/v1/organisations/{id:guid}/ptv"] = RegionOrOwn,
        ["GET /api/v1/organisations/{id:guid}/ptv/import"] = RegionOrOwn,
        ["POST /api/v1/organisations/{id:guid}/ptv/import"] = RegionOrOwn,
        ["POST /api/v1/services/{id:guid}/master"] = Region,
        ["POST /api/v1/meeting-places/{id:guid}/master"] = RegionOrOwn,
        ["POST /api/v1/services/{id:guid}/ptv-export"] = Region,
        ["POST /api/v1/meeting-places/{id:guid}/ptv-export"] = RegionOrOwn,
        ["ANY /staff/ptv"] = Staff,
        ["ANY /staff/ptv/{organisationId:guid}"] = RegionOrOwn,
        ["ANY /staff/ptv/{organisationId:guid}/import"] = RegionOrOwn,
    };

    [Theory, BothDatabases]
    public async Task Every_endpoint_admits_exactly_the_callers_it_declares(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var clients = new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = app.Anonymous(),
            [Caller.Admin] = await app.ClientForAsync(DemoUsers.Admin),
            [Caller.Coordinator] = await app.ClientForAsync(DemoUsers.Coordinator),
            [Caller.OwnRepresentative] = await app.ClientForAsync(DemoUsers.MikkeliRepresentative),
            [Caller.OtherRepresentative] = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative),
            [Caller.Professional] = await app.ClientForAsync(DemoUsers.Professional),
        };
        var secondRegion = await SecondRegion.SeedAsync(app);
        clients[Caller.OtherRegionCoordinator] = await secondRegion.CoordinatorClientAsync();
        clients[Caller.OtherRegionRepresentative] = await secondRegion.RepresentativeClientAsync();
        var mikkeli = NetworkSeeder.OrganisationId("mikkeli");
        var contactPerson = await app.WithDbAsync(db => db.ContactPersons.Where(c => c.OrganisationId == mikkeli).Select(c => c.Id).FirstAsync());
        var period = SeedIds.For("agreement-version", "2026-2029");
        var group = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
        var (meeting, membership, item, attachment) = await app.WithDbAsync(async db =>
        {
            var (first, second) = (app.NextYearOn(1, 12), app.NextYearOn(2, 9));
            var planned = Meeting.Plan(Guid.CreateVersion7(), group, first.HelsinkiUtc(10), first.HelsinkiUtc(12), MeetingMode.Remote, null, null, DateTime.UtcNow);
            var cancelled = Meeting.Plan(Guid.CreateVersion7(), group, second.HelsinkiUtc(10), second.HelsinkiUtc(12), MeetingMode.Remote, null, null, DateTime.UtcNow);
            var agendaItem = cancelled.AddAgendaItem("Toimintasuunnitelma", AgendaItemKind.Information, null, null, null, DateTime.UtcNow);
            cancelled.Cancel(DateTime.UtcNow);
            var document = new AgendaAttachment(Guid.CreateVersion7(), cancelled.Id, agendaItem.Id, "liite.pdf", AttachmentFiles.Allowed[0],
                Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"), "Testi", DateTime.UtcNow);
            var leadership = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == group);
            var member = leadership.AddMembership(new PersonRef(null, "Matti Matriisi", "matti.matriisi@perheverkko.example"), mikkeli,
                MembershipRole.Member, null, new DateOnly(2026, 1, 1), null, DateTime.UtcNow);
            db.Meetings.AddRange(planned, cancelled);
            db.AgendaAttachments.Add(document);
            await db.SaveChangesAsync();
            return (planned.Id, member.Id, agendaItem.Id, document.Id);
        });

        var adviceContact = await FamilyAdvice.AdviceTestData.ContactAsync(app, null);
        var mikkeliWorker = await app.WithDbAsync(async db =>
        {
            var worker = new Web.Features.Workforce.Worker(Guid.CreateVersion7(), await db.Organisations.Where(o => o.Id == mikkeli).Select(o => o.RegionId).SingleAsync(),
                mikkeli, "Aino Esimerkki", null, Web.Features.Workforce.WorkerKind.Volunteer, DateTime.UtcNow);
            db.Workers.Add(worker);
            await db.SaveChangesAsync();
            return worker.Id;
        });
        // A policy of Mikkeli's that a volunteer acts under, so its removal is refused (409) rather than done for the next caller.
        var policy = await Workforce.GuidelineTestData.PolicyInUseAsync(app, mikkeli);
        // A draft bulletin of South Savo to its signatories: the first caller allowed to send it does, later ones get 409.
        var bulletin = await app.WithDbAsync(async db =>
        {
            var draft = new Web.Features.Bulletins.Bulletin(Guid.CreateVersion7(), await db.Organisations.Where(o => o.Id == mikkeli).Select(o => o.RegionId).SingleAsync(),
                new LocalizedText("Tiedote"), new LocalizedText("Teksti"), false, [new Web.Features.Bulletins.BulletinAudience(Web.Features.Bulletins.BulletinAudienceKind.Signatories)],
                null, DateTime.UtcNow);
            db.Bulletins.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        var (materialFolder, material) = await app.WithDbAsync(async db =>
        {
            var region = await db.Organisations.Where(o => o.Id == mikkeli).Select(o => o.RegionId).SingleAsync();
            var folder = new Web.Features.Materials.MaterialFolder(Guid.CreateVersion7(), region, new LocalizedText("Oppaat"), 1, DateTime.UtcNow);
            var (file, first) = Web.Features.Materials.Material.File(Guid.CreateVersion7(), region, mikkeli,
                new Web.Features.Materials.MaterialDetails(folder.Id, "Opas", null, null, Web.Features.Materials.MaterialVisibility.PartiesStaff, null),
                new Web.Features.Materials.MaterialFile("opas.pdf", AttachmentFiles.Pdf, Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")), "Testi", DateTime.UtcNow);
            db.AddRange(folder, file, first);
            await db.SaveChangesAsync();
            return (folder.Id, file.Id);
        });
        // South Savo's objects as they appear in the addresses tried: another region's staff must not find them.
        string[] southSavoObjects = [.. new[] { mikkeli, period, contactPerson, group, meeting, membership, item, attachment,
            DirectorySeeder.ActivityId("satutuokio-mikkeli"), DirectorySeeder.ActivityId("perhekerho-mikkeli"),
            DirectorySeeder.ServiceId("neuvola-mikkeli"), DirectorySeeder.PlaceId("kohtaamispaikka-kaisla"), adviceContact, mikkeliWorker, policy, bulletin,
            Web.Features.Announcements.AnnouncementSeeder.MikkeliDemoId, materialFolder, material, NetworkSeeder.MunicipalityId("mikkeli"),
            Web.Features.Indicators.IndicatorSeeder.IndicatorId(900001) }.Select(id => id.ToString()), "/etela-savo/"];

        var failures = new List<string>();
        foreach (var (key, allowed) in Allowed)
        {
            var (method, route) = (key[..key.IndexOf(' ')], key[(key.IndexOf(' ') + 1)..]);
            var path = DirectoryObjects(method, GovernanceObjects(route, group, meeting, membership, item, attachment))
                .Replace("perheneuvo/contacts/{id:guid}", $"perheneuvo/contacts/{adviceContact}").Replace("/staff/perheneuvo/{id:guid}", $"/staff/perheneuvo/{adviceContact}")
                .Replace("agreement-periods/{id:guid}", $"agreement-periods/{period}")
                .Replace("/workforce/people/{id:guid}", $"/workforce/people/{mikkeliWorker}").Replace("/staff/people/{id:guid}", $"/staff/people/{mikkeliWorker}")
                .Replace("workforce/policies/{id:guid}", $"workforce/policies/{policy}")
                .Replace("bulletins/{id:guid}", $"bulletins/{bulletin}")
                .Replace("indicators/{id:guid}", $"indicators/{Web.Features.Indicators.IndicatorSeeder.IndicatorId(900001)}")
                .Replace("announcements/{id:guid}", $"announcements/{Web.Features.Announcements.AnnouncementSeeder.MikkeliDemoId}")
                .Replace("material-folders/{id:guid}", $"material-folders/{materialFolder}")
                .Replace("materials/{id:guid}", $"materials/{(method == "DELETE" ? Guid.NewGuid() : material)}")
                .Replace("{organisationId:guid}", mikkeli.ToString()).Replace("{period}", "2026-2029")
                .Replace("{year:int}", "2026").Replace("{municipalityId:guid}", NetworkSeeder.MunicipalityId("mikkeli").ToString())
                .Replace("/me/tokens/{id:guid}", $"/me/tokens/{Guid.NewGuid()}")
                .Replace("{id:guid}", mikkeli.ToString())
                .Replace("{personId:guid}", contactPerson.ToString())
                .Replace("{period}", "2026-2029").Replace("{period?}", "2026-2029").Replace("{number:int}", "1").Replace("{number:int?}", "1")
                .Replace("{itemId:guid}", Guid.NewGuid().ToString()).Replace("{workerId:guid}", Guid.NewGuid().ToString()).Replace("{token}", "cal_unknown")
                .Replace("{year:int?}", "2026").Replace("{goalId:guid}", Guid.NewGuid().ToString())
                .Replace("{region}", "etela-savo").Replace("{region?}", "etela-savo").Replace("{key}", "mikkeli").Replace("{documentName}", "v1").Replace("{code:int?}", "404");
            foreach (var caller in Everyone)
            {
                using var request = new HttpRequestMessage(method == "ANY" ? HttpMethod.Get : new HttpMethod(method), path);
                if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await clients[caller].SendAsync(request);
                var outcome = Classify(response);
                var expected = Expected(caller, allowed, path, southSavoObjects);
                if (expected == "not found") outcome = response.StatusCode == HttpStatusCode.NotFound ? "not found" : outcome;
                if (outcome != expected) failures.Add($"{key} as {caller}: expected {expected}, got {outcome} ({(int)response.StatusCode} {response.Headers.Location})");
                if ((int)response.StatusCode >= 500) failures.Add($"{key} as {caller}: {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Expected(Caller caller, Caller[] allowed, string path, string[] southSavoObjects)
    {
        var publicRoute = allowed.Contains(Caller.Anonymous);
        if (caller is Caller.OtherRegionCoordinator or Caller.OtherRegionRepresentative)
        {
            if (publicRoute) return "allowed";
            if ((allowed.Length > 0 || ReferenceEquals(allowed, NamedSignatoryOnly)) && southSavoObjects.Any(o => path.Contains(o, StringComparison.Ordinal))) return "not found";
            caller = caller == Caller.OtherRegionCoordinator ? Caller.Coordinator : Caller.OtherRepresentative;
        }
        return allowed.Contains(caller) ? "allowed"
            : caller == Caller.Anonymous && (allowed.Length > 0 || ReferenceEquals(allowed, NamedSignatoryOnly)) ? "unauthenticated" : "forbidden";
    }

    [Fact]
    public async Task Every_mapped_endpoint_is_declared_in_the_matrix()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods
                ? methods.HttpMethods.Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}")
                : [$"ANY /{e.RoutePattern.RawText!.TrimStart('/')}"])
            .Where(k => !k.StartsWith("ANY /Features", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Empty(mapped.Except(Allowed.Keys).Order());
        Assert.Empty(Allowed.Keys.Except(mapped).Order());
    }

    /// <summary>Directory routes get seeded objects: published ones for the public reads, Mikkeli's for the writes.</summary>
    private static string DirectoryObjects(string method, string route) => route switch
    {
        _ when route.StartsWith("/api/v1/activities/{id:guid}", StringComparison.Ordinal) && (method != "GET" || route != "/api/v1/activities/{id:guid}")
            => route.Replace("{id:guid}", DirectorySeeder.ActivityId("satutuokio-mikkeli").ToString()),
        "/api/v1/activities/{id:guid}" or "/directory/activities/{id:guid}" or "/directory/activities/{id:guid}/calendar.ics"
            => route.Replace("{id:guid}", DirectorySeeder.ActivityId("perhekerho-mikkeli").ToString()),
        _ when route.Contains("/services/{id:guid}", StringComparison.Ordinal) => route.Replace("{id:guid}", DirectorySeeder.ServiceId("neuvola-mikkeli").ToString()),
        _ when route.Contains("/meeting-places/{id:guid}", StringComparison.Ordinal) => route.Replace("{id:guid}", DirectorySeeder.PlaceId("kohtaamispaikka-kaisla").ToString()),
        "/staff/directory/activities/{id:guid?}" => route.Replace("{id:guid?}", DirectorySeeder.ActivityId("satutuokio-mikkeli").ToString()),
        "/staff/directory/services/{id:guid?}" => route.Replace("{id:guid?}", DirectorySeeder.ServiceId("neuvola-mikkeli").ToString()),
        "/staff/directory/places/{id:guid?}" => route.Replace("{id:guid?}", DirectorySeeder.PlaceId("kohtaamispaikka-kaisla").ToString()),
        _ => route.Replace("/directory/places/{key}", "/directory/places/kohtaamispaikka-kaisla").Replace("{slug}", "mikkeli")
            .Replace("/directory/family-centres/mikkeli", "/directory/family-centres/mikkelin-perhekeskus"),
    };

    /// <summary>
    /// Governance routes get real objects: an unknown one is not found (404) for everyone signed in, before any access
    /// check, so it would say nothing about who may act on it.
    /// </summary>
    private static string GovernanceObjects(string route, Guid group, Guid meeting, Guid membership, Guid item, Guid attachment) => route switch
    {
        _ when route.StartsWith("/api/v1/groups/", StringComparison.Ordinal) || route.StartsWith("/staff/groups/", StringComparison.Ordinal)
            => route.Replace("{id:guid}", group.ToString()),
        _ when route.StartsWith("/api/v1/meetings/", StringComparison.Ordinal) || route.StartsWith("/staff/meetings/", StringComparison.Ordinal)
            => route.Replace("{id:guid}", meeting.ToString()),
        _ when route.StartsWith("/api/v1/memberships/", StringComparison.Ordinal) => route.Replace("{id:guid}", membership.ToString()),
        _ when route.StartsWith("/api/v1/agenda-items/", StringComparison.Ordinal) => route.Replace("{id:guid}", item.ToString()),
        _ when route.StartsWith("/api/v1/attachments/", StringComparison.Ordinal) => route.Replace("{id:guid}", attachment.ToString()),
        _ => route,
    };

    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "unauthenticated",
            // A challenge sends to sign-in with the way back; other redirects to sign-in are a page's own flow.
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/sign-in?ReturnUrl=", StringComparison.Ordinal) => "unauthenticated",
            HttpStatusCode.Forbidden => "forbidden",
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/staff/denied", StringComparison.Ordinal) => "forbidden",
            _ => "allowed",
        };
    }
}
